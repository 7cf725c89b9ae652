/**
 * The conformance kit: the contract's rules (docs/contract.md §1) as checks that a backend team
 * runs against its own API — `npx flexschil-conformance https://api.example.nl/flexschil/v1`.
 *
 * Data-agnostic: every id, code and word it uses it first discovers from the API's own lists.
 * Read-only unless `write` is set (then it sends applications to an open assignment). With a
 * `token` it also checks what needs credentials. Each check reports pass, fail or skip (an
 * optional part of the contract the backend does not implement, or data it does not have),
 * with the request that showed it.
 */
import * as schemas from '../../src/api/schemas.js';

export interface KitOptions {
  /** The API's base URL (`…/v1`). */
  baseUrl: string;
  /** A bearer token of a signed-in user (employee or network member), for the checks that need one. */
  token?: string;
  /** Also send applications (they are stored!). */
  write?: boolean;
  fetch?: typeof fetch;
}

export type Outcome = 'pass' | 'fail' | 'skip';

export interface KitResult {
  id: string;
  rule: string;
  outcome: Outcome;
  /** Why it failed or was skipped. */
  reason?: string;
  /** The request that showed it (the last one the check made). */
  request?: string;
}

/** A failed rule: the message says what the contract asks and what came instead. */
class Violation extends Error {}
/** The check does not apply (an optional endpoint, missing data): not a failure. */
class Skip extends Error {}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

class Session {
  last = '';
  constructor(private readonly options: Required<Pick<KitOptions, 'baseUrl' | 'fetch'>> & KitOptions) {}

  async call(path: string, init: RequestInit & { auth?: boolean } = {}): Promise<Answer> {
    const url = `${this.options.baseUrl.replace(/\/+$/, '')}${path}`;
    const headers = new Headers(init.headers);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    if (init.auth && this.options.token) headers.set('Authorization', `Bearer ${this.options.token}`);
    const response = await this.options.fetch(url, { ...init, headers });
    const text = await response.text();
    this.last = `${init.method ?? 'GET'} ${url} → ${response.status}`;
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  /** A 200 whose body matches the contract's schema. */
  async ok<S extends { safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: unknown[] } } }>(
    path: string,
    schema: S,
    init: RequestInit & { auth?: boolean } = {},
    status = 200,
  ): Promise<NonNullable<ReturnType<S['safeParse']>['data']>> {
    const answer = await this.call(path, init);
    expect(answer.status === status, `expected ${status}, got ${answer.status}${answer.text ? `: ${answer.text.slice(0, 200)}` : ''}`);
    const parsed = schema.safeParse(answer.json);
    expect(parsed.success, `the body does not match the contract: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`);
    return parsed.data as NonNullable<ReturnType<S['safeParse']>['data']>;
  }

  /** An RFC 9457 problem with this status; returns it. */
  async problem(path: string, status: number, init: RequestInit & { auth?: boolean } = {}): Promise<schemas.Problem> {
    const answer = await this.call(path, init);
    expect(answer.status === status, `expected ${status}, got ${answer.status}`);
    expect(/^application\/problem\+json/.test(answer.headers.get('Content-Type') ?? ''), `expected application/problem+json, got ${answer.headers.get('Content-Type')}`);
    const parsed = schemas.Problem.safeParse(answer.json);
    expect(parsed.success, 'the problem does not match RFC 9457');
    return parsed.data as schemas.Problem;
  }
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Violation(message);
}

function skipUnless(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Skip(message);
}

