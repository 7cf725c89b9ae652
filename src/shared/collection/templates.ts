/**
 * The templates of the searchable collections (`assignment-list`, `profile-directory`,
 * `session-list`) as plain functions: the layout, the result header, a page of results and a
 * filter group. Styled by `src/styles/collection.ts`; the element supplies its cards and its dialog.
 */
import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { common } from '../../i18n/common.js';
import type { Lang } from '../../i18n/lang.js';
import { formatNumber } from '../../i18n/format.js';
import { type FilterDisclosures, filterOptions, MAX_FILTER_OPTIONS, type OptionSources, renderCheckboxGroup, renderSearch } from '../filters.js';
import { headingTag } from '../headings.js';
import { landmarkName, renderEmpty, renderError, renderPagination } from '../states.js';
import { splitList } from '../url-state.js';
import type { BaseQuery, QueryController } from './query.js';
import type { CollectionPage, ResultsController } from './results-controller.js';

/** The strings every collection has (its own `src/i18n` module). */
export interface CollectionMessages {
  searchLabel: string;
  filters: string;
  sort: string;
  count: (n: number) => string;
  selected: (n: number) => string;
  emptyHint: string;
  /** The results heading when there is no count to show (the load failed). */
  results: string;
  /** How many filter values are chosen, beside the narrow-screen "Filters" control ("2 actief"). */
  activeFilters: (n: number) => string;
  /** Under a filter group with more values than it shows ("Alleen de eerste 50 worden getoond."). */
  omitted: (shown: string) => string;
}

/** What differs between the collections around the shared layout; the rest comes from the controllers. */
export interface CollectionView<P extends CollectionPage> {
  lang: Lang;
  t: CollectionMessages;
  headingLevel: number;
  search: Pick<QueryController<BaseQuery>, 'searchText' | 'onSearchInput' | 'onSearchSubmit' | 'activeFilters' | 'active' | 'query' | 'change' | 'clear'>;
  results: Pick<ResultsController<readonly unknown[], P>, 'lastPage' | 'status' | 'announcement' | 'render' | 'retry' | 'focusHeadingAfterLoad'>;
  disclosures: FilterDisclosures;
  /** The search form is one of the controls asked for. */
  searchShown: boolean;
  /** The host's name for this widget (`label`), added to the names of its landmarks. */
  label: string | null;
  groups: unknown[];
  /** The sort control's choices and the feed link beside it. */
  sorting: Pick<ResultHeader, 'sorts' | 'sort' | 'onSort' | 'extra'>;
  /** The cards of a page; see {@link ResultPageOptions}. */
  cards: Pick<ResultPageOptions<P['items'][number]>, 'limit' | 'card' | 'cardInputs'>;
  /** The placeholder before the first page. */
  skeleton: () => TemplateResult;
}

/**
 * A whole collection but its dialog: search, filters, the result header and the results in each
 * state of the load (skeleton, the old page while the next loads, error with retry, empty, a page).
 * Clearing the filters and paging remove the control used: focus goes to the results heading.
 */
export function renderCollection<P extends CollectionPage>(v: CollectionView<P>): TemplateResult {
  const { lang, t, search, results } = v;
  const clear = (): void => {
    results.focusHeadingAfterLoad();
    search.clear();
  };
  const clearLabel = common[lang].clearFilters(!!search.query.q, search.activeFilters > 0);
  const goToPage = (page: number): void => {
    results.focusHeadingAfterLoad();
    search.change({ page });
  };
  const page = (p: P, busy: boolean) => renderResultPage(p, { busy, lang, ...v.cards, goToPage, label: v.label });
  return renderLayout({
    lang,
    search: v.searchShown ? renderSearch(t.searchLabel, common[lang].search, search.searchText, search.onSearchInput, search.onSearchSubmit, landmarkName(t.searchLabel, v.label)) : nothing,
    groups: v.groups,
    filtersLabel: t.filters,
    activeFilters: search.activeFilters ? t.activeFilters(search.activeFilters) : '',
    disclosures: v.disclosures,
    clear: search.active ? { label: clearLabel, run: clear } : null,
    header: renderResultHeader({
      headingLevel: v.headingLevel,
      title: resultTitle(results.lastPage, results.status === TaskStatus.ERROR, t, lang),
      sortLabel: t.sort,
      ...v.sorting,
    }),
    announcement: results.announcement,
    results: results.render({
      initial: v.skeleton,
      pending: () => (results.lastPage ? page(results.lastPage, true) : v.skeleton()),
      error: (error) => renderError(error, lang, results.retry),
      // The heading above already says nothing was found: the empty state says what to try.
      complete: (p) => (p.total === 0 ? renderEmpty(null, t.emptyHint, search.active ? { label: clearLabel, run: clear } : undefined) : page(p, false)),
    }),
  });
}

