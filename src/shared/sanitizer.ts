/**
 * Rich text from a backend (an assignment's `description`) is untrusted HTML. The contract
 * allows formatting, lists, headings and http(s)/mailto links only: no images, media, forms,
 * styles or event handlers. The browser's HTML Sanitizer API does it where it exists
 * (Chromium); elsewhere DOMPurify, loaded on demand so it costs visitors nothing until needed.
 * Either way the allowlist is the same, and the result is inserted as DOM nodes, never as a
 * string (so Trusted Types and mutation XSS have nothing to work with).
 *
 * Templates use the `safeHtml()` directive (./sanitize.ts), which loads this module when it
 * first has rich text to show: a board's list never needs it, only its dialog.
 */
import { allowedAttributes, allowedElements, unwrappedElements } from '../api/rules/html.js';
import { safeUrl } from '../api/url.js';
import { yieldToMain } from '../api/yield.js';

export { allowedAttributes, allowedElements, unwrappedElements };

/**
 * What Trusted Types and the plain-text fallback need, loaded only on those paths: with the
 * Sanitizer API (Chromium) a page with rich text never loads it.
 */
const trustedTypes = () => import('./trusted-types.js');

/**
 * Characters of rich text that are sanitised at most; the rest is dropped. Far above any real
 * description (a long one is 20,000), far below what could hold the page: a hostile 2.2 MB
 * description of nested `<div>`s blocked the page for minutes in the sanitiser (issue 14).
 */
export const MAX_HTML_LENGTH = 200_000;
/**
 * Elements nested deeper than this are not sanitised as HTML: the text is shown as plain
 * paragraphs instead. Real rich text nests a few levels; the cost of sanitising grows with depth.
 */
export const MAX_HTML_DEPTH = 64;

/** Tags that never take an end tag, and tags whose end tag the parser implies: they add no depth. */
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rp',
]);
/** Where a tag starts, and its name: fixed steps, nothing to backtrack over. */
const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g;
const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'dl', 'table', 'section', 'article', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * How deep the elements of `html` nest, counted from its tags without building any DOM; stops
 * past `max`. See {@link scan}.
 */
export function nestingDepth(html: string, max = Number.POSITIVE_INFINITY): number {
  return scan(html, max).depth;
}

/**
 * One pass over the text (no pattern that could backtrack on a hostile `<<<<…`, and the search
 * for the next `>` is reused, so the work grows with the length only): how deep elements nest,
 * and where the text can be cut into pieces of about `piece` characters between top-level
 * elements, so that each piece is sanitised in a task of its own.
 */
function scan(html: string, max: number, piece = Number.POSITIVE_INFINITY): { depth: number; cuts: number[] } {
  let depth = 0;
  let deepest = 0;
  let close = -1;
  const cuts: number[] = [];
  let last = 0;
  TAG_START.lastIndex = 0;
  for (let match = TAG_START.exec(html); match; match = TAG_START.exec(html)) {
    if (close <= match.index) close = html.indexOf('>', TAG_START.lastIndex);
    if (close === -1) break; // no tag can end after this point
    const closing = match[1] === '/';
    const name = match[2].toLowerCase();
    const selfClosing = html.charCodeAt(close - 1) === 47; // '/'
    TAG_START.lastIndex = close + 1; // a "<" inside this tag's attributes starts no tag
    if (!NO_DEPTH.has(name) && !selfClosing) {
      depth = closing ? Math.max(0, depth - 1) : depth + 1;
      deepest = Math.max(deepest, depth);
      if (deepest > max) break;
    }
    // Cut only after a block ends outside any other element, so no paragraph is split in two.
    if (closing && depth === 0 && BLOCKS.has(name) && close + 1 - last >= piece) {
      last = close + 1;
      cuts.push(last);
    }
  }
  return { depth: deepest, cuts };
}

interface SanitizerElement extends Element {
  setHTML(html: string, options: { sanitizer: { elements: string[]; replaceWithChildrenElements: string[]; attributes: string[] } }): void;
}

/** Which engine to use; `dompurify` forces the fallback (tests cover both). */
export type SanitizerEngine = 'auto' | 'dompurify';

