/**
 * The editor's form: loaded by `<assignment-editor>` only once it is shown (with the rich-text
 * editor), so the code, strings and styles of posting cost nothing to visitors of a public
 * board that loads the same bundle. Measured: see the element's JSDoc.
 *
 * It is a controller of the element (a custom element class must exist before its code is
 * loaded): the form's state and what happens on edit, save, close and a 412. Templates are plain
 * functions (templates.ts: the fields, the comparison after a 412), the value model and the
 * preview's card are pure (values.ts), the draft is draft.ts; saving is a WriteController, the
 * confirmation of closing a ModalDialog, the description a RichText.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ClientCore, Versioned } from '../../api/core.js';
import { keyTaken } from '../../api/idempotency.js';
import { newIdempotencyKey } from '../../api/personal.js';
import { createAssignment, getAssignmentForEditing, updateAssignment } from '../../api/posting.js';
import { FlexschilError } from '../../api/errors.js';
import { type AssignmentDraft, checkAssignmentDraft, postingLimits } from '../../api/rules/posting.js';
import type { Me, Vocabularies } from '../../api/schemas.js';
import { Assignment } from '../../api/validators/assignment.js';
import { assignmentEditorForm as messages } from '../../i18n/assignment-editor-form.js';
import { writeFailure } from '../../shared/write-failure.js';
import { draftIssueText } from '../../i18n/draft-errors.js';
import { today } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { emit, emitRendered } from '../../shared/events.js';
import { formControls, formStyles as sharedFormStyles } from '../../shared/form-styles.js';
import { nextSummary, renderDraftNotice } from '../../shared/form-templates.js';
import { factsStyles } from '../../shared/facts.js';
import { cleanHtml, RichText, richTextStyles } from '../../shared/rich-text.js';
import { conflictStyles, mergeNewer, type Side } from '../../shared/version-conflict.js';
import { ModalDialog } from '../../shared/modal.js';
import { WriteController } from '../../shared/write-controller.js';
import { styles as cardStyles } from '../assignment-list/assignment-list.styles.js';
import { styles as editorStyles } from './assignment-editor.styles.js';
import { clearEditorDraft, loadEditorDraft, saveEditorDraft } from './draft.js';
import * as view from './templates.js';
import {
  changedFields,
  draftInput,
  type EditorValues,
  emptyValues,
  type FieldName,
  fieldOrder,
  formField,
  isFlag,
  isText,
  patchOf,
  previewOf,
  same,
  valuesFrom,
} from './values.js';
import { errorMessageOf, newErrorMessage } from '../../shared/left-field.js';
import { PressGuard } from '../../shared/press-guard.js';

/** The form's styles, adopted by the element when this module has loaded. */
export const formStyles = [factsStyles, cardStyles, richTextStyles, conflictStyles, formControls, sharedFormStyles, editorStyles];

export interface EditorContext {
  client: ClientCore;
  me: Me;
  vocabularies: Vocabularies;
  lang: Lang;
  headingLevel: number;
}

export type EditorHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

type Focus = 'summary' | 'failure' | 'saved' | 'conflict' | 'submit' | 'first' | 'close' | { skill: number } | 'add-skill';
type Base = { value: Assignment; etag: string | null };
/** What `#etag()` answers when asking for the version turned up a newer one (now shown). */
const NEWER = Symbol('newer version shown');


/** Creating: the first request sent with the current key. */
interface Pending {
  key: string;
  body: Record<string, unknown>;
}

export class EditorForm implements ReactiveController {
  readonly richText: RichText;
  readonly #writes: WriteController;
  /** The confirmation of "close now". */
  readonly #closeDialog: ModalDialog;

