/**
 * Swarm sessions (contract 1.2): upcoming sessions with search and facets, one session, its
 * calendar file, posters' create and change, signing up (a seat or the waitlist, never more
 * than the capacity), cancelling by the secret link of the confirmation mail (the first on the
 * waitlist moves up and is told), and the registrations for the session's posters (also CSV).
 *
 * Signing up and the requests with a cancel link's secret are limited per client (as applying
 * is): a script could otherwise fill every seat with made-up sign-ups, or try secrets as fast
 * as it likes. Two budgets of `sessionRateLimit` each, so sign-ups from one office address never
 * stop someone there from cancelling (which frees a seat); status and cancel share one, so a
 * guesser gains nothing by alternating. A person signs up once and checks and cancels once or
 * twice: far below either.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { mergePatch } from '../../src/api/rules/json.js';
import type { DraftCheck } from '../../src/api/rules/posting.js';
import { checkRegistration, registrationInput, sessionStatus } from '../../src/api/rules/session.js';
import { checkSessionDraft, type SessionDraft } from '../../src/api/rules/session-draft.js';
import * as schemas from '../../src/api/schemas.js';
import type { InvalidParam } from '../../src/api/schemas.js';
import { applicationIssueText } from '../../src/i18n/application-errors.js';
import { draftIssueText } from '../../src/i18n/draft-errors.js';
import type { AppEnv } from '../context.js';
import { csvDateTime, toCsv } from '../csv.js';
import { hashText, jsonRequestFingerprint, sha256 } from '../http/hash.js';
import { dateParam, integer, parseWith, plainText, queryObject } from '../http/input.js';
import { invalidInput, notFound, problem, ProblemError, unauthorized } from '../http/problem.js';
import { publicRequestUrl } from '../http/public-url.js';
import { matchesEtag, privateHeaders, respond } from '../http/respond.js';
import { cancelledSessionMail, cancelLink, MAILS_PER_TYPED_ADDRESS_PER_DAY, mayMailTypedAddress, registrationMail, sessionChangeMail } from '../mail.js';
import { denied, isPosterOf } from '../policy.js';
import { type SessionFacet, sessionFacets, type StoredAnswer, type StoredRegistration, type StoredSession } from '../ports.js';
import { facetList, textLanguage } from '../present.js';
import { sessionCalendar } from '../ics.js';
import { parseSearch } from '../search.js';
import { dutchInstant } from '../time.js';
import { answerForKey, idempotencyKey, rateLimit, replay } from './applications.js';
import { checkedId, seenProfile } from './catalog.js';
import { createdHeaders, ifMatchVersion, jsonBody, knownCode, replayCreated, versionTag } from './posting.js';
import { idempotencyKeyHeader, ifMatchHeader, json, operations } from './docs.js';
import type { Routes } from './routes.js';
import { contentDisposition, exportFileName } from './inbox.js';
import { newId, newMailId } from '../ids.js';

const codes = z.array(plainText(100, 'Een code')).max(50, { error: 'Hooguit 50 waarden.' });

export const sessionQuerySchema = z.object({
  q: plainText(200, 'De zoektekst').optional(),
  field: codes,
  region: codes,
  organisation: codes,
  /**
   * Extension: sessions that present one of these assignments (`assignmentId`), so a board asks
   * for the sessions of a whole page of cards in one request. As many as a page holds.
   */
  assignment: z.array(plainText(200, 'Een opdracht-id')).max(100, { error: 'Hooguit 100 opdrachten.' }),
  /** Sessions starting on or after this date (default: today). */
  from: dateParam.optional(),
  page: integer(1, 10_000).default(1),
  pageSize: integer(1, 100).default(10),
});

const registrationsQuery = z.object({ page: integer(1, 10_000).default(1), pageSize: integer(1, 100).default(50) });

