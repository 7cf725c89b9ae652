import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { newIdempotencyKey } from '../../api/client.js';
import { carryContentLanguage } from '../../api/content-language.js';
import { FlexschilError, isAbortError, toFlexschilError } from '../../api/errors.js';
import { Assignment, type ApplicationReceipt, type AssignmentInput, type Profile } from '../../api/schemas.js';
import { safeUrl } from '../../api/url.js';
import { applyForm as messages } from '../../i18n/apply-form.js';
import { common } from '../../i18n/common.js';
import { formatDate, formatHours, formatMoney } from '../../i18n/format.js';
import { contentLang, fill, marked } from '../../shared/backend-text.js';
import { emit } from '../../shared/events.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { clampLevel } from '../../shared/headings.js';
import { renderError, renderSkeleton } from '../../shared/states.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './apply-form.styles.js';
import { clearDraft, isBlank, loadDraft, saveDraft } from './draft.js';
import {
  type ApplicationValues,
  characterCount,
  checkAll,
  checkField,
  checkFile,
  emptyValues,
  FILE_ACCEPT,
  type FieldName,
  type FieldProblem,
  fieldOrder,
  MOTIVATION_LENGTH,
  normaliseKvk,
  normaliseRate,
  shownFields,
  type TextField,
} from './validate.js';

/** A field's error: one of ours, or the backend's own words from `invalidParams`. */
type FieldError = FieldProblem | { code: 'server'; reason: string };

type Phase = 'editing' | 'sending' | 'sent';

/** Why a submit failed, when it was not the applicant's input. */
interface Failure {
  kind: 'network' | 'timeout' | 'busy' | 'server' | 'auth' | 'config' | 'unavailable' | 'rejected' | 'closed';
  retryAfter: number | null;
  detail: string;
}

type Resolved =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'ready'; assignment: Assignment };

const CHECKBOXES = new Set<string>(['consent', 'acceptConditions', 'managerConsent']);
const VALUE_NAMES = new Set<string>([...fieldOrder.filter((f) => f !== 'cv'), 'website']);
/** The visible count is updated at once, the announced one after a pause in typing (GOV.UK character count). */
const ANNOUNCE_DELAY = 1000;

/**
 * Applying for one assignment: the contract's fields and the assignment's requirements,
 * validated as GOV.UK does (an error summary that takes focus, inline messages that say how
 * to fix it), a draft in `sessionStorage` so a reload or a dropped connection loses nothing,
 * and an idempotency key so a retry never creates a second application.
 *
 * @summary Application form for an assignment (opdracht), with validation, drafts and safe retries.
 * @tagname apply-form
 *
 * @fires application-submitted - `{ application }` (the backend's receipt) after the application was received.
 * @fires application-error - `{ status, title, detail }` when sending failed (network, timeout, 4xx, 5xx); the form keeps everything and offers a retry where one can help.
 * @fires flexschil-error - `{ status, title, detail }` when the assignment (from `assignment-id`) could not be loaded.
 *
 * @csspart form - The form.
 * @csspart summary - The error summary at the top, listing every problem with a link to its field.
 * @csspart field - The wrapper of one field: label, hint, error message and control.
 * @csspart submit - The submit button.
 * @csspart success - The confirmation that replaces the form after a successful submit.
 * @csspart draft-notice - The notice that a draft was restored, with a button to discard it.
 * @csspart failure - The message after a failed submit, with its retry button.
 * @csspart closed - The message shown instead of the form for a closed assignment.
 * @csspart external - The link to the organisation's own application page (`applyUrl`).
 * @csspart error - The message when the assignment could not be loaded, with its retry button.
 *
 * @cssprop [--flexschil-apply-form-field-gap=calc(var(--flexschil-space) * 1.25)] - Space between fields.
 * @cssprop [--flexschil-apply-form-input-border-color=var(--flexschil-color-border)] - Border of text inputs, the textarea and checkboxes.
 * @cssprop [--flexschil-apply-form-input-background-color=var(--flexschil-color-background)] - Background of the controls.
 * @cssprop [--flexschil-apply-form-hint-color=var(--flexschil-color-text-muted)] - Hints below labels and the character count.
 * @cssprop [--flexschil-apply-form-error-color=var(--flexschil-color-error)] - Inline errors, the error summary's border and invalid controls.
 * @cssprop [--flexschil-apply-form-summary-background-color=var(--flexschil-color-background)] - Error summary surface.
 * @cssprop [--flexschil-apply-form-success-border-color=var(--flexschil-color-success)] - Border of the confirmation.
 * @cssprop [--flexschil-apply-form-notice-background-color=var(--flexschil-color-surface)] - The restored-draft notice and the send-failure message.
 */
