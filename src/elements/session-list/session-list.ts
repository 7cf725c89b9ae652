
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientCore } from '../../api/core.js';
import { newIdempotencyKey } from '../../api/personal.js';
import type { FlexschilError } from '../../api/errors.js';
import type { SessionQuery } from '../../api/query.js';
import { acceptsSignUps } from '../../api/rules/session.js';
import type { RegistrationReceipt, RegistrationStatus, Session, SessionPage } from '../../api/schemas.js';
import { hostUrl } from '../../api/url.js';
import { common } from '../../i18n/common.js';
import { sending } from '../../i18n/sending.js';
import { sessionList as messages } from '../../i18n/session-list.js';
import { contentLang, fill } from '../../shared/backend-text.js';
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
import { announcePage, renderCollection, renderDimensionGroup } from '../../shared/collection/templates.js';
import { UrlStateController } from '../../shared/collection/url-controller.js';
import { vocabulariesTask } from '../../shared/collection/vocabularies.js';
import { emit, emitRendered } from '../../shared/events.js';
import { FilterDisclosures, type OptionSources } from '../../shared/filters.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { formStyles } from '../../shared/form-styles.js';
import { sentStyles } from '../../shared/sent-styles.js';
import { errorMessage, renderSkeleton } from '../../shared/states.js';
import { WriteController } from '../../shared/write-controller.js';
import { collection } from '../../styles/collection.js';
import { factsStyles } from '../../shared/facts.js';
import { base, tokens } from '../../styles/tokens.js';
import { CancelController } from './cancel-controller.js';
import { clearDraft, isBlank, loadDraft, saveDraft } from './draft.js';
import { styles } from './session-list.styles.js';
import { checkSignUp, describeFailure, emptyValues, type Failure, type FieldErrors, registrationBody, type SignUpField, type SignUpValues, signUpFields } from './signup.js';
import * as view from './templates.js';
import { nextSummary } from '../../shared/form-templates.js';
import { errorMessageOf, newErrorMessage } from '../../shared/left-field.js';
import { PressGuard } from '../../shared/press-guard.js';

type Dimension = 'field' | 'region' | 'organisation';

/**
 * Signing up, cancelling and asking where a registration stands: loaded with the first such
 * request, not with the list (issue 15): a page of sessions is read far more often than someone
 * signs up on it; a page opened from a cancel link loads them at once.
 */
const sessionRequests = () => import('../../api/sessions.js');

/** What the visitor chose; fixed pre-filters come from attributes and are merged in {@link SessionList.request}. */
type UserQuery = {
  q: string;
  field: string[];
  region: string[];
  organisation: string[];
  /** Sessions come in the order they take place: there is nothing to sort (a collection's query has the key). */
  sort: '';
  page: number;
};

const FILTERS = ['q', 'field', 'region', 'organisation'];
const DIMENSIONS: readonly Dimension[] = ['field', 'region', 'organisation'];
/** No sort comes from the query string: there is none to choose. */
const ACCEPT = { sort: () => false };
const emptyQuery = (): UserQuery => ({ q: '', field: [], region: [], organisation: [], sort: '', page: 1 });

/** A sign-up that was received, with the address its confirmation goes to. */
interface SignedUp {
  receipt: RegistrationReceipt;
  email: string;
}

