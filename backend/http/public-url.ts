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

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** The eight 16-bit groups of an IPv6 address in text (`2001:db8::1`, `::ffff:192.0.2.1`), or null. */
function ipv6Groups(text: string): number[] | null {
  let address = text;
  const lastColon = address.lastIndexOf(':');
  const last = address.slice(lastColon + 1);
  if (lastColon >= 0 && last.includes('.')) {
    // An IPv4 address in the last 32 bits: as two groups.
    if (!IPV4.test(last)) return null;
    const [a, b, c, d] = last.split('.').map(Number);
    address = `${address.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const parse = (half: string) => (half === '' ? [] : half.split(':'));
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  if (![...head, ...tail].every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  return [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((group) => Number.parseInt(group, 16));
}

/**
 * The key a client is counted by (rate limits, its share of the requests in flight), from its
 * address: an IPv4 address as it is; an IPv6 address by its /64 (`2001:db8:1:2::/64`), which is
 * what one household, office or server is given — counted per full address, one machine had
 * 2^64 budgets; an IPv4 address mapped into IPv6 (`::ffff:192.0.2.1`, as a dual-stack socket
 * names IPv4 clients) as the IPv4 address. Anything else (a proxy's `unknown`) as it is.
 */
export function clientKey(address: string): string {
  const plain = address
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, ''); // a zone (`fe80::1%eth0`) names the interface, not the client
  if (IPV4.test(plain)) return plain;
  const groups = ipv6Groups(plain);
  if (!groups) return address;
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}
