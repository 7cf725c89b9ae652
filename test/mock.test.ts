/**
 * The in-memory mock backend (mock/backend.ts) against CONTRACT.md §1. Requests go straight to
 * `backend.handle()`, without msw: these tests are about the backend's logic, so that stories,
 * demos and element tests can trust what it answers.
 */
import { expect } from '@open-wc/testing';
import { dutchInstant } from '../backend/time.js';
import type { Assignment, AssignmentInput, FacetCount, InvalidParam, Problem, ProfileInput } from '../src/api/schemas.js';
import { Match } from '../src/api/schemas.js';
import { MAX_CV_BYTES, type MockBackend, createMockBackend, isNetworkError, mockToken, mockTokens } from '../mock/backend.js';
import { faultFromSearch, startMockWorker, stopMockWorker } from '../mock/browser.js';
import { organisations, seedAssignments, seedProfiles, vocabularies } from '../seed/seed.js';

const BASE = 'https://api.flexschil.test/v1';
const NOW = new Date('2026-11-22T10:00:00+01:00');

interface ListBody<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  facets: Record<string, FacetCount[]>;
}

let backend: MockBackend;

beforeEach(() => {
  backend = createMockBackend({ today: '2026-11-22', now: () => NOW });
});

function request(path: string, init: RequestInit & { token?: string; lang?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.lang) headers.set('Accept-Language', init.lang);
  return backend.handle(new Request(BASE + path, { ...init, headers }));
}

async function getJson<T>(path: string, init: { token?: string; lang?: string } = {}): Promise<T> {
  const response = await request(path, init);
  expect(response.status, `GET ${path}`).to.equal(200);
  expect(response.headers.get('Content-Type')).to.match(/^application\/json/);
  return response.json() as Promise<T>;
}

async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).to.equal(status);
  expect(response.headers.get('Content-Type')).to.match(/^application\/problem\+json/);
  const body = (await response.json()) as Problem;
  expect(body.status).to.equal(status);
  expect(body.type).to.be.a('string');
  expect(body.title).to.be.a('string').and.not.be.empty;
  expect(body.detail).to.be.a('string').and.not.be.empty;
  return body;
}

const list = (path: string, init?: { token?: string; lang?: string }) => getJson<ListBody<AssignmentInput>>(path, init);
const profiles = (path: string, init?: { token?: string; lang?: string }) => getJson<ListBody<ProfileInput>>(path, init);
const ids = (body: ListBody<{ id: string }>) => body.items.map((item) => item.id);
const count = (facet: FacetCount[], value: string) => facet.find((f) => f.value === value)?.count ?? 0;

const publicOpen = seedAssignments.filter((a) => a.visibility === 'public' && a.status === 'open');

describe('mock seed', () => {
  it('holds every address as the server stores it (normalised), so the mock answers what the server does', () => {
    const urls = [
      ...seedAssignments.flatMap((a) => [a.url, a.applyUrl, a.requirements?.conditionsUrl]),
      ...seedProfiles.flatMap((p) => [p.photoUrl, ...Object.values(p.links ?? {})]),
    ].filter((url): url is string => typeof url === 'string');
    expect(urls.length).to.be.above(10);
    for (const url of urls) expect(new URL(url).href, url).to.equal(url);
  });

  it('covers what stories and demos need', () => {
    expect(seedAssignments.length).to.be.at.least(44);
    expect(new Set(seedAssignments.map((a) => a.organisation.id)).size).to.be.at.least(9);
    expect(new Set(seedAssignments.map((a) => a.field.value)).size).to.be.at.least(10);
    expect(new Set(seedAssignments.map((a) => a.location.region.value)).size).to.be.at.least(6);
    for (const type of ['detachering', 'interim', 'inhuur', 'intern', 'belangeloos']) {
      expect(seedAssignments.some((a) => a.types.includes(type as Assignment['types'][number])), type).to.be.true;
    }
    for (const mode of ['onsite', 'hybrid', 'remote']) {
      expect(seedAssignments.some((a) => a.location.mode === mode), mode).to.be.true;
    }
    expect(seedAssignments.filter((a) => a.visibility === 'internal').map((a) => a.organisation.id)).to.include.members([
      'gem-steenbergen',
      'prov-noord-brabant',
    ]);
    expect(seedAssignments.some((a) => a.closingDate === '2026-11-22' && a.status === 'open')).to.be.true;
    expect(seedAssignments.filter((a) => a.types.includes('inhuur')).every((a) => a.requirements.kvkNumber)).to.be.true;
    expect(seedProfiles.length).to.be.at.least(28);
    for (const kind of ['zpp', 'zzp', 'ondernemend-ambtenaar', 'manager', 'interim']) {
      expect(seedProfiles.filter((p) => p.kind === kind).length, kind).to.be.at.least(3);
    }
    expect(organisations.map((o) => o.id)).to.include('ws-brabantse-delta');
  });

  it('has unique ids', () => {
    expect(new Set(seedAssignments.map((a) => a.id)).size).to.equal(seedAssignments.length);
    expect(new Set(seedProfiles.map((p) => p.id)).size).to.equal(seedProfiles.length);
  });
});

