import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FlexschilError, isAbortError, toFlexschilError } from '../../api/errors.js';

export type Outcome<T> = { saved: T } | { failed: FlexschilError } | { abandoned: true };

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
      case 'rejected':
        return 'rejected';
      default:
        return 'server';
    }
  })();
  return { reason, retryAfter: error.retryAfter, detail: reason === 'rejected' ? error.detail : '' };
}

/**
 * Saving: at most one request at a time. A double click or a repeated Enter finds the guard
 * already set; leaving the page abandons a save in flight (the draft keeps the create's key,
 * so saving again later answers with the profile that did arrive).
 */
export class SaveController implements ReactiveController {
  saving = false;
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
    if (this.#busy) return;
    this.#busy = true;
    try {
      await attempt();
    } finally {
      this.#busy = false;
    }
  }

  /** One request; `saving` is true while it runs. */
  async send<T>(request: (signal: AbortSignal) => Promise<T>): Promise<Outcome<T>> {
    const controller = new AbortController();
    this.#abort = controller;
    this.setSaving(true);
    try {
      return { saved: await request(controller.signal) };
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return { abandoned: true };
      return { failed: toFlexschilError(error) };
    } finally {
      if (this.#abort === controller) {
        this.#abort = null;
        this.setSaving(false);
      }
    }
  }

  /** Stops a save in flight (another profile, or the element left the page). */
  abandon(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#busy = false;
    this.setSaving(false);
  }

  private setSaving(saving: boolean): void {
    if (this.saving === saving) return;
    this.saving = saving;
    this.host.requestUpdate();
  }
}