export class ApplyForm extends FlexschilElement {
  static override styles = [tokens, base, styles];

  /** Id of the assignment to apply for; it is fetched from the backend (unless `assignment` is set). */
  @property({ attribute: 'assignment-id' }) assignmentId: string | null = null;
  /** The assignment itself, as parsed by the client or as raw API JSON (it is parsed with the `Assignment` schema). Wins over `assignment-id`. */
  @property({ attribute: false }) assignment: Assignment | AssignmentInput | null = null;
  /** The applicant's own profile: prefills name, contact, availability and rate, and is sent as `profileId`. */
  @property({ attribute: 'profile-id' }) profileId: string | null = null;
  /** Link to the privacy statement; overrides the `privacy-url` of `marketplace-provider`. */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | null = null;
  /** Level of the headings of the error summary and the confirmation (2 by default). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private values: ApplicationValues = emptyValues();
  @state() private file: File | null = null;
  @state() private errors: Partial<Record<FieldName, FieldError>> = {};
  /** Backend problems that belong to no field the applicant can see. */
  @state() private generalErrors: string[] = [];
  @state() private summaryShown = false;
  @state() private phase: Phase = 'editing';
  @state() private failure: Failure | null = null;
  @state() private receipt: ApplicationReceipt | null = null;
  @state() private draftNotice = false;
  @state() private previousCv: string | null = null;
  @state() private countAnnouncement = '';
  @state() private statusMessage = '';

  @query('.error-summary') private summaryElement?: HTMLElement;
  @query('.failure') private failureElement?: HTMLElement;
  @query('.success-title') private successHeading?: HTMLElement;

  /** Assignment id whose form (draft, values) is currently loaded. */
  #formFor: string | null = null;
  #parsed: { source: unknown; result: Assignment | FlexschilError } | null = null;
  #lastLoaded: Assignment | null = null;
  #prefilledFrom: Profile | null = null;
  /** Fields the applicant changed: only those are checked when they lose focus. */
  #dirty = new Set<FieldName>();
  #submitted = false;
  #busy = false;
  #idempotencyKey: string | null = null;
  #abort: AbortController | null = null;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #fileChecks = new WeakMap<File, Promise<FieldProblem | null>>();
  #focusAfterRender: 'summary' | 'failure' | 'success' | 'submit' | null = null;

  /** @internal */
  private loader = new Task(this, {
    task: ([id, client], { signal }) =>
      id ? this.load(() => this.requireClientFor(client).getAssignment(id, { signal, lang: this.uiLang })) : Promise.resolve(null),
    args: () => [this.assignment ? null : this.assignmentId, this.client] as const,
  });

