import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { AssignmentQuery } from '../../api/query.js';
import type { Assignment, AssignmentPage, Code, FacetCount } from '../../api/schemas.js';
import { assignmentList as messages } from '../../i18n/assignment-list.js';
import { codeLabel } from '../../i18n/codes.js';
import { common } from '../../i18n/common.js';
import { closingText, formatDate, formatHours, formatMoney, today } from '../../i18n/format.js';
import { isAbortError } from '../../api/errors.js';
import { rank } from '../../match/match.js';
import { emit } from '../../shared/events.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { jobPostingsJson } from '../../shared/job-posting.js';
import { safeHtml } from '../../shared/sanitize.js';
import { renderEmpty, renderError, renderPagination, renderSkeleton } from '../../shared/states.js';
import { readUrlState, splitList, writeUrlState } from '../../shared/url-state.js';
import { base, tokens } from '../../styles/tokens.js';
import { collection } from '../../styles/collection.js';
import { styles } from './assignment-list.styles.js';

type FilterName = 'q' | 'field' | 'region' | 'type' | 'mode' | 'hours';
type Dimension = 'field' | 'region' | 'type' | 'mode';
type Sort = NonNullable<AssignmentQuery['sort']>;
/** `fit` ranks the page by how well `profile-id` fits each assignment (in the browser; the API has no such sort). */
type SortChoice = Sort | 'fit';

/** What the visitor chose; fixed pre-filters come from attributes and are merged in {@link AssignmentList.request}. */
interface UserQuery {
  q: string;
  field: string[];
  region: string[];
  type: string[];
  mode: string[];
  hoursMin: string;
  hoursMax: string;
  sort: SortChoice | '';
  page: number;
}

const DIMENSIONS: Dimension[] = ['field', 'region', 'type', 'mode'];
const SORTS: SortChoice[] = ['closingDate', '-publishedAt', 'title', 'fit'];
const emptyQuery = (): UserQuery => ({ q: '', field: [], region: [], type: [], mode: [], hoursMin: '', hoursMax: '', sort: '', page: 1 });

/**
 * An assignment board: search, filters with counts, result count, pages, and each assignment's
 * details in a dialog (or on the host's own page with `detail-url`).
 *
 * @summary Searchable, filterable list of assignments (opdrachten) from a Flexschil backend.
 * @tagname assignment-list
 *
 * @fires assignment-select - `{ assignment }` when a visitor opens an assignment. Cancelable: `preventDefault()` stops the navigation or dialog.
 * @fires filters-change - `{ filters }` after the visitor changed search, filters, sort or page.
 * @fires flexschil-error - `{ status, title, detail }` when loading failed; the board shows a message and a retry.
 *
 * @csspart search - The search form.
 * @csspart filters - The filter controls.
 * @csspart count - The heading with the number of results.
 * @csspart list - The list of cards.
 * @csspart card - One assignment card.
 * @csspart card-title - The title (link or button) of a card.
 * @csspart pagination - The page navigation.
 * @csspart empty - The message when nothing matches.
 * @csspart error - The message when loading failed, with its retry button.
 * @csspart dialog - The detail dialog.
 *
 * @cssprop [--flexschil-assignment-list-card-background-color=var(--flexschil-color-background)] - Card surface.
 * @cssprop [--flexschil-assignment-list-card-border-color=var(--flexschil-color-border)] - Card border.
 * @cssprop [--flexschil-assignment-list-card-padding=var(--flexschil-space)] - Card padding.
 * @cssprop [--flexschil-assignment-list-card-title-color=var(--flexschil-color-primary)] - Card title link.
 * @cssprop [--flexschil-assignment-list-badge-color=var(--flexschil-color-text)] - Badges (field, types, intern).
 * @cssprop [--flexschil-assignment-list-closing-soon-color=var(--flexschil-color-error)] - Closing date within a week (also bold: never colour alone).
 */
export class AssignmentList extends FlexschilElement {
  static override styles = [tokens, base, collection, styles];

