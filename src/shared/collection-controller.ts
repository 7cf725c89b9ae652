import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { FlexschilClient } from '../api/client.js';
import type { Page, Vocabularies } from '../api/schemas.js';
import { type CodeList, codeLabel } from '../i18n/codes.js';
import { common } from '../i18n/common.js';
import type { Lang } from '../i18n/lang.js';
import { emit } from './events.js';
import { type FilterOption, renderCheckboxGroup, renderSearch } from './filters.js';
import type { DataState } from './flexschil-element.js';
import { headingTag } from './headings.js';
import { renderEmpty, renderError, renderPagination } from './states.js';
import { readUrlState, splitList, type UrlValues, writeUrlState } from './url-state.js';

/** What the visitor chose: search text, sort, page, and per filter a list (checkboxes) or a text. */
export type BaseQuery = { q: string; sort: string; page: number } & Record<string, string | string[] | number>;

export type CollectionPage = Page<{ id: string }>;

type Item<P extends CollectionPage> = P['items'][number];

/** The attributes every collection element has, which the controller reads. */
export interface CollectionHost extends ReactiveElement {
  readonly uiLang: Lang;
  /** The request as sent: the visitor's query within the fixed pre-filters. */
  readonly request: { page?: number; pageSize?: number };
  filters: string;
  sort: string;
  syncUrl: boolean;
  urlPrefix: string;
  detailUrl: string | null;
  headingLevel: number;
}

/** The strings every collection has (its own `src/i18n` module), plus a title per dimension. */
export interface CollectionMessages {
  searchLabel: string;
  filters: string;
  sort: string;
  count: (n: number) => string;
  selected: (n: number) => string;
  emptyTitle: string;
  emptyHint: string;
  /** The results heading when there is no count to show (the load failed). */
  results: string;
}

export interface CollectionOptions<Q extends BaseQuery, D extends string, P extends CollectionPage> {
  /** The query with nothing chosen; its keys are the query-string names with `sync-url`. */
  empty: () => Q;
  /** Names `filters` accepts. */
  filters: readonly string[];
  /** The checkbox groups, in order: keys of the query whose values are lists. */
  dimensions: readonly D[];
  /** The fixed code lists among them: their options when the backend sends neither facets nor vocabularies. */
  codes: Partial<Record<D, readonly string[]>>;
  /** A dimension's fixed pre-filter: the element's comma-separated attribute. */
  fixed: (dimension: D) => string;
  /** Checks for values read from the query string; a value that fails is ignored. */
  accept?: Partial<Record<keyof Q, (value: string) => boolean>>;
  /** Query-string prefix when the element has neither `url-prefix` nor an id. */
  urlPrefix: string;
  messages: Record<Lang, CollectionMessages & Record<D, string>>;
  client: () => FlexschilClient | null;
  /** Loads the page for the host's `request` (through the element's `load`, which reports a failure). */
  fetch: (options: { signal: AbortSignal; lang: Lang }) => Promise<P>;
}

/** What only the element knows of its view. */
export interface CollectionView<P extends CollectionPage> {
  /** Filter groups after the checkbox groups (hours, availability), or null when not shown. */
  extra: TemplateResult | null;
  sorts: readonly (readonly [value: string, label: string])[];
  skeleton: () => TemplateResult;
  card: (item: Item<P>) => TemplateResult;
  /** The items in the order shown; the backend's order by default. */
  order?: (items: Item<P>[]) => Item<P>[];
}

/**
 * A searchable, filterable, paged collection from the backend: the visitor's query (mirrored in
 * the query string with `sync-url`, back/forward included), the result and vocabulary loads,
 * the search debounce, where focus goes after each action, and the detail dialog. It renders
 * everything but the cards and the dialog's content, which the element supplies.
 */
export class CollectionController<Q extends BaseQuery, D extends string, P extends CollectionPage> implements ReactiveController {
  /** What the visitor chose; the element merges in its fixed pre-filters (see {@link within}). */
  query: Q;
  /** What is in the search box: kept as typed, sent after a pause or on Enter. */
  searchText = '';
  /** What the dialog shows. */
  selected: Item<P> | null = null;
  /** The page on screen, kept while the next one loads. */
  lastPage: P | null = null;
  /** Filter groups the visitor has open. */
  readonly opened = new Set<string>();

