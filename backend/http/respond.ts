/**
 * JSON answers with the right caching. Public data asked without credentials is cacheable
 * (ETag, 304). Anything asked with credentials — a bearer token or the session cookie — is
 * `private, no-store`: a shared cache must never hand one employee's answer to the next visitor.
 *
 * Most public answers depend only on the data, the language, the day (closing dates turn
 * assignments closed) and the URL; their routes say so (`fromData`). When the store keeps a data
 * version, their ETag is made of those, so a revalidation (`If-None-Match`) is answered 304
 * before any query runs ({@link notModified}). Other answers (a session closes at the hour it
 * starts), and all answers of a store without a version, get an ETag hashed from the body.
 */
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { AppEnv, ContentCoding } from '../context.js';
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
  const compressible = compresses(c, text);
  if (compressible) headers.set('Vary', `${headers.get('Vary')}, Accept-Encoding`);
  if (c.var.credentialed || status !== 200 || c.req.method !== 'GET') {
    headers.set('Cache-Control', 'private, no-store');
  } else {
    const etag = versionEtag(c) ?? `W/"${hashText(text)}"`;
    publicHeaders(c, headers, etag);
    if (matchesEtag(c.req.header('If-None-Match'), etag)) {
      headers.delete('Content-Type');
      return new Response(null, { status: 304, headers });
    }
  }
  const encoding = compressible ? negotiateEncoding(c.req.header('Accept-Encoding')) : null;
  if (!encoding || !c.var.deps.compress) return new Response(text, { status, headers });
  headers.set('Content-Encoding', encoding);
  return new Response(c.var.deps.compress(text, encoding), { status, headers });
}

/** Answers at least this long are compressed; below it the headers would outweigh the saving. */
export const COMPRESS_FROM = 1024;

/** Whether this answer goes out compressed to clients that accept it (the runtime compresses, and it is long enough). */
function compresses(c: Context<AppEnv>, text: string): boolean {
  return !!c.var.deps.compress && text.length >= COMPRESS_FROM;
}

/**
 * The content coding for a client's `Accept-Encoding` (RFC 9110 §12.5.3): brotli when it is
 * accepted at least as much as gzip, else gzip; null when neither is (or no header came).
 */
export function negotiateEncoding(header: string | undefined): ContentCoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : null;
}

/**
 * The ETag of a public GET from the data version: the same for every answer to this URL until
 * the data, the language or the day changes. Weak: the compressed and plain bodies share it.
 * Null when the answer is personal or the store keeps no version.
 */
export function versionEtag(c: Context<AppEnv>): string | null {
  const version = c.var.dataVersion;
  if (version === null || !c.var.fromData || c.var.credentialed || c.req.method !== 'GET') return null;
  const url = new URL(c.req.url);
  return `W/"${version}-${c.var.lang}-${c.var.today}-${hashText(url.pathname + url.search)}"`;
}

/**
 * 304 for a public GET whose `If-None-Match` names the current {@link versionEtag}: what the
 * client holds is what the route would answer, so the route is not run. Null otherwise.
 */
export function notModified(c: Context<AppEnv>): Response | null {
  const etag = versionEtag(c);
  if (!etag || !matchesEtag(c.req.header('If-None-Match'), etag)) return null;
  // As the 200 would say (RFC 9110 §15.4.5); list and item answers are long enough to be compressed.
  const headers = new Headers({ 'Content-Language': c.var.lang, Vary: c.var.deps.compress ? `${VARY}, Accept-Encoding` : VARY });
  publicHeaders(c, headers, etag);
  return new Response(null, { status: 304, headers });
}

function publicHeaders(c: Context<AppEnv>, headers: Headers, etag: string): void {
  const { publicMaxAge } = c.var.deps.config;
  headers.set('ETag', etag);
  headers.set('Cache-Control', `public, max-age=${publicMaxAge}, stale-while-revalidate=${publicMaxAge * 5}`);
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
