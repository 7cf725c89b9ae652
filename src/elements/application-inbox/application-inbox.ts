import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ClientCore, Download, RequestOptions } from '../../api/core.js';
import { downloadApplications, downloadCv, getApplication, hasInboxRoute, listApplications, listInbox, saveFile, updateApplication } from '../../api/inbox.js';
import { getMe } from '../../api/personal.js';
import { type FlexschilError, isAbortError, refusedAccess, toFlexschilError } from '../../api/errors.js';
import { DEFAULT_INBOX_SORT, type InboxSort, inboxSorts } from '../../api/rules/inbox.js';
import {
  type ApplicationPage,
  type ApplicationStatus,
  type Assignment,
  applicationStatuses,
  notifiedStatuses,
  type InboxAssignment,
  type InboxPage,
  type Me,
} from '../../api/schemas.js';
import { Application } from '../../api/validators/application.js';
import { applicationStatusLabel, formatFileSize, applicationInbox as messages } from '../../i18n/application-inbox.js';
import { common } from '../../i18n/common.js';
import { closingText, formatDate, formatHours, formatList, formatMoney, today } from '../../i18n/format.js';
import { sessionTime } from '../../i18n/session-time.js';
import { SEARCH_TEXT_MAX } from '../../api/query.js';
import { fill, isolated, marked, textLang } from '../../shared/backend-text.js';
import { contactLinks, linkOr } from '../../shared/contact.js';
import { emit, emitRendered } from '../../shared/events.js';
import { fact, factsStyles } from '../../shared/facts.js';
import { type DataState, FlexschilElement } from '../../shared/flexschil-element.js';
import { headingTag } from '../../shared/headings.js';
import { errorMessage, renderEmpty, renderError, renderPagination, renderSkeleton } from '../../shared/states.js';
import { collection } from '../../styles/collection.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './application-inbox.styles.js';

/**
 * Why a status change did not go through: it failed (and was rolled back; `picked` is what the
 * poster chose), or someone else changed it first. `name` is the applicant's, for the message
 * in the list when the dialog has closed meanwhile.
 */
type StatusProblem =
  | { id: string; name: string; kind: 'failed'; status: ApplicationStatus; picked: ApplicationStatus; reason: string }
  | { id: string; name: string; kind: 'conflict'; status: ApplicationStatus };

/** Failures after which a change may have arrived all the same: no answer, or none that could be read. */
const ANSWER_LOST = new Set<FlexschilError['kind']>(['timeout', 'network', 'unreachable', 'server', 'invalid-response']);

/** Where focus goes once the element has rendered what an action asked for (WCAG 2.4.3). */
interface FocusRequest {
  selector: string;
  /** When the target does not appear (the load failed): the view's heading. */
  fallback: string;
  /** Wait until nothing loads: a list shown while its fresh copy loads may still change. */
  settled?: boolean;
}

const OVERVIEW_HEADING = '#overview-heading';
const OVERVIEW_SORT = 'select[name="sort"]';
/** Every application of the assignment: no part of a name asked for, any status. */
const NOT_FINDING: { q: string; status: ApplicationStatus | '' } = { q: '', status: '' };
const VIEW_HEADING = '#view-heading';

/**
 * The inbox of an organisation's applications, for the people who post its assignments (on
 * the intranet or the network's site): the assignments with how many applications each has and
 * how many are new; per assignment the applications (name, date, status) in a table; each one
 * opens in a dialog with the motivation, the facts, the CV to download and a status to set.
 * "Download als spreadsheet (CSV)" (export to CSV) hands HR's spreadsheet the whole list.
 *
 * Everything here is personal data: the element asks `GET /me` first and shows only a sign-in
 * hint when the visitor may not read applications (no or an expired token, no `poster` role).
 * It needs the provider's credentials (`getToken` or a cookie session); nothing is cached,
 * written to the URL or to storage.
 *
 * A status change shows at once and is rolled back, with a message, when saving fails; when
 * someone else changed the status first (412), the newer status is shown and nothing is
 * overwritten unseen.
 *
 * The states: `:state(loading)`; `:state(ready)`; `:state(empty)` when there are no assignments
 * (or, for one assignment, no applications), when the visitor must sign in or may not read
 * applications (the element then shows that hint, as every element's sign-in hint is `empty`),
 * and when the assignment is another organisation's (the part `no-access`, as the editors say
 * it); `:state(error)` when loading failed.
 *
 * @summary Inbox of applications for an organisation's assignments: read, set the status, download CVs, export CSV.
 * @tagname application-inbox
 *
 * @fires application-status-change - `{ application }` (the backend's new version) after a status change was saved.
 * @fires flexschil-error - `{ status, title, detail }` when loading, saving a status or a download failed (also 401/403 from `GET /me`); the inbox shows a message.
 *
 * @csspart sign-in - The hint shown instead of the inbox when the visitor must sign in or may not read applications.
 * @csspart no-access - The message when the visitor may not read one assignment's applications (another organisation's), without a retry.
 * @csspart heading - The heading of the overview or of the chosen assignment.
 * @csspart list - The list of assignments in the overview.
 * @csspart assignment - One assignment in the overview.
 * @csspart sort - Above the overview's list: "Sorteer op" (sort by) and its select, where the backend orders the overview.
 * @csspart new - The number of new applications of an assignment (in words).
 * @csspart back - The "All assignments" button back to the overview.
 * @csspart export - The "Download als spreadsheet (CSV)" button (export to CSV).
 * @csspart find - The search above the applications: a part of a name or e-mail address, and a status.
 * @csspart table - The table of applications.
 * @csspart row - One application's row.
 * @csspart status - An application's status in the table (in words).
 * @csspart others - In a row, under the name: how many applications the same person sent to the assignment, when more than one.
 * @csspart other-applications - In the dialog: the same person's other applications to the assignment, with their dates and numbers.
 * @csspart dialog - The dialog with one application.
 * @csspart status-form - The status control and its save button in the dialog.
 * @csspart status-saved - Under the status control, after saving: the status it now has.
 * @csspart cv - The CV download button.
 * @csspart problem - A message that a status change or a download failed.
 * @csspart unsaved - The note on closing the dialog with a picked status not saved, with "Opslaan" and "Niet opslaan".
 * @csspart pagination - The page navigation.
 * @csspart empty - The message when there are no assignments or applications.
 * @csspart error - The message when loading failed, with its retry button.
 *
 * @cssprop [--flexschil-application-inbox-card-background-color=var(--flexschil-color-background)] - Background of an assignment in the overview.
 * @cssprop [--flexschil-application-inbox-card-border-color=var(--flexschil-color-border)] - Border of an assignment in the overview.
 * @cssprop [--flexschil-application-inbox-card-padding=var(--flexschil-space)] - Space inside an assignment in the overview.
 * @cssprop [--flexschil-application-inbox-new-color=var(--flexschil-color-primary)] - The "n new" count and the "New" status (also bold: never colour alone).
 * @cssprop [--flexschil-application-inbox-new-background-color=var(--flexschil-color-background)] - Background of the "n new" count.
 * @cssprop [--flexschil-application-inbox-row-border-color=var(--flexschil-color-border)] - Lines between the table's rows.
 * @cssprop [--flexschil-application-inbox-table-header-background-color=var(--flexschil-color-surface)] - The table's column headers.
 * @cssprop [--flexschil-application-inbox-problem-color=var(--flexschil-color-error)] - Text and border of a failed status change or download.
 */