  readonly #results: Task<readonly [FlexschilClient | null, string, Lang], P>;
  /** Labels for filter options when the backend sends no facets. */
  readonly #vocabularies: Task<readonly [FlexschilClient | null, boolean, Lang], Vocabularies | null>;
  readonly #host: CollectionHost;
  readonly #options: CollectionOptions<Q, D, P>;
  #announcement = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #focusResults = false;
  #returnFocusTo: HTMLElement | null = null;
  #synced = false;

  constructor(host: CollectionHost, options: CollectionOptions<Q, D, P>) {
    this.#host = host;
    this.#options = options;
    this.query = options.empty();
    host.addController(this);
    this.#results = new Task(host, {
      // The key stands for the request in `args` (Task compares args by identity); the task sends the request itself.
      task: ([, , lang], { signal }) => options.fetch({ signal, lang }),
      args: () => [options.client(), JSON.stringify(host.request), host.uiLang] as const,
    });
    this.#vocabularies = new Task(host, {
      task: async ([client, needed, lang], { signal }) => (needed && client ? client.getVocabularies({ signal, lang }).catch(() => null) : null),
      args: () => [options.client(), this.#needsVocabularies, host.uiLang] as const,
    });
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
    if (this.#host.syncUrl) this.#restore();
    this.#synced = this.#host.syncUrl;
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#searchTimer);
  }

  hostUpdate(): void {
    // `sync-url` switched on later: the query string wins, as on a reload.
    if (this.#host.syncUrl && !this.#synced) this.#restore();
    this.#synced = this.#host.syncUrl;
    // Before rendering, so the count and the announcement change in the same update.
    const { status, value } = this.#results;
    if (status === TaskStatus.COMPLETE && value && value !== this.lastPage) this.#arrived(value);
  }

  hostUpdated(): void {
    if (this.#focusResults && this.#results.status !== TaskStatus.PENDING) {
      this.#focusResults = false;
      this.#host.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    }
  }

  get dataState(): DataState {
    const { status, value } = this.#results;
    return status === TaskStatus.ERROR ? 'error' : status === TaskStatus.COMPLETE ? (value?.total ? 'ready' : 'empty') : 'loading';
  }

  /** The controls asked for in `filters` (`none` hides them all). */
  get shown(): Set<string> {
    const names = this.#host.filters.trim() === 'none' ? [] : splitList(this.#host.filters);
    return new Set(names.filter((n) => this.#options.filters.includes(n)));
  }

  /** A dimension is offered when asked for, unless a single fixed value already decides it. */
  offers(dimension: D): boolean {
    return this.shown.has(dimension) && splitList(this.#options.fixed(dimension)).length !== 1;
  }

  /** The values to send for a dimension: the visitor's choice within the fixed pre-filter. */
  within(dimension: D): string[] {
    const fixed = splitList(this.#options.fixed(dimension));
    const chosen = this.query[dimension] as string[];
    if (!fixed.length) return chosen;
    const allowed = chosen.filter((v) => fixed.includes(v));
    return allowed.length ? allowed : fixed;
  }

  /** The visitor chose something (the sort and page do not count). */
  get active(): boolean {
    return Object.entries(this.query).some(([name, value]) => name !== 'sort' && name !== 'page' && (Array.isArray(value) ? value.length > 0 : !!value));
  }

  /** Applies a change of the visitor's query: back to page 1 unless the page itself changed. */
  change(patch: Partial<Q>, { history = 'push' as 'push' | 'replace' } = {}): void {
    this.query = { ...this.query, page: 1, ...patch };
    this.searchText = this.query.q;
    this.#host.requestUpdate();
    if (this.#host.syncUrl) this.#writeUrl(history);
    const { page, pageSize, ...filters } = this.#host.request;
    emit(this.#host, 'filters-change', { filters: compact({ ...filters, page }) });
  }

  toggle(dimension: D, value: string, checked: boolean): void {
    const current = (this.query[dimension] as string[]).filter((v) => v !== value);
    this.change({ [dimension]: checked ? [...current, value] : current } as Partial<Q>);
  }

  /** Back to no filters (the sort stays). The button used is gone then: focus goes to the results heading. */
  clear = (): void => {
    clearTimeout(this.#searchTimer);
    this.#focusResults = true;
    this.change({ ...this.#options.empty(), sort: this.query.sort });
  };

  /** Link to an item's own page with `detail-url`, else null (the dialog shows it). */
  href(item: Item<P>): string | null {
    return this.#host.detailUrl ? this.#host.detailUrl.replaceAll('{id}', encodeURIComponent(item.id)) : null;
  }

  /** After the element's cancelable select event: stopped, followed as a link, or shown in the dialog. */
  select(item: Item<P>, event: Event, proceed: boolean): void {
    if (!proceed) event.preventDefault();
    else if (!this.href(item)) this.#open(item, event);
  }

  close = (): void => this.#dialog?.close();

  onDialogClose = (): void => {
    // The close event is queued: another card may have reopened the dialog in the meantime.
    if (this.#dialog?.open) return;
    this.selected = null;
    this.#host.requestUpdate();
    // Back to the card that opened it (WCAG 2.4.3), found again by id in case the list re-rendered.
    const id = this.#returnFocusTo?.dataset.id;
    const target = (id && this.#host.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)) || this.#returnFocusTo;
    target?.focus();
    this.#returnFocusTo = null;
  };

  /** Search, filters, result header with the count and sort, announcement and results; the element adds its dialog. */
  render(view: CollectionView<P>): TemplateResult {
    const lang = this.#host.uiLang;
    const t = this.#options.messages[lang];
    const groups = this.#options.dimensions.filter((d) => this.offers(d));
    const hasFilters = groups.length > 0 || view.extra !== null;
    return html`
      ${this.shown.has('q') ? renderSearch(t.searchLabel, common[lang].search, this.searchText, this.#onSearchInput, this.#onSearchSubmit) : nothing}
      <div class="layout ${hasFilters ? 'with-filters' : ''}">
        ${hasFilters
          ? html`<div class="filters" part="filters" role="group" aria-label=${t.filters}>
              ${groups.map((d) => this.#renderDimension(d))} ${view.extra ?? nothing}
              ${this.active
                ? html`<button type="button" class="button secondary" @click=${this.clear}>${common[lang].clearFilters}</button>`
                : nothing}
            </div>`
          : nothing}
        <div class="results-column">
          ${this.#renderResultHeader(view)}
          <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</p>
          ${this.#renderResults(view)}
        </div>
      </div>
    `;
  }

  #renderDimension(dimension: D): TemplateResult {
    const t = this.#options.messages[this.#host.uiLang];
    const chosen = this.query[dimension] as string[];
    return renderCheckboxGroup(
      this.opened,
      dimension,
      { title: t[dimension], selected: t.selected(chosen.length), options: this.#optionsFor(dimension), chosen },
      (value, checked) => this.toggle(dimension, value, checked),
    );
  }

  #renderResultHeader(view: CollectionView<P>): TemplateResult {
    const lang = this.#host.uiLang;
    const t = this.#options.messages[lang];
    const heading = headingTag(this.#host.headingLevel);
    const sort = this.query.sort || this.#host.sort;
    return html`<div class="result-header">
      ${staticHtml`<${heading} id="results-heading" part="count" tabindex="-1">${this.lastPage ? t.count(this.lastPage.total) : this.#results.status === TaskStatus.ERROR ? t.results : common[lang].loading}</${heading}>`}
      <label class="sort"
        >${t.sort}
        <select name="sort" @change=${this.#onSortChange}>
          ${view.sorts.map(([value, label]) => html`<option value=${value} ?selected=${value === sort}>${label}</option>`)}
        </select>
      </label>
    </div>`;
  }

  #renderResults(view: CollectionView<P>): TemplateResult {
    const lang = this.#host.uiLang;
    const t = this.#options.messages[lang];
    const page = (p: P, busy: boolean) => html`<div class="results" aria-busy=${busy ? 'true' : 'false'}>
      <ul class="cards" part="list">
        ${(view.order?.(p.items) ?? p.items).map((item) => html`<li>${view.card(item)}</li>`)}
      </ul>
      ${renderPagination(p.page, Math.max(1, Math.ceil(p.total / p.pageSize)), lang, this.#goToPage)}
    </div>`;
    return this.#results.render({
      initial: view.skeleton,
      pending: () => (this.lastPage ? page(this.lastPage, true) : view.skeleton()),
      // The retry button is gone once the results are in: focus goes to the results heading.
      error: (error) => renderError(error, lang, this.#retry),
      complete: (p) =>
        p.total === 0
          ? renderEmpty(t.emptyTitle, t.emptyHint, this.active ? { label: common[lang].clearFilters, run: this.clear } : undefined)
          : page(p, false),
    }) as TemplateResult;
  }

  #optionsFor(dimension: D): FilterOption[] {
    const lang = this.#host.uiLang;
    const codes = this.#options.codes[dimension];
    const vocabulary = this.#vocabularies.value?.[dimension as keyof Vocabularies];
    const label = (value: string) =>
      codes ? codeLabel(dimension as CodeList, value, lang) : (vocabulary?.find((c) => c.value === value)?.label ?? value);
    const facets = this.lastPage?.facets?.[dimension];
    let options: FilterOption[] = facets
      ? facets.map(({ value, label, count }) => ({ value, label, count }))
      : vocabulary
        ? vocabulary.map(({ value, label }) => ({ value, label }))
        : (codes ?? []).map((value) => ({ value, label: label(value) }));
    const fixed = splitList(this.#options.fixed(dimension));
    if (fixed.length) options = options.filter((o) => fixed.includes(o.value));
    // A chosen value stays visible (with count 0) so it can always be unchecked.
    for (const value of this.query[dimension] as string[]) {
      if (!options.some((o) => o.value === value)) options.push({ value, label: label(value), count: 0 });
    }
    return options;
  }

  get #needsVocabularies(): boolean {
    const page = this.lastPage;
    return !!page && this.#options.dimensions.some((d) => this.offers(d) && !page.facets?.[d]);
  }

  #arrived(page: P): void {
    this.lastPage = page;
    const lang = this.#host.uiLang;
    const count = this.#options.messages[lang].count(page.total);
    const pageCount = Math.ceil(page.total / page.pageSize);
    this.#announcement = page.total && pageCount > 1 ? `${count}, ${common[lang].pageOf(page.page, pageCount)}` : count;
  }

  #onSearchInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    // What was typed is kept at once; the request waits for a pause (≈300 ms) in typing.
    this.searchText = value;
    this.#host.requestUpdate();
    this.#searchTimer = setTimeout(() => this.change({ q: value } as Partial<Q>, { history: 'replace' }), 300);
  };

  #onSearchSubmit = (event: Event): void => {
    event.preventDefault();
    clearTimeout(this.#searchTimer);
    this.change({ q: this.searchText } as Partial<Q>);
  };

  #onSortChange = (event: Event): void => {
    this.change({ sort: (event.target as HTMLSelectElement).value } as Partial<Q>);
  };

  #goToPage = (page: number): void => {
    this.#focusResults = true;
    this.change({ page } as Partial<Q>);
  };

  #retry = (): void => {
    this.#focusResults = true;
    this.#results.run();
  };

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  #open(item: Item<P>, event: Event): void {
    this.#returnFocusTo = event.currentTarget as HTMLElement;
    this.selected = item;
    this.#host.requestUpdate();
    this.#host.updateComplete.then(() => {
      if (!this.#dialog?.open) this.#dialog?.showModal();
    });
  }

  get #prefix(): string {
    return this.#host.urlPrefix || this.#host.id || this.#options.urlPrefix;
  }

  #restore(): void {
    const values = readUrlState(location.search, this.#prefix, this.#options.dimensions);
    const query: Record<string, string | string[] | number> = this.#options.empty();
    for (const [name, empty] of Object.entries(query)) {
      const value = values[name];
      if (Array.isArray(empty)) query[name] = Array.isArray(value) ? value : [];
      else if (typeof value !== 'string') continue;
      else if (name === 'page') query[name] = Math.max(1, Number.parseInt(value, 10) || 1);
      else if (this.#options.accept?.[name]?.(value) ?? true) query[name] = value;
    }
    this.query = query as Q;
    this.searchText = this.query.q;
    this.#host.requestUpdate();
  }

  #writeUrl(mode: 'push' | 'replace'): void {
    const { q, page } = this.query;
    const values = { ...(this.query as UrlValues), q: q.trim(), page: page > 1 ? String(page) : '' };
    const href = writeUrlState(location.href, this.#prefix, values);
    if (href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  #onPopState = (): void => {
    if (this.#host.syncUrl) this.#restore();
  };
}

/** The filters as `filters-change` reports them: without empty values. */
function compact(filters: object): Record<string, string | string[] | number> {
  const result: Record<string, string | string[] | number> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    result[key] = value as string | string[] | number;
  }
  return result;
}