describe('mock GET /assignments', () => {
  it('answers public open assignments, soonest closing first, 10 per page', async () => {
    const body = await list('/assignments');
    expect(body.page).to.equal(1);
    expect(body.pageSize).to.equal(10);
    expect(body.total).to.equal(publicOpen.length);
    expect(body.items).to.have.length(10);
    expect(body.items.every((a) => a.visibility === 'public' && a.status === 'open')).to.be.true;
    const dates = body.items.map((a) => a.closingDate);
    expect(dates).to.deep.equal([...dates].sort());
    expect(dates[0]).to.equal('2026-11-22');
  });

  it('pages through the results', async () => {
    const first = await list('/assignments?pageSize=7');
    const second = await list('/assignments?pageSize=7&page=2');
    expect(second.page).to.equal(2);
    expect(second.items).to.have.length(7);
    expect(ids(first)).not.to.include.members(ids(second));
    const all = await list('/assignments?pageSize=100');
    expect(ids(all).slice(7, 14)).to.deep.equal(ids(second));
    const beyond = await list('/assignments?page=99');
    expect(beyond.items).to.deep.equal([]);
    expect(beyond.total).to.equal(publicOpen.length);
  });

  it('rejects every invalid parameter at once', async () => {
    const problem = await expectProblem(
      await request('/assignments?page=0&pageSize=101&sort=random&type=stage&hoursMin=30&hoursMax=10'),
      400,
    );
    const names = (problem.invalidParams ?? []).map((p) => p.name);
    expect(names).to.have.members(['page', 'pageSize', 'sort', 'type', 'hoursMax']);
    for (const param of problem.invalidParams ?? []) expect(param.reason).to.be.a('string').and.not.be.empty;
    await expectProblem(await request('/assignments?pageSize=abc'), 400);
    await expectProblem(await request('/assignments?pageSize=2.5'), 400);
    await expectProblem(await request('/assignments?visibility=secret'), 400);
  });

  it('searches case- and accent-insensitively over title, summary, organisation and skills', async () => {
    const bySkill = await list('/assignments?q=FINANCIELE%20analyse&pageSize=100');
    expect(bySkill.total).to.be.greaterThan(0);
    expect(bySkill.items.every((a) => a.skills.some((s) => s.name === 'Financiële analyse') || /financi/i.test(a.summary ?? ''))).to
      .be.true;
    const byOrganisation = await list('/assignments?q=brabantse%20delta&pageSize=100');
    expect(byOrganisation.total).to.equal(publicOpen.filter((a) => a.organisation.id === 'ws-brabantse-delta').length);
    const byAccent = await list('/assignments?q=co%C3%B6rdinator');
    expect(ids(byAccent)).to.include('a-2026-0149'); // "Poolcoördinator"
    const byPlainSpelling = await list('/assignments?q=coordinator');
    expect(ids(byPlainSpelling)).to.deep.equal(ids(byAccent));
    expect((await list('/assignments?q=xyzzy')).total).to.equal(0);
  });

  it('finds both Dutch spellings of a syllable, as the reference server does: "inkoop" finds an "Inkoper"', async () => {
    expect((await list('/assignments?q=inkoop&pageSize=100')).items.map((a) => a.title)).to.include('Inkoper GWW-contracten');
    expect((await list('/assignments?q=-inkoop&pageSize=100')).items.map((a) => a.title)).not.to.include('Inkoper GWW-contracten');
  });

  it('ORs repeated values of one parameter and ANDs different parameters', async () => {
    const inkoop = publicOpen.filter((a) => a.field.value === 'inkoop');
    const water = publicOpen.filter((a) => a.field.value === 'water');
    const either = await list('/assignments?field=inkoop&field=water&pageSize=100');
    expect(either.total).to.equal(inkoop.length + water.length);

    const westBrabant = await list('/assignments?field=inkoop&field=water&region=west-brabant&pageSize=100');
    expect(westBrabant.total).to.equal(
      [...inkoop, ...water].filter((a) => a.location.region.value === 'west-brabant').length,
    );
    expect(westBrabant.items.every((a) => ['inkoop', 'water'].includes(a.field.value))).to.be.true;
    expect(westBrabant.items.every((a) => a.location.region.value === 'west-brabant')).to.be.true;

    const types = await list('/assignments?type=interim&type=belangeloos&pageSize=100');
    expect(types.items.every((a) => a.types.includes('interim') || a.types.includes('belangeloos'))).to.be.true;
    expect(types.total).to.equal(publicOpen.filter((a) => a.types.some((t) => t === 'interim' || t === 'belangeloos')).length);

    const orgs = await list('/assignments?organisation=gem-breda&organisation=gem-tilburg&mode=remote&pageSize=100');
    expect(orgs.items.map((a) => a.organisation.id)).to.satisfy((all: string[]) =>
      all.every((id) => id === 'gem-breda' || id === 'gem-tilburg'),
    );
    expect(orgs.items.every((a) => a.location.mode === 'remote')).to.be.true;
    expect(orgs.total).to.be.greaterThan(0);
  });

  it('filters on overlapping hours per week', async () => {
    const body = await list('/assignments?hoursMin=36&hoursMax=40&pageSize=100');
    expect(body.total).to.be.greaterThan(0);
    expect(body.items.every((a) => a.hoursPerWeek.max >= 36 && a.hoursPerWeek.min <= 40)).to.be.true;
    const few = await list('/assignments?hoursMax=4&pageSize=100');
    expect(few.items.every((a) => a.hoursPerWeek.min <= 4)).to.be.true;
    expect(few.total).to.equal(publicOpen.filter((a) => a.hoursPerWeek.min <= 4).length);
  });

  it('filters on status', async () => {
    const closed = await list('/assignments?status=closed&pageSize=100');
    expect(closed.total).to.be.greaterThan(0);
    expect(closed.items.every((a) => a.status === 'closed')).to.be.true;
    const all = await list('/assignments?status=all&pageSize=100');
    expect(all.total).to.equal(seedAssignments.filter((a) => a.visibility === 'public').length);
  });

  it('counts each facet over every other filter but its own', async () => {
    const body = await list('/assignments?field=inkoop&region=west-brabant');
    // The field facet ignores field=inkoop but honours region=west-brabant …
    const westBrabant = publicOpen.filter((a) => a.location.region.value === 'west-brabant');
    for (const facet of body.facets.field) {
      expect(facet.count, facet.value).to.equal(westBrabant.filter((a) => a.field.value === facet.value).length);
    }
    expect(body.facets.field.length).to.be.greaterThan(1);
    // … and the region facet ignores region but honours field.
    const inkoop = publicOpen.filter((a) => a.field.value === 'inkoop');
    for (const facet of body.facets.region) {
      expect(facet.count, facet.value).to.equal(inkoop.filter((a) => a.location.region.value === facet.value).length);
    }
    // An assignment with several types counts once for each.
    const typeTotal = body.facets.type.reduce((sum, f) => sum + f.count, 0);
    expect(typeTotal).to.be.at.least(body.total);
    expect(body.facets.mode.map((f) => f.value)).to.include('hybrid');
  });

  it('keeps a selected value in its facet even when nothing matches', async () => {
    const body = await list('/assignments?field=water&region=zuid-holland-zuid&q=inkoop');
    expect(body.total).to.equal(0);
    expect(body.facets.field.map((f) => f.value)).to.include('water');
    expect(count(body.facets.field, 'water')).to.equal(0);
  });

  it('sorts by title in Dutch order and by publication, newest first', async () => {
    const byTitle = await list('/assignments?sort=title&pageSize=100');
    const titles = byTitle.items.map((a) => a.title);
    const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
    expect(titles).to.deep.equal([...titles].sort(collator.compare));
    const newest = await list('/assignments?sort=-publishedAt&pageSize=100');
    const times = newest.items.map((a) => Date.parse(a.publishedAt));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
  });

  it('labels codes in the language of Accept-Language', async () => {
    const nl = await list('/assignments?field=financien');
    expect(nl.items[0].field.label).to.equal('Financiën');
    const en = await list('/assignments?field=financien', { lang: 'en-GB,en;q=0.9,nl;q=0.5' });
    expect(en.items[0].field.label).to.equal('Finance');
    expect(en.facets.type.find((f) => f.value === 'detachering')?.label).to.equal('Secondment');
    const fallback = await list('/assignments?field=financien', { lang: 'de' });
    expect(fallback.items[0].field.label).to.equal('Financiën');
  });
});