  #context!: EditorContext;
  /** The form's language, for amounts in its notation (also before the first render). */
  #lang: Lang;
  #id: string | null = null;
  #base: Base | null = null;
  #baseValues: EditorValues = emptyValues();
  #values: EditorValues = emptyValues();
  #errors: Record<string, view.FieldError> = {};
  /** Problems that belong to no field the poster can see (a backend's own). */
  #general: string[] = [];
  /** The attempt whose error summary is shown (`nextSummary()`), 0 for none. */
  #summaryAttempt = 0;
  /** Fields the poster changed: only those are checked when they lose focus. */
  #dirty = new Set<string>();
  /** A field's check on leaving it waits while a press in the form lasts (shared/press-guard.ts). */
  readonly #press = new PressGuard();
  #submitted = false;
  #restored = false;
  /** After "Gooi mijn wijzigingen weg": what puts the discarded changes back, until the form is changed or saved. */
  #undoDiscard: (() => void) | null = null;
  /** Creating: the first request sent with the current key, until it is known to have arrived or not. */
  #pending: Pending | null = null;
  #outcome: { kind: view.Outcome; title: string } | null = null;
  #failure: (view.Failure & { again: () => void }) | null = null;
  #conflict: view.Conflict | null = null;
  #status = '';
  #focus: Focus | null = null;

