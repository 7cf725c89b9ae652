/**
 * `DATABASE_SCHEMA`: two apps in two schemas of one PostgreSQL database, each with its own
 * tables and migrations. PostgreSQL only (PGlite has no use for it): runs when DATABASE_URL is
 * set, as server/ci-postgres.sh does.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
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

  it('starts while another schema of the database is dropped (another tenant cleaned up, a DBA)', async () => {
    const [ours, theirs] = ['ours', 'theirs'].map((x) => `test_${x}_${randomBytes(4).toString('hex')}`) as [string, string];
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    let dropping = true;
    // Before the fix, about half the starts failed with `schema "test_theirs_…_n" does not exist`:
    // Kysely's introspection looked up every schema of the database by name.
    const churn = (async () => {
      for (let n = 0; dropping; n++) {
        await admin.query(`create schema ${theirs}_${n}; create table ${theirs}_${n}.t (id serial primary key)`);
        await admin.query(`drop schema ${theirs}_${n} cascade`);
      }
    })();
    try {
      for (let start = 0; start < 20; start++) await (await openDatabase({ url, schema: ours })).close();
    } finally {
      dropping = false;
      await churn;
      await admin.end();
      await dropSchema(url as string, ours);
    }
  });

  it('uses a schema a DBA made for a user without CREATE on the database, and names DATABASE_SCHEMA when it is missing', async (t) => {
    const admin = new pg.Pool({ connectionString: url, max: 1 });
    const suffix = randomBytes(4).toString('hex');
    const [role, schema] = [`test_fx_${suffix}`, `test_tenant_${suffix}`];
    try {
      const { rows } = await admin.query('select rolcreaterole or rolsuper as may from pg_roles where rolname = current_user');
      if (!rows[0].may) return t.skip('the DATABASE_URL user may not create roles (server/ci-postgres.sh gives it CREATEROLE)');
      // As the DBA does it: a user with no CREATE on the database, and a schema of its own.
      await admin.query(`create role ${role} login password 'fx'`);
      await admin.query(`grant ${role} to current_user`);
      await admin.query(`create schema ${schema} authorization ${role}`);
      const asRole = new URL(url as string);
      asRole.username = role;
      asRole.password = 'fx';
      const { rows: privileges } = await admin.query('select has_database_privilege($1, current_database(), $2) as may', [role, 'CREATE']);
      assert.equal(privileges[0].may, false);

      // Before the fix: `permission denied for database` from `create schema if not exists`.
      const database = await openDatabase({ url: asRole.toString(), schema });
      try {
        const tables = await sql<{ n: number }>`select count(*) as n from information_schema.tables where table_schema = ${schema} and table_name = 'assignment'`.execute(database.db);
        assert.equal(tables.rows[0]?.n, 1);
      } finally {
        await database.close();
      }

      await assert.rejects(
        openDatabase({ url: asRole.toString(), schema: `${schema}_missing` }),
        new RegExp(`^Error: DATABASE_SCHEMA: schema "${schema}_missing" does not exist and this database user may not create it`),
      );

      // A schema that is there but not the user's, without CREATE on it: named, with what it needs.
      await admin.query(`create schema ${schema}_other`);
      await admin.query(`grant usage on schema ${schema}_other to ${role}`);
      await assert.rejects(openDatabase({ url: asRole.toString(), schema: `${schema}_other` }), /^Error: DATABASE_URL: this user may not create or change the tables in its schema/);
    } finally {
      await admin.query(`drop schema if exists ${schema}_other cascade`).catch(() => {});
      await admin.query(`drop schema if exists ${schema} cascade`).catch(() => {});
      await admin.query(`drop role if exists ${role}`).catch(() => {});
      await admin.end();
    }
  });
});
