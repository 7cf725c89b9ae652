import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isAbortError } from '../../api/errors.js';
import type { AssignmentQuery } from '../../api/query.js';
import { type Assignment, type AssignmentPage, contractTypes, workModes } from '../../api/schemas.js';
import { assignmentList as messages } from '../../i18n/assignment-list.js';
import { codeLabel } from '../../i18n/codes.js';
import { common } from '../../i18n/common.js';
import { formatDate, formatHours, today } from '../../i18n/format.js';
import { rank } from '../../match/match.js';
import { CollectionController } from '../../shared/collection-controller.js';
import { contactLinks, linkOr } from '../../shared/contact.js';
import { emit } from '../../shared/events.js';
import { renderFilterGroup } from '../../shared/filters.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { fact, factsStyles } from '../../shared/facts.js';
import { clampLevel } from '../../shared/headings.js';
import { jobPostingsJson } from '../../shared/job-posting.js';
import { safeHtml } from '../../shared/sanitize.js';
import { renderSkeleton } from '../../shared/states.js';
import { splitList } from '../../shared/url-state.js';
import { collection } from '../../styles/collection.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './assignment-list.styles.js';
import { assignmentCard, cardBadges, cardClosing, cardRate } from './card.js';

type Dimension = 'field' | 'region' | 'type' | 'mode';
type Sort = NonNullable<AssignmentQuery['sort']>;
/** `fit` ranks the page by how well `profile-id` fits each assignment (in the browser; the API has no such sort). */
type SortChoice = Sort | 'fit';