interface KitCheck {
  id: string;
  rule: string;
  needs?: 'token' | 'write';
  run(s: Session, options: KitOptions): Promise<void>;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

async function firstPage(s: Session, query = '') {
  return s.ok(`/assignments${query}`, schemas.AssignmentPage);
}

export const kitChecks: KitCheck[] = [
  {
    id: 'list',
    rule: 'GET /assignments answers a page of public, open assignments (page 1, 10 at most), soonest closing first',
    async run(s) {
      const page = await firstPage(s);
      expect(page.page === 1 && page.pageSize === 10, `page ${page.page}, pageSize ${page.pageSize}: defaults are 1 and 10`);
      expect(page.items.length <= 10 && page.total >= page.items.length, 'no more items than the page size, and a total');
      for (const a of page.items) {
        expect(a.visibility === 'public', `${a.id} is ${a.visibility}: the default visibility is public`);
        expect(a.status === 'open', `${a.id} is ${a.status}: the default status is open`);
      }
      const dates = page.items.map((a) => a.closingDate);
      expect(dates.join() === [...dates].sort().join(), 'sorted by closingDate');
    },
  },
  {
    id: 'filters',
    rule: 'a filter narrows the result to what the facet counted; a repeated parameter means OR; a facet keeps counting without its own filter',
    async run(s) {
      const all = await firstPage(s, '?pageSize=100');
      skipUnless(all.facets?.field?.length, 'the backend sends no facets (they are optional)');
      const field = all.facets.field[0] as schemas.FacetCount;
      const filtered = await firstPage(s, `?field=${encodeURIComponent(field.value)}&pageSize=100`);
      expect(filtered.total === field.count, `field=${field.value}: total ${filtered.total}, but the facet counted ${field.count}`);
      expect(filtered.items.every((a) => a.field.value === field.value), 'every item has the chosen field');
      expect(
        JSON.stringify(filtered.facets?.field?.map((f) => [f.value, f.count])) === JSON.stringify(all.facets.field.map((f) => [f.value, f.count])),
        'the field facet is not narrowed by the field filter',
      );
      const types = await firstPage(s, '?type=inhuur&type=interim&pageSize=100');
      expect(types.items.every((a) => a.types.includes('inhuur') || a.types.includes('interim')), 'type=inhuur&type=interim is OR');
    },
  },
  {
    id: 'paging',
    rule: 'page 2 continues page 1; past the last page there are no items and the same total',
    async run(s) {
      const first = await firstPage(s, '?pageSize=2');
      skipUnless(first.total > 2, 'fewer than three open public assignments');
      const second = await firstPage(s, '?pageSize=2&page=2');
      expect(second.page === 2 && second.total === first.total, 'page 2 has the same total');
      const ids = new Set(first.items.map((a) => a.id));
      expect(second.items.every((a) => !ids.has(a.id)), 'page 2 repeats nothing of page 1');
      const beyond = await firstPage(s, `?pageSize=100&page=${Math.ceil(first.total / 100) + 1}`);
      expect(beyond.items.length === 0 && beyond.total === first.total, 'past the last page: no items, the same total');
    },
  },
  {
    id: 'sort',
    rule: 'sort=title orders by title, sort=-publishedAt newest first',
    async run(s) {
      const byTitle = await firstPage(s, '?sort=title&pageSize=100');
      const titles = byTitle.items.map((a) => a.title);
      expect(titles.join('\n') === [...titles].sort(collator.compare).join('\n'), 'sort=title');
      const newest = await firstPage(s, '?sort=-publishedAt&pageSize=100');
      const times = newest.items.map((a) => Date.parse(a.publishedAt));
      expect(times.join() === [...times].sort((x, y) => y - x).join(), 'sort=-publishedAt');
    },
  },
  {
    id: 'search',
    rule: 'q searches title, summary, organisation and skills; a word nobody uses finds nothing',
    async run(s) {
      const all = await firstPage(s, '?pageSize=100');
      const sample = all.items[0];
      skipUnless(sample, 'no open public assignments');
      const word = sample.title.split(/\s+/).find((w) => w.length > 4) ?? sample.title;
      const found = await firstPage(s, `?q=${encodeURIComponent(word)}&pageSize=100`);
      expect(found.items.some((a) => a.id === sample.id), `q=${word} does not find ${sample.id} ("${sample.title}")`);
      const organisation = await firstPage(s, `?q=${encodeURIComponent(sample.organisation.name)}&pageSize=100`);
      expect(organisation.items.some((a) => a.id === sample.id), 'q matches the organisation');
      const nothing = await firstPage(s, '?q=zzqxjwvkrb');
      expect(nothing.total === 0 && nothing.items.length === 0, 'a word nobody uses finds nothing');
    },
  },
  {
    id: 'invalid-params',
    rule: 'invalid parameters give one 400 problem listing every problem in invalidParams (NLGov API Design Rules)',
    async run(s) {
      const problem = await s.problem('/assignments?page=0&pageSize=abc&mode=teleport&sort=random', 400);
      const names = (problem.invalidParams ?? []).map((p) => p.name);
      for (const name of ['page', 'pageSize', 'mode', 'sort']) expect(names.includes(name), `invalidParams names ${name} (it names ${names.join(', ') || 'nothing'})`);
    },
  },
  {
    id: 'control-characters',
    rule: 'a control character in a parameter is a 400 naming it, never a 500',
    async run(s) {
      const problem = await s.problem('/assignments?q=%00', 400);
      expect((problem.invalidParams ?? []).some((p) => p.name === 'q'), 'invalidParams names q');
    },
  },
  {
    id: 'one',
    rule: 'GET /assignments/{id} answers a listed assignment; an unknown id is a 404 problem',
    async run(s) {
      const page = await firstPage(s);
      const first = page.items[0];
      skipUnless(first, 'no open public assignments');
      const one = await s.ok(`/assignments/${encodeURIComponent(first.id)}`, schemas.Assignment);
      expect(one.id === first.id, 'the same assignment');
      await s.problem('/assignments/flexschil-conformance-unknown-id', 404);
    },
  },
  {
    id: 'errors',
    rule: 'every error answer is application/problem+json (an unknown path too)',
    async run(s) {
      await s.problem('/flexschil-conformance-no-such-path', 404);
    },
  },
  {
    id: 'internal-needs-credentials',
    rule: 'internal data without credentials is a 401 problem',
    async run(s) {
      await s.problem('/assignments?visibility=internal', 401);
    },
  },
  {
    id: 'vocabularies',
    rule: 'GET /vocabularies labels every code list, in the language of Accept-Language when the backend has it',
    async run(s) {
      const nl = await s.ok('/vocabularies', schemas.Vocabularies, { headers: { 'Accept-Language': 'nl' } });
      expect(nl.type.length > 0 && nl.mode.length > 0, 'the closed lists type and mode are there');
      await s.ok('/vocabularies', schemas.Vocabularies, { headers: { 'Accept-Language': 'en' } });
    },
  },
  {
    id: 'profiles',
    rule: 'GET /profiles answers public profiles without credentials; GET /profiles/{id} one of them, 404 for an unknown one',
    async run(s) {
      const page = await s.ok('/profiles?pageSize=100', schemas.ProfilePage);
      expect(page.items.every((p) => p.visibility === 'public'), 'only public profiles without credentials');
      const first = page.items[0];
      skipUnless(first, 'no public profiles');
      await s.ok(`/profiles/${encodeURIComponent(first.id)}`, schemas.Profile);
      await s.problem('/profiles/flexschil-conformance-unknown-id', 404);
    },
  },
  {
    id: 'match',
    rule: 'GET /assignments/{id}/match?profile= answers a Match, or 404/501 when the backend leaves matching to the browser',
    async run(s) {
      const [assignments, profiles] = [await firstPage(s), await s.ok('/profiles', schemas.ProfilePage)];
      skipUnless(assignments.items[0] && profiles.items[0], 'no assignment or profile to match');
      const path = `/assignments/${encodeURIComponent(assignments.items[0].id)}/match?profile=${encodeURIComponent(profiles.items[0].id)}`;
      const answer = await s.call(path);
      skipUnless(answer.status !== 404 && answer.status !== 501, 'matching is left to the browser (404/501)');
      const match = await s.ok(path, schemas.Match);
      expect(match.reasons.length === 6, 'six reasons, one per criterion');
    },
  },
  {
    id: 'sessions',
    rule: 'GET /sessions (contract 1.2) answers upcoming sessions, soonest first, with seats left within the capacity',
    async run(s) {
      const answer = await s.call('/sessions');
      skipUnless(answer.status !== 404, 'no swarm sessions (contract 1.2 is additive)');
      const page = await s.ok('/sessions?pageSize=100', schemas.SessionPage);
      const starts = page.items.map((x) => Date.parse(x.startsAt));
      expect(starts.join() === [...starts].sort((a, b) => a - b).join(), 'soonest first');
      for (const session of page.items) expect(session.seatsLeft >= 0 && session.seatsLeft <= session.capacity, `${session.id}: seats left within the capacity`);
    },
  },
  {
    id: 'sessions-by-assignment',
    rule: 'GET /sessions?assignment= (extension) answers only the sessions of those assignments; a backend without it ignores or refuses it',
    async run(s) {
      const answer = await s.call('/sessions?pageSize=100');
      skipUnless(answer.status !== 404, 'no swarm sessions (contract 1.2 is additive)');
      const all = await s.ok('/sessions?pageSize=100', schemas.SessionPage);
      const known = all.items.find((x) => x.assignmentId);
      skipUnless(known?.assignmentId, 'no upcoming session that names an assignment');
      const path = `/sessions?pageSize=100&assignment=${encodeURIComponent(known.assignmentId)}`;
      const filtered = await s.call(path);
      skipUnless(filtered.status !== 400, 'the assignment filter is refused (an extension)');
      const page = await s.ok(path, schemas.SessionPage);
      skipUnless(page.total < all.total || page.items.every((x) => x.assignmentId === known.assignmentId), 'the assignment filter is ignored (an extension)');
      expect(page.items.every((x) => x.assignmentId === known.assignmentId), `only sessions of ${known.assignmentId}`);
      expect(page.items.some((x) => x.id === known.id), `${known.id} is among them`);
    },
  },
  {
    id: 'feed',
    rule: 'GET /assignments/feed (contract 1.1) answers Atom',
    async run(s) {
      const answer = await s.call('/assignments/feed', { headers: { Accept: 'application/atom+xml' } });
      skipUnless(answer.status !== 404, 'no feed (contract 1.1 is additive)');
      expect(answer.status === 200, `expected 200, got ${answer.status}`);
      expect(/^application\/atom\+xml/.test(answer.headers.get('Content-Type') ?? ''), 'Content-Type application/atom+xml');
      expect(/<feed[^>]+xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/.test(answer.text), 'an Atom feed element');
    },
  },
  {
    id: 'me',
    rule: 'GET /me answers who the token is and what it may do; 401 without credentials',
    needs: 'token',
    async run(s) {
      const anonymous = await s.call('/me');
      skipUnless(anonymous.status !== 404, 'no GET /me (contract 1.1 is additive)');
      await s.problem('/me', 401);
      await s.ok('/me', schemas.Me, { auth: true });
    },
  },
  {
    id: 'internal-with-token',
    rule: 'with a valid token, internal data is answered (200) or refused as not allowed (403), never as not signed in (401)',
    needs: 'token',
    async run(s) {
      const answer = await s.call('/assignments?visibility=internal', { auth: true });
      expect(answer.status === 200 || answer.status === 403, `expected 200 or 403, got ${answer.status}`);
      if (answer.status === 200) expect(schemas.AssignmentPage.safeParse(answer.json).success, 'the page matches the contract');
    },
  },
  {
    id: 'apply',
    rule: 'POST applications: 400 lists every invalid field at once; a valid one is 201; the same Idempotency-Key replays it; another body with that key is 422',
    needs: 'write',
    async run(s) {
      const page = await firstPage(s, '?pageSize=100');
      const plain = page.items.find(
        (a) => !a.applyUrl && !a.requirements.kvkNumber && !a.requirements.cv && !a.requirements.conditionsUrl && !a.requirements.managerConsent,
      );
      skipUnless(plain, 'no open assignment without extra requirements to apply to');
      const path = `/assignments/${encodeURIComponent(plain.id)}/applications`;
      const key = `flexschil-conformance-${Date.now()}`;
      const form = (fields: Record<string, string>) => {
        const data = new FormData();
        for (const [name, value] of Object.entries(fields)) data.append(name, value);
        return data;
      };
      const invalid = await s.problem(path, 400, { method: 'POST', body: form({ name: 'X', email: 'geen-adres' }), headers: { 'Idempotency-Key': `${key}-invalid` } });
      const names = (invalid.invalidParams ?? []).map((p) => p.name);
      for (const name of ['name', 'email', 'motivation', 'consent']) expect(names.includes(name), `invalidParams names ${name}`);
      const valid = { name: 'Conformance Kit', email: 'conformance@example.nl', motivation: 'Een proefsollicitatie van de Flexschil-conformancekit: deze mag weg.', consent: 'true' };
      const first = await s.ok(path, schemas.ApplicationReceipt, { method: 'POST', body: form(valid), headers: { 'Idempotency-Key': key } }, 201);
      const replay = await s.ok(path, schemas.ApplicationReceipt, { method: 'POST', body: form(valid), headers: { 'Idempotency-Key': key } }, 201);
      expect(replay.id === first.id, 'the same key replays the same receipt');
      await s.problem(path, 422, { method: 'POST', body: form({ ...valid, name: 'Iemand Anders' }), headers: { 'Idempotency-Key': key } });
    },
  },
];

/** Runs every check that the options allow; never throws. */
export async function runKit(options: KitOptions): Promise<KitResult[]> {
  const session = new Session({ ...options, fetch: options.fetch ?? ((input, init) => fetch(input, init)) });
  const results: KitResult[] = [];
  for (const check of kitChecks) {
    session.last = '';
    if (check.needs === 'token' && !options.token) {
      results.push({ id: check.id, rule: check.rule, outcome: 'skip', reason: 'needs --token' });
      continue;
    }
    if (check.needs === 'write' && !options.write) {
      results.push({ id: check.id, rule: check.rule, outcome: 'skip', reason: 'stores data: needs --write' });
      continue;
    }
    try {
      await check.run(session, options);
      results.push({ id: check.id, rule: check.rule, outcome: 'pass', request: session.last || undefined });
    } catch (error) {
      const outcome: Outcome = error instanceof Skip ? 'skip' : 'fail';
      const reason = error instanceof Violation || error instanceof Skip ? error.message : `${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? String(error)}`;
      results.push({ id: check.id, rule: check.rule, outcome, reason, request: session.last || undefined });
    }
  }
  return results;
}

/** The report as a person reads it in a terminal or a CI log. */
export function formatReport(results: KitResult[], baseUrl: string): string {
  const mark: Record<Outcome, string> = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' };
  const lines = [`Flexschil conformance — ${baseUrl}`, ''];
  for (const r of results) {
    lines.push(`${mark[r.outcome]}  ${r.id}: ${r.rule}`);
    if (r.reason) lines.push(`      ${r.outcome === 'fail' ? 'why' : 'note'}: ${r.reason}`);
    if (r.outcome === 'fail' && r.request) lines.push(`      request: ${r.request}`);
  }
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  lines.push('', `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
  return lines.join('\n');
}
