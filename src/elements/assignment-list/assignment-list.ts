import { Task, TaskStatus } from '@lit/task';
import { deepArrayEquals } from '@lit/task/deep-equals.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientCore, RequestOptions } from '../../api/core.js';
import { FlexschilError, isAbortError } from '../../api/errors.js';
import type { AssignmentQuery } from '../../api/query.js';
import { HOURS_QUERY, hoursInOrder } from '../../api/rules/assignment.js';
import { type Assignment, type AssignmentPage, contractTypes, workModes } from '../../api/schemas.js';
import { assignmentList as messages } from '../../i18n/assignment-list.js';
import { type CodeList, codeLabel } from '../../i18n/codes.js';
import { common } from '../../i18n/common.js';
import { formatDate, formatHours } from '../../i18n/format.js';
import { DialogController } from '../../shared/collection/dialog-controller.js';
import {
  type HistoryMode,
  offered,
  QueryController,
  queryFromUrl,
  queryToUrl,
  reportedFilters,
  shownControls,
  within,
} from '../../shared/collection/query.js';
import { ResultsController } from '../../shared/collection/results-controller.js';
import { detailHref } from '../../shared/collection/detail-url.js';
import { announcePage, renderCollection, renderDimensionGroup } from '../../shared/collection/templates.js';
import { UrlStateController } from '../../shared/collection/url-controller.js';
import { vocabulariesTask } from '../../shared/collection/vocabularies.js';
import { contentLang, marked, textLang } from '../../shared/backend-text.js';
import { contactLinks, linkOr } from '../../shared/contact.js';
import { emit } from '../../shared/events.js';
import { FilterDisclosures, type OptionSources, renderFilterGroup } from '../../shared/filters.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { fact, factsStyles } from '../../shared/facts.js';
import { clampLevel } from '../../shared/headings.js';
import { safeHtml } from '../../shared/sanitize.js';
import { loadElement } from '../../shared/lazy.js';
import { renderError, renderSkeleton } from '../../shared/states.js';
import { collection } from '../../styles/collection.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './assignment-list.styles.js';
import { assignmentCard, cardHeader, cardRate, closingFact, type TypeLabel } from './card.js';
import type { SessionLines } from './sessions.js';

type Dimension = 'field' | 'region' | 'organisation' | 'type' | 'mode';
/** The orders of the API (contract §1 `sort`); `fit`: best match for `profile-id` first, over the whole result. */
type SortChoice = NonNullable<AssignmentQuery['sort']>;

/** What the visitor chose; fixed pre-filters come from attributes and are merged in {@link AssignmentList.request}. */
type UserQuery = {
  q: string;
  field: string[];
  region: string[];
  organisation: string[];
  type: string[];
  mode: string[];
  hoursMin: string;
  hoursMax: string;
  sort: SortChoice | '';
  page: number;
};

const SORTS: SortChoice[] = ['closingDate', '-publishedAt', 'title', 'fit'];
const FILTERS = ['q', 'field', 'region', 'organisation', 'type', 'mode', 'hours'];
const DIMENSIONS: readonly Dimension[] = ['field', 'region', 'organisation', 'type', 'mode'];
/** The dimensions `GET /vocabularies` lists (it has no organisations). */
const VOCABULARIES = ['field', 'region', 'type', 'mode'] as const;
/** Values from the query string that are used only when valid. */
/** What a link's query string may hold besides codes (the rest is left out: src/shared/collection/query.ts). */
const ACCEPT = {
  sort: (value: string) => (SORTS as string[]).includes(value),
  type: (value: string) => (contractTypes as readonly string[]).includes(value),
  mode: (value: string) => (workModes as readonly string[]).includes(value),
};
const emptyQuery = (): UserQuery => ({ q: '', field: [], region: [], organisation: [], type: [], mode: [], hoursMin: '', hoursMax: '', sort: '', page: 1 });

/**
 * The hours a visitor typed as the search sends them. A value that is not a whole number of
 * hours in a week (CONTRACT.md §1) is left out, and so is a maximum below the minimum (a backend
 * would answer 400): `problem` names the message that says which, `invalid` the fields to mark.
 */
