
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ProfileQuery } from '../../api/query.js';
import { isCalendarDate } from '../../api/rules/dates.js';
import { type Profile, profileKinds } from '../../api/schemas.js';
import { common } from '../../i18n/common.js';
import { profileDirectory as messages } from '../../i18n/profiles.js';
import { codeLabel } from '../../i18n/codes.js';
import { contentLang } from '../../shared/backend-text.js';
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
import { emit } from '../../shared/events.js';
import { FilterDisclosures, type OptionSources, renderFilterGroup } from '../../shared/filters.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { clampLevel } from '../../shared/headings.js';
import { renderSkeleton } from '../../shared/states.js';
import { collection } from '../../styles/collection.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './profile-directory.styles.js';

type Dimension = 'field' | 'region' | 'kind';
type Sort = NonNullable<ProfileQuery['sort']>;

/** What the visitor chose; fixed pre-filters come from attributes and are merged in {@link ProfileDirectory.request}. */
type UserQuery = {
  q: string;
  field: string[];
  region: string[];
  kind: string[];
  availableFrom: string;
  sort: Sort | '';
  page: number;
};

const SORTS: Sort[] = ['name', '-updatedAt'];
const FILTERS = ['q', 'field', 'region', 'kind', 'available'];
const DIMENSIONS: readonly Dimension[] = ['field', 'region', 'kind'];
/** The inner card's parts, offered to the host page as `card-*`. */
const CARD_PARTS = 'card: card-body, name: card-name, photo: card-photo, badges: card-badges';
/** Values from the query string that are used only when valid. */
/** What a link's query string may hold besides codes (the rest is left out: src/shared/collection/query.ts). */
const ACCEPT = {
  sort: (value: string) => (SORTS as string[]).includes(value),
  kind: (value: string) => (profileKinds as readonly string[]).includes(value),
  availableFrom: isCalendarDate,
};
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
 * @csspart filters-toggle - The "Filters" button that shows or hides the filters on narrow screens (below 56em), with the number chosen.
 * @csspart count - The heading with the number of results.
 * @csspart list - The grid of cards.
 * @csspart card - One `profile-card` element; its own parts are exported as `card-body`, `card-name`, `card-photo`, `card-badges`.
 * @csspart card-body - A card's `<article>` (the card's own part `card`), in the list and in the dialog.
 * @csspart card-name - A card's heading with the professional's name.
 * @csspart card-photo - A card's photo, or the initials when there is no (loadable) photo.
 * @csspart card-badges - A card's list with kind, visibility and fields.
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
  /** This widget's name for screen readers when a page has more than one ("Professionals in de regio", as its heading on the page says): added to the names of its search and its page navigation, so a list of landmarks tells them apart. */
  @property() label: string | null = null;
  /** Results per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;
  /** Default order: `name` (A–Z) or `-updatedAt` (recently updated first); any other value counts as `name`. */
  @property() sort: Sort = 'name';
  /** Mirror search, filters, sort and page in the page's query string (back/forward and shared links work); the detail dialog then adds a history entry, so Back closes it. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Prefix of this directory's query-string parameters with `sync-url` (default: the element's id, else `professionals`). */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';
  /** Link template such as `/professionals/{id}`: cards link there instead of opening a dialog. */
  @property({ attribute: 'detail-url' }) detailUrl: string | null = null;
  /** Level of the result heading (2 by default); names on the cards are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** @internal */
  private search = new QueryController<UserQuery>(this, { empty: emptyQuery, changed: ({ history }) => this.queryChanged(history) });

  /** @internal */
  private url = new UrlStateController(this, {
    fallbackPrefix: 'professionals',
    lists: DIMENSIONS,
    restore: (values) => this.search.restore(queryFromUrl(values, emptyQuery(), ACCEPT)),
  });

  /** @internal */
  private results = new ResultsController(this, {
    args: () => [this.client, this.request, this.uiLang] as const,
    // Without a client, requireClient() throws the configuration error the directory shows.
    fetch: ([client, request, lang], { signal }) => this.load(() => (client ?? this.requireClient()).listProfiles(request, { signal, lang })),
    announce: (page, headingSays) => announcePage(page, messages[this.uiLang], this.uiLang, headingSays),
    turnTo: (page) => this.search.change({ page }, { history: 'replace' }),
    pageSize: () => this.request.pageSize ?? this.pageSize,
  });

  /** @internal */
  private dialog = new DialogController<Profile>(this, { historyKey: () => (this.syncUrl ? this.url.prefix : null) });

  /** Labels for filter options when the backend sends no facets. @internal */
  private vocabularies = vocabulariesTask(this, () => {
    const page = this.results.lastPage;
    const needed = !!page && DIMENSIONS.some((d) => this.offers(d) && !page.facets?.[d]);
    return [this.client, needed, this.uiLang] as const;
  });

  /** Which filter disclosures the visitor has open. @internal */
  private readonly disclosures = new FilterDisclosures(this);

  /** The `sort` attribute as an order the backend knows. */
  private get defaultSort(): Sort {
    return SORTS.includes(this.sort) ? this.sort : 'name';
  }

  /** The request as sent: the visitor's choices within the fixed pre-filters. */
  get request(): ProfileQuery {
    const q = this.search.query;
    return {
      q: q.q.trim() || undefined,
      field: within(this.field, q.field),
      region: within(this.region, q.region),
      kind: within(this.kind, q.kind),
      availableFrom: isCalendarDate(q.availableFrom) ? q.availableFrom : undefined,
      sort: q.sort || this.defaultSort,
      page: q.page,
      pageSize: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 12)),
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

  protected override updated(): void {
    this.dataState = this.results.dataState;
  }

  override render(): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const shown = this.shown;
    return html`${renderCollection({
        lang,
        t,
        headingLevel: this.headingLevel,
        search: this.search,
        results: this.results,
        disclosures: this.disclosures,
        label: this.label,
        searchShown: shown.has('q'),
        groups: [...DIMENSIONS.filter((d) => this.offers(d)).map((d) => this.renderDimension(d)), ...(shown.has('available') ? [this.renderAvailable()] : [])],
        sorting: {
          sorts: SORTS.map((s) => [s, s === 'name' ? t.sortName : t.sortUpdated] as const),
          sort: this.search.query.sort || this.defaultSort,
          onSort: (sort) => this.search.change({ sort: sort as Sort }),
        },
        cards: { limit: this.request.pageSize ?? this.pageSize, card: (profile) => this.renderCard(profile), cardInputs: [this.headingLevel, this.detailUrl] },
        skeleton: () => renderSkeleton(Math.min(this.pageSize, 6), lang, 'skeleton-card'),
      })}
      ${this.renderDialog()}`;
  }

  /** The controls asked for in `filters`. */
  private get shown(): Set<string> {
    return shownControls(this.filters, FILTERS);
  }

  private offers(dimension: Dimension): boolean {
    return offered(this.shown, dimension, this[dimension]);
  }

  private renderDimension(dimension: Dimension): TemplateResult | null {
    const lang = this.uiLang;
    const t = messages[lang];
    const page = this.results.lastPage;
    const sources: OptionSources = {
      facets: page?.facets?.[dimension],
      vocabulary: this.vocabularies.value?.[dimension],
      codes: dimension === 'kind' ? { values: profileKinds, label: (kind: string) => codeLabel('kind', kind, lang) } : undefined,
      lang: { facets: contentLang(page, lang), vocabulary: contentLang(this.vocabularies.value, lang) },
    };
    const chosen = this.search.query[dimension];
    const toggle = (value: string, checked: boolean) => this.search.toggle(dimension, value, checked);
    return renderDimensionGroup({ name: dimension, title: t[dimension], sources, fixed: this[dimension], chosen, toggle }, t, lang, this.disclosures);
  }

  private queryChanged(history: HistoryMode): void {
    this.url.write(queryToUrl(this.search.query), history);
    emit(this, 'filters-change', { filters: reportedFilters(this.request) });
  }

  private renderAvailable(): TemplateResult {
    const t = messages[this.uiLang];
    const { availableFrom } = this.search.query;
    // Without `live()`, as the board's hours: results arriving never reset a date being typed.
    const input = html`<label class="number"
      >${t.availableFrom}
      <input type="date" name="availableFrom" .value=${availableFrom} @change=${this.onAvailableChange}
    /></label>`;
    return renderFilterGroup(this.disclosures.groups, 'available', { title: t.available, active: !!availableFrom }, input);
  }

  private renderCard(p: Profile): TemplateResult {
    const t = messages[this.uiLang];
    const href = detailHref(this.detailUrl, p.id);
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
    const p = this.dialog.selected;
    const lang = this.uiLang;
    return html`<dialog part="dialog" aria-label=${p ? messages[lang].dialogTitle(p.name) : nothing} @close=${this.dialog.onClose}>
      ${p
        ? html`<div class="dialog-header dialog-close">
              <button type="button" class="button secondary" @click=${this.dialog.close}>${common[lang].close}</button>
            </div>
            <!-- A profile has no control until its links at the end: the body is a tab stop of its
                 own, so the arrow keys and Page Down scroll it from the keyboard (WCAG 2.1.1). -->
            <div class="dialog-body" tabindex="0" role="region" aria-label=${messages[lang].dialogTitle(p.name)}>
              <profile-card variant="full" exportparts=${CARD_PARTS} heading-level="2" .profile=${p}></profile-card>
            </div>`
        : nothing}
    </dialog>`;
  }

  private onAvailableChange = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    // A half-typed date is not sent; an emptied field removes the filter.
    if (value === '' || isCalendarDate(value)) this.search.change({ availableFrom: value });
  };

  private select(profile: Profile, event: Event): void {
    if (!emit(this, 'profile-select', { profile }, { cancelable: true })) event.preventDefault();
    else if (!this.detailUrl) this.dialog.open(profile, event.currentTarget as HTMLElement);
  }
}
