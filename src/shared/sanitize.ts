/**
 * `safeHtml()`: untrusted rich text from a backend, sanitised, as an element's content. The
 * sanitiser itself (./sanitizer.ts: the bounds, the Sanitizer API or DOMPurify, the link rules)
 * is loaded when the first rich text is shown, so a page whose first render has none (a board
 * shows descriptions only in its dialog) does not load it before that render (issue 15).
 */
import { noChange, nothing } from 'lit';
import { AsyncDirective, directive, type ElementPart, type PartInfo, PartType } from 'lit/async-directive.js';

class SafeHtmlDirective extends AsyncDirective {
  #html: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('safeHtml() belongs on an element, as an element binding.');
  }

  render(_html: string) {
    return nothing;
  }

  override update(part: ElementPart, [html]: [string]) {
    if (html !== this.#html) {
      this.#html = html;
      // Runs for one element start in the order of their texts: the sanitiser lets the latest win.
      import('./sanitizer.js')
        .then(({ setSanitizedHtml }) => setSanitizedHtml(part.element, html))
        .catch((error) => {
          console.error('[flexschil] could not sanitise rich text', error);
          if (this.#html !== html) return;
          part.element.textContent = '';
          // The sanitiser's code did not come (a CDN's hiccup): the next render tries again.
          this.#html = undefined;
        });
    }
    return noChange;
  }
}

/** `<div ${safeHtml(assignment.description)}></div>`: the sanitised HTML as the element's content. */
export const safeHtml = directive(SafeHtmlDirective);
