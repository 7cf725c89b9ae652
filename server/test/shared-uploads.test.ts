/**
 * Two databases (or two schemas of one) that share an UPLOAD_DIR: each keeps its CVs in a folder
 * of its own (named by the id in its `meta` table), and the retention of one never deletes the
 * other's files, however late its clock. It used to sweep every file its own database did not
 * name, after two minutes: all CVs of the other one.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from './helpers.js';

const DAY_MS = 86_400_000;
const ASSIGNMENT = 'a-2026-0101'; // gem-steenbergen, public, asks for a CV
const PDF = '%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n';

let uploadDir: string;
let clock = 0; // days ahead of the real clock, for both apps
let one: TestApp;
let two: TestApp;

before(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), 'flexschil-shared-uploads-'));
  const now = () => new Date(Date.now() + clock * DAY_MS);
  one = await createTestApp({ uploadDir, now });
  two = await createTestApp({ uploadDir, now });
});
after(async () => {
  await one?.close();
  await two?.close();
  await rm(uploadDir, { recursive: true, force: true });
});

async function apply(t: TestApp): Promise<string> {
  const form = new FormData();
  const fields = { name: 'Anne-Marie Backx', email: 'a.backx@example.nl', kvkNumber: '12345678', motivation: 'Ik heb ruime ervaring met zaaksystemen in gemeenten.', consent: 'true', acceptConditions: 'true' };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('cv', new Blob([PDF]), 'cv.pdf');
  const response = await t.request(`/assignments/${ASSIGNMENT}/applications`, { method: 'POST', body: form, headers: { 'Idempotency-Key': randomUUID() } });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).id;
}

async function cv(t: TestApp, id: string): Promise<number> {
  const token = await t.token({ sub: 'poster-shared', org: 'gem-steenbergen', roles: ['poster'] });
  const response = await t.request(`/applications/${id}/cv`, { headers: { Authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return response.status;
}

const cvFile = async (t: TestApp, id: string) =>
  (await t.app.database.db.selectFrom('application').select('cv_file').where('id', '=', id).executeTakeFirstOrThrow()).cv_file as string;

describe('two databases sharing one UPLOAD_DIR', () => {
  it('each has an id of its own and writes into its own folder', async () => {
    assert.notEqual(one.app.filesDir, two.app.filesDir);
    for (const t of [one, two]) {
      assert.equal(path.dirname(t.app.filesDir), path.resolve(uploadDir));
      const row = await t.app.database.db.selectFrom('meta').select('value').where('key', '=', 'database_id').executeTakeFirstOrThrow();
      assert.equal(path.basename(t.app.filesDir), row.value);
    }
  });

  it('keeps both databases\' CVs through retention on both, also with the clock days ahead', async () => {
    const first = await apply(one);
    const second = await apply(two);
    // Files written a while ago, as after a few days of running.
    const old = new Date(Date.now() - 3 * DAY_MS);
    await utimes(path.join(one.app.filesDir, await cvFile(one, first)), old, old);
    await utimes(path.join(two.app.filesDir, await cvFile(two, second)), old, old);
    for (const days of [0, 2, 30]) {
      clock = days;
      await one.app.runRetention();
      await two.app.runRetention();
      assert.equal(await cv(one, first), 200, `the first database's CV after ${days} days`);
      assert.equal(await cv(two, second), 200, `the second database's CV after ${days} days`);
    }
    clock = 0;
  });

  it('removes a real orphan in its own folder once it is older than a day, and nothing younger', async () => {
    const orphan = path.join(one.app.filesDir, `${randomUUID()}.pdf`);
    const young = path.join(one.app.filesDir, `${randomUUID()}.pdf`);
    await writeFile(orphan, PDF);
    await writeFile(young, PDF);
    const older = new Date(Date.now() - DAY_MS - 60_000);
    await utimes(orphan, older, older);
    const hoursAgo = new Date(Date.now() - 3_600_000);
    await utimes(young, hoursAgo, hoursAgo);
    const result = await one.app.runRetention();
    assert.equal(result.files, 1);
    await assert.rejects(stat(orphan), { code: 'ENOENT' });
    await stat(young);
    await two.app.runRetention();
    await stat(young);
  });

  it('reads, keeps and in time removes a file of an older version, lying in UPLOAD_DIR itself', async () => {
    const id = await apply(one);
    const name = await cvFile(one, id);
    // As an installation from before the per-database folders has it.
    await writeFile(path.join(uploadDir, name), PDF);
    await rm(path.join(one.app.filesDir, name));
    const old = new Date(Date.now() - 10 * DAY_MS);
    await utimes(path.join(uploadDir, name), old, old);
    // A file of a third database's old installation, never named by either.
    const foreign = path.join(uploadDir, `${randomUUID()}.pdf`);
    await writeFile(foreign, PDF);
    await utimes(foreign, old, old);

    clock = 2;
    await one.app.runRetention();
    await two.app.runRetention();
    assert.equal(await cv(one, id), 200);
    await stat(foreign);

    clock = 91; // past RETENTION_DAYS: the application goes, with its file where it lies
    await one.app.runRetention();
    clock = 0;
    assert.ok(!(await readdir(uploadDir)).includes(name), 'the old file went with its application');
    await stat(foreign);
  });
});
