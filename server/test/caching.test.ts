/**
 * Public answers take their ETag from the data version (migration 0006, backend/http/respond.ts):
 * a revalidation is answered 304 before any list query runs, and any change to what the answer
 * is made of — the data, the language, the day — gives another ETag.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createBackend } from '../../backend/app.js';
import { hashText } from '../../backend/http/hash.js';
import type { FileStore, Store } from '../../backend/ports.js';
import type { Database } from '../db/database.js';
import { DATA_VERSION_MAX_AGE_MS } from '../store/index.js';
import { openTestDatabase, recordingStore } from './helpers.js';

const DAY = 86_400_000;
const BOARD = '/assignments?field=inkoop&q=adviseur';

let database: Database;
let clock = Date.now();
/** Store calls since the last `calls.length = 0`. */
const calls: string[] = [];
let store: Store;
let fetch: (path: string, headers?: Record<string, string>) => Promise<Response>;

before(async () => {
  database = await openTestDatabase();
  store = recordingStore(database, calls);
  const backend = createBackend({
    store,
    files: {} as FileStore,
    identity: { verify: async (token) => (token === 'employee' ? { sub: 'e-1', organisation: 'gem-breda', network: true, roles: [], profileId: null } : null) },
    sanitizeHtml: (html) => html,
    now: () => new Date(clock),
  });
  fetch = (path, headers = {}) => backend.fetch(new Request(`http://localhost${path}`, { headers: { 'Accept-Language': 'nl', ...headers } }));
});
after(() => database.close());

async function etagOf(path: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(path, headers);
  assert.equal(response.status, 200, path);
  const etag = response.headers.get('ETag');
  assert.ok(etag, `${path} has an ETag`);
  return etag;
}

