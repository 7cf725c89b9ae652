/**
 * JSON answers with the right caching: public data is cacheable (ETag, 304), anything asked
 * with credentials is `private, no-store` (an intranet answer must never be served to the next
 * visitor by a shared cache).
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { AppEnv, Deps } from '../context.js';
import { problem } from './problem.js';

export interface RespondOptions {
  /** The contract's schema of this answer; checked when `validateResponses` is on. */
  schema?: z.ZodMiniType;
  status?: 200 | 201;
  headers?: Record<string, string>;
}

export function respond(c: Context<AppEnv>, deps: Deps, body: unknown, options: RespondOptions = {}): Response {
  if (deps.validateResponses && options.schema) {
    const result = options.schema.safeParse(body);
    if (!result.success) {
      // A bug in this server, not in the request: loud in development and tests.
      deps.log.error('response.invalid', { route: c.req.routePath, issues: JSON.stringify(result.error.issues).slice(0, 2000) });
      return problem(500, 'server-error', 'Serverfout', 'Het antwoord voldoet niet aan het contract.');
    }
  }
  const text = JSON.stringify(body);
  const headers = new Headers({
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Language': c.var.lang,
    Vary: 'Accept-Language, Authorization',
    ...options.headers,
  });
  const status = options.status ?? 200;
  const personal = c.req.header('Authorization') !== undefined;
  if (personal || status !== 200 || c.req.method !== 'GET') {
    headers.set('Cache-Control', 'private, no-store');
    return new Response(text, { status, headers });
  }

  // Weak: the same JSON may be compressed differently on its way out.
  const etag = `W/"${createHash('sha1').update(text).digest('base64url')}"`;
  headers.set('ETag', etag);
  headers.set('Cache-Control', `public, max-age=${deps.publicMaxAge}, stale-while-revalidate=${deps.publicMaxAge * 5}`);
  if (matchesEtag(c.req.header('If-None-Match'), etag)) {
    headers.delete('Content-Type');
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status, headers });
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}
