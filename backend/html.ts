/**
 * Sanitising rich text before it is stored (an assignment's description, a session's
 * question): the contract's allowlist (src/api/rules/html.ts), with DOMPurify — the engine the
 * widgets fall back to — on whatever DOM the runtime has (the browser's for the mock, jsdom
 * on the server). The widgets sanitise again when they show it: a backend is never trusted,
 * not even this one.
 */
import createDOMPurify from 'dompurify';
import { allowedAttributes, allowedElements, unwrappedElements } from '../src/api/rules/html.js';
import { safeUrl } from '../src/api/url.js';

export type HtmlSanitizer = (html: string) => string;

/** A sanitiser on a window (`window` in a browser, `new JSDOM('').window` in Node). */
export function htmlSanitizer(window: unknown): HtmlSanitizer {
  const purify = createDOMPurify(window as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (!node.hasAttribute?.('href')) return;
    const href = node.nodeName.toLowerCase() === 'a' ? safeUrl(node.getAttribute('href'), { mailto: true }) : null;
    if (href) node.setAttribute('href', href);
    else node.removeAttribute('href');
  });
  return (html) => {
    const body = purify.sanitize(html, {
      ALLOWED_TAGS: [...allowedElements, ...unwrappedElements],
      ALLOWED_ATTR: allowedAttributes,
      ALLOW_DATA_ATTR: false,
      RETURN_DOM: true,
    }) as HTMLElement;
    // Containers the contract does not keep: dropped, their content kept (deepest first).
    for (const container of [...body.querySelectorAll(unwrappedElements.join(','))].reverse()) container.replaceWith(...container.childNodes);
    return body.innerHTML.trim();
  };
}