  /** Fixed pre-filter: organisation ids, comma-separated. Always sent; not removable. */
  @property() organisation = '';
  /** Fixed pre-filter: werkveld values, comma-separated. */
  @property() field = '';
  /** Fixed pre-filter: region values, comma-separated. */
  @property() region = '';
  /** Fixed pre-filter: contract types, comma-separated. */
  @property() type = '';
  /** `public` (default), `internal` or `all`; internal data needs the provider's `getToken` or a cookie session. */
  @property() visibility: 'public' | 'internal' | 'all' = 'public';
  /** Which controls to show, comma-separated from `q,field,region,type,mode,hours`; `none` hides them. */
  @property() filters = 'q,field,region,type';
  /** Results per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** Default order: `closingDate` (soonest first), `-publishedAt` (newest first) or `title`. */
  @property() sort: Sort = 'closingDate';
  /** Mirror search, filters, sort and page in the page's query string (back/forward and shared links work). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Prefix of this board's query-string parameters with `sync-url` (default: the element's id, else `opdrachten`). */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';
  /** Link template such as `/opdrachten/{id}`: cards link there instead of opening a dialog. */
  @property({ attribute: 'detail-url' }) detailUrl: string | null = null;
  /** When set, each card shows how well this profile fits (`match-badge`). */
  @property({ attribute: 'profile-id' }) profileId: string | null = null;
  /** Keep schema.org `JobPosting` JSON-LD for the visible public assignments in the host document. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /** Level of the result heading (2 by default); card titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private userQuery: UserQuery = emptyQuery();
  /** What is in the search box: kept as typed, sent after a pause or on Enter. */
  @state() private searchText = '';
  @state() private selected: Assignment | null = null;
  #announcement = '';

  @query('#results-heading') private resultsHeading?: HTMLElement;
  @query('dialog') private dialog?: HTMLDialogElement;

  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #focusResults = false;
  #returnFocusTo: HTMLElement | null = null;
  #jsonLd: HTMLScriptElement | null = null;
  #lastPage: AssignmentPage | null = null;

  /** @internal */
  private results = new Task(this, {
    // The key stands for the request in `args` (Task compares args by identity); the task sends the request itself.
    task: ([client, , lang], { signal }) => this.load(() => this.requireClientFor(client).listAssignments(this.request, { signal, lang })),
    args: () => [this.client, this.requestKey, this.uiLang] as const,
  });

