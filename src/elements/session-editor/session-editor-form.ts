/**
 * The form of `<session-editor>`: its state and what happens on edit, save, a 412 and calling the
 * session off. The element makes one, for its whole life,
 * and renders it once the visitor may post and the code lists are in. Templates are plain
 * functions (templates.ts), the value model is pure (values.ts), the draft is draft.ts, the
 * sign-ups are a controller of their own (sign-ups.ts), as is the call-off's dialog.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ClientCore, Versioned } from '../../api/core.js';
import { FlexschilError } from '../../api/errors.js';
import { keyTaken } from '../../api/idempotency.js';
import { createSession, getSessionForEditing, updateSession } from '../../api/organising.js';
import { newIdempotencyKey } from '../../api/personal.js';
import { dutchInstantOf, dutchWallClock } from '../../api/rules/dutch-clock.js';
import { checkSessionDraft, type SessionDraft } from '../../api/rules/session-draft.js';
import type { Session, Vocabularies } from '../../api/schemas.js';
import { draftIssueText } from '../../i18n/draft-errors.js';
import type { Lang } from '../../i18n/lang.js';
import { writeFailure } from '../../shared/write-failure.js';
import { sessionEditor as messages } from '../../i18n/session-editor.js';
import { emit, emitRendered } from '../../shared/events.js';
import { nextSummary, renderDraftNotice, renderErrorSummary, renderFailureNotice } from '../../shared/form-templates.js';
import { errorMessageOf, newErrorMessage } from '../../shared/left-field.js';
import { PressGuard } from '../../shared/press-guard.js';
import { cleanHtml, RichText } from '../../shared/rich-text.js';
import { ModalDialog } from '../../shared/modal.js';
import { mergeNewer, type Side } from '../../shared/version-conflict.js';
import { WriteController } from '../../shared/write-controller.js';
import { clearDraft, loadDraft, type Pending, saveDraft } from './draft.js';
import { SignUps } from './sign-ups.js';
import * as view from './templates.js';
import { changedFields, draftInput, emptyValues, type FieldName, fieldOrder, formField, patchOf, same, type SessionValues, valuesFrom } from './values.js';

/** What `#etag()` answers when asking for the version turned up a newer one (now shown). */
const NEWER = Symbol('newer version shown');
/** The fields whose change is told to everyone holding a place (see `SessionForm.#telling`). */
const WHEN_AND_WHERE: ReadonlySet<FieldName> = new Set(['date', 'startTime', 'endTime', 'endDate', 'place']);

type Focus = 'summary' | 'failure' | 'saved' | 'conflict' | 'cancel' | 'title';

/** The element the form is part of: it renders the form in its root and its language; what to edit it says through {@link SessionForm.start} and {@link SessionFormLoads}. */
export type SessionFormHost = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly uiLang: Lang;
  };

/** What the form asks of its element, at the moment it needs it. */
export interface SessionFormLoads {
  /** The client for the element's configuration, or null when no endpoint is known. */
  client(): ClientCore | null;
  /** The client, or a configuration error (`no-endpoint`). */
  requireClient(): ClientCore;
  /** Whether the visitor may post (`GET /me`). */
  allowed(): boolean;
  /** The assignment a new session presents (the element's `assignment-id`), sent as its `assignmentId`. */
  assignmentId(): string | null;
  /** Who the drafts belong to (shared/draft-owner.ts). */
  owner(): string;
}

/** What a render of the form needs: the code lists, the language, the level of its headings. */
export interface SessionFormContext {
  vocabularies: Vocabularies;
  lang: Lang;
  headingLevel: number;
}

export class SessionForm {
  #values: SessionValues = emptyValues();
  #errors: Partial<Record<FieldName, view.FieldError>> = {};
  #general: string[] = [];
  #summaryAttempt = 0;
  /** What the last save or call-off did; `people`: how many a call-off told. */
  #outcome: { kind: view.Outcome; title: string; people?: number } | null = null;
  #failure: { action: 'save' | 'cancel'; message: string; retry: (() => void) | null } | null = null;
  #conflict: view.Conflict | null = null;
  #restored = false;
  #undoDiscard: (() => void) | null = null;
  #status = '';

