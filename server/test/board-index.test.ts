/**
 * Migration 0007's covering index holds search keys up to BOARD_INDEX_KEY_BYTES: a longer key
 * (a 300-character summary and 30 skills of 80 make one) must neither break the write nor
 * drop the assignment from the board, its facets or its total.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { parseSearch } from '../../backend/search.js';
import { dutchToday } from '../../backend/time.js';
import { searchAssignments } from '../store/assignments.js';
import { createTestApp, type TestApp } from './helpers.js';

// On PGlite, and on PostgreSQL with DATABASE_URL (the planner's choices are what this is about).
let app: TestApp;
before(async () => {
  app = await createTestApp();
});
after(() => app.close());

test('an assignment with a search key longer than the index holds is stored and found', async () => {
  const words = Array.from({ length: 400 }, (_, i) => `w${(i * 7919).toString(36)}x${i}`).join(' ');
  const [row] = (await sql<{ id: string }>`select id from assignment where visibility = 'public' and status = 'open' limit 1`.execute(app.app.database.db)).rows;
  assert.ok(row);
  await sql`update assignment set search_text = search_text || ' ' || ${words} || ' zeldzaamwoord' where id = ${row.id}`.execute(app.app.database.db);
  const response = await app.request('/assignments?q=zeldzaamwoord&status=all');
  assert.equal(response.status, 200);
  const body = (await response.json()) as { total: number; items: { id: string }[]; facets: Record<string, { value: string; count: number }[]> };
  assert.equal(body.total, 1);
  assert.deepEqual(body.items.map((item) => item.id), [row.id]);
  assert.equal(body.facets.field?.reduce((sum, f) => sum + f.count, 0), 1);
});

test('pages through long and short search keys alike, in every order', async () => {
  // Some assignments of each closing date and title get a key too long for the index; the page
  // is then made of both parts of the table (server/store/assignments.ts `pageIds`).
  const long = Array.from({ length: 300 }, (_, i) => `lang${i}`).join(' ');
  await sql`update assignment set search_text = search_text || ' ' || ${long} where id in (select id from assignment order by id limit 40) and id::text ~ '[02468]$'`.execute(
    app.app.database.db,
  );
  const ids = async (query: string) => {
    const response = await app.request(`/assignments?status=all&${query}`);
    assert.equal(response.status, 200);
    return ((await response.json()) as { items: { id: string }[]; total: number });
  };
  for (const sort of ['closingDate', '-publishedAt', 'title', 'relevance&q=e']) {
    const all = await ids(`sort=${sort}&pageSize=100`);
    assert.ok(all.total > 6 && all.total <= 100, `${sort}: a page holds them all (${all.total})`);
    const paged: string[] = [];
    for (let page = 1; paged.length < all.total; page++) paged.push(...(await ids(`sort=${sort}&pageSize=4&page=${page}`)).items.map((item) => item.id));
    assert.deepEqual(paged, all.items.map((item) => item.id), `${sort}: page by page as in one page`);
  }
  const [counted] = (await sql<{ long: number }>`select count(*) filter (where octet_length(search_text) > 1000)::int as long from assignment`.execute(app.app.database.db)).rows;
  assert.ok(counted!.long >= 5, `long keys: ${counted!.long}`);
});

test('counts the same facets whether they read the trigram index or the covering one', async () => {
  // With a searched word the facets read the table (for the pg_trgm index), else the covering index.
  const db = app.app.database.db;
  const query = (q: string, field: string[] = []) =>
    ({
      filter: { scope: { network: true, internalOf: null, owner: null }, visibility: 'all', status: 'all', today: dutchToday(), search: parseSearch(q) },
      selected: { field, region: [], type: [], mode: [], organisation: [] },
      sort: 'closingDate',
      limit: 5,
      offset: 0,
    }) as const;
  // The order of a facet's values is the backend's business (backend/present.ts), not the store's.
  const sorted = (result: Awaited<ReturnType<typeof searchAssignments>>) => ({
    ...result,
    counts: Object.fromEntries(Object.entries(result.counts).map(([facet, values]) => [facet, [...values].sort((a, b) => a.value.localeCompare(b.value))])),
  });
  const chosen = (await searchAssignments(db, query('e'))).counts.field[0]!.value;
  for (const [q, field] of [['adviseur', []], ['e -inkoop', []], ['-adviseur', []], ['e', [chosen]], ['lang1', []]] as const) {
    const [trigram, covering] = [await searchAssignments(db, query(q, [...field]), true), await searchAssignments(db, query(q, [...field]), false)];
    assert.ok(covering.total > 0, `q=${q} finds something`);
    assert.deepEqual(sorted(trigram), sorted(covering), `q=${q}`);
  }
});
