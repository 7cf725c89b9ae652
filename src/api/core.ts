/**
 * The one place that talks HTTP to a Flexschil backend (CONTRACT.md §1). Elements ask this
 * client; they never call `fetch` or parse JSON themselves.
 *
 * GETs are retried (network errors, 429, 502/503/504; `Retry-After` honoured), shared while
 * in flight, and cached briefly (stale-while-revalidate) per identity: a change of token or
 * credentials empties the cache, so one user's internal data is never shown to the next.
 *
 * This module is the client's core, which every page loads (issue 15): the transport and the
 * public reads of the collections. The personal and writing requests are functions over it in
 * modules of their own (`personal.ts`, `inbox.ts`, `posting.ts`, `profiles.ts`, `sessions.ts`,
 * `applications.ts`), imported by the elements that make them; `FlexschilClient` in `client.ts`
 * composes all of them into the one class of the public API.
 */
import { rememberContentLanguage } from './content-language.js';
import { FlexschilError, isAbortError, kindOfStatus, refusedAccess } from './errors.js';
import { yieldToMain } from './yield.js';
import { type AssignmentQuery, type ProfileQuery, type SessionQuery, toSearchParams } from './query.js';
import type * as schemas from './schemas.js';
import type { Validator } from './validators/runtime.js';

export type TokenGetter = () => Promise<string | null> | string | null;

export interface ClientOptions {
  /** Base URL such as `https://api.example.nl/flexschil/v1`. */
  endpoint: string;
  credentials?: RequestCredentials;
  /** When set, every request carries `Authorization: Bearer <token>`. */
  getToken?: TokenGetter | null;
  /** Milliseconds before a GET is given up (default 10 000). */
  timeout?: number;
  /** Milliseconds before an upload is given up (default 60 000). */
  uploadTimeout?: number;
  /** Retries of an idempotent GET after the first try (default 2). */
  retries?: number;
  /** First backoff delay in milliseconds; doubled each retry, with jitter (default 500). */
  retryDelay?: number;
  /** A `Retry-After` longer than this many seconds is not waited for: the error is shown instead (default 30). */
  maxRetryAfter?: number;
  /** Milliseconds an answer is served from cache without asking again (default 15 000). */
  cacheTtl?: number;
  /** Milliseconds after `cacheTtl` during which a stale answer is served while a fresh one is fetched (default 5 min). */
  staleTtl?: number;
  /**
   * Bytes of an answer's body read at most (default 2 MiB). A longer body is not read on: the
   * request fails with kind `invalid-response`, so a hostile or broken backend cannot make the
   * host page download and parse tens of megabytes on its main thread.
   */
  maxBodyBytes?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** UI language, sent as `Accept-Language` and part of the cache key. */
  lang?: string;
}

export interface SubmitOptions extends RequestOptions {
  /** Keep the same key across retries of one application: a replay then stores nothing new. */
  idempotencyKey: string;
}

interface CacheEntry {
  value: unknown;
  storedAt: number;
}

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  subscribers: number;
}

/** A response's validator, loaded when a request needs it. */
export type SchemaLoader<T> = () => Promise<Validator<T>>;

/**
 * Each response's validator, loaded with the first request that needs it, while that request is
 * in flight: a page loads the validators of the endpoints it calls and no others (a board never
 * loads the inbox's or the sessions'). Every response is still validated before it is returned.
 * The validators are generated from the zod schemas (`src/api/validators/`, issue 15): the same
 * checks and output without zod in the page.
 */
const loadSchema = {
  Assignment: () => import('./validators/assignment.js').then((m) => m.Assignment),
  AssignmentPage: () => import('./validators/assignment.js').then((m) => m.AssignmentPage),
  Profile: () => import('./validators/profile.js').then((m) => m.Profile),
  ProfilePage: () => import('./validators/profile.js').then((m) => m.ProfilePage),
  Vocabularies: () => import('./validators/base.js').then((m) => m.Vocabularies),
  Match: () => import('./validators/match.js').then((m) => m.Match),
  Session: () => import('./validators/session.js').then((m) => m.Session),
  SessionPage: () => import('./validators/session.js').then((m) => m.SessionPage),
};

