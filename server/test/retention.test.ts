/**
 * Retention (AVG): after RETENTION_DAYS no personal data is left anywhere — not the
 * application and its CV only, but the mails naming the applicant, session sign-ups, the audit
 * log's entries and the rate limit's IP addresses — and the log line counts what went; also
 * when run once from the command line (`server/retention.ts`), without the server.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as schemas from '../../src/api/schemas.js';
import { createApp } from '../app.js';
import { DiskFiles } from '../files.js';
import { silentLogger } from '../http/log.js';
import { main, runRetention } from '../retention.js';
import { BASE, createTestApp, pgliteTemplate, type TestApp } from './helpers.js';

const DAY_MS = 86_400_000;
const ASSIGNMENT = 'a-2026-0101'; // gem-steenbergen, public; its contact gets an announcement
const PDF = '%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n';

let t: TestApp;
before(async () => {
  // Rate limits on, each request its own client (X-Forwarded-For), so the limit keeps rows as in production.
  t = await createTestApp({ rateLimit: 100, sessionRateLimit: 100, trustProxy: 1, sessionsUrl: 'https://netwerk.example.nl/zwermsessies' });
});
after(() => t.close());

const db = () => t.app.database.db;
const poster = () => t.token({ sub: 'poster-retention', org: 'gem-steenbergen', roles: ['poster'] });

/** Retention as the hourly run does it, at `now`; returns its result and its log line. */
async function retentionAt(now: Date) {
  const lines: Record<string, unknown>[] = [];
  const log = { ...silentLogger, info: (event: string, fields = {}) => void lines.push({ event, ...fields }) };
  const result = await runRetention(db(), { retentionDays: 90, files: new DiskFiles(t.app.filesDir, silentLogger, t.app.uploadDir), now, log });
  return { result, logged: lines.find((line) => line.event === 'retention.done') };
}

