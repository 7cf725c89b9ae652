/**
 * The contract (CONTRACT.md §1) as executable checks, for any backend: the msw mock, the
 * reference server, or a municipality's own implementation. Each check is a plain async
 * function of a {@link Target}; it asserts status codes and validates bodies with the same
 * schemas the widgets use (src/api/schemas.ts). No test framework inside: a runner
 * (server/test/conformance.test.ts) registers them with node's test runner.
 *
 * The checks discover their data (an internal assignment, a closed one, a network profile)
 * through the API itself, so they only assume the seed's shape, not its exact ids: an
 * employee of `gem-steenbergen` has internal assignments to see, and some assignment is closed.
 */
import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import * as schemas from '../../src/api/schemas.js';
import { applicationCases, validApplication } from './application-cases.js';

/**
 * Who the checks sign in as: two employees of network members, a user with no rights, and the
 * posters (role `poster`) of those two organisations.
 */
export type Who = 'gem-steenbergen' | 'prov-noord-brabant' | 'guest' | 'poster:gem-steenbergen' | 'poster:prov-noord-brabant' | `profile:${string}`;

/** The claims of each identity, for backends that mint tokens from claims (the server's dev key, the mock). */
export function claimsOf(who: Who): { sub: string; org: string | null; roles?: string[] } {
  if (who.startsWith('profile:')) return { sub: who.slice('profile:'.length), org: null };
  return fixedClaims[who as keyof typeof fixedClaims];
}

const fixedClaims = {
  'gem-steenbergen': { sub: 'employee-steenbergen', org: 'gem-steenbergen' },
  'prov-noord-brabant': { sub: 'employee-provincie', org: 'prov-noord-brabant' },
  guest: { sub: 'guest', org: null },
  'poster:gem-steenbergen': { sub: 'poster-steenbergen', org: 'gem-steenbergen', roles: ['poster'] },
  'poster:prov-noord-brabant': { sub: 'poster-provincie', org: 'prov-noord-brabant', roles: ['poster'] },
} as const satisfies Record<string, { sub: string; org: string | null; roles?: string[] }>;

export interface Target {
  /** Answers one request (`fetch` itself, `app.fetch`, or the mock's `handle`). */
  fetch: (request: Request) => Promise<Response>;
  /** The API's base URL, e.g. `http://localhost/api/v1`. */
  baseUrl: string;
  /** A bearer token for that identity (the mock's fixed tokens, or a JWT the server minted). */
  tokenFor: (who: Who) => string | Promise<string>;
}

export interface Check {
  name: string;
  run: (target: Target) => Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Helpers

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function call(target: Target, path: string, init: RequestInit & { as?: Who } = {}): Promise<Answer> {
  const headers = new Headers(init.headers);
  if (init.as) headers.set('Authorization', `Bearer ${await target.tokenFor(init.as)}`);
  const response = await target.fetch(new Request(`${target.baseUrl.replace(/\/+$/, '')}${path}`, { ...init, headers }));
  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      assert.fail(`${init.method ?? 'GET'} ${path}: body is not JSON: ${text.slice(0, 200)}`);
    }
  }
  return { status: response.status, headers: response.headers, body };
}

function valid<S extends z.ZodMiniType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) assert.fail(`${what} does not match the contract: ${JSON.stringify(result.error.issues.slice(0, 5))}`);
  return result.data;
}

function ok<S extends z.ZodMiniType>(answer: Answer, schema: S, what: string, status = 200): z.output<S> {
  assert.equal(answer.status, status, `${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)?.slice(0, 300)}`);
  return valid(schema, answer.body, what);
}

/** A problem+json answer with this status; returns the problem. */
function isProblem(answer: Answer, status: number, what: string): schemas.Problem {
  assert.equal(answer.status, status, `${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)?.slice(0, 300)}`);
  assert.match(answer.headers.get('Content-Type') ?? '', /^application\/problem\+json/, `${what}: problem+json`);
  const problem = valid(schemas.Problem, answer.body, `${what} problem`);
  if (problem.status !== undefined) assert.equal(problem.status, status, `${what}: problem.status`);
  return problem;
}

function paramNames(problem: schemas.Problem): string[] {
  return (problem.invalidParams ?? []).map((p) => p.name);
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

async function list(target: Target, query = '', as?: Who) {
  return ok(await call(target, `/assignments${query}`, { as }), schemas.AssignmentPage, `GET /assignments${query}`);
}

/** An internal assignment of gem-steenbergen, as its employee sees it. */
async function internalAssignment(target: Target): Promise<schemas.Assignment> {
  const page = await list(target, '?visibility=internal&status=all&pageSize=100', 'gem-steenbergen');
  const found = page.items.find((a) => a.visibility === 'internal' && a.organisation.id === 'gem-steenbergen');
  assert.ok(found, 'the data has an internal assignment of gem-steenbergen');
  return found;
}

function form(fields: Record<string, string | Blob | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value instanceof Blob) data.append(name, value, name === 'cv' ? 'cv.pdf' : name);
    else data.append(name, value);
  }
  return data;
}

/** A form that satisfies the assignment's requirements. */
function completeForm(assignment: schemas.Assignment): FormData {
  const { requirements } = assignment;
  return form({
    name: 'Conformance Tester',
    email: 'tester@example.nl',
    motivation: 'Ik wil graag meewerken aan deze opdracht omdat ik er veel ervaring mee heb.',
    consent: 'true',
    kvkNumber: requirements.kvkNumber ? '12345678' : undefined,
    cv: requirements.cv ? new Blob(['%PDF-1.4\n% conformance\n'], { type: 'application/pdf' }) : undefined,
    acceptConditions: requirements.conditionsUrl ? 'true' : undefined,
    managerConsent: requirements.managerConsent ? 'true' : undefined,
  });
}

function apply(target: Target, id: string, body: FormData, key: string | null, as?: Who): Promise<Answer> {
  return call(target, `/assignments/${encodeURIComponent(id)}/applications`, {
    method: 'POST',
    body,
    headers: key ? { 'Idempotency-Key': key } : {},
    as,
  });
}

/** An open public assignment one can apply for through the form. */
async function openAssignment(target: Target): Promise<schemas.Assignment> {
  const page = await list(target, '?pageSize=100');
  const found = page.items.find((a) => a.status === 'open' && !a.applyUrl) ?? page.items[0];
  assert.ok(found, 'the data has an open public assignment');
  return found;
}

// ---------------------------------------------------------------------------------------------
// The checks

/** A complete assignment as a poster sends it (codes by value). */
function draftAssignment(closingDate: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Kwartiermaker wijkteams (conformance)',
    summary: 'Zet in drie maanden de wijkteams neer.',
    description: '<p>Je bouwt de wijkteams op.</p><script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">klik</a>',
    field: { value: 'sociaal-domein', label: 'wordt genegeerd' },
    skills: [{ name: 'Verandermanagement', required: true }],
    location: { place: 'Roosendaal', region: { value: 'west-brabant' }, mode: 'hybrid' },
    hoursPerWeek: { min: 16, max: 24 },
    startDate: null,
    endDate: null,
    closingDate,
    types: ['interim'],
    rate: { min: 80, max: 100, currency: 'EUR', unit: 'hour', publicRate: true },
    visibility: 'public',
    contact: { name: 'Test Persoon', email: 'test@example.nl', phone: null },
    url: null,
    applyUrl: null,
    requirements: { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false },
    ...overrides,
  };
}