  /** The profile behind `profile-id`, for the "best fit" order. @internal */
  private profile = new Task(this, {
    task: async ([client, profileId, lang], { signal }) =>
      client && profileId ? client.getProfile(profileId, { signal, lang }).catch((e) => (isAbortError(e) ? Promise.reject(e) : null)) : null,
    args: () => [this.client, this.profileId, this.uiLang] as const,
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
    this.#jsonLd?.remove();
    this.#jsonLd = null;
  }

  /** The request as sent: the visitor's choices within the fixed pre-filters. */
  get request(): AssignmentQuery {
    const q = this.userQuery;
    const within = (dimension: 'field' | 'region' | 'type', chosen: string[]) => {
      const fixed = splitList(this[dimension]);
      if (!fixed.length) return chosen;
      const allowed = chosen.filter((v) => fixed.includes(v));
      return allowed.length ? allowed : fixed;
    };
    const hours = (value: string) => (/^\d+$/.test(value) ? Number(value) : undefined);
    return {
      q: q.q.trim() || undefined,
      field: within('field', q.field),
      region: within('region', q.region),
      type: within('type', q.type),
      mode: q.mode,
      organisation: splitList(this.organisation),
      visibility: this.visibility === 'public' ? undefined : this.visibility,
      hoursMin: hours(q.hoursMin),
      hoursMax: hours(q.hoursMax),
      sort: q.sort && q.sort !== 'fit' ? q.sort : this.sort,
      page: q.page,
      pageSize: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 10)),
    };
  }

  private get requestKey(): string {
    return JSON.stringify(this.request);
  }

  private requireClientFor(client: unknown) {
    return client ? (client as NonNullable<typeof this.client>) : this.requireClient();
  }

  private get shownFilters(): Set<FilterName> {
    const names = this.filters.trim() === 'none' ? [] : splitList(this.filters);
    return new Set(names.filter((n): n is FilterName => ['q', 'field', 'region', 'type', 'mode', 'hours'].includes(n)));
  }

  /** A dimension is offered when asked for, unless a single fixed value already decides it. */
  private offers(dimension: Dimension): boolean {
    if (!this.shownFilters.has(dimension)) return false;
    return dimension === 'mode' || splitList(this[dimension]).length !== 1;
  }

  private get needsVocabularies(): boolean {
    const page = this.#lastPage;
    if (!page) return false;
    return DIMENSIONS.some((d) => this.offers(d) && !page.facets?.[d]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') === false) this.restoreFromUrl();
    const status = this.results.status;
    if (status === TaskStatus.COMPLETE && this.results.value !== this.#lastPage) this.resultsArrived(this.results.value!);
  }

  protected override updated(): void {
    const status = this.results.status;
    this.dataState =
      status === TaskStatus.ERROR ? 'error' : status === TaskStatus.COMPLETE ? (this.results.value?.total ? 'ready' : 'empty') : 'loading';
    if (this.#focusResults && status !== TaskStatus.PENDING) {
      this.#focusResults = false;
      this.resultsHeading?.focus();
    }
  }

  private resultsArrived(page: AssignmentPage): void {
    this.#lastPage = page;
    const t = messages[this.uiLang];
    const pageCount = Math.ceil(page.total / page.pageSize);
    this.#announcement = page.total && pageCount > 1 ? `${t.count(page.total)}, ${common[this.uiLang].pageOf(page.page, pageCount)}` : t.count(page.total);
    if (this.structuredData) this.updateJsonLd(page.items);
  }

  override render(): TemplateResult {
    const shown = this.shownFilters;
    const hasFilters = DIMENSIONS.some((d) => this.offers(d)) || shown.has('hours');
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
    const active = this.hasUserFilters;
    return html`<div class="filters" part="filters" role="group" aria-label=${t.filters}>
      ${DIMENSIONS.filter((d) => this.offers(d)).map((d) => this.renderDimension(d))}
      ${this.shownFilters.has('hours') ? this.renderHours() : nothing}
      ${active
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

  private renderHours(): TemplateResult {
    const t = messages[this.uiLang];
    const input = (name: 'hoursMin' | 'hoursMax', label: string) =>
      html`<label class="number"
        >${label}
        <input type="number" name=${name} min="0" max="60" inputmode="numeric" .value=${live(this.userQuery[name])} @change=${(e: Event) => this.setHours(name, (e.target as HTMLInputElement).value)}
      /></label>`;
    return html`<details ?open=${!!(this.userQuery.hoursMin || this.userQuery.hoursMax)}>
      <summary>${t.hours}</summary>
      <fieldset>
        <legend class="visually-hidden">${t.hours}</legend>
        ${input('hoursMin', t.hoursMin)} ${input('hoursMax', t.hoursMax)}
      </fieldset>
    </details>`;
  }

  private renderResultHeader(): TemplateResult {
    const t = messages[this.uiLang];
    const page = this.#lastPage;
    const heading = unsafeStatic(`h${clampLevel(this.headingLevel)}`);
    const sort = this.userQuery.sort || this.sort;
    const labels: Record<SortChoice, string> = { closingDate: t.sortClosing, '-publishedAt': t.sortNewest, title: t.sortTitle, fit: t.sortFit };
    return html`<div class="result-header">
      ${staticHtml`<${heading} id="results-heading" part="count" tabindex="-1">${page ? t.count(page.total) : common[this.uiLang].loading}</${heading}>`}
      <label class="sort"
        >${t.sort}
        <select name="sort" @change=${this.onSortChange}>
          ${SORTS.filter((s) => s !== 'fit' || this.profileId).map((s) => html`<option value=${s} ?selected=${s === sort}>${labels[s]}</option>`)}
        </select>
      </label>
    </div>`;
  }

  private renderResults(): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    return this.results.render({
      initial: () => renderSkeleton(Math.min(this.pageSize, 4), lang),
      pending: () => (this.#lastPage ? this.renderPage(this.#lastPage, true) : renderSkeleton(Math.min(this.pageSize, 4), lang)),
      error: (error) => renderError(error, lang, () => this.results.run()),
      complete: (page) =>
        page.total === 0
          ? renderEmpty(t.emptyTitle, t.emptyHint, this.hasUserFilters ? { label: common[lang].clearFilters, run: () => this.clearFilters() } : undefined)
          : this.renderPage(page, false),
    });
  }

  private renderPage(page: AssignmentPage, busy: boolean): TemplateResult {
    const pageCount = Math.max(1, Math.ceil(page.total / page.pageSize));
    const profile = this.profile.value;
    const items = this.userQuery.sort === 'fit' && profile ? rank(profile, page.items, { today: today() }).map((r) => r.assignment) : page.items;
    return html`<div class="results" aria-busy=${busy ? 'true' : 'false'}>
      <ul class="cards" part="list">
        ${items.map((assignment) => html`<li>${this.renderCard(assignment)}</li>`)}
      </ul>
      ${renderPagination(page.page, pageCount, this.uiLang, (p) => this.goToPage(p))}
    </div>`;
  }

  private renderCard(a: Assignment): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const heading = unsafeStatic(`h${clampLevel(this.headingLevel + 1)}`);
    const href = this.detailHref(a);
    const title = href
      ? html`<a href=${href} @click=${(e: Event) => this.select(a, e)}>${a.title}</a>`
      : html`<button type="button" aria-haspopup="dialog" data-id=${a.id} @click=${(e: Event) => this.select(a, e)}>${a.title}</button>`;
    return html`<article class="card" part="card">
      ${staticHtml`<${heading} class="card-title" part="card-title">${title}</${heading}>`}
      <p class="organisation">${a.organisation.name}</p>
      ${this.renderBadges(a)}
      ${a.summary ? html`<p class="summary">${a.summary}</p>` : nothing}
      <dl class="facts">
        ${fact(messages[lang].place, `${a.location.place} · ${codeLabel('mode', a.location.mode, lang)}`)}
        ${fact(t.hoursPerWeek, formatHours(a.hoursPerWeek, lang))}
        ${a.startDate ? fact(t.start, formatDate(a.startDate, lang)) : nothing} ${fact(t.closes, this.renderClosing(a))}
        ${this.renderRate(a)}
      </dl>
      ${this.profileId
        ? html`<match-badge class="match" variant="compact" .assignment=${a} profile-id=${this.profileId} lang=${lang} endpoint=${this.endpoint ?? nothing}></match-badge>`
        : nothing}
    </article>`;
  }

  private renderBadges(a: Assignment): TemplateResult {
    const lang = this.uiLang;
    return html`<ul class="badges" aria-label=${messages[lang].types}>
      ${a.visibility === 'internal' ? html`<li class="badge internal">${common[lang].internal}</li>` : nothing}
      <li class="badge">${a.field.label}</li>
      ${a.types.map((type) => html`<li class="badge">${this.typeLabel(type)}</li>`)}
    </ul>`;
  }

  private renderClosing(a: Assignment): TemplateResult {
    const closing = closingText(a.closingDate, today(), this.uiLang, a.status);
    return html`<time datetime=${a.closingDate} class=${closing.soon || closing.closed ? 'soon' : ''}
      ><span aria-hidden="true">${closing.text}</span><span class="visually-hidden">${closing.full}</span></time
    >`;
  }

  private renderRate(a: Assignment): TemplateResult | typeof nothing {
    if (!a.rate || (a.rate.min === null && a.rate.max === null)) return nothing;
    const lang = this.uiLang;
    const money = formatMoney({ min: a.rate.min, max: a.rate.max }, a.rate.currency, a.rate.unit, lang);
    return fact(messages[lang].rate, a.rate.publicRate ? `${money} (${common[lang].publicRate})` : money);
  }

  private renderDialog(): TemplateResult {
    const a = this.selected;
    const lang = this.uiLang;
    const t = messages[lang];
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
      ${a
        ? html`<div class="dialog-header">
              <h2 id="dialog-title">${a.title}</h2>
              <button type="button" class="button secondary" @click=${() => this.dialog?.close()}>${common[lang].close}</button>
            </div>
            <div class="dialog-body">
              <p class="organisation">${a.organisation.name}</p>
              ${this.renderBadges(a)}
              <dl class="facts">
                ${fact(t.place, `${a.location.place}, ${a.location.region.label} · ${codeLabel('mode', a.location.mode, lang)}`)}
                ${fact(t.hoursPerWeek, formatHours(a.hoursPerWeek, lang))}
                ${a.startDate ? fact(t.start, formatDate(a.startDate, lang)) : nothing}
                ${a.endDate ? fact(t.end, formatDate(a.endDate, lang)) : nothing} ${fact(t.closes, this.renderClosing(a))}
                ${this.renderRate(a)}
              </dl>
              <h3>${t.about}</h3>
              <div class="description" ${safeHtml(a.description)}></div>
              ${a.skills.length
                ? html`<h3>${t.skills}</h3>
                    <ul class="skills">
                      ${a.skills.map((s) => html`<li>${s.name} (${s.required ? t.required : t.optional})</li>`)}
                    </ul>`
                : nothing}
              ${a.contact
                ? html`<h3>${t.contact}</h3>
                    <p>
                      ${a.contact.name}
                      ${a.contact.email ? html`<br /><a href=${`mailto:${a.contact.email}`}>${a.contact.email}</a>` : nothing}
                      ${a.contact.phone ? html`<br /><a href=${`tel:${a.contact.phone.replace(/[^\d+]/g, '')}`}>${a.contact.phone}</a>` : nothing}
                    </p>`
                : nothing}
              ${a.url ? html`<p><a href=${a.url} target="_blank" rel="noopener noreferrer">${t.moreInfo} <span class="visually-hidden">${common[lang].opensInNewWindow}</span></a></p>` : nothing}
              <section class="apply" aria-labelledby="apply-heading">
                <h3 id="apply-heading">${t.apply}</h3>
                ${a.status === 'closed'
                  ? html`<p>${t.closedMessage}</p>`
                  : a.applyUrl
                    ? html`<p><a class="button" href=${a.applyUrl} target="_blank" rel="noopener noreferrer">${t.applyExternal} <span class="visually-hidden">${common[lang].opensInNewWindow}</span></a></p>`
                    : html`<apply-form .assignment=${a} lang=${lang} heading-level=${clampLevel(this.headingLevel + 2)} endpoint=${this.endpoint ?? nothing}></apply-form>`}
              </section>
            </div>`
        : nothing}
    </dialog>`;
  }

  private optionsFor(dimension: Dimension): { value: string; label: string; count?: number }[] {
    const facets: FacetCount[] | undefined = this.#lastPage?.facets?.[dimension];
    const fixed = dimension === 'mode' ? [] : splitList(this[dimension]);
    let options: { value: string; label: string; count?: number }[];
    if (facets) {
      options = facets.map(({ value, label, count }) => ({ value, label, count }));
    } else {
      const vocab: Code[] | undefined = this.vocabularies.value?.[dimension];
      options = vocab
        ? vocab.map(({ value, label }) => ({ value, label }))
        : dimension === 'type' || dimension === 'mode'
          ? this.fixedCodes(dimension).map((value) => ({ value, label: codeLabel(dimension, value, this.uiLang) }))
          : [];
    }
    if (fixed.length) options = options.filter((o) => fixed.includes(o.value));
    // A chosen value stays visible (with count 0) so it can always be unchecked.
    for (const value of this.userQuery[dimension]) {
      if (!options.some((o) => o.value === value)) options.push({ value, label: this.labelFor(dimension, value), count: 0 });
    }
    return options;
  }

  private fixedCodes(dimension: 'type' | 'mode'): string[] {
    return dimension === 'type' ? ['detachering', 'interim', 'inhuur', 'intern', 'belangeloos'] : ['onsite', 'hybrid', 'remote'];
  }

  private labelFor(dimension: Dimension, value: string): string {
    if (dimension === 'type' || dimension === 'mode') return codeLabel(dimension, value, this.uiLang);
    return this.vocabularies.value?.[dimension]?.find((c) => c.value === value)?.label ?? value;
  }

  private typeLabel(type: string): string {
    const facet = this.#lastPage?.facets?.type?.find((f) => f.value === type);
    return facet?.label ?? codeLabel('type', type, this.uiLang);
  }

  private detailHref(a: Assignment): string | null {
    return this.detailUrl ? this.detailUrl.replaceAll('{id}', encodeURIComponent(a.id)) : null;
  }

  private get hasUserFilters(): boolean {
    const q = this.userQuery;
    return !!(q.q || q.field.length || q.region.length || q.type.length || q.mode.length || q.hoursMin || q.hoursMax);
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
    this.change({ sort: (event.target as HTMLSelectElement).value as SortChoice });
  };

  private toggle(dimension: Dimension, value: string, checked: boolean): void {
    const current = this.userQuery[dimension].filter((v) => v !== value);
    this.change({ [dimension]: checked ? [...current, value] : current });
  }

  private setHours(name: 'hoursMin' | 'hoursMax', value: string): void {
    this.change({ [name]: value.trim() });
  }

  private clearFilters = () => {
    clearTimeout(this.#searchTimer);
    this.change({ ...emptyQuery(), sort: this.userQuery.sort });
  };

  private goToPage(page: number): void {
    this.#focusResults = true;
    this.change({ page });
  }

  private select(assignment: Assignment, event: Event): void {
    const proceed = emit(this, 'assignment-select', { assignment }, { cancelable: true });
    if (!proceed) {
      event.preventDefault();
      return;
    }
    if (this.detailHref(assignment)) return; // the link navigates
    this.#returnFocusTo = event.currentTarget as HTMLElement;
    this.selected = assignment;
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
    const target = (id && this.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(id)}"]`)) || this.#returnFocusTo;
    target?.focus();
    this.#returnFocusTo = null;
  };

  private get urlKeyPrefix(): string {
    return this.urlPrefix || this.id || 'opdrachten';
  }

  private queryFromUrl(): UserQuery {
    const values = readUrlState(location.search, this.urlKeyPrefix, DIMENSIONS);
    const list = (name: Dimension) => (values[name] as string[] | undefined) ?? [];
    const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
    const page = Number.parseInt(text('page'), 10);
    const sort = text('sort') as SortChoice;
    return {
      q: text('q'),
      field: list('field'),
      region: list('region'),
      type: list('type'),
      mode: list('mode'),
      hoursMin: text('hoursMin'),
      hoursMax: text('hoursMax'),
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
      type: q.type,
      mode: q.mode,
      hoursMin: q.hoursMin,
      hoursMax: q.hoursMax,
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

  private updateJsonLd(items: Assignment[]): void {
    if (!this.#jsonLd) {
      this.#jsonLd = document.createElement('script');
      this.#jsonLd.type = 'application/ld+json';
      this.#jsonLd.dataset.flexschil = 'assignment-list';
      document.head.append(this.#jsonLd);
    }
    const base = this.detailUrl ? (a: Assignment) => new URL(this.detailHref(a)!, location.href).href : undefined;
    this.#jsonLd.textContent = jobPostingsJson(items, base);
  }
}

function fact(term: string, value: unknown): TemplateResult {
  return html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
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