  /** The sign-ups of the session edited. */
  readonly #signUps: SignUps;
  readonly #writes: WriteController;
  /** The confirmation of calling the session off. */
  readonly #cancelDialog: ModalDialog;
  readonly #press: PressGuard;
  readonly #richText: RichText;
  /** The session the form edits (after a create: the one created), its version, and its values. */
  #base: Versioned<Session> | null = null;
  #baseValues: SessionValues = emptyValues();
  #pending: Pending | null = null;
  /** The `session-id` the form was made for (`''` for a new one); null before it was made. */
  #formFor: string | null = null;
  #dirty = new Set<FieldName>();
  #submitted = false;
  #focus: Focus | null = null;

  constructor(
    private readonly host: SessionFormHost,
    private readonly loads: SessionFormLoads,
  ) {
    this.#signUps = new SignUps(host, { ...loads, id: () => this.id });
    this.#writes = new WriteController(host);
    this.#cancelDialog = new ModalDialog(host, '.cancel-dialog');
    this.#press = new PressGuard();
    this.#richText = new RichText(host, (question) => this.#change({ ...this.#values, question }, 'question'));
  }

  /** The `session-id` the form was made for (`''` for a new one); null before it was made. */
  get formFor(): string | null {
    return this.#formFor;
  }

  /** The session edited (after a create: the one created), or null. */
  get session(): Session | null {
    return this.#base?.value ?? null;
  }

  /** The id of the session edited: the attribute's, or the one just created. */
  get id(): string | null {
    return this.#base?.value.id ?? null;
  }

