/**
 * The API's own URLs behind a reverse proxy that ends TLS: the feed's id and self link, the
 * calendar file's UID, Location headers and /openapi.json's server name what the client used —
 * from X-Forwarded-Proto with TRUST_PROXY, from PUBLIC_URL when it is set.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { checkPublicUrl, clientKey } from '../../backend/http/public-url.js';
import type { Database } from '../db/database.js';
import { createTestApp, openTestDatabase, type TestApp } from './helpers.js';

const { window } = new JSDOM('');

let database: Database;
const apps: TestApp[] = [];
before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  for (const app of apps) await app.close();
  await database.close();
});

/** An app on this file's database; `fetch` asks as a proxy in front of it would, at `origin`. */
async function server(options: { trustProxy?: number; publicUrl?: string }) {
  const t = await createTestApp({ database, ...options });
  apps.push(t);
  return {
    t,
    get: (origin: string, path: string, headers: Record<string, string> = {}) => t.app.fetch(new Request(`${origin}/api/v1${path}`, { headers })),
  };
}

async function feedLinks(response: Response) {
  assert.equal(response.status, 200);
  const feed = new window.DOMParser().parseFromString(await response.text(), 'application/xml').documentElement;
  const child = (name: string) => [...feed.children].filter((e) => e.localName === name);
  return { id: child('id')[0]?.textContent, self: child('link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href') };
}

describe('behind a TLS proxy (TRUST_PROXY=1)', () => {
  it("names the feed by https, the scheme the reader used, from the proxy's X-Forwarded-Proto", async () => {
    const { get } = await server({ trustProxy: 1 });
    const links = await feedLinks(await get('http://api.wb.example.nl', '/assignments/feed?q=adviseur', { 'X-Forwarded-Proto': 'https' }));
    assert.deepEqual(links, { id: 'https://api.wb.example.nl/api/v1/assignments/feed?q=adviseur', self: 'https://api.wb.example.nl/api/v1/assignments/feed?q=adviseur' });
  });

  it('believes only the entry the proxy added, and only http or https', async () => {
    const { get } = await server({ trustProxy: 1 });
    const appended = await feedLinks(await get('http://api.wb.example.nl', '/assignments/feed', { 'X-Forwarded-Proto': 'http, https' }));
    assert.equal(appended.id, 'https://api.wb.example.nl/api/v1/assignments/feed');
    const odd = await feedLinks(await get('http://api.wb.example.nl', '/assignments/feed', { 'X-Forwarded-Proto': 'javascript' }));
    assert.equal(odd.id, 'http://api.wb.example.nl/api/v1/assignments/feed');
  });

  it('without TRUST_PROXY a client cannot choose the scheme', async () => {
    const { get } = await server({});
    const links = await feedLinks(await get('http://api.wb.example.nl', '/assignments/feed', { 'X-Forwarded-Proto': 'https' }));
    assert.equal(links.id, 'http://api.wb.example.nl/api/v1/assignments/feed');
  });

  it('does not take the host from X-Forwarded-Host (a client could put any in a cached feed): PUBLIC_URL is for that', async () => {
    const { get } = await server({ trustProxy: 1 });
    const links = await feedLinks(await get('http://api.wb.example.nl', '/assignments/feed', { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'evil.example' }));
    assert.equal(links.id, 'https://api.wb.example.nl/api/v1/assignments/feed');
  });
});

