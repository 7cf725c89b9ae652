import type { InvalidParam } from './schemas.js';

/**
 * What went wrong, as the user and the developer need to know it:
 * - `problem`: the backend answered with problem+json (its `status`, `title`, `detail`, `invalidParams`);
 * - `network`: no answer (offline, DNS, CORS);
 * - `timeout`: no answer within the client's timeout;
 * - `invalid-response`: an answer that breaks the contract (HTML error page, empty body, bad JSON,
 *   schema mismatch). Its title is generic: a raw body is never shown to a user.
 */
export type ErrorKind = 'problem' | 'network' | 'timeout' | 'invalid-response';

export interface ErrorDetail {
  status: number;
  title: string;
  detail: string;
}

export class FlexschilError extends Error {
  override readonly name = 'FlexschilError';
  readonly kind: ErrorKind;
  /** HTTP status; 0 when there was no answer. */
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly invalidParams: InvalidParam[];
  /** Seconds from a `Retry-After` header, when the backend sent one. */
  readonly retryAfter: number | null;
  /** The problem's extension members (e.g. `current`, the newer version on a 412). */
  readonly members: Record<string, unknown>;

  constructor(init: {
    kind: ErrorKind;
    status: number;
    title: string;
    detail?: string;
    invalidParams?: InvalidParam[];
    retryAfter?: number | null;
    members?: Record<string, unknown>;
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
  }

  /** The `detail` of the contract's `flexschil-error` / `application-error` events. */
  toDetail(): ErrorDetail {
    return { status: this.status, title: this.title, detail: this.detail };
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Anything thrown, as a FlexschilError (an unexpected exception becomes a generic one). */
export function toFlexschilError(error: unknown): FlexschilError {
  if (error instanceof FlexschilError) return error;
  return new FlexschilError({ kind: 'invalid-response', status: 0, title: 'Unexpected error', cause: error });
}