/**
 * Upcoming swarm sessions ("zwermsessies"): a client's question presented on a date and place
 * (or online) to professionals who sign up to think along. Search and filters with counts, each
 * session with its date and place in words, the seats left, its status in words, "zet in je
 * agenda" (the session's `.ics`), and signing up in a dialog — with the conventions of
 * `apply-form`: labels, inline errors and an error summary that takes focus, a draft in
 * `sessionStorage`, one `Idempotency-Key` across retries, and a submit that cannot send twice.
 * A full session takes sign-ups for its waitlist and says so.
 *
 * Opened from the confirmation mail's cancel link (`?registration=…&token=…&session=…` in the page's
 * address), it offers to cancel that sign-up, naming the session and its date when the link
 * names it (a waitlist mail's link adds `&list=waitlist`: the offer is then about the place on
 * the waitlist); nothing is cancelled until the visitor confirms (mail scanners open links too).
 * A link used before says so at once, without asking: the visitor had cancelled already (from
 * `POST /registrations/{id}/status`; from a backend without it, after the visitor confirms, from
 * `Idempotent-Replayed`).
 *
 * @summary Upcoming swarm sessions with search, filters, sign-up (and waitlist) in a dialog, and a calendar link.
 * @tagname session-list
 *
 * @fires session-registered - `{ registration }` (the backend's receipt: `status` is `registered` or `waitlisted`) after a sign-up was received.
 * @fires filters-change - `{ filters }` after the visitor changed search, filters or page.
 * @fires flexschil-error - `{ status, title, detail }` when loading, signing up or cancelling failed; the list shows a message (with a retry where one can help).
 *
 * @csspart search - The search form.
 * @csspart filters - The filter controls.
 * @csspart filters-toggle - The "Filters" button that shows or hides the filters on narrow screens (below 56em), with the number chosen.
 * @csspart count - The heading with the number of sessions.
 * @csspart list - The list of cards.
 * @csspart card - One session's card.
 * @csspart card-title - The title of a card.
 * @csspart status - The status of a session in words (open, full: waitlist, closed, cancelled).
 * @csspart question - The client's question on a card.
 * @csspart note - On a card, that this visitor signed up (or is on the waitlist).
 * @csspart sign-up - The "Aanmelden" button of a card.
 * @csspart calendar - The "Zet in je agenda" link (the session's `.ics`); not on a card where this visitor is on the waitlist.
 * @csspart pagination - The page navigation.
 * @csspart empty - The message when nothing matches.
 * @csspart error - The message when loading failed, with its retry button.
 * @csspart dialog - The sign-up dialog.
 * @csspart form - The sign-up form.
 * @csspart field - The wrapper of one form field: label, hint, error message and control.
 * @csspart summary - The error summary at the top of the form.
 * @csspart submit - The form's submit button.
 * @csspart failure - The message after a failed send, with its retry button.
 * @csspart success - The confirmation after a sign-up: a seat, or the waitlist.
 * @csspart cancel - The offer to cancel a sign-up (opened from the mail's link), and its outcome.
 *
 * @cssprop [--flexschil-session-list-card-background-color=var(--flexschil-color-background)] - Card surface.
 * @cssprop [--flexschil-session-list-card-border-color=var(--flexschil-color-border)] - Card border.
 * @cssprop [--flexschil-session-list-card-padding=var(--flexschil-space)] - Card padding.
 * @cssprop [--flexschil-session-list-card-title-color=var(--flexschil-color-text)] - Card title.
 * @cssprop [--flexschil-session-list-status-color=var(--flexschil-color-text)] - Status badge text and border (the status is always in words too).
 * @cssprop [--flexschil-session-list-error-color=var(--flexschil-color-error)] - Inline errors, the error summary's border and invalid controls.
 * @cssprop [--flexschil-session-list-success-border-color=var(--flexschil-color-success)] - Border of the confirmation.
 * @cssprop [--flexschil-session-list-notice-background-color=var(--flexschil-color-surface)] - The cancel offer, notices and the send-failure message.
 */
export class SessionList extends FlexschilElement {
  static override styles = [tokens, base, collection, factsStyles, formStyles, sentStyles, styles];

