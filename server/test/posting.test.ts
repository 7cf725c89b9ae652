/**
 * The posting side on the reference server, beyond the conformance suite: the Atom feed
 * parsed as XML and checked against RFC 4287's required elements, and the database's own
 * guards (one profile per person under concurrent creates).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { defaultConfig } from '../../backend/app.js';
import { createApp } from '../app.js';
import { optionsFromEnv } from '../config.js';
import { silentLogger } from '../http/log.js';
import { sha256 } from '../../backend/http/hash.js';
import { createTestApp, json, type TestApp } from './helpers.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const ATOM = 'http://www.w3.org/2005/Atom';

describe('GET /assignments/feed', () => {
  it('is well-formed Atom 1.0 with every element RFC 4287 requires', async () => {
    const response = await t.request('/assignments/feed?q=adviseur');
    assert.equal(response.status, 200);
    const { window } = new JSDOM('');
    const doc = new window.DOMParser().parseFromString(await response.text(), 'application/xml');
    assert.equal(doc.getElementsByTagName('parsererror').length, 0, 'well-formed XML');
    const feed = doc.documentElement;
    assert.equal(feed.localName, 'feed');
    assert.equal(feed.namespaceURI, ATOM);
    const child = (parent: Element, name: string) => [...parent.children].filter((e) => e.localName === name && e.namespaceURI === ATOM);
    for (const name of ['id', 'title', 'updated']) assert.equal(child(feed, name).length, 1, `feed/${name} exactly once`);
    assert.equal(child(feed, 'link').filter((l) => l.getAttribute('rel') === 'self').length, 1, 'a self link');
    const entries = child(feed, 'entry');
    assert.ok(entries.length > 0 && entries.length <= 50);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated']) assert.equal(child(entry, name).length, 1, `entry/${name} exactly once`);
      assert.ok(child(entry, 'author').length || child(feed, 'author').length, 'an author');
      assert.ok(!Number.isNaN(Date.parse(child(entry, 'updated')[0]?.textContent ?? '')), 'updated is a date-time');
      // The contract: content is the summary as text. (RFC 4287 4.1.1: an entry without content needs an alternate link.)
      const content = child(entry, 'content');
      assert.equal(content.length, 1, 'entry/content exactly once');
      assert.equal(content[0].getAttribute('type'), 'text');
      assert.ok(content[0].textContent!.trim().length > 0, 'content has text');
    }
    const dates = entries.map((e) => Date.parse(child(e, 'updated')[0]?.textContent ?? ''));
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a), 'newest first');

    // The feed's title names the search as a person reads it, by the labels of its codes.
    const titled = new window.DOMParser().parseFromString(await (await t.request('/assignments/feed?region=west-brabant&type=inhuur')).text(), 'application/xml');
    assert.equal(child(titled.documentElement, 'title')[0]?.textContent, 'Opdrachten: West-Brabant, Inhuur (zzp/zpp)');
    // Organisations by their names, as the board's filter shows them, not by their ids.
    const byOrganisation = new window.DOMParser().parseFromString(await (await t.request('/assignments/feed?organisation=gem-steenbergen')).text(), 'application/xml');
    assert.equal(child(byOrganisation.documentElement, 'title')[0]?.textContent, 'Opdrachten: Gemeente Steenbergen');
  });

  it("speaks the language of the page with the link (`lang`) whatever the feed reader's Accept-Language", async () => {
    const { window } = new JSDOM('');
    const read = async (query: string, acceptLanguage?: string) => {
      const response = await t.request(`/assignments/feed?region=west-brabant&type=inhuur${query}`, { headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {} });
      assert.equal(response.status, 200, await response.clone().text());
      const feed = new window.DOMParser().parseFromString(await response.text(), 'application/xml').documentElement;
      const title = [...feed.children].find((e) => e.localName === 'title')?.textContent;
      return { language: response.headers.get('Content-Language'), xmlLang: feed.getAttribute('xml:lang'), title, etag: response.headers.get('ETag') };
    };
    const english = { language: 'en', xmlLang: 'en', title: 'Assignments: West Brabant, Freelance (zzp/zpp)' };
    const dutch = { language: 'nl', xmlLang: 'nl', title: 'Opdrachten: West-Brabant, Inhuur (zzp/zpp)' };
    const { etag: _en, ...fromEnglishPage } = await read('&lang=en', 'nl-NL,nl;q=0.9');
    assert.deepEqual(fromEnglishPage, english, 'an English page, a Dutch reader');
    const { etag: _nl, ...fromDutchPage } = await read('&lang=nl', 'en-GB,en;q=0.9');
    assert.deepEqual(fromDutchPage, dutch, 'a Dutch page, an English reader');
    const { etag: _gb, ...regional } = await read('&lang=en-GB');
    assert.deepEqual(regional, english, 'a regional tag, and no Accept-Language at all');
    // A language this backend does not speak: the reader's, as before.
    const { etag: _fr, ...french } = await read('&lang=fr', 'en');
    assert.deepEqual(french, english);
    const { etag: _none, ...without } = await read('', 'en');
    assert.deepEqual(without, english, 'without the parameter, Accept-Language as before');
    assert.notEqual((await read('&lang=en', 'nl')).etag, (await read('&lang=nl', 'nl')).etag, 'each language its own ETag');

    const invalid = await t.request('/assignments/feed?lang=%3Cscript%3E');
    assert.equal(invalid.status, 400);
    assert.deepEqual((await json(invalid)).invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['lang', 'format']]);
  });
});

describe('GET /assignments/feed with BOARD_URL', () => {
  const entriesOf = async (app: TestApp, query = '') => {
    const { window } = new JSDOM('');
    const doc = new window.DOMParser().parseFromString(await (await app.request(`/assignments/feed?pageSize=50${query}`)).text(), 'application/xml');
    assert.equal(doc.getElementsByTagName('parsererror').length, 0, 'well-formed XML');
    const alternate = (e: Element) => [...e.children].find((l) => l.localName === 'link' && l.getAttribute('rel') === 'alternate')?.getAttribute('href') ?? null;
    return {
      feedLink: alternate(doc.documentElement),
      entries: [...doc.getElementsByTagNameNS(ATOM, 'entry')].map((e) => ({ id: e.getElementsByTagNameNS(ATOM, 'id')[0].textContent!.replace('urn:flexschil:assignment:', ''), link: alternate(e) })),
    };
  };

  it('links an entry without a page of its own to the board (the contract: "to url, or the board")', async () => {
    const withBoard = await createTestApp({ boardUrl: 'https://www.example.nl/opdrachten/{id}?bron=feed' });
    try {
      // Every seeded assignment has a page of its own; a poster may leave it out.
      const token = await withBoard.token({ sub: 'feed-poster', org: 'gem-steenbergen', roles: ['poster'] });
      const closingDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      const posted = await withBoard.request('/assignments', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'feed-without-url', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          title: 'Projectleider zonder eigen pagina',
          // U+FFFF passes the input rules but has no place in XML: the feed must still parse.
          summary: 'Alleen op het bord.\uFFFF',
          description: '<p>Tekst.</p>',
          field: { value: 'sociaal-domein' },
          skills: [],
          location: { place: 'Roosendaal', region: { value: 'west-brabant' }, mode: 'hybrid' },
          hoursPerWeek: { min: 16, max: 24 },
          closingDate,
          types: ['interim'],
          visibility: 'public',
          url: null,
        }),
      });
      assert.equal(posted.status, 201, await posted.clone().text());
      assert.match((await json<{ id: string }>(posted.clone())).id, /^a-\d{4}-[0-9a-hjkmnp-tv-z]{10}$/, '50 random bits, not 32');
      const { feedLink, entries } = await entriesOf(withBoard);
      const byId = new Map((await json(await withBoard.request('/assignments?pageSize=100'))).items.map((a: { id: string; url: string | null }) => [a.id, a.url]));
      const own = entries.filter((e) => byId.get(e.id));
      const none = entries.filter((e) => byId.has(e.id) && !byId.get(e.id));
      assert.ok(own.length > 0 && none.length > 0, 'both kinds in the seed');
      for (const e of own) assert.equal(e.link, byId.get(e.id), 'its own page');
      for (const e of none) assert.equal(e.link, `https://www.example.nl/opdrachten/${encodeURIComponent(e.id)}?bron=feed`, 'the board, with its id');
      assert.equal(feedLink, null, 'a template per assignment is no page for the whole feed');
    } finally {
      await withBoard.close();
    }
    const plainBoard = await createTestApp({ boardUrl: 'https://www.example.nl/opdrachten' });
    try {
      const { feedLink, entries } = await entriesOf(plainBoard);
      assert.equal(feedLink, 'https://www.example.nl/opdrachten');
      assert.ok(entries.every((e) => e.link));
    } finally {
      await plainBoard.close();
    }
  });

  it('links the English feed to the English board (BOARD_URL_EN), the Dutch one to BOARD_URL', async () => {
    const t = await createTestApp({ boardUrl: 'https://www.example.nl/opdrachten', boardUrlEn: 'https://www.example.nl/en/assignments' });
    try {
      assert.equal((await entriesOf(t)).feedLink, 'https://www.example.nl/opdrachten');
      assert.equal((await entriesOf(t, '&lang=en')).feedLink, 'https://www.example.nl/en/assignments');
    } finally {
      await t.close();
    }
    // Without an English board, English readers get the one there is.
    const one = await createTestApp({ boardUrl: 'https://www.example.nl/opdrachten' });
    try {
      assert.equal((await entriesOf(one, '&lang=en')).feedLink, 'https://www.example.nl/opdrachten');
    } finally {
      await one.close();
    }
    assert.equal(optionsFromEnv({ BOARD_URL_EN: 'https://www.example.nl/en/{id}' }).boardUrlEn, 'https://www.example.nl/en/{id}');
    assert.throws(() => optionsFromEnv({ BOARD_URL_EN: 'en.html' }), /BOARD_URL_EN must be an absolute http\(s\) URL/);
  });

  it('refuses to start with a BOARD_URL that is no http(s) page', async () => {
    assert.equal(optionsFromEnv({ BOARD_URL: 'https://www.example.nl/opdrachten/{id}' }).boardUrl, 'https://www.example.nl/opdrachten/{id}');
    for (const bad of ['javascript:alert(1)', '/opdrachten', 'ftp://example.nl/x']) assert.throws(() => optionsFromEnv({ BOARD_URL: bad }), /BOARD_URL must be an absolute http\(s\) URL/);
    assert.throws(() => optionsFromEnv({ INBOX_URL: 'inbox.html' }), /INBOX_URL/);
    // And wherever the options come from.
    await assert.rejects(createApp({ boardUrl: 'javascript:alert(1)', logger: silentLogger }), /boardUrl must be an absolute http\(s\) URL/);
    assert.throws(() => defaultConfig({ inboxUrl: 'data:text/html,x' }), /inboxUrl/);
  });
});

describe('profiles', () => {
  it('one profile per person, also when two creates arrive at once', async () => {
    const token = await t.token({ sub: 'twice-at-once' });
    const body = JSON.stringify({ name: 'Twee Keer', headline: 'Tegelijk', kind: 'zzp', region: { value: 'zeeland' }, visibility: 'public' });
    const create = (key: string) =>
      t.request('/profiles', { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, Authorization: `Bearer ${token}` } });
    const answers = await Promise.all([create('k1'), create('k2'), create('k3')]);
    assert.deepEqual(answers.map((r) => r.status).sort(), [201, 409, 409]);
    const created = answers.find((r) => r.status === 201)!;
    assert.match((await json<{ id: string }>(created)).id, /^p-[0-9a-hjkmnp-tv-z]{10}$/, '50 random bits, not 32');
  });

  it("lists the owner's own profile as it opens by id, whatever its visibility: an internal one without an organisation too", async () => {
    const owner = await t.token({ sub: 'own-internal' });
    const auth = { Authorization: `Bearer ${owner}` };
    const created = await t.request('/profiles', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ name: 'Ineke Intern', headline: 'Alleen voor mezelf', kind: 'zzp', region: { value: 'zeeland' }, visibility: 'internal' }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { id, organisation } = await json(created);
    assert.equal(organisation, null);
    assert.equal((await t.request(`/profiles/${id}`, { headers: auth })).status, 200);
    const own = await json(await t.request('/profiles?q=Ineke&pageSize=100', { headers: auth }));
    assert.deepEqual(own.items.map((p: { id: string }) => p.id), [id]);
    assert.deepEqual(own.facets.region, [{ value: 'zeeland', label: 'Zeeland', count: 1 }]);
    // Nobody else sees it, in the list or by id.
    const other = { Authorization: `Bearer ${await t.token({ sub: 'someone-else', network: true })}` };
    assert.equal((await json(await t.request('/profiles?q=Ineke&pageSize=100', { headers: other }))).total, 0);
    assert.equal((await t.request(`/profiles/${id}`, { headers: other })).status, 403);
  });
});

/** A new assignment as a poster sends it, with every required field. */
const draft = {
  title: 'Adviseur inkoop voor een half jaar',
  field: { value: 'inkoop' },
  location: { place: 'Steenbergen', region: { value: 'west-brabant' }, mode: 'hybrid' },
  hoursPerWeek: { min: 16, max: 24 },
  closingDate: '2099-12-31',
  types: ['interim'],
};

