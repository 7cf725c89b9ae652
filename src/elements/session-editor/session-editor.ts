import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ClientCore, Versioned } from '../../api/core.js';
import { FlexschilError } from '../../api/errors.js';
import { keyTaken } from '../../api/idempotency.js';
import { downloadRegistrations, listRegistrations, saveFile } from '../../api/inbox.js';
import { createSession, getSessionForEditing, updateSession } from '../../api/organising.js';
import { getMe, newIdempotencyKey } from '../../api/personal.js';
import { dutchInstantOf, dutchWallClock } from '../../api/rules/dutch-clock.js';
import { checkSessionDraft, type SessionDraft, sessionLimits } from '../../api/rules/session-draft.js';
import type { Code, Registration, Session, Vocabularies } from '../../api/schemas.js';
import { draftFieldLabel, draftIssueText } from '../../i18n/draft-errors.js';
import { formatDate } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { sending } from '../../i18n/sending.js';
import { sessionEditor as messages } from '../../i18n/session-editor.js';
import { emit } from '../../shared/events.js';
import { type DataState, FlexschilElement } from '../../shared/flexschil-element.js';
import { formControls, formStyles } from '../../shared/form-styles.js';
import { heading, nextSummary, renderDraftNotice, renderErrorSummary, renderFailureNotice } from '../../shared/form-templates.js';
import { headingTag } from '../../shared/headings.js';
import { errorMessageOf, newErrorMessage } from '../../shared/left-field.js';
import { PressGuard } from '../../shared/press-guard.js';
import { cleanHtml, RichText, richTextStyles } from '../../shared/rich-text.js';
import { readDraft, removeDraft, writeDraft } from '../../shared/session-draft.js';
import { renderError, renderSkeleton } from '../../shared/states.js';
import { languageName, textLanguages, typedLang } from '../../shared/text-language.js';
import { conflictingFields, conflictPanel, conflictStyles, type Side, wordValue } from '../../shared/version-conflict.js';
import { WriteController } from '../../shared/write-controller.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './session-editor.styles.js';
import { changedFields, draftInput, emptyValues, type FieldName, fieldOrder, formField, patchOf, type SessionValues, valuesFrom } from './values.js';
import { inertContent } from '../../shared/trusted-types.js';

const isAuthError = (error: unknown) => error instanceof FlexschilError && (error.kind === 'unauthorized' || error.kind === 'forbidden');
const controlId = (name: string) => `f-${name}`;
/** What `#etag()` answers when asking for the version turned up a newer one (now shown). */
const NEWER = Symbol('newer version shown');
/** Sign-ups shown at first; "Toon meer" shows as many more. */
const SHOWN_AT_ONCE = 50;
/** Sign-ups asked for per request (the contract's most): all are read, so every count is exact. */
const REGISTRATIONS_PAGE = 100;

/** A field's problem in words; `server`: the backend's verdict, which stands until the field is changed. */
type FieldError = { text: string; server?: true };
type Outcome = 'created' | 'updated' | 'nothing' | 'cancelled' | 'settled';
type Focus = 'summary' | 'failure' | 'saved' | 'conflict' | 'cancel' | 'title' | 'registrations';
interface Pending {
  key: string;
  body: Record<string, unknown>;
}
/**
 * What the tab keeps until a save: the values, and for a change the values and the ETag of the
 * version they started from (a newer one is then shown as a conflict, field by field).
 */
interface Draft {
  values: SessionValues;
  base: { values: SessionValues; etag: string | null } | null;
  pending: Pending | null;
}
interface Conflict {
  mine: SessionValues;
  theirs: SessionValues;
  fields: { name: FieldName; both: boolean }[];
  cancelled: boolean;
}

/**
 * Planning a swarm session (*zwermsessie*), for a poster of an organisation, and seeing who
 * signed up: the title, the question in a small rich-text editor that writes only the contract's
 * allowed HTML, the fields, the day with its start and end time on the Dutch clock, the last day
 * to sign up, a place or a link to join online (or both), the region and the number of seats.
 * With `session-id` it changes that session, offers to call it off (everyone who signed up is
 * told by the backend), and lists the sign-ups with a CSV download; without it, it creates one.
 *
 * It never loses what was typed, as `<assignment-editor>`: a draft in `sessionStorage` until it
 * is saved, one `Idempotency-Key` for a create across every retry (a reload included), `If-Match`
 * on a change, and when someone else saved in between (412) the newer version beside the poster's
 * own values, field by field, to choose from. Visitors who may not post (`GET /me`) see only a
 * sign-in hint. The rules are the backend's own (`src/api/rules/session-draft.ts`).
 *
 * @summary Form for posters to plan or change a swarm session, call it off, and see who signed up.
 * @tagname session-editor
 *
 * @fires session-saved - `{ session }` (the backend's new version) after it was created, changed or called off.
 * @fires session-new - `{ previous }` (the session just planned) when the poster chose "Nog een zwermsessie plannen": the form is empty and creates a new one. A host that put the planned session's id in its address takes it out again.
 * @fires flexschil-error - `{ status, title, detail }` when loading failed, or saving, calling off or a download failed for another reason than the input (the form keeps everything and says what to do).
 *
 * @csspart form - The form.
 * @csspart field - The wrapper of one field: label, hint, error message and control.
 * @csspart summary - The error summary at the top, listing every problem with a link to its field.
 * @csspart submit - The save button ("Zwermsessie plaatsen" / "Wijzigingen opslaan").
 * @csspart cancel - The "Zwermsessie afgelasten" button of a session not called off.
 * @csspart cancel-dialog - The dialog that asks to confirm calling it off.
 * @csspart cancelled - The notice that the session is called off.
 * @csspart saved - The message after a save or a call-off; its heading receives focus.
 * @csspart draft-notice - The notice that unsaved work was restored, with a button to throw it away; once thrown away, it says so, with "Zet terug".
 * @csspart failure - The message after a failed save or call-off, with its retry button.
 * @csspart conflict - The comparison after someone else saved a newer version (412).
 * @csspart registrations - The sign-ups of the session: how many seats are taken, the table, the CSV download.
 * @csspart export - The CSV download button.
 * @csspart sign-in - The hint shown instead of the form to visitors who may not post.
 * @csspart error - The message when loading failed, with its retry button.
 *
 * @cssprop [--flexschil-session-editor-field-gap=calc(var(--flexschil-space) * 1.25)] - Space between fields.
 * @cssprop [--flexschil-session-editor-input-border-color=var(--flexschil-color-border)] - Border of inputs, selects, the rich-text editor and checkboxes.
 * @cssprop [--flexschil-session-editor-input-background-color=var(--flexschil-color-background)] - Background of the controls.
 * @cssprop [--flexschil-session-editor-hint-color=var(--flexschil-color-text-muted)] - Hints below labels.
 * @cssprop [--flexschil-session-editor-error-color=var(--flexschil-color-error)] - Inline errors, the error summary's border, invalid controls and the call-off button.
 * @cssprop [--flexschil-session-editor-summary-background-color=var(--flexschil-color-background)] - Error summary surface.
 * @cssprop [--flexschil-session-editor-notice-background-color=var(--flexschil-color-surface)] - Draft, failure and called-off notices.
 * @cssprop [--flexschil-session-editor-saved-border-color=var(--flexschil-color-success)] - Border of the message after a save.
 * @cssprop [--flexschil-session-editor-cancel-dialog-backdrop-color=var(--flexschil-dialog-backdrop-color, rgb(0 0 0 / 0.5))] - Behind the dialog that confirms calling the session off.
 */
