/** Migrations that change data, run on a database that has rows from before them. */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { seedAssignments } from '../../seed/seed.js';
import { createApp } from '../app.js';
import { openDatabase } from '../db/database.js';
import { migrationProvider } from '../db/migrations/index.js';
import { silentLogger } from '../http/log.js';
import { assignmentRow } from '../store/import.js';

describe('0008_text_language', () => {
  it("says Dutch of the rows from before, and of an application the language of the form it was sent from", async () => {
    const lite = await PGlite.create({ extensions: { pg_trgm } });
    // biome-ignore lint/suspicious/noExplicitAny: the tables as they were before the migration, not today's DB type.
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(lite) as pg.PoolConfig) }) });
    try {
      const migrator = new Migrator({ db, provider: migrationProvider });
      assert.equal((await migrator.migrateTo('0007_board_index')).error, undefined);
      const assignment = seedAssignments[0]!;
      const { language: _none, ...before } = assignmentRow(assignment);
      await db.insertInto('organisation').values({ id: assignment.organisation.id, name: assignment.organisation.name, logo_url: null }).execute();
      await db.insertInto('assignment').values(before).execute();
      const application = (id: string, lang: string) => ({
        id,
        assignment_id: assignment.id,
        name: 'Anne-Marie Backx',
        email: 'anne@example.nl',
        motivation: 'Motivatie',
        accept_conditions: false,
        manager_consent: false,
        status: 'received',
        lang,
        received_at: '2026-11-20T10:00:00+01:00',
      });
      await db.insertInto('application').values([application('app-nl', 'nl'), application('app-en', 'en')]).execute();

      assert.equal((await migrator.migrateToLatest()).error, undefined);
      const { rows } = await sql<{ id: string; language: string }>`select id, language from assignment union all select id, language from application order by id`.execute(db);
      assert.deepEqual(rows, [
        { id: assignment.id, language: 'nl' },
        { id: 'app-en', language: 'en' },
        { id: 'app-nl', language: 'nl' },
      ]);
    } finally {
      await db.destroy();
      await lite.close();
    }
  });
});

describe('a database a newer version migrated', () => {
  it('stops the start saying so, naming the migration this version does not know', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'flexschil-downgrade-'));
    try {
      // As a later release would leave it: one migration more than this version has.
      const database = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
      await sql`insert into kysely_migration (name, timestamp) values ('9999_future', ${new Date().toISOString()})`.execute(database.db);
      await database.close();

      await assert.rejects(
        createApp({ dataDir, logger: silentLogger }),
        /^Error: This database was migrated by a newer version of the Flexschil server \(migration 9999_future, unknown to this version\): this version cannot run on it/,
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('migrations at start', () => {
  it('are logged by name when they run (an upgrade), and not when there are none', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'flexschil-migrated-'));
    try {
      const lines: { event: string; migrations?: string; count?: number }[] = [];
      const logger = { ...silentLogger, info: (event: string, fields = {}) => void lines.push({ event, ...fields }) };
      const first = await openDatabase({ dataDir: path.join(dataDir, 'pglite'), logger });
      await first.close();
      const names = Object.keys(await migrationProvider.getMigrations());
      assert.deepEqual(lines, [{ event: 'database.migrated', migrations: names.join(', '), count: names.length }]);
      const again = await openDatabase({ dataDir: path.join(dataDir, 'pglite'), logger });
      await again.close();
      assert.equal(lines.length, 1);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a start waiting for the migration lock', { skip: process.env.DATABASE_URL ? false : 'PostgreSQL only (DATABASE_URL)' }, () => {
  it('says so, and goes on once the lock is free', async () => {
    const url = process.env.DATABASE_URL as string;
    const schema = `test_lock_${Date.now().toString(36)}`;
    // Another instance migrating: it holds the lock Kysely's migrator takes (one per database).
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    await other.query('begin');
    await other.query('select pg_advisory_xact_lock(3853314791062309107)');
    const lines: { event: string }[] = [];
    const logger = { ...silentLogger, info: (event: string, fields = {}) => void lines.push({ event, ...fields }) };
    try {
      const opening = openDatabase({ url, schema, logger, migrationNoticeMs: 200 });
      await new Promise((resolve) => setTimeout(resolve, 600));
      assert.deepEqual(lines.map((line) => line.event), ['database.migrating']);
      await other.query('commit');
      const database = await opening;
      await database.close();
      assert.deepEqual(lines.map((line) => line.event), ['database.migrating', 'database.migrated']);
    } finally {
      await other.query('rollback').catch(() => {});
      await other.query(`drop schema if exists ${schema} cascade`).catch(() => {});
      await other.end();
    }
  });
});