describe('a 400 lists every problem at once', () => {
  const assignment = { ...draft, title: 'Adviseur met een verzonnen werkveld', field: { value: 'nope' } };
  const problemOf = async (response: Response) => (await response.json()) as { invalidParams: { name: string; code: string }[] };

  it('names an unknown code together with the fields the rules refuse (an assignment, a profile)', async () => {
    const poster = await t.token({ sub: 'poster-all-at-once', org: 'gem-steenbergen', roles: ['poster'] });
    const posted = await t.request('/assignments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${poster}` },
      body: JSON.stringify({ ...assignment, title: 'Kort' }),
    });
    assert.equal(posted.status, 400);
    assert.deepEqual((await problemOf(posted)).invalidParams.map((p) => [p.name, p.code]), [['title', 'tooShort'], ['field', 'unknown']]);

    const professional = await t.token({ sub: 'all-at-once' });
    const profile = await t.request('/profiles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${professional}` },
      body: JSON.stringify({ name: 'A', headline: 'Adviseur', kind: 'zzp', region: { value: 'nope' } }),
    });
    assert.equal(profile.status, 400);
    assert.deepEqual((await problemOf(profile)).invalidParams.map((p) => [p.name, p.code]), [['name', 'tooShort'], ['region', 'unknown']]);
  });
});