export class SessionEditor extends FlexschilElement {
  static override styles = [tokens, base, richTextStyles, conflictStyles, formControls, formStyles, styles];

  /** Id of the session to change; without it, the editor creates a new one. */
  @property({ attribute: 'session-id' }) sessionId: string | null = null;
  /** Id of the assignment whose question a new session presents (sent as its `assignmentId`). */
  @property({ attribute: 'assignment-id' }) assignmentId: string | null = null;
  /** Level of the headings of the error summary, the messages and the sign-ups (2 by default). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private values: SessionValues = emptyValues();
  @state() private errors: Partial<Record<FieldName, FieldError>> = {};
  @state() private general: string[] = [];
  @state() private summaryAttempt = 0;
  @state() private outcome: { kind: Outcome; title: string } | null = null;
  @state() private failure: { action: 'save' | 'cancel'; message: string; retry: (() => void) | null } | null = null;
  @state() private conflict: Conflict | null = null;
  @state() private restored = false;
  @state() private undoDiscard: (() => void) | null = null;
  @state() private cancelling = false;
  @state() private status = '';
  /** How many of the sign-ups the table shows ("Toon meer" shows more). */
  @state() private shownSignUps = SHOWN_AT_ONCE;
  @state() private downloadNote = '';

  /** Whether the visitor may post (`GET /me`). @internal */
  private access = new Task(this, {
    task: async ([client], { signal }) => {
      const me = await this.load(() => getMe(this.requireClientFor(client), { signal, lang: this.uiLang }).catch((e) => (isAuthError(e) ? null : Promise.reject(e))));
      return { me, signedIn: !!me };
    },
    args: () => [this.client] as const,
  });

  /** @internal */
  private vocabularies = new Task(this, {
    task: ([client, lang, allowed], { signal }) => (allowed && client ? this.load(() => client.getVocabularies({ signal, lang })) : Promise.resolve(null)),
    args: () => [this.client, this.uiLang, this.allowed] as const,
  });

  /** The session to change, with its ETag. @internal */
  private editing = new Task(this, {
    task: ([client, id, allowed], { signal }) => (allowed && client && id ? this.load(() => getSessionForEditing(client, id, { signal, lang: this.uiLang })) : Promise.resolve(null)),
    args: () => [this.client, this.sessionId, this.allowed] as const,
  });

  /**
   * Every sign-up of the session edited, page by page: the seats taken, the waitlist and the
   * people told when it is called off are counted from all of them, not from what is shown. @internal
   */
  private signUps = new Task(this, {
    task: async ([client, id, allowed], { signal }) => {
      if (!allowed || !client || !id) return null;
      const items: Registration[] = [];
      for (let page = 1; ; page++) {
        const next = await listRegistrations(client, id, { page, pageSize: REGISTRATIONS_PAGE }, { signal, lang: this.uiLang });
        items.push(...next.items.filter((r) => !items.some((known) => known.id === r.id)));
        if (!next.items.length || items.length >= next.total) return items;
      }
    },
    args: () => [this.client, this.#id, this.allowed] as const,
  });

  readonly #writes = new WriteController(this);
  readonly #press = new PressGuard();
  readonly #richText = new RichText(this, (question) => this.#change({ ...this.values, question }, 'question'));
  /** The session the form edits (after a create: the one created), its version, and its values. */
  @state() private base: Versioned<Session> | null = null;
  #baseValues: SessionValues = emptyValues();
  #pending: Pending | null = null;
  /** The `session-id` the form was made for (`''` for a new one); null before it was made. */
  #formFor: string | null = null;
  #dirty = new Set<FieldName>();
  #submitted = false;
  #focus: Focus | null = null;
  #shown: DataState = 'loading';

  private get allowed(): boolean {
    return !!this.access.value?.me?.can.postAssignments;
  }

  /** The id of the session edited: the attribute's, or the one just created. */
  get #id(): string | null {
    return this.base?.value.id ?? null;
  }

  private requireClientFor(client: ClientCore | null): ClientCore {
    return client ?? this.requireClient();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = this.sessionId ?? '';
    if (this.#formFor !== key) {
      if (!this.sessionId) this.#start(null);
      else if (this.editing.status === TaskStatus.COMPLETE && this.editing.value?.value.id === this.sessionId) this.#start(this.editing.value);
    }
  }