async function apply(request: TestApp['request'] = t.request): Promise<string> {
  const form = new FormData();
  const fields = { name: 'Anne-Marie Backx', email: 'a.backx@example.nl', kvkNumber: '12345678', motivation: 'Ik heb ruime ervaring met zaaksystemen in gemeenten.', consent: 'true', acceptConditions: 'true' };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('cv', new Blob([PDF]), 'cv.pdf');
  const response = await request(`/assignments/${ASSIGNMENT}/applications`, {
    method: 'POST',
    body: form,
    headers: { 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': '192.0.2.10' },
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).id;
}

function inDays(days: number, time: string): string {
  const date = new Date(Date.now() + days * DAY_MS);
  return `${date.toISOString().slice(0, 10)}T${time}:00+01:00`;
}

async function sessionWithSignUp(startsIn: number): Promise<{ session: schemas.Session; registration: string }> {
  const created = await t.request('/sessions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${await poster()}` },
    body: JSON.stringify({
      title: 'Zwermsessie wijkteams',
      question: '<p>Hoe organiseren we de wijkteams?</p>',
      startsAt: inDays(startsIn, '09:30'),
      endsAt: inDays(startsIn, '11:30'),
      place: 'Gemeentehuis',
      capacity: 10,
      signUpDeadline: inDays(startsIn - 2, '00:00').slice(0, 10),
      fields: [{ value: 'sociaal-domein' }],
    }),
  });
  assert.equal(created.status, 201, await created.clone().text());
  const session = schemas.Session.parse(await created.json());
  const signedUp = await t.request(`/sessions/${session.id}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': '192.0.2.20' },
    body: JSON.stringify({ name: 'Jan de Vries', email: 'jan.devries@example.nl', consent: true }),
  });
  assert.equal(signedUp.status, 201, await signedUp.clone().text());
  return { session, registration: (await signedUp.json()).id };
}

const mailsAbout = async (reference: string) => (await db().selectFrom('outbox').select('to_address').where('reference', '=', reference).execute()).length;
const registrationKept = async (id: string) => !!(await db().selectFrom('registration').select('id').where('id', '=', id).executeTakeFirst());
const auditAbout = async (target: string) => (await db().selectFrom('audit_log').select('id').where('target', '=', target).execute()).length;

describe('retention', () => {
  it("removes an application's mails with it, sent or not, and counts them in the log line", async () => {
    const id = await apply();
    await t.app.deliverMail(); // no mailer in tests: given up unsent, as without SMTP_URL
    const status = await t.request(`/applications/${id}`, { headers: { Authorization: `Bearer ${await poster()}` } });
    assert.equal(status.status, 200);
    assert.equal(await mailsAbout(id), 2, 'the announcement and the acknowledgement wait in the outbox');

    const { result, logged } = await retentionAt(new Date(Date.now() + 91 * DAY_MS));
    assert.equal(await mailsAbout(id), 0, 'no mail names the applicant any more');
    assert.equal(await auditAbout(id), 0, 'nor does the audit log say who read the application');
    assert.ok(result.applications >= 1 && result.mails >= 2 && result.auditEntries >= 1);
    assert.deepEqual(
      [logged?.applications, logged?.mails, logged?.auditEntries, logged?.registrations, logged?.rateLimits],
      [result.applications, result.mails, result.auditEntries, result.registrations, result.rateLimits],
    );
  });

  it('removes mails an earlier release left behind after their application was deleted', async () => {
    const id = await apply();
    await db().deleteFrom('application').where('id', '=', id).execute(); // what retention did before
    await retentionAt(new Date(Date.now() + 89 * DAY_MS));
    assert.equal(await mailsAbout(id), 2, 'within the retention period a mail stays');
    await retentionAt(new Date(Date.now() + 91 * DAY_MS));
    assert.equal(await mailsAbout(id), 0);
  });

  it('removes a sign-up and its mail RETENTION_DAYS after the session ended, not before', async () => {
    const { session, registration } = await sessionWithSignUp(20);
    const listed = await t.request(`/sessions/${session.id}/registrations`, { headers: { Authorization: `Bearer ${await poster()}` } });
    assert.equal(listed.status, 200);
    assert.equal(await mailsAbout(registration), 1);

    await retentionAt(new Date(Date.now() + (20 + 89) * DAY_MS));
    assert.ok(await registrationKept(registration), '89 days after the session the sign-up is kept');
    assert.equal(await auditAbout(session.id), 1, 'and so is the entry of who read the list');

    const { result } = await retentionAt(new Date(Date.now() + (20 + 91) * DAY_MS));
    assert.ok(!(await registrationKept(registration)));
    assert.equal(await mailsAbout(registration), 0);
    assert.equal(await auditAbout(session.id), 0);
    assert.ok(result.registrations >= 1);
    const kept = await t.request(`/sessions/${session.id}`);
    assert.equal(kept.status, 200, "the session itself (the organisation's, no personal data) stays");
  });

  it('removes a sent mail after the retention period, even while the sign-up it confirmed is kept', async () => {
    const { registration } = await sessionWithSignUp(200);
    await db().updateTable('outbox').set({ sent_at: new Date() }).where('reference', '=', registration).execute();
    await retentionAt(new Date(Date.now() + 91 * DAY_MS));
    assert.ok(await registrationKept(registration), 'the session is months away');
    assert.equal(await mailsAbout(registration), 0);
  });

  it("removes rate-limit rows (a client's IP address) once their minute is long over", async () => {
    await apply();
    const rows = () => db().selectFrom('rate_limit').select('key').where('key', 'like', '%192.0.2.10').execute();
    assert.equal((await rows()).length, 1);
    await retentionAt(new Date());
    assert.equal((await rows()).length, 1, 'a window still counting is kept');
    const { result } = await retentionAt(new Date(Date.now() + 2 * 3_600_000));
    assert.equal((await rows()).length, 0);
    assert.ok(result.rateLimits >= 1);
  });
});

/** `main` of server/retention.ts, with what it wrote to stdout (JSON lines) and stderr. */
async function command(args: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const { stdout, stderr } = process;
  const [write, writeError] = [stdout.write, stderr.write];
  stdout.write = ((chunk: string) => {
    out.push(chunk);
    return true;
  }) as typeof stdout.write;
  stderr.write = ((chunk: string) => {
    err.push(chunk);
    return true;
  }) as typeof stderr.write;
  try {
    const code = await main(args, env);
    const lines = out.join('').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    return { code, lines, printed: out.join('') + err.join('') };
  } finally {
    stdout.write = write;
    stderr.write = writeError;
  }
}

describe('server/retention.ts, once from the command line', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'flexschil-retention-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it("removes what is older than RETENTION_DAYS from the environment's database and UPLOAD_DIR, and logs retention.done", { timeout: 60_000 }, async () => {
    // Filled from the test files' seeded template, as server/test/erase.test.ts (made anew it took 24 s of a loaded machine).
    const database = { dataDir: path.join(dataDir, 'pglite'), loadDataDir: await pgliteTemplate() };
    let app = await createApp({ dataDir, database, dev: true, logger: silentLogger, rateLimit: 0 });
    const request: TestApp['request'] = (path, init) => app.fetch(new Request(`${BASE}${path}`, init));
    let old: string;
    let recent: string;
    try {
      old = await apply(request);
      recent = await apply(request);
      await app.database.db.updateTable('application').set({ received_at: new Date(Date.now() - 31 * DAY_MS) }).where('id', '=', old).execute();
    } finally {
      await app.close();
    }
    const files = () => readdir(path.join(dataDir, 'uploads'), { recursive: true });
    const filesBefore = (await files()).length;

    const { code, lines, printed } = await command([], { DATA_DIR: dataDir, RETENTION_DAYS: '30' });
    assert.equal(code, 0, printed);
    const done = lines.find((line) => line.event === 'retention.done');
    assert.equal(done?.retentionDays, 30);
    assert.ok(Number(done?.applications) >= 1 && Number(done?.files) >= 1 && Number(done?.mails) >= 2, JSON.stringify(done));
    assert.ok(!printed.includes('@'), 'no address in the log');

    app = await createApp({ dataDir, logger: silentLogger, seed: false });
    try {
      const kept = await app.database.db.selectFrom('application').select('id').where('id', 'in', [old, recent]).execute();
      assert.deepEqual(kept.map((row) => row.id), [recent]);
      assert.equal(await app.database.db.selectFrom('outbox').select('id').where('reference', '=', old).executeTakeFirst(), undefined);
      assert.equal(filesBefore - (await files()).length, 1, 'its CV file went');
    } finally {
      await app.close();
    }
  });

  it('removes nothing with a setting the server would refuse, or while the server holds the embedded database', { timeout: 60_000 }, async () => {
    const refused = await command([], { DATA_DIR: dataDir, RETENTION_DAYS: '0' });
    assert.equal(refused.code, 1);
    assert.match(refused.printed, /^Nothing removed: RETENTION_DAYS must be an integer from 1/);

    // Started from another folder than the server (cron), it makes no new, empty database there.
    const elsewhere = path.join(dataDir, 'elsewhere');
    const missing = await command([], { DATA_DIR: elsewhere });
    assert.equal(missing.code, 1);
    assert.match(missing.printed, /^Nothing removed: there is no embedded database in .*elsewhere.pglite: set DATA_DIR/);
    await assert.rejects(readdir(elsewhere), { code: 'ENOENT' });

    const app = await createApp({ dataDir, logger: silentLogger, seed: false });
    try {
      const held = await command([], { DATA_DIR: dataDir });
      assert.equal(held.code, 1);
      assert.match(held.printed, /^Nothing removed: the embedded database in .* is in use/);
    } finally {
      await app.close();
    }
    assert.equal((await command(['--days', '30'], {})).code, 2, 'settings come from the environment, as the server reads them');
  });
});
