import { Task, TaskStatus } from '@lit/task';
import { adoptStyles, css, html, type PropertyValues, type ReactiveElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ClientCore, Versioned } from '../../api/core.js';
import { getMe } from '../../api/personal.js';
import { getAssignmentForEditing } from '../../api/posting.js';
import { FlexschilError, refusedAccess } from '../../api/errors.js';
import type { Assignment } from '../../api/schemas.js';
import { assignmentEditor as messages } from '../../i18n/assignment-editor.js';
import { type DataState, FlexschilElement } from '../../shared/flexschil-element.js';
import { headingTag } from '../../shared/headings.js';
import { draftOwner } from '../../shared/draft-owner.js';
import { renderError, renderSkeleton } from '../../shared/states.js';
import { base, tokens } from '../../styles/tokens.js';
import type { EditorForm } from './assignment-editor-form.js';

/** The form's code, strings and styles: loaded only when an editor is shown to someone who may post. */
const loadForm = () => import('./assignment-editor-form.js');
type FormModule = Awaited<ReturnType<typeof loadForm>>;


/**
 * Creating or changing an assignment, for a poster of an organisation: the fields grouped as a
 * poster thinks of them (the assignment; where and when; conditions; contact; what is asked of
 * applicants), the description in a small rich-text editor that writes only the contract's
 * allowed HTML, skills marked required or wanted, and a live preview of the card exactly as
 * `assignment-list` shows it. With `assignment-id` it edits that assignment (and offers "close
 * now"); without it, it creates one.
 *
 * It never loses what was typed: a draft is kept in `sessionStorage` until it is saved; a
 * create is sent with one `Idempotency-Key` across every retry (a reload included), so it is
 * posted once; a change is sent with `If-Match`, and when someone else saved in between (412)
 * the newer version is shown next to the poster's own values, field by field, to choose from.
 * Visitors who may not post (`GET /me`) see only a sign-in hint.
 *
 * The form's code (about 24 kB gzipped, the rich-text editor's 5 kB included) is a chunk of its
 * own, loaded only once `GET /me` says the visitor may post: a visitor who may not loads about
 * 2 kB of this element.
 *
 * @summary Form for posters to create or edit an assignment (opdracht), with preview, drafts and safe saves.
 * @tagname assignment-editor
 *
 * @fires assignment-saved - `{ assignment }` (the backend's new version) after it was created, changed or closed.
 * @fires assignment-new - `{ previous }` (the assignment just posted) when the poster chose "Nog een opdracht plaatsen": the form is empty and creates a new one. A host that put the posted assignment's id in its address takes it out again.
 * @fires flexschil-error - `{ status, title, detail }` when loading failed, or saving failed for another reason than the input (the form keeps everything and says what to do).
 *
 * @csspart form - The form.
 * @csspart field - The wrapper of one field: label, hint, error message and control.
 * @csspart summary - The error summary at the top, listing every problem with a link to its field.
 * @csspart submit - The save button ("Opdracht plaatsen" / "Wijzigingen opslaan").
 * @csspart close - The "close now" button of an open assignment.
 * @csspart close-dialog - The dialog that asks to confirm closing.
 * @csspart closed - The notice that the assignment is closed.
 * @csspart preview - The live preview with the board's card (its own parts `card` and `card-title`).
 * @csspart card - The card in the preview, as on the board.
 * @csspart card-title - The title of the card in the preview.
 * @csspart saved - The message after a save or close; it receives focus.
 * @csspart draft-notice - The notice that unsaved work was restored, with a button to throw it away; once thrown away, it says so, with "Zet terug".
 * @csspart failure - The message after a failed save or close, with its retry button.
 * @csspart conflict - The comparison after someone else saved a newer version (412).
 * @csspart sign-in - The hint shown instead of the form to visitors who may not post (as on `<profile-editor>` and `<application-inbox>`).
 * @csspart signin - The same hint, by the name it had first (kept for pages that style it).
 * @csspart error - The message when loading failed, with its retry button.
 *
 * @cssprop [--flexschil-assignment-editor-field-gap=calc(var(--flexschil-space) * 1.25)] - Space between fields.
 * @cssprop [--flexschil-assignment-editor-input-border-color=var(--flexschil-color-border)] - Border of inputs, selects, the rich-text editor and checkboxes.
 * @cssprop [--flexschil-assignment-editor-input-background-color=var(--flexschil-color-background)] - Background of the controls.
 * @cssprop [--flexschil-assignment-editor-hint-color=var(--flexschil-color-text-muted)] - Hints below labels.
 * @cssprop [--flexschil-assignment-editor-error-color=var(--flexschil-color-error)] - Inline errors, the error summary's border and invalid controls.
 * @cssprop [--flexschil-assignment-editor-summary-background-color=var(--flexschil-color-background)] - Error summary surface.
 * @cssprop [--flexschil-assignment-editor-notice-background-color=var(--flexschil-color-surface)] - Draft, failure and closed notices.
 * @cssprop [--flexschil-assignment-editor-saved-border-color=var(--flexschil-color-success)] - Border of the message after a save.
 * @cssprop [--flexschil-assignment-editor-preview-background-color=var(--flexschil-color-surface)] - Behind the preview card (the card itself takes the board's `--flexschil-assignment-list-*` tokens).
 * @cssprop [--flexschil-assignment-editor-close-dialog-backdrop-color=var(--flexschil-dialog-backdrop-color, rgb(0 0 0 / 0.5))] - Behind the dialog that confirms closing the assignment (a little lighter than other dialogs by default).
 */