  protected override updated(): void {
    this.dataState = this.#shown;
    this.#syncDialog();
    const target = this.#focus;
    this.#focus = null;
    if (target) queueMicrotask(() => this.#focusNow(target));
  }

  override render(): TemplateResult {
    const [state, content] = this.#content();
    this.#shown = state;
    return content;
  }

  #content(): [DataState, TemplateResult] {
    const lang = this.uiLang;
    const t = messages[lang];
    const loading: [DataState, TemplateResult] = ['loading', renderSkeleton(1, lang, 'skeleton-form')];
    const failed = (task: { error: unknown; run: () => unknown }): [DataState, TemplateResult] => {
      if (task.error instanceof FlexschilError && task.error.kind === 'not-found') {
        return ['error', renderError(task.error, lang, null, { title: t.notFoundTitle, message: t.notFoundText })];
      }
      return ['error', renderError(task.error, lang, () => task.run())];
    };
    if (this.access.status === TaskStatus.ERROR) return failed(this.access);
    if (this.access.status !== TaskStatus.COMPLETE || !this.access.value) return loading;
    const { me, signedIn } = this.access.value;
    if (!me?.can.postAssignments) return ['empty', this.#hint(signedIn)];
    for (const task of [this.vocabularies, this.editing]) if (task.status === TaskStatus.ERROR) return failed(task);
    const vocabularies = this.vocabularies.value;
    if (!vocabularies || this.#formFor !== (this.sessionId ?? '')) return loading;
    if (this.base && this.base.value.organisation.id !== me.organisation?.id) {
      return ['empty', html`<div class="status" part="sign-in"><p>${t.otherOrganisation}</p></div>`];
    }
    return ['ready', this.#renderForm(vocabularies, lang)];
  }

  #hint(signedIn: boolean): TemplateResult {
    const t = messages[this.uiLang];
    const tag = headingTag(this.headingLevel);
    return html`<div class="status" part="sign-in">
      ${staticHtml`<${tag}>${signedIn ? t.noAccessTitle : t.signInTitle}</${tag}>`}
      <p>${signedIn ? t.noAccessText : t.signInText}</p>
    </div>`;
  }

  // --- the form ----------------------------------------------------------------------------------

  /** A fresh form for a new session (`initial` null) or one to change, with the draft kept for it. */
  #start(initial: Versioned<Session> | null): void {
    this.#formFor = this.sessionId ?? '';
    this.#writes.abandon();
    const draft = this.#readDraft(initial?.value.id ?? null);
    const freshValues = initial ? valuesFrom(initial.value, cleanHtml) : emptyValues();
    // A draft of a change goes on from the version it started from: a newer one is shown as a conflict below.
    const draftBase = initial ? (draft?.base ?? { values: freshValues, etag: initial.etag }) : null;
    const draftBaseValues = draftBase?.values ?? emptyValues();
    this.restored = !!draft && (changedFields(draft.values, draftBaseValues).length > 0 || (!initial && !!draft.pending));
    this.base = initial;
    if (draft && this.restored) {
      this.#baseValues = draftBaseValues;
      this.values = draft.values;
      this.#pending = initial ? null : draft.pending;
    } else {
      this.#clearDraft(initial?.value.id ?? null);
      this.#baseValues = freshValues;
      this.values = structuredClone(freshValues);
      this.#pending = null;
    }
    this.errors = {};
    this.general = [];
    this.summaryAttempt = 0;
    this.outcome = null;
    this.failure = null;
    this.conflict = null;
    this.undoDiscard = null;
    this.shownSignUps = SHOWN_AT_ONCE;
    this.#dirty.clear();
    this.#submitted = false;
    this.#richText.setValue(this.values.question);
    if (initial && draftBase && this.restored && draftBase.etag !== initial.etag) this.#enterConflict(initial);
  }

  #renderForm(vocabularies: Vocabularies, lang: Lang): TemplateResult {
    const t = messages[lang];
    const level = this.headingLevel;
    const saving = this.#writes.busy && !this.cancelling;
    const session = this.base?.value ?? null;
    const cancelled = session?.status === 'cancelled';
    const items = this.#summaryItems();
    return html`${this.outcome ? this.#renderSaved(lang, level) : nothing}
      ${this.restored ? renderDraftNotice(t, { discard: this.#discard }) : this.undoDiscard ? renderDraftNotice(t, { undo: this.undoDiscard }) : nothing}
      ${this.failure
        ? renderFailureNotice({
            title: this.failure.action === 'cancel' ? t.failedCancel : t.failedSave,
            reason: this.failure.message,
            kept: t.kept,
            retry: this.failure.retry ? { hint: !this.#id ? t.noDuplicates : null, label: t.retry, run: this.failure.retry } : null,
          })
        : nothing}
      ${this.conflict ? this.#renderConflict(lang, level) : nothing}
      ${this.summaryAttempt > 0 && (items.length || this.general.length)
        ? renderErrorSummary(t.summaryTitle, level, items, this.general, this.#follow, this.summaryAttempt)
        : nothing}
      ${cancelled ? html`<div class="cancelled-notice" part="cancelled"><p>${t.cancelledNotice}</p></div>` : nothing}
      <span id="form-label" hidden>${session ? t.formEdit(session.title) : t.formCreate}</span>
      <form
        part="form"
        novalidate
        aria-labelledby="form-label"
        aria-busy=${saving ? 'true' : 'false'}
        @submit=${this.#onSubmit}
        @input=${this.#onEdit}
        @change=${this.#onEdit}
        @focusout=${this.#onLeave}
        @pointerdown=${this.#press.down}
      >
        ${this.#renderWhat(vocabularies, lang)} ${this.#renderWhen(lang)} ${this.#renderWhere(vocabularies, lang)}
        <div class="actions">
          <button part="submit" type="submit" class="button" aria-disabled=${saving ? 'true' : 'false'}>${saving ? t.saving : session ? t.save : t.create}</button>
          ${session && !cancelled
            ? html`<button type="button" part="cancel" class="button secondary danger cancel-session" @click=${this.#openCancel}>${t.cancelSession}</button>`
            : nothing}
        </div>
      </form>
      <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
      ${session ? this.#renderRegistrations(session, lang, level) : nothing} ${session && !cancelled ? this.#renderCancelDialog(lang, level) : nothing}`;
  }

  #renderWhat(vocabularies: Vocabularies, lang: Lang): TemplateResult {
    const t = messages[lang];
    const l = sessionLimits;
    const invalid = !!this.errors.question;
    return html`<fieldset class="section">
      <legend>${t.groupWhat}</legend>
      ${this.#textField('title', { label: t.title, hint: t.titleHint(l.title.min, l.title.max) })}
      <div class="field ${invalid ? 'invalid' : ''}" part="field" data-field="question">
        <span id="f-question-label" class="label" @click=${() => this.#richText.focus()}>${t.question} <span class="optional">${t.optional}</span></span>
        <p id="f-question-hint" class="hint">${t.questionHint}</p>
        ${this.#errorLine('question')}
        ${this.#richText.render({
          id: controlId('question'),
          labelId: 'f-question-label',
          fieldName: draftFieldLabel('question', lang),
          describedBy: invalid ? 'f-question-hint f-question-error' : 'f-question-hint',
          invalid,
          lang,
          typedLang: this.values.language,
        })}
      </div>
      ${this.#checkGroup('fields', t.fields, t.fieldsHint(l.fields.max), vocabularies.field)}
      ${this.#select('language', t.language, null, textLanguages)}
    </fieldset>`;
  }