  /** Fixed pre-filter: werkveld values, comma-separated. Always sent; not removable. */
  @property() field = '';
  /** Fixed pre-filter: region values, comma-separated. */
  @property() region = '';
  /** Fixed pre-filter: organisation ids, comma-separated (a regional network's members). */
  @property() organisation = '';
  /** Which controls to show, comma-separated from `q,field,region,organisation`; `none` hides them. */
  @property() filters = 'q,field,region,organisation';
  /** This widget's name for screen readers when a page has more than one ("Zwermsessies voor jouw team", as its heading on the page says): added to the names of its search and its page navigation, so a list of landmarks tells them apart. */
  @property() label: string | null = null;
  /** Sessions per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** Mirror search, filters and page in the page's query string (back/forward and shared links work). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Prefix of this list's query-string parameters with `sync-url` (default: the element's id, else `zwermsessies`). */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';
  /** Level of the result heading (2 by default); session titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The visitor's own profile: sent with a sign-up as `profileId`, so the organiser sees it. */
  @property({ attribute: 'profile-id' }) profileId: string | null = null;
  /** Link to the privacy statement; overrides the `privacy-url` of `marketplace-provider`. */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | null = null;

  /** The form of the session in the dialog. */
  @state() private values: SignUpValues = emptyValues();
  @state() private errors: FieldErrors = {};
  /** Backend problems that belong to no field the visitor can see. */
  @state() private generalErrors: string[] = [];
  /** The attempt whose error summary is shown (`nextSummary()`), 0 for none. */
  @state() private summaryAttempt = 0;
  @state() private failure: Failure | null = null;
  @state() private restored = false;
  @state() private statusMessage = '';
  /** The sign-up just received, shown in the dialog instead of the form. */
  @state() private confirmed: SignedUp | null = null;

  /** @internal */
  private search = new QueryController<UserQuery>(this, { empty: emptyQuery, changed: ({ history }) => this.queryChanged(history) });

  /** @internal */
  private url = new UrlStateController(this, {
    fallbackPrefix: 'zwermsessies',
    lists: DIMENSIONS,
    restore: (values) => this.search.restore(queryFromUrl(values, emptyQuery(), ACCEPT)),
  });

  /** @internal */
  private results = new ResultsController(this, {
    args: () => [this.client, this.request, this.uiLang] as const,
    // Without a client, requireClient() throws the configuration error the list shows.
    fetch: ([client, request, lang], { signal }) => this.load(() => (client ?? this.requireClient()).listSessions(request, { signal, lang })),
    announce: (page, headingSays) => announcePage(page, messages[this.uiLang], this.uiLang, headingSays),
    turnTo: (page) => this.search.change({ page }, { history: 'replace' }),
    pageSize: () => this.request.pageSize ?? this.pageSize,
  });

  /**
   * The sign-up dialog. No history entry of its own (as before the split controllers): the
   * page's address holds the search only. @internal
   */
  private dialog = new DialogController<Session>(this, { historyKey: () => null });

  /** Labels for filter options when the backend sends no facets (`GET /vocabularies` has no organisations). @internal */
  private vocabularies = vocabulariesTask(this, () => {
    const page = this.results.lastPage;
    const needed = !!page && (['field', 'region'] as const).some((d) => this.offers(d) && !page.facets?.[d]);
    return [this.client, needed, this.uiLang] as const;
  });

  /** Which filter disclosures the visitor has open. @internal */
  private readonly disclosures = new FilterDisclosures(this);

  /** @internal */
  private sending = new WriteController(this);

  /** @internal */
  private cancelling = new CancelController(
    this,
    async (registration, token) => {
      const receipt = await this.load(async () => (await sessionRequests()).cancelRegistration(this.requireClient(), registration, token, { lang: this.uiLang }));
      // A seat came free (and went to the waitlist): the card shows the session as it is now,
      // and the outcome names it.
      this.#cancelledSession = await this.refreshSession(receipt.sessionId);
      return receipt;
    },
    // Not through load(): a backend without it is no failure to report, the offer follows.
    async (registration, token, signal) => (await sessionRequests()).getRegistrationStatus(this.requireClient(), registration, token, { lang: this.uiLang, signal }),
    // Opened from the mail's cancel link: the panel is where the visitor's attention goes
    // (GOV.UK's notification banner takes focus the same way).
    () => {
      this.#focusAfterRender = 'cancel';
    },
  );

