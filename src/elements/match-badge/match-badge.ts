import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientCore } from '../../api/core.js';
import { carryContentLanguage } from '../../api/content-language.js';
import { FlexschilError } from '../../api/errors.js';
import type { AssignmentInput, Match, MatchLevel, MatchReason, ProfileInput } from '../../api/schemas.js';
import { Assignment } from '../../api/validators/assignment.js';
import { Profile } from '../../api/validators/profile.js';
import type { Validator } from '../../api/validators/runtime.js';
import { common } from '../../i18n/common.js';
import { formatDate, formatHours, formatMoney, formatNumber, listFormat, today } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { matchBadge as messages } from '../../i18n/match.js';
import { type ExplainedMatch, type ExplainedReason, levelFor, match } from '../../match/index.js';
import { contentLang, fill, marked, textLang } from '../../shared/backend-text.js';
import { emit } from '../../shared/events.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { renderError, renderSkeleton } from '../../shared/states.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './match-badge.styles.js';

/**
 * What the element shows: a match — with the evidence behind each reason when it was computed
 * here, as the backend's carries none the client keeps — and the objects its texts (skill
 * names, labels) come from, for their language.
 */
interface Result {
  match: Match | ExplainedMatch;
  sources: { assignment: object | null; profile: object | null };
}

/** A property value after parsing: the trusted object, or why it was refused. */
type Parsed<T> = { value: T } | { error: FlexschilError };

/**
 * Where the score comes from — the contract's inputs, first that applies: the `score` attribute;
 * the `assignment` and `profile` properties (computed here); ids, possibly mixed with one
 * property (fetched, then the backend's match or computed here).
 */
type Route =
  | { kind: 'score'; score: number }
  | { kind: 'local'; result: Result }
  | { kind: 'fetch'; assignment: Assignment | null; profile: Profile | null; assignmentId: string; profileId: string }
  | { kind: 'invalid'; error: FlexschilError }
  | { kind: 'none' };

/**
 * @tagname match-badge
 * How well a professional fits an assignment: the score, the level in words (never colour
 * alone) and the reasons per criterion — skills matched and missing, field, hours, start date,
 * region and rate — in plain language.
 *
 * The score comes from, first that applies: the `score` attribute; the `assignment` and
 * `profile` properties (computed in the browser with `match()`); `assignment-id` and
 * `profile-id` (the backend's match endpoint, or, when it has none, both objects fetched and
 * computed here); or one object property with the other's id (the other fetched, then computed
 * here; several badges with the same id share one request).
 *
 * @summary Match score and level between a profile and an assignment, with the reasons on demand.
 *
 * @fires flexschil-error - `{ status, title, detail }` when loading failed or an object property is not a valid Assignment/Profile; the badge shows a message and a retry.
 *
 * @csspart badge - The score and level, coloured by level.
 * @csspart score - The score in percent.
 * @csspart level - The level in words ("sterke match").
 * @csspart toggle - The "Waarom?" button that shows and hides the reasons (compact variant).
 * @csspart reasons - The list of reasons, one per criterion.
 * @csspart error - The message when loading failed, with its retry button.
 *
 * @cssprop [--flexschil-match-badge-strong-color=#14532d] - Text (and border) of a strong match (≥ 75).
 * @cssprop [--flexschil-match-badge-strong-background-color=#dcfce7] - Background of a strong match.
 * @cssprop [--flexschil-match-badge-good-color=#1e3a8a] - Text (and border) of a good match (≥ 50).
 * @cssprop [--flexschil-match-badge-good-background-color=#dbeafe] - Background of a good match.
 * @cssprop [--flexschil-match-badge-partial-color=#713f12] - Text (and border) of a partial match (≥ 25).
 * @cssprop [--flexschil-match-badge-partial-background-color=#fef3c7] - Background of a partial match.
 * @cssprop [--flexschil-match-badge-weak-color=#404040] - Text (and border) of a weak match (< 25).
 * @cssprop [--flexschil-match-badge-weak-background-color=#f0f0f0] - Background of a weak match.
 * @cssprop [--flexschil-match-badge-border-radius=var(--flexschil-badge-border-radius)] - Corners of the badge (a pill by default, like every badge).
 * @cssprop [--flexschil-match-badge-border-width=var(--flexschil-badge-border-width)] - Border of the badge, in the level's text colour.
 * @cssprop [--flexschil-match-badge-font-weight=var(--flexschil-font-weight-bold)] - Weight of the badge's text.
 * @cssprop [--flexschil-match-badge-toggle-color=var(--flexschil-color-primary)] - The "Waarom?" button.
 * @cssprop [--flexschil-match-badge-reasons-border-color=var(--flexschil-color-border)] - Lines between the reasons.
 */