  /** Prefill from the applicant's profile: a convenience, so a failure only costs the prefill. @internal */
  private profile = new Task(this, {
    task: async ([id, client], { signal }) => {
      if (!id || !client) return null;
      try {
        return await client.getProfile(id, { signal, lang: this.uiLang });
      } catch (error) {
        if (isAbortError(error)) throw error;
        console.warn('[flexschil] apply-form: could not load the profile to prefill from', error);
        return null;
      }
    },
    args: () => [this.profileId, this.client] as const,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A send still in flight is abandoned: the draft keeps its idempotency key, so sending again
    // later returns the receipt of a request that did arrive instead of storing a second one.
    this.#abort?.abort();
    this.#abort = null;
    this.#busy = false;
    if (this.phase === 'sending') this.phase = 'editing';
    clearTimeout(this.#announceTimer);
  }

  private requireClientFor(client: unknown) {
    return client ? (client as NonNullable<typeof this.client>) : this.requireClient();
  }

  /** The assignment to apply for, or why there is none yet. */
  private resolve(): Resolved {
    if (this.assignment) {
      if (this.#parsed?.source !== this.assignment) {
        const parsed = Assignment.safeParse(this.assignment);
        if (!parsed.success) console.warn('[flexschil] apply-form: `assignment` does not match the contract', parsed.error.issues);
        else carryContentLanguage(this.assignment, parsed.data);
        this.#parsed = {
          source: this.assignment,
          result: parsed.success
            ? parsed.data
            : new FlexschilError({ kind: 'invalid-response', status: 0, title: 'Invalid assignment', detail: 'The assignment property does not match the contract' }),
        };
      }
      const result = this.#parsed.result;
      return result instanceof FlexschilError ? { state: 'error', error: result, retry: () => this.requestUpdate() } : { state: 'ready', assignment: result };
    }
    if (!this.assignmentId) return { state: 'none' };
    switch (this.loader.status) {
      case TaskStatus.COMPLETE:
        return this.loader.value ? { state: 'ready', assignment: this.loader.value } : { state: 'loading' };
      case TaskStatus.ERROR:
        return { state: 'error', error: this.loader.error, retry: () => this.loader.run() };
      default:
        // While reloading (a new endpoint, say) the form stays, so nothing typed or chosen disappears.
        return this.#lastLoaded?.id === this.assignmentId ? { state: 'ready', assignment: this.#lastLoaded } : { state: 'loading' };
    }
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const resolved = this.resolve();
    if (resolved.state !== 'ready') return;
    const a = resolved.assignment;
    if (!this.assignment) this.#lastLoaded = a;
    if (a.id !== this.#formFor) this.startForm(a);
    const profile = this.profile.value;
    if (profile && profile !== this.#prefilledFrom) this.prefill(profile);
  }

  protected override updated(): void {
    const resolved = this.resolve();
    this.dataState = resolved.state === 'ready' ? 'ready' : resolved.state === 'error' ? 'error' : resolved.state === 'none' ? 'empty' : 'loading';
    const target = this.#focusAfterRender;
    this.#focusAfterRender = null;
    if (!target) return;
    // After this update, not inside it: moving focus blurs a field, and that may check it.
    queueMicrotask(() => {
      if (target === 'summary') this.summaryElement?.focus();
      else if (target === 'failure') this.failureElement?.focus();
      else if (target === 'success') this.successHeading?.focus();
      else this.renderRoot.querySelector<HTMLElement>('[part="submit"]')?.focus();
    });
  }

  /** A fresh form for an assignment, with the draft kept for it, if any. */
  private startForm(a: Assignment): void {
    this.#formFor = a.id;
    this.#abort?.abort();
    this.#dirty.clear();
    this.#submitted = false;
    this.#prefilledFrom = null;
    this.file = null;
    this.errors = {};
    this.generalErrors = [];
    this.summaryShown = false;
    this.failure = null;
    this.receipt = null;
    this.phase = 'editing';
    this.statusMessage = '';
    this.countAnnouncement = '';
    const draft = loadDraft(a.id);
    this.values = { ...emptyValues(), ...draft?.values };
    this.#idempotencyKey = draft?.idempotencyKey ?? null;
    this.previousCv = draft?.cvName ?? null;
    this.draftNotice = !!draft && !isBlank(draft);
  }

  /** Fills what the profile knows into fields that are still empty and untouched. */
  private prefill(profile: Profile): void {
    this.#prefilledFrom = profile;
    const known: Partial<Record<TextField, string>> = {
      name: profile.name,
      email: profile.contact?.email ?? '',
      phone: profile.contact?.phone ?? '',
      availableFrom: profile.availability?.from ?? '',
    };
    const hours = profile.availability?.hoursPerWeek;
    if (hours && Number.isInteger(hours) && hours >= 1 && hours <= 40) known.hoursPerWeek = String(hours);
    if (profile.rate && profile.rate.unit === 'hour' && profile.rate.currency === 'EUR') known.rate = String(profile.rate.amount);
    const values = { ...this.values };
    for (const [field, value] of Object.entries(known) as [TextField, string][]) {
      if (value && !values[field].trim() && !this.#dirty.has(field)) values[field] = value;
    }
    this.values = values;
  }

  // --- rendering -------------------------------------------------------------------------------

  override render(): TemplateResult {
    const resolved = this.resolve();
    const lang = this.uiLang;
    switch (resolved.state) {
      case 'none':
        return html``;
      case 'loading':
        return renderSkeleton(1, lang, 'skeleton-form');
      case 'error':
        return renderError(resolved.error, lang, resolved.retry);
      case 'ready':
        return this.renderFor(resolved.assignment);
    }
  }

  private renderFor(a: Assignment): TemplateResult {
    const t = messages[this.uiLang];
    if (this.phase === 'sent' && this.receipt) return this.renderSuccess(a, this.receipt);
    if (a.status === 'closed') {
      return html`<div class="status" part="closed">
        <p><strong>${t.closedTitle}</strong></p>
        <p>${t.closedMessage}</p>
      </div>`;
    }
    if (a.applyUrl) {
      return html`<div class="status" part="external">
        <p>${fill(t.externalText, this.backendText(a, a.organisation.name))}</p>
        <p>
          <a class="button" href=${a.applyUrl} target="_blank" rel="noopener noreferrer"
            >${fill(t.externalLink, this.backendText(a, a.organisation.name))} <span class="visually-hidden">${common[this.uiLang].opensInNewWindow}</span></a
          >
        </p>
      </div>`;
    }
    return this.renderForm(a);
  }

  /** Text of the assignment, marked with the backend's language where it differs from the UI's. */
  private backendText(a: Assignment, text: string) {
    return marked(text, contentLang(a, this.uiLang));
  }

  private heading(level: number, content: unknown, attributes: { id?: string; className?: string; focusable?: boolean } = {}): TemplateResult {
    const tag = unsafeStatic(`h${clampLevel(level)}`);
    return staticHtml`<${tag} id=${attributes.id ?? nothing} class=${attributes.className ?? nothing} tabindex=${attributes.focusable ? '-1' : nothing}>${content}</${tag}>`;
  }

  private renderForm(a: Assignment): TemplateResult {
    const t = messages[this.uiLang];
    const shown = this.shownFor(a);
    const sending = this.phase === 'sending';
    return html`
      ${this.renderDraftNotice()} ${this.renderFailure()} ${this.renderSummary()}
      <!-- The form's name, with the assignment's title marked in the backend's language (WCAG 3.1.2). -->
      <span id="form-label" hidden>${fill(t.formLabel, this.backendText(a, a.title))}</span>
      <form
        part="form"
        novalidate
        aria-labelledby="form-label"
        aria-busy=${sending ? 'true' : 'false'}
        @submit=${this.onSubmit}
        @input=${this.onEdit}
        @change=${this.onEdit}
        @focusout=${this.onLeave}
      >
        <fieldset>
          <legend>${t.groupYou}</legend>
          ${this.textField('name', { autocomplete: 'name', className: 'medium' })}
          ${this.textField('email', { type: 'email', autocomplete: 'email', hint: t.emailHint, className: 'medium', spellcheck: false })}
          ${this.textField('phone', { type: 'tel', autocomplete: 'tel', hint: t.phoneHint, optional: true, className: 'medium' })}
          ${shown.has('kvkNumber') ? this.textField('kvkNumber', { inputmode: 'numeric', autocomplete: 'off', hint: t.kvkHint, className: 'short' }) : nothing}
        </fieldset>
        <fieldset>
          <legend>${t.groupResponse}</legend>
          ${this.renderMotivation()} ${this.renderCv(a)}
        </fieldset>
        <fieldset>
          <legend>${t.groupAvailability}</legend>
          ${this.textField('availableFrom', {
            type: 'date',
            optional: true,
            hint: a.startDate ? t.availableFromHint(formatDate(a.startDate, this.uiLang)) : undefined,
            className: 'medium',
          })}
          ${this.textField('hoursPerWeek', {
            inputmode: 'numeric',
            optional: true,
            hint: t.hoursHint(formatHours(a.hoursPerWeek, this.uiLang)),
            className: 'short',
          })}
          ${shown.has('rate') ? this.textField('rate', { inputmode: 'decimal', optional: true, hint: this.rateHint(a), className: 'short' }) : nothing}
        </fieldset>
        <fieldset>
          <legend>${t.groupConsent}</legend>
          ${this.checkbox('consent', this.privacyHint())}
          ${shown.has('acceptConditions') && a.requirements.conditionsUrl
            ? this.checkbox('acceptConditions', html`<a href=${a.requirements.conditionsUrl} target="_blank" rel="noopener noreferrer"
                  >${fill(t.conditionsLink, this.backendText(a, a.organisation.name))} <span class="visually-hidden">${common[this.uiLang].opensInNewWindow}</span></a
                >`)
            : nothing}
          ${shown.has('managerConsent') ? this.checkbox('managerConsent', t.managerConsentHint) : nothing}
        </fieldset>
        <div class="honeypot" aria-hidden="true">
          <label for="field-website">${t.honeypot}</label>
          <input id="field-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${live(this.values.website)} />
        </div>
        <div class="actions">
          <button part="submit" type="submit" class="button" aria-disabled=${sending ? 'true' : 'false'}>${sending ? t.submitting : t.submit}</button>
        </div>
      </form>
      <p class="visually-hidden" role="status" aria-live="polite">${this.statusMessage}</p>
    `;
  }

  private shownFor(a: Assignment): Set<FieldName> {
    // An offered rate means nothing for internal or pro bono work.
    const paid = a.types.some((type) => type !== 'intern' && type !== 'belangeloos');
    return shownFields(a.requirements, { rate: paid });
  }

  private rateHint(a: Assignment): string {
    const t = messages[this.uiLang];
    const rate = a.rate;
    if (!rate?.publicRate || (rate.min === null && rate.max === null)) return t.rateHint;
    return `${t.rateHint} ${t.rateOffered(formatMoney({ min: rate.min, max: rate.max }, rate.currency, rate.unit, this.uiLang))}`;
  }

  private privacyHint(): TemplateResult | string {
    const t = messages[this.uiLang];
    const url = safeUrl(this.privacyUrl) ?? safeUrl(this.config?.privacyUrl);
    if (!url) return t.consentHint;
    return html`${t.consentHint}
      <a href=${url} target="_blank" rel="noopener noreferrer">${t.privacyLink} <span class="visually-hidden">${common[this.uiLang].opensInNewWindow}</span></a>`;
  }

  private errorText(field: FieldName): string | null {
    const error = this.errors[field];
    if (!error) return null;
    return error.code === 'server' ? error.reason : messages[this.uiLang].fieldError(field, error);
  }

  private describedBy(field: FieldName, hasHint: boolean): string | typeof nothing {
    const ids = [hasHint ? `${field}-hint` : '', this.errors[field] ? `${field}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  private renderLabel(field: FieldName, optional: boolean): TemplateResult {
    const t = messages[this.uiLang];
    return html`<label for="field-${field}"
      >${t[field]}${optional ? html` <span class="optional">${t.optional}</span>` : nothing}</label
    >`;
  }

  private renderFieldError(field: FieldName): TemplateResult | typeof nothing {
    const text = this.errorText(field);
    if (!text) return nothing;
    return html`<p id="${field}-error" class="error-message"><span class="visually-hidden">${messages[this.uiLang].errorPrefix}</span> ${text}</p>`;
  }

  private textField(
    field: TextField,
    options: {
      type?: string;
      autocomplete?: string;
      inputmode?: string;
      hint?: string;
      optional?: boolean;
      className?: string;
      spellcheck?: boolean;
    },
  ): TemplateResult {
    const invalid = !!this.errors[field];
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${field}>
      ${this.renderLabel(field, !!options.optional)}
      ${options.hint ? html`<p id="${field}-hint" class="hint">${options.hint}</p>` : nothing} ${this.renderFieldError(field)}
      <input
        id="field-${field}"
        name=${field}
        type=${options.type ?? 'text'}
        class=${options.className ?? nothing}
        autocomplete=${options.autocomplete ?? nothing}
        inputmode=${options.inputmode ?? nothing}
        spellcheck=${options.spellcheck === false ? 'false' : nothing}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.describedBy(field, !!options.hint)}
        .value=${live(this.values[field])}
      />
    </div>`;
  }

  private countText(count: number): string {
    const t = messages[this.uiLang];
    const { min, max } = MOTIVATION_LENGTH;
    if (count < min) return t.countBelow(min - count);
    if (count <= max) return t.countLeft(max - count);
    return t.countOver(count - max);
  }

  private renderMotivation(): TemplateResult {
    const t = messages[this.uiLang];
    const invalid = !!this.errors.motivation;
    const count = characterCount(this.values.motivation);
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field="motivation">
      ${this.renderLabel('motivation', false)}
      <p id="motivation-hint" class="hint">${t.motivationHint}</p>
      ${this.renderFieldError('motivation')}
      <textarea
        id="field-motivation"
        name="motivation"
        rows="8"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.describedBy('motivation', true)}
        .value=${live(this.values.motivation)}
      ></textarea>
      <!-- Seen at once, heard after a pause: a count announced on every keystroke drowns out the typing. -->
      <p class="count ${count > MOTIVATION_LENGTH.max ? 'over' : ''}" aria-hidden="true">${this.countText(count)}</p>
      <p class="visually-hidden" aria-live="polite">${this.countAnnouncement}</p>
    </div>`;
  }

  private renderCv(a: Assignment): TemplateResult {
    const t = messages[this.uiLang];
    const invalid = !!this.errors.cv;
    const again = this.previousCv && !this.file ? ` ${t.cvAgain(this.previousCv)}` : '';
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field="cv">
      ${this.renderLabel('cv', !a.requirements.cv)}
      <p id="cv-hint" class="hint">${t.cvHint}${again}</p>
      ${this.renderFieldError('cv')}
      <input
        id="field-cv"
        name="cv"
        type="file"
        accept=${FILE_ACCEPT}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.describedBy('cv', true)}
      />
    </div>`;
  }

  private checkbox(field: 'consent' | 'acceptConditions' | 'managerConsent', hint: TemplateResult | string): TemplateResult {
    const t = messages[this.uiLang];
    const invalid = !!this.errors[field];
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${field}>
      <p id="${field}-hint" class="hint">${hint}</p>
      ${this.renderFieldError(field)}
      <div class="check">
        <input
          id="field-${field}"
          name=${field}
          type="checkbox"
          value="true"
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy(field, true)}
          .checked=${live(this.values[field])}
        />
        <label for="field-${field}">${t[field]}</label>
      </div>
    </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const order = fieldOrder.filter((f) => this.errors[f]);
    if (!this.summaryShown || (order.length === 0 && this.generalErrors.length === 0)) return nothing;
    const t = messages[this.uiLang];
    // GOV.UK error summary: focused when it appears, each problem a link to its field.
    return html`<div class="error-summary" part="summary" tabindex="-1">
      <div role="alert">
        ${this.heading(this.headingLevel, t.summaryTitle)}
        <ul>
          ${order.map(
            (field) => html`<li><a href="#field-${field}" @click=${(e: Event) => this.focusField(field, e)}>${this.errorText(field)}</a></li>`,
          )}
          ${this.generalErrors.map((reason) => html`<li>${reason}</li>`)}
        </ul>
      </div>
    </div>`;
  }

  private renderDraftNotice(): TemplateResult | typeof nothing {
    if (!this.draftNotice) return nothing;
    const t = messages[this.uiLang];
    return html`<div class="notice" part="draft-notice">
      <p>${t.draftRestored}</p>
      <button type="button" class="link-button" @click=${this.discardDraft}>${t.discardDraft}</button>
    </div>`;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (!failure) return nothing;
    const t = messages[this.uiLang];
    if (failure.kind === 'closed') {
      return html`<div class="failure" part="failure" tabindex="-1" role="alert"><p>${t.closedConflict}</p></div>`;
    }
    const reason = {
      network: t.failedNetwork,
      timeout: t.failedTimeout,
      busy: t.failedBusy(failure.retryAfter),
      server: t.failedServer,
      auth: t.failedAuth,
      config: t.failedConfig,
      unavailable: t.failedUnavailable,
      rejected: failure.detail || t.failedRejected,
    }[failure.kind];
    return html`<div class="failure" part="failure" tabindex="-1" role="alert">
      <p><strong>${t.failedTitle}</strong></p>
      <p>${reason} ${t.kept}</p>
      <p>${t.noDuplicates}</p>
      <button type="button" class="button secondary" @click=${this.retry}>${t.retrySend}</button>
    </div>`;
  }

  private renderSuccess(a: Assignment, receipt: ApplicationReceipt): TemplateResult {
    const t = messages[this.uiLang];
    const lang = this.uiLang;
    return html`<div class="success" part="success">
      ${this.heading(this.headingLevel, t.successTitle, { className: 'success-title', focusable: true })}
      <dl class="receipt">
        <div>
          <dt>${t.receipt}</dt>
          <dd>${breakable(receipt.id)}</dd>
        </div>
        <div>
          <dt>${t.receivedAt}</dt>
          <dd><time datetime=${receipt.receivedAt}>${formatDate(receipt.receivedAt.slice(0, 10), lang)}</time></dd>
        </div>
      </dl>
      ${this.heading(this.headingLevel + 1, t.nextTitle)}
      <p>${fill(t.nextReview, this.backendText(a, a.organisation.name), formatDate(a.closingDate, lang))} ${t.nextContact(this.values.email.trim())}</p>
      <p>${t.nextKeep}</p>
    </div>`;
  }

  // --- editing ---------------------------------------------------------------------------------

  private onEdit = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const name = target.name;
    if (name === 'cv') {
      if (event.type === 'change') this.chooseFile((target as HTMLInputElement).files?.[0] ?? null);
      return;
    }
    if (!VALUE_NAMES.has(name)) return;
    const value = CHECKBOXES.has(name) ? (target as HTMLInputElement).checked : target.value;
    if (this.values[name as keyof ApplicationValues] === value) return;
    this.values = { ...this.values, [name]: value };
    if (name === 'website') return; // a bot's doing: no draft, no validation
    const field = name as Exclude<FieldName, 'cv'>;
    this.#dirty.add(field);
    // An error goes away as soon as it is fixed; new ones wait until the field is left.
    if (this.errors[field]) this.recheck(field);
    if (CHECKBOXES.has(name) && this.#submitted) this.recheck(field);
    if (field === 'motivation') this.scheduleCountAnnouncement();
    this.storeDraft();
  };

  private onLeave = (event: FocusEvent) => {
    const target = event.target as HTMLInputElement;
    const field = target.name as FieldName;
    if (!fieldOrder.includes(field) || field === 'cv') return;
    // The backend's verdict stands until the applicant changes the field.
    if (this.errors[field]?.code === 'server') return;
    if (this.#dirty.has(field) || this.errors[field] || this.#submitted) this.recheck(field);
  };

  private recheck(field: Exclude<FieldName, 'cv'>): void {
    const a = this.current;
    if (!a) return;
    this.setError(field, checkField(field, this.values, a.requirements));
  }

  private setError(field: FieldName, problem: FieldError | null): void {
    const current = this.errors[field];
    if (!problem && !current) return;
    if (problem && current && JSON.stringify(problem) === JSON.stringify(current)) return;
    const errors = { ...this.errors };
    if (problem) errors[field] = problem;
    else delete errors[field];
    this.errors = errors;
  }

  private async chooseFile(file: File | null): Promise<void> {
    this.file = file;
    this.#dirty.add('cv');
    if (file) this.previousCv = null;
    this.storeDraft();
    const a = this.current;
    if (!a) return;
    const problem = file ? await this.checkChosenFile(file) : a.requirements.cv && (this.#submitted || this.errors.cv) ? { code: 'required' as const } : null;
    if (this.file === file) this.setError('cv', problem);
  }

  private checkChosenFile(file: File): Promise<FieldProblem | null> {
    let check = this.#fileChecks.get(file);
    if (!check) {
      check = checkFile(file);
      this.#fileChecks.set(file, check);
    }
    return check;
  }

  private scheduleCountAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.countAnnouncement = this.countText(characterCount(this.values.motivation));
    }, ANNOUNCE_DELAY);
  }

  private storeDraft(): void {
    const id = this.#formFor;
    if (!id || this.phase === 'sent') return;
    const { website: _honeypot, ...values } = this.values;
    saveDraft(id, { values, idempotencyKey: this.#idempotencyKey, cvName: this.file?.name ?? this.previousCv });
  }

  private discardDraft = async () => {
    const id = this.#formFor;
    if (!id) return;
    clearDraft(id);
    this.values = emptyValues();
    this.file = null;
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[name="cv"]');
    if (input) input.value = '';
    this.previousCv = null;
    this.#idempotencyKey = null;
    this.#dirty.clear();
    this.#submitted = false;
    this.errors = {};
    this.generalErrors = [];
    this.summaryShown = false;
    this.failure = null;
    this.draftNotice = false;
    if (this.#prefilledFrom) this.prefill(this.#prefilledFrom);
    this.statusMessage = messages[this.uiLang].draftDiscarded;
    await this.updateComplete;
    // The button that had focus is gone: continue at the first field.
    this.renderRoot.querySelector<HTMLElement>('#field-name')?.focus();
  };

  private focusField(field: FieldName, event: Event): void {
    // The href is a fallback; fragment navigation does not reach into a shadow root and would
    // change the host page's URL.
    event.preventDefault();
    const control = this.renderRoot.querySelector<HTMLElement>(`#field-${field}`);
    const wrapper = control?.closest('.field');
    // Like GOV.UK: scroll so the label (not only the control) is in view, then focus.
    wrapper?.scrollIntoView({ block: 'start' });
    control?.focus({ preventScroll: true });
  }

  private get current(): Assignment | null {
    const resolved = this.resolve();
    return resolved.state === 'ready' ? resolved.assignment : null;
  }

  // --- sending ---------------------------------------------------------------------------------

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.submit();
  };

  private retry = () => {
    // The retry button disappears with the message: keep focus on the button that now says "sending".
    this.#focusAfterRender = 'submit';
    void this.submit();
  };

  private async submit(): Promise<void> {
    // Set before anything is awaited: a double click or a repeated Enter finds it already set.
    if (this.#busy) return;
    const a = this.current;
    if (!a || this.phase !== 'editing') return;
    this.#busy = true;
    try {
      this.#submitted = true;
      const fileProblem = this.file ? await this.checkChosenFile(this.file) : null;
      const problems = checkAll(this.values, a.requirements, { chosen: !!this.file, problem: fileProblem }, this.shownFor(a));
      this.generalErrors = [];
      this.failure = null;
      this.errors = problems;
      if (Object.keys(problems).length) {
        this.showSummary();
        return;
      }
      this.summaryShown = false;
      await this.send(a);
    } finally {
      this.#busy = false;
    }
  }

  private showSummary(): void {
    this.summaryShown = true;
    this.#focusAfterRender = 'summary';
  }

  private body(a: Assignment): FormData {
    const v = this.values;
    const shown = this.shownFor(a);
    const body = new FormData();
    const add = (name: string, value: string | null | undefined) => {
      if (value) body.append(name, value);
    };
    add('name', v.name.trim());
    add('email', v.email.trim());
    add('phone', v.phone.trim());
    if (shown.has('kvkNumber')) add('kvkNumber', normaliseKvk(v.kvkNumber.trim()));
    add('motivation', v.motivation.trim());
    add('availableFrom', v.availableFrom.trim());
    add('hoursPerWeek', v.hoursPerWeek.trim());
    if (shown.has('rate')) add('rate', normaliseRate(v.rate.trim()));
    add('profileId', this.profileId);
    if (this.file) body.append('cv', this.file, this.file.name);
    body.append('consent', String(v.consent));
    if (shown.has('acceptConditions')) body.append('acceptConditions', String(v.acceptConditions));
    if (shown.has('managerConsent')) body.append('managerConsent', String(v.managerConsent));
    body.append('website', v.website);
    return body;
  }

  private async send(a: Assignment): Promise<void> {
    const t = messages[this.uiLang];
    // One key per application, kept (also in the draft) until it was received: every retry,
    // even after a reload, sends the same key, so the backend stores it once.
    this.#idempotencyKey ??= newIdempotencyKey();
    this.storeDraft();
    this.phase = 'sending';
    this.statusMessage = t.sending;
    const controller = new AbortController();
    this.#abort = controller;
    try {
      const client = this.requireClient();
      const receipt = await client.submitApplication(a.id, this.body(a), {
        idempotencyKey: this.#idempotencyKey,
        signal: controller.signal,
        lang: this.uiLang,
      });
      clearDraft(a.id);
      this.#idempotencyKey = null;
      this.receipt = receipt;
      this.phase = 'sent';
      this.draftNotice = false;
      this.statusMessage = '';
      this.#focusAfterRender = 'success';
      emit(this, 'application-submitted', { application: receipt });
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.phase = 'editing';
      this.statusMessage = '';
      this.failed(toFlexschilError(error), a);
    } finally {
      if (this.#abort === controller) this.#abort = null;
    }
  }

  private failed(error: FlexschilError, a: Assignment): void {
    if (error.kind === 'unexpected') console.error('[flexschil]', error);
    emit(this, 'application-error', error.toDetail());
    const definite = error.kind === 'invalid-input' || error.kind === 'conflict' || error.kind === 'too-large';
    if (definite) {
      // Nothing was stored: the next attempt is a new request and gets a new key (a backend may
      // remember rejected keys too).
      this.#idempotencyKey = null;
      this.storeDraft();
    }
    if (error.kind === 'too-large') {
      this.errors = { ...this.errors, cv: { code: 'fileSize' } };
      this.showSummary();
      return;
    }
    if (error.kind === 'invalid-input' && error.invalidParams.length) {
      const shown = this.shownFor(a);
      const errors: Partial<Record<FieldName, FieldError>> = {};
      const general: string[] = [];
      for (const param of error.invalidParams) {
        const field = param.name as FieldName;
        if (fieldOrder.includes(field) && shown.has(field) && !errors[field]) errors[field] = { code: 'server', reason: param.reason };
        else general.push(param.reason);
      }
      this.errors = errors;
      this.generalErrors = general;
      this.showSummary();
      return;
    }
    this.failure = {
      kind: failureKind(error),
      retryAfter: error.retryAfter,
      detail: error.kind === 'invalid-input' || error.kind === 'rejected' || error.kind === 'not-found' ? error.detail : '',
    };
    this.#focusAfterRender = 'failure';
  }
}

function failureKind(error: FlexschilError): Failure['kind'] {
  switch (error.kind) {
    case 'no-endpoint':
      return 'config';
    case 'config':
      return 'unavailable';
    case 'network':
    case 'timeout':
      return error.kind;
    case 'conflict':
      return 'closed';
    case 'rate-limited':
    case 'unavailable':
      return 'busy';
    case 'unauthorized':
    case 'forbidden':
      return 'auth';
    case 'invalid-input':
    case 'not-found':
    case 'too-large':
    case 'rejected':
      return 'rejected';
    default:
      return 'server';
  }
}

/**
 * A reference such as a UUID, with a line-break opportunity after each separator: at 320 px it
 * then wraps between its groups instead of anywhere (the Unicode line-breaking rules allow no
 * break between a hyphen and a digit, so without these it could only break mid-group).
 */
function breakable(reference: string): unknown[] {
  return reference.split(/(?<=[-_./])/).map((piece, i) => (i ? html`<wbr />${piece}` : piece));
}
