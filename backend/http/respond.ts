/**
 * JSON answers with the right caching. Public data asked without credentials is cacheable
 * (ETag, 304). Anything asked with credentials — a bearer token or the session cookie — is
 * `private, no-store`: a shared cache must never hand one employee's answer to the next visitor.
 */
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { AppEnv } from '../context.js';
import { hashText } from './hash.js';
import { problem } from './problem.js';

export interface RespondOptions {
  /** The contract's schema of this answer; checked when `validateResponses` is on. */
  schema?: z.ZodMiniType;
  status?: 200 | 201;
  headers?: Record<string, string>;
}

/** Every answer may differ by these request headers (Origin is added by CORS). */
export const VARY = 'Accept-Language, Authorization, Cookie';

export function respond(c: Context<AppEnv>, body: unknown, options: RespondOptions = {}): Response {
  const { config, log } = c.var.deps;
  if (config.validateResponses && options.schema) {
    const result = options.schema.safeParse(body);
    if (!result.success) {
      // A bug in this backend, not in the request: loud in development and tests.
      log.error('response.invalid', { route: c.req.routePath, issues: JSON.stringify(result.error.issues).slice(0, 2000) });
      return problem(500, 'server-error', 'Serverfout', 'Het antwoord voldoet niet aan het contract.');
    }
  }
  const text = JSON.stringify(body);
  const headers = new Headers({
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Language': c.var.lang,
    Vary: VARY,
    ...options.headers,
  });
  const status = options.status ?? 200;
  if (c.var.credentialed || status !== 200 || c.req.method !== 'GET') {
    headers.set('Cache-Control', 'private, no-store');
    return new Response(text, { status, headers });
  }

  const etag = `W/"${hashText(text)}"`;
  headers.set('ETag', etag);
  headers.set('Cache-Control', `public, max-age=${config.publicMaxAge}, stale-while-revalidate=${config.publicMaxAge * 5}`);
  if (matchesEtag(c.req.header('If-None-Match'), etag)) {
    headers.delete('Content-Type');
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status, headers });
}

/** Personal answers that are not JSON (CSV, a CV): never stored by any cache. */
export function privateHeaders(c: Context<AppEnv>, headers: Record<string, string>): Headers {
  return new Headers({ 'Cache-Control': 'private, no-store', 'Content-Language': c.var.lang, Vary: VARY, ...headers });
}

export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}