describe('ETag from the data version', () => {
  it('answers a revalidation 304 without running the list (or any read) again', async () => {
    for (const path of [BOARD, '/assignments/a-2026-0102', '/profiles?q=advies', '/profiles/p-0001', '/vocabularies', '/assignments/a-2026-0102/match?profile=p-0001']) {
      const etag = await etagOf(path);
      calls.length = 0;
      const response = await fetch(path, { 'If-None-Match': etag });
      assert.equal(response.status, 304, path);
      assert.equal(response.headers.get('ETag'), etag);
      assert.match(response.headers.get('Cache-Control') ?? '', /^public, max-age=\d+/);
      assert.equal(response.headers.get('Content-Language'), 'nl');
      assert.deepEqual(calls.filter((call) => call !== 'dataVersion' && call !== 'codes'), [], `${path}: nothing but the version read`);
    }
  });

  it('changes with every write through the store', async () => {
    const etag = await etagOf(BOARD);
    const assignment = await store.getAssignment('a-2026-0102');
    assert.ok(assignment);
    await store.updateAssignment({ ...assignment, title: 'Inkoopadviseur sociaal domein (verlengd)' }, assignment.version ?? 1);
    const response = await fetch(BOARD, { 'If-None-Match': etag });
    assert.equal(response.status, 200);
    assert.notEqual(response.headers.get('ETag'), etag);
  });

  it('changes within a second of a write by another instance, and relabels at once', async () => {
    const etag = await etagOf('/vocabularies');
    // As another instance or an import would: straight into the database.
    await sql`update code set labels = labels || '{"nl": "Inkoop en aanbesteden"}' where list = 'field' and value = 'inkoop'`.execute(database.db);
    await sleep(DATA_VERSION_MAX_AGE_MS + 50);
    const response = await fetch('/vocabularies', { 'If-None-Match': etag });
    assert.equal(response.status, 200);
    // The code lists' own 30-second cache does not hold the new label back.
    const body = (await response.json()) as { field: { value: string; label: string }[] };
    assert.equal(body.field.find((f) => f.value === 'inkoop')?.label, 'Inkoop en aanbesteden');
  });

  it('is raised by a write to any table answers are made of', async () => {
    const version = async () => (await sql<{ version: string }>`select version::text as version from data_version`.execute(database.db)).rows[0]?.version;
    for (const write of [
      sql`update assignment set summary = summary where id = 'a-2026-0101'`,
      sql`update profile set bio = bio where id = 'p-0001'`,
      sql`update organisation set name = name where id = 'gem-breda'`,
      sql`insert into code (list, value, position, labels) values ('field', 'nieuw-veld', 99, '{"nl": "Nieuw"}')`,
    ]) {
      const before = await version();
      await write.execute(database.db);
      assert.notEqual(await version(), before, write.compile(database.db).sql);
    }
  });

  it('differs per language and per day', async () => {
    const nl = await etagOf(BOARD);
    const en = await etagOf(BOARD, { 'Accept-Language': 'en' });
    assert.notEqual(en, nl);
    assert.equal((await fetch(BOARD, { 'Accept-Language': 'en', 'If-None-Match': nl })).status, 200);
    // Tomorrow an assignment may have closed: yesterday's answer is not confirmed.
    clock += DAY;
    try {
      assert.equal((await fetch(BOARD, { 'If-None-Match': nl })).status, 200);
    } finally {
      clock -= DAY;
    }
  });

  it('is not used for answers that change with the hour (a session closes when it starts)', async () => {
    const etag = await etagOf('/sessions');
    assert.doesNotMatch(etag, /-nl-\d{4}-\d{2}-\d{2}-/, 'an ETag of the body');
    calls.length = 0;
    assert.equal((await fetch('/sessions', { 'If-None-Match': etag })).status, 304);
    assert.ok(calls.includes('searchSessions'), 'the sessions were read again');
  });

  it('never turns a 401 or 404 into a 304: not for `*`, nor for an ETag computed for the URL', async () => {
    const INTERNAL = '/assignments/a-2026-0103'; // gem-steenbergen, internal
    const MISSING = '/assignments/a-2026-9999';
    // The parts of a version ETag are public: the data version, the language and the day from
    // any public answer, and the hash of the path.
    const [, version, day] = /^W\/"(\d+)-nl-(\d{4}-\d{2}-\d{2})-/.exec(await etagOf(BOARD)) ?? [];
    assert.ok(version && day);
    const computed = (path: string) => `W/"${version}-nl-${day}-${hashText(path)}"`;
    for (const [path, status] of [[INTERNAL, 401], [MISSING, 404]] as const) {
      for (const ifNoneMatch of ['*', computed(path)]) {
        const response = await fetch(path, { 'If-None-Match': ifNoneMatch });
        assert.equal(response.status, status, `${path} with If-None-Match: ${ifNoneMatch}`);
      }
    }
    // `*` where there is a representation: 304, from the route's own 200.
    assert.equal((await fetch('/assignments/a-2026-0101', { 'If-None-Match': '*' })).status, 304);
  });

  it("answers before the route only what this instance gave; another instance's ETag once through the route", async () => {
    const path = '/assignments/a-2026-0101';
    const etag = await etagOf(path);
    // Another instance on the same database, which has not answered this URL yet.
    const other = createBackend({ store, files: {} as FileStore, identity: { verify: async () => null }, sanitizeHtml: (html) => html, now: () => new Date(clock) });
    const ask = () => other.fetch(new Request(`http://localhost${path}`, { headers: { 'Accept-Language': 'nl', 'If-None-Match': etag } }));
    calls.length = 0;
    assert.equal((await ask()).status, 304);
    assert.ok(calls.includes('getAssignment'), `the route ran: ${calls.join(', ')}`);
    calls.length = 0;
    const again = await ask();
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('ETag'), etag);
    assert.deepEqual(calls.filter((call) => call !== 'dataVersion' && call !== 'codes'), [], 'then before the route');
  });

  it('is never given to answers asked with credentials', async () => {
    const etag = await etagOf(BOARD);
    const response = await fetch(BOARD, { Authorization: 'Bearer employee', 'If-None-Match': etag });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('ETag'), null);
    assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
  });
});