describe('mock internal assignments', () => {
  const steenbergenInternal = seedAssignments.filter(
    (a) => a.visibility === 'internal' && a.organisation.id === 'gem-steenbergen' && a.status === 'open',
  );

  it('needs credentials: 401 without, 403 for a user without rights', async () => {
    const missing = await expectProblem(await request('/assignments?visibility=internal'), 401);
    expect(missing.title).to.equal('Niet ingelogd');
    await expectProblem(await request('/assignments?visibility=all'), 401);
    await expectProblem(await request('/assignments?visibility=internal', { token: mockTokens.guest }), 403);
    await expectProblem(await request('/assignments?visibility=all', { token: mockTokens.guest }), 403);
    await expectProblem(await request('/assignments', { token: 'token-unknown' }), 401);
  });

  it("shows an employee their own organisation's internal assignments", async () => {
    const internal = await list('/assignments?visibility=internal&pageSize=100', { token: mockTokens.steenbergen });
    expect(ids(internal)).to.have.members(steenbergenInternal.map((a) => a.id));
    expect(internal.items.every((a) => a.organisation.id === 'gem-steenbergen')).to.be.true;

    const all = await list('/assignments?visibility=all&pageSize=100', { token: mockTokens.steenbergen });
    expect(all.total).to.equal(publicOpen.length + steenbergenInternal.length);
    expect(all.items.some((a) => a.organisation.id === 'prov-noord-brabant' && a.visibility === 'internal')).to.be.false;

    const provincie = await list('/assignments?visibility=internal&pageSize=100', { token: mockTokens.provincie });
    expect(provincie.total).to.be.greaterThan(0);
    expect(provincie.items.every((a) => a.organisation.id === 'prov-noord-brabant')).to.be.true;
  });

  it('guards the detail of an internal assignment the same way', async () => {
    const id = steenbergenInternal[0].id;
    await expectProblem(await request(`/assignments/${id}`), 401);
    await expectProblem(await request(`/assignments/${id}`, { token: mockTokens.guest }), 403);
    await expectProblem(await request(`/assignments/${id}`, { token: mockTokens.provincie }), 403);
    const assignment = await getJson<AssignmentInput>(`/assignments/${id}`, { token: mockTokens.steenbergen });
    expect(assignment.id).to.equal(id);
  });
});