const RETRYABLE = new Set([429, 502, 503, 504]);
/** An error answer's body is read only this far: a problem+json is a few hundred bytes. */
const MAX_PROBLEM_BYTES = 64 * 1024;
const MIB = 1024 * 1024;
const NO_STORE = /\bno-store\b/i;
const PROBLEM_JSON = /problem\+json/i;
const DELTA_SECONDS = /^\s*\d+\s*$/;

/**
 * The client as elements get it from `sharedClient()`: the transport and the public reads. Host
 * scripts use {@link FlexschilClient} (`client.ts`), which adds every other request.
 */
export class ClientCore {
  readonly endpoint: string;
  readonly credentials: RequestCredentials;
  private readonly options: Required<Omit<ClientOptions, 'getToken' | 'endpoint' | 'credentials'>> & {
    getToken: TokenGetter | null;
  };
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inFlight = new Map<string, SharedRequest>();
  private identity: string | null = null;
  /** Endpoints whose CORS refusal was explained in the console already. */
  #explained = new Set<string>();

  constructor(options: ClientOptions) {
    this.endpoint = options.endpoint.replace(/\/+$/, '');
    this.credentials = options.credentials ?? 'omit';
    this.options = {
      getToken: options.getToken ?? null,
      timeout: options.timeout ?? 10_000,
      uploadTimeout: options.uploadTimeout ?? 60_000,
      retries: options.retries ?? 2,
      retryDelay: options.retryDelay ?? 500,
      maxRetryAfter: options.maxRetryAfter ?? 30,
      cacheTtl: options.cacheTtl ?? 15_000,
      staleTtl: options.staleTtl ?? 300_000,
      maxBodyBytes: options.maxBodyBytes ?? 2 * MIB,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      now: options.now ?? (() => Date.now()),
    };
  }

  listAssignments(query: AssignmentQuery = {}, options: RequestOptions = {}): Promise<schemas.AssignmentPage> {
    return this.get(`/assignments${queryString(query)}`, loadSchema.AssignmentPage, options);
  }

  getAssignment(id: string, options: RequestOptions = {}): Promise<schemas.Assignment> {
    return this.get(`/assignments/${encodeURIComponent(id)}`, loadSchema.Assignment, options);
  }

  listProfiles(query: ProfileQuery = {}, options: RequestOptions = {}): Promise<schemas.ProfilePage> {
    return this.get(`/profiles${queryString(query)}`, loadSchema.ProfilePage, options);
  }

  getProfile(id: string, options: RequestOptions = {}): Promise<schemas.Profile> {
    return this.get(`/profiles/${encodeURIComponent(id)}`, loadSchema.Profile, options);
  }

  getVocabularies(options: RequestOptions = {}): Promise<schemas.Vocabularies> {
    return this.get('/vocabularies', loadSchema.Vocabularies, options);
  }

  /**
   * The backend's match, or `null` when it does not compute matches (404 or 501): the caller
   * then computes it in the browser with `match()`.
   */
  async getMatch(assignmentId: string, profileId: string, options: RequestOptions = {}): Promise<schemas.Match | null> {
    const path = `/assignments/${encodeURIComponent(assignmentId)}/match${queryString({ profile: profileId })}`;
    try {
      return await this.get(path, loadSchema.Match, options);
    } catch (error) {
      if (error instanceof FlexschilError && (error.kind === 'not-found' || error.status === 501)) return null;
      throw error;
    }
  }

  // --- Swarm sessions (contract 1.2) ------------------------------------------------------------

  listSessions(query: SessionQuery = {}, options: RequestOptions = {}): Promise<schemas.SessionPage> {
    return this.get(`/sessions${queryString(query)}`, loadSchema.SessionPage, options);
  }

  getSession(id: string, options: RequestOptions = {}): Promise<schemas.Session> {
    return this.get(`/sessions/${encodeURIComponent(id)}`, loadSchema.Session, options);
  }