export class ApplicationInbox extends FlexschilElement {
  static override styles = [tokens, base, collection, factsStyles, styles];

  /** Pins one assignment: only its applications are shown, without the overview. */
  @property({ attribute: 'assignment-id' }) assignmentId: string | null = null;
  /** Assignments (overview) and applications (one assignment) per page, 1–100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** Level of the top heading (2 by default); assignment titles in the overview are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Whether saving an invitation or a decline tells the applicant by mail (on by default: the acknowledgement promised it). */
  @state() private notify = true;
  /** The assignment opened from the overview (unless one is pinned). */
  @state() private chosen: InboxAssignment | null = null;
  @state() private overviewPage = 1;
  /** The overview's order as the poster chose it; null: not chosen (newest first). Kept while the element lives, not stored. */
  @state() private overviewSort: InboxSort | null = null;
  @state() private applicationsPage = 1;
  /** The applications asked for: a part of a name or address, and a status (none: all). */
  @state() private finding: { q: string; status: ApplicationStatus | '' } = NOT_FINDING;
  /** The search form was used for this assignment: it stays, also while nothing is found. */
  #finds = false;
  /** The newest version of each application this inbox saved or was told of, by id (optimistic changes, 412 answers). */
  @state() private known = new Map<string, Application>();
  /** The application shown in the dialog. */
  @state() private detailId: string | null = null;
  /** The status picked in the dialog and not saved yet. */
  @state() private pickedStatus: ApplicationStatus | null = null;
  /** The application whose status is being saved. */
  @state() private saving: string | null = null;
  @state() private problem: StatusProblem | null = null;
  /** Closing was asked while a picked status is not saved: the dialog stays open and asks. */
  @state() private askUnsaved = false;
  /** Downloads under way, by key (`csv:<assignment>`, `cv:<application>`). */
  @state() private downloading = new Set<string>();
  @state() private downloadProblem: { key: string; text: string } | null = null;
  @state() private announcement = '';
  /** What the last status save said, shown under the control until the next pick (the live region says it too). */
  @state() private savedStatus: { id: string; text: string } | null = null;

  #etags = new Map<string, string>();
  #focus: FocusRequest | null = null;
  /** The pages on screen, kept while the next one loads. */
  #lastInbox: InboxPage | null = null;
  #lastApplications: { assignmentId: string; page: ApplicationPage } | null = null;

  /** @internal */
  private me = new Task(this, {
    task: ([client], { signal }) => this.load(() => getMe(client ?? this.requireClient(), { signal })),
    args: () => [this.client] as const,
  });

  /** @internal */
  private inbox = new Task(this, {
    task: ([client, allowed, overview, page, pageSize, sort, lang], { signal }) =>
      client && allowed && overview ? this.load(() => this.listOverview(client, { page, pageSize, status: 'all' }, sort, { signal, lang })) : initialState,
    args: () => [this.client, this.allowed, this.pinnedId === null && this.chosen === null, this.overviewPage, this.size, this.overviewSort, this.uiLang] as const,
  });

  /** The pinned assignment, for its title. @internal */
  private pinned = new Task(this, {
    task: ([client, allowed, id, lang], { signal }) => (client && allowed && id ? this.load(() => client.getAssignment(id, { signal, lang })) : initialState),
    args: () => [this.client, this.allowed, this.pinnedId, this.uiLang] as const,
  });

  /** @internal */
  private applications = new Task(this, {
    task: ([client, allowed, id, page, pageSize, lang, { q, status }], { signal }) =>
      client && allowed && id
        ? this.load(() => listApplications(client, id, { page, pageSize, ...(q ? { q } : {}), ...(status ? { status: [status] } : {}) }, { signal, lang }))
        : initialState,
    args: () => [this.client, this.allowed, this.viewedId, this.applicationsPage, this.size, this.uiLang, this.finding] as const,
  });

  /** The application in the dialog, fetched again for its `ETag` (and any newer status). @internal */
  private detail = new Task(this, {
    task: async ([client, id, lang], { signal }) => {
      if (!client || !id) return initialState;
      const { value, etag } = await this.load(() => getApplication(client, id, { signal, lang }));
      if (this.saving !== id) this.remember(value, etag);
      return value;
    },
    args: () => [this.client, this.detailId, this.uiLang] as const,
  });

  private get pinnedId(): string | null {
    return this.assignmentId?.trim() || null;
  }

  /** The assignment whose applications are shown, or null in the overview. */
  private get viewedId(): string | null {
    return this.pinnedId ?? this.chosen?.assignment.id ?? null;
  }

  /** The assignment whose applications are shown, once it is in. */
  private get viewed(): Assignment | null {
    if (this.pinnedId === null) return this.chosen?.assignment ?? null;
    return this.pinned.status === TaskStatus.COMPLETE ? (this.pinned.value ?? null) : null;
  }

  private get allowed(): boolean {
    return this.me.status === TaskStatus.COMPLETE && !!this.me.value?.can.readApplications;
  }

  /** The client whose backend refused `sort` on the overview: no order is offered with it again. */
  #sortRefusedBy: ClientCore | null = null;
  /** The page just loaded came without the order asked for: the live region says so once (the select went away under focus). */
  #sortRefusedNow = false;

  /**
   * Whether the overview can be ordered: not where the backend refused `sort`, nor from the
   * contract's own requests (no `GET /me/assignments`), where ordering by new applications would
   * take every assignment's counts (two requests each) before the first page could show.
   */
  private get sortable(): boolean {
    return !!this.client && hasInboxRoute(this.client) && this.client !== this.#sortRefusedBy;
  }