describe('mock GET /assignments/{id}', () => {
  it('answers a public assignment and 404 for an unknown one', async () => {
    const assignment = await getJson<AssignmentInput>('/assignments/a-2026-0101');
    expect(assignment.title).to.equal('Projectleider informatievoorziening');
    const problem = await expectProblem(await request('/assignments/a-1999-0000'), 404);
    expect(problem.detail).to.contain('a-1999-0000');
  });

  it('answers unknown paths and methods with problems', async () => {
    await expectProblem(await request('/nothing-here'), 404);
    const response = await request('/assignments', { method: 'DELETE' });
    await expectProblem(response, 405);
    expect(response.headers.get('Allow')).to.equal('GET, HEAD, POST, OPTIONS');
  });
});

describe('mock GET /profiles', () => {
  const publicProfiles = seedProfiles.filter((p) => p.visibility === 'public');

  it('answers public profiles only without a token, sorted by name', async () => {
    const body = await profiles('/profiles?pageSize=100');
    expect(body.total).to.equal(publicProfiles.length);
    expect(body.items.every((p) => p.visibility === 'public')).to.be.true;
    const names = body.items.map((p) => p.name);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('nl', { sensitivity: 'base' }).compare));
  });

  it('includes network profiles and own internal ones with a token', async () => {
    const body = await profiles('/profiles?pageSize=100', { token: mockTokens.steenbergen });
    const visibilities = new Set(body.items.map((p) => p.visibility));
    expect(visibilities).to.include('network');
    expect(visibilities).to.include('internal');
    expect(body.items.filter((p) => p.visibility === 'internal').every((p) => p.organisation?.id === 'gem-steenbergen')).to.be
      .true;
    const guest = await profiles('/profiles?pageSize=100', { token: mockTokens.guest });
    expect(guest.total).to.equal(publicProfiles.length);
  });

  it('counts only an organisation the marketplace knows as the network, as the server does (a made-up org claim is no member)', async () => {
    const network = (await profiles('/profiles?pageSize=100', { token: mockToken({ sub: 'member', org: 'gem-steenbergen' }) })).items;
    expect(network.some((p) => p.visibility === 'network')).to.equal(true);
    const outsider = await profiles('/profiles?pageSize=100', { token: mockToken({ sub: 'outsider', org: 'some-unknown-org' }) });
    expect(outsider.items.some((p) => p.visibility === 'network'), 'no network profiles for an unknown organisation').to.equal(false);
    const told = await profiles('/profiles?pageSize=100', { token: mockToken({ sub: 'told', org: 'some-unknown-org', network: true }) });
    expect(told.items.some((p) => p.visibility === 'network'), 'a network claim is taken as it is').to.equal(true);
  });

  it('filters on kind, field, availability and hours, with facets', async () => {
    const kinds = await profiles('/profiles?kind=zpp&kind=interim&pageSize=100');
    expect(kinds.items.every((p) => p.kind === 'zpp' || p.kind === 'interim')).to.be.true;
    expect(count(kinds.facets.kind, 'manager')).to.equal(publicProfiles.filter((p) => p.kind === 'manager').length);

    const available = await profiles('/profiles?availableFrom=2026-12-01&hoursMin=24&pageSize=100');
    expect(available.total).to.be.greaterThan(0);
    for (const p of available.items) {
      expect((p.availability?.from ?? '9999-12-31') <= '2026-12-01', p.id).to.be.true;
      expect(p.availability?.hoursPerWeek, p.id).to.be.at.least(24);
    }

    const water = await profiles('/profiles?field=water&pageSize=100');
    expect(water.items.every((p) => p.fields.some((f) => f.value === 'water'))).to.be.true;
    expect(water.facets.field.length).to.be.greaterThan(1); // the field facet ignores field=water

    const search = await profiles('/profiles?q=yildiz');
    expect(search.items.map((p) => p.name)).to.deep.equal(['Özlem Yıldız']);

    await expectProblem(await request('/profiles?kind=ambtenaar&availableFrom=morgen'), 400);
  });

  it('sorts by last update', async () => {
    const body = await profiles('/profiles?sort=-updatedAt&pageSize=100');
    const times = body.items.map((p) => Date.parse(p.updatedAt));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
  });

  it('guards non-public profile details', async () => {
    const internal = seedProfiles.find((p) => p.visibility === 'internal' && p.organisation?.id === 'gem-steenbergen');
    const network = seedProfiles.find((p) => p.visibility === 'network');
    if (!internal || !network) throw new Error('seed lacks non-public profiles');
    await expectProblem(await request(`/profiles/${internal.id}`), 401);
    await expectProblem(await request(`/profiles/${network.id}`), 401);
    await expectProblem(await request(`/profiles/${network.id}`, { token: mockTokens.guest }), 403);
    await expectProblem(await request(`/profiles/${internal.id}`, { token: mockTokens.provincie }), 403);
    expect((await getJson<ProfileInput>(`/profiles/${internal.id}`, { token: mockTokens.steenbergen })).id).to.equal(internal.id);
    expect((await getJson<ProfileInput>(`/profiles/${network.id}`, { token: mockTokens.provincie })).id).to.equal(network.id);
    await expectProblem(await request('/profiles/p-9999'), 404);
  });
});

