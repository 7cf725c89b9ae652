import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, type UrlValues, writeUrlState } from '../url-state.js';
import type { HistoryMode } from './query.js';

/** The attributes of an element with `sync-url`. */
export interface UrlHost extends ReactiveControllerHost {
  syncUrl: boolean;
  urlPrefix: string;
  readonly id: string;
}

export interface UrlOptions {
  /** The prefix when the element has neither `url-prefix` nor an id. */
  fallbackPrefix: string;
  /** Names whose values are lists (repeated keys). */
  lists: readonly string[];
  /** Takes the values read from the query string (on connect, when `sync-url` is switched on, on back/forward). */
  restore: (values: UrlValues) => void;
}

/**
 * Mirrors a query in the page's query string under the element's prefix (`sync-url`): the query
 * string wins on connect, as on a reload or a shared link, and back/forward restore it.
 */
export class UrlStateController implements ReactiveController {
  readonly #host: UrlHost;
  readonly #options: UrlOptions;
  #synced = false;

  constructor(host: UrlHost, options: UrlOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** This element's prefix: `url-prefix`, else its id, else the element's default. */
  get prefix(): string {
    return this.#host.urlPrefix || this.#host.id || this.#options.fallbackPrefix;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
    if (this.#host.syncUrl) this.#restore();
    this.#synced = this.#host.syncUrl;
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  hostUpdate(): void {
    // `sync-url` switched on later: the query string wins, as on a reload.
    if (this.#host.syncUrl && !this.#synced) this.#restore();
    this.#synced = this.#host.syncUrl;
  }

  /** Writes the values (with `sync-url` only) as a new history entry or in place of the current one. */
  write(values: UrlValues, mode: HistoryMode): void {
    if (!this.#host.syncUrl) return;
    const href = writeUrlState(location.href, this.prefix, values);
    if (href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  #restore(): void {
    this.#options.restore(readUrlState(location.search, this.prefix, this.#options.lists));
  }

  readonly #onPopState = (): void => {
    if (this.#host.syncUrl) this.#restore();
  };
}
