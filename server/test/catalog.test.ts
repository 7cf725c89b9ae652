/** The read side beyond the shared conformance suite: search, facets, caching, errors. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as schemas from '../../src/api/schemas.js';
import { match } from '../../src/match/index.js';
import { fold } from '../../backend/text.js';
import { englishForms, parseSearch, spellings } from '../../backend/search.js';
import { createTestApp, json, type TestApp } from './helpers.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

async function page(path: string, init?: RequestInit) {
  const response = await t.request(path, init);
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return schemas.AssignmentPage.parse(await response.json());
}

const text = (a: schemas.Assignment) => fold([a.title, a.summary, a.organisation.name, ...a.skills.map((s) => s.name)].join(' '));

describe('free-text search', () => {
  it('stems Dutch: "adviseurs" finds an "Adviseur", "gemeenten" a "Gemeente"', async () => {
    const found = await page('/assignments?q=adviseurs&pageSize=100');
    assert.ok(found.items.some((a) => /adviseur\b/i.test(a.title)), 'an Adviseur');
    const plural = await page('/assignments?q=gemeenten&pageSize=100');
    assert.ok(plural.items.some((a) => a.organisation.name.startsWith('Gemeente')));
  });

  it('ignores accents and finds prefixes and parts of compounds', async () => {
    const accents = await page('/assignments?q=financiele&pageSize=100');
    assert.ok(accents.total > 0);
    assert.ok(accents.items.every((a) => text(a).includes('financiele')));
    const prefix = await page('/assignments?q=projectl&pageSize=100');
    assert.ok(prefix.items.some((a) => a.title.startsWith('Projectleider')));
    const compound = await page('/assignments?q=voorziening&pageSize=100');
    assert.ok(compound.items.some((a) => /informatievoorziening/i.test(a.title)));
  });

  it('finds both spellings of a Dutch syllable: "inkoop" finds an "Inkoper", "inkopen" an "Inkoop…", "-inkoop" leaves out both', async () => {
    const inkoop = await page('/assignments?q=inkoop&pageSize=100');
    assert.ok(inkoop.items.some((a) => a.title === 'Inkoper GWW-contracten'), inkoop.items.map((a) => a.title).join());
    assert.ok(inkoop.items.some((a) => text(a).includes('inkoop')));
    const inkopen = await page('/assignments?q=inkopen&pageSize=100');
    assert.ok(inkopen.items.some((a) => text(a).includes('inkoop')) && inkopen.items.some((a) => a.title === 'Inkoper GWW-contracten'));
    const without = await page('/assignments?q=-inkoop&pageSize=100');
    assert.ok(without.items.every((a) => !text(a).includes('inkoop') && !text(a).includes('inkop')));
    assert.deepEqual(spellings('inkoop'), ['inkoop', 'inkop']);
    assert.deepEqual(spellings('maan'), ['maan'], 'short terms keep one spelling');
    assert.deepEqual(spellings('adviseur'), ['adviseur'], 'a diphthong is no doubled vowel');
  });

  it('gives a term the English forms its Dutch stem does not contain', () => {
    assert.deepEqual(englishForms('policies'), ['policy']);
    assert.deepEqual(englishForms('policy'), ['policies']);
    assert.deepEqual(englishForms('coaches'), ['coach'], 'a loanword plural in Dutch too');
    assert.deepEqual(englishForms('businesses'), ['business']);
    assert.deepEqual(englishForms('kansen'), [], 'Dutch plurals are the stem\'s');
    assert.deepEqual(englishForms('toys'), [], 'short words have none');
    assert.deepEqual(parseSearch('functies')?.include, [['functie', 'functy']], 'the Dutch stem first');
    assert.deepEqual(parseSearch('adviseur adviseurs')?.include, [['adviseur']], 'one term for words with one stem');
  });

  it('needs every word, and -word excludes', async () => {
    const both = await page('/assignments?q=projectleider%20steenbergen&pageSize=100');
    assert.ok(both.total > 0);
    assert.ok(both.items.every((a) => text(a).includes('steenbergen')));
    const without = await page('/assignments?q=adviseur%20-inkoop&pageSize=100');
    assert.ok(without.total > 0);
    assert.ok(without.items.every((a) => !text(a).includes('inkoop')), 'no inkoop');
  });

  it('treats LIKE wildcards and tsquery syntax in the query as text', async () => {
    for (const q of ['%', '_', '\\', '"unclosed', 'a & b | !c', "o'reilly", '(((']) {
      const response = await t.request(`/assignments?q=${encodeURIComponent(q)}`);
      assert.equal(response.status, 200, q);
    }
    assert.equal((await page('/assignments?q=%25')).total, 0, '% is not a wildcard');
  });
});

describe('facets', () => {
  it('counts every facet under the other filters, not its own', async () => {
    const all = await page('/assignments?pageSize=100');
    const byType = await page('/assignments?type=inhuur&pageSize=100');
    const region = (p: schemas.AssignmentPage, value: string) => p.facets?.region?.find((f) => f.value === value)?.count ?? 0;
    // Region counts follow the type filter...
    for (const f of byType.facets?.region ?? []) {
      assert.equal(f.count, byType.items.filter((a) => a.location.region.value === f.value).length, f.value);
    }
    assert.ok(region(byType, 'west-brabant') <= region(all, 'west-brabant'));
    // ...but the type facet itself is not narrowed by it.
    assert.deepEqual(byType.facets?.type, all.facets?.type);
  });

  it('keeps a chosen value that has no results, and labels facets in the asked language', async () => {
    const none = await page('/assignments?field=water&q=zzqxjwv');
    assert.equal(none.total, 0);
    assert.deepEqual(none.facets?.field, [{ value: 'water', label: 'Water', count: 0 }]);
    const en = await page('/assignments', { headers: { 'Accept-Language': 'en' } });
    assert.ok(en.facets?.mode?.some((f) => f.value === 'remote' && f.label === 'Remote'));
  });
});

describe('profiles', () => {
  it('filters on availability and hours', async () => {
    const response = await t.request('/profiles?availableFrom=2026-12-01&hoursMin=24&pageSize=100');
    const result = schemas.ProfilePage.parse(await response.json());
    assert.ok(result.total > 0);
    for (const p of result.items) {
      assert.ok(p.availability && p.availability.from <= '2026-12-01' && p.availability.hoursPerWeek >= 24, p.id);
    }
  });

  it('sorts by -updatedAt', async () => {
    const result = schemas.ProfilePage.parse(await json(await t.request('/profiles?sort=-updatedAt&pageSize=100')));
    const times = result.items.map((p) => Date.parse(p.updatedAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
  });
});

describe('match', () => {
  it('is the same function the browser runs', async () => {
    const assignment = schemas.Assignment.parse(await json(await t.request('/assignments/a-2026-0101')));
    const profile = schemas.Profile.parse(await json(await t.request('/profiles/p-0001')));
    const answer = await json(await t.request('/assignments/a-2026-0101/match?profile=p-0001'));
    assert.deepEqual(answer, match(assignment, profile, { today: '2026-11-22' }));
  });

  it('needs a profile parameter', async () => {
    const response = await t.request('/assignments/a-2026-0101/match');
    assert.equal(response.status, 400);
    assert.equal((await json(response)).invalidParams[0].name, 'profile');
  });
});

describe('validation', () => {
  it('lists every invalid parameter at once', async () => {
    const response = await t.request('/assignments?page=0&pageSize=abc&hoursMin=30&hoursMax=10&mode=teleport&sort=random');
    assert.equal(response.status, 400);
    assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    const problem = schemas.Problem.parse(await response.json());
    assert.deepEqual(problem.invalidParams?.map((p) => p.name).sort(), ['hoursMax', 'mode', 'page', 'pageSize', 'sort']);
    assert.ok(problem.invalidParams?.every((p) => p.reason.length > 10 && p.code));
  });
});

describe('caching', () => {
  it('gives public answers an ETag and answers 304 to a matching If-None-Match', async () => {
    const first = await t.request('/assignments?type=inhuur');
    const etag = first.headers.get('ETag');
    assert.ok(etag);
    assert.match(first.headers.get('Cache-Control') ?? '', /^public, max-age=\d+/);
    assert.match(first.headers.get('Vary') ?? '', /Accept-Language/);
    assert.equal(first.headers.get('Content-Language'), 'nl');
    const again = await t.request('/assignments?type=inhuur', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const english = await t.request('/assignments?type=inhuur', { headers: { 'If-None-Match': etag, 'Accept-Language': 'en' } });
    assert.equal(english.status, 200, 'other labels, other ETag');
  });

  it('never lets a shared cache keep an answer given to credentials', async () => {
    const token = await t.token('gem-steenbergen');
    const response = await t.request('/assignments?visibility=internal', { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
    assert.equal(response.headers.get('ETag'), null);
  });
});

describe('routing', () => {
  it('answers unknown paths with a 404 problem and wrong methods with 405', async () => {
    const unknown = await t.request('/nope');
    assert.equal(unknown.status, 404);
    assert.match(unknown.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    const method = await t.request('/assignments', { method: 'DELETE' });
    assert.equal(method.status, 405);
    assert.match(method.headers.get('Allow') ?? '', /GET/);
  });

  it('answers HEAD with the headers GET answers, without the body (RFC 9110 §9.3.2), and lists it in Allow', async () => {
    const sessionId = schemas.SessionPage.parse(await json(await t.request('/sessions'))).items[0]?.id;
    assert.ok(sessionId);
    const employee = { Authorization: `Bearer ${await t.token('gem-steenbergen')}` };
    const asked: [string, Record<string, string>][] = [
      ['/assignments/a-2026-0101', {}],
      ['/assignments?field=inkoop', { 'Accept-Encoding': 'gzip' }],
      ['/assignments/a-2026-0101', employee],
      [`/sessions/${sessionId}`, {}],
      [`/sessions/${sessionId}.ics`, {}],
      ['/assignments/feed', {}],
      ['/openapi.json', {}],
    ];
    for (const [path, headers] of asked) {
      const get = await t.request(path, { headers });
      const head = await t.request(path, { method: 'HEAD', headers });
      assert.equal(head.status, get.status, path);
      // Each request has an id of its own; every other header is the same.
      const same = (response: Response) => [...response.headers].filter(([name]) => name !== 'x-request-id');
      assert.deepEqual(same(head), same(get), path);
      assert.ok(head.headers.get('X-Request-Id'), `${path}: an id`);
      assert.equal(await head.text(), '', `${path}: no body`);
      const revalidated = await t.request(path, { method: 'HEAD', headers: { ...headers, 'If-None-Match': get.headers.get('ETag') ?? '' } });
      assert.equal(revalidated.status, get.headers.has('ETag') && !headers.Authorization ? 304 : 200, `${path}: revalidated`);
    }
    const options = await t.request('/assignments/a-2026-0101', { method: 'OPTIONS' });
    assert.equal(options.headers.get('Allow'), 'GET, HEAD, PATCH, OPTIONS');
  });
});

describe('the language of the texts', () => {
  it('says that what organisations and professionals wrote is Dutch, also when the labels are English (the `language` extension)', async () => {
    const english = { headers: { 'Accept-Language': 'en' } };
    const response = await t.request('/assignments?pageSize=5', english);
    assert.equal(response.headers.get('Content-Language'), 'en');
    const assignments = schemas.AssignmentPage.parse(await response.json());
    assert.ok(assignments.items.length > 0);
    assert.ok(assignments.items.every((a) => a.language === 'nl'));
    const profiles = schemas.ProfilePage.parse(await (await t.request('/profiles?pageSize=5', english)).json());
    assert.ok(profiles.items.length > 0 && profiles.items.every((p) => p.language === 'nl'));
    const sessions = schemas.SessionPage.parse(await (await t.request('/sessions?pageSize=5', english)).json());
    assert.ok(sessions.items.length > 0 && sessions.items.every((s) => s.language === 'nl'));
  });
});