describe('mock GET /vocabularies and /match', () => {
  it('answers the code lists in the asked language', async () => {
    const nl = await getJson<ReturnType<typeof vocabularies>>('/vocabularies');
    expect(nl).to.deep.equal(vocabularies('nl'));
    const en = await getJson<ReturnType<typeof vocabularies>>('/vocabularies', { lang: 'en' });
    expect(en.mode.find((m) => m.value === 'remote')?.label).to.equal('Remote');
  });

  it('computes a match, and 404 when either side is unknown', async () => {
    const body = await getJson<unknown>('/assignments/a-2026-0101/match?profile=p-0001');
    const parsed = Match.parse(body);
    expect(parsed.score).to.be.within(0, 100);
    expect(parsed.reasons.map((r) => r.criterion)).to.include('skills');
    await expectProblem(await request('/assignments/a-2026-0101/match?profile=p-9999'), 404);
    await expectProblem(await request('/assignments/a-1999-0000/match?profile=p-0001'), 404);
    await expectProblem(await request('/assignments/a-2026-0101/match'), 400);
  });
});

// ---------------------------------------------------------------------------------------------
// Applications

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
const MOTIVATION =
  'Ik heb tien jaar ervaring met zaakgericht werken bij twee gemeenten en help graag Steenbergen verder.';

