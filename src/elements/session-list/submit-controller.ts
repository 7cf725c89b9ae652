import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FlexschilError, isAbortError, toFlexschilError } from '../../api/errors.js';

export type Outcome<T> = { sent: T } | { failed: FlexschilError } | { abandoned: true };

/**
 * Sending a sign-up: whether one is under way, and at most one at a time. A double click or a
 * repeated Enter finds the guard already set; leaving the page (or starting another session's
 * form) abandons a send in flight — the draft keeps its key, so sending again later returns the
 * receipt of one that did arrive.
 */
export class SubmitController implements ReactiveController {
  sending = false;
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

  /** One send; `sending` is true while it is under way. */
  async send<T>(work: (signal: AbortSignal) => Promise<T>): Promise<Outcome<T>> {
    const controller = new AbortController();
    this.#abort = controller;
    this.setSending(true);
    try {
      return { sent: await work(controller.signal) };
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return { abandoned: true };
      return { failed: toFlexschilError(error) };
    } finally {
      if (this.#abort === controller) {
        this.#abort = null;
        this.setSending(false);
      }
    }
  }

  /** Stops a send in flight. */
  abandon(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#busy = false;
    this.setSending(false);
  }

  private setSending(sending: boolean): void {
    if (this.sending === sending) return;
    this.sending = sending;
    this.host.requestUpdate();
  }
}