describe('PUBLIC_URL', () => {
  const PUBLIC = 'https://www.example.nl/opdrachtenbank/api';

  it('names the feed, the calendar UID, a Location and the OpenAPI server, whatever the request came in as', async () => {
    const { t, get } = await server({ publicUrl: `${PUBLIC}/`, trustProxy: 1 });
    // The proxy serves the API under another path and passes its own host and scheme.
    const links = await feedLinks(await get('http://10.0.0.7:8080', '/assignments/feed?q=adviseur', { 'X-Forwarded-Proto': 'http' }));
    assert.deepEqual(links, { id: `${PUBLIC}/assignments/feed?q=adviseur`, self: `${PUBLIC}/assignments/feed?q=adviseur` });

    const sessions = await (await get('http://10.0.0.7:8080', '/sessions')).json();
    const calendar = await (await get('http://10.0.0.7:8080', `/sessions/${sessions.items[0].id}.ics`)).text();
    assert.match(calendar, new RegExp(`UID:${sessions.items[0].id}@www\\.example\\.nl\\r\\n`));

    const token = await t.token({ sub: 'poster-url', org: 'gem-steenbergen', roles: ['poster'] });
    const session = await t.app.fetch(
      new Request('http://10.0.0.7:8080/api/v1/sessions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          title: 'Zwermsessie achter een proxy',
          question: '<p>Waar staat de API?</p>',
          startsAt: '2099-03-10T09:30:00+01:00',
          endsAt: '2099-03-10T11:30:00+01:00',
          place: 'Gemeentehuis',
          capacity: 5,
          signUpDeadline: '2099-03-08',
          fields: [{ value: 'sociaal-domein' }],
        }),
      }),
    );
    assert.equal(session.status, 201, await session.clone().text());
    assert.equal(session.headers.get('Location'), `${PUBLIC}/sessions/${(await session.json()).id}`);

    const openapi = await (await get('http://10.0.0.7:8080', '/openapi.json')).json();
    assert.equal(openapi.servers[0].url, PUBLIC);
  });

  it('without it a Location stays relative: the client resolves it against the URL it used', async () => {
    const { t } = await server({ trustProxy: 1 });
    const token = await t.token({ sub: 'poster-url', org: 'gem-steenbergen', roles: ['poster'] });
    const session = await t.request('/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: 'Zwermsessie zonder PUBLIC_URL',
        question: '<p>Waar staat de API?</p>',
        startsAt: '2099-03-11T09:30:00+01:00',
        endsAt: '2099-03-11T11:30:00+01:00',
        place: 'Gemeentehuis',
        capacity: 5,
        signUpDeadline: '2099-03-09',
        fields: [{ value: 'sociaal-domein' }],
      }),
    });
    assert.equal(session.status, 201);
    assert.match(session.headers.get('Location') ?? '', /^\/api\/v1\/sessions\/s-/);
  });

  it('must be an absolute http(s) URL without query; the start stops naming it', async () => {
    assert.equal(checkPublicUrl('PUBLIC_URL', 'https://api.example.nl/api/v1/'), 'https://api.example.nl/api/v1');
    for (const wrong of ['api.example.nl/api/v1', 'ftp://api.example.nl', 'https://api.example.nl/api/v1?x=1']) {
      assert.throws(() => checkPublicUrl('PUBLIC_URL', wrong), /^Error: PUBLIC_URL must be/);
    }
    await assert.rejects(createTestApp({ database, publicUrl: '/api/v1' }), /publicUrl must be/);
  });
});

describe('the key a client is counted by (rate limits, its share in flight)', () => {
  it('is an IPv4 address as it is, an IPv6 address its /64, an IPv4-mapped one the IPv4 address', () => {
    const cases: [string, string][] = [
      ['192.0.2.1', '192.0.2.1'],
      ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
      ['2001:DB8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
      ['2001:0db8:0001:0002:0000:0000:0000:0009', '2001:db8:1:2::/64'],
      ['2001:db8::1', '2001:db8:0:0::/64'],
      ['[2001:db8:1:2::5]', '2001:db8:1:2::/64'],
      ['fe80::1%eth0', 'fe80:0:0:0::/64'],
      ['::ffff:192.0.2.7', '192.0.2.7'],
      ['::FFFF:c000:207', '192.0.2.7'],
      // Not an address: as it is (a proxy's "unknown", a malformed entry).
      ['unknown', 'unknown'],
      ['2001:db8::1::2', '2001:db8::1::2'],
      ['1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8:9'],
    ];
    for (const [address, key] of cases) assert.equal(clientKey(address), key, address);
  });
});