/** A session as the contract shows it, with its status and seats left as they are now. */
export function presentSession(c: Context<AppEnv>, s: StoredSession): schemas.SessionInput {
  const { labels, today } = c.var;
  const status = sessionStatus(s, s.registered, { today, instant: c.get('deps').now() });
  return {
    id: s.id,
    title: s.title,
    question: s.question,
    organisation: { id: s.organisation.id, name: s.organisation.name, logoUrl: s.organisation.logoUrl ?? null },
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    place: s.place ?? null,
    // The link to join online is for the organisation's posters, and for those with a seat (in
    // their receipt and their mail): anyone else learns only that the session is online. A public
    // link would let anyone join beyond the seats, and the editor promises the poster otherwise.
    onlineUrl: isPosterOf(c.get('viewer'), s.organisation.id) ? (s.onlineUrl ?? null) : null,
    online: !!s.onlineUrl,
    capacity: s.capacity,
    seatsLeft: Math.max(0, s.capacity - s.registered),
    signUpDeadline: s.signUpDeadline,
    fields: s.fields.map((f) => labels.code('field', f.value)),
    status,
    url: s.url ?? null,
    region: s.region ? labels.code('region', s.region.value) : null,
    assignmentId: s.assignmentId ?? null,
    language: textLanguage(s),
  };
}

async function findSession(c: Context<AppEnv>, raw: string): Promise<StoredSession> {
  const id = checkedId(raw, 'id');
  const session = await c.get('deps').store.getSession(id);
  if (!session) throw new ProblemError(notFound(`Zwermsessie ${id}`));
  return session;
}

function sessionOf(c: Context<AppEnv>, draft: SessionDraft, fixed: { id: string; organisation: StoredSession['organisation']; registered: number; version: number }): StoredSession {
  return {
    id: fixed.id,
    title: draft.title,
    question: c.get('deps').sanitizeHtml(draft.question),
    organisation: fixed.organisation,
    startsAt: dutchInstant(draft.startsAt),
    endsAt: dutchInstant(draft.endsAt),
    place: draft.place,
    onlineUrl: draft.onlineUrl,
    capacity: draft.capacity,
    seatsLeft: 0,
    signUpDeadline: draft.signUpDeadline,
    fields: draft.fields.map((f) => c.get('labels').code('field', f.value)),
    status: draft.status,
    url: draft.url,
    region: draft.region ? c.get('labels').code('region', draft.region.value) : null,
    assignmentId: draft.assignmentId,
    language: draft.language,
    registered: fixed.registered,
    version: fixed.version,
  };
}

/**
 * A session presents an assignment of its own organisation, or none: another organisation's
 * would put this session's line on that organisation's cards (`<assignment-list sessions>`).
 * An id that names no assignment here is refused alike. No widget picks the assignment, so the
 * words are here rather than in the editors' shared messages.
 */
async function foreignAssignment(c: Context<AppEnv>, assignmentId: string | null, organisation: string): Promise<InvalidParam | null> {
  if (!assignmentId) return null;
  const assignment = await c.get('deps').store.getAssignment(assignmentId);
  if (assignment?.organisation.id === organisation) return null;
  const reason = c.get('lang') === 'en' ? 'Choose an assignment of your own organisation' : 'Kies een opdracht van je eigen organisatie';
  return { name: 'assignmentId', code: 'unknown', reason };
}

/**
 * Every problem with a session a poster sends, at once (contract §1: a 400 lists them all): the
 * rules' and the assignment it presents, which the rules cannot look up. `kept`: the assignment
 * it presents now; a change that leaves it is not checked on it, so sessions linked before the
 * rule (an import) stay editable.
 */
async function sessionIssues(c: Context<AppEnv>, checked: DraftCheck<SessionDraft>, input: unknown, organisation: string, kept: string | null = null): Promise<InvalidParam[]> {
  const issues = checked.ok ? [] : checked.issues;
  const problems: InvalidParam[] = issues.map((issue) =>
    issue.name === 'capacity' && issue.params?.count !== undefined ? seatsTaken(c, issue.params.count) : { name: issue.name, code: issue.code, reason: draftIssueText(issue, c.get('lang')) },
  );
  const assignmentId = checked.ok ? checked.value.assignmentId : issues.some((i) => i.name === 'assignmentId') ? null : presentedAssignment(input);
  const foreign = assignmentId === kept ? null : await foreignAssignment(c, assignmentId, organisation);
  if (foreign) problems.push(foreign);
  return problems;
}

/**
 * A capacity below the seats taken (the contract: "Capacity is never exceeded"), saying how many
 * hold one. Nobody loses a seat to a change: the poster may call the session off instead.
 */
function seatsTaken(c: Context<AppEnv>, taken: number): InvalidParam {
  const reason =
    c.get('lang') === 'en'
      ? `${taken} ${taken === 1 ? 'person has' : 'people have'} signed up for a seat already: choose at least ${taken} seats`
      : `Er ${taken === 1 ? 'is al 1 persoon' : `zijn al ${taken} mensen`} aangemeld met een plaats: kies minstens ${taken} ${taken === 1 ? 'plaats' : 'plaatsen'}`;
  return { name: 'capacity', code: 'range', reason };
}