  /** The session as an iCalendar file ("zet in je agenda"): a plain link, no credentials needed. */
  sessionCalendarUrl(id: string): string {
    return `${this.endpoint}/sessions/${encodeURIComponent(id)}.ics`;
  }

  /**
   * The feed URL of a search (`GET /assignments/feed`), for a "follow this search" link; `lang`
   * (an extension) asks for the page's language, since a feed reader sends its own `Accept-Language`.
   */
  feedUrl(query: AssignmentQuery = {}, lang?: string): string {
    const { page: _page, pageSize: _pageSize, sort: _sort, visibility: _visibility, status: _status, ...search } = query;
    return `${this.endpoint}/assignments/feed${queryString({ ...search, lang })}`;
  }

  /** Forgets every cached answer (the next GETs ask the backend). */
  clearCache(): void {
    this.cache.clear();
    this.inFlight.clear();
  }

  private async get<T>(path: string, schema: SchemaLoader<T>, options: RequestOptions): Promise<T> {
    const { signal, lang = 'nl' } = options;
    signal?.throwIfAborted();
    const headers = await this.headers(lang);
    signal?.throwIfAborted();
    const identity = `${this.credentials}\u0000${headers.get('Authorization') ?? ''}`;
    if (identity !== this.identity) {
      // Another user (or none): nothing fetched for the previous identity may be served again.
      this.clearCache();
      this.identity = identity;
    }
    const url = this.endpoint + path;
    const key = `${identity}\u0000${lang}\u0000${url}`;

    const cached = this.cache.get(key);
    const age = cached ? this.options.now() - cached.storedAt : Number.POSITIVE_INFINITY;
    if (cached && age <= this.options.cacheTtl) return cached.value as T;
    if (cached && age <= this.options.cacheTtl + this.options.staleTtl) {
      if (!this.inFlight.has(key)) {
        const shared = this.share(key, url, headers, schema);
        shared.promise.catch((error) => {
          // A failed revalidation keeps the stale answer, unless access itself was refused.
          if (refusedAccess(error)) this.cache.delete(key);
        });
      }
      return cached.value as T;
    }

    const shared = this.inFlight.get(key) ?? this.share(key, url, headers, schema);
    return subscribe(shared, signal, () => {
      if (this.inFlight.get(key) === shared) this.inFlight.delete(key);
    }) as Promise<T>;
  }

  /** Starts one request that every identical GET in flight shares. */
  private share(key: string, url: string, headers: Headers, load: SchemaLoader<unknown>): SharedRequest {
    const controller = new AbortController();
    const schema = startLoading(load);
    const shared: SharedRequest = { controller, subscribers: 0, promise: Promise.resolve() };
    shared.promise = this.getWithRetry(url, headers, controller.signal, async (response, signal) => ({
      value: await this.parseBody(response, schema, url, signal),
      response,
    }))
      .then(({ value, response }) => {
        rememberContentLanguage(value, response.headers.get('Content-Language'));
        if (this.inFlight.get(key) === shared && this.mayCache(response, headers)) {
          this.cache.set(key, { value, storedAt: this.options.now() });
        }
        return value;
      })
      .finally(() => {
        if (this.inFlight.get(key) === shared) this.inFlight.delete(key);
      });
    this.inFlight.set(key, shared);
    return shared;
  }

  /**
   * Whether an answer may be kept. Not when the backend says `no-store` (internal answers), and
   * not with a cookie session without a token: the client cannot see who the cookie belongs
   * to, so it cannot key the cache by identity (CONTRACT.md §1 Auth).
   */
  private mayCache(response: Response, headers: Headers): boolean {
    if (NO_STORE.test(response.headers.get('Cache-Control') ?? '')) return false;
    return this.credentials === 'omit' || headers.has('Authorization');
  }

