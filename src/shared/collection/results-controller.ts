import { Task, TaskStatus } from '@lit/task';
import { deepArrayEquals } from '@lit/task/deep-equals.js';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Page } from '../../api/schemas.js';
import type { DataState, LoadController } from '../flexschil-element.js';
import { nextTask } from '../next-task.js';

export type CollectionPage = Page<{ id: string }>;

export interface ResultsOptions<A extends readonly unknown[], P extends CollectionPage> {
  /** The real inputs of a load (client, request, language…): a load runs when they change, compared deeply. */
  args: () => A;
  /** Loads the page for those inputs; the element reports a failure (its `load`). */
  fetch: (args: A, options: { signal: AbortSignal }) => Promise<P>;
  /**
   * What the live region says when a page arrives ("12 gevonden, pagina 1 van 2"); `headingSays`:
   * focus goes to the results heading with it, which says the count already (so only the page).
   */
  announce: (page: P, headingSays: boolean) => string;
  /**
   * The host goes to `page` in place of the history entry: the last page there is, when a page
   * past it came back empty (a stale link: page 9 of 5), or the page of a new size that holds
   * the first result on screen (a new `page-size`).
   */
  turnTo: (page: number) => void;
  /** The page size asked for now: when it changes, the host turns to the page holding the first result on screen. */
  pageSize: () => number;
}

/**
 * The results of a collection: one load per change of its inputs (a newer load aborts the older
 * one, so a stale answer never wins), the page on screen while the next one loads, what the live
 * region announces, and focus on the results heading after an action whose control goes away.
 *
 * A load starts before the host renders: the host calls {@link send} from `scheduleUpdate()`
 * and renders once the request has left, so a filter click is not held up by re-rendering the
 * cards on screen. (Without that call, the load starts in `hostUpdate`, just before rendering.)
 */
export class ResultsController<A extends readonly unknown[], P extends CollectionPage> implements ReactiveController, LoadController {
  /** The page on screen, kept while the next one loads. */
  lastPage: P | null = null;
  /** The live region's text for the page on screen. */
  announcement = '';
  readonly #host: ReactiveElement;
  readonly #options: ResultsOptions<A, P>;
  readonly #task: Task<A, P>;
  #args: A | undefined;
  /** The page size of the last load sent. */
  #pageSize: number | undefined;
  /** Focus to the results heading: once the load has settled, or `now` (its control went at once). */
  #focusHeading: 'after-load' | 'now' | null = null;
  /** The empty page past the last that was answered by going to the last (once per page). */
  #corrected: P | null = null;
  /** When a key was last typed in the search field, and the announcement waiting for a pause in it. */
  #typedAt = Number.NEGATIVE_INFINITY;
  #waiting: ReturnType<typeof setTimeout> | undefined;
  /** The visitor asked again after a failure: the page that then comes is theirs, and said. */
  #retried = false;

  constructor(host: ReactiveElement, options: ResultsOptions<A, P>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    // Typing in the search field holds back what a page says; Enter there ends the typing.
    const typing = (event: Event) => {
      if (!(event.composedPath()[0] as Element).matches?.('input[type="search"]')) return;
      this.#typedAt = event.type === 'input' ? performance.now() : Number.NEGATIVE_INFINITY;
    };
    host.addEventListener('input', typing);
    host.addEventListener('keydown', (event) => event.key === 'Enter' && typing(event));
    // Run by `send()` rather than by the task itself, which would start it only during the update.
    this.#task = new Task(host, { task: (args, { signal }) => options.fetch(args, { signal }), autoRun: false });
  }