/** The assignment a draft the rules refused names, as they would read it (trimmed text), to check it all the same. */
function presentedAssignment(input: unknown): string | null {
  const raw = input && typeof input === 'object' ? (input as { assignmentId?: unknown }).assignmentId : null;
  return typeof raw === 'string' && raw.trim() ? raw.trim() : null;
}

function closedForSignUps(): Response {
  return problem(409, 'closed', 'Aanmelden kan niet meer', 'Voor deze zwermsessie kun je je niet meer aanmelden: ze is gesloten of gaat niet door.');
}

/**
 * A session called off stays called off: everyone who had a place was told it is not going on,
 * and reopening it would give them their places back without a word. A new one is planned instead.
 */
function stillCancelled(): Response {
  return problem(409, 'cancelled', 'Afgelast', 'Deze zwermsessie is afgelast en iedereen die zich had aangemeld, heeft dat bericht gekregen. Plan een nieuwe zwermsessie.');
}

/** A 32-byte secret for the cancel link, and the hash the store keeps of it. */
async function cancelToken(): Promise<{ token: string; hash: string }> {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return { token, hash: await sha256([token]) };
}

/** The secret of the cancel link, from a JSON body `{ "token" }`; null when there is none. */
async function linkToken(c: Context<AppEnv>): Promise<string | null> {
  const body = (await jsonBody(c)) as { token?: unknown };
  return typeof body?.token === 'string' && body.token && body.token.length <= 200 ? body.token : null;
}

function missingToken(): Response {
  return invalidInput([{ name: 'token', code: 'required', reason: 'Stuur het token uit de link in de bevestigingsmail mee.' }], 'fields');
}

/** A sign-up's receipt; a seat (not a waitlist place) carries the link to join online, if the session has one. */
function receiptOf(r: StoredRegistration, session: Pick<StoredSession, 'onlineUrl'> | null): schemas.RegistrationReceipt {
  const onlineUrl = r.status === 'registered' ? session?.onlineUrl : null;
  return { id: r.id, sessionId: r.sessionId, status: r.status, receivedAt: r.receivedAt, ...(onlineUrl ? { onlineUrl } : {}) };
}

/** The body of a request made with the cancel link: its secret. */
const linkSecret = { type: 'object', properties: { token: { type: 'string', minLength: 1, maxLength: 200 } }, required: ['token'] } as const;

const tooLarge = 'The body is larger than 256 kB';
const linkLimited = 'Too many requests with a cancel link (status and cancel together) from this client: try again after Retry-After';
const notJson = 'The body is not JSON';