  /** A GET, retried as the class describes; `read` turns a successful answer into its value. */
  private async getWithRetry<T>(
    url: string,
    headers: Headers,
    signal: AbortSignal,
    read: (response: Response, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const { retries, retryDelay, maxRetryAfter, timeout } = this.options;
    for (let attempt = 0; ; attempt++) {
      let wait: number | null = null;
      try {
        // The browser's HTTP cache is asked to revalidate (a conditional GET, answered 304 from the
        // backend's data version before any query): a page opened right after an edit shows the
        // edit, not an answer up to `max-age` old. Within a page this client's own cache answers.
        const answer = await this.send(url, { method: 'GET', headers, cache: 'no-cache' }, signal, timeout, async (response, signal) => {
          if (response.ok) return { value: await read(response, signal) };
          if (RETRYABLE.has(response.status) && attempt < retries) {
            const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), this.options.now());
            if (retryAfter === null || retryAfter <= maxRetryAfter) {
              await response.body?.cancel().catch(() => {});
              wait = retryAfter !== null ? retryAfter * 1000 : backoff(retryDelay, attempt);
              return null;
            }
          }
          throw await problemFrom(response, signal);
        });
        if (answer) return answer.value;
      } catch (error) {
        // Only a network failure (or a server that is restarting) may pass by itself; a refusal by CORS (`config`) will not.
        if (!(error instanceof FlexschilError && (error.kind === 'network' || error.kind === 'unreachable') && attempt < retries)) throw error;
        wait = backoff(retryDelay, attempt);
      }
      await sleep(wait ?? 0, signal);
    }
  }

  /**
   * One fetch with a timeout that also covers reading the body (`handle`), so a server that
   * sends its headers and then trickles the body cannot hold an element in "loading" forever.
   * Failures become a FlexschilError; the caller's abort passes as an AbortError.
   */
  private async send<T>(
    url: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
    timeout: number,
    handle: (response: Response, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const timer = new AbortController();
    const timeoutId = setTimeout(() => timer.abort(new DOMException('Timed out', 'TimeoutError')), timeout);
    const combined = signal ? anySignal([signal, timer.signal]) : timer.signal;
    let answered = false;
    try {
      const response = await this.options.fetch(url, { ...init, credentials: this.credentials, signal: combined });
      answered = true;
      return await handle(response, combined);
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      if (timer.signal.aborted) {
        throw new FlexschilError({ kind: 'timeout', status: 0, title: 'Timeout', detail: `No answer within ${timeout} ms`, cause: error });
      }
      if (error instanceof FlexschilError || isAbortError(error)) throw error;
      if (answered) throw new FlexschilError({ kind: 'network', status: 0, title: 'Network error', detail: 'The connection broke while the answer was read', cause: error });
      const refused = await this.refusal(url, init, combined, error);
      if (signal?.aborted) throw abortError(signal);
      throw refused ?? new FlexschilError({ kind: 'network', status: 0, title: 'Network error', cause: error });
    } finally {
      clearTimeout(timeoutId);
    }
  }

  /**
   * Whether a request that got no answer at all was refused by the server's CORS configuration:
   * then a `config` error that says what the server must send, else null (a network failure).
   * The diagnosis and its explanation are loaded only now, with the first such failure (issue
   * 15); when even that fails to load, the failure counts as a network failure.
   */
  private refusal(url: string, init: RequestInit, signal: AbortSignal, cause: unknown): Promise<FlexschilError | null> {
    const { endpoint, credentials } = this;
    return import('./refusal.js').then(
      ({ refusal }) => refusal({ endpoint, credentials, fetch: this.options.fetch, explained: this.#explained }, { url, init, signal, cause }),
      () => null,
    );
  }

  /**
   * The body as text, read as a stream and given up past `maxBodyBytes` (a declared
   * `Content-Length` over it is refused before reading), then parsed with the schema.
   */
  private async parseBody<T>(response: Response, schema: Promise<Validator<T>>, url: string, signal: AbortSignal): Promise<T> {
    const limit = this.options.maxBodyBytes;
    const invalid = (why: string, extra?: unknown) => {
      console.warn(`[flexschil] ${url}: ${why}`, extra ?? '');
      // A 2xx that breaks the contract is a server error as far as the user is concerned (502).
      const status = response.ok ? 502 : response.status;
      return new FlexschilError({ kind: 'invalid-response', status, title: 'Invalid response', detail: why });
    };
    const text = await readText(response, limit, signal);
    if (text === null) throw invalid(`body larger than ${formatBytes(limit)}, the most this client reads; not read on`);
    if (!text.trim()) throw invalid('empty body');
    // A large body is parsed and validated in tasks of their own, so the page can paint and
    // take input in between (each step of a 2 MB body takes tens of milliseconds).
    const large = text.length > LARGE_BODY;
    if (large) await yieldToMain(signal);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw invalid('body is not JSON', error);
    }
    if (large) await yieldToMain(signal);
    const result = (await schema).safeParse(bounded(json, url));
    if (!result.success) throw invalid('body does not match the contract', result.error.issues);
    return result.data;
  }

  private async headers(lang = 'nl'): Promise<Headers> {
    const headers = new Headers({ Accept: 'application/json', 'Accept-Language': lang });
    const token = this.options.getToken ? await this.options.getToken() : null;
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return headers;
  }
}

/** An answer with the `ETag` to send back in `If-Match` when changing it. */
export interface Versioned<T> {
  value: T;
  etag: string | null;
}

/** A file the backend sent, with the name it gave it. */
export interface Download {
  blob: Blob;
  fileName: string | null;
}

/**
 * The transport's parts that the modules of personal and writing requests build on. Not public
 * API: typed from the class's own private members, so a change there fails to compile here.
 */
export interface Transport {
  readonly endpoint: string;
  readonly options: ClientCore['options'];
  headers: ClientCore['headers'];
  getWithRetry: ClientCore['getWithRetry'];
  send: ClientCore['send'];
  parseBody: ClientCore['parseBody'];
}

/** The client's transport, for `personal.ts`, `inbox.ts` and `applications.ts`. */
export const transport = (client: ClientCore): Transport => client as unknown as Transport;

/**
 * Starts loading a response's schema, alongside the request. A failure to load it shows when
 * the answer is parsed, as a network error (the element offers to try again); until then it is
 * not an unhandled rejection.
 */
export function startLoading<T>(load: SchemaLoader<T>): Promise<Validator<T>> {
  const schema = load().catch((cause: unknown) => {
    throw new FlexschilError({ kind: 'network', status: 0, title: 'Network error', detail: 'The code that checks the answer could not be loaded', cause });
  });
  schema.catch(() => {});
  return schema;
}

export function queryString(query: object): string {
  const params = toSearchParams(query).toString();
  return params ? `?${params}` : '';
}

function subscribe(shared: SharedRequest, signal: AbortSignal | undefined, onLastLeave: () => void): Promise<unknown> {
  shared.subscribers++;
  if (!signal) return shared.promise;
  return new Promise((resolve, reject) => {
    const leave = () => {
      shared.subscribers--;
      if (shared.subscribers === 0) {
        // Nobody waits for this answer any more: stop the request itself.
        shared.controller.abort(signal.reason);
        onLastLeave();
      }
      reject(abortError(signal));
    };
    signal.addEventListener('abort', leave, { once: true });
    shared.promise.then(
      (value) => {
        signal.removeEventListener('abort', leave);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}

/** Characters from which parsing and validating a body each get a task of their own. */
const LARGE_BODY = 64 * 1024;

/** The contract's largest page (`pageSize` 1..100). */
const MAX_PAGE_ITEMS = 100;
/** Values kept per facet or code list: more than any filter can show, few enough to validate at once. */
const MAX_CODES = 1000;

/**
 * An answer cut to what the contract allows before it is validated, so that validating it never
 * holds the main thread long: a page keeps at most its `pageSize` (at most 100) items, a facet or
 * code list at most {@link MAX_CODES} values: the work stays bounded whatever a backend sends.
 */
function bounded(json: unknown, url: string): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const answer = json as Record<string, unknown>;
  let cut = false;
  const trim = (list: unknown, max: number) => {
    if (!Array.isArray(list) || list.length <= max) return list;
    cut = true;
    return list.slice(0, max);
  };
  const result: Record<string, unknown> = { ...answer };
  for (const [key, value] of Object.entries(answer)) {
    if (key !== 'items' && Array.isArray(value)) result[key] = trim(value, MAX_CODES);
  }
  if (Array.isArray(answer.items)) {
    const size = answer.pageSize;
    const max = typeof size === 'number' && Number.isInteger(size) && size > 0 ? Math.min(size, MAX_PAGE_ITEMS) : MAX_PAGE_ITEMS;
    result.items = trim(answer.items, max);
  }
  if (typeof answer.facets === 'object' && answer.facets !== null && !Array.isArray(answer.facets)) {
    result.facets = Object.fromEntries(Object.entries(answer.facets).map(([name, values]) => [name, trim(values, MAX_CODES)]));
  }
  if (cut) console.warn(`[flexschil] ${url}: more items or values than the contract allows; only the first are used`);
  return cut ? result : json;
}

function formatBytes(bytes: number): string {
  return bytes >= MIB ? `${+(bytes / MIB).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/**
 * A body as text, or null when it is longer than `limit` bytes: read chunk by chunk and
 * cancelled as soon as the limit is passed, so at most `limit` bytes are ever held or decoded.
 */
async function readText(response: Response, limit: number, signal?: AbortSignal): Promise<string | null> {
  const declared = Number(response.headers.get('Content-Length') ?? '');
  const body = response.body;
  if ((Number.isFinite(declared) && declared > limit) || !body) {
    await body?.cancel().catch(() => {});
    return body ? null : '';
  }
  const reader = body.getReader();
  // A fetch's own body stops when its signal aborts; a body from elsewhere (a service worker, a
  // test) may not: cancelling ends a read that waits for a chunk that will never come.
  const stop = () => void reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener('abort', stop, { once: true });
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return null;
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** An error answer as a FlexschilError: problem+json when the backend sent one, else generic. */
export async function problemFrom(response: Response, signal: AbortSignal): Promise<FlexschilError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
  const kind = kindOfStatus(response.status);
  const text = (await readText(response, MAX_PROBLEM_BYTES, signal).catch(() => null)) ?? '';
  signal.throwIfAborted();
  let problem: schemas.Problem | null = null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: an HTML error page from a proxy, an empty body…
  }
  if (json !== undefined) {
    // Only an error answer needs this schema, so it is loaded here; when it cannot be, the
    // answer counts as one without problem details.
    const parsed = await import('./validators/base.js').then(({ Problem }) => Problem.safeParse(json), () => null);
    if (parsed?.success) problem = parsed.data;
  }
  const isProblem = PROBLEM_JSON.test(response.headers.get('Content-Type') ?? '');
  if (problem && (problem.title || isProblem)) {
    const { type, title: _title, status: _status, detail: _detail, instance: _instance, invalidParams: _params, ...members } = json as Record<string, unknown>;
    return new FlexschilError({
      members,
      type: typeof type === 'string' ? type : '',
      kind,
      status: response.status,
      title: problem.title || `HTTP ${response.status}`,
      detail: problem.detail,
      invalidParams: problem.invalidParams,
      retryAfter,
    });
  }
  console.warn(`[flexschil] ${response.url}: HTTP ${response.status} without problem+json`);
  return new FlexschilError({ kind, status: response.status, title: `HTTP ${response.status}`, retryAfter });
}

/** `Retry-After` as seconds (delta-seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (DELTA_SECONDS.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

function backoff(base: number, attempt: number): number {
  return base * 2 ** attempt * (0.5 + Math.random());
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason instanceof DOMException ? signal.reason : new DOMException('Aborted', 'AbortError');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal));
    const id = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(id);
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Aborts when any of `signals` does (`AbortSignal.any`, where the browser lacks it by hand). */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) return AbortSignal.abort(s.reason);
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}
