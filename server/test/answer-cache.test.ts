/**
 * Public answers kept ready to send per data version (backend/http/answer-cache.ts): the next
 * visitor who asks the same gets the same bytes without a query, until the data, the language
 * or the day changes; nothing asked with credentials is kept or handed out.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createBackend } from '../../backend/app.js';
import { answerCache } from '../../backend/http/answer-cache.js';
import type { FileStore, Store } from '../../backend/ports.js';
import type { Database } from '../db/database.js';
import { compressText } from '../http/compress.js';
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
    identity: { verify: async (token) => (token === 'employee' ? { sub: 'e-1', organisation: 'gem-steenbergen', network: true, roles: [], profileId: null } : null) },
    sanitizeHtml: (html) => html,
    compress: compressText,
    answers: answerCache(4 * 1024 * 1024),
    now: () => new Date(clock),
  });
  fetch = (path, headers = {}) =>
    backend.fetch(new Request(`http://localhost${path}`, { headers: { 'Accept-Language': 'nl', 'Accept-Encoding': 'gzip, br', ...headers } }));
});
after(() => database.close());

/** Store reads other than the version and the code lists (read for every request). */
const reads = () => calls.filter((call) => call !== 'dataVersion' && call !== 'codes');

async function text(response: Response): Promise<string> {
  const bytes = Buffer.from(await response.arrayBuffer());
  switch (response.headers.get('Content-Encoding')) {
    case 'br':
      return zlib.brotliDecompressSync(bytes).toString();
    case 'gzip':
      return zlib.gunzipSync(bytes).toString();
    default:
      return bytes.toString();
  }
}

const titles = (body: string) => (JSON.parse(body) as { items: { title: string }[] }).items.map((item) => item.title);