export class MatchBadge extends FlexschilElement {
  static override styles = [tokens, base, styles];

  /** A score (0–100) to show as is; wins over every other input. It has no reasons. */
  @property({ type: Number }) score: number | null = null;
  /** The assignment: an `Assignment` or the API's JSON for one (validated here). */
  @property({ attribute: false }) assignment: Assignment | AssignmentInput | null = null;
  /** The profile: a `Profile` or the API's JSON for one (validated here). */
  @property({ attribute: false }) profile: Profile | ProfileInput | null = null;
  /** Id of the assignment to fetch when the `assignment` property is not set. */
  @property({ attribute: 'assignment-id' }) assignmentId: string | null = null;
  /** Id of the profile to fetch when the `profile` property is not set. */
  @property({ attribute: 'profile-id' }) profileId: string | null = null;
  /** `full` (default): the reasons are listed; `compact`: a small badge with a "Waarom?" button for the reasons. */
  @property({ reflect: true }) variant: 'compact' | 'full' = 'full';

  /** Whether the compact variant shows its reasons. @internal */
  @state() private expanded = false;

  #assignment: Parsed<Assignment> | null = null;
  #profile: Parsed<Profile> | null = null;
  #local: Result | null = null;
  #reported: FlexschilError | null = null;
  #focusAfterRetry = false;

  /** @internal */
  private fetched = new Task(this, {
    task: async ([client, lang, route], { signal }): Promise<Result | null> => {
      if (route?.kind !== 'fetch') return null;
      return this.load(async () => {
        const api: ClientCore = client ?? this.requireClient();
        const options = { signal, lang: lang ?? undefined };
        if (!route.assignment && !route.profile) {
          const remote = await api.getMatch(route.assignmentId, route.profileId, options);
          if (remote) return { match: remote, sources: { assignment: remote, profile: remote } };
        }
        // Mixed inputs compute here rather than asking the match endpoint: a board's cards then
        // share one (cached) profile request instead of sending one match request each.
        const [assignment, profile] = await Promise.all([
          route.assignment ?? api.getAssignment(route.assignmentId, options),
          route.profile ?? api.getProfile(route.profileId, options),
        ]);
        return { match: match(assignment, profile, { today: today() }), sources: { assignment, profile } };
      });
    },
    // Only the fetched route has arguments, so changing a score or a local pair never refetches.
    args: () => {
      const route = this.route;
      return route.kind === 'fetch' ? ([this.client, this.uiLang, route] as const) : ([null, null, null] as const);
    },
    // Routes are rebuilt on each update: compare what they are made of, not their identity.
    argsEqual: ([clientA, langA, a], [clientB, langB, b]) =>
      clientA === clientB && langA === langB && sameFetch(a, b),
  });

  /** Its load reads the inputs `willUpdate()` parses: it starts with the update, not before. */
  protected override startLoads(): void {}

