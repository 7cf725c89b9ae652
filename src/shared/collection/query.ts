/**
 * What the visitor chose in a collection (search text, filters, sort, page) and the pure rules
 * around it: which controls are shown, how a fixed pre-filter narrows a choice, how the query
 * reads from and writes to the query string. The element computes its request from these.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PAGE_MAX, QUERY_CODE_MAX, QUERY_VALUES_MAX, SEARCH_TEXT_MAX } from '../../api/query.js';
import { hasControlCharacters } from '../../api/rules/text.js';
import { splitList, type UrlValues } from '../url-state.js';

/** What the visitor chose: search text, sort, page, and per filter a list (checkboxes) or a text. */
export type BaseQuery = { q: string; sort: string; page: number } & Record<string, string | string[] | number>;

export type HistoryMode = 'push' | 'replace';

export interface QueryOptions<Q extends BaseQuery> {
  /** The query with nothing chosen; its keys are the query-string names with `sync-url`. */
  empty: () => Q;
  /** After every change the visitor made (not after a restore from the URL). */
  changed: (how: { history: HistoryMode }) => void;
}

/**
 * The visitor's query, and the search box's text, which is kept as typed and sent after a
 * pause in typing or on Enter.
 */
export class QueryController<Q extends BaseQuery> implements ReactiveController {
  /** What the visitor chose; the element narrows it by its fixed pre-filters (see {@link within}). */
  query: Q;
  /** What is in the search box. */
  searchText = '';
  readonly #host: ReactiveControllerHost;
  readonly #options: QueryOptions<Q>;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: QueryOptions<Q>) {
    this.#host = host;
    this.#options = options;
    this.query = options.empty();
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** How many filter values are chosen (search text, sort and page do not count). */
  get activeFilters(): number {
    let count = 0;
    for (const [name, value] of Object.entries(this.query)) {
      if (name === 'q' || name === 'sort' || name === 'page') continue;
      count += Array.isArray(value) ? value.length : value ? 1 : 0;
    }
    return count;
  }

  /** The visitor searched or filtered (the sort and page do not count). */
  get active(): boolean {
    return !!this.query.q || this.activeFilters > 0;
  }

  /**
   * Applies a change of the visitor's: back to page 1 unless the page itself changed. Text typed
   * in the search box but not sent yet goes along, so a filter click never drops it.
   */
  change(patch: Partial<Q>, { history = 'push' as HistoryMode } = {}): void {
    clearTimeout(this.#timer);
    const next = { ...this.query, q: this.searchText, page: 1, ...patch };
    this.searchText = next.q;
    this.#host.requestUpdate();
    // The same query again (the current page's button, a search sent unchanged): nothing changed to tell.
    // (`next` spreads the query, so both list their members in one order.)
    if (JSON.stringify(next) === JSON.stringify(this.query)) return;
    this.query = next;
    this.#options.changed({ history });
  }

  toggle(name: keyof Q & string, value: string, checked: boolean): void {
    const current = (this.query[name] as string[]).filter((v) => v !== value);
    this.change({ [name]: checked ? [...current, value] : current } as Partial<Q>);
  }

  /** Back to no search and no filters; the sort stays. */
  clear(): void {
    this.change({ ...this.#options.empty(), sort: this.query.sort });
  }

  /** Replaces the query without counting as the visitor's change (a reload, back/forward). */
  restore(query: Q): void {
    clearTimeout(this.#timer);
    this.query = query;
    this.searchText = query.q;
    this.#host.requestUpdate();
  }

  readonly onSearchInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    // What was typed is kept at once; the request waits for a pause (≈300 ms) in typing.
    this.searchText = value;
    this.#host.requestUpdate();
    this.#timer = setTimeout(() => this.change({ q: value } as Partial<Q>, { history: 'replace' }), 300);
  };

  readonly onSearchSubmit = (event: Event): void => {
    event.preventDefault();
    this.change({ q: this.searchText } as Partial<Q>);
  };
}

/** The controls asked for in a `filters` attribute (`none` hides them all), among those the element has. */
export function shownControls(filters: string, known: readonly string[]): Set<string> {
  const names = filters.trim() === 'none' ? [] : splitList(filters);
  return new Set(names.filter((n) => known.includes(n)));
}

/** The values to send for a dimension: the visitor's choice within the fixed pre-filter, else the pre-filter. */
export function within(fixed: string, chosen: string[]): string[] {
  const allowed = splitList(fixed);
  if (!allowed.length) return chosen;
  const inside = chosen.filter((v) => allowed.includes(v));
  return inside.length ? inside : allowed;
}

/** A dimension is offered when asked for, unless a single fixed value already decides it. */
export function offered(shown: Set<string>, dimension: string, fixed: string): boolean {
  return shown.has(dimension) && splitList(fixed).length !== 1;
}

/**
 * A query from the query string, within what a backend takes (CONTRACT.md §1 limits), so a link
 * someone made up or cut off shows results rather than the backend's refusal: lists where the
 * empty query has lists (each value once, at most {@link QUERY_VALUES_MAX}), a page from 1 to
 * {@link PAGE_MAX}, the search text without control characters and cut to
 * {@link SEARCH_TEXT_MAX}, and other values, also in lists, only when `accept` (if given for
 * that name) says they are valid, else when they are a code a backend takes.
 */
export function queryFromUrl<Q extends BaseQuery>(
  values: UrlValues,
  empty: Q,
  accept: Partial<Record<keyof Q, (value: string) => boolean>> = {},
): Q {
  const query: Record<string, string | string[] | number> = { ...empty };
  for (const [name, initial] of Object.entries(empty)) {
    const value = values[name];
    const valid = (v: string) => (accept[name]?.(v) ?? v.length <= QUERY_CODE_MAX) && !hasControlCharacters(v);
    if (Array.isArray(initial)) query[name] = Array.isArray(value) ? [...new Set(value.filter(valid))].slice(0, QUERY_VALUES_MAX) : [];
    else if (typeof value !== 'string') continue;
    else if (name === 'page') query[name] = Math.min(PAGE_MAX, Math.max(1, Number.parseInt(value, 10) || 1));
    else if (name === 'q') query[name] = searchTextOf(value);
    else if (valid(value)) query[name] = value;
  }
  return query as Q;
}

/** Search text as a backend takes it: without control characters, at most {@link SEARCH_TEXT_MAX} characters (not half an emoji). */
function searchTextOf(value: string): string {
  const text = [...value].filter((c) => !hasControlCharacters(c)).join('');
  return text.length <= SEARCH_TEXT_MAX ? text : text.slice(0, SEARCH_TEXT_MAX).replace(/[\uD800-\uDBFF]$/, '');
}

/** The query as query-string values: trimmed search text, no page 1. */
export function queryToUrl(query: BaseQuery): UrlValues {
  const values: UrlValues = {};
  for (const [name, value] of Object.entries(query)) values[name] = typeof value === 'number' ? String(value) : value;
  return { ...values, q: query.q.trim(), page: query.page > 1 ? String(query.page) : '' };
}

/** The request as `filters-change` reports it: without empty values and without the page size. */
export function reportedFilters(request: object): Record<string, string | string[] | number> {
  const result: Record<string, string | string[] | number> = {};
  for (const [key, value] of Object.entries(request)) {
    if (key === 'pageSize' || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    result[key] = value as string | string[] | number;
  }
  return result;
}
