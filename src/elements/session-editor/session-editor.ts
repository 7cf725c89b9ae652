import { Task, TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ClientCore } from '../../api/core.js';
import { FlexschilError, refusedAccess } from '../../api/errors.js';
import { getSessionForEditing } from '../../api/organising.js';
import { getMe } from '../../api/personal.js';
import { sessionEditor as messages } from '../../i18n/session-editor.js';
import { type DataState, FlexschilElement } from '../../shared/flexschil-element.js';
import { formControls, formStyles } from '../../shared/form-styles.js';
import { headingTag } from '../../shared/headings.js';
import { richTextStyles } from '../../shared/rich-text.js';
import { draftOwner } from '../../shared/draft-owner.js';
import { renderError, renderSkeleton } from '../../shared/states.js';
import { conflictStyles } from '../../shared/version-conflict.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './session-editor.styles.js';
import { SessionForm } from './session-editor-form.js';


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

  /** Whether the visitor may post (`GET /me`). @internal */
  private access = new Task(this, {
    task: async ([client], { signal }) => {
      const me = await this.load(() => getMe(this.requireClientFor(client), { signal, lang: this.uiLang }).catch((e) => (refusedAccess(e) ? null : Promise.reject(e))));
      const owner = me ? await draftOwner(this.requireClientFor(client), me) : '';
      return { me, signedIn: !!me, owner };
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

  /** The form: what was typed, its checks, saving, calling off, and the sign-ups of the session edited. */
  readonly #form = new SessionForm(this, {
    client: () => this.client,
    requireClient: () => this.requireClient(),
    allowed: () => this.allowed,
    assignmentId: () => this.assignmentId,
    owner: () => this.access.value?.owner ?? '',
  });
  #shown: DataState = 'loading';

  private get allowed(): boolean {
    return !!this.access.value?.me?.can.postAssignments;
  }

  private requireClientFor(client: ClientCore | null): ClientCore {
    return client ?? this.requireClient();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = this.sessionId ?? '';
    if (this.#form.formFor !== key) {
      // A new session's form once `GET /me` says who asks (the draft kept is theirs only).
      if (!this.sessionId) {
        if (this.allowed) this.#form.start(null, key);
      } else if (this.editing.status === TaskStatus.COMPLETE && this.editing.value?.value.id === this.sessionId) this.#form.start(this.editing.value, key);
    }
  }

  protected override updated(): void {
    this.dataState = this.#shown;
    this.#form.updated();
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
    if (!vocabularies || this.#form.formFor !== (this.sessionId ?? '')) return loading;
    const session = this.#form.session;
    if (session && session.organisation.id !== me.organisation?.id) {
      return ['empty', html`<div class="status" part="sign-in"><p>${t.otherOrganisation}</p></div>`];
    }
    return ['ready', this.#form.render({ vocabularies, lang, headingLevel: this.headingLevel })];
  }

  #hint(signedIn: boolean): TemplateResult {
    const t = messages[this.uiLang];
    const tag = headingTag(this.headingLevel);
    return html`<div class="status" part="sign-in">
      ${staticHtml`<${tag}>${signedIn ? t.noAccessTitle : t.signInTitle}</${tag}>`}
      <p>${signedIn ? t.noAccessText : t.signInText}</p>
    </div>`;
  }
}