  /** After the element's update: focus goes where the last action sends it. */
  updated(): void {
    const target = this.#focus;
    this.#focus = null;
    if (target) queueMicrotask(() => this.#focusNow(target));
  }

  // --- the form ----------------------------------------------------------------------------------

  /**
   * A fresh form for a new session (`initial` null) or one to change, with the draft kept for it;
   * `key` is the element's `session-id` it is for (`''` for none): see {@link formFor}.
   */
  start(initial: Versioned<Session> | null, key: string): void {
    this.#formFor = key;
    this.#writes.abandon();
    const draft = loadDraft(initial?.value.id ?? null, this.loads.owner());
    const freshValues = initial ? valuesFrom(initial.value, cleanHtml) : emptyValues();
    // A draft of a change goes on from the version it started from: a newer one is shown as a conflict below.
    const draftBase = initial ? (draft?.base ?? { values: freshValues, etag: initial.etag }) : null;
    const draftBaseValues = draftBase?.values ?? emptyValues();
    this.#restored = !!draft && (changedFields(draft.values, draftBaseValues).length > 0 || (!initial && !!draft.pending));
    this.#base = initial;
    if (draft && this.#restored) {
      this.#baseValues = draftBaseValues;
      this.#values = draft.values;
      this.#pending = initial ? null : draft.pending;
    } else {
      clearDraft(initial?.value.id ?? null);
      this.#baseValues = freshValues;
      this.#values = structuredClone(freshValues);
      this.#pending = null;
    }
    this.#errors = {};
    this.#general = [];
    this.#summaryAttempt = 0;
    this.#outcome = null;
    this.#failure = null;
    this.#conflict = null;
    this.#undoDiscard = null;
    this.#signUps.reset();
    this.#dirty.clear();
    this.#submitted = false;
    this.host.requestUpdate();
    this.#richText.setValue(this.#values.question);
    if (initial && draftBase && this.#restored && draftBase.etag !== initial.etag) this.#enterConflict(initial);
  }

  render({ vocabularies, lang, headingLevel: level }: SessionFormContext): TemplateResult {
    const t = messages[lang];
    const v = this.#view(lang);
    const saving = this.#writes.busy && !this.#cancelDialog.isOpen;
    const session = this.#base?.value ?? null;
    const cancelled = session?.status === 'cancelled';
    const items = this.#summaryItems();
    const telling = this.#telling();
    return html`${this.#outcome ? this.#renderSaved(lang, level) : nothing}
      ${this.#restored ? renderDraftNotice(t, { discard: this.#discard }) : this.#undoDiscard ? renderDraftNotice(t, { undo: this.#undoDiscard }) : nothing}
      ${this.#failure
        ? renderFailureNotice({
            title: this.#failure.action === 'cancel' ? t.failedCancel : t.failedSave,
            reason: this.#failure.message,
            kept: t.kept,
            retry: this.#failure.retry ? { hint: !this.id ? t.noDuplicates : null, label: t.retry, run: this.#failure.retry } : null,
          })
        : nothing}
      ${this.#conflict ? view.conflictNotice(v, this.#conflict, level, vocabularies, this.#choose) : nothing}
      ${this.#summaryAttempt > 0 && (items.length || this.#general.length)
        ? renderErrorSummary(t.summaryTitle, level, items, this.#general, this.#follow, this.#summaryAttempt)
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
        ${view.formSections(v, vocabularies, this.#richText, this.#taken())}
        ${telling ? html`<p id="tell-hint" class="hint tell-hint">${telling === 'seats' ? t.tellSeats : t.tellEveryone}</p>` : nothing}
        <div class="actions">
          <button part="submit" type="submit" class="button" aria-disabled=${saving ? 'true' : 'false'} aria-describedby=${telling ? 'tell-hint' : nothing}>
            ${saving ? t.saving : session ? t.save : t.create}
          </button>
          ${session && !cancelled
            ? html`<button type="button" part="cancel" class="button secondary danger cancel-session" @click=${this.#openCancel}>${t.cancelSession}</button>`
            : nothing}
        </div>
      </form>
      <p class="visually-hidden" role="status" aria-live="polite">${this.#status}</p>
      ${session ? this.#signUps.render(session, this.#taken(), lang, level) : nothing} ${session && !cancelled ? this.#renderCancelDialog(lang, level) : nothing}`;
  }

  #view(lang: Lang): view.FormView {
    return { lang, values: this.#values, errors: this.#errors };
  }

  /**
   * Whom saving the form as it is would tell (the reference server mails them): everyone holding a
   * seat or a waitlist place when its day, times or place change, or the link to join online comes
   * or goes; the seats alone when only that link changes (only seats get it); else nobody.
   */
  #telling(): 'everyone' | 'seats' | null {
    const s = this.#base?.value;
    if (!s || s.status === 'cancelled' || !this.#signUps.people(this.#taken())) return null;
    const changed = changedFields(this.#values, this.#baseValues);
    const online = (values: SessionValues) => !!values.onlineUrl.trim();
    if (changed.some((f) => WHEN_AND_WHERE.has(f)) || online(this.#values) !== online(this.#baseValues)) return 'everyone';
    return changed.includes('onlineUrl') && this.#taken() ? 'seats' : null;
  }

  /** The seats taken in the session edited: fewer seats than that, the rules refuse. */
  #taken(): number {
    const s = this.#base?.value;
    return s ? Math.max(0, s.capacity - s.seatsLeft) : 0;
  }

  #summaryItems(): { key: FieldName; id: string; text: string }[] {
    return fieldOrder.filter((name) => this.#errors[name]).map((name) => ({ key: name, id: view.controlId(name), text: this.#errors[name]!.text }));
  }

  #follow = (name: FieldName, event: Event) => {
    event.preventDefault();
    if (name === 'question') this.#richText.focus();
    else this.host.renderRoot.querySelector<HTMLElement>(`#${view.controlId(name)}`)?.focus();
  };

  #renderSaved(lang: Lang, level: number): TemplateResult {
    const { kind, title, people = 0 } = this.#outcome!;
    const unsaved = kind === 'cancelled' && changedFields(this.#values, this.#baseValues).length > 0;
    return view.savedNotice(lang, level, { kind, title, people }, unsaved, this.#another);
  }

  #choose = (name: string, side: Side) => {
    const conflict = this.#conflict;
    if (!conflict) return;
    const field = name as FieldName;
    const source = side === 'mine' ? conflict.mine : conflict.theirs;
    const values = { ...this.#values, [field]: structuredClone(source[field]) } as SessionValues;
    if (field === 'question') this.#richText.setValue(values.question);
    this.#change(values, field);
  };

  // --- the sign-ups ------------------------------------------------------------------------------

  #renderCancelDialog(lang: Lang, level: number): TemplateResult {
    return view.cancelDialog({
      lang,
      level,
      people: this.#signUps.people(this.#taken()),
      unsaved: changedFields(this.#values, this.#baseValues).length > 0,
      busy: this.#writes.busy && this.#cancelDialog.isOpen,
      confirm: this.#confirmCancel,
      close: this.#closeCancel,
    });
  }

  // --- editing -----------------------------------------------------------------------------------

  #onEdit = (event: Event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const name = control.name as FieldName;
    if (!fieldOrder.includes(name) || name === 'question') return;
    let value: unknown = control.value;
    if (name === 'fields') {
      const boxes = [...this.host.renderRoot.querySelectorAll<HTMLInputElement>('input[name="fields"]')];
      value = boxes.filter((box) => box.checked).map((box) => box.value);
    }
    this.#change({ ...this.#values, [name]: value } as SessionValues, name);
  };

  /** A value changed: kept in the draft; after an attempt to save, its problem is checked again at once. */
  #change(values: SessionValues, name: FieldName): void {
    if (JSON.stringify(values[name]) === JSON.stringify(this.#values[name])) return;
    this.#values = values;
    this.#dirty.add(name);
    this.#undoDiscard = null;
    this.host.requestUpdate();
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
    const name = (control.getAttribute('name') ?? (control.id === view.controlId('question') ? 'question' : '')) as FieldName;
    const within = (event.relatedTarget as Element | null)?.closest?.('[data-field]')?.getAttribute('data-field');
    if (!name || !(this.#dirty.has(name) || this.#errors[name]) || within === name) return;
    const before = errorMessageOf(control);
    this.#press.run(async () => {
      this.#checkFields([name]);
      const message = await newErrorMessage(this.host, control, before, () => this.#status);
      if (message !== null) {
        this.#status = message;
        this.host.requestUpdate();
      }
    });
  };

  /** The problems of the form as a whole, by the control they belong to. */
  #check(): { result: ReturnType<typeof checkSessionDraft>; errors: Partial<Record<FieldName, view.FieldError>>; general: string[] } {
    const lang = this.host.uiLang;
    const v = this.#values;
    const body = { ...draftInput(v), status: 'open', assignmentId: null };
    const result = checkSessionDraft(body, { now: new Date(), creating: !this.#base, storedStart: this.#base?.value.startsAt, registered: this.#taken() });
    const errors: Partial<Record<FieldName, view.FieldError>> = {};
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
    const next = { ...this.#errors };
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
    this.#errors = next;
    this.host.requestUpdate();
  }

  // --- drafts ------------------------------------------------------------------------------------

  #keepDraft(): void {
    const id = this.id;
    if (!this.#pending && !changedFields(this.#values, this.#baseValues).length) clearDraft(id);
    else saveDraft(id, this.loads.owner(), { values: this.#values, base: this.#base ? { values: this.#baseValues, etag: this.#base.etag } : null, pending: this.#pending });
  }

  #discard = () => {
    const before = { values: this.#values, pending: this.#pending };
    const t = messages[this.host.uiLang];
    clearDraft(this.id);
    this.#restored = false;
    this.#values = structuredClone(this.#baseValues);
    this.#pending = null;
    this.#errors = {};
    this.#summaryAttempt = 0;
    this.host.requestUpdate();
    this.#richText.setValue(this.#values.question);
    this.#status = `${t.draftDiscarded} ${t.undoDiscardHint}`;
    // The button that had focus is gone: go on at the first field.
    this.#focus = 'title';
    this.#undoDiscard = () => {
      this.#values = before.values;
      this.#pending = before.pending;
      this.host.requestUpdate();
      this.#richText.setValue(this.#values.question);
      this.#undoDiscard = null;
      this.#restored = true;
      this.#status = t.draftBack;
      this.#keepDraft();
      this.#focus = 'title';
    };
  };

  #another = () => {
    const previous = this.#base?.value;
    clearDraft(null);
    this.#base = null;
    this.host.requestUpdate();
    this.start(null, this.#formFor ?? '');
    this.#focus = 'title';
    if (previous) void emitRendered(this.host, 'session-new', { previous });
  };

  // --- saving ------------------------------------------------------------------------------------

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.#writes.once(() => this.#save());
  };

  async #save(): Promise<void> {
    if (this.#writes.busy) return;
    this.#submitted = true;
    this.#undoDiscard = null;
    this.#failure = null;
    this.#outcome = null;
    const { result, errors, general } = this.#check();
    this.#errors = errors;
    this.#general = general;
    this.host.requestUpdate();
    if (!result.ok || Object.keys(errors).length) {
      this.#summaryAttempt = nextSummary();
      this.#focus = 'summary';
      return;
    }
    this.#summaryAttempt = 0;
    const draft = result.value;
    if (this.#base) await this.#update();
    else await this.#create({ ...draft, assignmentId: this.loads.assignmentId() || null });
  }

  async #create(body: SessionDraft): Promise<void> {
    const lang = this.host.uiLang;
    const client = this.loads.requireClient();
    // One key per session, kept (in the draft too) until the backend answered: every retry, even
    // after a reload, is the same request, so the session is posted once.
    const pending = this.#pending ?? { key: newIdempotencyKey(), body: body as unknown as Record<string, unknown> };
    this.#pending = pending;
    this.#keepDraft();
    this.#status = messages[lang].savingStatus;
    this.host.requestUpdate();
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
    this.#status = '';
    this.host.requestUpdate();
    if ('failed' in outcome) return this.#failed(outcome.failed, 'save');
    const { saved, settled } = outcome.sent;
    clearDraft(null);
    this.#pending = null;
    this.#adopt(saved, !settled);
    this.#done(settled ? 'settled' : 'created', saved.value);
  }

  async #update(): Promise<void> {
    const lang = this.host.uiLang;
    const client = this.loads.requireClient();
    const base = this.#base!;
    const before = draftInput(this.#baseValues) as unknown as Record<string, unknown>;
    const patch = patchOf(draftInput(this.#values) as unknown as Record<string, unknown>, before) as Partial<SessionDraft>;
    if (!Object.keys(patch).length) {
      this.#conflict = null;
      this.#outcome = { kind: 'nothing', title: '' };
      this.host.requestUpdate();
      this.#focus = 'saved';
      return;
    }
    const sent = this.#values;
    const telling = this.#telling();
    const told = telling === 'everyone' ? this.#signUps.people(this.#taken()) : telling === 'seats' ? this.#taken() : 0;
    this.#status = messages[lang].savingStatus;
    this.host.requestUpdate();
    const outcome = await this.#writes.send(async (signal) => {
      const etag = await this.#etag(signal);
      return etag === NEWER ? null : updateSession(client, base.value.id, patch, etag, { signal, lang });
    });
    if ('abandoned' in outcome) return;
    this.#status = '';
    this.host.requestUpdate();
    if ('failed' in outcome) return this.#failed(outcome.failed, 'save');
    if (!outcome.sent) return; // a newer version came up first: shown, not overwritten
    this.#adopt(outcome.sent, this.#values === sent);
    this.#done('updated', outcome.sent.value, told);
  }

  /**
   * The ETag to send: the one of the version edited. Without one (a create's answer replayed for
   * its key, a backend that gives none) it is asked for: `NEWER` when that turned up a version
   * other than the one shown (now shown as a conflict), null when the backend has no ETag to give
   * (the change then goes without `If-Match`; a backend that insists answers 428, shown as a failure).
   */
  async #etag(signal: AbortSignal): Promise<string | null | typeof NEWER> {
    const base = this.#base!;
    if (base.etag) return base.etag;
    const fresh = await getSessionForEditing(this.loads.requireClient(), base.value.id, { signal, lang: this.host.uiLang });
    if (JSON.stringify(valuesFrom(fresh.value, cleanHtml)) === JSON.stringify(this.#baseValues) && fresh.value.status === base.value.status) {
      this.#base = fresh;
      this.host.requestUpdate();
      return fresh.etag;
    }
    this.#enterConflict(fresh);
    return NEWER;
  }

  /** The seats taken and the sign-ups as they are now (the version edited stays the same one). */
  async #recount(): Promise<void> {
    const base = this.#base;
    if (!base) return;
    this.#signUps.refresh();
    let fresh: Versioned<Session> | null = null;
    try {
      fresh = await getSessionForEditing(this.loads.requireClient(), base.value.id, { lang: this.host.uiLang });
    } catch {
      return; // the counts stay as they were; the refusal beside them still says why
    }
    if (fresh && this.#base === base && fresh.etag === base.etag) {
      this.#base = { ...base, value: { ...base.value, seatsLeft: fresh.value.seatsLeft } };
      this.host.requestUpdate();
    }
  }

  /** The version the backend answered becomes the one edited. */
  #adopt(saved: Versioned<Session>, showIt: boolean): void {
    const wasNew = !this.#base;
    this.#base = saved;
    this.#baseValues = valuesFrom(saved.value, cleanHtml);
    this.host.requestUpdate();
    if (showIt) {
      this.#values = structuredClone(this.#baseValues);
      this.#richText.setValue(this.#values.question);
    }
    this.#conflict = null;
    this.#dirty.clear();
    this.#submitted = false;
    this.#errors = {};
    this.#restored &&= changedFields(this.#values, this.#baseValues).length > 0;
    this.#keepDraft();
    // A session just created has sign-ups from now on; a change may have moved the waitlist up.
    if (!wasNew) this.#signUps.refresh();
  }

  #done(kind: view.Outcome, session: Session, people?: number): void {
    this.#outcome = { kind, title: session.title, people };
    this.#failure = null;
    this.host.requestUpdate();
    this.#focus = 'saved';
    void emitRendered(this.host, 'session-saved', { session });
  }

  /**
   * A 412: someone else saved a newer version; it is fetched with its ETag and shown beside the
   * poster's. Calling off: when the other called it off, that is what the poster wanted (said so);
   * otherwise it is not called off yet, and the notice says to look and call it off again.
   */
  async #stale(action: 'save' | 'cancel'): Promise<void> {
    const id = this.id!;
    const outcome = await this.#writes.send((signal) => getSessionForEditing(this.loads.requireClient(), id, { signal, lang: this.host.uiLang }));
    if ('abandoned' in outcome) return;
    if ('failed' in outcome) return this.#failed(outcome.failed, action);
    const fresh = outcome.sent;
    if (action === 'cancel' && fresh.value.status === 'cancelled') {
      const unsaved = changedFields(this.#values, this.#baseValues).length > 0;
      this.#adopt(fresh, !unsaved);
      this.#outcome = { kind: 'cancelled', title: fresh.value.title, people: this.#signUps.people(this.#taken()) };
      this.#focus = 'saved';
      // The host page learns it as it would from the poster's own call-off.
      void emitRendered(this.host, 'session-saved', { session: fresh.value });
      return;
    }
    this.#enterConflict(fresh);
    if (action === 'cancel') {
      this.#failure = { action, message: messages[this.host.uiLang].cancelAgain, retry: this.#openCancel };
      this.#focus = 'failure';
    }
  }

  /** Shows the newer version next to what the poster typed; what only the other changed is taken over. */
  #enterConflict(theirs: Versioned<Session>): void {
    const origin = this.#baseValues;
    const mine = this.#conflict?.mine ?? this.#values;
    const theirValues = valuesFrom(theirs.value, cleanHtml);
    const { fields, values } = mergeNewer(fieldOrder, { base: origin, mine, theirs: theirValues }, same);
    const wasOpen = this.#base?.value.status !== 'cancelled';
    this.#conflict = { mine, theirs: theirValues, fields, cancelled: wasOpen && theirs.value.status === 'cancelled' };
    this.#base = theirs;
    this.#baseValues = theirValues;
    this.#values = values;
    this.host.requestUpdate();
    this.#richText.setValue(this.#values.question);
    this.#keepDraft();
    this.#focus = 'conflict';
  }

  #failed(error: FlexschilError, action: 'save' | 'cancel'): void {
    if (error.kind === 'precondition-failed') {
      void this.#stale(action);
      return;
    }
    if (error.kind === 'unexpected') console.error('[flexschil]', error);
    emit(this.host, 'flexschil-error', error.toDetail());
    const lang = this.host.uiLang;
    const t = messages[lang];
    // A definite refusal stored nothing: the next attempt is a new request with a new key.
    if (error.kind === 'invalid-input' || error.kind === 'conflict' || error.kind === 'too-large') this.#pending = null;
    this.#keepDraft();
    if (error.kind === 'invalid-input' && error.invalidParams.length) {
      const errors: Partial<Record<FieldName, view.FieldError>> = {};
      const general: string[] = [];
      for (const param of error.invalidParams) {
        const field = formField(param.name, this.#values);
        if (field && !errors[field]) errors[field] = { text: param.reason, server: true };
        else if (!field) general.push(param.reason);
      }
      this.#errors = errors;
      this.#general = general;
      this.#dirty.clear();
      this.#summaryAttempt = nextSummary();
      this.host.requestUpdate();
      this.#focus = 'summary';
      // Refused for the seats: people signed up meanwhile, so the counts beside it are read again.
      if (errors.capacity) void this.#recount();
      return;
    }
    const { message, hopeless } = writeFailure(error, lang, t);
    const again = action === 'cancel' ? this.#openCancel : () => void this.#writes.once(() => this.#save());
    this.#failure = { action, message, retry: hopeless ? null : again };
    this.host.requestUpdate();
    this.#focus = 'failure';
  }

  // --- calling it off ----------------------------------------------------------------------------

  #openCancel = () => {
    this.#failure = null;
    this.#outcome = null;
    this.#cancelDialog.open();
  };

  #closeCancel = (event?: Event) => {
    event?.preventDefault();
    if (this.#writes.busy) return;
    this.#cancelDialog.close();
    this.#focus = 'cancel';
  };

  #confirmCancel = async () => {
    const base = this.#base;
    if (this.#writes.busy || !base) return;
    const lang = this.host.uiLang;
    const people = this.#signUps.people(this.#taken());
    this.#status = messages[lang].cancelling;
    this.host.requestUpdate();
    const outcome = await this.#writes.send(async (signal) => {
      const etag = await this.#etag(signal);
      return etag === NEWER ? null : updateSession(this.loads.requireClient(), base.value.id, { status: 'cancelled' }, etag, { signal, lang });
    });
    if ('abandoned' in outcome) return;
    this.#status = '';
    this.#cancelDialog.close();
    if ('failed' in outcome) return this.#failed(outcome.failed, 'cancel');
    if (!outcome.sent) return;
    // Only the status changed: what the poster typed and did not save yet stays in the form.
    this.#adopt(outcome.sent, !changedFields(this.#values, this.#baseValues).length);
    this.#done('cancelled', outcome.sent.value, people);
  };

  #focusNow(target: Focus): void {
    const find = (selector: string) => this.host.renderRoot.querySelector<HTMLElement>(selector);
    if (target === 'summary') find('.error-summary')?.focus();
    else if (target === 'failure') find('.failure')?.focus();
    else if (target === 'saved') find('.saved-title')?.focus();
    else if (target === 'conflict') find('.conflict')?.focus();
    else if (target === 'cancel') (find('.cancel-session') ?? find('[part="submit"]'))?.focus();
    else find(`#${view.controlId('title')}`)?.focus();
  }
}