/** Puts the sanitised form of `html` into `target`, replacing what was there. */
export async function setSanitizedHtml(target: Element, html: string, engine: SanitizerEngine = 'auto'): Promise<void> {
  const run = {};
  runs.set(target, run);
  // Bounded before anything parses it: the size, then the nesting (issue 14).
  const bounded = html.length > MAX_HTML_LENGTH ? html.slice(0, MAX_HTML_LENGTH) : html;
  const { depth, cuts } = scan(bounded, MAX_HTML_DEPTH, PIECE_LENGTH);
  if (depth > MAX_HTML_DEPTH) {
    console.warn(`[flexschil] rich text nests deeper than ${MAX_HTML_DEPTH} elements: shown as plain text`);
    const { plainParagraphs } = await trustedTypes();
    if (runs.get(target) === run) target.replaceChildren(...plainParagraphs(bounded));
    return;
  }
  const sanitize = engine === 'auto' && 'setHTML' in target ? sanitizeWithBrowser : await domPurify();
  const nodes: Node[] = [];
  let start = 0;
  for (const end of [...cuts, bounded.length]) {
    if (start > 0) await yieldToMain();
    // A newer text for the same target started meanwhile: it wins.
    if (runs.get(target) !== run) return;
    nodes.push(...(await sanitizedOrText(sanitize, bounded.slice(start, end))));
    start = end;
  }
  if (runs.get(target) === run) target.replaceChildren(...nodes);
}

/**
 * The sanitised nodes of `html`; its text as paragraphs where the page refuses to parse it: one
 * that enforces Trusted Types without allowing our policy, in a browser without the Sanitizer API
 * (src/shared/trusted-types.ts).
 */
async function sanitizedOrText(sanitize: (html: string) => HTMLElement, html: string): Promise<Node[]> {
  try {
    return [...sanitize(html).childNodes];
  } catch (error) {
    console.warn('[flexschil] rich text shown as plain text:', error);
    return (await trustedTypes()).plainParagraphs(html);
  }
}

/** Characters sanitised in one task (a long description is cut between its top-level elements). */
const PIECE_LENGTH = 8_000;
/** The latest run per target, so a slow earlier run never overwrites a later text. */
const runs = new WeakMap<Element, object>();

function sanitizeWithBrowser(html: string): HTMLElement {
  const holder = document.createElement('div');
  (holder as unknown as SanitizerElement).setHTML(html, {
    sanitizer: { elements: allowedElements, replaceWithChildrenElements: unwrappedElements, attributes: allowedAttributes },
  });
  return fixLinks(holder);
}

async function domPurify(): Promise<(html: string) => HTMLElement> {
  // An instance of our own: its settings (our Trusted Types policy) stay out of a host's DOMPurify.
  const [{ default: createPurify }, { htmlRefused, trustedHtml }] = await Promise.all([import('dompurify'), trustedTypes()]);
  const DOMPurify = createPurify(window);
  return (html) => {
    if (htmlRefused()) throw new TypeError("this page's Trusted Types do not allow the policy 'flexschil'");
    const holder = document.createElement('div');
    holder.append(
      DOMPurify.sanitize(html, {
        ALLOWED_TAGS: allowedElements,
        ALLOWED_ATTR: allowedAttributes,
        ALLOW_DATA_ATTR: false,
        RETURN_DOM_FRAGMENT: true,
        // Our policy, not one of DOMPurify's own: a host's `trusted-types` names one for the library.
        TRUSTED_TYPES_POLICY: { createHTML: trustedHtml, createScriptURL: (url: string) => url } as never,
      }),
    );
    return fixLinks(holder);
  };
}

/**
 * Both engines keep `href`; the contract is stricter about which URLs may be links, and only a
 * link has any business carrying one.
 */
function fixLinks(holder: HTMLElement): HTMLElement {
  for (const element of holder.querySelectorAll('[href]')) {
    const href = element.localName === 'a' ? safeUrl(element.getAttribute('href'), { mailto: true }) : null;
    if (href) {
      element.setAttribute('href', href);
      element.setAttribute('rel', 'noopener noreferrer nofollow');
    } else {
      element.removeAttribute('href');
    }
  }
  return holder;
}
