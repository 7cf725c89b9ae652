/** POST /assignments/{id}/applications: storage, idempotency, files, limits, retention. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as schemas from '../../src/api/schemas.js';
import { sql } from 'kysely';
import { MAILS_PER_TYPED_ADDRESS_PER_DAY } from '../../backend/mail.js';
import { silentLogger } from '../http/log.js';
import { DiskFiles } from '../files.js';
import { runRetention } from '../retention.js';
import { createTestApp, json, type TestApp } from './helpers.js';

const logLines: string[] = [];
let t: TestApp;
before(async () => {
  t = await createTestApp({
    rateLimit: 5,
    // Each test below is its own "client" (X-Forwarded-For), so only the rate-limit test hits the limit.
    trustProxy: 1,
    logger: {
      info: (event, fields) => logLines.push(JSON.stringify({ event, ...fields })),
      warn: (event, fields) => logLines.push(JSON.stringify({ event, ...fields })),
      error: (event, fields) => logLines.push(JSON.stringify({ event, ...fields })),
    },
  });
});
after(() => t.close());

const PUBLIC_OPEN = 'a-2026-0101'; // requires KvK number, CV and accepting the conditions
const PDF = '%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n';

function completeForm(overrides: Record<string, string | null> = {}, cv: Blob | null = new Blob([PDF]), cvName = 'Mijn cv.pdf') {
  const form = new FormData();
  const fields: Record<string, string | null> = {
    name: 'Anne-Marie Backx',
    email: 'a.backx@example.nl',
    phone: '06 1234 5678',
    kvkNumber: '12345678',
    motivation: 'Ik heb ruime ervaring met de vervanging van zaaksystemen in gemeenten van deze omvang.',
    availableFrom: '2027-01-15',
    hoursPerWeek: '24',
    rate: '85.50',
    consent: 'true',
    acceptConditions: 'true',
    ...overrides,
  };
  for (const [name, value] of Object.entries(fields)) if (value !== null) form.append(name, value);
  if (cv) form.append('cv', cv, cvName);
  return form;
}

let clients = 0;
function apply(id: string, body: BodyInit, headers: Record<string, string> = {}) {
  return t.request(`/assignments/${id}/applications`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': `192.0.2.${++clients}`, ...headers },
  });
}

async function count(table: 'application' | 'idempotency_key'): Promise<number> {
  const row = await t.app.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function problemOf(response: Response, status: number) {
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${await response.clone().text()}`);
  assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
  return schemas.Problem.parse(await response.json());
}

describe('a valid application', () => {
  it('is stored with its CV under a generated name', async () => {
    const response = await apply(PUBLIC_OPEN, completeForm());
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
    const receipt = schemas.ApplicationReceipt.parse(await response.json());
    assert.match(receipt.id, /^app-[0-9a-hjkmnp-tv-z]{10}$/, 'short to quote, no i, l, o or u to mishear');

    const row = await t.app.database.db.selectFrom('application').selectAll().where('id', '=', receipt.id).executeTakeFirstOrThrow();
    assert.equal(row.email, 'a.backx@example.nl');
    assert.equal(row.hours_per_week, 24);
    assert.equal(row.rate, 85.5);
    assert.equal(row.available_from, '2027-01-15');
    assert.equal(row.accept_conditions, true);
    assert.match(row.cv_file ?? '', /^[0-9a-f-]{36}\.pdf$/, 'never the applicant’s file name');
    assert.equal(row.cv_type, 'application/pdf');
    assert.equal(await readFile(path.join(t.app.filesDir, row.cv_file!), 'utf8'), PDF);
  });

  it("keeps a CV's file name without control characters or bidi overrides, and at most 100 characters before its extension", async () => {
    const stored = async (cvName: string) => {
      const response = await apply(PUBLIC_OPEN, completeForm({}, new Blob([PDF]), cvName));
      assert.equal(response.status, 201, await response.clone().text());
      const { id } = schemas.ApplicationReceipt.parse(await response.json());
      const row = await t.app.database.db.selectFrom('application').select('cv_name').where('id', '=', id).executeTakeFirstOrThrow();
      return row.cv_name;
    };
    assert.equal(await stored('Mijn\u0000 cv\u001b[31m.pdf'), 'Mijn cv[31m.pdf');
    assert.equal(await stored('cv\u202Efdp.pdf'), 'cvfdp.pdf');
    const long = await stored(`${'Curriculum vitae '.repeat(25_000)}.pdf`);
    assert.equal(long, `${'Curriculum vitae '.repeat(6).slice(0, 100).trim()}.pdf`);
    assert.equal(await stored('\u0001\u0002.pdf'), 'cv.pdf');
  });

  it('accepts a DOCX by its zip signature', async () => {
    const docx = new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]);
    assert.equal((await apply(PUBLIC_OPEN, completeForm({}, docx, 'cv.DOCX'))).status, 201);
  });

  it('keeps personal data out of the logs', async () => {
    const text = logLines.join('\n');
    assert.ok(text.includes('application.stored'));
    for (const secret of ['Backx', 'a.backx@example.nl', '06 1234 5678', '12345678', 'zaaksystemen', '192.0.2.']) {
      assert.ok(!text.includes(secret), `log mentions ${secret}`);
    }
  });
});

describe('mails to the address an applicant typed', () => {
  it(`acknowledges at most ${MAILS_PER_TYPED_ADDRESS_PER_DAY} applications a day to one address; the rest are stored and announced, without one`, async () => {
    // Someone else's address, typed again and again: nobody confirmed it.
    const victim = 'iemand.anders@example.nl';
    const mailsTo = async (address: string) =>
      (await t.app.database.db.selectFrom('outbox').select('id').where(sql`lower(to_address)`, '=', address).execute()).length;
    // Applications the contact's announcements name (they gather: backend/mail.ts `announcement`).
    const announced = async () =>
      Number((await t.app.database.db.selectFrom('outbox').select(sql<string>`coalesce(sum(cardinality(gathered)), 0)`.as('n')).executeTakeFirstOrThrow()).n);
    const before = await announced();
    for (let i = 0; i <= MAILS_PER_TYPED_ADDRESS_PER_DAY; i++) {
      // The case of an address does not make it another one.
      const response = await apply(PUBLIC_OPEN, completeForm({ email: i % 2 ? victim.toUpperCase() : victim }));
      assert.equal(response.status, 201, await response.clone().text());
    }
    assert.equal(await mailsTo(victim), MAILS_PER_TYPED_ADDRESS_PER_DAY, 'one acknowledgement left out');
    // Each announced to the assignment's contact; each but the last acknowledged.
    assert.equal((await announced()) - before, MAILS_PER_TYPED_ADDRESS_PER_DAY + 1);
    const capped = logLines.filter((line) => line.includes('"mail.address-capped"'));
    assert.equal(capped.length, 1);
    assert.ok(!/example\.nl/i.test(capped[0]!), `no address in the log: ${capped[0]}`);
    // Another address is another count.
    assert.equal((await apply(PUBLIC_OPEN, completeForm({ email: 'a.backx@example.nl' }))).status, 201);
    assert.equal(logLines.filter((line) => line.includes('"mail.address-capped"')).length, 1);
  });

  it('counts the spellings of one mailbox together: +tags, case, full-width letters; and mails the address as typed', async () => {
    const spellings = (i: number) => ['victim+1@example.org', 'Victim+Tag@Example.org', 'ｖｉｃｔｉｍ@example.org', `victim+${i}@EXAMPLE.org`][i % 4]!;
    const acknowledged = async () =>
      (await t.app.database.db.selectFrom('outbox').select('to_address').where(sql`lower(to_address)`, 'like', '%@example.org').execute()).map((row) => row.to_address);
    for (let i = 0; i <= MAILS_PER_TYPED_ADDRESS_PER_DAY + 2; i++) {
      const response = await apply(PUBLIC_OPEN, completeForm({ email: spellings(i) }));
      assert.equal(response.status, 201, await response.clone().text());
    }
    const sent = await acknowledged();
    assert.equal(sent.length, MAILS_PER_TYPED_ADDRESS_PER_DAY, `one mailbox, one cap: ${sent.join(', ')}`);
    assert.ok(sent.includes('victim+1@example.org') && sent.includes('ｖｉｃｔｉｍ@example.org'), 'each mail went to the address as typed');
    assert.equal((await apply(PUBLIC_OPEN, completeForm({ email: 'victim.other+1@example.org' }))).status, 201);
    assert.equal((await acknowledged()).length, MAILS_PER_TYPED_ADDRESS_PER_DAY + 1, 'another mailbox is another count');
  });
});

describe('idempotency', () => {
  it('replays the same 201 for the same key and body, and stores nothing new', async () => {
    const key = randomUUID();
    const first = await apply(PUBLIC_OPEN, completeForm(), { 'Idempotency-Key': key });
    assert.equal(first.status, 201);
    const body = await first.json();
    const [applications, files] = [await count('application'), (await readdir(t.app.filesDir)).length];

    const again = await apply(PUBLIC_OPEN, completeForm(), { 'Idempotency-Key': key });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await again.json(), body);
    assert.equal(await count('application'), applications);
    assert.equal((await readdir(t.app.filesDir)).length, files);
  });

  it('answers 422 when the key comes back with another body', async () => {
    const key = randomUUID();
    assert.equal((await apply(PUBLIC_OPEN, completeForm(), { 'Idempotency-Key': key })).status, 201);
    const problem = await problemOf(await apply(PUBLIC_OPEN, completeForm({ motivation: `${'Anders. '.repeat(10)}` }), { 'Idempotency-Key': key }), 422);
    assert.match(problem.type ?? '', /idempotency/);
  });

  it('lets a rejected (400) submission be retried with the same key', async () => {
    const key = randomUUID();
    await problemOf(await apply(PUBLIC_OPEN, completeForm({ email: 'nope' }), { 'Idempotency-Key': key }), 400);
    assert.equal((await apply(PUBLIC_OPEN, completeForm(), { 'Idempotency-Key': key })).status, 201);
  });

  it('stores one application when the same key arrives twice at once', async () => {
    const key = randomUUID();
    const before = await count('application');
    const answers = await Promise.all([1, 2, 3].map(() => apply(PUBLIC_OPEN, completeForm(), { 'Idempotency-Key': key })));
    assert.deepEqual(answers.map((r) => r.status), [201, 201, 201]);
    const ids = new Set(await Promise.all(answers.map(async (r) => (await r.json()).id)));
    assert.equal(ids.size, 1);
    assert.equal(await count('application'), before + 1);
  });
});

describe('rejections', () => {
  it('400 lists every invalid field, following the assignment’s requirements', async () => {
    const form = completeForm({ name: 'X', email: 'nope', kvkNumber: '1234', motivation: 'kort', hoursPerWeek: '60', rate: 'veel', consent: null, acceptConditions: null, availableFrom: '2027-02-30' }, null);
    const problem = await problemOf(await apply(PUBLIC_OPEN, form, { 'Idempotency-Key': '' }), 400);
    const byName = Object.fromEntries((problem.invalidParams ?? []).map((p) => [p.name, p.code]));
    assert.deepEqual(byName, {
      'Idempotency-Key': 'required',
      name: 'tooShort',
      email: 'format',
      kvkNumber: 'format',
      motivation: 'tooShort',
      hoursPerWeek: 'range',
      rate: 'format',
      availableFrom: 'format',
      consent: 'required',
      acceptConditions: 'required',
      cv: 'required',
    });
  });

  it('checks the CV by its content and extension', async () => {
    const exe = await problemOf(await apply(PUBLIC_OPEN, completeForm({}, new Blob(['MZ\x90\x00']), 'cv.pdf')), 400);
    assert.deepEqual(exe.invalidParams?.map((p) => [p.name, p.code]), [['cv', 'fileSignature']]);
    const txt = await problemOf(await apply(PUBLIC_OPEN, completeForm({}, new Blob([PDF]), 'cv.txt')), 400);
    assert.deepEqual(txt.invalidParams?.map((p) => [p.name, p.code]), [['cv', 'fileType']]);
  });

  it('rejects an unknown profile id', async () => {
    const problem = await problemOf(await apply(PUBLIC_OPEN, completeForm({ profileId: 'p-nobody' })), 400);
    assert.deepEqual(problem.invalidParams?.map((p) => [p.name, p.code]), [['profileId', 'unknown']]);
  });

  it("answers someone else's internal profile as unknown (nobody ties it to an application, nor learns it exists); its owner may send it", async () => {
    const owner = await t.token({ sub: 'applies-with-internal', org: 'gem-steenbergen' });
    const created = await t.request('/profiles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${owner}` },
      body: JSON.stringify({ name: 'Ilse Intern', headline: 'Alleen voor de eigen organisatie', kind: 'ondernemend-ambtenaar', region: { value: 'west-brabant' }, visibility: 'internal' }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { id } = await json<{ id: string }>(created);
    const anonymous = await problemOf(await apply(PUBLIC_OPEN, completeForm({ profileId: id })), 400);
    assert.deepEqual(anonymous.invalidParams?.map((p) => [p.name, p.code, p.reason]), [['profileId', 'unknown', (await problemOf(await apply(PUBLIC_OPEN, completeForm({ profileId: 'p-nobody' })), 400)).invalidParams?.[0]?.reason]]);
    assert.equal((await apply(PUBLIC_OPEN, completeForm({ profileId: id }), { Authorization: `Bearer ${owner}` })).status, 201);
  });

  it('413 for a CV over 5 MB, also when the body is too large to read', async () => {
    const justOver = new Uint8Array(5 * 1024 * 1024 + 1);
    justOver.set(new TextEncoder().encode('%PDF-'));
    await problemOf(await apply(PUBLIC_OPEN, completeForm({}, new Blob([justOver]))), 413);
    await problemOf(await apply(PUBLIC_OPEN, completeForm({}, new Blob([new Uint8Array(6 * 1024 * 1024)]))), 413);
  });

  it('409 for a closed assignment, 404 for an unknown one, 415 for a body that is no form', async () => {
    const closed = schemas.AssignmentPage.parse(await json(await t.request('/assignments?status=closed'))).items[0];
    assert.ok(closed);
    await problemOf(await apply(closed.id, completeForm()), 409);
    await problemOf(await apply('a-nope', completeForm()), 404);
    await problemOf(await apply(PUBLIC_OPEN, JSON.stringify({ name: 'x' }), { 'Content-Type': 'application/json' }), 415);
  });

  it('415 for a urlencoded form, which the runtime could read but an application is not', async () => {
    const fields = new URLSearchParams({ name: 'Anne-Marie Backx', email: 'a.backx@example.nl', motivation: 'Ik heb ruime ervaring met precies dit soort projecten.', consent: 'true' });
    const problem = await problemOf(await apply(PUBLIC_OPEN, fields.toString(), { 'Content-Type': 'application/x-www-form-urlencoded' }), 415);
    assert.equal(problem.invalidParams, undefined, 'no field is named: the form is of the wrong kind');
  });

  it('400, not 415, for a form cut off on the way', async () => {
    const whole = new Request('http://localhost/', { method: 'POST', body: completeForm() });
    const bytes = new Uint8Array(await whole.arrayBuffer());
    const half = bytes.slice(0, bytes.length / 2);
    const problem = await problemOf(await apply(PUBLIC_OPEN, half, { 'Content-Type': whole.headers.get('Content-Type') as string }), 400);
    assert.match(problem.detail ?? '', /formulier kon niet worden gelezen/);
  });

  it('refuses a form of more parts than an application has before reading them (tens of thousands of tiny parts blocked the server)', async () => {
    const flood = completeForm();
    for (let i = 0; i < 20_000; i++) flood.append(`x${i}`, new Blob(['x']), 'a');
    const before = await count('application');
    const response = await apply(PUBLIC_OPEN, flood);
    const answer = await response.clone().text();
    const problem = await problemOf(response, 400);
    assert.match(problem.detail ?? '', /hooguit 100 velden/);
    assert.ok(answer.length < 1000, `a short answer, not one line per part (${answer.length} characters)`);
    assert.equal(await count('application'), before);

    // A file where the form has a text field is named once, however often it came; a part the
    // form does not know is ignored, as one with text is: such a form is still an application.
    const misplaced = completeForm({ name: null });
    for (let i = 0; i < 3; i++) misplaced.append('name', new Blob(['x']), 'naam.txt');
    const named = await problemOf(await apply(PUBLIC_OPEN, misplaced), 400);
    assert.deepEqual(named.invalidParams?.map((p) => [p.name, p.code]), [['name', 'type']]);
    const extra = completeForm();
    for (let i = 0; i < 80; i++) extra.append(`x${i}`, new Blob(['x']), 'a');
    assert.equal((await apply(PUBLIC_OPEN, extra)).status, 201);
  });

  it('drops a filled honeypot silently with a normal-looking 201', async () => {
    const before = await count('application');
    const response = await apply(PUBLIC_OPEN, completeForm({ website: 'https://spam.example' }));
    assert.equal(response.status, 201);
    schemas.ApplicationReceipt.parse(await response.json());
    assert.equal(await count('application'), before);
  });

  it('answers a replayed honeypot with the same receipt, and still needs an Idempotency-Key', async () => {
    const key = randomUUID();
    const first = await apply(PUBLIC_OPEN, completeForm({ website: 'https://spam.example' }), { 'Idempotency-Key': key });
    const again = await apply(PUBLIC_OPEN, completeForm({ website: 'https://spam.example' }), { 'Idempotency-Key': key });
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), await first.json());
    const keyless = await t.request(`/assignments/${PUBLIC_OPEN}/applications`, {
      method: 'POST',
      body: completeForm({ website: 'https://spam.example' }),
    });
    assert.equal(keyless.status, 400);
  });

  it('429 with Retry-After when one client sends too many', async () => {
    const client = { 'X-Forwarded-For': '198.51.100.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await apply('a-nope', completeForm(), client)).status);
    assert.deepEqual(statuses, [404, 404, 404, 404, 404, 429]);
    const limited = await apply('a-nope', completeForm(), client);
    await problemOf(limited.clone(), 429);
    assert.ok(Number(limited.headers.get('Retry-After')) >= 1);
  });
  it('counts an IPv6 client by its /64: another address of it is the same client', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) statuses.push((await apply('a-nope', completeForm(), { 'X-Forwarded-For': `2001:db8:7:9::${i.toString(16)}` })).status);
    assert.deepEqual(statuses, [404, 404, 404, 404, 404, 429]);
    assert.equal((await apply('a-nope', completeForm(), { 'X-Forwarded-For': '2001:db8:7:a::1' })).status, 404, 'the next /64 is another client');
  });
});

describe('internal assignments', () => {
  it('need a token of the organisation to apply', async () => {
    const internal = 'a-2026-0103'; // gem-steenbergen, internal, no CV needed
    const form = completeForm({ kvkNumber: null, acceptConditions: null, managerConsent: 'true' }, null);
    await problemOf(await apply(internal, form), 401);
    await problemOf(await apply(internal, form, { Authorization: `Bearer ${await t.token('gem-tilburg')}` }), 403);
    const response = await apply(internal, form, { Authorization: `Bearer ${await t.token({ sub: 'employee-7', org: 'gem-steenbergen' })}` });
    assert.equal(response.status, 201);
    const { id } = await response.json();
    const row = await t.app.database.db.selectFrom('application').select(['applicant', 'manager_consent']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { applicant: 'employee-7', manager_consent: true });
  });
});

describe('retention', () => {
  it('removes a CV written under its temporary name whose row was never committed (a crash between the two)', async () => {
    const partial = path.join(t.app.filesDir, '.partial-00000000-0000-4000-8000-000000000000.pdf');
    await writeFile(partial, PDF);
    const minutesAgo = new Date(Date.now() - 5 * 60_000);
    await utimes(partial, minutesAgo, minutesAgo);
    await t.app.runRetention();
    assert.ok(!(await readdir(t.app.filesDir)).some((name) => name.startsWith('.partial-')), 'the orphan is gone at the next sweep');
  });

  it('deletes applications, their keys and files after the retention period, and stray files', async () => {
    const response = await apply(PUBLIC_OPEN, completeForm());
    const { id } = await response.json();
    const row = await t.app.database.db.selectFrom('application').select('cv_file').where('id', '=', id).executeTakeFirstOrThrow();
    const stray = path.join(t.app.filesDir, 'stray.pdf');
    await writeFile(stray, PDF);
    const old = new Date(Date.now() - 3 * 86_400_000);
    await utimes(stray, old, old);

    const now = new Date();
    const early = await t.app.runRetention({ orphanGraceMs: 86_400_000 });
    assert.equal(early.applications, 0, 'nothing is old enough yet');
    assert.ok(!(await readdir(t.app.filesDir)).includes('stray.pdf'), 'a file no application refers to is removed');

    const later = new Date(now.getTime() + 91 * 86_400_000);
    const files = new DiskFiles(t.app.filesDir, silentLogger, t.app.uploadDir);
    const result = await runRetention(t.app.database.db, { retentionDays: 90, files, now: later, log: silentLogger });
    assert.ok(result.applications >= 1);
    assert.equal(await count('application'), 0);
    assert.equal(await count('idempotency_key'), 0);
    assert.ok(!(await readdir(t.app.filesDir)).includes(row.cv_file!));
  });
});
