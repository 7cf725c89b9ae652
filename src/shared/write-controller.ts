import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FlexschilError, isAbortError, toFlexschilError } from '../api/errors.js';

export type WriteOutcome<T> = { sent: T } | { failed: FlexschilError } | { abandoned: true };

/**
 * One write at a time for a form (send, save, close): whether a request is under way, a guard
 * set before anything is awaited (a double click or a repeated Enter finds it set), and an abort
 * when the element leaves the page. What is written and what a failure means are the element's
 * business; so is keeping the idempotency key in the draft, so that sending again after an
 * abandoned write returns what did arrive.
 */
export class WriteController implements ReactiveController {
  #attempt: object | null = null;
  #abort: AbortController | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A request is under way: the form shows it and refuses another. */
  get busy(): boolean {
    return this.#abort !== null;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abandon();
  }

  /** Runs `attempt` (check the input, then one or more `send`s) unless one runs already. */
  async once(attempt: () => Promise<void>): Promise<void> {
    if (this.#attempt) return;
    const token = {};
    this.#attempt = token;
    try {
      await attempt();
    } finally {
      // An abandoned attempt that ends late must not lift the guard of the one after it.
      if (this.#attempt === token) this.#attempt = null;
    }
  }

  /** One request; `busy` while it runs. A failure comes back as a FlexschilError, never thrown. */
  async send<T>(request: (signal: AbortSignal) => Promise<T>): Promise<WriteOutcome<T>> {
    const controller = new AbortController();
    this.#abort = controller;
    this.host.requestUpdate();
    try {
      return { sent: await request(controller.signal) };
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return { abandoned: true };
      return { failed: toFlexschilError(error) };
    } finally {
      if (this.#abort === controller) {
        this.#abort = null;
        this.host.requestUpdate();
      }
    }
  }

  /** Stops a write in flight (the element left the page, or now edits something else). */
  abandon(): void {
    this.#attempt = null;
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = null;
    this.host.requestUpdate();
  }
}
