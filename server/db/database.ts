/**
 * One query layer (Kysely) over two databases: embedded PGlite (default: nothing to install,
 * data in a folder or in memory) and PostgreSQL (when a URL is given). Both speak through
 * node-postgres, so every query, type parser and migration is the same code.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import type { DB } from './schema.js';

export interface DatabaseOptions {
  /** `postgres://…`: use PostgreSQL. Without it the embedded PGlite is used. */
  url?: string;
  /** Folder of the embedded database. Absent: in memory (tests). Ignored with `url`. */
  dataDir?: string;
  /**
   * PostgreSQL schema to live in, created when missing. Lets several test files (or several
   * apps) share one database without seeing each other's tables.
   */
  schema?: string;
  /** Connections in the PostgreSQL pool (default 10). PGlite has exactly one. */
  poolSize?: number;
  /**
   * PGlite only: start from this dump of a data directory (`dumpDataDir()`), e.g. a migrated and
   * seeded template. Loading one takes a fraction of a fresh initdb (tests).
   */
  loadDataDir?: Blob;
}

export interface Database {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  /** Only for PGlite: an independent copy (tests: one migrated and seeded template, many clones). */
  clone?: () => Promise<Database>;
  /** Only for PGlite: the data directory as a tarball (to start other instances from). */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;

/**
 * `date` stays `YYYY-MM-DD` text: node-postgres would make a local-midnight Date of it, and
 * PGlite a UTC one, so the same row would print two different days. `count(*)` (int8) becomes
 * a number: our counts are far below 2^53.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (value: string) => value;
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const database = options.url ? await openPostgres(options) : await openPglite(options.dataDir, undefined, options.loadDataDir);
  await migrate(database.db, options.url ? options.schema : undefined);
  return database;
}

async function openPglite(dataDir?: string, existing?: PGlite, loadDataDir?: Blob): Promise<Database> {
  let pglite = existing;
  if (!pglite) {
    if (dataDir) await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
    pglite = await PGlite.create({ dataDir, loadDataDir });
  }
  const lite = pglite;
  // The adapter has a pool size of one: PGlite is a single connection on Node's main thread.
  const pool = new pg.Pool({ ...createPgConfig(lite), types } as pg.PoolConfig);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    clone: async () => openPglite(undefined, (await lite.clone()) as PGlite),
    dump: () => lite.dumpDataDir('none'),
    async close() {
      await db.destroy();
      await lite.close();
    },
  };
}

async function openPostgres(options: DatabaseOptions): Promise<Database> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Invalid schema name "${schema}": use lower-case letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types,
    // Every connection starts in our schema, so queries and migrations need no prefixes.
    options: schema ? `-c search_path=${schema}` : undefined,
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/**
 * Brings the schema up to date; safe to run on every start and from several instances at once.
 * With a `schema`, Kysely's own tables (`kysely_migration`, `kysely_migration_lock`) live in it
 * too: without `migrationTableSchema` the migrator finds another schema's tables in the catalogue
 * and then fails to use them through the search path ("relation kysely_migration_lock does not exist").
 */
export async function migrate(db: Kysely<DB>, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}

/** Drops a schema made for tests (PostgreSQL only). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await pool.query(`drop schema if exists "${schema.replace(/"/g, '')}" cascade`);
  } finally {
    await pool.end();
  }
}
