import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FlexschilClient } from '../../api/client.js';
import { type FlexschilError, isAbortError, toFlexschilError } from '../../api/errors.js';
import type { ApplicationReceipt } from '../../api/schemas.js';
import { type FieldName, type FieldProblem, fieldOrder } from './validate.js';

/** A field's error: one of ours, or the backend's own words from `invalidParams`. */
export type FieldError = FieldProblem | { code: 'server'; reason: string };

export type Phase = 'editing' | 'sending' | 'sent';

/** Why a send failed, when it was not (only) the applicant's input: one message each. */
export type FailureReason =
  | 'no-endpoint'
  | 'refused'
  | 'network'
  | 'timeout'
  | 'busy'
  | 'auth'
  | 'closed'
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
 * Decided by the error's kind and the fields the form shows, never by its title.
 */
export function describeError(error: FlexschilError, shown: ReadonlySet<FieldName>): Verdict {
  const definite = error.kind === 'invalid-input' || error.kind === 'conflict' || error.kind === 'too-large';
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
  const readable = error.kind === 'invalid-input' || error.kind === 'rejected' || error.kind === 'not-found';
  return { show: 'failure', failure: { reason: reasonOf(error), retryAfter: error.retryAfter, detail: readable ? error.detail : '' }, definite };
}

function reasonOf(error: FlexschilError): FailureReason {
  switch (error.kind) {
    case 'no-endpoint':
    case 'network':
    case 'timeout':
      return error.kind;
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
    case 'rejected':
      return 'rejected';
    default:
      return 'server';
  }
}

/** One send of an application, as the element computed it. */
export interface Submission {
  client: FlexschilClient;
  assignmentId: string;
  body: FormData;
  idempotencyKey: string;
  lang: string;
}

export type Outcome = { sent: ApplicationReceipt } | { failed: FlexschilError } | { abandoned: true };

/**
 * Sending: the phase (editing, sending, sent) and at most one send at a time. A double click or
 * a repeated Enter finds the guard already set; leaving the page abandons a send in flight (the
 * draft keeps its key, so sending again later returns the receipt of one that did arrive).
 */
export class SubmitController implements ReactiveController {
  phase: Phase = 'editing';
  #busy = false;
  #abort: AbortController | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abandon();
  }

  /** Runs `attempt` unless one runs already; the guard is set before anything is awaited. */
  async once(attempt: () => Promise<void>): Promise<void> {
    if (this.#busy || this.phase !== 'editing') return;
    this.#busy = true;
    try {
      await attempt();
    } finally {
      this.#busy = false;
    }
  }

  /** Sends one application; the phase follows. */
  async send({ client, assignmentId, body, idempotencyKey, lang }: Submission): Promise<Outcome> {
    const controller = new AbortController();
    this.#abort = controller;
    this.setPhase('sending');
    try {
      const receipt = await client.submitApplication(assignmentId, body, { idempotencyKey, signal: controller.signal, lang });
      this.setPhase('sent');
      return { sent: receipt };
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return { abandoned: true };
      this.setPhase('editing');
      return { failed: toFlexschilError(error) };
    } finally {
      if (this.#abort === controller) this.#abort = null;
    }
  }

  /** Stops a send in flight and starts over (another assignment, or the element left the page). */
  abandon(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#busy = false;
    if (this.phase === 'sending') this.setPhase('editing');
  }

  /** A fresh form: editing again. */
  reset(): void {
    this.abandon();
    this.setPhase('editing');
  }

  private setPhase(phase: Phase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }
}