export interface DimensionGroup {
  /** The query's name of the dimension (`field`, `region`…). */
  name: string;
  title: string;
  /** Where the options and their labels come from. */
  sources: OptionSources;
  /** The fixed pre-filter (comma-separated): its values are offered even without facets. */
  fixed: string;
  chosen: string[];
  toggle: (value: string, checked: boolean) => void;
  /** Left out when there is nothing to choose from (the board's organisations without a facet). */
  optional?: boolean;
}

/** A dimension's checkbox group: its options, how many are chosen, and a note when not all fit. */
export function renderDimensionGroup(g: DimensionGroup, t: CollectionMessages, lang: Lang, disclosures: FilterDisclosures): TemplateResult | null {
  const { options, total } = filterOptions(g.sources, splitList(g.fixed), g.chosen);
  if (g.optional && !options.length) return null;
  const note = total > MAX_FILTER_OPTIONS ? t.omitted(formatNumber(MAX_FILTER_OPTIONS, lang)) : undefined;
  return renderCheckboxGroup(disclosures.groups, g.name, { title: g.title, selected: t.selected(g.chosen.length), options, chosen: g.chosen, note }, g.toggle);
}

export interface LayoutParts {
  lang: Lang;
  /** The search form, or `nothing`. */
  search: unknown;
  /** The filter groups in order; none means no filter column. */
  groups: unknown[];
  /** The group's accessible name and the narrow-screen control's text ("Filters"). */
  filtersLabel: string;
  /** Chosen filter values, counted beside the narrow-screen control. */
  activeFilters: string;
  disclosures: FilterDisclosures;
  /** "Wis filters" (or "Wis zoekterm"…), when the visitor has searched or chosen something. */
  clear: { label: string; run: () => void } | null;
  header: TemplateResult;
  /** The live region's text. */
  announcement: string;
  results: unknown;
}

/**
 * Search, filters, the result header, the announcement and the results. On narrow screens the
 * filters would push the results far down (about 1,100 px at 320 px): there they sit behind one
 * "Filters" disclosure button that says how many are chosen; beside the results they are always shown.
 */
export function renderLayout(p: LayoutParts): TemplateResult {
  const hasFilters = p.groups.length > 0;
  const open = p.disclosures.panel;
  return html`
    ${p.search}
    <div class="layout ${hasFilters ? 'with-filters' : ''}">
      ${hasFilters
        ? html`<div class="filters-area">
            <button
              type="button"
              class="filters-toggle disclosure"
              part="filters-toggle"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="filters"
              @click=${p.disclosures.togglePanel}
            >
              ${p.filtersLabel} ${p.activeFilters ? html`<span class="selected">(${p.activeFilters})</span>` : nothing}
            </button>
            <div id="filters" class="filters ${open ? 'open' : ''}" part="filters" role="group" aria-label=${p.filtersLabel}>
              ${p.groups}
              ${p.clear ? html`<button type="button" class="button secondary" @click=${p.clear.run}>${p.clear.label}</button>` : nothing}
            </div>
          </div>`
        : nothing}
      <div class="results-column">
        ${p.header}
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${p.announcement}</p>
        ${p.results}
      </div>
    </div>
  `;
}