/** What the visitor chose; fixed pre-filters come from attributes and are merged in {@link AssignmentList.request}. */
type UserQuery = {
  q: string;
  field: string[];
  region: string[];
  type: string[];
  mode: string[];
  hoursMin: string;
  hoursMax: string;
  sort: SortChoice | '';
  page: number;
};

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
 * @fires flexschil-error - `{ status, title, detail }` when loading failed; the board shows a message and a retry. Also once when the `profile-id` profile could not be loaded (the cards then show no badge).
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
  static override styles = [tokens, base, collection, factsStyles, styles];

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

  /** @internal */
  private list = new CollectionController<UserQuery, Dimension, AssignmentPage>(this, {
    empty: emptyQuery,
    filters: ['q', 'field', 'region', 'type', 'mode', 'hours'],
    dimensions: ['field', 'region', 'type', 'mode'],
    codes: { type: contractTypes, mode: workModes },
    fixed: (dimension) => (dimension === 'mode' ? '' : this[dimension]),
    accept: { sort: (value) => (SORTS as string[]).includes(value) },
    urlPrefix: 'opdrachten',
    messages,
    client: () => this.client,
    fetch: (options) => this.load(() => this.requireClient().listAssignments(this.request, options)),
  });

  /** The profile behind `profile-id`: for the "best fit" order and every card's badge. A failure is reported once, here. @internal */
  private profile = new Task(this, {
    task: async ([client, profileId, lang], { signal }) =>
      client && profileId
        ? this.load(() => client.getProfile(profileId, { signal, lang })).catch((e) => (isAbortError(e) ? Promise.reject(e) : null))
        : null,
    args: () => [this.client, this.profileId, this.uiLang] as const,
  });

  #jsonLd: HTMLScriptElement | null = null;
  #jsonLdPage: AssignmentPage | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.updateJsonLd(null);
  }

  /** The request as sent: the visitor's choices within the fixed pre-filters. */
  get request(): AssignmentQuery {
    const q = this.list.query;
    const hours = (value: string) => (/^\d+$/.test(value) ? Number(value) : undefined);
    return {
      q: q.q.trim() || undefined,
      field: this.list.within('field'),
      region: this.list.within('region'),
      type: this.list.within('type'),
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

  protected override updated(): void {
    this.dataState = this.list.dataState;
    // The JSON-LD describes what is on screen: nothing when switched off or when loading failed.
    const page = this.structuredData && this.dataState !== 'error' ? this.list.lastPage : null;
    if (page !== this.#jsonLdPage) this.updateJsonLd(page);
  }

  override render(): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const labels: Record<SortChoice, string> = { closingDate: t.sortClosing, '-publishedAt': t.sortNewest, title: t.sortTitle, fit: t.sortFit };
    const profile = this.profile.value;
    return html`${this.list.render({
        extra: this.list.shown.has('hours') ? this.renderHours() : null,
        sorts: SORTS.filter((s) => s !== 'fit' || this.profileId).map((s) => [s, labels[s]] as const),
        skeleton: () => renderSkeleton(Math.min(this.pageSize, 4), lang),
        card: (a) => this.renderCard(a),
        order: (items) => (this.list.query.sort === 'fit' && profile ? rank(profile, items, { today: today() }).map((r) => r.assignment) : items),
      })}
      ${this.renderDialog()}`;
  }

  private renderHours(): TemplateResult {
    const t = messages[this.uiLang];
    const q = this.list.query;
    const input = (name: 'hoursMin' | 'hoursMax', label: string) =>
      html`<label class="number"
        >${label}
        <input type="number" name=${name} min="0" max="60" inputmode="numeric" .value=${live(q[name])} @change=${(e: Event) => this.list.change({ [name]: (e.target as HTMLInputElement).value.trim() })}
      /></label>`;
    const inputs = html`${input('hoursMin', t.hoursMin)} ${input('hoursMax', t.hoursMax)}`;
    return renderFilterGroup(this.list.opened, 'hours', { title: t.hours, active: !!(q.hoursMin || q.hoursMax) }, inputs);
  }

  private renderCard(a: Assignment): TemplateResult {
    const href = this.list.href(a);
    const title = href
      ? html`<a href=${href} @click=${(e: Event) => this.select(a, e)}>${a.title}</a>`
      : html`<button type="button" aria-haspopup="dialog" data-id=${a.id} @click=${(e: Event) => this.select(a, e)}>${a.title}</button>`;
    // The board loads the profile once; a badge given ids instead would each load and report it.
    const profile = this.profileId ? this.profile.value : null;
    const extra = profile
      ? html`<match-badge class="match" variant="compact" .assignment=${a} .profile=${profile} endpoint=${this.endpoint ?? nothing}></match-badge>`
      : nothing;
    return assignmentCard(a, { lang: this.uiLang, headingLevel: this.headingLevel + 1, title, typeLabel: (type) => this.typeLabel(type), extra });
  }

  private renderBadges(a: Assignment): TemplateResult {
    return cardBadges(a, this.uiLang, (type) => this.typeLabel(type));
  }

  private renderClosing(a: Assignment): TemplateResult {
    return cardClosing(a, this.uiLang);
  }

  private renderRate(a: Assignment): TemplateResult | typeof nothing {
    return cardRate(a, this.uiLang);
  }

  private renderDialog(): TemplateResult {
    const a = this.list.selected;
    const lang = this.uiLang;
    const t = messages[lang];
    const contact = contactLinks(a?.contact);
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.list.onDialogClose}>
      ${a
        ? html`<div class="dialog-header">
              <h2 id="dialog-title">${a.title}</h2>
              <button type="button" class="button secondary" @click=${this.list.close}>${common[lang].close}</button>
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
                      ${contact?.email ? html`<br />${linkOr(contact.email, contact.mailto)}` : nothing}
                      ${contact?.phone ? html`<br />${linkOr(contact.phone, contact.tel)}` : nothing}
                    </p>`
                : nothing}
              ${a.url ? html`<p><a href=${a.url} target="_blank" rel="noopener noreferrer">${t.moreInfo} <span class="visually-hidden">${common[lang].opensInNewWindow}</span></a></p>` : nothing}
              <section class="apply" aria-labelledby="apply-heading">
                <h3 id="apply-heading">${t.apply}</h3>
                ${a.status === 'closed'
                  ? html`<p>${t.closedMessage}</p>`
                  : a.applyUrl
                    ? html`<p><a class="button" href=${a.applyUrl} target="_blank" rel="noopener noreferrer">${t.applyExternal} <span class="visually-hidden">${common[lang].opensInNewWindow}</span></a></p>`
                    : html`<apply-form .assignment=${a} heading-level=${clampLevel(this.headingLevel + 2)} endpoint=${this.endpoint ?? nothing}></apply-form>`}
              </section>
            </div>`
        : nothing}
    </dialog>`;
  }

  private select(assignment: Assignment, event: Event): void {
    this.list.select(assignment, event, emit(this, 'assignment-select', { assignment }, { cancelable: true }));
  }

  private typeLabel(type: string): string {
    const facet = this.list.lastPage?.facets?.type?.find((f) => f.value === type);
    return facet?.label ?? codeLabel('type', type, this.uiLang);
  }

  private updateJsonLd(page: AssignmentPage | null): void {
    this.#jsonLdPage = page;
    if (!page) {
      this.#jsonLd?.remove();
      this.#jsonLd = null;
      return;
    }
    if (!this.#jsonLd) {
      this.#jsonLd = document.createElement('script');
      this.#jsonLd.type = 'application/ld+json';
      this.#jsonLd.dataset.flexschil = 'assignment-list';
      document.head.append(this.#jsonLd);
    }
    const base = this.detailUrl ? (a: Assignment) => new URL(this.list.href(a)!, location.href).href : undefined;
    this.#jsonLd.textContent = jobPostingsJson(page.items, base);
  }
}