  /**
   * The session the mail's cancel link names (`&session=…`), so the offer says what would be
   * cancelled before the visitor confirms. Without it (an older link) the offer names none.
   * @internal
   */
  private cancelSession = new Task(this, {
    task: async ([client, id, lang], { signal }) => (client && id ? client.getSession(id, { lang, signal }) : null),
    args: () => [this.client, this.cancelling.phase === 'none' ? null : this.cancelling.sessionId, this.uiLang] as const,
  });

  /** Session id whose form is loaded. */
  #formFor: string | null = null;
  #idempotencyKey: string | null = null;
  /** Fields the visitor changed: only those are checked when they lose focus. */
  #dirty = new Set<SignUpField>();
  /** A field's check on leaving it waits while a press in the form lasts (shared/press-guard.ts). */
  readonly #press = new PressGuard();
  /** Sign-ups received in this page's life: a seat or the waitlist, per session. */
  #signedUp = new Map<string, RegistrationStatus>();
  /** Sessions fetched again after a sign-up or cancellation, newer than the page they are on. */
  #fresh = new Map<string, Session>();
  #freshFor: SessionPage | null = null;
  /** Counts changes to the cards that come without a new page (a sign-up, a session fetched again). */
  #cardsVersion = 0;
  #cancelledSession: Session | null = null;
  #focusAfterRender: 'summary' | 'failure' | 'success' | 'submit' | 'cancel' | 'results' | null = null;

