import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { submitApplication } from '../../api/applications.js';
import { HOURS_PER_WEEK as hours } from '../../api/rules/amount.js';
import { carryContentLanguage } from '../../api/content-language.js';
import { FlexschilError, isAbortError } from '../../api/errors.js';
import type { ApplicationReceipt, AssignmentInput, Profile } from '../../api/schemas.js';
import { Assignment } from '../../api/validators/assignment.js';
import { hostUrl } from '../../api/url.js';
import { applyForm as messages } from '../../i18n/apply-form.js';
import { formatDate, formatHours, formatMoney } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { fill } from '../../shared/backend-text.js';
import { emit, emitRendered } from '../../shared/events.js';
import { formControls, formStyles } from '../../shared/form-styles.js';
import { sentStyles } from '../../shared/sent-styles.js';
import { type DraftNoticeText, nextSummary, renderDraftNotice } from '../../shared/form-templates.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { renderError, renderSkeleton } from '../../shared/states.js';
import { WriteController } from '../../shared/write-controller.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './apply-form.styles.js';
import { DraftController } from './draft-controller.js';
import { rememberSent, type SentBefore, sentBefore } from './draft.js';
import { describeError, type Failure, type FieldError } from './submit-controller.js';
import * as view from './templates.js';
import {
  type ApplicationValues,
  characterCount,
  checkAll,
  checkField,
  checkFile,
  emptyValues,
  type FieldName,
  type FieldProblem,
  fieldOrder,
  normaliseKvk,
  normaliseRate,
  shownFields,
  type TextField,
} from './validate.js';
import { errorMessageOf, newErrorMessage } from '../../shared/left-field.js';
import { PressGuard } from '../../shared/press-guard.js';

