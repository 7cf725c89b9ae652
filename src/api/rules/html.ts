/**
 * The contract's allowlist for rich text (an assignment's `description`, a session's
 * `question`): formatting, lists, headings and http(s)/mailto links — no images, media,
 * forms, styles or event handlers. The widgets sanitise with it before showing (src/shared/
 * sanitize.ts) and the backend before storing (backend/html.ts): one list.
 */
export const allowedElements = [
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'code', 'pre',
  'blockquote', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'span',
];
export const allowedAttributes = ['href', 'title'];
/**
 * Containers a CMS wraps text in: dropped, their content kept. The Sanitizer API removes an
 * element that is on no list together with everything inside it, so without this a description
 * wrapped in a `<div>` would show as nothing (DOMPurify keeps such content by default).
 */
export const unwrappedElements = [
  'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption', 'address',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'font', 'center', 'h1', 'label', 'time', 'cite', 'q',
];
