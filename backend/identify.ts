/**
 * Who is asking: a bearer token, or an intranet's session cookie carrying the same kind of
 * token (CONTRACT.md §1 Auth, `credentials: "include"`). Credentials that are present but
 * wrong are a 401 everywhere, also on public data: the client should know its session ended
 * rather than silently see less.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from './context.js';
import { unauthorized } from './http/problem.js';

/** Name of the cookie an intranet may set with the user's token instead of a bearer token. */
export const SESSION_COOKIE = 'flexschil-session';

/** The session cookie: from the header, or from the runtime when it hides the header (a service worker). */
function sessionToken(c: Context<AppEnv>): string | undefined {
  return c.env?.cookies?.[SESSION_COOKIE] ?? getCookie(c, SESSION_COOKIE);
}

/** Sets `viewer` and `credentialed`; returns a 401 answer for bad credentials. */
export async function authenticate(c: Context<AppEnv>): Promise<Response | null> {
  const authorization = c.req.header('Authorization');
  const session = authorization === undefined ? sessionToken(c) : undefined;
  c.set('credentialed', authorization !== undefined || session !== undefined);
  if (authorization === undefined && session === undefined) {
    c.set('viewer', null);
    return null;
  }
  const token = session ?? /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  const viewer = token && token.length <= 8192 ? await c.get('deps').identity.verify(token, c.get('deps').log) : null;
  if (!viewer) return unauthorized('Het toegangstoken is ongeldig of verlopen. Log opnieuw in.', 'invalid_token');
  c.set('viewer', viewer);
  return null;
}
