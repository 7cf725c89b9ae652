/**
 * Migration 0007's covering index holds search keys up to BOARD_INDEX_KEY_BYTES: a longer key
 * (a 300-character summary and 30 skills of 80 make one) must neither break the write nor
 * drop the assignment from the board, its facets or its total.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createApp, type FlexschilApp } from '../app.js';
import { silentLogger } from '../http/log.js';

let app: FlexschilApp;
before(async () => {
  app = await createApp({ logger: silentLogger, rateLimit: 0 });
});
after(() => app.close());

test('an assignment with a search key longer than the index holds is stored and found', async () => {
  const words = Array.from({ length: 400 }, (_, i) => `w${(i * 7919).toString(36)}x${i}`).join(' ');
  const [row] = (await sql<{ id: string }>`select id from assignment where visibility = 'public' and status = 'open' limit 1`.execute(app.database.db)).rows;
  assert.ok(row);
  await sql`update assignment set search_text = search_text || ' ' || ${words} || ' zeldzaamwoord' where id = ${row.id}`.execute(app.database.db);
  const response = await app.app.fetch(new Request('http://x/api/v1/assignments?q=zeldzaamwoord&status=all'));
  assert.equal(response.status, 200);
  const body = (await response.json()) as { total: number; items: { id: string }[]; facets: Record<string, { value: string; count: number }[]> };
  assert.equal(body.total, 1);
  assert.deepEqual(body.items.map((item) => item.id), [row.id]);
  assert.equal(body.facets.field?.reduce((sum, f) => sum + f.count, 0), 1);
});