/** What these operations say in `/openapi.json` (backend/routes/docs.ts). */
const docs = operations({
  listSessions: {
    summary: 'Upcoming swarm sessions, with search and facets',
    description: '`onlineUrl` only for posters of a session\'s organisation; everyone else reads null and `online` (extension): whether it can be joined online. A seat gets the link in its receipt and mails.',
    tags: ['sessions'],
    auth: 'optional',
    query: sessionQuerySchema,
    queryNotes: {
      from: 'Sessions starting on or after this date (default: today)',
      assignment: 'Extension (additive): sessions whose `assignmentId` is one of these (at most 100), so one request serves a page of assignments',
    },
    responses: { 200: json('A page of sessions with facets', 'SessionPage', ['ETag']) },
  },
  getSessionCalendar: {
    summary: 'A session as an iCalendar event (RFC 5545, Europe/Amsterdam)',
    description: '`GET /sessions/{id}.ics` (the id followed by `.ics`): the session as an iCalendar event (text/calendar, RFC 5545, Europe/Amsterdam), for a link that adds it to a calendar. Public for everyone alike: without the link to join online (LOCATION is the place, or `Online`).',
    partOf: 'getSession',
    tags: ['sessions'],
    auth: 'optional',
    path: { file: { description: 'The id of the session and `.ics`', schema: { type: 'string', pattern: '^[^/]+\\.ics$', maxLength: 204 } } },
    responses: {
      200: { description: 'The event', content: { 'text/calendar': { type: 'string' } }, headers: ['ETag', 'Content-Disposition'] },
      404: 'Unknown session',
    },
  },
  getSession: {
    summary: 'One session',
    description: '`onlineUrl` only for posters of its organisation; everyone else reads null and `online` (extension).',
    tags: ['sessions'],
    auth: 'optional',
    path: { id: 'Id of the session; followed by `.ics`, its iCalendar event' },
    responses: { 200: json('The session; with credentials its ETag is the version to send in If-Match', 'Session', ['ETag']), 404: 'Unknown session' },
  },
  createSession: {
    summary: "Plan a swarm session for the caller's organisation",
    description: 'For posters of an organisation. The question is sanitised to the allowlist of contract §1 before it is stored.',
    tags: ['sessions'],
    auth: 'required',
    headers: [idempotencyKeyHeader],
    body: { required: true, content: { 'application/json': '#SessionDraft' } },
    responses: {
      201: json('The session (the same answer again for a replay of the Idempotency-Key)', 'Session', ['ETag', 'Location', 'Idempotent-Replayed']),
      403: 'Not a poster of an organisation known here',
      413: tooLarge,
      415: notJson,
      422: 'The Idempotency-Key was used for another body',
    },
  },
  updateSession: {
    summary: 'Change or cancel a session',
    description: 'For posters of its organisation. `status: cancelled` calls it off: everyone with a seat or a waitlist place is told by mail. A link to join online added or changed is mailed to everyone with a seat. The capacity cannot go below the seats taken (400 naming `capacity`): nobody loses a seat to a change. A session called off stays called off (409 for `status: open`).',
    tags: ['sessions'],
    auth: 'required',
    path: { id: 'Id of the session' },
    headers: [ifMatchHeader],
    body: { required: true, content: { 'application/merge-patch+json': '#SessionPatch', 'application/json': '#SessionPatch' } },
    responses: {
      200: json('The changed session, with its new ETag', 'Session', ['ETag']),
      403: 'Not a poster of its organisation',
      404: 'Unknown session',
      409: 'Called off before: it stays called off (plan a new one)',
      412: 'Changed meanwhile: `current` holds the newer version, the ETag its version',
      413: tooLarge,
      415: notJson,
      428: 'If-Match is missing',
    },
  },
  createRegistration: {
    summary: 'Sign up: a seat, or the waitlist when the session is full',
    description: 'The capacity is never exceeded. The confirmation mail holds the secret link to cancel. Extension: the receipt of a seat at a session that can be joined online carries `onlineUrl`, the link, as its mail does.',
    tags: ['sessions'],
    auth: 'optional',
    path: { id: 'Id of the session' },
    headers: [idempotencyKeyHeader],
    body: { required: true, content: { 'application/json': '#RegistrationForm' } },
    responses: {
      201: json('Registered or waitlisted (the same answer again for a replay of the Idempotency-Key)', 'RegistrationReceipt', ['Idempotent-Replayed']),
      404: 'Unknown session',
      409: 'The session is closed for sign-ups or cancelled',
      413: tooLarge,
      415: notJson,
      422: 'The Idempotency-Key was used for another body',
      429: 'Too many sign-ups from this client: try again after Retry-After',
    },
  },
  cancelRegistration: {
    summary: 'Cancel a registration with the secret of its confirmation mail',
    description: 'The first on the waitlist then moves up and is told. A wrong secret and an unknown registration both answer 404. Cancelling again answers 200 with `Idempotent-Replayed: true` and changes nothing.',
    tags: ['sessions'],
    auth: 'optional',
    path: { id: 'Id of the registration' },
    body: { required: true, content: { 'application/json': linkSecret } },
    responses: {
      200: json('Cancelled (also when it was before: then with Idempotent-Replayed)', 'RegistrationReceipt', ['Idempotent-Replayed']),
      404: 'Unknown registration, or not its secret',
      413: tooLarge,
      415: notJson,
      429: linkLimited,
    },
  },
  getRegistrationStatus: {
    summary: 'Where a registration stands, by the secret of its confirmation mail',
    description:
      'Extension (additive): the page the cancel link opens reads this before it asks "cancel?", so a link used before says so at once. Changes nothing. POST, not GET: the secret goes in the body, as for cancelling, so it stays out of URLs and the logs that keep them. A wrong secret and an unknown registration both answer 404.',
    tags: ['sessions'],
    auth: 'optional',
    path: { id: 'Id of the registration' },
    body: { required: true, content: { 'application/json': linkSecret } },
    responses: {
      200: json('The registration as its receipt: `status` registered, waitlisted or cancelled; a seat (registered) carries the link to join online, if any', 'RegistrationReceipt'),
      404: 'Unknown registration, or not its secret',
      413: tooLarge,
      415: notJson,
      429: linkLimited,
    },
  },
  listRegistrations: {
    summary: "A session's registrations; CSV with Accept: text/csv",
    description: 'For posters of its organisation; every read is audited.',
    tags: ['sessions'],
    auth: 'required',
    path: { id: 'Id of the session' },
    query: registrationsQuery,
    responses: {
      200: {
        description: 'A page of registrations, or all of them as CSV (UTF-8 with BOM, `;`-separated) with Accept: text/csv',
        content: { 'application/json': '#RegistrationPage', 'text/csv': { type: 'string' } },
        headers: ['Content-Language', 'Content-Disposition'],
      },
      403: 'Not a poster of its organisation',
      404: 'Unknown session',
    },
  },
});