export interface ResultHeader {
  headingLevel: number;
  /** The count, "Bezig met laden…", or the list's name when loading failed. */
  title: string;
  sortLabel: string;
  sorts: readonly (readonly [value: string, label: string])[];
  sort: string;
  onSort: (value: string) => void;
  /** More beside the sort (the board's feed link). */
  extra?: unknown;
}

/** The results heading (focus target after paging, clearing, retrying) and the sort control. */
export function renderResultHeader(h: ResultHeader): TemplateResult {
  const heading = headingTag(h.headingLevel);
  return html`<div class="result-header">
    ${staticHtml`<${heading} id="results-heading" part="count" tabindex="-1">${h.title}</${heading}>`}
    <label class="sort"
      >${h.sortLabel}
      <select name="sort" @change=${(e: Event) => h.onSort((e.target as HTMLSelectElement).value)}>
        ${h.sorts.map(([value, label]) => html`<option value=${value} ?selected=${value === h.sort}>${label}</option>`)}
      </select>
    </label>
    ${h.extra ?? nothing}
  </div>`;
}

export interface ResultPageOptions<Item> {
  busy: boolean;
  lang: Lang;
  /** The page size asked for: a backend that sends more (10,000 on a page of 10) gets only these many rendered. */
  limit: number;
  card: (item: Item) => unknown;
  /**
   * Everything besides the page that the cards show (language, heading level, a profile…): the
   * cards render again only when the page or one of these changes, so the busy state of a filter
   * change does not re-render the old cards.
   */
  cardInputs: readonly unknown[];
  goToPage: (page: number) => void;
  /** The widget's name (`label`) for its page navigation's. */
  label?: string | null;
}

/**
 * One page of results: the cards and the page navigation; `busy` while the next page loads.
 * Cards are keyed by id, so a new page moves and reuses the cards it shares with the old one.
 */
export function renderResultPage<P extends CollectionPage>(page: P, o: ResultPageOptions<P['items'][number]>): TemplateResult {
  const items = page.items.slice(0, o.limit);
  return html`<div class="results" aria-busy=${o.busy ? 'true' : 'false'}>
    ${guard(
      [page, items.length, o.lang, ...o.cardInputs],
      () => html`<ul class="cards" part="list">
        ${repeat(items, uniqueKeys(items), (item) => html`<li>${o.card(item)}</li>`)}
      </ul>`,
    )}
    ${renderPagination(page.page, Math.max(1, Math.ceil(page.total / page.pageSize)), o.lang, o.goToPage, o.label)}
  </div>`;
}

/** Keys for `repeat`: the ids, made unique (a broken backend may send an id twice; repeat needs unique keys). */
function uniqueKeys(items: { id: string }[]): (item: { id: string }, index: number) => string {
  const seen = new Set<string>();
  const keys = items.map(({ id }, index) => {
    const key = seen.has(id) ? `${id}\u0000${index}` : id;
    seen.add(key);
    return key;
  });
  return (_, index) => keys[index];
}

/** The heading's text: the count of the page on screen, else loading, else (failed) the list's name. */
export function resultTitle(page: CollectionPage | null, failed: boolean, t: CollectionMessages, lang: Lang): string {
  return page ? t.count(page.total) : failed ? t.results : common[lang].loading;
}

/** What the live region says for a page: the count, and which page of how many. */
export function announcePage(page: CollectionPage, t: CollectionMessages, lang: Lang, headingSays = false): string {
  const count = t.count(page.total);
  const pageCount = Math.ceil(page.total / page.pageSize);
  const which = page.total && pageCount > 1 ? common[lang].pageOf(page.page, pageCount) : '';
  // Focus on the results heading says the count: not twice.
  if (headingSays) return which;
  return which ? `${count}, ${which}` : count;
}