describe('answers kept ready to send', () => {
  it('gives the next visitor the same answer without reading the data again', async () => {
    for (const path of [BOARD, '/assignments/a-2026-0102', '/profiles?q=advies', '/vocabularies']) {
      const first = await fetch(path);
      assert.equal(first.status, 200, path);
      const firstText = await text(first);
      calls.length = 0;
      const second = await fetch(path);
      assert.equal(second.status, 200, path);
      assert.deepEqual(reads(), [], `${path}: answered without a read`);
      assert.equal(await text(second), firstText, path);
      for (const header of ['ETag', 'Cache-Control', 'Content-Language', 'Content-Type', 'Content-Encoding', 'Vary']) {
        assert.equal(second.headers.get(header), first.headers.get(header), `${path}: ${header}`);
      }
    }
  });

  it('is made once for clients that ask the same at the same time', async () => {
    const path = '/assignments?q=coördinator&pageSize=5';
    calls.length = 0;
    const answers = await Promise.all(Array.from({ length: 6 }, () => fetch(path)));
    assert.deepEqual(reads(), ['searchAssignments'], 'one list query for six clients');
    const bodies = await Promise.all(answers.map(text));
    assert.ok(answers.every((answer) => answer.status === 200));
    assert.ok(bodies.every((body) => body === bodies[0]));
  });

  it('lets every client make its own answer when the one being made is not kept', async () => {
    calls.length = 0;
    const answers = await Promise.all(Array.from({ length: 3 }, () => fetch('/assignments?pageSize=0')));
    assert.deepEqual(answers.map((answer) => answer.status), [400, 400, 400]);
  });

  it('keeps each content coding apart', async () => {
    const plain = await fetch(BOARD, { 'Accept-Encoding': '' });
    const gzip = await fetch(BOARD, { 'Accept-Encoding': 'gzip' });
    const br = await fetch(BOARD, { 'Accept-Encoding': 'br' });
    assert.equal(plain.headers.get('Content-Encoding'), null);
    assert.equal(gzip.headers.get('Content-Encoding'), 'gzip');
    assert.equal(br.headers.get('Content-Encoding'), 'br');
    const body = await text(plain);
    assert.equal(await text(gzip), body);
    assert.equal(await text(br), body);
  });

  it('is made anew after a write through the store', async () => {
    await fetch(BOARD);
    const assignment = await store.getAssignment('a-2026-0102');
    assert.ok(assignment);
    await store.updateAssignment({ ...assignment, title: `${assignment.title} (verlengd)` }, assignment.version ?? 1);
    calls.length = 0;
    const response = await fetch(BOARD);
    assert.ok(reads().includes('searchAssignments'), 'the list was read again');
    assert.ok(titles(await text(response)).includes(`${assignment.title} (verlengd)`));
  });

  it('is made anew within a second of a write by another instance', async () => {
    const before = titles(await text(await fetch(BOARD)));
    assert.ok(before.length, 'the board has assignments');
    // As another instance or an import would: straight into the database.
    await sql`update assignment set title = title || ' (elders gewijzigd)' where id = 'a-2026-0102'`.execute(database.db);
    await sleep(DATA_VERSION_MAX_AGE_MS + 50);
    const after = titles(await text(await fetch(BOARD)));
    assert.ok(after.some((title) => title.endsWith('(elders gewijzigd)')), after.join(', '));
  });

  it('differs per language and per day', async () => {
    const nl = await fetch(BOARD);
    const en = await fetch(BOARD, { 'Accept-Language': 'en' });
    assert.equal(en.headers.get('Content-Language'), 'en');
    assert.notEqual(en.headers.get('ETag'), nl.headers.get('ETag'));
    // Tomorrow an assignment may have closed: the list is read again.
    clock += DAY;
    try {
      calls.length = 0;
      const tomorrow = await fetch(BOARD);
      assert.ok(reads().includes('searchAssignments'));
      assert.notEqual(tomorrow.headers.get('ETag'), nl.headers.get('ETag'));
    } finally {
      clock -= DAY;
    }
  });

  it('never keeps or hands out what was asked with credentials', async () => {
    const internal = '/assignments?visibility=internal';
    calls.length = 0;
    const employee = await fetch(internal, { Authorization: 'Bearer employee' });
    assert.equal(employee.headers.get('Cache-Control'), 'private, no-store');
    const employeeTitles = titles(await text(employee));
    assert.ok(employeeTitles.length, 'the employee sees internal assignments');
    // The anonymous visitor is not handed the employee's answer…
    assert.equal((await fetch(internal)).status, 401);
    // …and the employee is not handed the anonymous one.
    calls.length = 0;
    assert.deepEqual(titles(await text(await fetch(internal, { Authorization: 'Bearer employee' }))), employeeTitles);
    assert.ok(reads().includes('searchAssignments'));
  });

  it('does not keep answers that change with the hour (sessions)', async () => {
    await fetch('/sessions');
    calls.length = 0;
    await fetch('/sessions');
    assert.ok(reads().includes('searchSessions'));
  });
});

describe('answerCache', () => {
  const answer = (size: number) => ({ body: new Uint8Array(size), headers: [] as [string, string][] });

  it('holds at most its bytes, the least recently used leaving first', () => {
    const cache = answerCache(800);
    cache.set('1', 'a', 'br', answer(100));
    cache.set('1', 'b', 'br', answer(100));
    cache.get('1', 'a', 'br'); // a used after b
    for (const etag of ['c', 'd', 'e', 'f', 'g', 'h']) cache.set('1', etag, 'br', answer(100));
    cache.set('1', 'i', 'br', answer(100));
    assert.ok(cache.bytes <= 800, `${cache.bytes} bytes`);
    assert.ok(cache.get('1', 'a', 'br'), 'the recently used one stays');
    assert.equal(cache.get('1', 'b', 'br'), undefined, 'the least recently used one left');
  });

  it('keeps nothing of an older data version, and no answer that would crowd out the rest', () => {
    const cache = answerCache(800);
    cache.set('1', 'a', null, answer(50));
    assert.equal(cache.get('2', 'a', null), undefined);
    assert.equal(cache.bytes, 0);
    cache.set('2', 'big', null, answer(101));
    assert.equal(cache.get('2', 'big', null), undefined);
  });
});