function later(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const jsonHeaders = (key?: string, extra: Record<string, string> = {}) => ({ 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...extra });

/** A body that is no JSON (the feed, a calendar file), asked without credentials as a feed reader or a calendar asks it. */
async function textOf(target: Target, path: string): Promise<string> {
  const response = await target.fetch(new Request(`${target.baseUrl.replace(/\/+$/, '')}${path}`));
  assert.equal(response.status, 200, path);
  return response.text();
}

export const checks: Check[] = [
  {
    name: 'GET /sessions: upcoming sessions, soonest first, with seats left, status and facets; one by id; its .ics',
    async run(target) {
      const page = ok(await call(target, '/sessions?pageSize=100'), schemas.SessionPage, 'sessions');
      assert.ok(page.items.length > 0, 'the data has sessions');
      const starts = page.items.map((s) => Date.parse(s.startsAt));
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'soonest first');
      for (const s of page.items) {
        assert.ok(s.seatsLeft >= 0 && s.seatsLeft <= s.capacity, `${s.id} seats left within capacity`);
        if (s.status === 'full') assert.equal(s.seatsLeft, 0);
      }
      assert.ok(page.facets?.organisation?.length, 'an organisation facet');
      const first = page.items[0] as schemas.Session;
      ok(await call(target, `/sessions/${encodeURIComponent(first.id)}`), schemas.Session, 'one session');
      isProblem(await call(target, '/sessions/s-does-not-exist'), 404, 'unknown session');
      const ics = await target.fetch(new Request(`${target.baseUrl.replace(/\/+$/, '')}/sessions/${encodeURIComponent(first.id)}.ics`));
      assert.equal(ics.status, 200);
      assert.match(ics.headers.get('Content-Type') ?? '', /^text\/calendar/);
      const text = await ics.text();
      assert.match(text, /^BEGIN:VCALENDAR\r\n/);
      assert.match(text, /DTSTART;TZID=Europe\/Amsterdam:\d{8}T\d{6}\r\n/);
      const byOrg = ok(await call(target, `/sessions?organisation=${encodeURIComponent(first.organisation.id)}`), schemas.SessionPage, 'by organisation');
      assert.ok(byOrg.items.every((s) => s.organisation.id === first.organisation.id));
    },
  },
  {
    name: 'sessions: a poster creates one; sign-ups take seats, then the waitlist; posters read them (CSV too); 409 once cancelled',
    async run(target) {
      const start = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
      const created = await call(target, '/sessions', {
        method: 'POST',
        as: 'poster:gem-steenbergen',
        headers: jsonHeaders(`session-${Date.now()}`),
        body: JSON.stringify({ title: 'Zwermsessie van de conformance', question: '<p>Vraag</p>', startsAt: `${start}T09:00:00+01:00`, endsAt: `${start}T11:00:00+01:00`, place: 'Steenbergen', capacity: 2, signUpDeadline: start }),
      });
      const session = ok(created, schemas.Session, 'created', 201);
      assert.deepEqual([session.capacity, session.seatsLeft, session.status], [2, 2, 'open']);
      isProblem(await call(target, '/sessions', { method: 'POST', headers: jsonHeaders('x'), body: '{}' }), 401, 'anonymous create');

      const signUp = (i: number) =>
        call(target, `/sessions/${encodeURIComponent(session.id)}/registrations`, {
          method: 'POST',
          headers: jsonHeaders(`reg-${session.id}-${i}`),
          body: JSON.stringify({ name: `Deelnemer ${i}`, email: `d${i}@voorbeeld.nl`, consent: true }),
        });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push(ok(await signUp(i), schemas.RegistrationReceipt, `sign-up ${i}`, 201).status);
      assert.deepEqual(statuses, ['registered', 'registered', 'waitlisted']);
      assert.equal(ok(await signUp(2), schemas.RegistrationReceipt, 'replay', 201).status, 'waitlisted', 'the same key replays');
      const invalid = isProblem(
        await call(target, `/sessions/${encodeURIComponent(session.id)}/registrations`, { method: 'POST', headers: jsonHeaders(`reg-bad-${Date.now()}`), body: JSON.stringify({ name: 'X', email: 'nee' }) }),
        400,
        'invalid sign-up',
      );
      assert.deepEqual(paramNames(invalid).sort(), ['consent', 'email', 'name']);
      const full = ok(await call(target, `/sessions/${encodeURIComponent(session.id)}`), schemas.Session, 'full now');
      assert.deepEqual([full.seatsLeft, full.status], [0, 'full']);

      const path = `/sessions/${encodeURIComponent(session.id)}/registrations`;
      isProblem(await call(target, path), 401, 'registrations anonymous');
      isProblem(await call(target, path, { as: 'poster:prov-noord-brabant' }), 403, "another organisation's poster");
      const registrations = ok(await call(target, path, { as: 'poster:gem-steenbergen' }), schemas.RegistrationPage, 'registrations');
      assert.deepEqual(registrations.items.map((r) => r.status), ['registered', 'registered', 'waitlisted']);
      const csv = await target.fetch(new Request(`${target.baseUrl.replace(/\/+$/, '')}${path}`, { headers: { Accept: 'text/csv', Authorization: `Bearer ${await target.tokenFor('poster:gem-steenbergen')}` } }));
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('Content-Type') ?? '', /^text\/csv/);

      const read = await call(target, `/sessions/${encodeURIComponent(session.id)}`, { as: 'poster:gem-steenbergen' });
      const cancelled = await call(target, `/sessions/${encodeURIComponent(session.id)}`, {
        method: 'PATCH',
        as: 'poster:gem-steenbergen',
        headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': read.headers.get('ETag') ?? '' },
        body: JSON.stringify({ status: 'cancelled' }),
      });
      assert.equal(ok(cancelled, schemas.Session, 'cancelled').status, 'cancelled');
      isProblem(await signUp(9), 409, 'sign-up for a cancelled session');
    },
  },
  {
    name: 'POST /assignments: a poster creates one (sanitised, on the board), idempotently; every invalid field at once; others 401/403',
    async run(target) {
      const key = `post-${Date.now()}`;
      const body = JSON.stringify(draftAssignment(later(30)));
      isProblem(await call(target, '/assignments', { method: 'POST', body, headers: jsonHeaders(key) }), 401, 'anonymous');
      isProblem(await call(target, '/assignments', { method: 'POST', body, headers: jsonHeaders(key), as: 'gem-steenbergen' }), 403, 'an employee who is no poster');
      const created = await call(target, '/assignments', { method: 'POST', body, headers: jsonHeaders(key), as: 'poster:gem-steenbergen' });
      const assignment = ok(created, schemas.Assignment, 'created', 201);
      assert.equal(assignment.organisation.id, 'gem-steenbergen', "the caller's organisation");
      assert.ok(created.headers.get('ETag'), 'an ETag');
      assert.match(created.headers.get('Location') ?? '', new RegExp(`/assignments/${assignment.id}$`));
      assert.ok(!/script|onerror|javascript/i.test(assignment.description), `sanitised before storing: ${assignment.description}`);
      assert.match(assignment.description, /<p>Je bouwt de wijkteams op\.<\/p>/);
      assert.equal(assignment.field.label, 'Sociaal domein', 'the label is the backend\'s own');
      const again = await call(target, '/assignments', { method: 'POST', body, headers: jsonHeaders(key), as: 'poster:gem-steenbergen' });
      assert.equal(ok(again, schemas.Assignment, 'replay', 201).id, assignment.id, 'the same key gives the same 201');
      // The same 201: a client whose first answer was lost needs the ETag for its next change.
      assert.equal(again.headers.get('ETag'), created.headers.get('ETag'), "the replay's ETag");
      assert.equal(again.headers.get('Location'), created.headers.get('Location'), "the replay's Location");
      isProblem(await call(target, '/assignments', { method: 'POST', body: JSON.stringify(draftAssignment(later(31))), headers: jsonHeaders(key), as: 'poster:gem-steenbergen' }), 422, 'the key with another body');
      const board = await list(target, `?q=${encodeURIComponent('kwartiermaker wijkteams conformance')}&pageSize=100`);
      assert.ok(board.items.some((a) => a.id === assignment.id), 'on the public board');

      const invalid = isProblem(
        await call(target, '/assignments', {
          method: 'POST',
          body: JSON.stringify(draftAssignment(later(-1), { title: 'Kort', hoursPerWeek: { min: 30, max: 10 }, types: ['vast'], url: 'javascript:alert(1)' })),
          headers: jsonHeaders(`post-invalid-${Date.now()}`),
          as: 'poster:gem-steenbergen',
        }),
        400,
        'invalid draft',
      );
      assert.deepEqual(paramNames(invalid).sort(), ['closingDate', 'hoursPerWeek.max', 'title', 'types.0', 'url'], 'every invalid field at once');
      isProblem(await call(target, '/assignments', { method: 'POST', body, headers: jsonHeaders(), as: 'poster:gem-steenbergen' }), 400, 'no Idempotency-Key');
    },
  },
  {
    name: 'PATCH /assignments/{id}: If-Match (428, 412 with current), internal ones only on the internal board, other organisations 403',
    async run(target) {
      const created = await call(target, '/assignments', {
        method: 'POST',
        body: JSON.stringify(draftAssignment(later(20), { title: 'Interne klus voor de conformance', visibility: 'internal' })),
        headers: jsonHeaders(`internal-${Date.now()}`),
        as: 'poster:gem-steenbergen',
      });
      const assignment = ok(created, schemas.Assignment, 'created', 201);
      const etag = created.headers.get('ETag') ?? '';
      const path = `/assignments/${encodeURIComponent(assignment.id)}`;
      assert.ok(!(await list(target, '?pageSize=100')).items.some((a) => a.id === assignment.id), 'not on the public board');
      const internal = await list(target, '?visibility=internal&pageSize=100', 'gem-steenbergen');
      assert.ok(internal.items.some((a) => a.id === assignment.id), "on the organisation's internal board");

      const patch = (headers: Record<string, string>, body: object, as: Who = 'poster:gem-steenbergen') =>
        call(target, path, { method: 'PATCH', body: JSON.stringify(body), headers: { 'Content-Type': 'application/merge-patch+json', ...headers }, as });
      isProblem(await patch({}, { title: 'Nieuwe titel voor de klus' }), 428, 'no If-Match');
      isProblem(await patch({ 'If-Match': etag }, { title: 'Nieuwe titel voor de klus' }, 'poster:prov-noord-brabant'), 403, "another organisation's poster");
      const changed = await patch({ 'If-Match': etag }, { title: 'Nieuwe titel voor de klus', summary: null });
      const updated = ok(changed, schemas.Assignment, 'changed');
      assert.deepEqual([updated.title, updated.summary], ['Nieuwe titel voor de klus', null]);
      assert.notEqual(changed.headers.get('ETag'), etag);
      const stale = await patch({ 'If-Match': etag }, { title: 'Een andere titel' });
      isProblem(stale, 412, 'outdated If-Match');
      assert.equal(schemas.Assignment.parse((stale.body as { current?: unknown }).current).title, 'Nieuwe titel voor de klus', 'the current version comes along');
      const closed = await patch({ 'If-Match': changed.headers.get('ETag') ?? '' }, { status: 'closed' });
      assert.equal(ok(closed, schemas.Assignment, 'closed now').status, 'closed');
    },
  },
  {
    name: 'POST/PATCH /profiles: one per person (409 for a second), visibility honoured, only the owner changes it',
    async run(target) {
      const sub = { sub: `pro-${Date.now()}` };
      const draft = {
        name: 'Conformance Professional',
        headline: 'Verbinder tussen gemeenten',
        kind: 'zpp',
        fields: [{ value: 'organisatieontwikkeling' }],
        coreQualities: ['Verbinden'],
        skills: ['Projectmanagement'],
        experience: [{ title: 'Projectleider', organisation: 'Gemeente Steenbergen', from: '2024-03', to: null }],
        availability: { hoursPerWeek: 16, from: later(10) },
        region: { value: 'west-brabant' },
        rate: { amount: 85, currency: 'EUR', unit: 'hour', publicRate: true },
        bio: 'Twintig jaar gemeente.',
        links: { cv: null, portfolio: 'https://example.nl/portfolio', linkedin: null },
        contact: { email: 'pro@example.nl', phone: null },
        visibility: 'network',
      };
      const token = await target.tokenFor(`profile:${sub.sub}` as Who);
      const post = (body: object, key: string) =>
        target.fetch(new Request(`${target.baseUrl.replace(/\/+$/, '')}/profiles`, { method: 'POST', body: JSON.stringify(body), headers: { ...jsonHeaders(key), Authorization: `Bearer ${token}` } }));
      const created = await post(draft, `profile-${sub.sub}`);
      assert.equal(created.status, 201, await created.clone().text());
      const profile = schemas.Profile.parse(await created.json());
      const etag = created.headers.get('ETag') ?? '';
      assert.equal((await post(draft, `profile-${sub.sub}-again`)).status, 409, 'a second profile for the same person');
      const me = ok(await call(target, '/me', { headers: { Authorization: `Bearer ${token}` } }), schemas.Me, 'me');
      assert.equal(me.profileId, profile.id, '/me names the own profile');

      const anonymous = await list(target, '');
      assert.ok(anonymous.items.every((a) => a.id !== profile.id));
      const directory = ok(await call(target, '/profiles?pageSize=100&q=conformance'), schemas.ProfilePage, 'public directory');
      assert.ok(!directory.items.some((p) => p.id === profile.id), 'a network profile is not public');
      isProblem(await call(target, `/profiles/${profile.id}`), 401, 'anonymous reads a network profile');
      const member = ok(await call(target, '/profiles?pageSize=100&q=conformance', { as: 'gem-steenbergen' }), schemas.ProfilePage, 'member');
      assert.ok(member.items.some((p) => p.id === profile.id), 'a network member sees it');

      const patch = (headers: Record<string, string>, body: object) =>
        target.fetch(
          new Request(`${target.baseUrl.replace(/\/+$/, '')}/profiles/${profile.id}`, {
            method: 'PATCH',
            body: JSON.stringify(body),
            headers: { 'Content-Type': 'application/merge-patch+json', ...headers },
          }),
        );
      const someoneElse = await target.tokenFor('poster:gem-steenbergen');
      assert.equal((await patch({ Authorization: `Bearer ${someoneElse}`, 'If-Match': etag }, { visibility: 'public' })).status, 403, 'not the owner');
      const changed = await patch({ Authorization: `Bearer ${token}`, 'If-Match': etag }, { visibility: 'public', headline: 'Verbinder, nu openbaar' });
      assert.equal(changed.status, 200, await changed.clone().text());
      const publicNow = ok(await call(target, '/profiles?pageSize=100&q=conformance'), schemas.ProfilePage, 'public now');
      assert.ok(publicNow.items.some((p) => p.id === profile.id && p.headline === 'Verbinder, nu openbaar'), 'visible to everyone after the owner chose public');
      assert.equal((await patch({ Authorization: `Bearer ${token}`, 'If-Match': etag }, { bio: 'x' })).status, 412, 'the old ETag is stale');
    },
  },
  {
    name: 'language (extension): an assignment, profile or session keeps the language of its texts; absent, Dutch; a change without it keeps it; no language tag is a 400',
    async run(target) {
      const start = later(25);
      const session = { title: 'Zwermsessie in het Engels', question: '<p>How do we welcome newcomers?</p>', startsAt: `${start}T09:00:00+01:00`, endsAt: `${start}T11:00:00+01:00`, place: 'Steenbergen', capacity: 5, signUpDeadline: start };
      const profile = { name: 'Language Professional', headline: 'Policy adviser', kind: 'zzp', region: { value: 'west-brabant' } };
      const owner = `profile:lang-${Date.now()}` as Who;
      const kinds = [
        { path: '/assignments', draft: draftAssignment(later(30), { title: 'Policy adviser for newcomers', summary: 'Three months to welcome newcomers.' }), change: { title: 'Senior policy adviser' }, as: 'poster:gem-steenbergen' as Who, schema: schemas.Assignment },
        { path: '/profiles', draft: profile, change: { headline: 'Senior policy adviser' }, as: owner, schema: schemas.Profile },
        { path: '/sessions', draft: session, change: { title: 'Welcoming newcomers' }, as: 'poster:gem-steenbergen' as Who, schema: schemas.Session },
      ];
      let profileId = '';
      for (const [i, kind] of kinds.entries()) {
        const post = (body: object, key: string) => call(target, kind.path, { method: 'POST', body: JSON.stringify(body), headers: jsonHeaders(`${key}-${Date.now()}`), as: kind.as });
        const invalid = isProblem(await post({ ...kind.draft, language: 'Engels' }, `lang-invalid-${i}`), 400, `${kind.path} with a language that is no tag`);
        assert.deepEqual(paramNames(invalid), ['language'], `${kind.path}: the 400 names language`);

        const created = await post({ ...kind.draft, language: 'en' }, `lang-en-${i}`);
        const item = ok(created, kind.schema, `${kind.path} in English`, 201);
        assert.equal(item.language, 'en', `${kind.path}: the created item says its language`);
        const one = `${kind.path}/${encodeURIComponent(item.id)}`;
        const read = await call(target, one, { as: kind.as });
        assert.equal(ok(read, kind.schema, `GET ${kind.path}/{id}`).language, 'en', `${kind.path}: stored`);

        const patch = (body: object, etag: string) =>
          call(target, one, { method: 'PATCH', body: JSON.stringify(body), headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': etag }, as: kind.as });
        const changed = ok(await patch(kind.change, read.headers.get('ETag') ?? ''), kind.schema, `${kind.path} changed`);
        assert.equal(changed.language, 'en', `${kind.path}: a change without language keeps it`);
        const again = await call(target, one, { as: kind.as });
        isProblem(await patch({ language: 'en_GB' }, again.headers.get('ETag') ?? ''), 400, `${kind.path}: a change to no tag`);
        assert.equal(ok(await call(target, one, { as: kind.as }), kind.schema, `${kind.path} after the refused change`).language, 'en');

        if (kind.path === '/profiles') {
          profileId = item.id;
          continue; // one profile per person: the Dutch default is checked on the others
        }
        const dutch = ok(await post(kind.draft, `lang-none-${i}`), kind.schema, `${kind.path} without language`, 201);
        assert.equal(dutch.language, 'nl', `${kind.path}: absent, Dutch`);

        if (kind.path === '/assignments') {
          // The feed marks an assignment's own words where their language is not the feed's (RFC
          // 4287 §2): its title and content, not the entry, whose category label is the feed's.
          const entry = (feed: string, id: string) => {
            const found = feed.split('<entry').find((e) => e.includes(`:assignment:${id}</id>`));
            assert.ok(found, `${id} in the feed`);
            return found;
          };
          const dutchFeed = await textOf(target, '/assignments/feed?organisation=gem-steenbergen&lang=nl');
          const english = entry(dutchFeed, item.id);
          assert.match(english, /<title xml:lang="en">Senior policy adviser<\/title>/, 'an English title in a Dutch feed');
          assert.match(english, /<content type="text" xml:lang="en">Three months to welcome newcomers\.<\/content>/);
          assert.equal(english.match(/xml:lang/g)?.length, 2, 'nothing else marked: the entry, its category');
          assert.doesNotMatch(entry(dutchFeed, dutch.id), /xml:lang/, 'a Dutch one in a Dutch feed');
          const englishFeed = await textOf(target, '/assignments/feed?organisation=gem-steenbergen&lang=en');
          assert.doesNotMatch(entry(englishFeed, item.id), /xml:lang/, 'an English one in an English feed');
          assert.match(entry(englishFeed, dutch.id), /<title xml:lang="nl">[^<]+<\/title>/, 'a Dutch one in an English feed');
        }
        if (kind.path === '/sessions') {
          // The calendar file marks the session's own words (RFC 5545 §3.2.10), DESCRIPTION too:
          // its "Organisation:" is in the session's language.
          const calendar = (id: string) => textOf(target, `/sessions/${encodeURIComponent(id)}.ics`);
          const english = await calendar(item.id);
          assert.match(english, /\r\nSUMMARY;LANGUAGE=en:Welcoming newcomers\r\n/);
          assert.match(english, /\r\nLOCATION;LANGUAGE=en:Steenbergen\r\n/);
          assert.match(english, /\r\nDESCRIPTION;LANGUAGE=en:How do we welcome newcomers\?/, 'the question and the file\'s words, both English');
          const inDutch = await calendar(dutch.id);
          assert.match(inDutch, /\r\nSUMMARY;LANGUAGE=nl:Zwermsessie in het Engels\r\n/);
          assert.match(inDutch, /\r\nDESCRIPTION;LANGUAGE=nl:/);
        }
      }
      const directory = ok(await call(target, `/profiles?pageSize=100&q=${encodeURIComponent('Language Professional')}`), schemas.ProfilePage, 'directory');
      assert.equal(directory.items.find((p) => p.id === profileId)?.language, 'en', 'a list says it too');
    },
  },
  {
    name: 'GET /assignments/feed: Atom of the newest public, open assignments that match the query',
    async run(target) {
      const response = await target.fetch(new Request(`${target.baseUrl.replace(/\/+$/, '')}/assignments/feed?field=inkoop`));
      assert.equal(response.status, 200);
      assert.match(response.headers.get('Content-Type') ?? '', /^application\/atom\+xml/);
      const xml = await response.text();
      assert.match(xml, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
      const ids = [...xml.matchAll(/<id>urn:flexschil:assignment:([^<]+)<\/id>/g)].map((m) => m[1]);
      const board = await list(target, '?field=inkoop&pageSize=100');
      assert.deepEqual(ids.sort(), board.items.map((a) => a.id).sort(), 'the same assignments as the board');
      // "content is the summary as text", so every entry is valid Atom with or without a link (RFC 4287 4.1.1).
      const entries = xml.split('<entry>').slice(1);
      assert.ok(entries.every((entry) => /<content type="text">[^<]+<\/content>/.test(entry)), 'every entry has its text as content');
    },
  },
  {
    name: 'GET /me: 401 without credentials; a poster may post and read applications, an employee not',
    async run(target) {
      isProblem(await call(target, '/me'), 401, 'anonymous');
      const poster = ok(await call(target, '/me', { as: 'poster:gem-steenbergen' }), schemas.Me, 'poster');
      assert.equal(poster.organisation?.id, 'gem-steenbergen');
      assert.deepEqual(poster.can, { postAssignments: true, readApplications: true, editProfile: true });
      const employee = ok(await call(target, '/me', { as: 'gem-steenbergen' }), schemas.Me, 'employee');
      assert.equal(employee.can.readApplications, false);
    },
  },
  {
    name: "applications inbox: only the organisation's posters read, change (If-Match) and export them",
    async run(target) {
      const page = await list(target, '?organisation=gem-steenbergen&pageSize=100');
      const assignment = page.items.find((a) => a.status === 'open' && !a.applyUrl);
      assert.ok(assignment, 'an open public assignment of gem-steenbergen');
      const receipt = ok(await apply(target, assignment.id, completeForm(assignment), `inbox-${Date.now()}`), schemas.ApplicationReceipt, 'apply', 201);
      const path = `/assignments/${encodeURIComponent(assignment.id)}/applications`;

      isProblem(await call(target, path), 401, 'list anonymous');
      isProblem(await call(target, path, { as: 'gem-steenbergen' }), 403, 'list as an employee without the poster role');
      isProblem(await call(target, path, { as: 'poster:prov-noord-brabant' }), 403, "list as another organisation's poster");
      const listed = ok(await call(target, path, { as: 'poster:gem-steenbergen' }), schemas.ApplicationPage, 'list as poster');
      assert.ok(listed.items.some((a) => a.id === receipt.id));
      assert.equal(listed.items.find((a) => a.id === receipt.id)?.status, 'received');

      const one = `/applications/${encodeURIComponent(receipt.id)}`;
      isProblem(await call(target, one, { as: 'poster:prov-noord-brabant' }), 403, "one, another organisation's poster");
      const read = await call(target, one, { as: 'poster:gem-steenbergen' });
      ok(read, schemas.Application, 'one as poster');
      assert.equal(read.headers.get('Cache-Control'), 'private, no-store');
      const etag = read.headers.get('ETag');
      assert.ok(etag, 'an ETag to change it with');

      const patch = (headers: Record<string, string>, status = 'in-behandeling') =>
        call(target, one, { as: 'poster:gem-steenbergen', method: 'PATCH', body: JSON.stringify({ status }), headers: { 'Content-Type': 'application/merge-patch+json', ...headers } });
      isProblem(await patch({}), 428, 'no If-Match');
      const changed = await patch({ 'If-Match': etag });
      assert.equal(ok(changed, schemas.Application, 'changed').status, 'in-behandeling');
      const stale = await patch({ 'If-Match': etag }, 'afgewezen');
      isProblem(stale, 412, 'outdated If-Match');
      const current = (stale.body as { current?: unknown }).current;
      assert.equal(schemas.Application.parse(current).status, 'in-behandeling', 'the current version comes along');

      const csv = await target.fetch(
        new Request(`${target.baseUrl.replace(/\/+$/, '')}${path}`, {
          headers: { Accept: 'text/csv', Authorization: `Bearer ${await target.tokenFor('poster:gem-steenbergen')}` },
        }),
      );
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('Content-Type') ?? '', /^text\/csv/);
      const bytes = new Uint8Array(await csv.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
      assert.ok(new TextDecoder().decode(bytes).includes(receipt.id), 'one row per application');
      assert.ok(new TextDecoder().decode(bytes).split('\r\n')[0]?.includes(';'), 'semicolon-separated');

      if (assignment.requirements.cv) {
        const cv = await target.fetch(
          new Request(`${target.baseUrl.replace(/\/+$/, '')}${one}/cv`, { headers: { Authorization: `Bearer ${await target.tokenFor('poster:gem-steenbergen')}` } }),
        );
        assert.equal(cv.status, 200);
        assert.match(cv.headers.get('Content-Disposition') ?? '', /^attachment; filename=/);
        assert.equal(cv.headers.get('X-Content-Type-Options'), 'nosniff');
      }
    },
  },
  {
    name: 'language (extension): an application says the language it was written in, to its poster; absent, Dutch',
    async run(target) {
      const page = await list(target, '?organisation=gem-steenbergen&pageSize=100');
      const assignment = page.items.find((a) => a.status === 'open' && !a.applyUrl);
      assert.ok(assignment, 'an open public assignment of gem-steenbergen');
      const english = completeForm(assignment);
      english.set('motivation', 'I would like to help the municipality welcome newcomers, as I did in Rotterdam.');
      english.set('language', 'en');
      const sent = ok(await apply(target, assignment.id, english, `lang-en-${Date.now()}`), schemas.ApplicationReceipt, 'in English', 201);
      const dutch = ok(await apply(target, assignment.id, completeForm(assignment), `lang-nl-${Date.now()}`), schemas.ApplicationReceipt, 'without language', 201);
      const poster = 'poster:gem-steenbergen';
      const listed = ok(await call(target, `/assignments/${encodeURIComponent(assignment.id)}/applications?pageSize=100`, { as: poster }), schemas.ApplicationPage, 'the inbox');
      const languageOf = (id: string) => listed.items.find((a) => a.id === id)?.language;
      assert.deepEqual([languageOf(sent.id), languageOf(dutch.id)], ['en', 'nl']);
      assert.equal(ok(await call(target, `/applications/${encodeURIComponent(sent.id)}`, { as: poster }), schemas.Application, 'one').language, 'en');

      const named = completeForm(assignment);
      named.set('language', 'Engels');
      const refused = isProblem(await apply(target, assignment.id, named, `lang-named-${Date.now()}`), 400, 'a language named, not tagged');
      assert.deepEqual(refused.invalidParams?.map((p) => [p.name, p.code, p.reason]), [['language', 'format', 'De taal van de tekst is niet goed ingevuld']]);
    },
  },
  {
    name: 'otherApplications (extension): one applicant’s applications to an assignment name each other, by e-mail whatever its case',
    async run(target) {
      const page = await list(target, '?organisation=gem-steenbergen&pageSize=100');
      const assignment = page.items.find((a) => a.status === 'open' && !a.applyUrl);
      assert.ok(assignment, 'an open public assignment of gem-steenbergen');
      const mail = `twice-${Date.now()}@voorbeeld.nl`;
      const from = (email: string) => {
        const form = completeForm(assignment);
        form.set('email', email);
        return form;
      };
      const first = ok(await apply(target, assignment.id, from(mail), crypto.randomUUID()), schemas.ApplicationReceipt, 'the first', 201);
      const second = ok(await apply(target, assignment.id, from(` ${mail.toUpperCase()}`), crypto.randomUUID()), schemas.ApplicationReceipt, 'the second', 201);
      const someoneElse = ok(await apply(target, assignment.id, from(`other-${mail}`), crypto.randomUUID()), schemas.ApplicationReceipt, 'someone else', 201);
      const poster = 'poster:gem-steenbergen';
      const listed = ok(await call(target, `/assignments/${encodeURIComponent(assignment.id)}/applications?pageSize=100`, { as: poster }), schemas.ApplicationPage, 'the inbox');
      const othersOf = (id: string) => listed.items.find((a) => a.id === id)?.otherApplications?.map((o) => o.id);
      assert.deepEqual(othersOf(first.id), [second.id]);
      assert.deepEqual(othersOf(second.id), [first.id]);
      assert.deepEqual(othersOf(someoneElse.id), []);
      const one = ok(await call(target, `/applications/${encodeURIComponent(second.id)}`, { as: poster }), schemas.Application, 'one');
      assert.deepEqual(one.otherApplications, [{ id: first.id, receivedAt: first.receivedAt }]);
    },
  },
  {
    name: 'POST applications: every side gives the same verdict on the shared application cases',
    async run(target) {
      // An open public assignment that asks nothing beyond the contract's own fields.
      const page = await list(target, '?pageSize=100');
      const plain = page.items.find(
        (a) => !a.applyUrl && !a.requirements.kvkNumber && !a.requirements.cv && !a.requirements.conditionsUrl && !a.requirements.managerConsent,
      );
      assert.ok(plain, 'the data has an open assignment without extra requirements');
      for (const [index, c] of applicationCases.entries()) {
        const fields = { ...validApplication, ...c.fields };
        const answer = await apply(target, plain.id, form(fields), `case-${index}-${Date.now()}`);
        if (!Object.keys(c.verdict).length) {
          assert.equal(answer.status, 201, `${c.what}: accepted, got ${answer.status} ${JSON.stringify(answer.body)}`);
        } else {
          const problem = isProblem(answer, 400, c.what);
          const verdict = Object.fromEntries((problem.invalidParams ?? []).map((p) => [p.name, p.code]));
          assert.deepEqual(verdict, c.verdict, c.what);
        }
      }
    },
  },
  {
    name: 'POST applications: the same Idempotency-Key with another body is a 422',
    async run(target) {
      const assignment = await openAssignment(target);
      const key = `conflict-${Date.now()}`;
      ok(await apply(target, assignment.id, completeForm(assignment), key), schemas.ApplicationReceipt, 'first', 201);
      const other = completeForm(assignment);
      other.set('name', 'Iemand Anders');
      isProblem(await apply(target, assignment.id, other, key), 422, 'same key, other body');
    },
  },
  {
    name: 'GET /assignments: a page of open public assignments, soonest closing first, with facets',
    async run(target) {
      const page = await list(target);
      assert.equal(page.page, 1);
      assert.equal(page.pageSize, 10);
      assert.ok(page.items.length > 0 && page.items.length <= 10, 'one page of items');
      assert.ok(page.total >= page.items.length);
      for (const a of page.items) {
        assert.equal(a.visibility, 'public', `${a.id} is public`);
        assert.equal(a.status, 'open', `${a.id} is open`);
      }
      const dates = page.items.map((a) => a.closingDate);
      assert.deepEqual(dates, [...dates].sort(), 'sorted by closingDate');
      assert.ok(page.facets?.field?.length, 'a field facet');
      assert.ok(page.facets?.region?.length, 'a region facet');
      assert.ok(page.facets?.type?.length, 'a type facet');
      const sum = page.facets.region.reduce((n, f) => n + f.count, 0);
      assert.equal(sum, page.total, 'region counts add up to the total (one region per assignment)');
    },
  },
  {
    name: 'GET /assignments: filters narrow the result; a facet keeps its own counts',
    async run(target) {
      const all = await list(target);
      const field = all.facets?.field?.[0];
      assert.ok(field, 'a field value to filter on');
      const byField = await list(target, `?field=${encodeURIComponent(field.value)}&pageSize=100`);
      assert.equal(byField.total, field.count, 'total equals the facet count');
      assert.ok(byField.items.every((a) => a.field.value === field.value), 'every item has the field');
      assert.deepEqual(
        byField.facets?.field?.map((f) => [f.value, f.count]),
        all.facets?.field?.map((f) => [f.value, f.count]),
        "the field facet is not narrowed by the field filter",
      );

      const typed = await list(target, '?type=inhuur&type=interim&pageSize=100');
      assert.ok(typed.items.every((a) => a.types.includes('inhuur') || a.types.includes('interim')), 'repeated type means OR');
      assert.ok(typed.total <= all.total);

      const hours = await list(target, '?hoursMin=30&hoursMax=40&pageSize=100');
      assert.ok(hours.items.every((a) => a.hoursPerWeek.max >= 30 && a.hoursPerWeek.min <= 40), 'hours overlap');
    },
  },
  {
    name: 'GET /assignments: paging and sorting',
    async run(target) {
      const first = await list(target, '?pageSize=2');
      const second = await list(target, '?pageSize=2&page=2');
      assert.equal(second.page, 2);
      assert.equal(second.pageSize, 2);
      assert.equal(second.total, first.total);
      assert.ok(second.items.length <= 2);
      const ids = new Set(first.items.map((a) => a.id));
      assert.ok(second.items.every((a) => !ids.has(a.id)), 'page 2 continues page 1');
      const beyond = await list(target, `?pageSize=100&page=${Math.ceil(first.total / 100) + 1}`);
      assert.equal(beyond.items.length, 0, 'past the last page: no items');
      assert.equal(beyond.total, first.total);

      const byTitle = await list(target, '?sort=title&pageSize=100');
      const titles = byTitle.items.map((a) => a.title);
      assert.deepEqual(titles, [...titles].sort(collator.compare), 'sort=title');
      const newest = await list(target, '?sort=-publishedAt&pageSize=100');
      const times = newest.items.map((a) => Date.parse(a.publishedAt));
      assert.deepEqual(times, [...times].sort((x, y) => y - x), 'sort=-publishedAt');
    },
  },
  {
    name: 'GET /assignments: free text over title, summary, organisation and skills',
    async run(target) {
      const all = await list(target, '?pageSize=100');
      const sample = all.items[0];
      assert.ok(sample);
      const word = sample.title.split(/\s+/).find((w) => w.length > 4) ?? sample.title;
      const found = await list(target, `?q=${encodeURIComponent(word)}&pageSize=100`);
      assert.ok(found.items.some((a) => a.id === sample.id), `q=${word} finds ${sample.id}`);
      const organisation = await list(target, `?q=${encodeURIComponent(sample.organisation.name)}&pageSize=100`);
      assert.ok(organisation.items.some((a) => a.id === sample.id), 'q matches the organisation');
      // A title as a visitor pastes it, punctuation and dashes included, finds its assignment.
      for (const a of all.items.slice(0, 20)) {
        const byTitle = await list(target, `?q=${encodeURIComponent(a.title)}&pageSize=100`);
        assert.ok(byTitle.items.some((b) => b.id === a.id), `q="${a.title}" finds ${a.id}`);
      }
      const nothing = await list(target, '?q=zzqxjwv');
      assert.equal(nothing.total, 0);
      assert.equal(nothing.items.length, 0);
    },
  },
  {
    name: 'GET /assignments: Dutch search finds words inside compounds, in singular and plural, exact matches first',
    async run(target) {
      const singular = await list(target, '?q=adviseur&pageSize=100&status=all');
      const plural = await list(target, '?q=adviseurs&pageSize=100&status=all');
      assert.ok(singular.total > 0, 'the data has advisers');
      assert.deepEqual(plural.items.map((a) => a.id).sort(), singular.items.map((a) => a.id).sort(), 'the plural finds what the singular finds');
      const compound = singular.items.find((a) => /\p{L}adviseur/iu.test(a.title));
      assert.ok(compound, `a compound such as "Inkoopadviseur" is found (${singular.items.map((a) => a.title).join(', ')})`);
      const ranked = await list(target, '?q=adviseur&sort=relevance&pageSize=100&status=all');
      const exact = (a: schemas.Assignment) => /(^|[^\p{L}])adviseur/iu.test(`${a.title} ${a.summary ?? ''} ${a.organisation.name} ${a.skills.map((k) => k.name).join(' ')}`);
      const flags = ranked.items.map(exact);
      assert.deepEqual(flags, [...flags].sort((x, y) => Number(y) - Number(x)), 'sort=relevance puts whole-word matches before compound matches');
    },
  },
  {
    name: 'GET /assignments: English texts are found by English plurals and singulars too ("policies", "community", "coaches")',
    async run(target) {
      const title = `Policy adviser for coach networks ${Date.now()}`;
      const body = draftAssignment(later(30), { title, summary: "Welcome newcomers to the city's communities.", skills: [{ name: 'Process design', required: true }], language: 'en' });
      const created = ok(
        await call(target, '/assignments', { method: 'POST', body: JSON.stringify(body), headers: jsonHeaders(`english-search-${Date.now()}`), as: 'poster:gem-steenbergen' }),
        schemas.Assignment,
        'an English assignment',
        201,
      );
      for (const q of ['policies', 'coaches', 'community', 'processes', 'policies -community']) {
        const found = await list(target, `?q=${encodeURIComponent(q)}&pageSize=100`);
        assert.equal(found.items.some((a) => a.id === created.id), !q.includes('-'), `q=${q}`);
      }
    },
  },
  {
    name: 'GET /assignments: sort=fit ranks the whole result by match with the profile; an unknown profile is a 404',
    async run(target) {
      const profiles = ok(await call(target, '/profiles?pageSize=1'), schemas.ProfilePage, 'a profile');
      const profile = profiles.items[0];
      assert.ok(profile);
      const first = await list(target, `?sort=fit&profile=${encodeURIComponent(profile.id)}&pageSize=5`);
      const second = await list(target, `?sort=fit&profile=${encodeURIComponent(profile.id)}&pageSize=5&page=2`);
      const scores = [];
      for (const a of [...first.items, ...second.items]) {
        const m = ok(await call(target, `/assignments/${encodeURIComponent(a.id)}/match?profile=${encodeURIComponent(profile.id)}`), schemas.Match, 'match');
        scores.push(m.score);
      }
      assert.deepEqual(scores, [...scores].sort((x, y) => y - x), 'best match first, across pages');
      assert.equal(first.total, (await list(target)).total, 'the same result, in another order');
      isProblem(await call(target, '/assignments?sort=fit'), 400, 'sort=fit without a profile');
      isProblem(await call(target, '/assignments?sort=fit&profile=p-does-not-exist'), 404, 'sort=fit with an unknown profile');
    },
  },
  {
    name: 'GET /assignments: organisation is a facet with names and counts, and a repeatable filter',
    async run(target) {
      const all = await list(target, '?pageSize=100');
      const organisations = all.facets?.organisation ?? [];
      assert.ok(organisations.length >= 2, 'several organisations publish');
      const sum = organisations.reduce((n, f) => n + f.count, 0);
      assert.equal(sum, all.total, 'one organisation per assignment');
      const [a, b] = organisations;
      const byId = new Map(all.items.map((x) => [x.organisation.id, x.organisation.name]));
      assert.equal(a.label, byId.get(a.value) ?? a.label, 'the label is the name');
      const two = await list(target, `?organisation=${encodeURIComponent(a.value)}&organisation=${encodeURIComponent(b.value)}&pageSize=100`);
      assert.equal(two.total, a.count + b.count, 'repeated organisation means OR');
      assert.ok(two.items.every((x) => x.organisation.id === a.value || x.organisation.id === b.value));
    },
  },
  {
    name: 'control characters in any parameter or id give a 400 that names it, never a 500',
    async run(target) {
      for (const [path, name] of [
        ['/assignments?q=%00', 'q'],
        ['/assignments?field=%00', 'field'],
        ['/assignments?organisation=a%00b', 'organisation'],
        ['/profiles?region=%01', 'region'],
        ['/assignments/a%00b', 'id'],
        ['/profiles/%00', 'id'],
        ['/assignments/a-2026-0101/match?profile=%00', 'profile'],
      ] as const) {
        const problem = isProblem(await call(target, path), 400, path);
        assert.ok(paramNames(problem).includes(name), `${path} names ${name}: ${JSON.stringify(problem.invalidParams)}`);
      }
    },
  },
  {
    name: 'answers to credentials — a bearer token or the session cookie — are private, no-store; public ones vary by them',
    async run(target) {
      const token = await target.tokenFor('gem-steenbergen');
      for (const path of ['/assignments', '/assignments?visibility=all', '/assignments/a-2026-0101', '/profiles', '/vocabularies']) {
        const credentials: Record<string, string>[] = [{ Authorization: `Bearer ${token}` }, { Cookie: `flexschil-session=${encodeURIComponent(token)}` }];
        for (const headers of credentials) {
          const answer = await call(target, path, { headers });
          if (answer.status !== 200) continue;
          assert.equal(answer.headers.get('Cache-Control'), 'private, no-store', `${path} with ${Object.keys(headers)[0]}`);
        }
        const anonymous = await call(target, path);
        if (anonymous.status !== 200) continue;
        assert.match(anonymous.headers.get('Cache-Control') ?? '', /^public/, `${path} anonymous`);
        const vary = anonymous.headers.get('Vary') ?? '';
        for (const header of ['Accept-Language', 'Authorization', 'Cookie']) assert.match(vary, new RegExp(header), `${path}: Vary ${header}`);
      }
    },
  },
  {
    name: 'GET /assignments: invalid parameters give one 400 listing every problem',
    async run(target) {
      const answer = await call(target, '/assignments?pageSize=0&type=nope&status=maybe');
      const problem = isProblem(answer, 400, 'invalid query');
      const names = paramNames(problem);
      for (const name of ['pageSize', 'type', 'status']) assert.ok(names.includes(name), `invalidParams names ${name}: ${names}`);
    },
  },
  {
    name: 'GET /assignments/{id}: 200 for a listed assignment, 404 problem for an unknown one',
    async run(target) {
      const [first] = (await list(target)).items;
      assert.ok(first);
      const detail = ok(await call(target, `/assignments/${first.id}`), schemas.Assignment, 'detail');
      assert.equal(detail.id, first.id);
      assert.equal(detail.title, first.title);
      isProblem(await call(target, '/assignments/a-does-not-exist'), 404, 'unknown assignment');
    },
  },
  {
    name: 'internal data: 401 without credentials, 403 without rights, 200 for an employee',
    async run(target) {
      isProblem(await call(target, '/assignments?visibility=internal'), 401, 'internal list, anonymous');
      isProblem(await call(target, '/assignments?visibility=internal', { as: 'guest' }), 403, 'internal list, guest');
      isProblem(
        await call(target, '/assignments', { headers: { Authorization: 'Bearer not-a-valid-token' } }),
        401,
        'invalid token',
      );

      const internal = await list(target, '?visibility=internal&pageSize=100', 'gem-steenbergen');
      assert.ok(internal.items.length > 0, 'an employee sees internal assignments');
      for (const a of internal.items) {
        assert.notEqual(a.visibility, 'public', `${a.id} is not public`);
        if (a.visibility === 'internal') assert.equal(a.organisation.id, 'gem-steenbergen', `${a.id} is of the own organisation`);
      }
      const all = await list(target, '?visibility=all&pageSize=100', 'gem-steenbergen');
      assert.ok(all.total >= internal.total, 'all includes internal');

      const assignment = await internalAssignment(target);
      const path = `/assignments/${assignment.id}`;
      isProblem(await call(target, path), 401, 'internal detail, anonymous');
      isProblem(await call(target, path, { as: 'guest' }), 403, 'internal detail, guest');
      isProblem(await call(target, path, { as: 'prov-noord-brabant' }), 403, 'internal detail, another organisation');
      const seen = ok(await call(target, path, { as: 'gem-steenbergen' }), schemas.Assignment, 'internal detail, employee');
      assert.equal(seen.id, assignment.id);
    },
  },
  {
    name: 'GET /vocabularies: every code list, labelled in the asked language',
    async run(target) {
      const nl = ok(await call(target, '/vocabularies'), schemas.Vocabularies, 'vocabularies');
      for (const type of schemas.contractTypes) assert.ok(nl.type.some((c) => c.value === type), `type ${type}`);
      for (const mode of schemas.workModes) assert.ok(nl.mode.some((c) => c.value === mode), `mode ${mode}`);
      for (const kind of schemas.profileKinds) assert.ok(nl.kind.some((c) => c.value === kind), `kind ${kind}`);
      assert.ok(nl.field.length > 0 && nl.region.length > 0);
      const en = ok(
        await call(target, '/vocabularies', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } }),
        schemas.Vocabularies,
        'vocabularies (en)',
      );
      assert.deepEqual(en.field.map((c) => c.value), nl.field.map((c) => c.value), 'same codes in every language');
      assert.notDeepEqual(en.mode.map((c) => c.label), nl.mode.map((c) => c.label), 'English labels differ');
    },
  },
  {
    name: 'GET /profiles: a page of profiles with filters and facets; detail 200/404; non-public ones need rights',
    async run(target) {
      const page = ok(await call(target, '/profiles'), schemas.ProfilePage, 'profiles');
      assert.equal(page.page, 1);
      assert.ok(page.items.length > 0);
      assert.ok(page.items.every((p) => p.visibility === 'public'), 'anonymous: public profiles only');
      const names = page.items.map((p) => p.name);
      assert.deepEqual(names, [...names].sort(collator.compare), 'sorted by name');

      const kind = page.facets?.kind?.[0];
      assert.ok(kind, 'a kind facet');
      const byKind = ok(await call(target, `/profiles?kind=${kind.value}&pageSize=100`), schemas.ProfilePage, 'by kind');
      assert.equal(byKind.total, kind.count);
      assert.ok(byKind.items.every((p) => p.kind === kind.value));
      isProblem(await call(target, '/profiles?kind=astronaut&availableFrom=tomorrow'), 400, 'invalid profile query');

      const [first] = page.items;
      assert.ok(first);
      const detail = ok(await call(target, `/profiles/${first.id}`), schemas.Profile, 'profile detail');
      assert.equal(detail.id, first.id);
      isProblem(await call(target, '/profiles/p-does-not-exist'), 404, 'unknown profile');

      const member = ok(await call(target, '/profiles?pageSize=100', { as: 'gem-steenbergen' }), schemas.ProfilePage, 'member');
      const hidden = member.items.find((p) => p.visibility !== 'public');
      assert.ok(hidden, 'a network member sees a non-public profile');
      isProblem(await call(target, `/profiles/${hidden.id}`), 401, 'non-public profile, anonymous');
      isProblem(await call(target, `/profiles/${hidden.id}`, { as: 'guest' }), 403, 'non-public profile, guest');
    },
  },
  {
    name: 'GET /assignments/{id}/match: a Match for a public assignment and profile',
    async run(target) {
      const [assignment] = (await list(target)).items;
      const [profile] = ok(await call(target, '/profiles'), schemas.ProfilePage, 'profiles').items;
      assert.ok(assignment && profile);
      const result = ok(
        await call(target, `/assignments/${assignment.id}/match?profile=${profile.id}`),
        schemas.Match,
        'match',
      );
      const level = result.score >= 75 ? 'strong' : result.score >= 50 ? 'good' : result.score >= 25 ? 'partial' : 'weak';
      assert.equal(result.level, level, 'level follows the score');
      assert.deepEqual(
        result.reasons.map((r) => r.criterion).sort(),
        [...schemas.criteria].sort(),
        'a reason per criterion',
      );
      isProblem(await call(target, `/assignments/${assignment.id}/match?profile=p-does-not-exist`), 404, 'unknown profile');
    },
  },
  {
    name: 'POST applications: 201 receipt; the same Idempotency-Key replays it',
    async run(target) {
      const assignment = await openAssignment(target);
      const key = crypto.randomUUID();
      const first = ok(await apply(target, assignment.id, completeForm(assignment), key), schemas.ApplicationReceipt, 'apply', 201);
      assert.equal(first.assignmentId, assignment.id);
      assert.equal(first.status, 'received');
      const again = ok(await apply(target, assignment.id, completeForm(assignment), key), schemas.ApplicationReceipt, 'replay', 201);
      assert.deepEqual(again, first, 'the replay answers with the same receipt');
      const other = ok(
        await apply(target, assignment.id, completeForm(assignment), crypto.randomUUID()),
        schemas.ApplicationReceipt,
        'another application',
        201,
      );
      assert.notEqual(other.id, first.id, 'a new key is a new application');
    },
  },
  {
    name: 'POST applications: 400 lists every invalid field at once',
    async run(target) {
      const assignment = await openAssignment(target);
      const answer = await apply(
        target,
        assignment.id,
        form({ name: 'X', email: 'not-an-email', motivation: 'Te kort.' }),
        crypto.randomUUID(),
      );
      const problem = isProblem(answer, 400, 'invalid application');
      const names = paramNames(problem);
      for (const name of ['name', 'email', 'motivation', 'consent']) assert.ok(names.includes(name), `invalidParams names ${name}: ${names}`);
      if (assignment.requirements.kvkNumber) assert.ok(names.includes('kvkNumber'), 'kvkNumber required');
      if (assignment.requirements.cv) assert.ok(names.includes('cv'), 'cv required');

      const missingKey = await apply(target, assignment.id, completeForm(assignment), null);
      assert.ok(paramNames(isProblem(missingKey, 400, 'no Idempotency-Key')).includes('Idempotency-Key'));

      const fake = completeForm(assignment);
      fake.set('cv', new Blob(['MZ not a pdf']), 'cv.pdf');
      const signature = isProblem(await apply(target, assignment.id, fake, crypto.randomUUID()), 400, 'CV that is no PDF');
      assert.ok(paramNames(signature).includes('cv'), 'cv checked by its content');
    },
  },
  {
    name: 'POST applications: 409 closed assignment, 404 unknown one, honeypot accepted',
    async run(target) {
      const closed = await list(target, '?status=closed&pageSize=100');
      const assignment = closed.items[0];
      assert.ok(assignment, 'the data has a closed public assignment');
      assert.equal(assignment.status, 'closed');
      isProblem(await apply(target, assignment.id, completeForm(assignment), crypto.randomUUID()), 409, 'closed');

      const open = await openAssignment(target);
      isProblem(await apply(target, 'a-does-not-exist', completeForm(open), crypto.randomUUID()), 404, 'unknown assignment');

      const bot = completeForm(open);
      bot.set('website', 'https://spam.example');
      const botKey = crypto.randomUUID();
      const fooled = ok(await apply(target, open.id, bot, botKey), schemas.ApplicationReceipt, 'honeypot', 201);
      const replayed = ok(await apply(target, open.id, bot, botKey), schemas.ApplicationReceipt, 'honeypot replay', 201);
      assert.deepEqual(replayed, fooled, 'a replayed honeypot gets the same receipt');
    },
  },
  {
    name: "POST applications: each of the assignment's requirements is enforced; a CV over 5 MB is 413",
    async run(target) {
      const all = (await list(target, '?pageSize=100')).items.filter((a) => a.status === 'open' && !a.applyUrl);
      const internal = (await list(target, '?visibility=internal&pageSize=100', 'gem-steenbergen')).items.filter(
        (a) => a.visibility === 'internal' && a.status === 'open' && !a.applyUrl,
      );
      const cases: [string, (a: schemas.Assignment) => boolean, schemas.Assignment[], Who | undefined][] = [
        ['kvkNumber', (a) => a.requirements.kvkNumber, all, undefined],
        ['cv', (a) => a.requirements.cv, all, undefined],
        ['acceptConditions', (a) => a.requirements.conditionsUrl !== null, all, undefined],
        ['managerConsent', (a) => a.requirements.managerConsent, internal, 'gem-steenbergen'],
      ];
      for (const [field, requires, candidates, as] of cases) {
        const assignment = candidates.find(requires);
        assert.ok(assignment, `the data has an assignment that requires ${field}`);
        const incomplete = completeForm(assignment);
        incomplete.delete(field);
        const problem = isProblem(await apply(target, assignment.id, incomplete, crypto.randomUUID(), as), 400, `without ${field}`);
        assert.deepEqual(paramNames(problem), [field], `only ${field} is missing`);
      }

      const withCv = all.find((a) => a.requirements.cv)!;
      const huge = completeForm(withCv);
      const bytes = new Uint8Array(5 * 1024 * 1024 + 1);
      bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
      huge.set('cv', new Blob([bytes], { type: 'application/pdf' }), 'cv.pdf');
      isProblem(await apply(target, withCv.id, huge, crypto.randomUUID()), 413, 'CV over 5 MB');
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Two backends with the same data give the same answers

/** Queries whose answers two backends seeded with the same data must agree on, item for item. */
export const comparedQueries: { path: string; as?: Who; lang?: string; schema: z.ZodMiniType }[] = [
  { path: '/assignments', schema: schemas.AssignmentPage },
  { path: '/assignments?pageSize=100&status=all', schema: schemas.AssignmentPage },
  { path: '/assignments?type=inhuur&region=west-brabant&pageSize=100', schema: schemas.AssignmentPage },
  { path: '/assignments?field=inkoop&field=financien&mode=hybrid&pageSize=5&page=2', schema: schemas.AssignmentPage },
  { path: '/assignments?hoursMin=20&hoursMax=24&sort=-publishedAt&pageSize=100', schema: schemas.AssignmentPage },
  { path: '/assignments?sort=title&pageSize=100', lang: 'en', schema: schemas.AssignmentPage },
  { path: '/assignments?q=financiele&pageSize=100', schema: schemas.AssignmentPage },
  { path: '/assignments?q=projectleider%20steenbergen&pageSize=100', schema: schemas.AssignmentPage },
  { path: '/assignments?visibility=all&pageSize=100', as: 'gem-steenbergen', schema: schemas.AssignmentPage },
  { path: '/assignments?visibility=internal&status=all&pageSize=100', as: 'prov-noord-brabant', schema: schemas.AssignmentPage },
  { path: '/assignments/a-2026-0101', lang: 'en', schema: schemas.Assignment },
  { path: '/profiles?pageSize=100', schema: schemas.ProfilePage },
  { path: '/profiles?kind=zpp&kind=interim&region=west-brabant&pageSize=100', as: 'gem-steenbergen', schema: schemas.ProfilePage },
  { path: '/profiles?availableFrom=2027-01-01&hoursMin=16&sort=-updatedAt&pageSize=100', schema: schemas.ProfilePage },
  { path: '/profiles?field=communicatie&pageSize=100', lang: 'en', schema: schemas.ProfilePage },
  { path: '/vocabularies', lang: 'en', schema: schemas.Vocabularies },
  { path: '/assignments/a-2026-0101/match?profile=p-0001', schema: schemas.Match },
  { path: '/assignments?q=adviseurs&sort=relevance&pageSize=100&status=all', schema: schemas.AssignmentPage },
  { path: '/assignments?sort=fit&profile=p-0001&pageSize=100', schema: schemas.AssignmentPage },
  { path: '/assignments?organisation=gem-steenbergen&organisation=prov-noord-brabant&pageSize=100', schema: schemas.AssignmentPage },
  { path: '/profiles?q=projectleiders&pageSize=100', schema: schemas.ProfilePage },
];

/**
 * Asks both backends every {@link comparedQueries} entry and returns the differences (status or
 * body), so the runner can show all of them at once. Bodies are compared after parsing with the
 * contract's schemas, i.e. as a widget would see them.
 */
export async function differences(a: Target, b: Target): Promise<string[]> {
  const found: string[] = [];
  for (const query of comparedQueries) {
    const headers: Record<string, string> = query.lang ? { 'Accept-Language': query.lang } : {};
    const [x, y] = await Promise.all([
      call(a, query.path, { as: query.as, headers }),
      call(b, query.path, { as: query.as, headers }),
    ]);
    const label = `${query.path}${query.as ? ` as ${query.as}` : ''}${query.lang ? ` (${query.lang})` : ''}`;
    if (x.status !== y.status) {
      found.push(`${label}: status ${x.status} vs ${y.status}`);
      continue;
    }
    const [bx, by] = x.status === 200 ? [query.schema.parse(x.body), query.schema.parse(y.body)] : [x.body, y.body];
    if (canonical(bx) !== canonical(by)) found.push(`${label}: ${firstDifference(bx, by)}`);
  }
  return found;
}

/** JSON with object keys sorted: key order carries no meaning in the contract. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function firstDifference(x: unknown, y: unknown, path = ''): string {
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) {
    return `${path || 'body'}: ${JSON.stringify(x)?.slice(0, 120)} vs ${JSON.stringify(y)?.slice(0, 120)}`;
  }
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    const vx = (x as Record<string, unknown>)[key];
    const vy = (y as Record<string, unknown>)[key];
    if (canonical(vx) !== canonical(vy)) return firstDifference(vx, vy, `${path}.${key}`);
  }
  return `${path}: differs`;
}
