/**
 * Who is asking: a bearer token, or an intranet's session cookie carrying the same kind of
 * token (CONTRACT.md §1 Auth, `credentials: "include"`). Credentials that are present but
 * wrong are a 401 everywhere, also on public data: the client should know its session ended
 * rather than silently see less.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from './context.js';
import { listedOrigins } from './http/cors.js';
import { forbidden, unauthorized } from './http/problem.js';
import { publicRequestUrl } from './http/public-url.js';

/** Name of the cookie an intranet may set with the user's token instead of a bearer token. */
export const SESSION_COOKIE = 'flexschil-session';

/** The session cookie: from the header, or from the runtime when it hides the header (a service worker). */
function sessionToken(c: Context<AppEnv>): string | undefined {
  return c.env?.cookies?.[SESSION_COOKIE] ?? getCookie(c, SESSION_COOKIE);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request that changes something and carries the session cookie comes from a page of
 * another site the server does not know: its `Origin` is neither listed in CORS_ORIGINS nor the
 * API's own, or (a browser that sent no Origin) its `Sec-Fetch-Site` says `cross-site`. The
 * browser sends the cookie along with a form any page can post (multipart/form-data needs no
 * preflight), so without this a hostile page could file an application in an employee's name.
 * A page that may use the cookie is listed anyway (else it could not read the answer).
 */
function foreignSessionWrite(c: Context<AppEnv>): boolean {
  if (SAFE_METHODS.has(c.req.method)) return false;
  const origin = c.req.header('Origin');
  if (origin === undefined) return c.req.header('Sec-Fetch-Site')?.trim().toLowerCase() === 'cross-site';
  const config = c.get('deps').config;
  if (listedOrigins(config.corsOrigins).has(origin)) return false;
  return origin !== new URL(c.req.url).origin && origin !== publicRequestUrl(c.req.raw, config).origin;
}

/**
 * Sets `viewer` and `credentialed`; returns a 401 answer for bad credentials, and a 403 for a
 * cookie session's write from a page of another site (`foreignSessionWrite`).
 */
export async function authenticate(c: Context<AppEnv>): Promise<Response | null> {
  const authorization = c.req.header('Authorization');
  const session = authorization === undefined ? sessionToken(c) : undefined;
  c.set('credentialed', authorization !== undefined || session !== undefined);
  if (authorization === undefined && session === undefined) {
    c.set('viewer', null);
    return null;
  }
  if (session !== undefined && foreignSessionWrite(c)) {
    c.get('deps').log.warn('auth.cross-site-refused', { method: c.req.method, origin: (c.req.header('Origin') ?? '').slice(0, 200) || null, detail: 'a write with the session cookie from a page whose origin is not in CORS_ORIGINS' });
    return forbidden('Dit verzoek komt met je sessie van een pagina van een andere website. Iets wijzigen of versturen met je sessie kan alleen vanaf de eigen website van de organisatie.');
  }
  const token = session ?? /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  const viewer = token && token.length <= 8192 ? await c.get('deps').identity.verify(token, c.get('deps').log) : null;
  if (!viewer) return unauthorized('Het toegangstoken is ongeldig of verlopen. Log opnieuw in.', 'invalid_token');
  c.set('viewer', viewer);
  return null;
}