  /** The order the poster chose, while it is offered. */
  private get offeredSort(): InboxSort | null {
    return this.sortable ? this.overviewSort : null;
  }

  /**
   * A page of the overview. A backend without `sort` refuses it as invalid input (a 400 naming it,
   * or naming nothing): the overview then offers no order and shows the backend's, without an
   * error, as the board does with `sort=fit`; the order chosen is not sent to it again.
   */
  private async listOverview(
    client: ClientCore,
    query: { page: number; pageSize: number; status: 'all' },
    sort: InboxSort | null,
    options: RequestOptions,
  ): Promise<InboxPage> {
    // The default order is not sent: the request stays the one every backend of the extension knows.
    if (!sort || sort === DEFAULT_INBOX_SORT || !this.sortable) return listInbox(client, query, options);
    try {
      return await listInbox(client, { ...query, sort }, options);
    } catch (error) {
      const failure = error as FlexschilError | null;
      if (failure?.kind !== 'invalid-input' || !failure.invalidParams.every((p) => p.name === 'sort')) throw error;
      this.#sortRefusedBy = client;
      this.#sortRefusedNow = true;
      return listInbox(client, query, options);
    }
  }

  private get size(): number {
    return Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 10));
  }

  /** The newest version of an application this element knows. */
  private current(id: string): Application | null {
    const known = this.known.get(id);
    if (known) return known;
    const row = this.#lastApplications?.page.items.find((a) => a.id === id);
    if (row) return row;
    return this.detail.status === TaskStatus.COMPLETE && this.detail.value?.id === id ? this.detail.value : null;
  }

  private remember(application: Application, etag: string | null): void {
    // A backend may name the applicant's other applications in its reads only: an answer without
    // them (a save's) keeps what this element was told, rather than dropping the line.
    const others = application.otherApplications ?? this.current(application.id)?.otherApplications;
    const kept = others && !application.otherApplications ? { ...application, otherApplications: others } : application;
    this.known = new Map(this.known).set(application.id, kept);
    if (etag) this.#etags.set(application.id, etag);
    else this.#etags.delete(application.id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('assignmentId')) {
      this.applicationsPage = 1;
      this.finding = NOT_FINDING;
      this.#finds = false;
    }
    const lang = this.uiLang;
    const t = messages[lang];
    const inbox = this.inbox.status === TaskStatus.COMPLETE ? this.inbox.value : undefined;
    if (inbox && inbox !== this.#lastInbox) {
      this.#lastInbox = inbox;
      const count = withPage(t.assignmentCount(inbox.total), inbox, lang);
      const sort = this.offeredSort;
      this.announcement = this.#sortRefusedNow ? `${count}, ${t.sortRefused}` : sort ? `${count}, ${t.sorted(sort)}` : count;
      this.#sortRefusedNow = false;
    }
    const page = this.applications.status === TaskStatus.COMPLETE ? this.applications.value : undefined;
    const id = this.viewedId;
    if (page && id && page !== this.#lastApplications?.page) {
      this.#lastApplications = { assignmentId: id, page };
      // A fresh page is newer than what this inbox remembered, except for a save still under way.
      const known = new Map(this.known);
      for (const item of page.items) if (item.id !== this.saving) known.delete(item.id);
      this.known = known;
      this.announcement = withPage(t.applicationCount(page.total), page, lang);
    }
  }

  protected override updated(): void {
    this.dataState = this.viewState;
    const request = this.#focus;
    if (!request) return;
    const target = request.settled ? null : this.renderRoot.querySelector<HTMLElement>(request.selector);
    if (!target && [this.me, this.inbox, this.pinned, this.applications].some((task) => task.status === TaskStatus.PENDING)) return;
    this.#focus = null;
    (target ?? this.renderRoot.querySelector<HTMLElement>(request.selector) ?? this.renderRoot.querySelector<HTMLElement>(request.fallback))?.focus();
  }

  private get viewState(): DataState {
    // The sign-in hint is `empty`, as every element's: nothing to show this visitor, nothing broken.
    if (this.me.status === TaskStatus.ERROR) return refusedAccess(this.me.error) ? 'empty' : 'error';
    if (this.me.status !== TaskStatus.COMPLETE) return 'loading';
    if (!this.allowed) return 'empty';
    // Another organisation's assignment (403) is `empty` too, as in the editors: refused, not broken.
    if (this.pinned.status === TaskStatus.ERROR) return refusal(this.pinned.error) ? 'empty' : 'error';
    const task = this.viewedId ? this.applications : this.inbox;
    switch (task.status) {
      case TaskStatus.ERROR:
        return refusal(task.error) ? 'empty' : 'error';
      case TaskStatus.COMPLETE:
        return task.value?.total ? 'ready' : 'empty';
      default:
        return 'loading';
    }
  }

  // --- rendering -------------------------------------------------------------------------------

  override render(): TemplateResult {
    return html`${this.liveRegion(!this.detailId)} ${this.renderView()} ${this.renderDialog()}`;
  }

  /**
   * Where what happened is said (WCAG 4.1.3): one region on the page, one in the dialog. An open
   * modal dialog makes the rest of the page inert, so a screen reader hears only the dialog's;
   * each exists from the start, as a live region must, and speaks while it is the one heard.
   */
  private liveRegion(heard: boolean): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${heard ? this.announcement : ''}</p>`;
  }

  /** Saved from the question on closing: what it says is said on the page once the dialog closed. */
  #sayOnPage = false;

  private renderView(): unknown {
    const lang = this.uiLang;
    return this.me.render({
      initial: () => renderSkeleton(3, lang, 'skeleton-card'),
      pending: () => renderSkeleton(3, lang, 'skeleton-card'),
      error: (error) => {
        const kind = refusedAccess(error);
        return kind ? this.renderSignIn(kind === 'unauthorized' ? 'signIn' : 'noAccess') : renderError(error, lang, this.retryMe);
      },
      complete: (me) => (!me.can.readApplications ? this.renderSignIn('noAccess') : this.viewedId ? this.renderAssignment() : this.renderOverview(me)),
    });
  }

  private renderSignIn(kind: 'signIn' | 'noAccess'): TemplateResult {
    const t = messages[this.uiLang];
    return html`<div class="status" part="sign-in">
      <p><strong>${kind === 'signIn' ? t.signInTitle : t.noAccessTitle}</strong></p>
      <p>${kind === 'signIn' ? t.signInHint : t.noAccessHint}</p>
      <button type="button" class="button secondary" @click=${this.retryMe}>${common[this.uiLang].retry}</button>
    </div>`;
  }

  /**
   * A failed load of one assignment or its applications. A refusal (403: another organisation's
   * assignment, say, from a mail's link) is not a fault to retry: it says so, without a retry.
   */
  private renderLoadError(error: unknown, retry: () => void): TemplateResult {
    if (!refusal(error)) return renderError(error, this.uiLang, retry);
    const t = messages[this.uiLang];
    return html`<div class="status" part="no-access" role="alert">
      <p><strong>${t.noAccessAssignmentTitle}</strong></p>
      <p>${t.noAccessAssignmentHint}</p>
    </div>`;
  }

  private heading(id: string, level: number, content: unknown, contentLang: string | typeof nothing = nothing): TemplateResult {
    const tag = headingTag(level);
    return staticHtml`<${tag} id=${id} class="view-heading" part="heading" tabindex="-1" lang=${contentLang}>${content}</${tag}>`;
  }

  private renderOverview(me: Me): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const title = me.organisation ? t.overviewTitle(me.organisation.name) : t.overviewTitlePlain;
    const skeleton = () => renderSkeleton(Math.min(this.size, 3), lang, 'skeleton-card');
    return html`${this.heading(OVERVIEW_HEADING.slice(1), this.headingLevel, title)}
    ${this.inbox.render({
      initial: skeleton,
      pending: () => (this.#lastInbox ? this.renderInbox(this.#lastInbox, true) : skeleton()),
      error: (error) => renderError(error, lang, this.retryInbox),
      complete: (page) => (page.total === 0 ? renderEmpty(t.emptyOverviewTitle, t.emptyOverviewHint) : this.renderInbox(page, false)),
    })}`;
  }

  private renderInbox(page: InboxPage, busy: boolean): TemplateResult {
    const t = messages[this.uiLang];
    const sort = this.overviewSort ?? DEFAULT_INBOX_SORT;
    // Offered where the backend orders the overview, as the board hides an order its backend
    // refuses. The board's markup and its `.sort` styles (styles/collection.ts); not its template
    // function, whose module is in the collections' chunk (5 kB gz more for the inbox's page).
    const sorting =
      this.sortable && page.total > 1
        ? html`<div class="overview-tools" part="sort">
            <label class="sort"
              >${t.sort}
              <select name="sort" @change=${this.onSort}>
                ${inboxSorts.map((s) => html`<option value=${s} ?selected=${s === sort}>${t.sortName(s)}</option>`)}
              </select>
            </label>
          </div>`
        : nothing;
    return html`${sorting}<div class="results" aria-busy=${busy ? 'true' : 'false'}>
      <ul class="cards" part="list">
        ${page.items.map((item) => html`<li>${this.renderInboxItem(item)}</li>`)}
      </ul>
      ${renderPagination(page.page, pageCount(page), this.uiLang, this.goToOverviewPage)}
    </div>`;
  }

  private renderInboxItem(item: InboxAssignment): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const a = item.assignment;
    const { total, new: fresh } = item.applications;
    const titleTag = headingTag(this.headingLevel + 1);
    // Assignment texts are in the backend's language (WCAG 3.1.2); the words around them in the UI's.
    const titleLang = textLang(a, lang, item);
    return html`<div class="card" part="assignment">
      <div class="card-main">
        ${staticHtml`<${titleTag} class="card-title" lang=${titleLang}>${a.title}</${titleTag}>`}
        <p class="meta">${this.renderClosing(a)}</p>
        <p class="counts">
          <span>${t.applicationCount(total)}</span>
          ${fresh ? html`<span class="badge new" part="new">${t.newCount(fresh)}</span>` : nothing}
        </p>
      </div>
      <button type="button" class="button secondary" data-assignment=${a.id} @click=${() => this.openAssignment(item)}>
        ${t.view} <span class="visually-hidden">${fill(t.viewFor, marked(a.title, titleLang))}</span>
      </button>
    </div>`;
  }

  private renderClosing(a: Assignment): TemplateResult {
    const closing = closingText(a.closingDate, today(), this.uiLang, a.status);
    return html`<time datetime=${a.closingDate}
      ><span aria-hidden="true">${closing.text}</span><span class="visually-hidden">${closing.full}</span></time
    >`;
  }

  private renderAssignment(): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const pinned = this.pinnedId !== null;
    if (pinned && this.pinned.status === TaskStatus.ERROR) return this.renderLoadError(this.pinned.error, this.retryPinned);
    const assignment = this.viewed;
    const titleLang = assignment ? textLang(assignment, lang, pinned ? assignment : this.chosen) : nothing;
    const page = this.#lastApplications?.assignmentId === this.viewedId ? this.#lastApplications.page : null;
    const csvKey = `csv:${this.viewedId}`;
    return html`${pinned
        ? nothing
        : html`<button type="button" class="link-button back" part="back" @click=${this.back}>
            <span aria-hidden="true">←</span> ${t.back}
          </button>`}
      <div class="view-header">
        <div>
          ${this.heading(VIEW_HEADING.slice(1), this.headingLevel, assignment?.title ?? common[lang].loading, titleLang)}
          ${assignment ? html`<p class="meta">${this.renderClosing(assignment)}</p>` : nothing}
        </div>
        ${page?.total
          ? html`<button
              type="button"
              class="button secondary"
              part="export"
              aria-disabled=${this.downloading.has(csvKey) ? 'true' : 'false'}
              @click=${this.exportCsv}
            >${t.exportCsv}</button>`
          : nothing}
      </div>
      ${this.renderDownloadProblem(csvKey)} ${this.problem && this.problem.id !== this.detailId ? this.renderProblemInList(this.problem) : nothing}
      ${page?.total || this.#finds ? this.renderFind() : nothing}
      ${this.applications.render({
        initial: () => renderSkeleton(3, lang, 'skeleton-card'),
        pending: () => (page ? this.renderTable(page, marked(assignment?.title ?? '', titleLang), true) : renderSkeleton(3, lang, 'skeleton-card')),
        error: (error) => this.renderLoadError(error, this.retryApplications),
        complete: (p) =>
          p.total > 0
            ? this.renderTable(p, marked(assignment?.title ?? '', titleLang), false)
            : this.finding === NOT_FINDING
              ? renderEmpty(t.emptyTitle, t.emptyHint)
              : renderEmpty(t.foundNoneTitle, t.foundNoneHint, { label: t.showAll, run: this.showAll }),
      })}`;
  }

  /**
   * Finding one person among many (who phoned), or the applications of a status: a search form
   * above the table. Its controls are set when what is asked changes, not at every render (with
   * `live`, a page arriving while the poster typed on would put the text asked before back).
   */
  private renderFind(): TemplateResult {
    const t = messages[this.uiLang];
    const { q, status } = this.finding;
    return html`<form class="find" part="find" role="search" aria-label=${t.find} @submit=${this.find}>
      <div class="find-text">
        <label for="find-q">${t.findText}</label>
        <input id="find-q" class="search-text" name="q" type="search" autocomplete="off" enterkeyhint="search" maxlength=${SEARCH_TEXT_MAX} .value=${q} />
      </div>
      <div>
        <label for="find-status">${t.findStatus}</label>
        <select id="find-status" name="find-status">
          <option value="" .selected=${status === ''}>${t.anyStatus}</option>
          ${applicationStatuses.map((s) => html`<option value=${s} .selected=${s === status}>${applicationStatusLabel(s, this.uiLang)}</option>`)}
        </select>
      </div>
      <button type="submit" class="button secondary">${t.findButton}</button>
    </form>`;
  }

  private find = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const q = String(form.get('q') ?? '').trim();
    const status = String(form.get('find-status') ?? '') as ApplicationStatus | '';
    this.finding = q || status ? { q, status } : NOT_FINDING;
    this.#finds = true;
    this.applicationsPage = 1;
  };

  private showAll = (): void => {
    this.finding = NOT_FINDING;
    this.applicationsPage = 1;
    this.#focus = { selector: '#find-q', fallback: VIEW_HEADING };
  };

  private renderTable(page: ApplicationPage, title: TemplateResult | string, busy: boolean): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    return html`<div class="results" aria-busy=${busy ? 'true' : 'false'}>
      <div class="table-scroll">
      <table part="table">
        <caption>
          <span class="visually-hidden">${fill(t.applicationsOf, title)}:</span> ${t.applicationCount(page.total)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.name}</th>
            <th scope="col">${t.date}</th>
            <th scope="col">${t.status}</th>
          </tr>
        </thead>
        <tbody>
          ${page.items.map((row) => {
            const a = this.current(row.id) ?? row;
            return html`<tr part="row">
              <th scope="row">
                <button type="button" class="link-button open" data-id=${a.id} aria-haspopup="dialog" @click=${() => this.openDetail(a.id)}>
                  ${nameOf(a, lang)}
                </button>
                ${a.otherApplications?.length ? html`<span class="others" part="others">${t.sentMore(a.otherApplications.length + 1)}</span>` : nothing}
              </th>
              <td><time datetime=${a.receivedAt}>${formatDate(a.receivedAt.slice(0, 10), lang, { short: true })} ${sessionTime(new Date(a.receivedAt), lang)}</time></td>
              <td><span class="state-${a.status}" part="status">${applicationStatusLabel(a.status, lang)}</span></td>
            </tr>`;
          })}
        </tbody>
      </table>
      </div>
      ${renderPagination(page.page, pageCount(page), lang, this.goToApplicationsPage)}
    </div>`;
  }

  private renderDialog(): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const a = this.detailId ? this.current(this.detailId) : null;
    // The motivation is marked with the language the applicant wrote it in (WCAG 3.1.2), by that
    // alone (`null`): the answer's Content-Language is of its labels, not of what an applicant wrote.
    return html`<dialog part="dialog" aria-labelledby=${a ? 'detail-title' : nothing} @cancel=${this.onDialogCancel} @close=${this.onDialogClose}>
      ${this.liveRegion(!!this.detailId)}
      ${a
        ? html`<div class="dialog-header">
              <h2 id="detail-title" tabindex="-1">${t.dialogTitle(nameOf(a, lang))}</h2>
              <button type="button" class="button secondary" @click=${this.closeDialog}>${common[lang].close}</button>
            </div>
            <!-- A tab stop: the keyboard scrolls a long motivation from here (WCAG 2.1.1); focus starts on the title above. -->
            <div class="dialog-body" tabindex="0" role="region" aria-label=${t.detailBody}>
              ${
                // Inside the scrolling part: above it, at 320 px, the note left the body 76 px.
                this.askUnsaved ? this.renderUnsaved(a) : nothing
              }
              <p class="received">${t.receivedOn(formatDate(a.receivedAt.slice(0, 10), lang))}</p>
              ${a.otherApplications?.length
                ? html`<p class="others" part="other-applications">
                    ${t.otherApplications(formatList(a.otherApplications.map((o) => t.otherApplication(`${formatDate(o.receivedAt.slice(0, 10), lang)} ${sessionTime(new Date(o.receivedAt), lang)}`, o.id)), lang))}
                  </p>`
                : nothing}
              ${this.renderStatusForm(a)}
              <h3>${t.facts}</h3>
              <dl class="facts">${this.renderFacts(a)}</dl>
              <h3>${t.motivation}</h3>
              <p class="motivation" lang=${textLang(a, lang, null)}>${a.motivation}</p>
              <h3>${t.cv}</h3>
              ${this.renderCv(a)}
            </div>`
        : nothing}
    </dialog>`;
  }

  private renderStatusForm(a: Application): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const picked = this.pickedStatus ?? a.status;
    const problem = this.problem?.id === a.id ? this.problem : null;
    return html`<form class="status-form" part="status-form" @submit=${this.onStatusSubmit}>
      <label for="status-select">${t.statusLabel}</label>
      <select id="status-select" name="status" aria-describedby=${problem ? 'status-problem' : nothing} @change=${this.onStatusPick}>
        ${applicationStatuses.map((s) => html`<option value=${s} .selected=${live(s === picked)}>${applicationStatusLabel(s, lang)}</option>`)}
      </select>
      ${
        // Before the button: whoever tabs from the status to "Status opslaan" passes the mail first.
        this.mailOnSave(a)
          ? html`<div class="notify">
              <input id="status-notify" type="checkbox" name="notify" .checked=${live(this.notify)} @change=${this.onNotifyPick} />
              <label for="status-notify">${t.notify(nameOf(a, lang))}</label>
            </div>`
          : nothing
      }
      <button type="submit" class="button" aria-disabled=${this.saving === a.id ? 'true' : 'false'}>${t.saveStatus}</button>
      ${problem ? this.renderProblem(problem, 'status-problem') : nothing}
      ${!problem && this.savedStatus?.id === a.id ? html`<p class="saved" part="status-saved">${this.savedStatus.text}</p>` : nothing}
    </form>`;
  }

  /** Asked on closing with a picked status not saved: save it, or let it go (never silently). */
  private renderUnsaved(a: Application): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const status = applicationStatusLabel(this.pickedStatus ?? a.status, lang);
    const mail = this.mailOnSave(a) && this.notify ? ` ${t.unsavedMail(nameOf(a, lang))}` : '';
    return html`<div class="unsaved" part="unsaved" role="group" aria-labelledby="unsaved-text" tabindex="-1">
      <p id="unsaved-text">${t.unsaved(status)}${mail}</p>
      <div class="row">
        <button type="button" class="button" aria-disabled=${this.saving === a.id ? 'true' : 'false'} @click=${this.saveAndClose}>${t.unsavedSave}</button>
        <button type="button" class="button secondary" @click=${this.discardAndClose}>${t.unsavedDiscard}</button>
      </div>
    </div>`;
  }

  /** Whether saving the picked status offers to tell the applicant by mail (an invitation, a decline). */
  private mailOnSave(a: Application): boolean {
    const picked = this.pickedStatus ?? a.status;
    return picked !== a.status && told(picked);
  }

  /** In the dialog, under the status; `id` ties it to the select. */
  private renderProblem(problem: StatusProblem, id: string): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const status = applicationStatusLabel(problem.status, lang);
    const text = problem.kind === 'conflict' ? t.conflict(status) : `${problem.reason} ${t.saveFailed(status, applicationStatusLabel(problem.picked, lang))}`;
    return html`<p id=${id} class="problem" part="problem" role="alert">${text}</p>`;
  }

  /**
   * A status change that failed after its dialog closed (Escape while saving): in the list, whose
   * application it was, and a way back to it with the choice still made.
   */
  private renderProblemInList(problem: StatusProblem): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const status = applicationStatusLabel(problem.status, lang);
    const text =
      problem.kind === 'conflict'
        ? `${problem.name}: ${t.conflict(status)}`
        : `${problem.reason} ${t.saveFailedFor(problem.name, status, applicationStatusLabel(problem.picked, lang))}`;
    const picked = problem.kind === 'failed' ? problem.picked : null;
    return html`<div class="problem" part="problem" role="alert">
      <p>${text}</p>
      <p><button type="button" class="link-button" @click=${() => this.openDetail(problem.id, picked)}>${t.reopen(problem.name)}</button></p>
    </div>`;
  }

  private renderDownloadProblem(key: string): TemplateResult | typeof nothing {
    const problem = this.downloadProblem;
    return problem?.key === key ? html`<p class="problem" part="problem" role="alert">${problem.text}</p>` : nothing;
  }

  private renderFacts(a: Application): TemplateResult[] {
    const lang = this.uiLang;
    const t = messages[lang];
    const none = t.notGiven;
    const contact = contactLinks(a);
    const asked = this.viewed?.requirements;
    // What procurement keeps on record, by the KvK number's rule below (asked, or given anyway); left
    // out where the backend does not say (one without the extension), rather than read as a "no".
    const record = (term: string, value: boolean | undefined, isAsked: boolean, words: (yes: boolean) => string) =>
      value || (value === false && isAsked) ? [fact(term, words(value))] : [];
    return [
      // The number the applicant was given, and is asked to quote (apply-form's receipt).
      fact(t.reference, a.id),
      fact(t.email, contact?.email ? linkOr(contact.email, contact.mailto) : none),
      fact(t.phone, contact?.phone ? linkOr(contact.phone, contact.tel) : none),
      // Only where the assignment asks for one, or the applicant gave one anyway: "not given" would
      // read as missing what nobody asked for.
      ...(a.kvkNumber !== null || asked?.kvkNumber !== false ? [fact(t.kvkNumber, a.kvkNumber ?? none)] : []),
      ...record(t.conditions, a.acceptConditions, asked?.conditionsUrl !== null, t.conditionsAccepted),
      ...record(t.managerConsent, a.managerConsent, asked?.managerConsent !== false, t.managerConsented),
      fact(t.availableFrom, a.availableFrom ? formatDate(a.availableFrom, lang) : none),
      fact(t.hoursPerWeek, a.hoursPerWeek !== null ? formatHours(a.hoursPerWeek, lang) : none),
      fact(t.rate, a.rate !== null ? formatMoney(a.rate, 'EUR', 'hour', lang) : none),
      ...(a.profileId ? [fact(t.profile, a.profileId)] : []),
    ];
  }

  private renderCv(a: Application): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    if (!a.cv) return html`<p>${t.noCv}</p>`;
    const key = `cv:${a.id}`;
    return html`<p>
        <button
          type="button"
          class="button secondary"
          part="cv"
          aria-disabled=${this.downloading.has(key) ? 'true' : 'false'}
          @click=${(event: Event) => this.downloadCv(a, event)}
        >
          <span>${t.downloadCv} <span class="file">(${t.cvFile(a.cv.name, formatFileSize(a.cv.size, lang))})</span></span>
        </button>
      </p>
      ${this.renderDownloadProblem(key)}`;
  }

  // --- navigating ------------------------------------------------------------------------------

  private openAssignment(item: InboxAssignment): void {
    this.chosen = item;
    this.applicationsPage = 1;
    this.finding = NOT_FINDING;
    this.#finds = false;
    this.problem = null;
    this.downloadProblem = null;
    this.#focus = { selector: VIEW_HEADING, fallback: VIEW_HEADING };
  }

  private back = (): void => {
    const id = this.chosen?.assignment.id ?? '';
    this.chosen = null;
    this.problem = null;
    this.downloadProblem = null;
    // Back to the button that opened the assignment, once the overview (fetched again for fresh counts) is in.
    this.#focus = { selector: `[data-assignment="${CSS.escape(id)}"]`, fallback: OVERVIEW_HEADING, settled: true };
  };

  /** A new order: its first page; focus stays on the select (or, when the backend refused the order, goes to the heading). */
  private onSort = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.overviewSort = inboxSorts.find((s) => s === value) ?? null;
    this.overviewPage = 1;
    this.#focus = { selector: OVERVIEW_SORT, fallback: OVERVIEW_HEADING, settled: true };
  };

  private goToOverviewPage = (page: number): void => {
    this.overviewPage = page;
    this.#focus = { selector: OVERVIEW_HEADING, fallback: OVERVIEW_HEADING };
  };

  private goToApplicationsPage = (page: number): void => {
    this.applicationsPage = page;
    this.#focus = { selector: VIEW_HEADING, fallback: VIEW_HEADING };
  };

  private retryMe = (): void => {
    this.#focus = { selector: `${OVERVIEW_HEADING}, ${VIEW_HEADING}`, fallback: '[part~="sign-in"] button, [part~="error"] button' };
    void this.me.run();
  };

  private retryInbox = (): void => {
    this.#focus = { selector: OVERVIEW_HEADING, fallback: OVERVIEW_HEADING };
    void this.inbox.run();
  };

  private retryPinned = (): void => {
    this.#focus = { selector: VIEW_HEADING, fallback: '[part~="error"] button' };
    void this.pinned.run();
  };

  private retryApplications = (): void => {
    this.#focus = { selector: VIEW_HEADING, fallback: VIEW_HEADING };
    void this.applications.run();
  };

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens an application; `picked`: a status chosen before, whose save failed after the dialog closed. */
  private async openDetail(id: string, picked: ApplicationStatus | null = null): Promise<void> {
    this.detailId = id;
    // Its region speaks only of what happens in it: not the page's count again (WCAG 4.1.3).
    this.announcement = '';
    this.pickedStatus = picked;
    this.notify = true;
    this.askUnsaved = false;
    if (this.problem?.id !== id) this.problem = null;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // The title first, so a screen reader says whose application this is.
    dialog.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  /** A status picked in the dialog, different from the saved one, and not being saved. */
  private get unsavedStatus(): boolean {
    const id = this.detailId;
    const a = id ? this.current(id) : null;
    return !!a && this.pickedStatus !== null && this.pickedStatus !== a.status && this.saving !== id;
  }

  /** "Sluiten": closes, unless a picked status is not saved yet; then the note asks first. */
  private closeDialog = (): void => {
    if (this.unsavedStatus) return void this.showUnsaved();
    this.dialog?.close();
  };

  /** Escape: the same question as "Sluiten" (an accidental change is never saved, nor lost unseen). */
  private onDialogCancel = (event: Event): void => {
    if (!this.unsavedStatus) return;
    event.preventDefault();
    this.showUnsaved();
  };

  private async showUnsaved(): Promise<void> {
    this.askUnsaved = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="unsaved"]')?.focus();
  }

  private saveAndClose = async (): Promise<void> => {
    const id = this.detailId;
    if (!id || this.saving) return;
    this.askUnsaved = false;
    await this.saveStatus(id);
    // Saved: close, and say so on the page (the dialog's region goes with the dialog). Failed or
    // overtaken by someone else: the dialog stays, with its message.
    if (this.detailId === id && this.pickedStatus === null && this.problem?.id !== id) {
      this.#sayOnPage = true;
      this.dialog?.close();
    }
  };

  private discardAndClose = (): void => {
    this.pickedStatus = null;
    this.askUnsaved = false;
    this.dialog?.close();
  };

  private onDialogClose = (): void => {
    // The close event is queued: another application may have been opened in the meantime.
    if (this.dialog?.open) return;
    // Closed past the `cancel` event (a browser may skip it for a repeated Escape): open again and ask.
    if (this.unsavedStatus) {
      this.dialog?.showModal();
      void this.showUnsaved();
      return;
    }
    const id = this.detailId;
    this.detailId = null;
    // What was said in the dialog is not said again on the page (the count, a saved status), except
    // a status saved from the question on closing, which the dialog's region had no time to say.
    if (!this.#sayOnPage) this.announcement = '';
    this.#sayOnPage = false;
    this.pickedStatus = null;
    this.askUnsaved = false;
    if (this.problem?.id === id) this.problem = null;
    if (this.downloadProblem?.key === `cv:${id}`) this.downloadProblem = null;
    // Back to the row that opened it (WCAG 2.4.3).
    if (id) this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
  };

  // --- changing a status -----------------------------------------------------------------------

  private onStatusPick = (event: Event): void => {
    this.pickedStatus = (event.target as HTMLSelectElement).value as ApplicationStatus;
    this.savedStatus = null;
    if (!this.unsavedStatus) this.askUnsaved = false;
  };

  private onNotifyPick = (event: Event): void => {
    this.notify = (event.target as HTMLInputElement).checked;
  };

  private onStatusSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.askUnsaved = false;
    // Enter in the mail's checkbox sends the form too, and the checkbox goes with the status saved:
    // focus moves to the button that stays, not to the page's body (WCAG 2.4.3).
    const form = event.currentTarget as HTMLFormElement;
    if (this.shadowRoot?.activeElement?.id === 'status-notify') {
      form.querySelector<HTMLElement>('button[type="submit"]')?.focus();
    }
    if (this.detailId) void this.saveStatus(this.detailId);
  };

  /**
   * Shows the new status at once and saves it with `If-Match`; a failure rolls it back with a
   * message, a 412 shows the status someone else set (CONTRACT.md §1 "change").
   */
  private async saveStatus(id: string): Promise<void> {
    if (this.saving) return;
    const lang = this.uiLang;
    const t = messages[lang];
    const before = this.current(id);
    if (!before) return;
    const status = this.pickedStatus ?? before.status;
    if (status === before.status) {
      this.pickedStatus = null;
      this.announcement = t.unchanged(applicationStatusLabel(status, lang));
      return;
    }
    this.saving = id;
    this.problem = null;
    this.announcement = t.saving;
    const notify = this.notify && told(status);
    let client: ClientCore | null = null;
    try {
      client = this.requireClient();
      const etag = await this.etagFor(client, id);
      const seen = this.current(id) ?? before;
      if (seen.status !== before.status) {
        // The version fetched for its ETag is newer than what the poster chose from: an earlier
        // try of this same change that arrived though its answer was lost, or someone else's.
        if (seen.status === status) this.saved(seen, false);
        else this.conflict(seen);
        return;
      }
      this.known = new Map(this.known).set(id, { ...seen, status });
      this.pickedStatus = null;
      const saved = await updateApplication(client, id, notify ? { status, notify } : { status }, etag, { lang });
      this.remember(saved.value, saved.etag);
      this.saved(saved.value, notify);
    } catch (error) {
      const failure = toFlexschilError(error);
      const parsed = failure.kind === 'precondition-failed' ? Application.safeParse(failure.members.current) : null;
      let current = parsed?.success && parsed.data.id === id ? parsed.data : null;
      // No (readable) answer: the change may have arrived all the same (and its mail gone out).
      // What the backend holds now tells, rather than a rollback that may be untrue.
      if (!current && client && ANSWER_LOST.has(failure.kind)) {
        const fresh = await getApplication(client, id, { lang }).catch(() => null);
        if (fresh) this.remember(fresh.value, fresh.etag);
        current = fresh && fresh.value.status !== before.status ? fresh.value : null;
      }
      if (current) {
        if (failure.kind === 'precondition-failed') this.remember(current, null);
        // The status asked for is the backend's: an earlier try of this same change arrived.
        // Whether its mail went out is not known here, so nothing is said of one.
        if (current.status === status) return this.saved(current, false);
        if (!isAbortError(error)) emit(this, 'flexschil-error', failure.toDetail());
        return this.conflict(current);
      }
      if (!isAbortError(error)) emit(this, 'flexschil-error', failure.toDetail());
      if (failure.kind === 'precondition-failed') this.#etags.delete(id);
      this.known = new Map(this.known).set(id, before);
      // The choice stays in the control: "Save status" tries it again.
      this.pickedStatus = status;
      this.announcement = '';
      this.problem = { id, name: nameOf(before, lang), kind: 'failed', status: before.status, picked: status, reason: this.saveReason(failure) };
    } finally {
      this.saving = null;
    }
  }

  private saved(value: Application, notified: boolean): void {
    const lang = this.uiLang;
    const t = messages[lang];
    const name = nameOf(value, lang);
    // A status picked meanwhile (the select stays usable while saving) is kept, not dropped.
    if (this.pickedStatus === value.status) this.pickedStatus = null;
    this.announcement = `${t.saved(name, applicationStatusLabel(value.status, lang))}${notified ? ` ${t.notified(name)}` : ''}`;
    // Seen as well as heard: a sighted poster otherwise sees nothing change.
    this.savedStatus = { id: value.id, text: this.announcement };
    void emitRendered(this, 'application-status-change', { application: value });
  }

  private conflict(current: Application): void {
    this.pickedStatus = null;
    this.announcement = '';
    this.problem = { id: current.id, name: nameOf(current, this.uiLang), kind: 'conflict', status: current.status };
  }

  /**
   * Why saving failed: the shared message where it fits a save as well (the connection, the time,
   * the load, the configuration), the inbox's own where the shared one speaks of showing or
   * fetching. (`sending`'s words, which the forms share, would be a chunk of their own on the
   * inbox's first load and on every form's.)
   */
  private saveReason(failure: FlexschilError): string {
    const lang = this.uiLang;
    const t = messages[lang];
    switch (failure.kind) {
      case 'unauthorized':
        return t.saveUnauthorized;
      case 'forbidden':
        return t.saveForbidden;
      case 'network':
      case 'unreachable':
      case 'timeout':
      case 'rate-limited':
      case 'unavailable':
      case 'not-found':
      case 'no-endpoint':
      case 'config':
        return errorMessage(failure, lang);
      default:
        return t.saveServer;
    }
  }

  /**
   * The `ETag` to send in `If-Match`: from the dialog's fetch, else fetched now; null from a
   * backend that sends none (the change then goes without it: src/api/personal.ts `ifMatch`).
   */
  private async etagFor(client: ClientCore, id: string): Promise<string | null> {
    // Not by waiting for the dialog's own read: closed meanwhile, that task runs again without an
    // id, and a run that ends in its initial state never settles `taskComplete`: the save waited
    // for ever, and every later one was refused as "already saving".
    const known = this.#etags.get(id);
    if (known) return known;
    const { value, etag } = await getApplication(client, id, { lang: this.uiLang });
    this.remember(value, etag);
    return etag;
  }

  // --- downloads -------------------------------------------------------------------------------

  private exportCsv = (event: Event): void => {
    const id = this.viewedId;
    if (!id) return;
    const t = messages[this.uiLang];
    void this.download(`csv:${id}`, event, (client) => downloadApplications(client, id, { lang: this.uiLang }), t.csvFileName(id), t.exporting, t.exportFailed);
  };

  private downloadCv(a: Application, event: Event): void {
    const t = messages[this.uiLang];
    void this.download(`cv:${a.id}`, event, (client) => downloadCv(client, a.id, { lang: this.uiLang }), a.cv?.name ?? 'cv', t.downloadingCv, t.cvFailed);
  }

  /** Fetches a file and hands it to the browser; the button keeps focus, the outcome is announced. */
  private async download(
    key: string,
    event: Event,
    fetchFile: (client: ClientCore) => Promise<Download>,
    fallbackName: string,
    busyText: string,
    failedText: string,
  ): Promise<void> {
    if (this.downloading.has(key)) return;
    const button = event.currentTarget as HTMLElement;
    this.downloading = new Set(this.downloading).add(key);
    if (this.downloadProblem?.key === key) this.downloadProblem = null;
    this.announcement = busyText;
    try {
      const { blob, fileName } = await fetchFile(this.requireClient());
      const name = fileName || fallbackName;
      saveFile(blob, name, button.parentElement ?? this.renderRoot);
      this.announcement = messages[this.uiLang].downloaded(name);
    } catch (error) {
      const failure = toFlexschilError(error);
      emit(this, 'flexschil-error', failure.toDetail());
      this.announcement = '';
      this.downloadProblem = { key, text: `${failedText} ${errorMessage(failure, this.uiLang)}` };
    } finally {
      const downloading = new Set(this.downloading);
      downloading.delete(key);
      this.downloading = downloading;
    }
  }
}

/** Whether the applicant can be told of `status` by mail (`notifiedStatuses`: an invitation, a decline). */
function told(status: ApplicationStatus): boolean {
  return (notifiedStatuses as readonly string[]).includes(status);
}

/** The applicant's name, isolated in the messages it is part of (shared/backend-text.ts), or words for its absence (a button needs a name). */
function nameOf(a: Application, lang: 'nl' | 'en'): string {
  return isolated(a.name.trim()) || messages[lang].notGiven;
}

function pageCount(page: { total: number; pageSize: number }): number {
  return Math.max(1, Math.ceil(page.total / page.pageSize));
}

/** "5 reacties, pagina 1 van 2" when there are several pages. */
function withPage(count: string, page: { page: number; total: number; pageSize: number }, lang: 'nl' | 'en'): string {
  const pages = pageCount(page);
  return pages > 1 ? `${count}, ${common[lang].pageOf(page.page, pages)}` : count;
}

/** A load refused for this visitor (403: another organisation's assignment): said as such, not as a fault. */
function refusal(error: unknown): boolean {
  return (error as FlexschilError | null)?.kind === 'forbidden';
}