describe('Idempotency-Key on a create (an assignment, a profile)', () => {
  const create = async (path: string, token: string, body: unknown, key: string | null) =>
    t.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...(key ? { 'Idempotency-Key': key } : {}) },
      body: JSON.stringify(body),
    });

  it("replays the same 201 with its ETag and Location, also when the body's members come in another order", async () => {
    const poster = await t.token({ sub: 'poster-replay', org: 'gem-steenbergen', roles: ['poster'] });
    const professional = await t.token({ sub: 'profile-replay' });
    const profile = { name: 'Roos Herhaal', headline: 'Adviseur', kind: 'zzp', region: { value: 'zeeland' }, visibility: 'public' };
    // Every object's members in reverse order, nested ones too.
    const reordered = (value: unknown): unknown =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)])) : value;
    for (const [path, token, body, collection] of [
      ['/assignments', poster, draft, 'assignments'],
      ['/profiles', professional, profile, 'profiles'],
    ] as const) {
      const key = randomUUID();
      const first = await create(path, token, body, key);
      assert.equal(first.status, 201, await first.clone().text());
      const { id } = await json<{ id: string }>(first);
      assert.equal(first.headers.get('ETag'), '"v1"');
      assert.match(first.headers.get('Location') ?? '', new RegExp(`/${collection}/${id}$`));
      for (const again of [body, reordered(body)]) {
        const replayed = await create(path, token, again, key);
        assert.equal(replayed.status, 201, `${path}: ${await replayed.clone().text()}`);
        assert.equal(replayed.headers.get('Idempotent-Replayed'), 'true');
        assert.equal((await json<{ id: string }>(replayed)).id, id, 'the same one, nothing new');
        assert.equal(replayed.headers.get('ETag'), first.headers.get('ETag'), `${path}: the replay names the version it describes`);
        assert.equal(replayed.headers.get('Location'), first.headers.get('Location'));
      }
    }
  });

  it('still replays an answer stored before fingerprints were canonical (a retry across the upgrade)', async () => {
    const poster = await t.token({ sub: 'poster-upgrade', org: 'gem-steenbergen', roles: ['poster'] });
    const key = randomUUID();
    const first = await create('/assignments', poster, draft, key);
    assert.equal(first.status, 201);
    const asSent = await sha256([JSON.stringify(draft)]);
    await t.app.database.db.updateTable('idempotency_key').set({ fingerprint: asSent }).where('key', '=', key).execute();
    const again = await create('/assignments', poster, draft, key);
    assert.equal(again.status, 201, await again.clone().text());
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.equal((await create('/assignments', poster, { ...draft, title: 'Een andere opdracht dan de eerste' }, key)).status, 422);
  });

  it("names a missing key together with the body's problems", async () => {
    const poster = await t.token({ sub: 'poster-no-key', org: 'gem-steenbergen', roles: ['poster'] });
    const posted = await create('/assignments', poster, { ...draft, title: 'Kort' }, null);
    assert.equal(posted.status, 400);
    assert.deepEqual(
      ((await posted.json()) as { invalidParams: { name: string; code: string }[] }).invalidParams.map((p) => [p.name, p.code]),
      [['Idempotency-Key', 'required'], ['title', 'tooShort']],
    );
    const professional = await t.token({ sub: 'profile-no-key' });
    const profile = await create('/profiles', professional, { name: 'A', headline: 'Adviseur', kind: 'zzp', region: { value: 'zeeland' } }, null);
    assert.equal(profile.status, 400);
    assert.deepEqual(
      ((await profile.json()) as { invalidParams: { name: string; code: string }[] }).invalidParams.map((p) => [p.name, p.code]),
      [['Idempotency-Key', 'required'], ['name', 'tooShort']],
    );
  });
});

