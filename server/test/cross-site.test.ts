/**
 * A cookie session's writes come only from pages the server knows: a form on another site
 * (multipart/form-data needs no preflight) that the browser sends with the employee's cookie is
 * refused, so it cannot file an application in their name. Bearer tokens and requests without
 * credentials are not affected.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../db/database.js';
import { recordingLog } from './fixtures.js';
import { createTestApp, json, openTestDatabase, type TestApp } from './helpers.js';

const INTRANET = 'https://intranet.steenbergen.example';
const EVIL = 'https://evil.example';
const INTERNAL = 'a-2026-0103'; // gem-steenbergen, internal, no CV needed
const PUBLIC_OPEN = 'a-2026-0101';

let database: Database;
let t: TestApp; // lists the intranet for credentials
let open: TestApp; // CORS_ORIGINS=* (the default): cookie sessions from the API's own origin only
let proxied: TestApp; // behind a TLS proxy, with PUBLIC_URL
const log = recordingLog();
before(async () => {
  database = await openTestDatabase();
  t = await createTestApp({ database, corsOrigins: [INTRANET], trustProxy: 1, logger: log.logger });
  open = await createTestApp({ database });
  proxied = await createTestApp({ database, publicUrl: 'https://api.steenbergen.example/api/v1' });
});
after(async () => {
  await proxied.close();
  await open.close();
  await t.close();
  await database.close();
});

function internalForm(): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({ name: 'Medewerker Zeven', email: 'm.zeven@steenbergen.example', motivation: 'Ik wil graag meedenken over de informatievoorziening van de gemeente.', consent: 'true', managerConsent: 'true' })) {
    form.append(name, value);
  }
  return form;
}

async function applications(): Promise<number> {
  const row = await database.db.selectFrom('application').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('a write with the session cookie', () => {
  // Each app signs with a dev key of its own.
  const cookies = new Map<TestApp, string>();
  before(async () => {
    for (const app of [t, open, proxied]) cookies.set(app, `flexschil-session=${await app.token({ sub: 'employee-7', org: 'gem-steenbergen' })}`);
  });
  const cookieOf = (app: TestApp) => cookies.get(app) ?? '';
  const apply = (app: TestApp, headers: Record<string, string>) =>
    app.request(`/assignments/${INTERNAL}/applications`, { method: 'POST', body: internalForm(), headers: { 'Idempotency-Key': randomUUID(), Cookie: cookieOf(app), ...headers } });

  it('is refused (403, nothing stored) from a page of another site: an Origin not listed, or Sec-Fetch-Site cross-site without one', async () => {
    const before = await applications();
    const refusedHeaders: Record<string, string>[] = [{ Origin: EVIL }, { Origin: EVIL, 'Sec-Fetch-Site': 'cross-site' }, { Origin: 'null' }, { 'Sec-Fetch-Site': 'cross-site' }, { Origin: 'https://intranet.steenbergen.example.evil.example' }];
    for (const headers of refusedHeaders) {
      const response = await apply(t, headers);
      assert.equal(response.status, 403, JSON.stringify(headers));
      assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
      const problem = await json(response);
      assert.equal(problem.title, 'Geen toegang');
      assert.match(problem.detail, /andere website/);
    }
    assert.equal(await applications(), before, 'nothing filed in the employee’s name');
    const refused = log.lines.filter((line) => line.event === 'auth.cross-site-refused');
    assert.equal(refused.length, 5);
    assert.ok(!JSON.stringify(refused).includes('employee-7'), 'nobody named in the log');
  });

  it('is refused for JSON writes too, and on routes anyone may use', async () => {
    const patch = await t.request(`/assignments/${INTERNAL}`, { method: 'PATCH', body: '{}', headers: { 'Content-Type': 'application/json', 'If-Match': '"x"', Cookie: cookieOf(t), Origin: EVIL } });
    assert.equal(patch.status, 403);
    const application = await t.request(`/assignments/${PUBLIC_OPEN}/applications`, { method: 'POST', body: new FormData(), headers: { Cookie: cookieOf(t), Origin: EVIL } });
    assert.equal(application.status, 403);
  });

  it('is let through from a listed origin, the API’s own, or without any sign of a browser on another site', async () => {
    const allowed: Record<string, string>[] = [
      { Origin: INTRANET, 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'http://localhost' },
      { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' },
      { Origin: 'https://localhost', 'X-Forwarded-Proto': 'https' }, // the proxy ends TLS (TRUST_PROXY=1)
      { 'Sec-Fetch-Site': 'same-site' },
      {}, // a script or an old browser: no Origin, no Sec-Fetch-Site
    ];
    for (const headers of allowed) {
      const response = await apply(t, headers);
      assert.equal(response.status, 201, `${JSON.stringify(headers)}: ${await response.clone().text()}`);
    }
    assert.equal((await apply(open, { Origin: 'http://localhost' })).status, 201, 'same origin with CORS_ORIGINS=*');
    assert.equal((await apply(open, { Origin: EVIL })).status, 403, 'CORS_ORIGINS=* lists no page for credentials');
    assert.equal((await apply(proxied, { Origin: 'https://api.steenbergen.example' })).status, 201, 'the origin of PUBLIC_URL');
    assert.equal((await apply(proxied, { Origin: EVIL })).status, 403);
  });

  it('reads as before from any origin (safe methods are not refused)', async () => {
    const response = await t.request(`/assignments/${INTERNAL}`, { headers: { Cookie: cookieOf(t), Origin: EVIL, 'Sec-Fetch-Site': 'cross-site' } });
    assert.equal(response.status, 200);
  });
});

describe('not affected', () => {
  it('a bearer token, from any origin: the page had to hold it', async () => {
    const token = await t.token({ sub: 'employee-8', org: 'gem-steenbergen' });
    const response = await t.request(`/assignments/${INTERNAL}/applications`, {
      method: 'POST',
      body: internalForm(),
      headers: { 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${token}`, Origin: EVIL, 'Sec-Fetch-Site': 'cross-site' },
    });
    assert.equal(response.status, 201, await response.clone().text());
  });

  it('a request without credentials: the public apply form works on any site', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ name: 'Anne-Marie Backx', email: 'a.backx@example.nl', kvkNumber: '12345678', motivation: 'Ik heb ruime ervaring met de vervanging van zaaksystemen in gemeenten.', consent: 'true', acceptConditions: 'true' })) {
      form.append(name, value);
    }
    form.append('cv', new Blob(['%PDF-1.7\n1 0 obj << >> endobj\n']), 'cv.pdf');
    const response = await t.request(`/assignments/${PUBLIC_OPEN}/applications`, {
      method: 'POST',
      body: form,
      headers: { 'Idempotency-Key': randomUUID(), Origin: 'https://www.partnergemeente.example', 'Sec-Fetch-Site': 'cross-site' },
    });
    assert.equal(response.status, 201, await response.clone().text());
  });
});
