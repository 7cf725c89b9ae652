/**
 * Backend URLs are untrusted (CONTRACT.md §1): only `http:`/`https:` — and `mailto:` for
 * contact links — may become a link or an image source. Everything else (`javascript:`,
 * `data:`, `vbscript:`, relative junk) is dropped at the edge, so no element has to check.
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
  const allowed = url.protocol === 'https:' || url.protocol === 'http:' || (mailto && url.protocol === 'mailto:');
  return allowed ? url.href : null;
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