function hoursFilter(minText: string, maxText: string): { min?: number; max?: number; problem?: 'hoursWhole' | 'hoursOrder'; invalid: string[] } {
  const whole = (text: string) => (/^\d+$/.test(text) && +text <= HOURS_QUERY.max ? +text : undefined);
  const min = whole(minText);
  const max = whole(maxText);
  const invalid = [minText !== '' && min === undefined && 'hoursMin', maxText !== '' && max === undefined && 'hoursMax'].filter((name) => name !== false);
  if (invalid.length) return { min, max, problem: 'hoursWhole', invalid };
  return hoursInOrder(min, max) ? { min, max, invalid } : { min, problem: 'hoursOrder', invalid: ['hoursMax'] };
}

/**
 * An assignment board: search, filters with counts, result count, pages, and each assignment's
 * details in a dialog (or on the host's own page with `detail-url`).
 *
 * @summary Searchable, filterable list of assignments (opdrachten) from a Flexschil backend.
 * @tagname assignment-list
 *
 * @fires assignment-select - `{ assignment }` when a visitor opens an assignment. Cancelable: `preventDefault()` stops the navigation or dialog.
 * @fires filters-change - `{ filters }` after the visitor changed search, filters, sort or page.
 * @fires flexschil-error - `{ status, title, detail }` when loading failed; the board shows a message and a retry. Also once when the `profile-id` profile could not be loaded (the cards then show no badge).
 *
 * @csspart search - The search form.
 * @csspart filters - The filter controls.
 * @csspart filters-toggle - The "Filters" button that shows or hides the filters on narrow screens (below 56em), with the number chosen.
 * @csspart count - The heading with the number of results.
 * @csspart list - The list of cards.
 * @csspart card - One assignment card.
 * @csspart card-title - The title (link or button) of a card.
 * @csspart organisation - The organisation's name on a card and in the dialog, with its logo.
 * @csspart logo - The organisation's logo (decorative: its name stands beside it).
 * @csspart pagination - The page navigation.
 * @csspart feed - The "Volg deze zoekopdracht" link to the Atom feed of the current search (with `feed`).
 * @csspart session - On a card, the line with the assignment's next swarm session (with `sessions`).
 * @csspart session-calendar - In that line, the link to the session's calendar file (when the session has no page of its own).
 * @csspart empty - The message when nothing matches.
 * @csspart error - The message when loading failed, with its retry button.
 * @csspart dialog - The detail dialog.
 * @csspart form-error - In the dialog, in place of the application form when its code did not come (the CDN bundle loads it on first use): why, and a retry.
 * @csspart link-error - An assignment that a link (`<prefix>-id`) names and that could not be shown: why, and a retry unless it is gone.
 *
 * @cssprop [--flexschil-assignment-list-card-background-color=var(--flexschil-color-background)] - Card surface.
 * @cssprop [--flexschil-assignment-list-card-border-color=var(--flexschil-color-border)] - Card border.
 * @cssprop [--flexschil-assignment-list-card-padding=var(--flexschil-space)] - Card padding.
 * @cssprop [--flexschil-assignment-list-card-title-color=var(--flexschil-color-primary)] - Card title link.
 * @cssprop [--flexschil-assignment-list-badge-color=var(--flexschil-color-text)] - Badges (field, types, intern).
 * @cssprop [--flexschil-assignment-list-closing-soon-color=var(--flexschil-color-error)] - Closing date within a week (also bold: never colour alone).
 */
export class AssignmentList extends FlexschilElement {
  static override styles = [tokens, base, collection, factsStyles, styles];

