/**
 * The API's own URLs as its clients reach them. Behind a reverse proxy that ends TLS, the
 * request this process sees is `http://<Host>/…`, so the Atom feed's id and self link said
 * `http:` to readers that fetched it over https. Everything that names the API itself (the
 * feed, the calendar file's UID, the Location of what a POST created, `servers` in
 * /openapi.json) asks here.
 *
 * `publicUrl` (PUBLIC_URL) names the API's public base outright: it wins, holds where a proxy
 * serves the API under another path, and needs no request. Without it, behind `trustProxy`
 * proxies, `X-Forwarded-Proto` is believed; `X-Forwarded-Host` is not: TRUST_PROXY counts
 * proxies that append to X-Forwarded-For, which says nothing of whether they overwrite the host
 * header (nginx passes a client's on unless told otherwise), and a host a client made up would
 * end up in a publicly cached feed. Proxies keep `Host` by default; one that does not needs
 * PUBLIC_URL.
 */

export interface PublicUrlConfig {
  /** Where the API lives on this server (`/api/v1`). */
  basePath: string;
  /** The API's base URL as clients reach it (`https://api.example.nl/api/v1`), or null. */
  publicUrl: string | null;
  /** Proxies in front that append to X-Forwarded-For (0: none; nothing forwarded is believed). */
  trustProxy: number;
}

/**
 * `PUBLIC_URL` checked: an absolute http(s) URL without query or fragment, returned without a
 * trailing slash (paths are appended to it); anything else stops the start, naming `name`.
 */
export function checkPublicUrl(name: string, value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // not a URL at all
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new Error(`${name} must be the API's public base URL, absolute http(s) without query, e.g. https://api.example.nl/api/v1; got "${value}"`);
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * The entry of a list-valued forwarding header (`X-Forwarded-For`, `X-Forwarded-Proto`) that the
 * outermost of `trustProxy` appending proxies wrote: counted from the right, as proxy-aware
 * frameworks do; entries further left were written by the client. One proxy that overwrites
 * leaves a single entry. Nothing without trusted proxies.
 */
export function forwardedEntry(request: Request, header: string, trustProxy: number): string | undefined {
  if (trustProxy <= 0) return undefined;
  // Several headers of one name count as one list, in order (RFC 9110 §5.3).
  const hops = (request.headers.get(header) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return hops[hops.length - trustProxy] ?? hops[0];
}

/** The URL of this request as the client asked for it (query included). */
export function publicRequestUrl(request: Request, config: PublicUrlConfig): URL {
  const url = new URL(request.url);
  if (config.publicUrl) {
    const path = url.pathname.startsWith(config.basePath) ? url.pathname.slice(config.basePath.length) : url.pathname;
    return new URL(`${config.publicUrl}${path}${url.search}`);
  }
  const scheme = forwardedEntry(request, 'X-Forwarded-Proto', config.trustProxy)?.toLowerCase();
  // Only the two schemes a proxy in front of an HTTP server can mean; anything else is ignored.
  if (scheme === 'https' || scheme === 'http') url.protocol = scheme;
  return url;
}

/**
 * A path of the API (`/sessions/s-1`) as a Location header: absolute under `publicUrl`, else
 * relative, which a client resolves against the URL it used, whatever proxy is in between.
 */
export function apiHref(config: PublicUrlConfig, path: string): string {
  return `${config.publicUrl ?? config.basePath}${path}`;
}
