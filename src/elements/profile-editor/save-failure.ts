import type { FlexschilError } from '../../api/errors.js';

/** Why a save failed, when it was not (only) the input: one message each. */
export type FailureReason =
  | 'no-endpoint'
  | 'refused'
  | 'network'
  | 'timeout'
  | 'busy'
  | 'signed-out'
  | 'forbidden'
  | 'gone'
  | 'too-large'
  | 'rejected'
  | 'server';

export interface Failure {
  reason: FailureReason;
  retryAfter: number | null;
  /** The backend's own explanation, where it gave one a person can read. */
  detail: string;
}

/** The one place that tells which message a failed save gets, by the error's kind. */
export function failureOf(error: FlexschilError): Failure {
  const reason = ((): FailureReason => {
    switch (error.kind) {
      case 'no-endpoint':
      case 'network':
      case 'timeout':
      case 'forbidden':
      case 'too-large':
        return error.kind;
      case 'unreachable':
        return 'network';
      case 'config':
        return 'refused';
      case 'rate-limited':
      case 'unavailable':
        return 'busy';
      case 'unauthorized':
        return 'signed-out';
      case 'not-found':
        return 'gone';
      case 'invalid-input':
      case 'conflict':
      case 'precondition-failed':
      case 'precondition-required':
      case 'rejected':
        return 'rejected';
      default:
        return 'server';
    }
  })();
  return { reason, retryAfter: error.retryAfter, detail: reason === 'rejected' ? error.detail : '' };
}