  /** Fixed pre-filter: organisation ids, comma-separated (a regional board: several). Always sent; with `organisation` in `filters` and several ids, the visitor picks among them. */
  @property() organisation = '';
  /** Fixed pre-filter: werkveld values, comma-separated. */
  @property() field = '';
  /** Fixed pre-filter: region values, comma-separated. */
  @property() region = '';
  /** Fixed pre-filter: contract types, comma-separated. */
  @property() type = '';
  /** `public` (default), `internal` or `all`; internal data needs the provider's `getToken` or a cookie session. */
  @property() visibility: 'public' | 'internal' | 'all' = 'public';
  /** Which controls to show, comma-separated from `q,field,region,organisation,type,mode,hours` (`organisation` needs a backend with its facet, contract v1.2); `none` hides them. */
  @property() filters = 'q,field,region,type';
  /** This widget's name for screen readers when a page has more than one ("Alleen voor medewerkers", as its heading on the page says): added to the names of its search and its page navigation, so a list of landmarks tells them apart. */
  @property() label: string | null = null;
  /** Results per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /**
   * Default order, as the API: `closingDate` (soonest first), `-publishedAt` (newest first),
   * `title`, or `fit` (best match for `profile-id` first; without `profile-id`, or where the
   * backend has no such order, `closingDate`). Any other value counts as `closingDate`.
   */
  @property() sort: SortChoice = 'closingDate';
  /** Mirror search, filters, sort and page in the page's query string (back/forward and shared links work); the detail dialog then adds a history entry, so Back closes it, and its assignment's id (`<prefix>-id`), so a copied link opens that assignment. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Prefix of this board's query-string parameters with `sync-url` (default: the element's id, else `opdrachten`). */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';
  /** Link template such as `/opdrachten/{id}`: cards link there instead of opening a dialog. */
  @property({ attribute: 'detail-url' }) detailUrl: string | null = null;
  /** The visitor's own profile: each card shows how well it fits (`match-badge`), the sort offers "best passend" (the backend's `sort=fit&profile=…`, hidden when the backend refuses it), and the dialog's application form is prefilled from it and sends it as `profileId`. */
  @property({ attribute: 'profile-id' }) profileId: string | null = null;
  /** Keep schema.org `JobPosting` JSON-LD for the visible public assignments in the host document. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /** Show a "Volg deze zoekopdracht" link: the backend's Atom feed (`GET /assignments/feed`) of the visitor's current search and filters, in the page's language. */
  @property({ type: Boolean }) feed = false;
  /** Show on each card whose assignment has an upcoming swarm session a line with its date and place (one `GET /sessions?assignment=…` per page of results, a contract extension; when it fails, the cards show no such line). */
  @property({ type: Boolean }) sessions = false;
  /** Level of the result heading (2 by default); card titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** @internal */
  private search = new QueryController<UserQuery>(this, { empty: emptyQuery, changed: ({ history }) => this.queryChanged(history) });

  /** @internal */
  private url = new UrlStateController(this, {
    fallbackPrefix: 'opdrachten',
    lists: DIMENSIONS,
    restore: (values) => {
      this.search.restore(queryFromUrl(values, emptyQuery(), ACCEPT));
      this.linkedId = typeof values.id === 'string' ? values.id : null;
      // Back and Forward: run now. Two quick steps (Back, then Forward) can both come before the
      // board updates, and then the task would see the arguments it last ran with, and not run.
      if (this.linkedId && this.hasUpdated) void this.linked.run();
    },
  });

  /** @internal */
  private results = new ResultsController(this, {
    args: () => [this.client, this.request, this.uiLang] as const,
    fetch: ([client, request, lang], { signal }) => this.load(() => this.listAssignments(client, request, { signal, lang })),
    announce: (page, headingSays) => announcePage(page, messages[this.uiLang], this.uiLang, headingSays),
    turnTo: (page) => this.search.change({ page }, { history: 'replace' }),
    pageSize: () => this.request.pageSize ?? this.pageSize,
  });

  /** @internal */
  private dialog = new DialogController<Assignment>(this, {
    historyKey: () => (this.syncUrl ? this.url.prefix : null),
    idInUrl: true,
  });

  /** The id that the URL names (`<prefix>-id`, with `sync-url`): a copied link to an open assignment. @internal */
  @state() private linkedId: string | null = null;

