/**
 * Signing up for a session as pure functions: what the form holds, what is wrong with it (by
 * the rules the backend applies too, src/api/rules/session.ts), what is sent, and what a failed
 * send means for the form. No DOM, no state.
 */
import type { FlexschilError } from '../../api/errors.js';
import { arrivedBefore } from '../../api/idempotency.js';
import type { FieldIssue } from '../../api/rules/fields.js';
import { checkRegistration, registrationInput } from '../../api/rules/session.js';

/** The fields a person fills in, in the order the form shows them. */
export const signUpFields = ['name', 'email', 'consent'] as const;
export type SignUpField = (typeof signUpFields)[number];

export interface SignUpValues {
  name: string;
  email: string;
  consent: boolean;
}

/** A field's error: one of the rules' issues, or the backend's own words from `invalidParams`. */
export type FieldError = FieldIssue | { name: string; code: 'server'; reason: string };
export type FieldErrors = Partial<Record<SignUpField, FieldError>>;

export function emptyValues(): SignUpValues {
  return { name: '', email: '', consent: false };
}

/** Every problem at once (NLGov: list them all), by field. */
export function checkSignUp(values: SignUpValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of checkRegistration({ ...values, profileId: null })) {
    if ((signUpFields as readonly string[]).includes(issue.name)) errors[issue.name as SignUpField] ??= issue;
  }
  return errors;
}

/** The request body: the values as the rules normalise them, and the profile when there is one. */
export function registrationBody(values: SignUpValues, profileId: string | null): { name: string; email: string; profileId?: string; consent: true } {
  const input = registrationInput({ name: values.name, email: values.email, profileId });
  return { name: input.name, email: input.email, ...(input.profileId ? { profileId: input.profileId } : {}), consent: true };
}

/** Why a send failed, when it was not (only) what was typed: one message each. */
export type FailureReason = 'no-endpoint' | 'refused' | 'network' | 'timeout' | 'busy' | 'auth' | 'closed' | 'gone' | 'arrived' | 'rejected' | 'server';

export interface Failure {
  reason: FailureReason;
  retryAfter: number | null;
  /** The backend's own explanation, where it gave one a person can read. */
  detail: string;
}

/** What a failed send means for the form. */
export type Verdict =
  /** The backend named fields to fix (400 `invalidParams`): shown like the form's own errors. */
  | { show: 'fields'; errors: FieldErrors; general: string[]; definite: boolean }
  /** Nothing to fix in the form: a message, with a retry where one can help. */
  | { show: 'failure'; failure: Failure; definite: boolean };

/**
 * The one place that tells what a failed sign-up means, by the error's kind: which message,
 * which fields, and whether it is definite (nothing was stored, so the next attempt is a new
 * request with a new Idempotency-Key). Anything else may have arrived: a retry sends the same key.
 * `retried`: this send reused such a key ({@link arrivedBefore}).
 */
export function describeFailure(error: FlexschilError, retried = false): Verdict {
  const definite = error.kind === 'invalid-input' || error.kind === 'conflict' || error.kind === 'not-found';
  if (arrivedBefore(error, retried)) {
    return { show: 'failure', failure: { reason: 'arrived', retryAfter: null, detail: '' }, definite };
  }
  if (error.kind === 'invalid-input' && error.invalidParams.length) {
    const errors: FieldErrors = {};
    const general: string[] = [];
    for (const param of error.invalidParams) {
      const field = param.name as SignUpField;
      if (signUpFields.includes(field) && !errors[field]) errors[field] = { name: field, code: 'server', reason: param.reason };
      else general.push(param.reason);
    }
    return { show: 'fields', errors, general, definite };
  }
  const readable = error.kind === 'invalid-input' || error.kind === 'rejected' || error.kind === 'precondition-failed' || error.kind === 'precondition-required';
  return { show: 'failure', failure: { reason: reasonOf(error), retryAfter: error.retryAfter, detail: readable ? error.detail : '' }, definite };
}

/** Whether trying the same send again can help. */
export function retryable(reason: FailureReason): boolean {
  return reason !== 'closed' && reason !== 'gone' && reason !== 'arrived' && reason !== 'no-endpoint';
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
    case 'not-found':
      return 'gone';
    case 'rate-limited':
    case 'unavailable':
      return 'busy';
    case 'unauthorized':
    case 'forbidden':
      return 'auth';
    case 'invalid-input':
    case 'too-large':
    case 'precondition-failed':
    case 'precondition-required':
    case 'rejected':
      return 'rejected';
    default:
      return 'server';
  }
}