  /** The input that applies (see the class description). */
  private get route(): Route {
    if (this.score !== null && Number.isFinite(Number(this.score))) {
      return { kind: 'score', score: Math.min(100, Math.max(0, Math.round(Number(this.score)))) };
    }
    const assignment = this.#assignment;
    const profile = this.#profile;
    const invalid = [assignment, profile].find((p) => p && 'error' in p) as { error: FlexschilError } | undefined;
    if (invalid) return { kind: 'invalid', error: invalid.error };
    const a = assignment && 'value' in assignment ? assignment.value : null;
    const p = profile && 'value' in profile ? profile.value : null;
    if (this.#local) return { kind: 'local', result: this.#local };
    const assignmentId = a?.id ?? this.assignmentId?.trim();
    const profileId = p?.id ?? this.profileId?.trim();
    if (assignmentId && profileId) return { kind: 'fetch', assignment: a, profile: p, assignmentId, profileId };
    return { kind: 'none' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('assignment')) this.#assignment = parse(Assignment, this.assignment, 'assignment');
    if (changed.has('profile')) this.#profile = parse(Profile, this.profile, 'profile');
    if (changed.has('assignment') || changed.has('profile')) {
      const a = this.#assignment;
      const p = this.#profile;
      this.#local =
        a && 'value' in a && p && 'value' in p
          ? { match: match(a.value, p.value, { today: today() }), sources: { assignment: a.value, profile: p.value } }
          : null;
    }
    if (changed.has('variant')) this.expanded = false;
  }

  protected override updated(): void {
    const route = this.route;
    if (route.kind === 'invalid' && route.error !== this.#reported) {
      // Same event as a failed load: the host page learns of it in one place.
      this.#reported = route.error;
      emit(this, 'flexschil-error', route.error.toDetail());
    }
    const status = this.fetched.status;
    this.dataState =
      route.kind === 'none'
        ? 'empty'
        : route.kind === 'invalid'
          ? 'error'
          : route.kind !== 'fetch'
            ? 'ready'
            : status === TaskStatus.ERROR
              ? 'error'
              : status === TaskStatus.COMPLETE
                ? 'ready'
                : 'loading';
    if (this.#focusAfterRetry && (route.kind !== 'fetch' || status === TaskStatus.COMPLETE || status === TaskStatus.ERROR)) {
      // The retry button is gone: put focus on what replaced it (WCAG 2.4.3).
      this.#focusAfterRetry = false;
      const root = this.renderRoot;
      const target = ['[part~="toggle"]', '[part~="error"] button', '[part~="badge"]'].map((s) => root.querySelector<HTMLElement>(s)).find(Boolean);
      target?.focus();
    }
  }

  override render(): TemplateResult | typeof nothing {
    const route = this.route;
    switch (route.kind) {
      case 'none':
        return nothing;
      case 'score':
        return this.renderResult({ match: { score: route.score, level: levelFor(route.score), reasons: [] }, sources: { assignment: null, profile: null } });
      case 'local':
        return this.renderResult(route.result);
      case 'invalid':
        return this.renderFailure(route.error);
      case 'fetch':
        return this.fetched.render({
          initial: () => this.renderLoading(),
          pending: () => this.renderLoading(),
          error: (error) => this.renderFailure(error),
          complete: (result) => (result ? this.renderResult(result) : this.renderLoading()),
        }) as TemplateResult;
    }
  }

  private renderResult({ match: result, sources }: Result): TemplateResult {
    const t = messages[this.uiLang];
    const level: MatchLevel = levelFor(result.score);
    const compact = this.variant === 'compact';
    const reasons = result.reasons;
    // What the score measures, for a screen reader: on a card it follows the rate and the dates,
    // and "38 % · gedeeltelijke match" alone could be read as about them.
    const badge = html`<span id="badge" class="badge level-${level}" part="badge" tabindex="-1"
      ><span class="visually-hidden">${t.badgeLabel} </span><span part="score">${result.score}%</span> · <span part="level">${t[level]}</span></span
    >`;
    if (!reasons.length) return html`<div class="row">${badge}</div>`;
    if (!compact) return html`<div class="row">${badge}</div>${this.renderReasons(reasons, sources)}`;
    // On a board every card has this button: its name says which assignment it is about (WCAG
    // 2.4.6), after the visible "Waarom?" so that speaking the label still finds it (2.5.3).
    const about = sources.assignment && 'title' in sources.assignment && typeof sources.assignment.title === 'string' ? sources.assignment.title : null;
    return html`<div class="row">
        ${badge}
        <button
          type="button"
          class="toggle"
          part="toggle"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="reasons"
          aria-describedby="badge"
          @click=${this.toggle}
        >${t.why}${about ? html`<span class="visually-hidden"> ${marked(about, textLang(sources.assignment, this.uiLang))}</span>` : nothing}</button>
      </div>
      <div id="reasons" class="disclosure" ?hidden=${!this.expanded}>${this.renderReasons(reasons, sources)}</div>`;
  }

  private renderReasons(reasons: (MatchReason | ExplainedReason)[], sources: Result['sources']): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const langs: Langs = { assignment: contentLang(sources.assignment, lang), profile: contentLang(sources.profile, lang), skills: textLang(sources.assignment, lang) };
    return html`<ul class="reasons" part="reasons" aria-label=${t.reasonsLabel}>
      ${reasons.map((reason) => {
        const percent = Math.round(reason.score * 100);
        const verdict = reason.score >= 1 ? t.met : reason.score <= 0 ? t.notMet : t.partly;
        return html`<li class="reason">
          <span class="criterion">${t[reason.criterion]}</span>
          <span class="verdict">${t.criterionScore(percent, verdict)}</span>
          ${explain(reason, lang, langs).map((line) => html`<span class="detail">${line}</span>`)}
        </li>`;
      })}
    </ul>`;
  }