  constructor(
    private readonly host: EditorHost,
    initial: Versioned<Assignment> | null,
    lang: Lang,
    /** Who the drafts belong to (shared/draft-owner.ts). */
    private readonly owner: string,
  ) {
    this.#lang = lang;
    host.addController(this);
    this.#writes = new WriteController(host);
    this.richText = new RichText(host, (html) => this.#change({ ...this.#values, description: html }, 'description'));
    this.#closeDialog = new ModalDialog(host, '.close-dialog');
    this.#start(initial);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const target = this.#focus;
    this.#focus = null;
    if (!target) return;
    // After this update, not inside it: moving focus blurs a field, and that may check it.
    queueMicrotask(() => this.#focusNow(target));
  }

  /** Leaves the host: what was typed is in the draft already; nothing more to do. */
  dispose(): void {
    this.#writes.abandon();
    this.host.removeController(this.#writes);
    this.host.removeController(this.richText);
    this.host.removeController(this.#closeDialog);
    this.host.removeController(this);
  }

  /** A fresh form for a new assignment (`initial` null) or one to edit, with the draft kept for it. */
  #start(initial: Versioned<Assignment> | null): void {
    this.#id = initial?.value.id ?? null;
    const draft = loadEditorDraft(this.#id, this.owner);
    const fresh: Base | null = initial ? { value: initial.value, etag: initial.etag } : null;
    // A draft of an edit goes on from the version it started from: a newer one is shown as a conflict below.
    const draftBase = initial ? (draft?.base ?? fresh) : null;
    const draftBaseValues = draftBase ? valuesFrom(draftBase.value, cleanHtml, this.#lang) : emptyValues();
    this.#restored = !!draft && (changedFields(draft.values, draftBaseValues).length > 0 || (!initial && !!draft.pending));
    if (draft && this.#restored) {
      this.#base = draftBase;
      this.#baseValues = draftBaseValues;
      this.#values = draft.values;
      this.#pending = initial ? null : draft.pending;
    } else {
      clearEditorDraft(this.#id);
      this.#base = fresh;
      this.#baseValues = fresh ? valuesFrom(fresh.value, cleanHtml, this.#lang) : emptyValues();
      this.#values = structuredClone(this.#baseValues);
      this.#pending = null;
    }
    this.#errors = {};
    this.#general = [];
    this.#summaryAttempt = 0;
    this.#dirty.clear();
    this.#submitted = false;
    this.#failure = null;
    this.#conflict = null;
    this.#undoDiscard = null;
    this.richText.setValue(this.#values.description);
    if (fresh && this.#base && this.#base.etag !== fresh.etag) this.#enterConflict(fresh);
  }

  // --- rendering -------------------------------------------------------------------------------

  render(context: EditorContext): TemplateResult {
    this.#context = context;
    this.#lang = context.lang;
    const { lang, headingLevel: level } = context;
    const t = messages[lang];
    const v = this.#view();
    const summary = this.#errorNames();
    const saving = this.#writes.busy && !this.#closeDialog.isOpen;
    const open = this.#base?.value.status === 'open';
    const title = this.#base?.value.title ?? '';
    return html`<div class="layout">
        <div class="main">
          ${this.#outcome ? view.savedNotice(lang, this.#outcome.kind, this.#outcome.title, level, this.#outcome.kind === 'created' ? this.#another : null) : nothing}
          ${this.#restored
            ? renderDraftNotice(t, { discard: this.#discard })
            : this.#undoDiscard
              ? renderDraftNotice(t, { undo: this.#undoDiscard })
              : nothing}
          ${this.#failure ? view.failureMessage(lang, this.#failure, this.#failure.again) : nothing}
          ${this.#conflict ? view.conflictNotice(v, this.#conflict, level, this.#context.vocabularies, this.#choose) : nothing}
          ${this.#summaryAttempt > 0 && (summary.length || this.#general.length)
            ? view.errorSummary(v, summary, this.#general, level, (name, event) => this.#follow(name, event), this.#summaryAttempt)
            : nothing}
          ${this.#base && !open ? html`<div class="closed-notice" part="closed"><p>${t.closedNotice}</p></div>` : nothing}
          <span id="form-label" hidden>${this.#id ? t.formEdit(title) : t.formCreate}</span>
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
            ${view.formSections(v, { richText: this.richText, add: this.#addSkill, remove: this.#removeSkill, enter: this.#skillEnter })}
            <div class="actions">
              <button part="submit" type="submit" class="button" aria-disabled=${saving ? 'true' : 'false'}>
                ${saving ? t.saving : this.#id ? t.save : t.create}
              </button>
              ${this.#id && open
                ? html`<button type="button" part="close" class="button secondary danger close-now" @click=${this.#openClose}>${t.closeNow}</button>`
                : nothing}
            </div>
          </form>
          <p class="visually-hidden" role="status" aria-live="polite">${this.#status}</p>
        </div>
        <div class="side">${view.preview(lang, previewOf(this.#values, { id: this.#id, edited: this.#base?.value ?? null, me: this.#context.me, vocabularies: this.#context.vocabularies }), level)}</div>
      </div>
      ${this.#id
        ? view.closeDialog({
            lang,
            level,
            unsaved: changedFields(this.#values, this.#baseValues).length > 0,
            busy: this.#writes.busy && this.#closeDialog.isOpen,
            confirm: this.#confirmClose,
            cancel: this.#cancelClose,
          })
        : nothing}`;
  }

  #view(): view.FormView {
    const { vocabularies } = this.#context;
    return { lang: this.#context.lang, values: this.#values, errors: this.#errors, fields: vocabularies.field, regions: vocabularies.region };
  }

  // --- editing ---------------------------------------------------------------------------------

  #onEdit = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const name = target.name;
    if (!name) return;
    const v = this.#values;
    const skill = /^skills\.(\d+)\.(name|required)$/.exec(name);
    let next: EditorValues;
    if (skill) {
      const row = Number(skill[1]);
      const skills = v.skills.map((s, i) => (i !== row ? s : skill[2] === 'name' ? { ...s, name: target.value } : { ...s, required: target.checked }));
      next = { ...v, skills };
    } else if (name === 'types') {
      const types = target.checked ? [...new Set([...v.types, target.value])] : v.types.filter((type) => type !== target.value);
      next = { ...v, types };
    } else if (isFlag(name)) {
      next = { ...v, [name]: target.checked };
    } else if (target.type === 'radio') {
      if (!target.checked) return;
      next = { ...v, [name]: target.value };
    } else if (isText(name)) {
      next = { ...v, [name]: target.value };
    } else return;
    this.#change(next, skill ? `skills.${skill[1]}.name` : name);
  };

  #change(values: EditorValues, name: string): void {
    if (JSON.stringify(values) === JSON.stringify(this.#values)) return;
    this.#values = values;
    this.#dirty.add(name);
    this.#outcome = null;
    // An error goes away as soon as it is fixed; new ones wait until the field is left — except,
    // after a save was tried, in the fields whose rule depends on this one (a contact's address
    // is checked once it has a name; the maximum hours against the minimum).
    const group = name.includes('.') && !name.startsWith('skills.') ? `${name.split('.')[0]}.` : null;
    const related = this.#submitted && group ? fieldOrder.filter((f) => f.startsWith(group) && f !== name) : [];
    const watched = [...new Set([...Object.keys(this.#errors), ...related])];
    if (watched.length) this.#recheck(watched);
    this.#keepDraft();
    this.host.requestUpdate();
  }

  #onLeave = (event: FocusEvent) => {
    const name = (event.target as HTMLElement).getAttribute('name') ?? ((event.target as HTMLElement).id === view.controlId('description') ? 'description' : '');
    if (!name || !(this.#dirty.has(name) || this.#errors[name] || this.#submitted)) return;
    // The backend's verdict stands until the poster changes the field.
    if (this.#errors[name]?.code === 'server' && !this.#dirty.has(name)) return;
    const control = event.target as HTMLElement;
    const before = errorMessageOf(control);
    this.#press.run(async () => {
      this.#recheck([name.startsWith('skills.') && name.endsWith('.required') ? name.replace('.required', '.name') : name]);
      const message = await newErrorMessage(this.host, control, before, () => this.#status);
      if (message !== null) {
        this.#status = message;
        this.host.requestUpdate();
      }
    });
  };

  /** Checks these fields again with the contract's rules, and shows what is (no longer) wrong. */
  #recheck(names: readonly string[]): void {
    const { errors } = this.#check();
    const next = { ...this.#errors };
    for (const name of names) {
      if (next[name]?.code === 'server' && !this.#dirty.has(name)) continue;
      if (errors[name]) next[name] = errors[name];
      else delete next[name];
    }
    if (JSON.stringify(next) !== JSON.stringify(this.#errors)) {
      this.#errors = next;
      this.host.requestUpdate();
    }
  }

  /** The draft against the rules the backend applies too (src/api/rules/posting.ts), by form field. */
  #check() {
    const { input, skillRows } = draftInput(this.#values, this.#base?.value.status ?? 'open');
    const result = checkAssignmentDraft(input, { today: today(), creating: !this.#id });
    const errors: Record<string, view.FieldError> = {};
    const general: string[] = [];
    if (!result.ok) {
      for (const issue of result.issues) {
        const field = formField(issue.name, skillRows);
        // An empty maximum means "the same as the minimum": its problem is the minimum's.
        if (field === 'hoursPerWeek.max' && !this.#values['hoursPerWeek.max'].trim()) continue;
        if (field) errors[field] ??= issue;
        else general.push(draftIssueText(issue, this.#context.lang));
      }
    }
    return { result, errors, general, skillRows };
  }

  /** Fields with a problem, in the order of the form. */
  #errorNames(): string[] {
    const order = fieldOrder.flatMap((name) => (name === 'skills' ? ['skills', ...this.#values.skills.map((_, row) => `skills.${row}.name`)] : [name]));
    return order.filter((name) => this.#errors[name]);
  }

  #follow(name: string, event: Event): void {
    // The href is a fallback; fragment navigation does not reach into a shadow root and would
    // change the host page's URL.
    event.preventDefault();
    const control = this.host.renderRoot.querySelector<HTMLElement>(`#${view.controlId(name)}`);
    // Like GOV.UK: scroll so the label (not only the control) is in view, then focus.
    control?.closest('.field, .skill')?.scrollIntoView({ block: 'start' });
    control?.focus({ preventScroll: true });
  }

  #addSkill = () => {
    if (this.#values.skills.length >= postingLimits.skills.max) return;
    const row = this.#values.skills.length;
    this.#values = { ...this.#values, skills: [...this.#values.skills, { name: '', required: false }] };
    this.#focus = { skill: row };
    this.host.requestUpdate();
  };

  #removeSkill = (row: number) => {
    const removed = this.#values.skills[row];
    const skills = this.#values.skills.filter((_, i) => i !== row);
    // Errors of later rows move up with their rows.
    const errors: Record<string, view.FieldError> = {};
    for (const [name, error] of Object.entries(this.#errors)) {
      const match = /^skills\.(\d+)\.name$/.exec(name);
      if (!match) errors[name] = error;
      else if (Number(match[1]) < row) errors[name] = error;
      else if (Number(match[1]) > row) errors[`skills.${Number(match[1]) - 1}.name`] = error;
    }
    this.#errors = errors;
    this.#focus = skills.length ? { skill: Math.min(row, skills.length - 1) } : 'add-skill';
    this.#status = messages[this.#context.lang].skillRemoved(removed?.name.trim() ?? '');
    this.#change({ ...this.#values, skills }, 'skills');
    this.host.requestUpdate();
  };

  #skillEnter = (row: number, event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    // Enter adds the next skill (or goes to it), instead of submitting the form half done.
    event.preventDefault();
    if (row < this.#values.skills.length - 1) this.#focusNow({ skill: row + 1 });
    else if (this.#values.skills[row].name.trim()) this.#addSkill();
  };

  /** Keeps what the form holds now: a change, after which "Zet terug" no longer offers the discarded changes. */
  #keepDraft(): void {
    this.#undoDiscard = null;
    const changed = changedFields(this.#values, this.#baseValues).length > 0;
    if (!changed && !this.#pending) {
      clearEditorDraft(this.#id);
      return;
    }
    saveEditorDraft(this.#id, this.owner, { values: this.#values, base: this.#base?.etag ? { value: this.#base.value, etag: this.#base.etag } : null, pending: this.#pending });
  }

  #discard = () => {
    const [id, values, pending, conflict, dirty] = [this.#id, this.#values, this.#pending, this.#conflict, this.#dirty];
    clearEditorDraft(this.#id);
    this.#startOver(structuredClone(this.#baseValues), null, null, new Set());
    this.#restored = false;
    this.#undoDiscard = () => {
      if (this.#id !== id) return;
      this.#startOver(values, pending, conflict, dirty);
      this.#restored = true;
      this.#keepDraft();
      this.#status = messages[this.#context.lang].draftBack;
      this.#focus = 'first';
      this.host.requestUpdate();
    };
    const t = messages[this.#context.lang];
    this.#status = `${t.draftDiscarded} ${t.undoDiscardHint}`;
    // The button that had focus is gone: continue at the first field.
    this.#focus = 'first';
    this.host.requestUpdate();
  };

  /** The form with these values, unchecked: after discarding, and after undoing that. */
  #startOver(values: EditorValues, pending: Pending | null, conflict: view.Conflict | null, dirty: Set<string>): void {
    this.#values = values;
    this.richText.setValue(values.description);
    this.#pending = pending;
    this.#conflict = conflict;
    this.#dirty = dirty;
    this.#errors = {};
    this.#general = [];
    this.#summaryAttempt = 0;
    this.#failure = null;
    this.#submitted = false;
    this.#undoDiscard = null;
  }

  #another = () => {
    const previous = this.#base?.value;
    this.#outcome = null;
    this.#start(null);
    this.#focus = 'first';
    this.host.requestUpdate();
    if (previous) void emitRendered(this.host, 'assignment-new', { previous });
  };

  // --- saving ----------------------------------------------------------------------------------

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.#save();
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
    if (!result.ok) return this.#showSummary();
    this.#summaryAttempt = 0;
    if (this.#id) await this.#update(result.value);
    else await this.#create(result.value);
  }

  #showSummary(): void {
    this.#summaryAttempt = nextSummary();
    this.#focus = 'summary';
    this.host.requestUpdate();
  }

  async #create(body: AssignmentDraft): Promise<void> {
    const { client, lang } = this.#context;
    // One key per assignment, kept (in the draft too) until the backend answered: every retry,
    // even after a reload, is the same request, so the assignment is posted once.
    const pending = this.#pending ?? { key: newIdempotencyKey(), body: body as unknown as Record<string, unknown> };
    this.#pending = pending;
    this.#keepDraft();
    this.#status = messages[lang].savingStatus;
    const outcome = await this.#writes.send(async (signal) => {
      try {
        return { saved: await createAssignment(client, body, { idempotencyKey: pending.key, signal, lang }), settled: false };
      } catch (error) {
        if (!(error instanceof FlexschilError && keyTaken(error)) || JSON.stringify(pending.body) === JSON.stringify(body)) throw error;
        // The first request with this key did arrive (with what the form held then): its answer
        // is the assignment; what was changed since stays in the form, to be saved as a change.
        const first = pending.body as unknown as AssignmentDraft;
        return { saved: await createAssignment(client, first, { idempotencyKey: pending.key, signal, lang }), settled: true };
      }
    });
    if ('abandoned' in outcome) return;
    this.#status = '';
    if ('failed' in outcome) return this.#failed(outcome.failed, 'create', () => this.#save());
    const { saved, settled } = outcome.sent;
    clearEditorDraft(null);
    this.#pending = null;
    this.#id = saved.value.id;
    this.#adopt(saved, !settled);
    this.#done(settled ? 'settled' : 'created', saved.value);
  }

  async #update(body: AssignmentDraft): Promise<void> {
    const { client, lang } = this.#context;
    const id = this.#id!;
    const patch = patchOf(body, this.#values, this.#baseValues);
    if (!Object.keys(patch).length) {
      this.#conflict = null;
      this.#outcome = { kind: 'nothing', title: '' };
      this.#focus = 'saved';
      this.host.requestUpdate();
      return;
    }
    const sent = this.#values;
    this.#status = messages[lang].savingStatus;
    const outcome = await this.#writes.send(async (signal) => {
      const etag = await this.#etag(signal);
      return etag === NEWER ? null : updateAssignment(client, id, patch, etag, { signal, lang });
    });
    if ('abandoned' in outcome) return;
    this.#status = '';
    if ('failed' in outcome) return this.#failed(outcome.failed, 'save', () => this.#save());
    if (!outcome.sent) return; // a newer version came up first: shown, not overwritten
    // What the poster typed while it was being saved stays; otherwise the form shows what was stored.
    this.#adopt(outcome.sent, this.#values === sent);
    this.#done('updated', outcome.sent.value);
  }

  /** The version the backend answered becomes the one edited. */
  #adopt(saved: Versioned<Assignment>, showIt: boolean): void {
    this.#base = { value: saved.value, etag: saved.etag };
    this.#baseValues = valuesFrom(saved.value, cleanHtml, this.#lang);
    if (showIt) {
      this.#values = structuredClone(this.#baseValues);
      this.richText.setValue(this.#values.description);
    }
    this.#conflict = null;
    this.#dirty.clear();
    this.#submitted = false;
    this.#errors = {};
    // The notice of a restored draft stays only while something of it is still unsaved.
    this.#restored &&= changedFields(this.#values, this.#baseValues).length > 0;
    this.#keepDraft();
  }

  #done(kind: view.Outcome, assignment: Assignment): void {
    this.#outcome = { kind, title: assignment.title };
    this.#failure = null;
    this.#focus = 'saved';
    this.host.requestUpdate();
    void emitRendered(this.host, 'assignment-saved', { assignment });
  }

  /**
   * The ETag to send: the one of the version edited. Without one (after a 412 whose newer
   * version came without it, or from a backend that gives none) it is asked for: `NEWER` when
   * that turned up a version newer still (now shown), null when the backend has no ETag to give
   * (the change then goes without `If-Match`, and a backend that insists answers 428: a failure
   * shown like any other, never a save that silently does nothing).
   */
  async #etag(signal: AbortSignal): Promise<string | null | typeof NEWER> {
    if (this.#base?.etag) return this.#base.etag;
    return (await this.#fetchVersion(signal)) ? this.#base?.etag ?? null : NEWER;
  }

  /** The newest version and its ETag; false when it differs from the one shown (then it is shown). */
  async #fetchVersion(signal: AbortSignal): Promise<boolean> {
    const { client, lang } = this.#context;
    const fresh = await getAssignmentForEditing(client, this.#id!, { signal, lang });
    const known = this.#conflict ? this.#conflict.theirs : this.#baseValues;
    if (this.#base && JSON.stringify(valuesFrom(fresh.value, cleanHtml, this.#lang)) === JSON.stringify(known) && fresh.value.status === this.#base.value.status) {
      this.#base = { value: fresh.value, etag: fresh.etag };
      return true;
    }
    this.#enterConflict(fresh);
    return false;
  }

  /**
   * A 412: someone else saved a newer version. It comes in the problem's `current`; its ETag by
   * asking for it (a problem's headers do not reach the form), and if that is newer still, it wins.
   */
  async #stale(error: FlexschilError, action: view.Failure['action']): Promise<void> {
    const current = Assignment.safeParse(error.members.current);
    if (current.success) this.#enterConflict({ value: current.data, etag: null });
    const outcome = await this.#writes.send((signal) => this.#fetchVersion(signal));
    if ('failed' in outcome && !current.success) {
      this.#failed(outcome.failed, action, action === 'close' ? this.#openClose : () => this.#save());
    }
    this.#focus = 'conflict';
    this.host.requestUpdate();
  }

  /** Shows the newer version next to what the poster typed; what only the other changed is taken over. */
  #enterConflict(theirs: { value: Assignment; etag: string | null }): void {
    const origin = this.#conflict?.origin ?? this.#baseValues;
    const mine = this.#conflict?.mine ?? this.#values;
    const theirValues = valuesFrom(theirs.value, cleanHtml, this.#lang);
    const { fields, values } = mergeNewer(fieldOrder, { base: origin, mine, theirs: theirValues }, same);
    const wasOpen = (this.#base?.value.status ?? 'open') === 'open';
    this.#conflict = { origin, mine, theirs: theirValues, fields, closed: wasOpen && theirs.value.status === 'closed' };
    this.#base = theirs;
    this.#baseValues = theirValues;
    this.#values = values;
    this.richText.setValue(this.#values.description);
    this.#keepDraft();
    this.#focus = 'conflict';
    this.host.requestUpdate();
  }

  #choose = (name: string, side: Side) => {
    const conflict = this.#conflict;
    if (!conflict) return;
    const field = name as FieldName;
    const source = side === 'mine' ? conflict.mine : conflict.theirs;
    const values = { ...this.#values, [field]: structuredClone(source[field]) } as EditorValues;
    if (field === 'description') this.richText.setValue(values.description);
    this.#change(values, field);
  };

  #failed(error: FlexschilError, action: view.Failure['action'], again: () => void): void {
    if (error.kind === 'precondition-failed') {
      void this.#stale(error, action);
      return;
    }
    if (error.kind === 'unexpected') console.error('[flexschil]', error);
    emit(this.host, 'flexschil-error', error.toDetail());
    const { lang } = this.#context;
    const t = messages[lang];
    // A definite refusal stored nothing: the next attempt is a new request with a new key.
    if (error.kind === 'invalid-input' || error.kind === 'conflict' || error.kind === 'too-large') this.#pending = null;
    this.#keepDraft();
    if (error.kind === 'invalid-input' && error.invalidParams.length) {
      const { skillRows } = draftInput(this.#values);
      const errors: Record<string, view.FieldError> = {};
      const general: string[] = [];
      for (const param of error.invalidParams) {
        const field = formField(param.name, skillRows);
        if (field && !errors[field]) errors[field] = { code: 'server', reason: param.reason };
        else if (!field) general.push(param.reason);
      }
      this.#errors = errors;
      this.#general = general;
      this.#dirty.clear();
      this.#showSummary();
      return;
    }
    const { message, hopeless } = writeFailure(error, lang, t);
    this.#failure = { action, message, retry: !hopeless, again };
    this.#focus = 'failure';
    this.host.requestUpdate();
  }

  // --- closing ---------------------------------------------------------------------------------

  #openClose = () => {
    this.#failure = null;
    this.#outcome = null;
    this.#closeDialog.open();
  };

  #cancelClose = (event?: Event) => {
    event?.preventDefault();
    if (this.#writes.busy) return;
    this.#focus = 'close';
    this.#closeDialog.close();
  };

  #confirmClose = async () => {
    if (this.#writes.busy || !this.#id || !this.#base) return;
    const { client, lang } = this.#context;
    const id = this.#id;
    this.#status = messages[lang].closing;
    const outcome = await this.#writes.send(async (signal) => {
      const etag = await this.#etag(signal);
      return etag === NEWER ? null : updateAssignment(client, id, { status: 'closed' }, etag, { signal, lang });
    });
    if ('abandoned' in outcome) return;
    this.#status = '';
    this.#closeDialog.close();
    if ('failed' in outcome) return this.#failed(outcome.failed, 'close', this.#openClose);
    if (!outcome.sent) return;
    // Only the status changed: what the poster typed and did not save yet stays in the form.
    const unsaved = changedFields(this.#values, this.#baseValues).length > 0;
    this.#adopt(outcome.sent, !unsaved);
    this.#done('closed', outcome.sent.value);
  };

  #focusNow(target: Focus): void {
    const root = this.host.renderRoot;
    const find = (selector: string) => root.querySelector<HTMLElement>(selector);
    if (typeof target === 'object') find(`#${view.controlId(`skills.${target.skill}.name`)}`)?.focus();
    else if (target === 'summary') find('.error-summary')?.focus();
    else if (target === 'failure') find('.failure')?.focus();
    else if (target === 'saved') find('.saved-title')?.focus();
    else if (target === 'conflict') find('.conflict')?.focus();
    else if (target === 'submit') find('[part="submit"]')?.focus();
    else if (target === 'close') (find('.close-now') ?? find('[part="submit"]'))?.focus();
    else if (target === 'add-skill') find('.add-skill')?.focus();
    else find(`#${view.controlId('title')}`)?.focus();
  }
}
