import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FlexschilError, isAbortError, toFlexschilError } from '../api/errors.js';

export type WriteOutcome<T> = { done: T } | { failed: FlexschilError } | { abandoned: true };

/**
 * One write at a time for an editor (save, close): whether one is under way, a guard set before
 * anything is awaited (a double click or a repeated Enter finds it set), and an abort when the
 * element leaves the page. What is written and what a failure means are the editor's business.
 */
export class WriteController implements ReactiveController {
  #busy = false;
  #abort: AbortController | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A write is under way: the editor shows it and refuses another. */
  get busy(): boolean {
    return this.#busy;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abandon();
  }

  /** Runs `write` unless one runs already; a failure comes back as a FlexschilError, never thrown. */
  async run<T>(write: (signal: AbortSignal) => Promise<T>): Promise<WriteOutcome<T> | null> {
    if (this.#busy) return null;
    const controller = new AbortController();
    this.#busy = true;
    this.#abort = controller;
    this.host.requestUpdate();
    try {
      return { done: await write(controller.signal) };
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return { abandoned: true };
      return { failed: toFlexschilError(error) };
    } finally {
      if (this.#abort === controller) {
        this.#abort = null;
        this.#busy = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Stops a write in flight (the element left the page, or edits another assignment). */
  abandon(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#busy = false;
  }
}
