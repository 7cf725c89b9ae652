/**
 * On PostgreSQL, reads go as named prepared statements (server/db/database.ts): a connection
 * parses and plans the board's statements once instead of on every request. PGlite is one
 * in-process connection without that cost; these run in the PostgreSQL pass of the suite.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseSearch } from '../../backend/search.js';
import { dutchToday } from '../../backend/time.js';
import { type Database, PREPARED_PER_CONNECTION } from '../db/database.js';
import { searchAssignments } from '../store/assignments.js';
import { openTestDatabase } from './helpers.js';

const postgres = !!process.env.DATABASE_URL;
let database: Database;

before(async () => {
  database = await openTestDatabase();
});
after(() => database.close());

describe('prepared reads', { skip: !postgres && 'PostgreSQL only (DATABASE_URL)' }, () => {
  it('prepares a read once per connection, with its values sent apart', async () => {
    await database.db.connection().execute(async (connection) => {
      const titles = (id: string) => connection.selectFrom('assignment').select('title').where('id', '=', id).execute();
      const first = await titles('a-2026-0102');
      const again = await titles('a-2026-0101');
      assert.equal(first.length, 1);
      assert.equal(again.length, 1);
      assert.notEqual(first[0]!.title, again[0]!.title, 'each call with its own value');
      const prepared = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements where name like 'flexschil_%'`.execute(connection);
      const ours = prepared.rows.filter((row) => row.statement === 'select "title" from "assignment" where "id" = $1');
      assert.equal(ours.length, 1, 'one statement for both calls');
    });
  });

  it('leaves writes unprepared', async () => {
    await database.db.connection().execute(async (connection) => {
      await connection.updateTable('assignment').set({ summary: sql`summary` }).where('id', '=', 'a-2026-0101').execute();
      const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements where name like 'flexschil_%'`.execute(connection);
      assert.ok(prepared.rows.every((row) => !/^\s*update/i.test(row.statement)));
    });
  });

  it('prepares a list once for all its pages', async () => {
    await database.db.connection().execute(async (connection) => {
      const page = (offset: number) =>
        searchAssignments(connection, {
          filter: { scope: { network: false, internalOf: null, owner: null }, visibility: 'public', status: 'all', today: dutchToday(), search: parseSearch('e') },
          selected: { field: [], region: [], type: [], mode: [], organisation: [] },
          sort: 'closingDate',
          limit: 2,
          offset,
        });
      const prepared = async () =>
        (await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements where name like 'flexschil_%'`.execute(connection)).rows[0]!.n;
      const first = await page(0);
      const before = await prepared();
      const seen = new Set(first.items.map((item) => item.id));
      for (let offset = 2; offset < 12; offset += 2) for (const item of (await page(offset)).items) seen.add(item.id);
      assert.equal(seen.size, 12, 'each page its own assignments');
      assert.equal(await prepared(), before, 'no statement of its own per page');
    });
  });

  it(`keeps at most ${PREPARED_PER_CONNECTION} per connection`, async () => {
    await database.db.connection().execute(async (connection) => {
      for (let i = 0; i < PREPARED_PER_CONNECTION + 10; i++) {
        // A different text each time (a literal in the statement itself).
        const rows = await connection.selectFrom('assignment').select(sql<number>`${sql.lit(i)}`.as('n')).limit(1).execute();
        assert.equal(rows[0]?.n, i);
      }
      const count = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements where name like 'flexschil_%'`.execute(connection);
      assert.ok(count.rows[0]!.n <= PREPARED_PER_CONNECTION, `${count.rows[0]!.n} prepared`);
    });
  });
});
