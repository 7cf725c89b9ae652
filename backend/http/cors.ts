/**
 * CORS for widgets embedded on other sites. Written out rather than hono/cors, which cost about
 * three quarters of the throughput in a measurement here.
 *
 * - a listed origin is echoed, with credentials allowed (cookies: intranet sessions);
 * - any other origin reads without credentials (`*`): the public boards on any CMS, a partner
 *   municipality's site, an acceptance environment. CORS guards a visitor's cookies, not public
 *   data (a server reads that without any browser), and listing an intranet for its cookie
 *   session must not close the API to every unlisted site, whose boards would then say
 *   "unavailable". A `*` in the list is accepted and changes nothing. A bearer token works from
 *   any origin: the page had to hold it.
 */
import type { MiddlewareHandler } from 'hono';

const ALLOW_METHODS = 'GET, POST, PATCH, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-Match, If-None-Match, Accept-Language';
// Without these, a cross-origin script cannot read Retry-After (429), ETag or the file name of a download.
const EXPOSE_HEADERS = 'Retry-After, ETag, Location, Content-Language, Content-Disposition, Idempotent-Replayed, API-Version, X-Request-Id';

/** The origins of CORS_ORIGINS whose pages may send credentials (a `*` in the list is none of them). */
export function listedOrigins(origins: readonly string[]): Set<string> {
  return new Set(origins.filter((origin) => origin !== '*').map((origin) => origin.replace(/\/+$/, '')));
}

export function cors(origins: readonly string[]): MiddlewareHandler {
  const listed = listedOrigins(origins);

  return async function corsMiddleware(c, next) {
    const origin = c.req.header('Origin');
    const credentials = origin !== undefined && listed.has(origin);
    const allowed = origin !== undefined;

    if (c.req.method === 'OPTIONS' && origin && c.req.header('Access-Control-Request-Method')) {
      const headers = new Headers({ Vary: 'Origin, Access-Control-Request-Headers' });
      if (allowed) {
        headers.set('Access-Control-Allow-Origin', credentials ? origin : '*');
        if (credentials) headers.set('Access-Control-Allow-Credentials', 'true');
        headers.set('Access-Control-Allow-Methods', ALLOW_METHODS);
        headers.set('Access-Control-Allow-Headers', ALLOW_HEADERS);
        headers.set('Access-Control-Max-Age', '600');
      }
      return new Response(null, { status: 204, headers });
    }

    await next();
    // Answers differ per Origin: shared caches must keep them apart.
    c.res.headers.append('Vary', 'Origin');
    if (!allowed) return;
    c.res.headers.set('Access-Control-Allow-Origin', credentials ? origin : '*');
    if (credentials) c.res.headers.set('Access-Control-Allow-Credentials', 'true');
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  };
}
