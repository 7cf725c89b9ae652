import type { InvalidParam } from './schemas.js';

/**
 * What went wrong, one meaning per kind, so that callers compare kinds and never titles:
 * - `no-endpoint`: the element has no endpoint; the host page must set one.
 * - `config`: the backend is reachable but refuses to answer this page (CORS or credentials):
 *   the server's configuration must change, and nothing the visitor does helps.
 * - `network`: no answer at all (offline, DNS, connection refused).
 * - `unreachable`: no answer from the backend, while the visitor's connection works (the
 *   page's own scripts still load): the backend is down, or out of their reach alone.
 * - `timeout`: no answer within the client's timeout.
 * - `invalid-response`: an answer that breaks the contract (empty body, bad JSON, schema mismatch,
 *   a body over the size cap) or an object property that is not what the contract says. Its
 *   title is generic: a raw body is never shown to a user.
 * - `invalid-input` (400, 415, 422): the request was refused as invalid; `invalidParams` says what.
 * - `unauthorized` (401), `forbidden` (403), `not-found` (404, 410), `conflict` (409),
 *   `too-large` (413), `rate-limited` (429), `unavailable` (503), `server` (other 5xx).
 * - `precondition-failed` (412): a change's `If-Match` names an outdated version: someone saved
 *   a newer one, which the problem's `current` member carries (contract §1.1).
 * - `precondition-required` (428): the backend wants a change sent with `If-Match`, and it had
 *   none (the backend gave no ETag to send back).
 * - `rejected`: any other 4xx.
 * - `unexpected`: an exception that is not about the backend at all (a bug).
 */
export type ErrorKind =
  | 'no-endpoint'
  | 'config'
  | 'network'
  | 'unreachable'
  | 'timeout'
  | 'invalid-response'
  | 'invalid-input'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'precondition-required'
  | 'too-large'
  | 'rate-limited'
  | 'unavailable'
  | 'server'
  | 'rejected'
  | 'unexpected';

/** The kind an HTTP error status means, whatever the body says. */
export function kindOfStatus(status: number): ErrorKind {
  switch (status) {
    case 400:
    case 415:
    case 422:
      return 'invalid-input';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 409:
      return 'conflict';
    case 412:
      return 'precondition-failed';
    case 428:
      return 'precondition-required';
    case 413:
      return 'too-large';
    case 429:
      return 'rate-limited';
    case 503:
      return 'unavailable';
  }
  if (status >= 500 && status < 600) return 'server';
  if (status >= 400 && status < 500) return 'rejected';
  return 'invalid-response';
}

/** The `detail` of the contract's `flexschil-error` / `application-error` events. */
export interface ErrorDetail {
  status: number;
  title: string;
  detail: string;
}

export class FlexschilError extends Error {
  override readonly name = 'FlexschilError';
  readonly kind: ErrorKind;
  /** HTTP status; 0 when there was no (readable) answer. */
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly invalidParams: InvalidParam[];
  /** Seconds from a `Retry-After` header, when the backend sent one. */
  readonly retryAfter: number | null;
  /** The problem's extension members (e.g. `current`, the newer version on a 412). */
  readonly members: Record<string, unknown>;
  /** The problem's `type` (a URI), empty when the answer had none. */
  readonly type: string;

  constructor(init: {
    kind: ErrorKind;
    status: number;
    title: string;
    detail?: string;
    invalidParams?: InvalidParam[];
    retryAfter?: number | null;
    members?: Record<string, unknown>;
    type?: string;
    cause?: unknown;
  }) {
    super(init.title, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail ?? '';
    this.invalidParams = init.invalidParams ?? [];
    this.retryAfter = init.retryAfter ?? null;
    this.members = init.members ?? {};
    this.type = init.type ?? '';
  }

  /** The `detail` of the contract's `flexschil-error` / `application-error` events. */
  toDetail(): ErrorDetail {
    return { status: this.status, title: this.title, detail: this.detail };
  }
}

/** The request was refused for who asks: not signed in (401) or not allowed (403); null for any other failure. */
export function refusedAccess(error: unknown): 'unauthorized' | 'forbidden' | null {
  const kind = error instanceof FlexschilError ? error.kind : null;
  return kind === 'unauthorized' || kind === 'forbidden' ? kind : null;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Anything thrown, as a FlexschilError (an unexpected exception becomes a generic one). */
export function toFlexschilError(error: unknown): FlexschilError {
  if (error instanceof FlexschilError) return error;
  return new FlexschilError({ kind: 'unexpected', status: 0, title: 'Unexpected error', cause: error });
}