  #renderWhen(lang: Lang): TemplateResult {
    const t = messages[lang];
    return html`<fieldset class="section">
      <legend>${t.groupWhen}</legend>
      ${this.#textField('date', { label: t.date, type: 'date', className: 'medium' })}
      <div class="pair">
        ${this.#textField('startTime', { label: t.startTime, type: 'time', hint: t.timeHint, className: 'short' })}
        ${this.#textField('endTime', { label: t.endTime, type: 'time', className: 'short' })}
      </div>
      ${this.#textField('endDate', { label: t.endDate, type: 'date', hint: t.endDateHint, optional: true, className: 'medium' })}
      ${this.#textField('signUpDeadline', { label: t.signUpDeadline, type: 'date', hint: t.signUpDeadlineHint, className: 'medium' })}
    </fieldset>`;
  }

  #renderWhere(vocabularies: Vocabularies, lang: Lang): TemplateResult {
    const t = messages[lang];
    const taken = this.#taken();
    const min = Math.max(sessionLimits.capacity.min, taken);
    const capacityHint = html`${t.capacityHint(min, sessionLimits.capacity.max)}${taken ? html` ${t.capacityTaken(taken)}` : nothing}`;
    return html`<fieldset class="section">
      <legend>${t.groupWhere}</legend>
      ${this.#textField('place', { label: t.place, hint: t.placeHint, optional: true, autocomplete: 'street-address' })}
      ${this.#textField('onlineUrl', { label: t.onlineUrl, type: 'url', hint: t.onlineUrlHint, optional: true })}
      ${this.#select('region', t.region, t.noRegion, vocabularies.region)}
      ${this.#textField('capacity', { label: t.capacity, inputmode: 'numeric', hint: capacityHint, className: 'short' })}
      ${this.#textField('url', { label: t.url, type: 'url', hint: t.urlHint, optional: true })}
    </fieldset>`;
  }

  /** The seats taken in the session edited: fewer seats than that, the rules refuse. */
  #taken(): number {
    const s = this.base?.value;
    return s ? Math.max(0, s.capacity - s.seatsLeft) : 0;
  }

  #describedBy(name: FieldName, hint: boolean): string | typeof nothing {
    const ids = [hint ? `${controlId(name)}-hint` : '', this.errors[name] ? `${controlId(name)}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  #errorLine(name: FieldName): TemplateResult | typeof nothing {
    const error = this.errors[name];
    if (!error) return nothing;
    return html`<p id="${controlId(name)}-error" class="error-message"><span class="visually-hidden">${messages[this.uiLang].errorPrefix}</span> ${error.text}</p>`;
  }

  #textField(
    name: Exclude<FieldName, 'fields' | 'question' | 'language' | 'region'>,
    o: { label: string; hint?: unknown; type?: string; inputmode?: string; autocomplete?: string; optional?: boolean; className?: string },
  ): TemplateResult {
    const invalid = !!this.errors[name];
    const id = controlId(name);
    const t = messages[this.uiLang];
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${name}>
      <label for=${id}>${o.label}${o.optional ? html` <span class="optional">${t.optional}</span>` : nothing}</label>
      ${o.hint ? html`<p id="${id}-hint" class="hint">${o.hint}</p>` : nothing} ${this.#errorLine(name)}
      <input
        id=${id}
        name=${name}
        type=${o.type ?? 'text'}
        class=${o.className ?? nothing}
        inputmode=${o.inputmode ?? nothing}
        autocomplete=${o.autocomplete ?? 'off'}
        spellcheck=${o.type === 'url' ? 'false' : nothing}
        lang=${typedLang(this.values.language, o)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.#describedBy(name, !!o.hint)}
        .value=${live(this.values[name])}
      />
    </div>`;
  }

  #select(name: 'language' | 'region', label: string, placeholder: string | null, codes: readonly (Code & { lang?: string })[]): TemplateResult {
    const invalid = !!this.errors[name];
    const id = controlId(name);
    const value = this.values[name];
    // A value the code list does not (or no longer) have stays chosen, shown by its value.
    const options = value && !codes.some((c) => c.value === value) ? [...codes, { value, label: value }] : codes;
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${name}>
      <label for=${id}>${label}${placeholder ? html` <span class="optional">${messages[this.uiLang].optional}</span>` : nothing}</label>
      ${this.#errorLine(name)}
      <select id=${id} name=${name} class="medium" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${this.#describedBy(name, false)} .value=${live(value)}>
        ${placeholder === null ? nothing : html`<option value="" ?selected=${!value}>${placeholder}</option>`}
        ${options.map((code) => html`<option value=${code.value} lang=${code.lang ?? nothing} ?selected=${code.value === value}>${code.label}</option>`)}
      </select>
    </div>`;
  }

  #checkGroup(name: 'fields', legend: string, hint: string, codes: readonly Code[]): TemplateResult {
    const invalid = !!this.errors[name];
    const id = controlId(name);
    const chosen = this.values.fields;
    const options = [...codes, ...chosen.filter((value) => !codes.some((c) => c.value === value)).map((value) => ({ value, label: value }))];
    return html`<fieldset class="field group ${invalid ? 'invalid' : ''}" part="field" data-field=${name} aria-describedby=${this.#describedBy(name, true)}>
      <legend>${legend} <span class="optional">${messages[this.uiLang].optional}</span></legend>
      <p id="${id}-hint" class="hint">${hint}</p>
      ${this.#errorLine(name)}
      ${options.map(
        (code, i) => html`<div class="check">
          <input id=${i === 0 ? id : `${id}-${code.value}`} type="checkbox" name=${name} value=${code.value} aria-invalid=${invalid ? 'true' : 'false'} .checked=${live(chosen.includes(code.value))} />
          <label for=${i === 0 ? id : `${id}-${code.value}`}>${code.label}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  #summaryItems(): { key: FieldName; id: string; text: string }[] {
    return fieldOrder.filter((name) => this.errors[name]).map((name) => ({ key: name, id: controlId(name), text: this.errors[name]!.text }));
  }

  #follow = (name: FieldName, event: Event) => {
    event.preventDefault();
    if (name === 'question') this.#richText.focus();
    else this.renderRoot.querySelector<HTMLElement>(`#${controlId(name)}`)?.focus();
  };

  #renderSaved(lang: Lang, level: number): TemplateResult {
    const t = messages[lang];
    const { kind, title } = this.outcome!;
    const text = { created: t.created(title), updated: t.updated, nothing: t.nothingChanged, cancelled: t.cancelledDone, settled: t.settled }[kind];
    const unsaved = kind === 'cancelled' && changedFields(this.values, this.#baseValues).length > 0;
    return html`<div class="saved" part="saved">
      ${heading(level, text, { className: 'saved-title', focusable: true })} ${unsaved ? html`<p>${t.unsavedKept}</p>` : nothing}
      ${kind === 'created' ? html`<p>${t.createdHint}</p><button type="button" class="link-button" @click=${this.#another}>${t.another}</button>` : nothing}
    </div>`;
  }

  #renderConflict(lang: Lang, level: number): TemplateResult {
    const conflict = this.conflict!;
    const t = messages[lang];
    const labels: Record<FieldName, string> = {
      title: t.title,
      question: t.question,
      language: t.language,
      date: t.date,
      startTime: t.startTime,
      endTime: t.endTime,
      endDate: t.endDate,
      place: t.place,
      onlineUrl: t.onlineUrl,
      capacity: t.capacity,
      signUpDeadline: t.signUpDeadline,
      fields: t.fields,
      region: t.region,
      url: t.url,
    };
    const rows = conflict.fields.map(({ name, both }) => ({
      name,
      label: labels[name],
      mine: this.#word(name, conflict.mine, lang),
      theirs: this.#word(name, conflict.theirs, lang),
      chosen: same(name, this.values, conflict.theirs) ? ('theirs' as const) : same(name, this.values, conflict.mine) ? ('mine' as const) : null,
      both,
    }));
    return html`${conflictPanel({ lang, headingLevel: level, rows, choose: this.#choose })}
    ${conflict.cancelled ? html`<p class="cancelled-notice">${t.cancelledMeanwhile}</p>` : nothing}`;
  }

  /** A field's value as people read it: labels for codes, dates in words, the question as text. */
  #word(name: FieldName, values: SessionValues, lang: Lang): unknown {
    const vocabularies = this.vocabularies.value;
    const label = (codes: readonly Code[] | undefined, value: string) => codes?.find((c) => c.value === value)?.label ?? value;
    switch (name) {
      case 'question': {
        const text = inertContent(values.question).textContent?.trim() ?? '';
        return wordValue(text.length > 240 ? `${text.slice(0, 240)}…` : text, lang);
      }
      case 'fields':
        return wordValue(values.fields.map((f) => label(vocabularies?.field, f)).join(', '), lang);
      case 'region':
        return wordValue(values.region && label(vocabularies?.region, values.region), lang);
      case 'language':
        return languageName(values.language);
      case 'date':
      case 'endDate':
      case 'signUpDeadline':
        return wordValue(values[name] && formatDate(values[name], lang), lang);
      default:
        return wordValue(values[name], lang);
    }
  }

  #choose = (name: string, side: Side) => {
    const conflict = this.conflict;
    if (!conflict) return;
    const field = name as FieldName;
    const source = side === 'mine' ? conflict.mine : conflict.theirs;
    const values = { ...this.values, [field]: structuredClone(source[field]) } as SessionValues;
    if (field === 'question') this.#richText.setValue(values.question);
    this.#change(values, field);
  };

  /** Who holds a seat or a waitlist place: whom calling it off tells. */
  #people(): number {
    const all = this.signUps.value;
    return all ? all.filter((r) => r.status !== 'cancelled').length : this.#taken();
  }

  #renderRegistrations(session: Session, lang: Lang, level: number): TemplateResult {
    const t = messages[lang];
    const all = this.signUps.value;
    const taken = this.#taken();
    const waitlisted = all?.filter((r) => r.status === 'waitlisted').length ?? 0;
    const shown = all?.slice(0, this.shownSignUps) ?? [];
    const statusText = { registered: t.statusRegistered, waitlisted: t.statusWaitlisted, cancelled: t.statusCancelled } as Record<string, string>;
    return html`<section class="registrations" part="registrations" aria-labelledby="registrations-title">
      ${heading(level, t.registrationsTitle, { id: 'registrations-title' })}
      <p>${t.registrationsCount(taken, session.capacity, waitlisted)}</p>
      ${this.signUps.render({
        pending: () => renderSkeleton(1, lang, 'skeleton-card', { announce: false }),
        error: (error) => renderError(error, lang, () => this.signUps.run()),
        complete: (items) =>
          !items?.length
            ? html`<p>${t.registrationsNone}</p>`
            : html`<div class="table-scroll" role="region" aria-labelledby="registrations-caption" tabindex="0">
                  <table>
                    <caption id="registrations-caption">${t.registrationsCaption}</caption>
                    <thead>
                      <tr><th scope="col">${t.columnName}</th><th scope="col">${t.columnEmail}</th><th scope="col">${t.columnStatus}</th><th scope="col">${t.columnWhen}</th></tr>
                    </thead>
                    <tbody>
                      ${shown.map(
                        (r) => html`<tr>
                          <td>${r.name}</td>
                          <td><a href="mailto:${r.email}">${r.email}</a></td>
                          <td>${statusText[r.status] ?? r.status}</td>
                          <td>${formatDate(r.receivedAt.slice(0, 10), lang)}</td>
                        </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>
                ${items.length > shown.length
                  ? html`<button type="button" class="link-button show-more" @click=${this.#more}>${t.showMore(Math.min(SHOWN_AT_ONCE, items.length - shown.length))}</button>`
                  : nothing}
                <div class="actions">
                  <button type="button" part="export" class="button secondary" @click=${this.#download}>${t.download}</button>
                </div>`,
      })}
      <p class="visually-hidden" role="status">${this.downloadNote}</p>
    </section>`;
  }

  /** Shows the next sign-ups; says so, and keeps focus in the table (the button may be gone). */
  #more = () => {
    const total = this.signUps.value?.length ?? 0;
    this.shownSignUps = Math.min(total, this.shownSignUps + SHOWN_AT_ONCE);
    this.downloadNote = messages[this.uiLang].shownMore(this.shownSignUps, total);
    if (this.shownSignUps >= total) this.#focus = 'registrations';
  };

  #download = async (event: Event) => {
    const id = this.#id;
    if (!id) return;
    const t = messages[this.uiLang];
    const button = event.currentTarget as HTMLElement;
    this.downloadNote = t.downloading;
    try {
      const { blob, fileName } = await downloadRegistrations(this.requireClient(), id, { lang: this.uiLang });
      const name = fileName ?? `aanmeldingen-${id}.csv`;
      saveFile(blob, name, button.parentElement ?? this.renderRoot);
      this.downloadNote = t.downloaded(name);
    } catch (error) {
      if (error instanceof FlexschilError) emit(this, 'flexschil-error', error.toDetail());
      this.downloadNote = t.downloadFailed;
    }
  };

  #renderCancelDialog(lang: Lang, level: number): TemplateResult {
    const t = messages[lang];
    const busy = this.#writes.busy && this.cancelling;
    const unsaved = changedFields(this.values, this.#baseValues).length > 0;
    return html`<dialog class="cancel-dialog" part="cancel-dialog" aria-labelledby="cancel-title" aria-describedby="cancel-text" @cancel=${this.#closeCancel}>
      ${heading(level, t.cancelTitle, { id: 'cancel-title' })}
      <p id="cancel-text">${t.cancelText(this.#people())}${unsaved ? html` ${t.cancelUnsaved}` : nothing}</p>
      <div class="actions">
        <button type="button" class="button" aria-disabled=${busy ? 'true' : 'false'} @click=${this.#confirmCancel}>${busy ? t.cancelling : t.cancelConfirm}</button>
        <button type="button" class="button secondary" autofocus @click=${this.#closeCancel}>${t.cancelKeep}</button>
      </div>
    </dialog>`;
  }

  // --- editing -----------------------------------------------------------------------------------

  #onEdit = (event: Event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const name = control.name as FieldName;
    if (!fieldOrder.includes(name) || name === 'question') return;
    let value: unknown = control.value;
    if (name === 'fields') {
      const boxes = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="fields"]')];
      value = boxes.filter((box) => box.checked).map((box) => box.value);
    }
    this.#change({ ...this.values, [name]: value } as SessionValues, name);
  };

  /** A value changed: kept in the draft; after an attempt to save, its problem is checked again at once. */
  #change(values: SessionValues, name: FieldName): void {
    if (JSON.stringify(values[name]) === JSON.stringify(this.values[name])) return;
    this.values = values;
    this.#dirty.add(name);
    this.undoDiscard = null;
    if (this.#submitted) this.#checkFields([name]);
    this.#keepDraft();
  }

  /**
   * Leaving a field that was changed checks it (not before: an empty form is not a wall of
   * errors); a message it brings is said in the status region (WCAG 4.1.3), and the check waits
   * while a press in the form lasts, so a button does not move away under it (shared/press-guard.ts).
   */
  #onLeave = (event: FocusEvent) => {
    const control = event.target as HTMLElement;
    const name = (control.getAttribute('name') ?? (control.id === controlId('question') ? 'question' : '')) as FieldName;
    const within = (event.relatedTarget as Element | null)?.closest?.('[data-field]')?.getAttribute('data-field');
    if (!name || !(this.#dirty.has(name) || this.errors[name]) || within === name) return;
    const before = errorMessageOf(control);
    this.#press.run(async () => {
      this.#checkFields([name]);
      const message = await newErrorMessage(this, control, before, () => this.status);
      if (message) this.status = message;
    });
  };

  /** The problems of the form as a whole, by the control they belong to. */
  #check(): { result: ReturnType<typeof checkSessionDraft>; errors: Partial<Record<FieldName, FieldError>>; general: string[] } {
    const lang = this.uiLang;
    const v = this.values;
    const body = { ...draftInput(v), status: 'open', assignmentId: null };
    const result = checkSessionDraft(body, { now: new Date(), creating: !this.base, registered: this.#taken() });
    const errors: Partial<Record<FieldName, FieldError>> = {};
    const general: string[] = [];
    // A day or a time left empty is named as such, not as "the start".
    for (const name of ['date', 'startTime', 'endTime'] as const) {
      if (!v[name]) errors[name] = { text: draftIssueText({ name, code: 'required' }, lang) };
    }
    // A time the clock skips (the last Sunday of March, 02.00 to 03.00) is no moment at all.
    const skipped = (day: string, time: string) => !!day && !!time && dutchWallClock(dutchInstantOf(day, time) ?? '')?.time !== time;
    if (skipped(v.date, v.startTime)) errors.startTime = { text: messages[lang].timeSkipped };
    if (skipped(v.endDate || v.date, v.endTime)) errors.endTime = { text: messages[lang].timeSkipped };
    if (!result.ok) {
      for (const issue of result.issues) {
        const field = formField(issue.name, v);
        const named = field === 'url' ? { ...issue, name: 'sessionUrl' } : field === 'date' || field === 'endTime' ? { ...issue, name: field } : issue;
        // Fewer seats than people hold one (the rules' `count`): the reason, not only the range.
        const text = field === 'capacity' && issue.code === 'range' && issue.params?.count ? messages[lang].capacityBelowTaken(issue.params.count) : draftIssueText(named, lang);
        if (field && !errors[field]) errors[field] = { text };
        else if (!field) general.push(draftIssueText(issue, lang));
      }
    }
    return { result, errors, general };
  }

  #checkFields(names: readonly FieldName[]): void {
    const { errors } = this.#check();
    const next = { ...this.errors };
    for (const name of names) {
      // The backend's verdict stands until the poster changes the field.
      if (next[name]?.server && !this.#dirty.has(name)) continue;
      if (errors[name]) next[name] = errors[name];
      else delete next[name];
    }
    // The day and the times make one instant: a change of one can settle the others' problem.
    if (names.some((n) => n === 'date' || n === 'startTime' || n === 'endTime' || n === 'endDate')) {
      for (const name of ['date', 'startTime', 'endTime', 'endDate', 'signUpDeadline'] as const) {
        if (!errors[name] && !(next[name]?.server && !this.#dirty.has(name))) delete next[name];
      }
    }
    this.errors = next;
  }

  // --- drafts ------------------------------------------------------------------------------------

  #draftKey(id: string | null): string {
    return `flexschil:session-editor:${id ?? 'new'}`;
  }

  #readDraft(id: string | null): Draft | null {
    const raw = readDraft(this.#draftKey(id)) as Partial<Draft> | null;
    if (!raw || typeof raw !== 'object' || !raw.values || typeof raw.values !== 'object') return null;
    const base = raw.base && typeof raw.base === 'object' ? raw.base : null;
    const etag = base && typeof base.etag === 'string' ? base.etag : null;
    const pending = raw.pending && typeof raw.pending.key === 'string' && raw.pending.body && typeof raw.pending.body === 'object' ? raw.pending : null;
    return { values: valuesOf(raw.values), base: base ? { values: valuesOf(base.values), etag } : null, pending };
  }

  #keepDraft(): void {
    const id = this.#id;
    if (!this.#pending && !changedFields(this.values, this.#baseValues).length) this.#clearDraft(id);
    else writeDraft(this.#draftKey(id), { values: this.values, base: this.base ? { values: this.#baseValues, etag: this.base.etag } : null, pending: this.#pending } satisfies Draft);
  }

  #clearDraft(id: string | null): void {
    removeDraft(this.#draftKey(id));
  }

  #discard = () => {
    const before = { values: this.values, pending: this.#pending };
    const t = messages[this.uiLang];
    this.#clearDraft(this.#id);
    this.restored = false;
    this.values = structuredClone(this.#baseValues);
    this.#pending = null;
    this.errors = {};
    this.summaryAttempt = 0;
    this.#richText.setValue(this.values.question);
    this.status = `${t.draftDiscarded} ${t.undoDiscardHint}`;
    // The button that had focus is gone: go on at the first field.
    this.#focus = 'title';
    this.undoDiscard = () => {
      this.values = before.values;
      this.#pending = before.pending;
      this.#richText.setValue(this.values.question);
      this.undoDiscard = null;
      this.restored = true;
      this.status = t.draftBack;
      this.#keepDraft();
      this.#focus = 'title';
    };
  };

  #another = () => {
    const previous = this.base?.value;
    this.#clearDraft(null);
    this.#formFor = null;
    this.base = null;
    this.#start(null);
    this.#focus = 'title';
    if (previous) emit(this, 'session-new', { previous });
  };

  // --- saving ------------------------------------------------------------------------------------

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.#writes.once(() => this.#save());
  };

  async #save(): Promise<void> {
    if (this.#writes.busy) return;
    this.#submitted = true;
    this.undoDiscard = null;
    this.failure = null;
    this.outcome = null;
    const { result, errors, general } = this.#check();
    this.errors = errors;
    this.general = general;
    if (!result.ok || Object.keys(errors).length) {
      this.summaryAttempt = nextSummary();
      this.#focus = 'summary';
      return;
    }
    this.summaryAttempt = 0;
    const draft = result.value;
    if (this.base) await this.#update();
    else await this.#create({ ...draft, assignmentId: this.assignmentId || null });
  }

  async #create(body: SessionDraft): Promise<void> {
    const lang = this.uiLang;
    const client = this.requireClient();
    // One key per session, kept (in the draft too) until the backend answered: every retry, even
    // after a reload, is the same request, so the session is posted once.
    const pending = this.#pending ?? { key: newIdempotencyKey(), body: body as unknown as Record<string, unknown> };
    this.#pending = pending;
    this.#keepDraft();
    this.status = messages[lang].savingStatus;
    const outcome = await this.#writes.send(async (signal) => {
      try {
        return { saved: await createSession(client, body, { idempotencyKey: pending.key, signal, lang }), settled: false };
      } catch (error) {
        if (!(error instanceof FlexschilError && keyTaken(error)) || JSON.stringify(pending.body) === JSON.stringify(body)) throw error;
        // The first request with this key did arrive (with what the form held then): its answer is
        // the session; what was changed since stays in the form, to be saved as a change.
        return { saved: await createSession(client, pending.body as unknown as SessionDraft, { idempotencyKey: pending.key, signal, lang }), settled: true };
      }
    });
    if ('abandoned' in outcome) return;
    this.status = '';
    if ('failed' in outcome) return this.#failed(outcome.failed, 'save');
    const { saved, settled } = outcome.sent;
    this.#clearDraft(null);
    this.#pending = null;
    this.#adopt(saved, !settled);
    this.#done(settled ? 'settled' : 'created', saved.value);
  }

  async #update(): Promise<void> {
    const lang = this.uiLang;
    const client = this.requireClient();
    const base = this.base!;
    const before = draftInput(this.#baseValues) as unknown as Record<string, unknown>;
    const patch = patchOf(draftInput(this.values) as unknown as Record<string, unknown>, before) as Partial<SessionDraft>;
    if (!Object.keys(patch).length) {
      this.conflict = null;
      this.outcome = { kind: 'nothing', title: '' };
      this.#focus = 'saved';
      return;
    }
    const sent = this.values;
    this.status = messages[lang].savingStatus;
    const outcome = await this.#writes.send(async (signal) => {
      const etag = await this.#etag(signal);
      return etag === NEWER ? null : updateSession(client, base.value.id, patch, etag, { signal, lang });
    });
    if ('abandoned' in outcome) return;
    this.status = '';
    if ('failed' in outcome) return this.#failed(outcome.failed, 'save');
    if (!outcome.sent) return; // a newer version came up first: shown, not overwritten
    this.#adopt(outcome.sent, this.values === sent);
    this.#done('updated', outcome.sent.value);
  }

  /**
   * The ETag to send: the one of the version edited. Without one (a create's answer replayed for
   * its key, a backend that gives none) it is asked for: `NEWER` when that turned up a version
   * other than the one shown (now shown as a conflict), null when the backend has no ETag to give
   * (the change then goes without `If-Match`; a backend that insists answers 428, shown as a failure).
   */
  async #etag(signal: AbortSignal): Promise<string | null | typeof NEWER> {
    const base = this.base!;
    if (base.etag) return base.etag;
    const fresh = await getSessionForEditing(this.requireClient(), base.value.id, { signal, lang: this.uiLang });
    if (JSON.stringify(valuesFrom(fresh.value, cleanHtml)) === JSON.stringify(this.#baseValues) && fresh.value.status === base.value.status) {
      this.base = fresh;
      return fresh.etag;
    }
    this.#enterConflict(fresh);
    return NEWER;
  }

  /** The seats taken and the sign-ups as they are now (the version edited stays the same one). */
  async #recount(): Promise<void> {
    const base = this.base;
    if (!base) return;
    this.signUps.run();
    const fresh = await getSessionForEditing(this.requireClient(), base.value.id, { lang: this.uiLang }).catch(() => null);
    if (fresh && this.base === base && fresh.etag === base.etag) this.base = { ...base, value: { ...base.value, seatsLeft: fresh.value.seatsLeft } };
  }

  /** The version the backend answered becomes the one edited. */
  #adopt(saved: Versioned<Session>, showIt: boolean): void {
    const wasNew = !this.base;
    this.base = saved;
    this.#baseValues = valuesFrom(saved.value, cleanHtml);
    if (showIt) {
      this.values = structuredClone(this.#baseValues);
      this.#richText.setValue(this.values.question);
    }
    this.conflict = null;
    this.#dirty.clear();
    this.#submitted = false;
    this.errors = {};
    this.restored &&= changedFields(this.values, this.#baseValues).length > 0;
    this.#keepDraft();
    // A session just created has sign-ups from now on; a change may have moved the waitlist up.
    if (!wasNew) this.signUps.run();
  }

  #done(kind: Outcome, session: Session): void {
    this.outcome = { kind, title: session.title };
    this.failure = null;
    this.#focus = 'saved';
    emit(this, 'session-saved', { session });
  }

  /**
   * A 412: someone else saved a newer version; it is fetched with its ETag and shown beside the
   * poster's. Calling off: when the other called it off, that is what the poster wanted (said so);
   * otherwise it is not called off yet, and the notice says to look and call it off again.
   */
  async #stale(action: 'save' | 'cancel'): Promise<void> {
    const id = this.#id!;
    const outcome = await this.#writes.send((signal) => getSessionForEditing(this.requireClient(), id, { signal, lang: this.uiLang }));
    if ('abandoned' in outcome) return;
    if ('failed' in outcome) return this.#failed(outcome.failed, action);
    const fresh = outcome.sent;
    if (action === 'cancel' && fresh.value.status === 'cancelled') {
      const unsaved = changedFields(this.values, this.#baseValues).length > 0;
      this.#adopt(fresh, !unsaved);
      this.outcome = { kind: 'cancelled', title: fresh.value.title };
      this.#focus = 'saved';
      return;
    }
    this.#enterConflict(fresh);
    if (action === 'cancel') {
      this.failure = { action, message: messages[this.uiLang].cancelAgain, retry: this.#openCancel };
      this.#focus = 'failure';
    }
  }

  /** Shows the newer version next to what the poster typed; what only the other changed is taken over. */
  #enterConflict(theirs: Versioned<Session>): void {
    const origin = this.#baseValues;
    const mine = this.conflict?.mine ?? this.values;
    const theirValues = valuesFrom(theirs.value, cleanHtml);
    const fields = conflictingFields(fieldOrder, { base: origin, mine, theirs: theirValues }, same).filter(({ name }) => !same(name, mine, theirValues));
    const values = { ...mine } as unknown as Record<string, unknown>;
    for (const { name, both } of fields) if (!both) values[name] = structuredClone(theirValues[name]);
    const wasOpen = this.base?.value.status !== 'cancelled';
    this.conflict = { mine, theirs: theirValues, fields, cancelled: wasOpen && theirs.value.status === 'cancelled' };
    this.base = theirs;
    this.#baseValues = theirValues;
    this.values = values as unknown as SessionValues;
    this.#richText.setValue(this.values.question);
    this.#keepDraft();
    this.#focus = 'conflict';
  }

  #failed(error: FlexschilError, action: 'save' | 'cancel'): void {
    if (error.status === 412) {
      void this.#stale(action);
      return;
    }
    if (error.kind === 'unexpected') console.error('[flexschil]', error);
    emit(this, 'flexschil-error', error.toDetail());
    const lang = this.uiLang;
    const t = messages[lang];
    // A definite refusal stored nothing: the next attempt is a new request with a new key.
    if (error.kind === 'invalid-input' || error.kind === 'conflict' || error.kind === 'too-large') this.#pending = null;
    this.#keepDraft();
    if (error.kind === 'invalid-input' && error.invalidParams.length) {
      const errors: Partial<Record<FieldName, FieldError>> = {};
      const general: string[] = [];
      for (const param of error.invalidParams) {
        const field = formField(param.name, this.values);
        if (field && !errors[field]) errors[field] = { text: param.reason, server: true };
        else if (!field) general.push(param.reason);
      }
      this.errors = errors;
      this.general = general;
      this.#dirty.clear();
      this.summaryAttempt = nextSummary();
      this.#focus = 'summary';
      // Refused for the seats: people signed up meanwhile, so the counts beside it are read again.
      if (errors.capacity) void this.#recount();
      return;
    }
    const message: Partial<Record<FlexschilError['kind'], string>> = {
      'no-endpoint': t.failedConfig,
      config: t.failedUnavailable,
      network: sending[lang].network,
      unreachable: sending[lang].network,
      timeout: sending[lang].timeout,
      'rate-limited': sending[lang].busy(error.retryAfter),
      unavailable: sending[lang].busy(error.retryAfter),
      unauthorized: t.failedAuth,
      forbidden: t.failedForbidden,
      'not-found': t.failedNotFound,
      rejected: error.detail || t.failedRejected,
      conflict: error.detail || t.failedRejected,
    };
    // 428: the backend wants If-Match but gave no ETag to send; trying again cannot help.
    const noVersion = error.status === 428;
    const hopeless = noVersion || error.kind === 'no-endpoint' || error.kind === 'config' || error.kind === 'forbidden' || error.kind === 'not-found';
    const again = action === 'cancel' ? this.#openCancel : () => void this.#writes.once(() => this.#save());
    this.failure = { action, message: noVersion ? t.failedNoVersion : (message[error.kind] ?? sending[lang].server), retry: hopeless ? null : again };
    this.#focus = 'failure';
  }

  // --- calling it off ----------------------------------------------------------------------------

  #openCancel = () => {
    this.cancelling = true;
    this.failure = null;
    this.outcome = null;
  };

  #closeCancel = (event?: Event) => {
    event?.preventDefault();
    if (this.#writes.busy) return;
    this.cancelling = false;
    this.#focus = 'cancel';
  };

  #confirmCancel = async () => {
    const base = this.base;
    if (this.#writes.busy || !base) return;
    const lang = this.uiLang;
    this.status = messages[lang].cancelling;
    const outcome = await this.#writes.send(async (signal) => {
      const etag = await this.#etag(signal);
      return etag === NEWER ? null : updateSession(this.requireClient(), base.value.id, { status: 'cancelled' }, etag, { signal, lang });
    });
    if ('abandoned' in outcome) return;
    this.status = '';
    this.cancelling = false;
    if ('failed' in outcome) return this.#failed(outcome.failed, 'cancel');
    if (!outcome.sent) return;
    // Only the status changed: what the poster typed and did not save yet stays in the form.
    this.#adopt(outcome.sent, !changedFields(this.values, this.#baseValues).length);
    this.#done('cancelled', outcome.sent.value);
  };

  /** The dialog opens and closes with the state: `showModal()` makes the rest of the page inert. */
  #syncDialog(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('.cancel-dialog');
    if (!dialog) return;
    if (this.cancelling && !dialog.open) dialog.showModal();
    else if (!this.cancelling && dialog.open) dialog.close();
  }

  #focusNow(target: Focus): void {
    const find = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    if (target === 'summary') find('.error-summary')?.focus();
    else if (target === 'failure') find('.failure')?.focus();
    else if (target === 'saved') find('.saved-title')?.focus();
    else if (target === 'conflict') find('.conflict')?.focus();
    else if (target === 'cancel') (find('.cancel-session') ?? find('[part="submit"]'))?.focus();
    else if (target === 'registrations') find('.registrations .table-scroll')?.focus();
    else find(`#${controlId('title')}`)?.focus();
  }
}

/** A draft's values parsed like any input: only the form's own members, of the form's own types. */
function valuesOf(raw: unknown): SessionValues {
  const given = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const values = emptyValues() as unknown as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(values)) {
    const value = given[key];
    if (Array.isArray(fallback)) values[key] = Array.isArray(value) ? value.filter((x) => typeof x === 'string') : fallback;
    else if (typeof value === 'string') values[key] = value;
  }
  return values as unknown as SessionValues;
}

/** Whether a field has the same value in two sets of values. */
function same(name: FieldName, a: SessionValues, b: SessionValues): boolean {
  return JSON.stringify(a[name]) === JSON.stringify(b[name]);
}