export class AssignmentEditor extends FlexschilElement {
  static override styles = [
    tokens,
    base,
    css`
      .skeleton-form {
        height: 32em;
      }
      .skeletons {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .status :is(h1, h2, h3, h4, h5, h6) {
        margin: 0 0 var(--_space-s);
        font-size: var(--_heading-size-s);
      }
      .status p {
        margin: 0;
      }
    `,
  ];

  /** Id of the assignment to edit; without it, the editor creates a new one. */
  @property({ attribute: 'assignment-id' }) assignmentId: string | null = null;
  /** Level of the headings of the error summary, the preview and the messages (2 by default). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Whether the visitor may post (`GET /me`); null when not signed in or not allowed. @internal */
  private access = new Task(this, {
    task: async ([client], { signal }) => {
      // Not signed in, or no access: a hint, not an error.
      const me = await this.load(() =>
        getMe(this.requireClientFor(client), { signal, lang: this.uiLang }).catch((e) => (refusedAccess(e) ? null : Promise.reject(e))),
      );
      const owner = me ? await draftOwner(this.requireClientFor(client), me) : '';
      return { me, signedIn: !!me, owner };
    },
    args: () => [this.client] as const,
  });

  /**
   * The form's module, with its strings in the element's language: on an English page the form
   * never shows in Dutch first (its English is a chunk of its own, asked for once the module is
   * in), or speaks Dutch, saying so, when they are late or do not come (as a first render does).
   * @internal
   */
  private code = new Task(this, {
    task: async ([allowed, lang]) => {
      if (!allowed) return null;
      const form = await this.load(loadForm);
      await this.whenSpoken(lang);
      return form;
    },
    args: () => [this.allowed, this.uiLang] as const,
  });

  /** @internal */
  private vocabularies = new Task(this, {
    task: ([client, lang, allowed], { signal }) => (allowed && client ? this.load(() => client.getVocabularies({ signal, lang })) : Promise.resolve(null)),
    args: () => [this.client, this.uiLang, this.allowed] as const,
  });

  /** The assignment to edit, with its ETag. @internal */
  private editing = new Task(this, {
    task: ([client, id, allowed], { signal }) =>
      allowed && client && id ? this.load(() => getAssignmentForEditing(client, id, { signal, lang: this.uiLang })) : Promise.resolve(null),
    args: () => [this.client, this.assignmentId, this.allowed] as const,
  });

