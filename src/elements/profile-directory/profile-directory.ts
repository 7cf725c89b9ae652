import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ProfileQuery } from '../../api/query.js';
import { type Code, type FacetCount, type Profile, type ProfilePage, profileKinds } from '../../api/schemas.js';
import { codeLabel } from '../../i18n/codes.js';
import { common } from '../../i18n/common.js';
import { profileDirectory as messages } from '../../i18n/profiles.js';
import { emit } from '../../shared/events.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { renderEmpty, renderError, renderPagination, renderSkeleton } from '../../shared/states.js';
import { readUrlState, splitList, writeUrlState } from '../../shared/url-state.js';
import { collection } from '../../styles/collection.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './profile-directory.styles.js';

type FilterName = 'q' | 'field' | 'region' | 'kind' | 'available';
type Dimension = 'field' | 'region' | 'kind';
type Sort = NonNullable<ProfileQuery['sort']>;

/** What the visitor chose; fixed pre-filters come from attributes and are merged in {@link ProfileDirectory.request}. */
interface UserQuery {
  q: string;
  field: string[];
  region: string[];
  kind: string[];
  availableFrom: string;
  sort: Sort | '';
  page: number;
}

const FILTERS: FilterName[] = ['q', 'field', 'region', 'kind', 'available'];
const DIMENSIONS: Dimension[] = ['field', 'region', 'kind'];
const SORTS: Sort[] = ['name', '-updatedAt'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The inner card's parts, offered to the host page as `card-*`. */
const CARD_PARTS = 'card: card-body, name: card-name, photo: card-photo, badges: card-badges';
const emptyQuery = (): UserQuery => ({ q: '', field: [], region: [], kind: [], availableFrom: '', sort: '', page: 1 });

/**
 * A directory of professionals for a regional network's or an intranet's site: search, filters
 * with counts, result count, pages, compact `profile-card`s in a grid, and each profile in full
 * in a dialog (or on the host's own page with `detail-url`).
 *
 * Profiles with visibility `network` or `internal` come back only for requests with the
 * provider's credentials (`getToken` or a cookie session); nothing personal is written to the
 * URL or to storage: only the filters with `sync-url`.
 *
 * The cards are `profile-card`s: theme them with its `--flexschil-profile-card-*` properties,
 * which reach into the directory because custom properties inherit.
 *
 * @summary Searchable, filterable directory of professionals (profiles) from a Flexschil backend.
 * @tagname profile-directory
 *
 * @fires profile-select - `{ profile }` when a visitor opens a profile. Cancelable: `preventDefault()` stops the navigation or dialog.
 * @fires filters-change - `{ filters }` after the visitor changed search, filters, sort or page.
 * @fires profile-contact - `{ profile }` from the card in the dialog when the visitor uses an e-mail or phone link.
 * @fires flexschil-error - `{ status, title, detail }` when loading failed; the directory shows a message and a retry.
 *
 * @csspart search - The search form.
 * @csspart filters - The filter controls.
 * @csspart count - The heading with the number of results.
 * @csspart list - The grid of cards.
 * @csspart card - One `profile-card` element; its own parts are exported as `card-body`, `card-name`, `card-photo`, `card-badges`.
 * @csspart view - The "View profile" button or link of a card.
 * @csspart pagination - The page navigation.
 * @csspart empty - The message when nothing matches.
 * @csspart error - The message when loading failed, with its retry button.
 * @csspart dialog - The dialog with the full profile.
 *
 * @cssprop [--flexschil-profile-directory-card-min-width=16em] - Narrowest a card may get before the grid drops a column (one column at 320px).
 * @cssprop [--flexschil-profile-directory-gap=var(--flexschil-space)] - Space between cards.
 */
export class ProfileDirectory extends FlexschilElement {
  static override styles = [tokens, base, collection, styles];

  /** Fixed pre-filter: werkveld values, comma-separated. Always sent; not removable. */
  @property() field = '';
  /** Fixed pre-filter: region values, comma-separated. */
  @property() region = '';
  /** Fixed pre-filter: profile kinds (`zpp`, `zzp`, `ondernemend-ambtenaar`, `manager`, `interim`), comma-separated. */
  @property() kind = '';
  /** Which controls to show, comma-separated from `q,field,region,kind,available`; `none` hides them. */
  @property() filters = 'q,field,region,kind,available';
  /** Results per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;
  /** Default order: `name` (A–Z) or `-updatedAt` (recently updated first). */
  @property() sort: Sort = 'name';
  /** Mirror search, filters, sort and page in the page's query string (back/forward and shared links work). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Prefix of this directory's query-string parameters with `sync-url` (default: the element's id, else `professionals`). */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';
  /** Link template such as `/professionals/{id}`: cards link there instead of opening a dialog. */
  @property({ attribute: 'detail-url' }) detailUrl: string | null = null;
  /** Level of the result heading (2 by default); names on the cards are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private userQuery: UserQuery = emptyQuery();
  /** What is in the search box: kept as typed, sent after a pause or on Enter. */
  @state() private searchText = '';
  @state() private selected: Profile | null = null;
  #announcement = '';

  @query('#results-heading') private resultsHeading?: HTMLElement;
  @query('dialog') private dialog?: HTMLDialogElement;

  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #focusResults = false;
  #returnFocusTo: HTMLElement | null = null;
  #lastPage: ProfilePage | null = null;

  /** @internal */
  private results = new Task(this, {
    // The key stands for the request in `args` (Task compares args by identity); the task sends the request itself.
    task: ([client, , lang], { signal }) => this.load(() => (client ?? this.requireClient()).listProfiles(this.request, { signal, lang })),
    args: () => [this.client, this.requestKey, this.uiLang] as const,
  });

  /** Labels for filter options when the backend sends no facets. @internal */
  private vocabularies = new Task(this, {
    task: async ([client, needed, lang], { signal }) =>
      needed && client ? client.getVocabularies({ signal, lang }).catch(() => null) : null,
    args: () => [this.client, this.needsVocabularies, this.uiLang] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    if (this.syncUrl) this.restoreFromUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#searchTimer);
  }

  /** The request as sent: the visitor's choices within the fixed pre-filters. */
  get request(): ProfileQuery {
    const q = this.userQuery;
    const within = (dimension: Dimension, chosen: string[]) => {
      const fixed = splitList(this[dimension]);
      if (!fixed.length) return chosen;
      const allowed = chosen.filter((v) => fixed.includes(v));
      return allowed.length ? allowed : fixed;
    };
    return {
      q: q.q.trim() || undefined,
      field: within('field', q.field),
      region: within('region', q.region),
      kind: within('kind', q.kind),
      availableFrom: ISO_DATE.test(q.availableFrom) ? q.availableFrom : undefined,
      sort: q.sort || this.sort,
      page: q.page,
      pageSize: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 12)),
    };
  }

  private get requestKey(): string {
    return JSON.stringify(this.request);
  }

  private get shownFilters(): Set<FilterName> {
    const names = this.filters.trim() === 'none' ? [] : splitList(this.filters);
    return new Set(names.filter((n): n is FilterName => (FILTERS as string[]).includes(n)));
  }

  /** A dimension is offered when asked for, unless a single fixed value already decides it. */
  private offers(dimension: Dimension): boolean {
    return this.shownFilters.has(dimension) && splitList(this[dimension]).length !== 1;
  }

  private get needsVocabularies(): boolean {
    const page = this.#lastPage;
    if (!page) return false;
    return DIMENSIONS.some((d) => this.offers(d) && !page.facets?.[d]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') === false) this.restoreFromUrl();
    // Here rather than in updated(): the count and the announcement render in the same update.
    const { status, value } = this.results;
    if (status === TaskStatus.COMPLETE && value && value !== this.#lastPage) this.resultsArrived(value);
  }

  protected override updated(): void {
    const { status, value } = this.results;
    this.dataState = status === TaskStatus.ERROR ? 'error' : status === TaskStatus.COMPLETE ? (value?.total ? 'ready' : 'empty') : 'loading';
    if (this.#focusResults && status !== TaskStatus.PENDING) {
      this.#focusResults = false;
      this.resultsHeading?.focus();
    }
  }

  private resultsArrived(page: ProfilePage): void {
    this.#lastPage = page;
    const t = messages[this.uiLang];
    const pageCount = Math.ceil(page.total / page.pageSize);
    this.#announcement = page.total && pageCount > 1 ? `${t.count(page.total)}, ${common[this.uiLang].pageOf(page.page, pageCount)}` : t.count(page.total);
  }

  override render(): TemplateResult {
    const shown = this.shownFilters;
    const hasFilters = DIMENSIONS.some((d) => this.offers(d)) || shown.has('available');
    return html`
      ${shown.has('q') ? this.renderSearch() : nothing}
      <div class="layout ${hasFilters ? 'with-filters' : ''}">
        ${hasFilters ? this.renderFilters() : nothing}
        <div class="results-column">
          ${this.renderResultHeader()}
          <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</p>
          ${this.renderResults()}
        </div>
      </div>
      ${this.renderDialog()}
    `;
  }

  private renderSearch(): TemplateResult {
    const t = messages[this.uiLang];
    return html`<form class="search" part="search" role="search" @submit=${this.onSearchSubmit}>
      <label for="q">${t.searchLabel}</label>
      <input id="q" name="q" type="search" autocomplete="off" enterkeyhint="search" .value=${live(this.searchText)} @input=${this.onSearchInput} />
      <button type="submit" class="button">${common[this.uiLang].search}</button>
    </form>`;
  }

  private renderFilters(): TemplateResult {
    const t = messages[this.uiLang];
    return html`<div class="filters" part="filters" role="group" aria-label=${t.filters}>
      ${DIMENSIONS.filter((d) => this.offers(d)).map((d) => this.renderDimension(d))}
      ${this.shownFilters.has('available') ? this.renderAvailable() : nothing}
      ${this.hasUserFilters
        ? html`<button type="button" class="button secondary" @click=${this.clearFilters}>${common[this.uiLang].clearFilters}</button>`
        : nothing}
    </div>`;
  }

  private renderDimension(dimension: Dimension): TemplateResult {
    const t = messages[this.uiLang];
    const chosen = this.userQuery[dimension];
    const options = this.optionsFor(dimension);
    return html`<details ?open=${chosen.length > 0}>
      <summary>
        ${t[dimension]} ${chosen.length ? html`<span class="selected">(${t.selected(chosen.length)})</span>` : nothing}
      </summary>
      <fieldset>
        <legend class="visually-hidden">${t[dimension]}</legend>
        ${options.map(
          (option) => html`<label class="option">
            <input
              type="checkbox"
              name=${dimension}
              .value=${option.value}
              .checked=${live(chosen.includes(option.value))}
              @change=${(event: Event) => this.toggle(dimension, option.value, (event.target as HTMLInputElement).checked)}
            />
            <span>${option.label}${option.count === undefined ? nothing : html` <span class="count">(${option.count})</span>`}</span>
          </label>`,
        )}
      </fieldset>
    </details>`;
  }

  private renderAvailable(): TemplateResult {
    const t = messages[this.uiLang];
    return html`<details ?open=${!!this.userQuery.availableFrom}>
      <summary>${t.available}</summary>
      <fieldset>
        <legend class="visually-hidden">${t.available}</legend>
        <label class="number"
          >${t.availableFrom}
          <input type="date" name="availableFrom" .value=${live(this.userQuery.availableFrom)} @change=${this.onAvailableChange}
        /></label>
      </fieldset>
    </details>`;
  }

  private renderResultHeader(): TemplateResult {
    const t = messages[this.uiLang];
    const page = this.#lastPage;
    const heading = unsafeStatic(`h${clampLevel(this.headingLevel)}`);
    const sort = this.userQuery.sort || this.sort;
    return html`<div class="result-header">
      ${staticHtml`<${heading} id="results-heading" part="count" tabindex="-1">${page ? t.count(page.total) : common[this.uiLang].loading}</${heading}>`}
      <label class="sort"
        >${t.sort}
        <select name="sort" @change=${this.onSortChange}>
          ${SORTS.map((s) => html`<option value=${s} ?selected=${s === sort}>${s === 'name' ? t.sortName : t.sortUpdated}</option>`)}
        </select>
      </label>
    </div>`;
  }

  private renderResults(): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const skeleton = () => renderSkeleton(Math.min(this.pageSize, 6), lang, 'skeleton-card');
    return this.results.render({
      initial: skeleton,
      pending: () => (this.#lastPage ? this.renderPage(this.#lastPage, true) : skeleton()),
      error: (error) => renderError(error, lang, () => this.results.run()),
      complete: (page) =>
        page.total === 0
          ? renderEmpty(t.emptyTitle, t.emptyHint, this.hasUserFilters ? { label: common[lang].clearFilters, run: () => this.clearFilters() } : undefined)
          : this.renderPage(page, false),
    }) as TemplateResult;
  }

  private renderPage(page: ProfilePage, busy: boolean): TemplateResult {
    const pageCount = Math.max(1, Math.ceil(page.total / page.pageSize));
    return html`<div class="results" aria-busy=${busy ? 'true' : 'false'}>
      <ul class="cards" part="list">
        ${page.items.map((profile) => html`<li>${this.renderCard(profile)}</li>`)}
      </ul>
      ${renderPagination(page.page, pageCount, this.uiLang, (p) => this.goToPage(p))}
    </div>`;
  }

  private renderCard(p: Profile): TemplateResult {
    const t = messages[this.uiLang];
    const href = this.detailHref(p);
    // The visible words start the accessible name (WCAG 2.5.3); the name makes each button unique.
    const label = html`${t.view} <span class="visually-hidden">${t.viewOf(p.name)}</span>`;
    const action = href
      ? html`<a slot="actions" class="button secondary view" part="view" href=${href} data-id=${p.id} @click=${(e: Event) => this.select(p, e)}
          >${label}</a
        >`
      : html`<button
          slot="actions"
          type="button"
          class="button secondary view"
          part="view"
          aria-haspopup="dialog"
          data-id=${p.id}
          @click=${(e: Event) => this.select(p, e)}
        >
          ${label}
        </button>`;
    return html`<profile-card variant="compact" part="card" exportparts=${CARD_PARTS} heading-level=${clampLevel(this.headingLevel + 1)} .profile=${p}
      >${action}</profile-card
    >`;
  }

  private renderDialog(): TemplateResult {
    const p = this.selected;
    const lang = this.uiLang;
    return html`<dialog part="dialog" aria-label=${p ? messages[lang].dialogTitle(p.name) : nothing} @close=${this.onDialogClose}>
      ${p
        ? html`<div class="dialog-header dialog-close">
              <button type="button" class="button secondary" @click=${() => this.dialog?.close()}>${common[lang].close}</button>
            </div>
            <div class="dialog-body">
              <profile-card variant="full" exportparts=${CARD_PARTS} heading-level="2" .profile=${p}></profile-card>
            </div>`
        : nothing}
    </dialog>`;
  }

  private optionsFor(dimension: Dimension): { value: string; label: string; count?: number }[] {
    const facets: FacetCount[] | undefined = this.#lastPage?.facets?.[dimension];
    const fixed = splitList(this[dimension]);
    let options: { value: string; label: string; count?: number }[];
    if (facets) {
      options = facets.map(({ value, label, count }) => ({ value, label, count }));
    } else {
      const vocab: Code[] | undefined = this.vocabularies.value?.[dimension];
      options = vocab
        ? vocab.map(({ value, label }) => ({ value, label }))
        : dimension === 'kind'
          ? profileKinds.map((value) => ({ value, label: codeLabel('kind', value, this.uiLang) }))
          : [];
    }
    if (fixed.length) options = options.filter((o) => fixed.includes(o.value));
    // A chosen value stays visible (with count 0) so it can always be unchecked.
    for (const value of this.userQuery[dimension]) {
      if (!options.some((o) => o.value === value)) options.push({ value, label: this.labelFor(dimension, value), count: 0 });
    }
    return options;
  }

  private labelFor(dimension: Dimension, value: string): string {
    if (dimension === 'kind') return codeLabel('kind', value, this.uiLang);
    return this.vocabularies.value?.[dimension]?.find((c) => c.value === value)?.label ?? value;
  }

  private detailHref(p: Profile): string | null {
    return this.detailUrl ? this.detailUrl.replaceAll('{id}', encodeURIComponent(p.id)) : null;
  }

  private get hasUserFilters(): boolean {
    const q = this.userQuery;
    return !!(q.q || q.field.length || q.region.length || q.kind.length || q.availableFrom);
  }

  /** Applies a change of the visitor's query: back to page 1 unless the page itself changed. */
  private change(patch: Partial<UserQuery>, { history = 'push' as 'push' | 'replace' } = {}): void {
    this.userQuery = { ...this.userQuery, page: 1, ...patch };
    this.searchText = this.userQuery.q;
    if (this.syncUrl) this.writeUrl(history);
    const { page, pageSize, ...filters } = this.request;
    emit(this, 'filters-change', { filters: compact({ ...filters, page }) });
  }

  private onSearchInput = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    // What was typed is kept at once; the request waits for a pause (≈300 ms) in typing.
    this.searchText = value;
    this.#searchTimer = setTimeout(() => this.change({ q: value }, { history: 'replace' }), 300);
  };

  private onSearchSubmit = (event: Event) => {
    event.preventDefault();
    clearTimeout(this.#searchTimer);
    this.change({ q: this.searchText });
  };

  private onSortChange = (event: Event) => {
    this.change({ sort: (event.target as HTMLSelectElement).value as Sort });
  };

  private onAvailableChange = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    // A half-typed date is not sent; an emptied field removes the filter.
    if (value === '' || ISO_DATE.test(value)) this.change({ availableFrom: value });
  };

  private toggle(dimension: Dimension, value: string, checked: boolean): void {
    const current = this.userQuery[dimension].filter((v) => v !== value);
    this.change({ [dimension]: checked ? [...current, value] : current });
  }

  private clearFilters = () => {
    clearTimeout(this.#searchTimer);
    this.change({ ...emptyQuery(), sort: this.userQuery.sort });
  };

  private goToPage(page: number): void {
    this.#focusResults = true;
    this.change({ page });
  }

  private select(profile: Profile, event: Event): void {
    const proceed = emit(this, 'profile-select', { profile }, { cancelable: true });
    if (!proceed) {
      event.preventDefault();
      return;
    }
    if (this.detailHref(profile)) return; // the link navigates
    this.#returnFocusTo = event.currentTarget as HTMLElement;
    this.selected = profile;
    this.updateComplete.then(() => {
      if (!this.dialog?.open) this.dialog?.showModal();
    });
  }

  private onDialogClose = () => {
    // The close event is queued: another card may have reopened the dialog in the meantime.
    if (this.dialog?.open) return;
    this.selected = null;
    // Back to the card that opened it (WCAG 2.4.3), found again by id in case the list re-rendered.
    const id = this.#returnFocusTo?.dataset.id;
    const target = (id && this.renderRoot.querySelector<HTMLElement>(`.view[data-id="${CSS.escape(id)}"]`)) || this.#returnFocusTo;
    target?.focus();
    this.#returnFocusTo = null;
  };

  private get urlKeyPrefix(): string {
    return this.urlPrefix || this.id || 'professionals';
  }

  private queryFromUrl(): UserQuery {
    const values = readUrlState(location.search, this.urlKeyPrefix, DIMENSIONS);
    const list = (name: Dimension) => (values[name] as string[] | undefined) ?? [];
    const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
    const page = Number.parseInt(text('page'), 10);
    const sort = text('sort') as Sort;
    const availableFrom = text('availableFrom');
    return {
      q: text('q'),
      field: list('field'),
      region: list('region'),
      kind: list('kind'),
      availableFrom: ISO_DATE.test(availableFrom) ? availableFrom : '',
      sort: SORTS.includes(sort) ? sort : '',
      page: page > 0 ? page : 1,
    };
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    const q = this.userQuery;
    const href = writeUrlState(location.href, this.urlKeyPrefix, {
      q: q.q.trim(),
      field: q.field,
      region: q.region,
      kind: q.kind,
      availableFrom: q.availableFrom,
      sort: q.sort,
      page: q.page > 1 ? String(q.page) : '',
    });
    if (href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  #onPopState = () => {
    if (this.syncUrl) this.restoreFromUrl();
  };

  private restoreFromUrl(): void {
    this.userQuery = this.queryFromUrl();
    this.searchText = this.userQuery.q;
  }
}

function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.trunc(level) || 2));
}

function compact(filters: Record<string, unknown>): Record<string, string | string[] | number> {
  const result: Record<string, string | string[] | number> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    result[key] = value as string | string[] | number;
  }
  return result;
}
