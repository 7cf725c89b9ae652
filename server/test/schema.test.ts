/**
 * `DATABASE_SCHEMA`: two apps in two schemas of one PostgreSQL database, each with its own
 * tables and migrations. PostgreSQL only (PGlite has no use for it): runs when DATABASE_URL is
 * set, as server/ci-postgres.sh does.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { dropSchema, openDatabase } from '../db/database.js';

const url = process.env.DATABASE_URL;

describe('DATABASE_SCHEMA', { skip: url ? false : 'PostgreSQL only (DATABASE_URL)' }, () => {
  it('migrates a second schema in a database that already has one', async () => {
    const [first, second] = ['a', 'b'].map((x) => `test_schema_${x}_${randomBytes(4).toString('hex')}`) as [string, string];
    try {
      const one = await openDatabase({ url, schema: first });
      await one.close();
      // Before the fix: `relation "kysely_migration_lock" does not exist`.
      const two = await openDatabase({ url, schema: second });
      await two.close();
      // Reopening finds its own migrations done.
      const again = await openDatabase({ url, schema: second });
      try {
        const tables = await sql<{ schema: string }>`
          select table_schema as schema from information_schema.tables
          where table_name in ('assignment', 'kysely_migration') and table_schema in (${first}, ${second})`.execute(again.db);
        assert.deepEqual(tables.rows.map((r) => r.schema).sort(), [first, first, second, second]);
      } finally {
        await again.close();
      }
    } finally {
      await dropSchema(url as string, first);
      await dropSchema(url as string, second);
    }
  });
});