  /**
   * The assignment a link names, shown in the dialog: from the page on screen when it is there,
   * else `GET /assignments/{id}`. Not with `detail-url`: the host's own pages show assignments. @internal
   */
  private linked = new Task(this, {
    task: async ([client, id], { signal }) =>
      client && id ? (this.results.lastPage?.items.find((a) => a.id === id) ?? (await this.load(() => client.getAssignment(id, { signal, lang: this.uiLang })))) : null,
    // Without a link the arguments stay those it starts with, so it never runs (a run costs the board an update, issue 15).
    args: () => (this.linkedId && this.syncUrl && !this.detailUrl ? ([this.client, this.linkedId, this.uiLang] as const) : ([null, null, null] as const)),
    initialValue: null,
    onComplete: (assignment) => assignment && this.dialog.open(assignment, null, true),
  });

  /** Labels for filter options when the backend sends no facets. @internal */
  private vocabularies = vocabulariesTask(this, () => {
    const page = this.results.lastPage;
    const needed = !!page && VOCABULARIES.some((d) => this.offers(d) && !page.facets?.[d]);
    return [this.client, needed, this.uiLang] as const;
  });

  /**
   * The profile behind `profile-id`: for every card's badge. A failure is reported once, here.
   * Without `profile-id` the arguments stay those it starts with, so it never runs (a run ends
   * with an update of the board, issue 15). @internal
   */
  private profile = new Task(this, {
    task: async ([client, profileId, lang], { signal }) =>
      client && profileId && lang
        ? this.load(() => client.getProfile(profileId, { signal, lang })).catch((e) => (isAbortError(e) ? Promise.reject(e) : null))
        : null,
    args: () => (this.profileId ? ([this.client, this.profileId, this.uiLang] as const) : ([null, null, null] as const)),
    initialValue: null,
  });

  /** The profile the cards' badges measure against: none while another one is on its way (the task keeps the old one). @internal */
  private get badgeProfile() {
    const profile = this.profile.value;
    return profile?.id === this.profileId ? profile : null;
  }

  /**
   * With `sessions`: the next session of each assignment on the page, asked for in one request
   * per page. A failure is no error of the board's: the cards show no session line. The line's
   * code (with the session formatting; the client loads the session schema) is imported here,
   * with the request, so a board without `sessions` never loads it (issue 15). @internal
   */
  private upcoming = new Task(this, {
    task: async ([client, ids, lang], { signal }): Promise<SessionLines | null> => {
      if (!client || !ids.length) return null;
      try {
        const [{ nextSessions, sessionLine }, page] = await Promise.all([
          import('./sessions.js'),
          // A page holds at most 100 assignments; their next sessions fit in one page of 100.
          client.listSessions({ assignment: [...ids], pageSize: 100 }, { signal, lang }),
        ]);
        return { next: nextSessions(page.items, ids), line: sessionLine };
      } catch (error) {
        if (isAbortError(error)) throw error;
        if (!this.#sessionsWarned) console.warn('[flexschil] <assignment-list sessions>: the sessions could not be loaded; the cards show none.', error);
        this.#sessionsWarned = true;
        return null;
      }
    },
    // Without `sessions` the arguments stay those it starts with: it never runs (see `profile`).
    args: () => (this.sessions ? ([this.client, this.pageIds, this.uiLang] as const) : ([null, [], null] as const)),
    argsEqual: deepArrayEquals,
    initialValue: null,
  });

  /** Which filter disclosures the visitor has open. @internal */
  private readonly disclosures = new FilterDisclosures(this);
  #sessionsWarned = false;
  /** The client whose backend answered `sort=fit` with 400. */
  #fitRefusedBy: ClientCore | null = null;
  #jsonLd: HTMLScriptElement | null = null;
  #jsonLdPage: AssignmentPage | null = null;
  /** The dialog's `<apply-form>`: its code being loaded, or not come (see {@link #loadForm}). */
  #formLoading = false;
  #formMissing = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.updateJsonLd(null);
  }