export function sessionRoutes(routes: Routes, config: { sessionRateLimit: number }): void {
  const perMinute = () => config.sessionRateLimit;
  routes.use('POST', '/sessions/:id/registrations', rateLimit('registrations', perMinute));
  routes.use('POST', '/registrations/:id/cancel', rateLimit('registration-links', perMinute));
  routes.use('POST', '/registrations/:id/status', rateLimit('registration-links', perMinute));

  routes.get('/sessions', docs.listSessions, async (c) => {
    const parsed = parseWith(sessionQuerySchema, queryObject(new URL(c.req.url).searchParams, sessionQuerySchema));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const q = parsed.value;
    const selected = Object.fromEntries(sessionFacets.map((f) => [f, q[f]])) as Record<SessionFacet, string[]>;
    const result = await c.get('deps').store.searchSessions({
      filter: { search: parseSearch(q.q), from: q.from ?? c.get('today'), assignment: q.assignment },
      selected,
      sort: 'startsAt',
      offset: (q.page - 1) * q.pageSize,
      limit: q.pageSize,
    });
    const missing = q.organisation.filter((id) => !result.counts.organisation.some((x) => x.value === id));
    const names = missing.length ? await c.get('deps').store.organisationNames(missing) : undefined;
    const facets = Object.fromEntries(sessionFacets.map((name) => [name, facetList(name, result.counts[name], selected[name], c.get('labels'), names)]));
    return respond(c, { items: result.items.map((s) => presentSession(c, s)), page: q.page, pageSize: q.pageSize, total: result.total, facets }, { schema: schemas.SessionPage });
  });

  // Before `/sessions/:id`, which would take `….ics` for an id.
  routes.get('/sessions/:file{[^/]+\\.ics}', docs.getSessionCalendar, async (c) => {
    const session = await findSession(c, (c.req.param('file') as string).replace(/\.ics$/, ''));
    // The public view, also for a poster: the file is cached publicly, and the link is for seats.
    const body = sessionCalendar({ ...presentSession(c, session), onlineUrl: null }, {
      host: publicRequestUrl(c.req.raw, c.get('deps').config).hostname,
      now: c.get('deps').now(),
      sequence: (session.version ?? 1) - 1,
    });
    // Revalidated as the other public reads (304): its ETag is what it says, not when it was made (DTSTAMP).
    const etag = `W/"${hashText(body.replace(/^DTSTAMP:[^\r\n]*\r\n/m, ''))}"`;
    const headers = {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': contentDisposition(`${session.id}.ics`).replace(/^attachment/, 'inline'),
      'Cache-Control': `public, max-age=${c.get('deps').config.publicMaxAge}`,
      ETag: etag,
    };
    if (matchesEtag(c.req.header('If-None-Match'), etag)) return new Response(null, { status: 304, headers });
    return new Response(body, { status: 200, headers });
  });

  routes.get('/sessions/:id', docs.getSession, async (c) => {
    const session = await findSession(c, c.req.param('id') as string);
    const headers = c.get('credentialed') ? { ETag: versionTag(session.version) } : undefined;
    return respond(c, presentSession(c, session), { schema: schemas.Session, headers });
  });

  routes.post('/sessions', docs.createSession, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return unauthorized('Log in om een zwermsessie te plaatsen.');
    if (!viewer.organisation || !isPosterOf(viewer, viewer.organisation)) return denied(viewer, 'Alleen wie voor de organisatie plaatst, kan dat hier.');
    const header = idempotencyKey(c);
    const body = await jsonBody(c);
    const organisationId = viewer.organisation;
    const check = async () => {
      const checked = checkSessionDraft(body, { now: c.get('deps').now(), creating: true, knownCode: knownCode(c) });
      return { checked, issues: await sessionIssues(c, checked, body, organisationId) };
    };
    if ('problem' in header) return invalidInput([header.problem, ...(await check()).issues], 'fields');
    const scope = `session:${organisationId}`;
    const { fingerprint, isOf } = await jsonRequestFingerprint(body);
    const { store } = c.get('deps');
    const again = (stored: StoredAnswer) => replayCreated(c, stored, 'sessions');
    const earlier = await answerForKey(c, scope, header.key, isOf, again);
    if (earlier) return earlier;
    const { checked, issues } = await check();
    if (!checked.ok || issues.length) return invalidInput(issues, 'fields');
    const organisation = await store.organisation(viewer.organisation);
    if (!organisation) return denied(viewer, 'Je organisatie is (nog) niet bekend bij deze opdrachtenbank.');
    const id = newId(`s-${c.get('today').slice(0, 4)}-`);
    const session = sessionOf(c, checked.value, { id, organisation, registered: 0, version: 1 });
    const presented = presentSession(c, session);
    const outcome = await store.createSession(session, { scope, key: header.key, fingerprint, status: 201, body: presented });
    if (outcome === 'duplicate') {
      return (await answerForKey(c, scope, header.key, isOf, again, { raced: true }))!;
    }
    return respond(c, presented, { status: 201, schema: schemas.Session, headers: createdHeaders(c, 'sessions', id) });
  });

  routes.patch('/sessions/:id', docs.updateSession, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return unauthorized('Log in om een zwermsessie te wijzigen.');
    const current = await findSession(c, c.req.param('id') as string);
    if (!isPosterOf(viewer, current.organisation.id)) return denied(viewer, 'Alleen wie voor deze organisatie plaatst, kan dit wijzigen.');
    const expected = ifMatchVersion(c, current.version ?? 1);
    const patch = await jsonBody(c);
    const base = { ...current, fields: current.fields.map((f) => ({ value: f.value })), region: current.region ? { value: current.region.value } : null };
    // A JSON Merge Patch (RFC 7396), as for assignments and profiles: null removes, objects merge.
    const merged = mergePatch(base, patch) as Record<string, unknown>;
    const checked = checkSessionDraft(merged, { now: c.get('deps').now(), creating: false, storedStart: current.startsAt, registered: current.registered, knownCode: knownCode(c) });
    const issues = await sessionIssues(c, checked, merged, current.organisation.id, current.assignmentId ?? null);
    if (!checked.ok || issues.length) return invalidInput(issues, 'fields');
    if (current.status === 'cancelled' && checked.value.status !== 'cancelled') return stillCancelled();
    const next = sessionOf(c, checked.value, { id: current.id, organisation: current.organisation, registered: current.registered, version: current.version ?? 1 });
    // Cancelled now: whoever holds a seat or a waitlist place is told, in the same transaction.
    const cancelling = next.status === 'cancelled' && current.status !== 'cancelled';
    // Moved, or somewhere else: whoever holds a seat or a waitlist place is told how it stands now
    // (a seat also of a link to join online added or changed, as only seats get it).
    const changed = next.status !== 'cancelled' && (['startsAt', 'endsAt', 'place', 'onlineUrl'] as const).some((k) => next[k] !== current[k]);
    const tell = cancelling
      ? (holders: StoredRegistration[]) => holders.map((r) => cancelledSessionMail(next, r, newMailId))
      : changed
        ? (holders: StoredRegistration[]) => holders.flatMap((r) => sessionChangeMail(current, next, r, newMailId) ?? [])
        : undefined;
    // More seats: the first on the waitlist take them, each told, with a cancel link for a seat.
    const { sessionsUrl } = c.get('deps').config;
    const promote = {
      next: cancelToken,
      mails: (promoted: StoredRegistration, session: StoredSession, token: string) => [
        registrationMail('promoted', session, promoted, { cancelUrl: cancelLink(sessionsUrl, promoted.id, token, { sessionId: session.id, waitlisted: false }), newId: newMailId }),
      ],
    };
    const change = expected === null ? { outcome: 'stale' as const, value: current } : await c.get('deps').store.updateSession(next, expected, tell, promote);
    if (!change) return notFound(`Zwermsessie ${current.id}`);
    // Someone took a seat between the check above and the change.
    if (change.outcome === 'overbooked') return invalidInput([seatsTaken(c, change.value.registered)], 'fields');
    if (change.outcome === 'updated' && (cancelling || changed || change.value.capacity > current.capacity)) c.get('deps').mailQueued();
    const presented = presentSession(c, change.value);
    if (change.outcome === 'stale') {
      return problem(412, 'precondition-failed', 'Intussen gewijzigd', 'Iemand anders heeft deze zwermsessie intussen gewijzigd.', { extra: { current: presented }, headers: { ETag: versionTag(change.value.version) } });
    }
    return respond(c, presented, { schema: schemas.Session, headers: { ETag: versionTag(change.value.version) } });
  });

  routes.post('/sessions/:id/registrations', docs.createRegistration, async (c) => {
    const session = await findSession(c, c.req.param('id') as string);
    const { store, now, config } = c.get('deps');
    const header = idempotencyKey(c);
    const key = 'key' in header ? header.key : undefined;
    const scope = `registration:${session.id}`;
    const body = await jsonBody(c);
    const { fingerprint, isOf } = await jsonRequestFingerprint(body);
    const again = (stored: StoredAnswer) => replay(c, stored);
    const earlier = key ? await answerForKey(c, scope, key, isOf, again) : null;
    if (earlier) return earlier;
    if (sessionStatus(session, session.registered, { today: c.get('today'), instant: now() }) === 'closed' || session.status === 'cancelled') return closedForSignUps();

    const values = (body && typeof body === 'object' ? body : {}) as Record<string, string | boolean | null>;
    const issues = checkRegistration(values);
    // As for an application: a profile named must exist.
    const { profileId } = issues.some((issue) => issue.name === 'profileId') ? { profileId: null } : registrationInput(values);
    if (profileId && !(await seenProfile(c, profileId))) issues.push({ name: 'profileId', code: 'unknown' });
    const problems = 'problem' in header ? [header.problem] : [];
    problems.push(...issues.map((issue) => ({ name: issue.name, code: issue.code, reason: applicationIssueText(issue, c.get('lang')) })));
    if (problems.length || !key) return invalidInput(problems, 'fields');

    const input = registrationInput(values);
    const { token, hash } = await cancelToken();
    const id = newId('reg-');
    const confirm = await mayMailTypedAddress(store, input.email, now());
    if (!confirm) c.get('deps').log.warn('mail.address-capped', { registrationId: id, detail: `more than ${MAILS_PER_TYPED_ADDRESS_PER_DAY} mails to this typed address today: no confirmation` });
    const result = await store.register(
      { id, sessionId: session.id, receivedAt: dutchInstant(now()), ...input, lang: c.get('lang'), tokenHash: hash },
      { scope, key, fingerprint, status: 201 },
      (locked) => {
        const status = sessionStatus(locked, locked.registered, { today: c.get('today'), instant: now() });
        if (status === 'open') return 'registered';
        return status === 'full' ? 'waitlisted' : null;
      },
      (registration, locked) =>
        confirm
          ? [
              registrationMail(registration.status === 'registered' ? 'registered' : 'waitlisted', locked, registration, {
                cancelUrl: cancelLink(config.sessionsUrl, registration.id, token, { sessionId: locked.id, waitlisted: registration.status === 'waitlisted' }),
                newId: newMailId,
              }),
            ]
          : [],
      receiptOf,
    );
    if (result.outcome !== 'stored') {
      if (result.outcome === 'closed') return closedForSignUps();
      if (result.outcome === 'unknown') return notFound(`Zwermsessie ${session.id}`);
      if (result.outcome === 'already') {
        const reason =
          c.get('lang') === 'en'
            ? 'This email address is signed up for this session already (or on its waitlist): the confirmation is in its mail.'
            : 'Met dit e-mailadres ben je al aangemeld voor deze zwermsessie (of sta je op de wachtlijst): de bevestiging staat in je mail.';
        return invalidInput([{ name: 'email', code: 'registered', reason }], 'fields');
      }
      return (await answerForKey(c, scope, key, isOf, again, { raced: true }))!;
    }
    c.get('deps').mailQueued();
    c.get('deps').log.info('session.registered', { sessionId: session.id, status: result.registration.status });
    return c.json(result.receipt, 201, { 'Cache-Control': 'private, no-store' });
  });

  routes.post('/registrations/:id/cancel', docs.cancelRegistration, async (c) => {
    const id = checkedId(c.req.param('id') as string, 'id');
    const token = await linkToken(c);
    if (!token) return missingToken();
    const { store, config } = c.get('deps');
    // The one who moves up gets a cancel link of their own, for a seat (see Store.cancelRegistration).
    const next = await cancelToken();
    const result = await store.cancelRegistration(id, await sha256([token]), {
      tokenHash: next.hash,
      mails: (promoted, session) => [
        registrationMail('promoted', session, promoted, { cancelUrl: cancelLink(config.sessionsUrl, promoted.id, next.token, { sessionId: session.id, waitlisted: false }), newId: newMailId }),
      ],
    });
    // A wrong token and an unknown registration look the same: the link is the only key.
    if (result.outcome === 'unknown') return notFound(`Aanmelding ${id}`);
    // The link opened again: the same answer, marked, so the page says it was done before.
    if (result.outcome === 'already') return c.json(receiptOf(result.registration, null), 200, { 'Cache-Control': 'private, no-store', 'Idempotent-Replayed': 'true' });
    if (result.promoted) c.get('deps').mailQueued();
    c.get('deps').log.info('session.cancelled', { sessionId: result.registration.sessionId, promoted: !!result.promoted });
    return c.json(receiptOf(result.registration, null), 200, { 'Cache-Control': 'private, no-store' });
  });

  routes.post('/registrations/:id/status', docs.getRegistrationStatus, async (c) => {
    const id = checkedId(c.req.param('id') as string, 'id');
    const token = await linkToken(c);
    if (!token) return missingToken();
    const registration = await c.get('deps').store.registrationByToken(id, await sha256([token]));
    // As for cancelling: a wrong token and an unknown registration look the same.
    if (!registration) return notFound(`Aanmelding ${id}`);
    const session = registration.status === 'registered' ? await c.get('deps').store.getSession(registration.sessionId) : null;
    return c.json(receiptOf(registration, session), 200, { 'Cache-Control': 'private, no-store' });
  });

  routes.get('/sessions/:id/registrations', docs.listRegistrations, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return unauthorized('Log in om aanmeldingen te lezen.');
    const session = await findSession(c, c.req.param('id') as string);
    if (!isPosterOf(viewer, session.organisation.id)) return denied(viewer, 'Alleen wie voor deze organisatie plaatst, leest haar aanmeldingen.');
    const parsed = parseWith(registrationsQuery, queryObject(new URL(c.req.url).searchParams, registrationsQuery));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const { store } = c.get('deps');
    const csv = /\btext\/csv\b/i.test(c.req.header('Accept') ?? '');
    const { items, total } = await store.listRegistrations(session.id, csv ? { offset: 0, limit: 10_000 } : { offset: (parsed.value.page - 1) * parsed.value.pageSize, limit: parsed.value.pageSize });
    await store.audit({ at: c.get('deps').now().toISOString(), actor: viewer.sub, organisation: viewer.organisation, action: csv ? 'applications.export' : 'applications.list', target: session.id });
    const present = (r: StoredRegistration): schemas.Registration => ({ id: r.id, sessionId: r.sessionId, status: r.status, receivedAt: r.receivedAt, name: r.name, email: r.email, profileId: r.profileId });
    if (csv) {
      const en = c.get('lang') === 'en';
      const header = en ? ['Reference', 'Received', 'Status', 'Name', 'Email', 'Profile'] : ['Aanmeldnummer', 'Aangemeld', 'Status', 'Naam', 'E-mailadres', 'Profiel'];
      const status = { registered: en ? 'Registered' : 'Aangemeld', waitlisted: en ? 'Waitlist' : 'Wachtlijst', cancelled: en ? 'Cancelled' : 'Afgemeld' };
      const rows = items.map((r) => [r.id, csvDateTime(r.receivedAt), status[r.status], r.name, r.email, r.profileId]);
      return new Response(toCsv(header, rows), {
        status: 200,
        headers: privateHeaders(c, { 'Content-Type': 'text/csv; charset=utf-8; header=present', 'Content-Disposition': contentDisposition(exportFileName(en ? 'registrations' : 'aanmeldingen', session.title, session.id, 'csv')) }),
      });
    }
    return respond(c, { items: items.map(present), page: parsed.value.page, pageSize: parsed.value.pageSize, total }, { schema: schemas.RegistrationPage });
  });
}