/** A complete, valid application for a-2026-0101 (inhuur: KvK, cv and conditions required). */
function validForm(overrides: Record<string, string | File | null> = {}): FormData {
  const values: Record<string, string | File | null> = {
    name: 'Anne-Marie Backx',
    email: 'a.backx@example.nl',
    phone: '06 1234 5678',
    kvkNumber: '12345678',
    motivation: MOTIVATION,
    availableFrom: '2027-01-15',
    hoursPerWeek: '24',
    rate: '85.50',
    cv: new File([PDF], 'cv-backx.pdf', { type: 'application/pdf' }),
    consent: 'true',
    acceptConditions: 'true',
    website: '',
    ...overrides,
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) if (value !== null) form.append(name, value);
  return form;
}

let keys = 0;
function apply(id: string, form: FormData, { key = `key-${++keys}`, token }: { key?: string | null; token?: string } = {}) {
  const headers = new Headers();
  if (key) headers.set('Idempotency-Key', key);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return backend.handle(new Request(`${BASE}/assignments/${id}/applications`, { method: 'POST', headers, body: form }));
}

function codes(problem: Problem): Record<string, string> {
  return Object.fromEntries((problem.invalidParams ?? []).map((p: InvalidParam) => [p.name, p.code ?? '']));
}

describe('mock POST /assignments/{id}/applications', () => {
  it('stores a valid application and answers a receipt', async () => {
    const response = await apply('a-2026-0101', validForm());
    expect(response.status).to.equal(201);
    const receipt = await response.json();
    expect(receipt).to.deep.include({ assignmentId: 'a-2026-0101', status: 'received', receivedAt: dutchInstant(NOW) });
    expect(receipt.id, 'short to quote, no i, l, o or u to mishear').to.match(/^app-[0-9a-hjkmnp-tv-z]{10}$/);
    expect(backend.applications).to.have.length(1);
    const stored = backend.applications[0];
    expect(stored.kvkNumber).to.equal('12345678');
    expect(stored.hoursPerWeek).to.equal(24);
    expect(stored.rate).to.equal(85.5);
    expect(stored.cv).to.deep.include({ name: 'cv-backx.pdf', type: 'application/pdf', size: PDF.length });
    expect(backend.files.get(stored.cv?.file ?? '')?.length).to.equal(PDF.length);
  });

  it('requires an Idempotency-Key', async () => {
    const problem = await expectProblem(await apply('a-2026-0101', validForm(), { key: null }), 400);
    expect(codes(problem)).to.deep.equal({ 'Idempotency-Key': 'required' });
    expect(backend.applications).to.have.length(0);
  });

  it('lists every problem at once, in Dutch', async () => {
    const form = validForm({
      name: 'A',
      email: 'geen-adres',
      kvkNumber: '1234',
      motivation: 'Te kort.',
      availableFrom: '15-01-2027',
      hoursPerWeek: '60',
      rate: 'veel',
      profileId: 'p-9999',
      cv: new File(['hallo'], 'cv.txt', { type: 'text/plain' }),
      consent: null,
      acceptConditions: null,
    });
    const problem = await expectProblem(await apply('a-2026-0101', form), 400);
    expect(codes(problem)).to.deep.equal({
      name: 'tooShort',
      email: 'format',
      kvkNumber: 'format',
      motivation: 'tooShort',
      availableFrom: 'format',
      hoursPerWeek: 'range',
      rate: 'format',
      profileId: 'unknown',
      cv: 'fileType',
      consent: 'required',
      acceptConditions: 'required',
    });
    expect(problem.detail).to.equal('11 velden zijn niet goed ingevuld');
    expect(problem.invalidParams?.find((p) => p.name === 'email')?.reason).to.contain('e-mailadres');
    expect(backend.applications).to.have.length(0);
  });

  it('requires what the assignment requires, and nothing more', async () => {
    const empty = await expectProblem(await apply('a-2026-0101', new FormData()), 400);
    expect(codes(empty)).to.deep.equal({
      name: 'required',
      email: 'required',
      kvkNumber: 'required',
      motivation: 'required',
      cv: 'required',
      consent: 'required',
      acceptConditions: 'required',
    });
    // a-2026-0108: no conditions, no cv required; kvk required (inhuur among its types).
    const relaxed = validForm({ cv: null, acceptConditions: null, kvkNumber: '87654321' });
    expect((await apply('a-2026-0108', relaxed)).status).to.equal(201);
  });

  it("requires the manager's consent where the assignment asks for it", async () => {
    const form = validForm({ kvkNumber: null, acceptConditions: null, cv: null });
    const problem = await expectProblem(await apply('a-2026-0103', form, { token: mockTokens.steenbergen }), 400);
    expect(codes(problem)).to.deep.equal({ managerConsent: 'required' });
    form.append('managerConsent', 'true');
    expect((await apply('a-2026-0103', form, { token: mockTokens.steenbergen })).status).to.equal(201);
    expect(backend.applications[0].applicant).to.equal('steenbergen');
    await expectProblem(await apply('a-2026-0103', form), 401);
  });

  it('checks the file signature, not only the extension', async () => {
    const fakePdf = await expectProblem(
      await apply('a-2026-0101', validForm({ cv: new File(['<html>not a pdf'], 'cv.pdf', { type: 'application/pdf' }) })),
      400,
    );
    expect(codes(fakePdf)).to.deep.equal({ cv: 'fileSignature' });
    const pdfNamedDocx = await expectProblem(await apply('a-2026-0101', validForm({ cv: new File([PDF], 'cv.docx') })), 400);
    expect(codes(pdfNamedDocx)).to.deep.equal({ cv: 'fileSignature' });
    expect((await apply('a-2026-0101', validForm({ cv: new File([ZIP], 'cv.DOCX') }))).status).to.equal(201);
    expect((await apply('a-2026-0101', validForm({ cv: new File([ZIP], 'cv.odt') }))).status).to.equal(201);
  });

  it('answers 413 for a cv over 5 MB', async () => {
    const big = new Uint8Array(MAX_CV_BYTES + 1);
    big.set(PDF);
    const problem = await expectProblem(await apply('a-2026-0101', validForm({ cv: new File([big], 'cv.pdf') })), 413);
    expect(problem.title).to.equal('Bestand te groot');
    const exact = new Uint8Array(MAX_CV_BYTES);
    exact.set(PDF);
    expect((await apply('a-2026-0101', validForm({ cv: new File([exact], 'cv.pdf') }))).status).to.equal(201);
  });

  it('answers 409 for a closed assignment', async () => {
    const closed = seedAssignments.find((a) => a.status === 'closed' && a.visibility === 'public');
    if (!closed) throw new Error('seed lacks a closed public assignment');
    await expectProblem(await apply(closed.id, validForm()), 409);
    await expectProblem(await apply('a-1999-0000', validForm()), 404);
    expect(backend.applications).to.have.length(0);
  });

  it('replays the same receipt for the same Idempotency-Key and stores nothing new; another body with that key is a 422', async () => {
    const first = await apply('a-2026-0101', validForm(), { key: 'same' });
    const second = await apply('a-2026-0101', validForm(), { key: 'same' });
    expect(first.status).to.equal(201);
    expect(second.status).to.equal(201);
    expect(second.headers.get('Idempotent-Replayed')).to.equal('true');
    expect(await second.json()).to.deep.equal(await first.json());
    await expectProblem(await apply('a-2026-0101', validForm({ name: 'Iemand Anders' }), { key: 'same' }), 422);
    expect(backend.applications).to.have.length(1);
  });

  it('stores only one application when the same key arrives twice at once', async () => {
    const [a, b] = await Promise.all([
      apply('a-2026-0101', validForm(), { key: 'double-click' }),
      apply('a-2026-0101', validForm(), { key: 'double-click' }),
    ]);
    expect(await a.json()).to.deep.equal(await b.json());
    expect(backend.applications).to.have.length(1);
  });

  it('lets a rejected application be retried with the same key', async () => {
    await expectProblem(await apply('a-2026-0101', validForm({ email: 'fout' }), { key: 'retry' }), 400);
    expect((await apply('a-2026-0101', validForm(), { key: 'retry' })).status).to.equal(201);
    expect(backend.applications).to.have.length(1);
  });

  it('accepts a filled honeypot with a receipt but drops it', async () => {
    const response = await apply('a-2026-0101', validForm({ website: 'https://spam.example' }));
    expect(response.status).to.equal(201);
    const receipt = await response.json();
    expect(receipt.id).to.match(/^app-/);
    expect(receipt.status).to.equal('received');
    expect(backend.applications).to.have.length(0);
  });

  it('forgets everything on reset()', async () => {
    await apply('a-2026-0101', validForm(), { key: 'before-reset' });
    backend.assignments.length = 0;
    backend.reset();
    expect(backend.applications).to.have.length(0);
    expect(backend.assignments).to.have.length(seedAssignments.length);
    const response = await apply('a-2026-0101', validForm(), { key: 'before-reset' });
    expect(response.status).to.equal(201);
    expect(response.headers.get('Idempotent-Replayed')).to.be.null;
    expect(backend.applications).to.have.length(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Faults

describe('mock faults', () => {
  it('answers a problem+json 500 for the next N requests only', async () => {
    backend.setFault({ kind: 'error500', times: 2 });
    await expectProblem(await request('/assignments'), 500);
    await expectProblem(await request('/vocabularies'), 500);
    expect((await request('/assignments')).status).to.equal(200);
    expect(backend.fault).to.equal(null);
  });

  it('limits a fault to matching paths', async () => {
    backend.setFault({ kind: 'rate-limit', paths: /^\/profiles/ });
    expect((await request('/assignments')).status).to.equal(200);
    const limited = await request('/profiles');
    await expectProblem(limited, 429);
    expect(limited.headers.get('Retry-After')).to.equal('1');
  });

  it('breaks the response in the ways real servers do', async () => {
    backend.setFault({ kind: 'html' });
    const html = await request('/assignments');
    expect(html.status).to.equal(502);
    expect(html.headers.get('Content-Type')).to.match(/^text\/html/);

    backend.setFault({ kind: 'malformed' });
    const malformed = await request('/assignments');
    expect(malformed.status).to.equal(200);
    let parsed = true;
    try {
      JSON.parse(await malformed.text());
    } catch {
      parsed = false;
    }
    expect(parsed).to.be.false;

    backend.setFault({ kind: 'invalid' });
    const invalid = await (await request('/assignments')).json();
    expect(invalid.total).to.equal(undefined);

    backend.setFault({ kind: 'empty' });
    expect(await (await request('/assignments')).text()).to.equal('');

    backend.setFault({ kind: 'network' });
    expect(isNetworkError(await request('/assignments'))).to.be.true;

    backend.setFault(null);
    expect((await request('/assignments')).status).to.equal(200);
  });

  it('delays slow answers and adds latency', async () => {
    backend.setFault({ kind: 'slow', delay: 120, times: 1 });
    let start = performance.now();
    expect((await request('/vocabularies')).status).to.equal(200);
    expect(performance.now() - start).to.be.at.least(100);

    backend.latency = 80;
    start = performance.now();
    await request('/vocabularies');
    expect(performance.now() - start).to.be.at.least(60);
  });
});

// ---------------------------------------------------------------------------------------------
// The msw layer: the same backend behind a service worker, reached with a real fetch.

describe('mock msw worker', () => {
  const served = createMockBackend({ today: '2026-11-22' });

  before(async () => {
    await startMockWorker({ backend: served, quiet: true, faultsFromUrl: false });
  });
  after(() => stopMockWorker());
  beforeEach(() => served.reset());

  it('answers fetches to the base from the backend', async () => {
    const response = await fetch(`${BASE}/assignments?field=water`, { headers: { 'Accept-Language': 'en' } });
    expect(response.status).to.equal(200);
    const body = (await response.json()) as ListBody<AssignmentInput>;
    expect(body.items[0].field.label).to.equal('Water management');
    const internal = await fetch(`${BASE}/assignments?visibility=internal`, {
      headers: { Authorization: `Bearer ${mockTokens.provincie}` },
    });
    expect(internal.status).to.equal(200);
  });

  it('accepts a multipart application through fetch', async () => {
    const response = await fetch(`${BASE}/assignments/a-2026-0101/applications`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'through-msw' },
      body: validForm(),
    });
    expect(response.status).to.equal(201);
    expect(served.applications).to.have.length(1);
    expect(served.applications[0].cv?.name).to.equal('cv-backx.pdf');
  });

  it('makes the network fault a failed fetch', async () => {
    served.setFault({ kind: 'network', times: 1 });
    let failed = false;
    try {
      await fetch(`${BASE}/vocabularies`);
    } catch (error) {
      failed = error instanceof TypeError;
    }
    expect(failed).to.be.true;
    expect((await fetch(`${BASE}/vocabularies`)).status).to.equal(200);
  });

  it('reads faults from a page URL', () => {
    const { fault, latency } = faultFromSearch(
      '?flexschil-fault=rate-limit&flexschil-fault-times=2&flexschil-fault-path=%5E%2Fprofiles&flexschil-latency=300',
    );
    expect(fault?.kind).to.equal('rate-limit');
    expect(fault?.times).to.equal(2);
    expect(fault?.paths?.test('/profiles/p-0001')).to.be.true;
    expect(latency).to.equal(300);
    expect(faultFromSearch('?flexschil-fault=nonsense').fault).to.equal(null);
  });
});
