/**
 * Rich text from a backend (an assignment's `description`) is untrusted HTML. The contract
 * allows formatting, lists, headings and http(s)/mailto links only: no images, media, forms,
 * styles or event handlers. The browser's HTML Sanitizer API does it where it exists
 * (Chromium); elsewhere DOMPurify, loaded on demand so it costs visitors nothing until needed.
 * Either way the allowlist is the same, and the result is inserted as DOM nodes, never as a
 * string (so Trusted Types and mutation XSS have nothing to work with).
 */
import { noChange, nothing } from 'lit';
import { AsyncDirective, directive, type ElementPart, type PartInfo, PartType } from 'lit/async-directive.js';
import { safeUrl } from '../api/url.js';

import { allowedAttributes, allowedElements, unwrappedElements } from '../api/rules/html.js';

export { allowedAttributes, allowedElements, unwrappedElements };

interface SanitizerElement extends Element {
  setHTML(html: string, options: { sanitizer: { elements: string[]; replaceWithChildrenElements: string[]; attributes: string[] } }): void;
}

/** Which engine to use; `dompurify` forces the fallback (tests cover both). */
export type SanitizerEngine = 'auto' | 'dompurify';

/** Puts the sanitised form of `html` into `target`, replacing what was there. */
export async function setSanitizedHtml(target: Element, html: string, engine: SanitizerEngine = 'auto'): Promise<void> {
  const holder = document.createElement('div');
  if (engine === 'auto' && 'setHTML' in holder) {
    (holder as SanitizerElement).setHTML(html, {
      sanitizer: { elements: allowedElements, replaceWithChildrenElements: unwrappedElements, attributes: allowedAttributes },
    });
  } else {
    const { default: DOMPurify } = await import('dompurify');
    holder.append(
      DOMPurify.sanitize(html, {
        ALLOWED_TAGS: allowedElements,
        ALLOWED_ATTR: allowedAttributes,
        ALLOW_DATA_ATTR: false,
        RETURN_DOM_FRAGMENT: true,
      }),
    );
  }
  // Both engines keep `href`; the contract is stricter about which URLs may be links, and only
  // a link has any business carrying one.
  for (const element of holder.querySelectorAll('[href]')) {
    const href = element.localName === 'a' ? safeUrl(element.getAttribute('href'), { mailto: true }) : null;
    if (href) {
      element.setAttribute('href', href);
      element.setAttribute('rel', 'noopener noreferrer nofollow');
    } else {
      element.removeAttribute('href');
    }
  }
  target.replaceChildren(...holder.childNodes);
}

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
      setSanitizedHtml(part.element, html).catch((error) => {
        part.element.textContent = '';
        console.error('[flexschil] could not sanitise rich text', error);
      });
    }
    return noChange;
  }
}

/** `<div ${safeHtml(assignment.description)}></div>`: the sanitised HTML as the element's content. */
export const safeHtml = directive(SafeHtmlDirective);