  /**
   * Starts a load when the inputs changed (deep comparison). Returns a promise that settles once
   * the request has had its turn to leave (after the current task: getting the token and the
   * `fetch()` call happen in microtasks), or once the answer is in if that is sooner (an answer
   * from a cache or from the page itself: waiting for the next task would only hold back its
   * render, behind a frame of the browser's); for the host to render after. Null when nothing started.
   */
  send(): Promise<void> | null {
    this.#keepFirstShown();
    const args = this.#options.args();
    if (this.#args !== undefined && deepArrayEquals(this.#args, args)) return null;
    this.#args = args;
    this.#task.run(args);
    return Promise.race([nextTask(), this.#task.taskComplete.then(ignore, ignore)]);
  }

  /**
   * The host's page size changed (`page-size`) since the last load: to the page of the new size
   * holding the first result on screen, so the visitor on page 2 of 10 keeps reading result 11
   * (on page 3 of 4). Compared with the size asked for, not the size answered: a backend that
   * answers fewer a page does not move the visitor.
   */
  #keepFirstShown(): void {
    const size = this.#options.pageSize();
    const before = this.#pageSize;
    this.#pageSize = size;
    const shown = this.lastPage;
    if (before !== undefined && before !== size && shown && shown.page > 1) this.#options.turnTo(Math.floor(((shown.page - 1) * shown.pageSize) / size) + 1);
  }

  startLoad(): void {
    this.send();
  }

  hostUpdate(): void {
    this.send();
    // Before rendering, so the count and the announcement change in the same update.
    const { status, value } = this.#task;
    if (status !== TaskStatus.COMPLETE || !value || value === this.lastPage || value === this.#corrected) return;
    if (value.page > 1 && value.items.length === 0 && value.total > 0) {
      // Corrected in this update, before anything renders: the empty page is never shown or
      // announced ("pagina 9 van 5"), and the last page's load leaves at once.
      this.#corrected = value;
      this.#options.turnTo(Math.max(1, Math.ceil(value.total / value.pageSize)));
      this.send();
      return;
    }
    // The first page is not announced: the page has just opened, and the visitor is reading it (or
    // focus was sent somewhere). What a visitor's own action brings is, a retry's too (WCAG 4.1.3).
    const first = !this.lastPage && !this.#retried;
    this.lastPage = value;
    this.#say(first ? '' : this.#options.announce(value, this.#focusHeading === 'after-load'));
  }

  hostDisconnected(): void {
    clearTimeout(this.#waiting);
  }

  /**
   * Says `text`, but not while a visitor is typing in the search field: each pause of the search's
   * debounce brought a page, and each page's count cut into the letters a screen reader echoes.
   * It waits for a pause of {@link TYPING_PAUSE_MS}; a newer page's count replaces it.
   */
  #say(text: string): void {
    clearTimeout(this.#waiting);
    const wait = this.#typedAt + TYPING_PAUSE_MS - performance.now();
    if (!text || wait <= 0) {
      this.announcement = text;
      return;
    }
    this.#waiting = setTimeout(() => {
      this.#say(text);
      this.#host.requestUpdate();
    }, wait);
  }

  hostUpdated(): void {
    if (this.#focusHeading === 'now' || (this.#focusHeading && this.#task.status !== TaskStatus.PENDING)) {
      this.#focusHeading = null;
      this.#host.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    }
  }

  get status(): TaskStatus {
    return this.#task.status;
  }

  get dataState(): DataState {
    const { status, value } = this.#task;
    return status === TaskStatus.ERROR ? 'error' : status === TaskStatus.COMPLETE ? (value?.total ? 'ready' : 'empty') : 'loading';
  }

  /** Once the next load has settled, focus goes to the results heading (the control used is gone by then). */
  focusHeadingAfterLoad(): void {
    this.#focusHeading = 'after-load';
  }

  /**
   * Loads again with the same inputs (the error state's retry). Focus goes to the results heading
   * at once: the retry button leaves with the error, and focus would fall to the page's body.
   */
  readonly retry = (): void => {
    this.#retried = true;
    this.#focusHeading = 'now';
    this.#task.run(this.#args);
  };

  render(renderers: Parameters<Task<A, P>['render']>[0]): unknown {
    return this.#task.render(renderers);
  }
}

const ignore = (): void => {};

/** How long the search field must rest before a count is said (a screen reader user types about two keys a second). */
const TYPING_PAUSE_MS = 1000;

