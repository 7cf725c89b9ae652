/**
 * JSON answers with the right caching. Public data asked without credentials is cacheable
 * (ETag, 304). Anything asked with credentials — a bearer token or the session cookie — is
 * `private, no-store`: a shared cache must never hand one employee's answer to the next visitor.
 *
 * Most public answers depend only on the data, the language, the day (closing dates turn
 * assignments closed) and the URL; their routes say so (`fromData`). When the store keeps a data
 * version, their ETag is made of those, so a revalidation (`If-None-Match`) of an answer this
 * instance gave is answered 304 before any query runs ({@link notModified}). Other answers (a session closes at the hour it
 * starts), and all answers of a store without a version, get an ETag hashed from the body.
 * Answers with a version ETag are kept ready to send (backend/http/answer-cache.ts), so the next
 * client without them gets them without a query ({@link keptAnswer}).
 */
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { AppEnv, ContentCoding } from '../context.js';
import type { KeptAnswer } from './answer-cache.js';
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
  const { config, log } = c.get('deps');
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
    'Content-Language': c.get('lang'),
    Vary: VARY,
    ...options.headers,
  });
  const status = options.status ?? 200;
  const compressible = compresses(c, text);
  if (compressible) headers.set('Vary', `${headers.get('Vary')}, Accept-Encoding`);
  if (c.get('credentialed') || status !== 200 || !isRead(c)) {
    headers.set('Cache-Control', 'private, no-store');
  } else {
    const version = versionEtag(c);
    const etag = version ?? `W/"${hashText(text)}"`;
    publicHeaders(c, headers, etag);
    // The route found a 200 at this URL: from now on its revalidation is answered before it runs.
    if (version) c.get('deps').etags.add(c.get('dataVersion')!, version);
    // Here, after the route, `*` is right too: there is a current representation (RFC 9110 §13.1.2).
    if (matchesEtag(c.req.header('If-None-Match'), etag)) {
      headers.delete('Content-Type');
      return new Response(null, { status: 304, headers });
    }
  }
  const coding = accepted(c);
  const encoding = compressible ? coding : null;
  if (encoding) headers.set('Content-Encoding', encoding);
  const answer = encoding ? c.get('deps').compress!(text, encoding) : text;
  const etag = status === 200 ? versionEtag(c) : null;
  if (etag) keep(c, etag, coding, { body: answer, headers: [...headers] });
  return new Response(answer, { status, headers });
}

/** A GET, or a HEAD, which is answered with the same headers (RFC 9110 §9.3.2); the runtime drops its body. */
function isRead(c: Context<AppEnv>): boolean {
  return c.req.method === 'GET' || c.req.method === 'HEAD';
}

/** Keeps a public answer for the next request with the same ETag and `Accept-Encoding`. */
function keep(c: Context<AppEnv>, etag: string, accepted: ContentCoding | null, answer: KeptAnswer): void {
  c.get('deps').answers?.set(c.get('dataVersion')!, etag, accepted, answer);
}

/**
 * The kept answer for a public GET (backend/http/answer-cache.ts): what the route would answer
 * now, made when an earlier client asked the same at the same data version. Null otherwise.
 */
export function keptAnswer(c: Context<AppEnv>): Response | null {
  const cache = c.get('deps').answers;
  const etag = cache && versionEtag(c);
  if (!etag) return null;
  const kept = cache.get(c.get('dataVersion')!, etag, accepted(c));
  if (!kept) return null;
  // A kept answer is a 200 this instance gave: a client that holds it gets a 304.
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return notModifiedAnswer(c, etag);
  return new Response(kept.body, { status: 200, headers: kept.headers });
}

/**
 * Makes a public answer with `make`, or, when another client is having the same answer made
 * right now, waits for it and sends what it kept (backend/http/answer-cache.ts `once`).
 */