  private renderLoading(): TemplateResult {
    const compact = this.variant === 'compact';
    return renderSkeleton(1, this.uiLang, compact ? 'skeleton-badge' : 'skeleton-full', { announce: !compact });
  }

  private renderFailure(error: unknown): TemplateResult {
    const lang = this.uiLang;
    if (this.variant !== 'compact') return renderError(error, lang, this.retry);
    // A badge on a card has no room for the full message. No live region: when a board's profile
    // cannot be loaded every card fails at once, and ten alerts would drown the board's own.
    return html`<p class="compact-error" part="error">
      <span>${messages[lang].unavailable}</span>
      <button type="button" class="link-button" @click=${this.retry}>${common[lang].retry}</button>
    </p>`;
  }

  private toggle = () => {
    this.expanded = !this.expanded;
  };

  private retry = () => {
    this.#focusAfterRetry = true;
    if (this.route.kind === 'invalid') {
      // The host may have fixed the object in the meantime: validate again.
      this.#assignment = parse(Assignment, this.assignment, 'assignment');
      this.#profile = parse(Profile, this.profile, 'profile');
      this.requestUpdate('assignment');
      return;
    }
    this.fetched.run();
  };
}

/** Validates an object property: raw API JSON and already parsed objects both pass. */
function parse<T>(schema: Validator<T>, value: unknown, name: string): Parsed<T> | null {
  if (value == null) return null;
  const result = schema.safeParse(value);
  if (result.success) {
    carryContentLanguage(value, result.data as object);
    return { value: result.data };
  }
  console.warn(`[flexschil] <match-badge>: the ${name} property is not a valid ${name}`, result.error);
  return { error: new FlexschilError({ kind: 'invalid-response', status: 0, title: `Invalid ${name}`, detail: `The ${name} property does not match the API's ${name}.` }) };
}

function sameFetch(a: Route | null, b: Route | null): boolean {
  if (a?.kind !== 'fetch' || b?.kind !== 'fetch') return a === b || (a?.kind !== 'fetch' && b?.kind !== 'fetch');
  return a.assignment === b.assignment && a.profile === b.profile && a.assignmentId === b.assignmentId && a.profileId === b.profileId;
}

