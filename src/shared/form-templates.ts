/**
 * The parts every form of ours shows the same way (apply-form, assignment-editor, profile-editor,
 * session-list's sign-up): the error summary, the restored-draft notice and the failed-send
 * message. The element words them; the markup, roles and focus targets live here once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from './headings.js';

/**
 * A heading of a level (clamped), with an optional id, class, and `tabindex="-1"` when focus is
 * moved to it. Here rather than in headings.ts, which every element loads: only forms use it.
 */
export function heading(level: number, content: unknown, attributes: { id?: string; className?: string; focusable?: boolean } = {}): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} id=${attributes.id ?? nothing} class=${attributes.className ?? nothing} tabindex=${attributes.focusable ? '-1' : nothing}>${content}</${tag}>`;
}

/** One problem in the error summary: the control it links to (`id`) and what it says. */
export interface SummaryItem<K> {
  key: K;
  id: string;
  text: unknown;
}

let attempts = 0;
/** The attempts whose summary focus has left: from then on they are no alert (see below). */
const quiet = new Set<number>();

/** The key of a new error summary, for each attempt to send that finds problems (never 0). */
export function nextSummary(): number {
  return ++attempts;
}

/**
 * GOV.UK error summary: focused when it appears (`tabindex="-1"`, the element moves focus to
 * `.error-summary`), each problem a link to its field, then the problems that belong to no field.
 * It is an alert once per attempt to send (`attempt`, from {@link nextSummary}): a new attempt
 * is a new element, read out. Once focus leaves it, that attempt's summary is no alert any more,
 * also when it is rendered anew (a dialog opened again, the last problem fixed and another made),
 * so the problems it shows while the visitor corrects them are not read out over their typing,
 * again and again, in full (`role="alert"` is atomic).
 */
export function renderErrorSummary<K>(
  title: string,
  level: number,
  items: readonly SummaryItem<K>[],
  general: readonly string[],
  follow: (key: K, event: Event) => void,
  attempt: number,
): TemplateResult {
  const quieten = (event: FocusEvent): void => {
    if ((event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null) || quiet.has(attempt)) return;
    quiet.add(attempt);
    (event.currentTarget as HTMLElement).firstElementChild?.removeAttribute('role');
  };
  // One item keyed by the attempt: a new attempt is new DOM. (`repeat`, not `keyed`: the board
  // loads `repeat` with the core already, and `keyed` would be one more directive there.)
  return html`${repeat(
    [attempt],
    (key) => key,
    () => html`<div class="error-summary" part="summary" tabindex="-1" @focusout=${quieten}>
      <div role=${quiet.has(attempt) ? nothing : 'alert'}>
        ${heading(level, title)}
        <ul>
          ${items.map(({ key, id, text }) => html`<li><a href="#${id}" @click=${(e: Event) => follow(key, e)}>${text}</a></li>`)}
          ${general.map((reason) => html`<li>${reason}</li>`)}
        </ul>
      </div>
    </div>`,
  )}`;
}

/**
 * Says `text` in the status region it is bound to, once, a moment after that region appeared: a
 * live region inserted together with its words is not reliably read (NVDA, JAWS), and the notice
 * of a restored draft appears with its form, while focus is elsewhere (WCAG 4.1.3). The words go
 * again after a while, so reading the page through does not meet them twice. A notice shown anew
 * (another restore) is a new region, said again.
 */
class SayOnce extends Directive {
  #said = false;
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('sayOnce() belongs on an element');
  }
  override render(_text: string) {
    return nothing;
  }
  override update(part: ElementPart, [text]: [string]) {
    if (this.#said) return nothing;
    this.#said = true;
    const region = part.element;
    setTimeout(() => {
      region.textContent = text;
      setTimeout(() => (region.textContent = ''), 10_000);
    }, 150);
    return nothing;
  }
}
const sayOnce = directive(SayOnce);

/** The words of a draft's notice, in each form's own table. */
export interface DraftNoticeText {
  draftRestored: string;
  discardDraft: string;
  draftDiscarded: string;
  undoDiscard: string;
}

/**
 * A draft from an earlier visit fills the form: said (visibly, and to a screen reader), with a
 * way to start empty. Once discarded, the same place says so with a way back ("Zet terug"), until
 * the form is changed or sent: a mistaken click loses nothing. The form's own status region says
 * the discarding (with where to undo it), as it says the undoing.
 */
export function renderDraftNotice(t: DraftNoticeText, action: { discard: () => void } | { undo: () => void }): TemplateResult {
  return 'undo' in action
    ? html`<div class="notice" part="draft-notice">
        <p>${t.draftDiscarded}</p>
        <button type="button" class="link-button" @click=${action.undo}>${t.undoDiscard}</button>
      </div>`
    : html`<div class="notice" part="draft-notice">
        <p>${t.draftRestored}</p>
        <button type="button" class="link-button" @click=${action.discard}>${t.discardDraft}</button>
        <p class="visually-hidden" role="status" ${sayOnce(t.draftRestored)}></p>
      </div>`;
}

export interface FailureNotice {
  title: unknown;
  /** What went wrong, in words. */
  reason: unknown;
  /** That what was typed is kept. */
  kept: string;
  /** Where trying again can help: the button, and (for what creates something) that it never sends twice. */
  retry: { hint: string | null; label: string; run: () => void } | null;
}

/** A write that failed: focused when it appears and announced (`role="alert"`); nothing typed is lost. */
export function renderFailureNotice(f: FailureNotice): TemplateResult {
  return html`<div class="failure" part="failure" tabindex="-1" role="alert">
    <p><strong>${f.title}</strong></p>
    <p>${f.reason} ${f.kept}</p>
    ${f.retry
      ? html`${f.retry.hint ? html`<p>${f.retry.hint}</p>` : nothing}
          <button type="button" class="button secondary" @click=${f.retry.run}>${f.retry.label}</button>`
      : nothing}
  </div>`;
}