type Resolved =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: (() => void) | null }
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
 * @fires flexschil-error - `{ status, title, detail }` when the assignment (from `assignment-id`) could not be loaded, or the `assignment` property does not match the contract (shown without a retry: the host page must set another).
 *
 * @csspart form - The form.
 * @csspart summary - The error summary at the top, listing every problem with a link to its field.
 * @csspart sent-before - The note that an application for this assignment was sent from this tab before (date and reference).
 * @csspart field - The wrapper of one field: label, hint, error message and control.
 * @csspart submit - The submit button.
 * @csspart success - The confirmation that replaces the form after a successful submit.
 * @csspart draft-notice - The notice that a draft was restored, with a button to discard it; once discarded, it says so, with "Zet terug".
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
  static override styles = [tokens, base, formControls, formStyles, sentStyles, styles];

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
  /** The attempt whose error summary is shown (`nextSummary()`), 0 for none. */
  @state() private summaryAttempt = 0;
  @state() private failure: Failure | null = null;
  @state() private receipt: ApplicationReceipt | null = null;
  /** An application sent from this tab before, for the form opened again (the tab's storage). */
  @state() private sentBefore: SentBefore | null = null;
  @state() private countAnnouncement = '';
  @state() private statusMessage = '';
  /** After "Wis alles en begin opnieuw": what puts the discarded values back, until the form is changed or sent. */
  @state() private undoDiscard: (() => void) | null = null;

  @query('.error-summary') private summaryElement?: HTMLElement;
  @query('.failure') private failureElement?: HTMLElement;
  @query('.success-title') private successHeading?: HTMLElement;

  /** @internal */
  private draft = new DraftController(this);
  /** @internal */
  private sending = new WriteController(this);

  /** Assignment id whose form (draft, values) is currently loaded. */
  #formFor: string | null = null;
  #parsed: { source: unknown; result: Assignment | FlexschilError } | null = null;
  #lastLoaded: Assignment | null = null;
  #prefilledFrom: Profile | null = null;
  /** Fields the applicant changed: only those are checked when they lose focus. */
  #dirty = new Set<FieldName>();
  /** A field's check on leaving it waits while a press in the form lasts (shared/press-guard.ts). */
  readonly #press = new PressGuard();
  #submitted = false;
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
        if (parsed.success) carryContentLanguage(this.assignment, parsed.data);
        this.#parsed = {
          source: this.assignment,
          result: parsed.success
            ? parsed.data
            : new FlexschilError({ kind: 'invalid-response', status: 0, title: 'Invalid assignment', detail: 'The assignment property does not match the contract' }),
        };
        if (!parsed.success) {
          console.warn('[flexschil] apply-form: `assignment` does not match the contract', parsed.error.issues);
          emit(this, 'flexschil-error', (this.#parsed.result as FlexschilError).toDetail());
        }
      }
      const result = this.#parsed.result;
      // The same object again cannot be read better: no retry; the host page must set another.
      return result instanceof FlexschilError ? { state: 'error', error: result, retry: null } : { state: 'ready', assignment: result };
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
    this.sending.abandon();
    this.#dirty.clear();
    this.#submitted = false;
    this.#prefilledFrom = null;
    this.file = null;
    this.errors = {};
    this.generalErrors = [];
    this.summaryAttempt = 0;
    this.failure = null;
    this.receipt = null;
    this.undoDiscard = null;
    this.sentBefore = sentBefore(a.id);
    this.statusMessage = '';
    this.countAnnouncement = '';
    this.values = { ...emptyValues(), ...this.draft.open(a.id) };
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
    const offered = profile.availability?.hoursPerWeek;
    if (offered && Number.isInteger(offered) && offered >= hours.min && offered <= hours.max) known.hoursPerWeek = String(offered);
    if (profile.rate && profile.rate.unit === 'hour' && profile.rate.currency === 'EUR') known.rate = String(profile.rate.amount);
    const values = { ...this.values };
    for (const [field, value] of Object.entries(known) as [TextField, string][]) {
      if (value && !values[field].trim() && !this.#dirty.has(field)) values[field] = value;
    }
    this.values = values;
  }

  // --- rendering -------------------------------------------------------------------------------

  /** The restored draft's notice: a file cannot be kept, so it says which CV to choose again until one is chosen. */
  private draftNotice(lang: Lang): DraftNoticeText {
    const t = messages[lang];
    const cv = this.file ? null : this.draft.previousCv;
    return { ...t, draftRestored: cv ? `${t.draftRestored} ${t.draftCvAgain(cv)}` : t.draftRestored };
  }

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
    const lang = this.uiLang;
    if (this.receipt) return view.success(lang, a, this.receipt, this.values.email.trim(), this.headingLevel);
    if (a.status === 'closed') return view.closed(lang);
    if (a.applyUrl) return view.external(lang, a, a.applyUrl);
    return this.renderForm(a);
  }

  private renderForm(a: Assignment): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const shown = this.shownFor(a);
    const sending = this.sending.busy;
    const v: view.FormView = { lang, values: this.values, errors: this.errors };
    const summary = fieldOrder.filter((f) => this.errors[f]);
    return html`
      ${this.sentBefore ? view.sentBefore(lang, this.sentBefore) : nothing}
      ${this.draft.restored
        ? renderDraftNotice(this.draftNotice(lang), { discard: this.discardDraft })
        : this.undoDiscard
          ? renderDraftNotice(this.draftNotice(lang), { undo: this.undoDiscard })
          : nothing}
      ${this.failure ? view.failureMessage(lang, this.failure, this.retry) : nothing}
      ${this.summaryAttempt > 0 && (summary.length || this.generalErrors.length)
        ? view.errorSummary(v, summary, this.generalErrors, this.headingLevel, (field, event) => this.focusField(field, event), this.summaryAttempt)
        : nothing}
      <!-- The form's name, with the assignment's title marked in the backend's language (WCAG 3.1.2). -->
      <span id="form-label" hidden>${fill(t.formLabel, view.assignmentText(a, a.title, lang))}</span>
      <form
        part="form"
        novalidate
        aria-labelledby="form-label"
        aria-busy=${sending ? 'true' : 'false'}
        @submit=${this.onSubmit}
        @input=${this.onEdit}
        @change=${this.onEdit}
        @focusout=${this.onLeave}
        @pointerdown=${this.#press.down}
      >
        <fieldset>
          <legend>${t.groupYou}</legend>
          ${view.textField(v, 'name', { autocomplete: 'name', className: 'medium' })}
          ${view.textField(v, 'email', { type: 'email', autocomplete: 'email', hint: t.emailHint, className: 'medium', spellcheck: false })}
          ${view.textField(v, 'phone', { type: 'tel', autocomplete: 'tel', hint: t.phoneHint, optional: true, className: 'medium' })}
          ${shown.has('kvkNumber') ? view.textField(v, 'kvkNumber', { inputmode: 'numeric', autocomplete: 'off', hint: t.kvkHint, className: 'short' }) : nothing}
        </fieldset>
        <fieldset>
          <legend>${t.groupResponse}</legend>
          ${view.motivationField(v, this.countAnnouncement)}
          ${view.cvField(v, a.requirements.cv, this.file ? null : this.draft.previousCv)}
        </fieldset>
        <fieldset>
          <legend>${t.groupAvailability}</legend>
          ${view.textField(v, 'availableFrom', {
            type: 'date',
            optional: true,
            hint: a.startDate ? t.availableFromHint(formatDate(a.startDate, lang)) : undefined,
            className: 'medium',
          })}
          ${view.textField(v, 'hoursPerWeek', { inputmode: 'numeric', optional: true, hint: t.hoursHint(hours.min, hours.max, formatHours(a.hoursPerWeek, lang)), className: 'short' })}
          ${shown.has('rate') ? view.textField(v, 'rate', { inputmode: 'decimal', optional: true, hint: this.rateHint(a), className: 'short' }) : nothing}
        </fieldset>
        <fieldset>
          <legend>${t.groupConsent}</legend>
          ${view.checkbox(v, 'consent', this.privacyHint())}
          ${shown.has('acceptConditions') && a.requirements.conditionsUrl
            ? view.checkbox(v, 'acceptConditions', view.newWindowLink(a.requirements.conditionsUrl, fill(t.conditionsLink, view.assignmentText(a, a.organisation.name, lang)), lang))
            : nothing}
          ${shown.has('managerConsent') ? view.checkbox(v, 'managerConsent', t.managerConsentHint) : nothing}
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
    const url = hostUrl(this.privacyUrl) ?? hostUrl(this.config?.privacyUrl);
    if (!url) return t.consentHint;
    return html`${t.consentHint} ${view.newWindowLink(url, t.privacyLink, this.uiLang)}`;
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
    this.keepDraft();
  };

  private onLeave = (event: FocusEvent) => {
    const target = event.target as HTMLInputElement;
    const field = target.name as FieldName;
    // The count is for whoever is typing in the motivation: once they left it, it would talk over
    // the next field, the summary or the sending (WCAG 4.1.3).
    if (field === 'motivation') clearTimeout(this.#announceTimer);
    if (!fieldOrder.includes(field) || field === 'cv') return;
    // The backend's verdict stands until the applicant changes the field.
    if (this.errors[field]?.code === 'server') return;
    if (!(this.#dirty.has(field) || this.errors[field] || this.#submitted)) return;
    const before = errorMessageOf(target);
    this.#press.run(async () => {
      this.recheck(field);
      const message = await newErrorMessage(this, target, before, () => this.statusMessage);
      if (message !== null) this.statusMessage = message;
    });
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
    if (file) this.draft.fileChosen();
    this.keepDraft();
    const a = this.current;
    if (!a) return;
    const problem = file ? await this.checkChosenFile(file) : a.requirements.cv && (this.#submitted || this.errors.cv) ? { code: 'required' as const } : null;
    if (this.file !== file) return;
    this.setError('cv', problem);
    // Focus stays on the file control, and its message appears beside it unsaid: say it, each
    // time a file is refused, as every other field's message is said when it is left (WCAG 4.1.3);
    // a good file takes a refusal the status region still holds back.
    const control = this.renderRoot.querySelector('input[name="cv"]');
    if (!control || (problem && !file)) return;
    const message = await newErrorMessage(this, control, '', () => this.statusMessage);
    if (message !== null) this.statusMessage = message;
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
      this.countAnnouncement = view.countText(this.uiLang, characterCount(this.values.motivation));
    }, ANNOUNCE_DELAY);
  }

  /** Keeps what the form holds now: a change, after which "Zet terug" no longer offers the discarded values. */
  private keepDraft(): void {
    this.undoDiscard = null;
    if (this.#formFor && !this.receipt) this.draft.keep(this.values, this.file?.name ?? null);
  }

  private discardDraft = () => {
    if (!this.#formFor) return;
    const { values, file } = this;
    const dirty = new Set(this.#dirty);
    const undoDraft = this.draft.clear();
    this.startOver(emptyValues(), null, new Set());
    if (this.#prefilledFrom) this.prefill(this.#prefilledFrom);
    this.undoDiscard = () => {
      undoDraft();
      this.startOver(values, file, dirty);
      this.keepDraft();
      this.statusMessage = messages[this.uiLang].draftBack;
      void this.focusFirstField();
    };
    const t = messages[this.uiLang];
    this.statusMessage = `${t.draftDiscarded} ${t.undoDiscardHint}`;
    void this.focusFirstField();
  };

  /** The form with these values and this file, unchecked: after discarding, and after undoing that. */
  private startOver(values: ApplicationValues, file: File | null, dirty: Set<FieldName>): void {
    this.values = values;
    this.file = file;
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[name="cv"]');
    if (input) {
      // The file control shows the file the form holds (put back by "Zet terug", too).
      const chosen = new DataTransfer();
      if (file) chosen.items.add(file);
      input.files = chosen.files;
    }
    this.#dirty = dirty;
    this.#submitted = false;
    this.errors = {};
    this.generalErrors = [];
    this.summaryAttempt = 0;
    this.failure = null;
    this.undoDiscard = null;
  }

  /** The button that had focus is gone: continue at the first field. */
  private async focusFirstField(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#field-name')?.focus();
  }

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

  private submit(): Promise<void> {
    const a = this.current;
    if (!a || this.receipt) return Promise.resolve();
    return this.sending.once(async () => {
      this.#submitted = true;
      this.undoDiscard = null;
      const fileProblem = this.file ? await this.checkChosenFile(this.file) : null;
      const shown = this.shownFor(a);
      const problems = checkAll(this.values, a.requirements, { chosen: !!this.file, problem: fileProblem }, shown);
      this.generalErrors = [];
      this.failure = null;
      this.errors = problems;
      if (Object.keys(problems).length) return this.showSummary();
      this.summaryAttempt = 0;
      await this.send(a, shown);
    });
  }

  private showSummary(): void {
    this.summaryAttempt = nextSummary();
    this.#focusAfterRender = 'summary';
  }

  private async send(a: Assignment, shown: ReadonlySet<FieldName>): Promise<void> {
    const lang = this.uiLang;
    let client: NonNullable<typeof this.client>;
    try {
      client = this.requireClient();
    } catch (error) {
      return this.failed(error as FlexschilError, shown);
    }
    const { idempotencyKey, language, retried } = this.draft.sendAs(lang);
    this.keepDraft();
    this.statusMessage = messages[lang].sending;
    const body = applicationBody(this.values, shown, this.profileId, this.file, language);
    const outcome = await this.sending.send((signal) => submitApplication(client, a.id, body, { idempotencyKey, signal, lang }));
    if ('abandoned' in outcome) return;
    this.statusMessage = '';
    if ('failed' in outcome) return this.failed(outcome.failed, shown, retried);
    this.draft.clear();
    rememberSent(a.id, outcome.sent);
    this.receipt = outcome.sent;
    this.#focusAfterRender = 'success';
    void emitRendered(this, 'application-submitted', { application: outcome.sent });
  }

  private failed(error: FlexschilError, shown: ReadonlySet<FieldName>, retried = false): void {
    if (error.kind === 'unexpected') console.error('[flexschil]', error);
    emit(this, 'application-error', error.toDetail());
    const verdict = describeError(error, shown, retried);
    if (verdict.definite) this.draft.forgetKey(this.values, this.file?.name ?? null);
    if (verdict.show === 'fields') {
      this.errors = verdict.errors;
      this.generalErrors = verdict.general;
      this.showSummary();
      return;
    }
    this.failure = verdict.failure;
    this.#focusAfterRender = 'failure';
  }
}

/**
 * The request body: the shown fields the applicant filled in, as the contract names them, and the
 * language they wrote in (the form's at the first send of its key, DraftController.sendAs): the
 * poster's inbox marks their texts with it (WCAG 3.1.2).
 */
export function applicationBody(v: ApplicationValues, shown: ReadonlySet<FieldName>, profileId: string | null, file: File | null, lang: Lang): FormData {
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
  add('profileId', profileId);
  if (file) body.append('cv', file, file.name);
  body.append('consent', String(v.consent));
  if (shown.has('acceptConditions')) body.append('acceptConditions', String(v.acceptConditions));
  if (shown.has('managerConsent')) body.append('managerConsent', String(v.managerConsent));
  body.append('website', v.website);
  body.append('language', lang);
  return body;
}