  /** The request as sent: the visitor's choices within the fixed pre-filters. */
  get request(): SessionQuery {
    const q = this.search.query;
    return {
      q: q.q.trim() || undefined,
      field: within(this.field, q.field),
      region: within(this.region, q.region),
      organisation: within(this.organisation, q.organisation),
      page: q.page,
      pageSize: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 10)),
    };
  }

  // No `scheduleUpdate()` that sends first, unlike the board: a page holds a few sessions, so
  // rendering is cheap, and the skeleton is on screen in the first render, as before.

  protected override update(changed: PropertyValues<this>): void {
    // A newer page (the controller took it in its hostUpdate, just before) supersedes sessions fetched again.
    if (this.results.lastPage !== this.#freshFor) {
      this.#freshFor = this.results.lastPage;
      this.#fresh.clear();
    }
    super.update(changed);
  }

  protected override updated(): void {
    this.dataState = this.results.dataState;
    const target = this.#focusAfterRender;
    this.#focusAfterRender = null;
    if (!target) return;
    // After this update, not inside it: moving focus blurs a field, and that may check it.
    queueMicrotask(() => {
      const selector = {
        summary: '.error-summary',
        failure: '.failure',
        success: '.success-title',
        submit: '[part="submit"]',
        cancel: '#cancel-heading',
        results: '#results-heading',
      }[target];
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  override render(): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    return html`${this.renderCancel()}
      ${renderCollection({
        lang,
        t,
        headingLevel: this.headingLevel,
        search: this.search,
        results: this.results,
        disclosures: this.disclosures,
        label: this.label,
        searchShown: this.shown.has('q'),
        groups: DIMENSIONS.filter((d) => this.offers(d)).map((d) => this.renderDimension(d)),
        // Sessions come in the order they take place: nothing to sort (the styles hide the control).
        sorting: { sorts: [], sort: '', onSort: () => {} },
        cards: {
          limit: this.request.pageSize ?? this.pageSize,
          card: (s) => this.renderCard(this.current(s)),
          // Sign-ups and sessions fetched again change cards without a new page.
          cardInputs: [this.headingLevel, this.client, this.#cardsVersion],
        },
        skeleton: () => renderSkeleton(Math.min(this.pageSize, 3), lang, 'skeleton-card'),
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
      vocabulary: dimension === 'organisation' ? undefined : this.vocabularies.value?.[dimension],
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

  /** A session as it is now: fetched again after a sign-up, else as on the page. */
  private current(s: Session): Session {
    return this.#fresh.get(s.id) ?? s;
  }

  private calendarUrl(s: Session): string | null {
    return this.client?.sessionCalendarUrl(s.id) ?? null;
  }

  private renderCard(s: Session): TemplateResult {
    return view.card(s, {
      lang: this.uiLang,
      headingLevel: this.headingLevel,
      calendarUrl: this.calendarUrl(s),
      signedUp: this.#signedUp.get(s.id) ?? null,
      signUp: (event) => this.openSignUp(s, event),
    });
  }

  private renderCancel(): TemplateResult | typeof nothing {
    const { phase, error } = this.cancelling;
    if (phase === 'none') return nothing;
    // Asking where the registration stands: the panel's place is kept (the list below says it loads).
    if (phase === 'checking') return html`<div class="cancel skeleton" part="cancel" aria-busy="true"></div>`;
    const lang = this.uiLang;
    const t = messages[lang];
    // Too many requests (429) or too busy (503) with a Retry-After: the seconds, as a failed sign-up says them.
    const failure = error && {
      message:
        error.kind === 'not-found'
          ? this.cancelling.waitlisted
            ? t.cancelWaitlistUnknown
            : t.cancelUnknown
          : error.retryAfter
            ? sending[lang].busy(error.retryAfter)
            : errorMessage(error, lang),
      // A damaged link (400) or one that names nothing (404) is the same link when tried again.
      retry: error.kind !== 'not-found' && error.kind !== 'no-endpoint' && error.kind !== 'invalid-input',
    };
    return view.cancelPanel({
      lang,
      headingLevel: this.headingLevel,
      phase,
      session: this.#cancelledSession ?? this.cancelSession.value ?? null,
      waitlisted: this.cancelling.waitlisted,
      already: !!this.cancelling.receipt?.alreadyCancelled,
      failure,
      confirm: this.confirmCancel,
      decline: this.declineCancel,
    });
  }

  private renderDialog(): TemplateResult {
    const selected = this.dialog.selected;
    const s = selected && this.current(selected);
    const lang = this.uiLang;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.dialog.onClose}>
      ${s
        ? html`<div class="dialog-header">
              <h2 id="dialog-title">${fill(messages[lang].dialogTitle, view.sessionText(s, s.title, lang))}</h2>
              <button type="button" class="button secondary" @click=${this.dialog.close}>${common[lang].close}</button>
            </div>
            <div class="dialog-body">
              <p class="organisation">${view.sessionText(s, s.organisation.name, lang)}</p>
              ${view.statusBadge(s, lang)} ${view.facts(s, lang)} ${this.renderSignUp(s)}
            </div>`
        : nothing}
    </dialog>`;
  }

  private renderSignUp(s: Session): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const done = this.confirmed;
    if (done?.receipt.sessionId === s.id) return view.success(s, done.receipt, done.email, lang, this.calendarUrl(s));
    const v: view.FormView = { lang, values: this.values, errors: this.errors };
    const sending = this.sending.busy;
    const notice = s.status === 'full' ? t.fullNotice : !acceptsSignUps(s.status) ? t.closedNotice : null;
    return html`
      ${notice ? html`<p class="notice">${notice}</p>` : nothing} ${this.restored ? html`<p class="notice">${t.draftRestored}</p>` : nothing}
      ${this.failure ? view.failureMessage(lang, this.failure, this.retry) : nothing}
      ${this.summaryAttempt > 0 && (signUpFields.some((f) => this.errors[f]) || this.generalErrors.length)
        ? view.errorSummary(v, this.generalErrors, (field, event) => this.focusField(field, event), this.summaryAttempt)
        : nothing}
      <form
        part="form"
        novalidate
        aria-label=${t.formLabel(s.title)}
        aria-busy=${sending ? 'true' : 'false'}
        @submit=${this.onSubmit}
        @input=${this.onEdit}
        @change=${this.onEdit}
        @focusout=${this.onLeave}
        @pointerdown=${this.#press.down}
      >
        ${view.textField(v, 'name', { type: 'text', autocomplete: 'name' })}
        ${view.textField(v, 'email', { type: 'email', autocomplete: 'email', hint: t.emailHint, spellcheck: false })}
        ${view.consentField(v, hostUrl(this.privacyUrl) ?? hostUrl(this.config?.privacyUrl))}
        <div class="actions">
          <button part="submit" type="submit" class="button" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? t.submitting : s.status === 'full' ? t.submitWaitlist : t.submit}
          </button>
        </div>
      </form>
      <p class="visually-hidden" role="status" aria-live="polite">${this.statusMessage}</p>
    `;
  }

  // --- the dialog and its form -------------------------------------------------------------------

  private openSignUp(s: Session, event: Event): void {
    this.startForm(s);
    this.dialog.open(s, event.currentTarget as HTMLElement);
  }

  /**
   * The form of a session: as it was left when the dialog is reopened, else its draft. After a
   * sign-up, opening it again starts an empty form (someone else's sign-up).
   */
  private startForm(s: Session): void {
    if (this.#formFor === s.id && !this.confirmed) return;
    if (this.#formFor !== s.id) this.sending.abandon();
    this.#formFor = s.id;
    this.confirmed = null;
    const draft = loadDraft(s.id);
    this.values = draft?.values ?? emptyValues();
    this.#idempotencyKey = draft?.idempotencyKey ?? null;
    this.restored = !!draft && !isBlank(draft);
    this.#dirty.clear();
    this.errors = {};
    this.generalErrors = [];
    this.summaryAttempt = 0;
    this.failure = null;
    this.statusMessage = '';
  }

  private onEdit = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const field = target.name as SignUpField;
    if (!signUpFields.includes(field)) return;
    const value = field === 'consent' ? target.checked : target.value;
    if (this.values[field] === value) return;
    this.values = { ...this.values, [field]: value };
    this.#dirty.add(field);
    // An error goes away as soon as it is fixed; new ones wait until the field is left.
    if (this.errors[field] || (field === 'consent' && this.summaryAttempt > 0)) this.recheck(field);
    this.keepDraft();
  };

  private onLeave = (event: FocusEvent) => {
    const field = (event.target as HTMLInputElement).name as SignUpField;
    if (!signUpFields.includes(field)) return;
    // The backend's verdict stands until the visitor changes the field.
    if (this.errors[field]?.code === 'server' && !this.#dirty.has(field)) return;
    if (!(this.#dirty.has(field) || this.errors[field])) return;
    const control = event.target as HTMLInputElement;
    const before = errorMessageOf(control);
    this.#press.run(async () => {
      this.recheck(field);
      const message = await newErrorMessage(this, control, before, () => this.statusMessage);
      if (message !== null) this.statusMessage = message;
    });
  };

  private recheck(field: SignUpField): void {
    const problem = checkSignUp(this.values)[field];
    const current = this.errors[field];
    if (!problem && !current) return;
    if (problem && current && problem.code === current.code) return;
    const errors = { ...this.errors };
    if (problem) errors[field] = problem;
    else delete errors[field];
    this.errors = errors;
  }

  private keepDraft(): void {
    if (this.#formFor) saveDraft(this.#formFor, { values: this.values, idempotencyKey: this.#idempotencyKey });
  }

  private focusField(field: SignUpField, event: Event): void {
    // Fragment navigation does not reach into a shadow root and would change the host page's URL.
    event.preventDefault();
    const control = this.renderRoot.querySelector<HTMLElement>(`#field-${field}`);
    control?.closest('.field')?.scrollIntoView({ block: 'start' });
    control?.focus({ preventScroll: true });
  }

  // --- sending -------------------------------------------------------------------------------------

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.submit();
  };

  private retry = () => {
    // The retry button goes with the message: focus stays on the button that now says "sending".
    this.#focusAfterRender = 'submit';
    void this.submit();
  };

  private submit(): Promise<void> {
    const selected = this.dialog.selected;
    if (!selected) return Promise.resolve();
    const s = this.current(selected);
    return this.sending.once(async () => {
      this.failure = null;
      this.generalErrors = [];
      this.errors = checkSignUp(this.values);
      if (Object.keys(this.errors).length) {
        this.summaryAttempt = nextSummary();
        this.#focusAfterRender = 'summary';
        return;
      }
      this.summaryAttempt = 0;
      await this.send(s);
    });
  }

  private async send(s: Session): Promise<void> {
    const lang = this.uiLang;
    let client: ClientCore;
    try {
      client = this.requireClient();
    } catch (error) {
      return this.failed(s, error as FlexschilError);
    }
    const retried = this.#idempotencyKey !== null;
    this.#idempotencyKey ??= newIdempotencyKey();
    const idempotencyKey = this.#idempotencyKey;
    this.keepDraft();
    const email = this.values.email.trim();
    const body = registrationBody(this.values, this.profileId);
    this.statusMessage = messages[lang].sending;
    const outcome = await this.sending.send(async (signal) => (await sessionRequests()).registerForSession(client, s.id, body, { idempotencyKey, signal, lang }));
    if ('abandoned' in outcome) return;
    this.statusMessage = '';
    if ('failed' in outcome) return this.failed(s, outcome.failed, retried);
    clearDraft(s.id);
    this.#idempotencyKey = null;
    this.restored = false;
    this.#signedUp.set(s.id, outcome.sent.status);
    this.#cardsVersion++;
    this.confirmed = { receipt: outcome.sent, email };
    this.#focusAfterRender = 'success';
    void emitRendered(this, 'session-registered', { registration: outcome.sent });
    await this.refreshSession(s.id);
  }

  private failed(s: Session, error: FlexschilError, retried = false): void {
    if (error.kind === 'unexpected') console.error('[flexschil]', error);
    emit(this, 'flexschil-error', error.toDetail());
    const verdict = describeFailure(error, retried);
    if (verdict.definite) {
      // Nothing was stored: the next send is a new request with a new key.
      this.#idempotencyKey = null;
      this.keepDraft();
    }
    if (verdict.show === 'fields') {
      // The backend's verdict stands until a field changes after it (onLeave), not since opening.
      this.#dirty.clear();
      this.errors = verdict.errors;
      this.generalErrors = verdict.general;
      this.summaryAttempt = nextSummary();
      this.#focusAfterRender = 'summary';
      return;
    }
    this.failure = verdict.failure;
    this.#focusAfterRender = 'failure';
    // Closed or cancelled in the meantime: show the session as it is now.
    if (verdict.failure.reason === 'closed') void this.refreshSession(s.id);
  }

  /** Fetches a session again after it changed (seats, status), past the client's short cache. */
  private async refreshSession(id: string): Promise<Session | null> {
    const client = this.client;
    if (!client) return null;
    client.clearCache();
    try {
      const fresh = await client.getSession(id, { lang: this.uiLang });
      this.#fresh.set(id, fresh);
      this.#cardsVersion++;
      this.requestUpdate();
      return fresh;
    } catch {
      // The card keeps the numbers it had; the next load of the list brings the new ones.
      return null;
    }
  }

  // --- cancelling by the mail's link -----------------------------------------------------------------

  private confirmCancel = async () => {
    await this.cancelling.confirm();
    this.#focusAfterRender = 'cancel';
    this.requestUpdate();
  };

  private declineCancel = () => {
    const t = messages[this.uiLang];
    // The panel that asked goes: the list's live region says what happened (WCAG 4.1.3), and
    // the next page of the list says its own.
    this.results.announcement = this.cancelling.waitlisted ? t.keptWaitlist : t.keptPlace;
    this.cancelling.decline();
    // The panel and its buttons are gone: continue at the sessions.
    this.#focusAfterRender = 'results';
  };
}