describe('a profile the caller may not read', () => {
  it("is a 403 on PATCH before any If-Match is compared: a network coordinator of another organisation never sees an internal profile in a 412's current", async () => {
    // p-0015 is internal to the province; this coordinator works for Steenbergen.
    const coordinator = await t.token({ sub: 'coordinator-steenbergen', org: 'gem-steenbergen', roles: ['coordinator'], network: true });
    const auth = { Authorization: `Bearer ${coordinator}` };
    assert.equal((await t.request('/profiles/p-0015', { headers: auth })).status, 403);
    for (const ifMatch of ['"v99"', '"v1"']) {
      const response = await t.request('/profiles/p-0015', {
        method: 'PATCH',
        headers: { ...auth, 'Content-Type': 'application/merge-patch+json', 'If-Match': ifMatch },
        body: JSON.stringify({ headline: 'Overgenomen' }),
      });
      assert.equal(response.status, 403, ifMatch);
      const body = await response.text();
      assert.doesNotMatch(body, /Hanneke|Bogers|current/, 'nothing of the profile in the answer');
    }
    const employee = await t.token({ sub: 'employee-provincie', org: 'prov-noord-brabant' });
    const read = await json(await t.request('/profiles/p-0015', { headers: { Authorization: `Bearer ${employee}` } }));
    assert.equal(read.headline, 'Adviseur water en natuur', 'unchanged');
  });
});

