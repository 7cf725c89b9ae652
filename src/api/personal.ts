/**
 * The other half of the marketplace (contract 1.1): requests made for a signed-in visitor,
 * never cached. The one request helper that the modules of personal and writing requests
 * (`inbox.ts`, `posting.ts`, `profiles.ts`, `sessions.ts`) share, `GET /me`, and the idempotency
 * key of a POST. Loaded by the pages that make such requests, not by every page (issue 15).
 */
import { rememberContentLanguage } from './content-language.js';
import { type ClientCore, problemFrom, type RequestOptions, type SchemaLoader, startLoading, transport, type Versioned } from './core.js';
import type * as schemas from './schemas.js';

/**
 * One personal JSON request: never cached, never retried unless it is a GET. `replayed` is the
 * answer's `Idempotent-Replayed: true`: it answers a request made before.
 */
export async function personal<T>(
  client: ClientCore,
  method: 'GET' | 'PATCH' | 'POST',
  path: string,
  load: SchemaLoader<T>,
  options: RequestOptions & { body?: unknown; headers?: Record<string, string> },
): Promise<Versioned<T> & { replayed: boolean }> {
  const t = transport(client);
  const schema = startLoading(load);
  const url = t.endpoint + path;
  const headers = await t.headers(options.lang);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  const signal = options.signal ?? new AbortController().signal;
  const read = async (response: Response, signal: AbortSignal) => ({ value: await t.parseBody(response, schema, url, signal), response });
  let answer: { value: T; response: Response };
  if (method === 'GET') {
    answer = await t.getWithRetry(url, headers, signal, read);
  } else {
    headers.set('Content-Type', method === 'PATCH' ? 'application/merge-patch+json' : 'application/json');
    answer = await t.send(url, { method, headers, body: JSON.stringify(options.body ?? {}) }, options.signal, t.options.timeout, async (response, signal) => {
      if (!response.ok) throw await problemFrom(response, signal);
      return read(response, signal);
    });
  }
  const { headers: answered } = answer.response;
  rememberContentLanguage(answer.value, answered.get('Content-Language'));
  return { value: answer.value, etag: answered.get('ETag'), replayed: answered.get('Idempotent-Replayed') === 'true' };
}

/**
 * The `If-Match` of a change: the version the client read. Without one (a backend that sends no
 * `ETag`), the change goes without it, and a backend that insists, as the contract asks, answers
 * 428; the elements then show the newest version or the failure, keeping what was typed.
 */
export function ifMatch(etag: string | null): Record<string, string> {
  return etag ? { 'If-Match': etag } : {};
}

/** `GET /me`: who the visitor is to this backend and what they may do. */
export function getMe(client: ClientCore, options: RequestOptions = {}): Promise<schemas.Me> {
  return personal(client, 'GET', '/me', () => import('./validators/base.js').then((m) => m.Me), options).then((r) => r.value);
}

/** A fresh key for one application; kept by the caller across retries. Works outside secure contexts too. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