  #form: EditorForm | null = null;
  /** The `assignment-id` the form was made for (`''` for a new one). */
  #formFor: string | null = null;
  #styled = false;
  /** What the last render showed, for the custom states. */
  #shown: DataState = 'loading';

  private get allowed(): boolean {
    return !!this.access.value?.me?.can.postAssignments;
  }

  private requireClientFor(client: ClientCore | null): ClientCore {
    return client ?? this.requireClient();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const module = this.code.value;
    if (module && !this.#styled && this.shadowRoot) {
      // The form's styles arrive with its code; the element's own stay first.
      adoptStyles(this.shadowRoot, [...(this.constructor as typeof ReactiveElement).elementStyles, ...module.formStyles]);
      this.#styled = true;
    }
  }

  protected override updated(): void {
    this.dataState = this.#shown;
  }

  // Removed and added again (a CMS moving a block), the form stays as it was: made anew, it would
  // start from the version first loaded and not the one saved since (a false 412 on the next save).
  // Its controllers let go of what they hold while the element is out of the page.

  override render(): TemplateResult {
    const [state, content] = this.#content();
    this.#shown = state;
    return content;
  }

  #content(): [DataState, TemplateResult] {
    const lang = this.uiLang;
    const loading: [DataState, TemplateResult] = ['loading', renderSkeleton(1, lang, 'skeleton-form')];
    const failed = (task: { error: unknown; run: () => unknown }): [DataState, TemplateResult] => {
      // An assignment that is not there: trying again cannot help, so no retry; say what can.
      if (task.error instanceof FlexschilError && task.error.kind === 'not-found') {
        return ['error', renderError(task.error, lang, null, { title: messages[lang].notFoundTitle, message: messages[lang].notFoundText })];
      }
      return ['error', renderError(task.error, lang, () => task.run())];
    };
    const access = this.access;
    if (access.status === TaskStatus.ERROR) return failed(access);
    if (access.status !== TaskStatus.COMPLETE || !access.value) return loading;
    const { me, signedIn } = access.value;
    if (!me?.can.postAssignments) return ['empty', this.#hint(signedIn)];
    for (const task of [this.code, this.vocabularies, this.editing]) if (task.status === TaskStatus.ERROR) return failed(task);
    const module = this.code.value;
    const vocabularies = this.vocabularies.value;
    const editing = this.assignmentId ? (this.editing.value ?? null) : null;
    if (!module || !vocabularies || (this.assignmentId && (!editing || editing.value.id !== this.assignmentId))) return loading;
    if (editing && editing.value.organisation.id !== me.organisation?.id) {
      return ['empty', html`<div class="status" part="sign-in signin"><p>${messages[lang].otherOrganisation}</p></div>`];
    }
    const form = this.#formOf(module, editing);
    return ['ready', form.render({ client: this.requireClient(), me, vocabularies, lang, headingLevel: this.headingLevel })];
  }

  /** One form per `assignment-id`, made when its assignment (or, for a new one, the code) is there. */
  #formOf(module: FormModule, editing: Versioned<Assignment> | null): EditorForm {
    const key = this.assignmentId ?? '';
    if (!this.#form || this.#formFor !== key) {
      this.#form?.dispose();
      this.#form = new module.EditorForm(this, editing, this.uiLang, this.access.value?.owner ?? '');
      this.#formFor = key;
    }
    return this.#form;
  }

  /** Nothing but the hint when `GET /me` says the visitor may not post (contract §2). */
  #hint(signedIn: boolean): TemplateResult {
    const t = messages[this.uiLang];
    const heading = headingTag(this.headingLevel);
    return html`<div class="status" part="sign-in signin">
      ${staticHtml`<${heading}>${signedIn ? t.noAccessTitle : t.signInTitle}</${heading}>`}
      <p>${signedIn ? t.noAccessText : t.signInText}</p>
    </div>`;
  }
}