describe('a rate is in euro per hour', () => {
  const send = async (path: string, who: Parameters<TestApp['token']>[0], body: object, lang = 'nl') =>
    t.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang, 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${await t.token(who)}` },
      body: JSON.stringify(body),
    });
  const assignment = (rate: object) => ({ ...draft, title: 'Adviseur met een tarief', field: { value: 'sociaal-domein' }, rate });
  const poster = { sub: 'poster-rate', org: 'gem-steenbergen', roles: ['poster'] };

  it('refuses another currency or unit, naming each, where it used to store dollars per day as euro per hour', async () => {
    const refused = await send('/assignments', poster, assignment({ min: 500, max: 700, currency: 'USD', unit: 'day', publicRate: true }));
    assert.equal(refused.status, 400);
    assert.deepEqual((await json(refused)).invalidParams, [
      { name: 'rate.currency', code: 'format', reason: 'De valuta van het tarief kan alleen "EUR" zijn' },
      { name: 'rate.unit', code: 'format', reason: 'De eenheid van het tarief kan alleen "hour" zijn' },
    ]);
    const profile = await send('/profiles', { sub: 'rate-in-dollars' }, { name: 'Dollar Tarief', headline: 'Adviseur', kind: 'zzp', region: { value: 'west-brabant' }, rate: { amount: 600, currency: 'USD', publicRate: true } }, 'en');
    assert.equal(profile.status, 400);
    assert.deepEqual((await json(profile)).invalidParams, [{ name: 'rate.currency', code: 'format', reason: 'The currency of the rate can only be "EUR"' }]);
  });

  it('takes EUR and hour, or neither (absent, it is euro per hour)', async () => {
    const said = await send('/assignments', poster, assignment({ min: 80, max: 95, currency: 'EUR', unit: 'hour', publicRate: true }));
    assert.equal(said.status, 201, await said.clone().text());
    const unsaid = await send('/assignments', poster, assignment({ min: 80, max: 95, publicRate: true }));
    assert.equal(unsaid.status, 201, await unsaid.clone().text());
    assert.deepEqual((await json(unsaid)).rate, { min: 80, max: 95, currency: 'EUR', unit: 'hour', publicRate: true });
  });
});

describe('If-Match: *', () => {
  const patch = async (path: string, token: string, body: object, ifMatch: string) =>
    t.request(path, { method: 'PATCH', headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': ifMatch, Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

  it('changes an assignment, a profile and a session whatever their version (RFC 9110 §13.1.1); a version not current is still a 412', async () => {
    const poster = await t.token({ sub: 'poster-star', org: 'gem-steenbergen', roles: ['poster'] });
    const posted = await t.request('/assignments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${poster}` },
      body: JSON.stringify({
        title: 'Adviseur met een ster',
        field: { value: 'sociaal-domein' },
        location: { place: 'Steenbergen', region: { value: 'west-brabant' }, mode: 'hybrid' },
        hoursPerWeek: { min: 16, max: 24 },
        closingDate: '2099-12-31',
        types: ['interim'],
      }),
    });
    const path = `/assignments/${(await json(posted)).id}`;
    const changed = await patch(path, poster, { summary: 'Gewijzigd met If-Match: *' }, '*');
    assert.equal(changed.status, 200, await changed.clone().text());
    assert.equal((await json(changed)).summary, 'Gewijzigd met If-Match: *');
    assert.equal((await patch(path, poster, { summary: 'Nog eens' }, '"v1"')).status, 412, 'v1 is no longer current');
    assert.equal((await patch(path, poster, { summary: 'In een lijst' }, `"v1", ${changed.headers.get('ETag')}`)).status, 200, 'a list that names the current version');

    const owner = await t.token({ sub: 'star-owner' });
    const created = await t.request('/profiles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${owner}` },
      body: JSON.stringify({ name: 'Ster Eigenaar', headline: 'Adviseur', kind: 'zzp', region: { value: 'west-brabant' } }),
    });
    const profile = await json(created);
    assert.equal((await patch(`/profiles/${profile.id}`, owner, { headline: 'Projectleider' }, '*')).status, 200);

    const session = await t.request('/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${poster}` },
      body: JSON.stringify({ title: 'Zwermsessie met een ster', startsAt: '2099-06-01T09:30:00+02:00', endsAt: '2099-06-01T11:30:00+02:00', place: 'Gemeentehuis', capacity: 8, signUpDeadline: '2099-05-30' }),
    });
    const { id } = await json(session);
    assert.equal((await patch(`/sessions/${id}`, poster, { title: 'Zwermsessie met een ster, gewijzigd' }, ' * ')).status, 200);
  });
});