export async function makeOnce(c: Context<AppEnv>, make: () => Response | Promise<Response>): Promise<Response> {
  const cache = c.get('deps').answers;
  const etag = cache && versionEtag(c);
  if (!etag) return make();
  return (await cache.once(etag, accepted(c), async () => make())) ?? keptAnswer(c) ?? make();
}

/** The content coding this client's answer would have, when the runtime compresses. */
function accepted(c: Context<AppEnv>): ContentCoding | null {
  return c.get('deps').compress ? negotiateEncoding(c.req.header('Accept-Encoding')) : null;
}

/** Answers at least this long are compressed; below it the headers would outweigh the saving. */
export const COMPRESS_FROM = 1024;

/** Whether this answer goes out compressed to clients that accept it (the runtime compresses, and it is long enough). */
function compresses(c: Context<AppEnv>, text: string): boolean {
  return !!c.get('deps').compress && text.length >= COMPRESS_FROM;
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
  const version = c.get('dataVersion');
  if (version === null || !c.get('fromData') || c.get('credentialed') || !isRead(c)) return null;
  return `W/"${version}-${c.get('lang')}-${c.get('today')}-${urlHash(c.req.raw)}"`;
}

/**
 * The hash of a request's path and query, made once per request: a kept answer or a 304 asks
 * for the ETag up to four times, and parsing the URL and hashing it each time was a fifth of a
 * 304's CPU time (issue 15). The request's URL is already serialized (`scheme://authority/path?query`),
 * so the path starts at the first `/` after the authority; a fragment is no part of it.
 */
const urlHashes = new WeakMap<Request, string>();

function urlHash(request: Request): string {
  let hash = urlHashes.get(request);
  if (hash === undefined) {
    const url = request.url;
    const path = url.indexOf('/', url.indexOf('://') + 3);
    const fragment = url.indexOf('#', path);
    hash = hashText(path === -1 ? '/' : url.slice(path, fragment === -1 ? undefined : fragment));
    urlHashes.set(request, hash);
  }
  return hash;
}

/**
 * 304 for a public GET whose `If-None-Match` names the current {@link versionEtag}, when this
 * instance gave a 200 with it (backend/http/issued-etags.ts): what the client holds is what the
 * route would answer, so the route is not run. Null otherwise: the route decides, and a URL
 * whose answer is a 401 or 404 never gets a 304 for a guessed ETag, nor for `*` (true only when
 * there is a current representation, RFC 9110 §13.1.2).
 */
export function notModified(c: Context<AppEnv>): Response | null {
  const etag = versionEtag(c);
  const asked = etag && c.req.header('If-None-Match');
  if (!asked || !matchesEtag(asked, etag) || !c.get('deps').etags.has(c.get('dataVersion')!, etag)) return null;
  return notModifiedAnswer(c, etag);
}

function notModifiedAnswer(c: Context<AppEnv>, etag: string): Response {
  // As the 200 would say (RFC 9110 §15.4.5); list and item answers are long enough to be compressed.
  const headers = new Headers({ 'Content-Language': c.get('lang'), Vary: c.get('deps').compress ? `${VARY}, Accept-Encoding` : VARY });
  publicHeaders(c, headers, etag);
  return new Response(null, { status: 304, headers });
}

function publicHeaders(c: Context<AppEnv>, headers: Headers, etag: string): void {
  const { publicMaxAge } = c.get('deps').config;
  headers.set('ETag', etag);
  headers.set('Cache-Control', `public, max-age=${publicMaxAge}, stale-while-revalidate=${publicMaxAge * 5}`);
}

/** Personal answers that are not JSON (CSV, a CV): never stored by any cache. */
export function privateHeaders(c: Context<AppEnv>, headers: Record<string, string>): Headers {
  return new Headers({ 'Cache-Control': 'private, no-store', 'Content-Language': c.get('lang'), Vary: VARY, ...headers });
}

/**
 * Whether `If-None-Match` names `etag` (weak comparison), or is `*`. Only for an answer the
 * route found: `*` means "any current representation", and the caller has one.
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  // What a browser sends: the ETag it was given, as it was given.
  if (header === etag) return true;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}