  /** The request as sent: the visitor's choices within the fixed pre-filters. */
  get request(): AssignmentQuery {
    const q = this.search.query;
    const hours = hoursFilter(q.hoursMin, q.hoursMax);
    const sort = q.sort === 'fit' ? (this.offersFit ? 'fit' : this.defaultSort) : q.sort || this.defaultSort;
    return {
      q: q.q.trim() || undefined,
      field: within(this.field, q.field),
      region: within(this.region, q.region),
      type: within(this.type, q.type),
      mode: q.mode,
      organisation: within(this.organisation, q.organisation),
      visibility: this.visibility === 'public' ? undefined : this.visibility,
      hoursMin: hours.min,
      hoursMax: hours.max,
      sort,
      profile: sort === 'fit' ? (this.profileId ?? undefined) : undefined,
      page: q.page,
      pageSize: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 10)),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Loading from the start: the first render waits until the first request has left.
    this.dataState = this.results.dataState;
  }

  /** A changed request leaves before anything renders (a filter click must not wait for the old cards). */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    const sent = this.results.send();
    return sent ? sent.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    // The page asked again (its language changed): the open dialog shows the assignment as it
    // came now, on the page or by its link. Here, after the controllers took it in, before it renders.
    const open = this.dialog.selected;
    const linked = this.linked.value;
    const now = open && (this.results.lastPage?.items.find((a) => a.id === open.id) ?? (linked?.id === open.id ? linked : null));
    if (now && now !== open) this.dialog.selected = now;
    super.update(changed);
  }

  protected override updated(): void {
    const a = this.dialog.selected;
    if (a && a.status !== 'closed' && !a.applyUrl && !this.#formMissing && !this.#formLoading) this.#loadForm();
    this.dataState = this.results.dataState;
    // The JSON-LD describes what is on screen: nothing when switched off, when loading failed, or
    // once the board is gone (a load that settles after removal still updates it).
    const page = this.isConnected && this.structuredData && this.dataState !== 'error' ? this.results.lastPage : null;
    if (page !== this.#jsonLdPage) this.updateJsonLd(page);
  }

  override render(): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const shown = this.shown;
    const labels: Record<SortChoice, string> = { closingDate: t.sortClosing, '-publishedAt': t.sortNewest, title: t.sortTitle, fit: t.sortFit };
    const groups = [...DIMENSIONS.filter((d) => this.offers(d)).flatMap((d) => this.renderDimension(d) ?? []), ...(shown.has('hours') ? [this.renderHours()] : [])];
    return html`${this.renderLinkError()}${renderCollection({
        lang,
        t,
        headingLevel: this.headingLevel,
        search: this.search,
        results: this.results,
        disclosures: this.disclosures,
        label: this.label,
        searchShown: shown.has('q'),
        groups,
        sorting: {
          sorts: SORTS.filter((s) => s !== 'fit' || this.offersFit).map((s) => [s, labels[s]] as const),
          sort: this.request.sort ?? this.defaultSort,
          onSort: (sort) => this.search.change({ sort: sort as SortChoice }),
          extra: this.renderFeedLink(),
        },
        cards: {
          limit: this.request.pageSize ?? this.pageSize,
          card: (a) => this.renderCard(a),
          cardInputs: [this.headingLevel, this.detailUrl, this.badgeProfile, this.endpoint, this.sessions && this.upcoming.value],
        },
        skeleton: () => renderSkeleton(Math.min(this.pageSize, 4), lang),
      })}
      ${this.renderDialog()}`;
  }

  /** The ids of the assignments on the page on screen. */
  private get pageIds(): string[] {
    return this.results.lastPage?.items.slice(0, this.request.pageSize).map((a) => a.id) ?? [];
  }

  /** The `sort` attribute as an order that can be asked for now: a valid one, and `fit` only where offered. */
  private get defaultSort(): SortChoice {
    const sort = SORTS.includes(this.sort) ? this.sort : 'closingDate';
    return sort === 'fit' && !this.offersFit ? 'closingDate' : sort;
  }

  /** "Best passend" is offered with `profile-id`, unless this board's backend refused `sort=fit`. */
  private get offersFit(): boolean {
    return !!this.profileId && !(this.#fitRefusedBy && this.#fitRefusedBy === this.client);
  }

  /**
   * One page of assignments. A backend without `sort=fit` refuses it as invalid input (contract §1:
   * a 400): the board then offers no such order and shows its default order, without an error.
   */
  private async listAssignments(client: ClientCore | null, request: AssignmentQuery, options: RequestOptions): Promise<AssignmentPage> {
    // Without a client, requireClient() throws the configuration error the board shows.
    const api = client ?? this.requireClient();
    try {
      return await api.listAssignments(request, options);
    } catch (error) {
      if (request.sort !== 'fit' || !(error instanceof FlexschilError && error.kind === 'invalid-input')) throw error;
      this.#fitRefusedBy = api;
      this.requestUpdate();
      return api.listAssignments({ ...request, sort: this.defaultSort, profile: undefined }, options);
    }
  }

  /**
   * The feed of the visitor's current search (contract §1 `GET /assignments/feed`: the newest
   * public, open assignments for the same query), for a feed reader or a mail service. Paging,
   * order and visibility are not part of a search one follows.
   */
  private renderFeedLink(): TemplateResult | typeof nothing {
    const client = this.client;
    if (!this.feed || !client) return nothing;
    const t = messages[this.uiLang];
    // The profile only orders a search (`sort=fit`); the client leaves out paging, order and
    // visibility. The page's language goes along: the reader that fetches it sends its own.
    return html`<a class="feed" part="feed" type="application/atom+xml" href=${client.feedUrl({ ...this.request, profile: undefined }, this.uiLang)}
      >${t.followSearch} <span class="visually-hidden">${t.atomFeed}</span></a
    >`;
  }

  /** The controls asked for in `filters`. */
  private get shown(): Set<string> {
    return shownControls(this.filters, FILTERS);
  }

  private offers(dimension: Dimension): boolean {
    return offered(this.shown, dimension, this.fixed(dimension));
  }

  private fixed(dimension: Dimension): string {
    return dimension === 'mode' ? '' : this[dimension];
  }

  /** A dimension's checkbox group, or null when there is nothing to choose from (no organisation facet, say). */
  private renderDimension(dimension: Dimension): TemplateResult | null {
    const lang = this.uiLang;
    const t = messages[lang];
    const page = this.results.lastPage;
    const codes = dimension === 'type' ? contractTypes : dimension === 'mode' ? workModes : null;
    const sources: OptionSources = {
      facets: page?.facets?.[dimension],
      vocabulary: dimension === 'organisation' ? undefined : this.vocabularies.value?.[dimension],
      codes: codes ? { values: codes, label: (value) => codeLabel(dimension as CodeList, value, lang) } : undefined,
      known: dimension === 'organisation' ? page?.items.slice(0, this.request.pageSize).map((a) => ({ value: a.organisation.id, label: a.organisation.name })) : undefined,
      lang: { facets: contentLang(page, lang), vocabulary: contentLang(this.vocabularies.value, lang) },
    };
    const toggle = (value: string, checked: boolean) => this.search.toggle(dimension, value, checked);
    return renderDimensionGroup({ name: dimension, title: t[dimension], sources, fixed: this.fixed(dimension), chosen: this.search.query[dimension], toggle, optional: true }, t, lang, this.disclosures);
  }

  private queryChanged(history: HistoryMode): void {
    this.linkedId = null;
    this.url.write(queryToUrl(this.search.query), history);
    emit(this, 'filters-change', { filters: reportedFilters(this.request) });
  }

  private renderHours(): TemplateResult {
    const t = messages[this.uiLang];
    const q = this.search.query;
    const { problem, invalid } = hoursFilter(q.hoursMin, q.hoursMax);
    const marked = (name: 'hoursMin' | 'hoursMax', value: string) => (invalid.includes(name) ? value : nothing);
    // `.value` without `live()`: written when the query's value changes, never over what a visitor
    // is typing when the other field's results arrive (the change event sends it).
    const input = (name: 'hoursMin' | 'hoursMax', label: string) =>
      html`<label class="number"
        >${label}
        <input type="number" name=${name} min=${HOURS_QUERY.min} max=${HOURS_QUERY.max} inputmode="numeric" aria-invalid=${marked(name, 'true')} aria-describedby=${marked(name, 'hours-note')} .value=${q[name]} @change=${(e: Event) => this.search.change({ [name]: (e.target as HTMLInputElement).value.trim() })}
      /></label>`;
    // A live region from the start: the note may come without a new request (a maximum below the
    // minimum searches as before), so the count's announcement cannot carry it.
    const inputs = html`${input('hoursMin', t.hoursMin)} ${input('hoursMax', t.hoursMax)} <p class="note" id="hours-note" role="status">${problem ? t[problem] : nothing}</p>`;
    return renderFilterGroup(this.disclosures.groups, 'hours', { title: t.hours, active: !!(q.hoursMin || q.hoursMax) }, inputs);
  }

  private renderCard(a: Assignment): TemplateResult {
    const href = detailHref(this.detailUrl, a.id);
    const text = textLang(a, this.uiLang);
    const title = href
      ? html`<a href=${href} lang=${text} @click=${(e: Event) => this.select(a, e)}>${a.title}</a>`
      : html`<button type="button" aria-haspopup="dialog" data-id=${a.id} data-flexschil-prefetch="apply-form" lang=${text} @click=${(e: Event) => this.select(a, e)}>${a.title}</button>`;
    // The board loads the profile once; a badge given ids instead would each load and report it.
    const profile = this.badgeProfile;
    const badge = profile
      ? html`<match-badge class="match" variant="compact" .assignment=${a} .profile=${profile} endpoint=${this.endpoint ?? nothing}></match-badge>`
      : nothing;
    const sessions = this.sessions ? this.upcoming.value : null;
    const session = sessions?.next.get(a.id);
    const line = sessions && session ? sessions.line(session, this.uiLang, this.client?.sessionCalendarUrl(session.id) ?? null) : nothing;
    // No template where there is nothing to show: a nested template costs every card a clone.
    const extra = line === nothing && badge === nothing ? nothing : html`${line}${badge}`;
    return assignmentCard(a, { lang: this.uiLang, headingLevel: this.headingLevel + 1, title, typeLabel: this.typeLabel, extra });
  }

  /** A link's assignment that could not be shown: why, and a retry where one can help. The board works on below it. */
  private renderLinkError(): TemplateResult | typeof nothing {
    if (this.linked.status !== TaskStatus.ERROR) return nothing;
    const error = this.linked.error;
    const gone = error instanceof FlexschilError && error.kind === 'not-found';
    return renderError(error, this.uiLang, gone ? null : () => this.linked.run(), { part: 'link-error', title: messages[this.uiLang].linkFailed });
  }

  private renderDialog(): TemplateResult {
    const a = this.dialog.selected;
    const lang = this.uiLang;
    const t = messages[lang];
    const contact = contactLinks(a?.contact);
    const text = textLang(a, lang);
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.dialog.onClose}>
      ${a
        ? html`<div class="dialog-header">
              <h2 id="dialog-title" lang=${text}>${a.title}</h2>
              <button type="button" class="button secondary" @click=${this.dialog.close}>${common[lang].close}</button>
            </div>
            <div class="dialog-body">
              ${cardHeader(a, lang, this.typeLabel)}
              <dl class="facts">
                ${fact(t.place, html`<span lang=${text}>${a.location.place}</span>, <span lang=${contentLang(a, lang)}>${a.location.region.label}</span> · ${codeLabel('mode', a.location.mode, lang)}`)}
                ${fact(t.hoursPerWeek, formatHours(a.hoursPerWeek, lang))}
                ${a.startDate ? fact(t.start, formatDate(a.startDate, lang)) : nothing}
                ${a.endDate ? fact(t.end, formatDate(a.endDate, lang)) : nothing} ${closingFact(a, lang)}
                ${cardRate(a, lang)}
              </dl>
              <h3>${t.about}</h3>
              <div class="description" lang=${text} ${safeHtml(a.description)}></div>
              ${a.skills.length
                ? html`<h3>${t.skills}</h3>
                    <ul class="skills">
                      ${a.skills.map((s) => html`<li><span lang=${text}>${s.name}</span> (${s.required ? t.required : t.optional})</li>`)}
                    </ul>`
                : nothing}
              ${a.contact
                ? html`<h3>${t.contact}</h3>
                    <p class="contact">
                      ${marked(a.contact.name, text)}
                      ${contact?.email ? html`<br />${linkOr(contact.email, contact.mailto)}` : nothing}
                      ${contact?.phone ? html`<br />${linkOr(contact.phone, contact.tel)}` : nothing}
                    </p>`
                : nothing}
              ${a.url ? html`<p><a href=${a.url} target="_blank" rel="noopener noreferrer">${t.moreInfo} <span class="visually-hidden">${common[lang].opensInNewWindow}</span></a></p>` : nothing}
              <section class="apply" aria-labelledby="apply-heading">
                <h3 id="apply-heading" tabindex="-1">${t.apply}</h3>
                ${a.status === 'closed'
                  ? html`<p>${t.closedMessage}</p>`
                  : a.applyUrl
                    ? html`<p><a class="button" href=${a.applyUrl} target="_blank" rel="noopener noreferrer">${t.applyExternal} <span class="visually-hidden">${common[lang].opensInNewWindow}</span></a></p>`
                    : html`<apply-form .assignment=${a} profile-id=${this.profileId ?? nothing} heading-level=${clampLevel(this.headingLevel + 2)} endpoint=${this.endpoint ?? nothing}
                        >${this.#formMissing ? renderError(null, lang, this.#retryForm, { part: 'form-error' }) : nothing}</apply-form
                      >`}
              </section>
            </div>`
        : nothing}
    </dialog>`;
  }

  /**
   * The dialog's form, when its code is not there yet (the CDN bundle loads it on first use):
   * while it did not come, the dialog says so with a retry inside the undefined `<apply-form>`,
   * which a defined one hides. The loader also tries again by itself.
   */
  #loadForm(retried = false): void {
    const loading = loadElement('apply-form');
    if (!loading) return;
    this.#formLoading = true;
    void loading.then(async (came) => {
      this.#formLoading = false;
      this.#formMissing = !came;
      this.requestUpdate();
      // The message (with the button that had focus) gives way to the form: focus on its heading.
      // When it did not come, the message and the focus on its button stay.
      if (came && retried) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#apply-heading')?.focus();
      }
    });
  }

  /** "Probeer opnieuw": the message stays (its button keeps focus) while the form is asked for again. */
  #retryForm = () => {
    if (!this.#formLoading) this.#loadForm(true);
  };

  private select(assignment: Assignment, event: Event): void {
    if (!emit(this, 'assignment-select', { assignment }, { cancelable: true })) event.preventDefault();
    else if (!this.detailUrl) this.dialog.open(assignment, event.currentTarget as HTMLElement);
  }

  /** A contract type's label: the backend's from the facets (in its language), else ours. */
  private readonly typeLabel: TypeLabel = (type) => {
    const page = this.results.lastPage;
    const facet = page?.facets?.type?.find((f) => f.value === type);
    return facet ? { text: facet.label, lang: contentLang(page, this.uiLang) } : { text: codeLabel('type', type, this.uiLang), lang: nothing };
  };

  /**
   * Keeps the JSON-LD of `page` in the document head, or none. The writer is a chunk of its own,
   * loaded with the first page a board with `structured-data` shows: no other board loads it
   * (issue 15, ~1 kB gz). What arrives after the page changed, the attribute went or the board was
   * removed writes nothing.
   */
  private updateJsonLd(page: AssignmentPage | null): void {
    this.#jsonLdPage = page;
    if (!page) {
      this.#jsonLd?.remove();
      this.#jsonLd = null;
      return;
    }
    import('../../shared/job-posting.js').then(
      ({ jobPostingsJson, setScriptJson }) => {
        if (this.#jsonLdPage !== page) return;
        if (!this.#jsonLd) {
          this.#jsonLd = document.createElement('script');
          this.#jsonLd.type = 'application/ld+json';
          this.#jsonLd.dataset.flexschil = 'assignment-list';
          document.head.append(this.#jsonLd);
        }
        const base = this.detailUrl ? (a: Assignment) => new URL(detailHref(this.detailUrl, a.id)!, location.href).href : undefined;
        setScriptJson(this.#jsonLd, jobPostingsJson(page.items.slice(0, this.request.pageSize), base));
      },
      (error) => console.warn('[flexschil] <assignment-list structured-data>: the JSON-LD writer could not be loaded; the page has no structured data for now.', error),
    );
  }
}