/** The `lang` of the backend's texts from each side of a match (nothing when it is the UI's). */
/** The labels' languages of both sides, and the language of the assignment's own words (its skills). */
type Langs = Record<'assignment' | 'profile' | 'skills', ReturnType<typeof contentLang>>;

/**
 * One criterion in plain language: the evidence that `match()` returned, put into words. From
 * the backend's match, which carries no evidence, only the skills can be (they carry their names).
 */
function explain(reason: MatchReason | ExplainedReason, lang: Lang, langs: Langs): unknown[] {
  const t = messages[lang];
  if (reason.criterion === 'skills') {
    if (!reason.matched && !reason.missing) return [];
    const matched = reason.matched ?? [];
    const missing = reason.missing ?? [];
    const total = matched.length + missing.length;
    if (total === 0) return [t.skillsNone];
    return [
      t.skillsCount(matched.length, total),
      ...(matched.length ? [fill(t.skillsMatched, skillList(matched, lang, langs.skills))] : []),
      ...(missing.length ? [fill(t.skillsMissing, skillList(missing, lang, langs.skills))] : []),
    ];
  }
  if (!hasEvidence(reason)) return [];
  const fromAssignment = (text: string) => marked(text, langs.assignment);
  switch (reason.criterion) {
    case 'field':
      return [fill(reason.listed ? t.fieldMatch : t.fieldNoMatch, fromAssignment(reason.field.label))];
    case 'hours': {
      if (reason.available === null) return [t.availabilityUnknown];
      return [
        reason.available >= reason.required
          ? t.hoursEnough(formatHours(reason.available, lang), formatHours(reason.asked, lang))
          : t.hoursShort(formatNumber(reason.available, lang), formatNumber(reason.required, lang)),
      ];
    }
    case 'start': {
      if (reason.availableFrom === null) return [t.availabilityUnknown];
      if (reason.startDate === null || reason.daysLate === null) return [t.startNone];
      const from = formatDate(reason.availableFrom, lang);
      const start = formatDate(reason.startDate, lang);
      return [reason.daysLate > 0 ? t.startLate(from, start, reason.daysLate) : t.startOnTime(from, start)];
    }
    case 'region': {
      const region = fromAssignment(reason.region.label);
      if (reason.sameRegion) return [fill(t.regionSame, region)];
      if (reason.mode === 'remote') return [t.regionRemote];
      const theirs = marked(reason.profileRegion.label, langs.profile);
      return [fill(reason.mode === 'hybrid' ? t.regionHybrid : t.regionOnsite, region, theirs)];
    }
    case 'rate': {
      if (!reason.asked) return [t.rateNoProfile];
      if (!reason.max) return [t.rateNoMax];
      const amount = formatMoney(reason.asked.amount, reason.asked.currency, reason.asked.unit, lang);
      const limit = formatMoney({ min: null, max: reason.max.amount }, reason.max.currency, reason.max.unit, lang);
      return [reason.asked.amount <= reason.max.amount ? t.rateWithin(amount, limit) : t.rateAbove(amount, limit)];
    }
  }
}

/** Whether a reason carries the evidence of `match()` (a backend's match need not). */
function hasEvidence(reason: MatchReason | ExplainedReason): reason is ExplainedReason {
  return EVIDENCE_MEMBER[reason.criterion] in reason;
}

/** One member each criterion's evidence always has. */
const EVIDENCE_MEMBER: Record<string, string> = { skills: 'matched', field: 'listed', hours: 'available', start: 'daysLate', region: 'sameRegion', rate: 'asked' };

/** "A, B en C" with each skill name marked in the language the assignment was written in. */
function skillList(names: string[], lang: Lang, backend: ReturnType<typeof contentLang>): unknown[] {
  return listFormat(lang)
    .formatToParts(names)
    .map((part) => (part.type === 'element' ? marked(part.value, backend) : part.value));
}
