/**
 * `server/erase.ts --email …`: one person's data erased on request (AVG/GDPR) — applications
 * with their CV files, session sign-ups and the mails to them — and nobody else's; the log says
 * what went without naming the address.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp, type FlexschilApp } from '../app.js';
import { main } from '../erase.js';
import { silentLogger } from '../http/log.js';
import { pgliteTemplate } from './helpers.js';

const PDF = '%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n';
const DAY_MS = 86_400_000;
const ERASE = 'Anne.Backx@example.nl';
const KEEP = 'jan.devries@example.nl';

let dataDir: string;
before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'flexschil-erase-'));
});
after(() => rm(dataDir, { recursive: true, force: true }));

async function apply(app: FlexschilApp, email: string): Promise<string> {
  const form = new FormData();
  const fields = { name: 'Iemand', email, kvkNumber: '12345678', motivation: 'Ik heb ruime ervaring met zaaksystemen in gemeenten.', consent: 'true', acceptConditions: 'true' };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('cv', new Blob([PDF]), 'cv.pdf');
  const response = await app.fetch(new Request('http://x/api/v1/assignments/a-2026-0101/applications', { method: 'POST', body: form, headers: { 'Idempotency-Key': randomUUID() } }));
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).id;
}

async function signUp(app: FlexschilApp, session: string, email: string): Promise<void> {
  const response = await app.fetch(
    new Request(`http://x/api/v1/sessions/${session}/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ name: 'Iemand', email, consent: true }),
    }),
  );
  assert.equal(response.status, 201, await response.clone().text());
}

async function newSession(app: FlexschilApp): Promise<string> {
  const token = await app.mintToken!({ sub: 'poster-erase', org: 'gem-steenbergen', roles: ['poster'] });
  const day = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
  const response = await app.fetch(
    new Request('http://x/api/v1/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: 'Zwermsessie wijkteams',
        question: '<p>Hoe organiseren we de wijkteams?</p>',
        startsAt: `${day(20)}T09:30:00+01:00`,
        endsAt: `${day(20)}T11:30:00+01:00`,
        place: 'Gemeentehuis',
        capacity: 10,
        signUpDeadline: day(18),
        fields: [{ value: 'sociaal-domein' }],
      }),
    }),
  );
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).id;
}

describe('server/erase.ts', () => {
  it("erases one address's applications, CV files, sign-ups and mails, and nobody else's", { timeout: 60_000 }, async () => {
    // The data folder `server/erase.ts` opens, filled from the test files' seeded template: made
    // anew (initdb, migrations, seed) it took 24 s of a loaded machine and ran past the time limit.
    const database = { dataDir: path.join(dataDir, 'pglite'), loadDataDir: await pgliteTemplate() };
    let app = await createApp({ dataDir, database, dev: true, logger: silentLogger, rateLimit: 0, sessionRateLimit: 0, sessionsUrl: 'https://netwerk.example.nl/sessies' });
    let erased: string;
    let kept: string;
    try {
      erased = await apply(app, ERASE);
      kept = await apply(app, KEEP);
      const session = await newSession(app);
      await signUp(app, session, ERASE.toLowerCase());
      await signUp(app, session, KEEP);
    } finally {
      await app.close();
    }
    const filesBefore = await readdir(path.join(dataDir, 'uploads'), { recursive: true });

    const output: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => {
      output.push(chunk);
      return true;
    }) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(['--email', ERASE], { DATA_DIR: dataDir });
    } finally {
      process.stdout.write = write;
    }
    assert.equal(code, 0);
    const line = JSON.parse(output.join('').trim().split('\n').at(-1) as string);
    assert.equal(line.event, 'erase.done');
    assert.equal(line.applications, 1);
    assert.equal(line.files, 1);
    assert.equal(line.registrations, 1);
    assert.ok(line.mails >= 2, `the acknowledgement and the confirmation at least: ${line.mails}`);
    assert.ok(!output.join('').toLowerCase().includes('backx'), 'the address is not logged');

    app = await createApp({ dataDir, logger: silentLogger, seed: false });
    try {
      const db = app.database.db;
      assert.deepEqual((await db.selectFrom('application').select('id').where('id', 'in', [erased, kept]).execute()).map((r) => r.id), [kept]);
      const registrations = await db.selectFrom('registration').select('email').where('email', 'in', [ERASE, ERASE.toLowerCase(), KEEP]).execute();
      assert.deepEqual(registrations.map((r) => r.email), [KEEP]);
      const mails = await db.selectFrom('outbox').select(['to_address', 'reference']).execute();
      assert.ok(!mails.some((m) => m.to_address.toLowerCase() === ERASE.toLowerCase() || m.reference === erased));
      assert.ok(mails.some((m) => m.to_address === KEEP));
      const filesAfter = await readdir(path.join(dataDir, 'uploads'), { recursive: true });
      assert.equal(filesBefore.length - filesAfter.length, 1, 'one CV file went');
    } finally {
      await app.close();
    }
  });

  it('prints usage without an address', async () => {
    const original = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      assert.equal(await main([], {}), 2);
      assert.equal(await main(['--email', 'geen-adres'], {}), 2);
    } finally {
      process.stderr.write = original;
    }
  });
});
