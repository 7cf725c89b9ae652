import { isEmailAddress } from './rules/contact.js';

/**
 * Backend URLs are untrusted (CONTRACT.md §1): only `http:`/`https:` — and `mailto:` for
 * contact links — may become a link or an image source. Everything else (`javascript:`,
 * `data:`, `vbscript:`, relative junk) is dropped at the edge, so no element has to check.
 *
 * A `mailto:` link is kept only for one plain address (`mailto:name@example.nl`), as a contact
 * e-mail is: headers in its query (`?bcc=…&body=…`, RFC 6068) would let a backend put
 * recipients and text of its own into the visitor's mail.
 */
export function safeUrl(value: string | null | undefined, { mailto = false } = {}): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  return mailto && url.protocol === 'mailto:' ? plainMailto(url) : null;
}

/** A backend URL for a link or an image: http(s), else `null` (the schemas' `httpUrl`). */
export function httpUrlOrNull(value: string | null | undefined): string | null {
  return safeUrl(value);
}

/** A backend URL for a contact link: http(s) or a plain `mailto:`, else `null` (the schemas' `linkUrl`). */
export function linkUrlOrNull(value: string | null | undefined): string | null {
  return safeUrl(value, { mailto: true });
}

function plainMailto(url: URL): string | null {
  if (url.search || url.hash) return null;
  let address: string;
  try {
    address = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  return isEmailAddress(address) ? `mailto:${address}` : null;
}

/**
 * A URL the *host page* gives in an attribute (`privacy-url="/privacy"`): resolved against the
 * document, as the browser resolves an `href`, and still only `http:`/`https:`. Backend data
 * never goes through this: it stays restricted to absolute URLs (`safeUrl`).
 */
export function hostUrl(value: string | null | undefined, base: string = document.baseURI): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}
