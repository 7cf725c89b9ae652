// What a failed send means for the form. Sending itself (one at a time, abort on leaving the
// page) is the shared WriteController's (src/shared/write-controller.ts).
import type { FlexschilError } from '../../api/errors.js';
import { arrivedBefore } from '../../api/idempotency.js';
import { type FieldName, type FieldProblem, fieldOrder } from './validate.js';

/** A field's error: one of ours, or the backend's own words from `invalidParams`. */
export type FieldError = FieldProblem | { code: 'server'; reason: string };

/** Why a send failed, when it was not (only) the applicant's input: one message each. */
export type FailureReason =
  | 'no-endpoint'
  | 'refused'
  | 'network'
  | 'timeout'
  | 'busy'
  | 'auth'
  | 'closed'
  /** A retry was refused for its key (a 422 without fields): the earlier send with that key was stored. */
  | 'arrived'
  | 'rejected'
  | 'server';

export interface Failure {
  reason: FailureReason;
  retryAfter: number | null;
  /** The backend's own explanation, where it gave one that a person can read. */
  detail: string;
}

/** What a failed send means for the form. */
export type Verdict =
  /** The backend named fields to fix (400/422 `invalidParams`, 413 for the CV): shown like the form's own errors. */
  | { show: 'fields'; errors: Partial<Record<FieldName, FieldError>>; general: string[]; definite: boolean }
  /** Nothing to fix in the form: a message, with a retry where one can help. */
  | { show: 'failure'; failure: Failure; definite: boolean };

/**
 * The one place that tells what a failed send means: which message, which fields, and whether
 * it is definite (nothing was stored, so the next attempt is a new request with a new key).
 * Decided by the error's kind and the fields the form shows, never by its title. `retried`: the
 * send reused the key of an earlier one whose answer never came ({@link arrivedBefore}).
 */
export function describeError(error: FlexschilError, shown: ReadonlySet<FieldName>, retried = false): Verdict {
  const definite = error.kind === 'invalid-input' || error.kind === 'conflict' || error.kind === 'too-large';
  if (arrivedBefore(error, retried)) {
    return { show: 'failure', failure: { reason: 'arrived', retryAfter: null, detail: '' }, definite };
  }
  if (error.kind === 'too-large') return { show: 'fields', errors: { cv: { code: 'fileSize' } }, general: [], definite };
  if (error.kind === 'invalid-input' && error.invalidParams.length) {
    const errors: Partial<Record<FieldName, FieldError>> = {};
    const general: string[] = [];
    for (const param of error.invalidParams) {
      const field = param.name as FieldName;
      if (fieldOrder.includes(field) && shown.has(field) && !errors[field]) errors[field] = { code: 'server', reason: param.reason };
      else general.push(param.reason);
    }
    return { show: 'fields', errors, general, definite };
  }
  const readable = error.kind === 'invalid-input' || error.kind === 'rejected' || error.kind === 'precondition-failed' || error.kind === 'precondition-required' || error.kind === 'not-found';
  return { show: 'failure', failure: { reason: reasonOf(error), retryAfter: error.retryAfter, detail: readable ? error.detail : '' }, definite };
}

function reasonOf(error: FlexschilError): FailureReason {
  switch (error.kind) {
    case 'no-endpoint':
    case 'network':
    case 'timeout':
      return error.kind;
    case 'unreachable':
      return 'network'; // its words ("no connection with the server") blame no one
    case 'config':
      return 'refused';
    case 'conflict':
      return 'closed';
    case 'rate-limited':
    case 'unavailable':
      return 'busy';
    case 'unauthorized':
    case 'forbidden':
      return 'auth';
    case 'invalid-input':
    case 'not-found':
    case 'too-large':
    case 'precondition-failed':
    case 'precondition-required':
    case 'rejected':
      return 'rejected';
    default:
      return 'server';
  }
}
