/**
 * One query layer (Kysely) over two databases: embedded PGlite (default: nothing to install,
 * data in a folder or in memory) and PostgreSQL (when a URL is given). Both speak through
 * node-postgres, so every query, type parser and migration is the same code.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import {
  type DatabaseIntrospector,
  DEFAULT_MIGRATION_LOCK_TABLE,
  DEFAULT_MIGRATION_TABLE,
  Kysely,
  Migrator,
  PostgresDialect,
  type SchemaMetadata,
  sql,
  type TableMetadata,
} from 'kysely';
import pg from 'pg';
import { describeError, type Logger, silentLogger } from '../http/log.js';
import { lockDataDir } from './data-lock.js';
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
   * PostgreSQL only: the longest a statement may run, in milliseconds (default none). The
   * server sets it for API queries; migrations always run without it.
   */
  statementTimeoutMs?: number;
  /**
   * PGlite only: start from this dump of a data directory (`dumpDataDir()`), e.g. a migrated and
   * seeded template. Loading one takes a fraction of a fresh initdb (tests).
   */
  loadDataDir?: Blob;
  /** Where a lost PostgreSQL connection is logged (default: nowhere). */
  logger?: Logger;
  /** PostgreSQL only: how long opening a connection may take, in milliseconds (default 5 s). */
  connectTimeoutMs?: number;
  /** After how long at migrating a start says so (`database.migrating`; default 5 s). */
  migrationNoticeMs?: number;
}

/**
 * How much longer than `statementTimeoutMs` the server waits for a statement's answer before it
 * gives up on its side. `statement_timeout` ends a slow statement in the database, but a database
 * that stopped answering (a frozen machine, a network that drops packets, a failover that hangs)
 * never sends that answer either: without a limit of our own, every request and `/health` would
 * hang with it, instead of a 503.
 */
export const QUERY_TIMEOUT_MARGIN_MS = 2_000;

export interface Database {
  db: Kysely<DB>;
  /**
   * The same database with every query tied to `signal` (a request's: it aborts when the client
   * disconnects). Once the signal aborts, a query not yet sent is not sent, and on PostgreSQL one
   * still running is cancelled: the database does no work for a client that went away.
   */
  withSignal(signal: AbortSignal): Kysely<DB>;
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
  const log = options.logger ?? silentLogger;
  if (!options.url) return migrated(await openPglite(options.dataDir, undefined, options.loadDataDir), log);
  try {
    const database = await openPostgres(options);
    // Migrations on a connection of their own, without the API's time limits: building an index
    // over a large table may take minutes.
    const unlimited = new Kysely<DB>({ dialect: new CatalogueDialect({ pool: postgresPool({ ...options, poolSize: 1, statementTimeoutMs: 0 }) }) });
    try {
      return await migrated(database, log, options.schema, unlimited, options.migrationNoticeMs);
    } finally {
      await unlimited.destroy();
    }
  } catch (error) {
    throw namingTheUrl(error);
  }
}

async function migrated(database: Database, log: Logger, schema?: string, migrator = database.db, noticeMs = 5_000): Promise<Database> {
  // A start that takes long here says so: it may be waiting for another instance's migration lock.
  const notice = setTimeout(
    () => log.info('database.migrating', { detail: 'still migrating, or waiting for another instance that holds the migration lock (server/README.md, Upgrading)' }),
    noticeMs,
  );
  try {
    const applied = await migrate(migrator, schema);
    // What an upgrade changed, for the operator who watches it (server/README.md: Upgrading).
    if (applied.length) log.info('database.migrated', { migrations: applied.join(', '), count: applied.length });
  } catch (error) {
    // Nothing stays open (nor the data folder locked) for a start that stops here.
    await database.close();
    throw error;
  } finally {
    clearTimeout(notice);
  }
  return database;
}

/**
 * Failures to reach the database at start, as node-postgres reports them (`connect
 * ECONNREFUSED 127.0.0.1:5432`, `password authentication failed for user "x"`), name the
 * setting to look at. Their messages name a host, a user or a database, never the password.
 */
const CONNECTION_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'nothing listens at its host and port',
  ENOTFOUND: 'its host is not known (a password with @, # or / must be percent-encoded)',
  EAI_AGAIN: 'its host could not be looked up',
  ETIMEDOUT: 'its host does not answer',
  EHOSTUNREACH: 'its host cannot be reached',
  '28P01': 'the password is wrong for that user',
  '28000': 'the database refuses that user (pg_hba.conf)',
  '3D000': 'that database does not exist',
};

/**
 * Connected, but the user may not do what a start does (migrate, or write at all): named with the
 * setting and what it needs (server/README.md, With PostgreSQL).
 */
const PERMISSION_ERRORS: Record<string, string> = {
  '42501': 'this user may not create or change the tables in its schema: it needs CREATE on the schema (or a schema of its own: DATABASE_SCHEMA)',
  '25006': 'the database only reads (a standby?): connect to the primary',
};

function namingTheUrl(error: unknown): unknown {
  // Named already (`DATABASE_SCHEMA: …`): that says more than its cause would.
  if (error instanceof Error && /^[A-Z_]+: /.test(error.message)) return error;
  for (let cause = error, depth = 0; cause instanceof Error && depth < 3; cause = cause.cause, depth++) {
    const code = (cause as { code?: string }).code;
    const reason = code === undefined ? undefined : CONNECTION_ERRORS[code];
    if (reason) return new Error(`DATABASE_URL: cannot connect to PostgreSQL: ${reason} (${cause.message})`, { cause: error });
    const refused = code === undefined ? undefined : PERMISSION_ERRORS[code];
    if (refused) return new Error(`DATABASE_URL: ${refused} (${cause.message})`, { cause: error });
  }
  return error;
}

async function openPglite(dataDir?: string, existing?: PGlite, loadDataDir?: Blob): Promise<Database> {
  let pglite = existing;
  let unlock = async () => {};
  if (!pglite) {
    if (dataDir) {
      await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
      // Before PGlite touches the folder: a second process on it would corrupt it (./data-lock.ts).
      unlock = await lockDataDir(dataDir);
    }
    try {
      // pg_trgm: the search index of migration 0006.
      pglite = await PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm } });
    } catch (error) {
      await unlock();
      throw error;
    }
  }
  const lite = pglite;
  // The adapter has a pool size of one: PGlite is a single connection on Node's main thread.
  const pool = new pg.Pool({ ...createPgConfig(lite), types } as pg.PoolConfig);
  const db = new Kysely<DB>({ dialect: new CatalogueDialect({ pool }) });
  return {
    db,
    // PGlite runs a query to its end once started: an abandoned request only skips what it has not sent.
    withSignal: (signal) => signalled(pool, signal, false),
    kind: 'pglite',
    clone: async () => openPglite(undefined, (await lite.clone()) as PGlite),
    dump: () => lite.dumpDataDir('none'),
    async close() {
      await db.destroy();
      await lite.close();
      await unlock();
    },
  };
}

async function openPostgres(options: DatabaseOptions): Promise<Database> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`DATABASE_SCHEMA: invalid schema name "${schema}": use lower-case letters, digits and _`);
  }
  const pool = postgresPool(options);
  const db = new Kysely<DB>({ dialect: new CatalogueDialect({ pool }) });
  try {
    if (schema) await ensureSchema(db, schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, withSignal: (signal) => signalled(pool, signal, true), kind: 'postgres', close: () => db.destroy() };
}

/**
 * Creates `schema` only when it does not exist: `create schema if not exists` needs CREATE on the
 * database even when the schema is there, and a DBA who made one for the app's user
 * (`create schema tenant2 authorization fx2`) rightly gives that user no more.
 */
async function ensureSchema(db: Kysely<DB>, schema: string): Promise<void> {
  const found = await sql`select 1 from pg_namespace where nspname = ${schema}`.execute(db);
  if (found.rows.length) return;
  try {
    // `if not exists`: another instance starting at the same moment may have made it meanwhile.
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    throw new Error(
      `DATABASE_SCHEMA: schema "${schema}" does not exist and this database user may not create it (no CREATE on the database). Create it for the user (create schema ${schema} authorization <user>), or grant CREATE on the database`,
      { cause: error },
    );
  }
}

/** The connections to PostgreSQL: opened when first needed, each in our schema, with reads prepared. */
export function postgresPool(options: DatabaseOptions): pg.Pool {
  const schema = options.schema;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types,
    // Every connection starts in our schema, so queries and migrations need no prefixes.
    options: schema ? `-c search_path=${schema}` : undefined,
    statement_timeout: options.statementTimeoutMs || undefined,
    // A database that stopped answering: connecting and each statement give up on our side too
    // (QUERY_TIMEOUT_MARGIN_MS), and the request is answered 503 (backend/app.ts); the connection
    // of a statement given up on is closed (closeOnReadTimeout).
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    query_timeout: options.statementTimeoutMs ? options.statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS : undefined,
    // A peer that vanished without closing the connection (a dropped network) is noticed.
    keepAlive: true,
    // Our sessions in pg_stat_activity.
    application_name: 'flexschil',
  });
  watchConnections(pool, options.logger ?? silentLogger);
  pool.on('connect', prepareReads);
  pool.on('connect', closeOnReadTimeout);
  return pool;
}

/**
 * A connection whose statement was given up on (`query_timeout`: "Query read timeout") is closed
 * at once. Left open, it stays in whatever transaction that statement was part of: the ROLLBACK
 * queued behind the stuck statement is given up on too, unsent, and once the database answers
 * again the next request's statements, and its COMMIT, would run in that transaction and commit
 * the half of it that failed. Closed, the database rolls that transaction back, and the pool
 * drops the connection (a closed client is not returned to it).
 */
function closeOnReadTimeout(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const giveUp = (error: unknown) => {
    if ((error as Error | null)?.message === 'Query read timeout') client.end().catch(() => {});
  };
  client.query = ((...args: unknown[]) => {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
        giveUp(error);
        return callback(error, ...rest);
      };
      return query(...args);
    }
    const result = query(...args) as Promise<unknown> | undefined;
    result?.catch?.(giveUp);
    return result;
  }) as typeof client.query;
}

/**
 * Keeps a lost connection (the database restarted, an administrator ended our sessions, the
 * network dropped) from ending the process: node-postgres reports it as an 'error' event, and an
 * EventEmitter without a listener for it throws (https://node-postgres.com/apis/pool#error). An
 * idle connection that fails is already dropped by the pool; the next request opens a new one, and
 * while the database stays away requests fail and are answered 503 (backend/app.ts).
 */
function watchConnections(pool: pg.Pool, log: Logger): void {
  pool.on('error', (error) => log.warn('database.connection-lost', describeError(error)));
  // A connection taken out of the pool has no listener of the pool's: one lost between two
  // queries of a transaction would throw the same way. Its next query fails (and is logged with
  // its request), and the pool drops the connection when it comes back.
  pool.on('connect', (client) => client.on('error', () => {}));
}

/**
 * Brings the schema up to date; safe to run on every start and from several instances at once.
 * With a `schema`, Kysely's own tables (`kysely_migration`, `kysely_migration_lock`) live in it
 * too: without `migrationTableSchema` the migrator finds another schema's tables in the catalogue
 * and then fails to use them through the search path ("relation kysely_migration_lock does not exist").
 */
export async function migrate(db: Kysely<DB>, schema?: string): Promise<string[]> {
  return db.connection().execute(async (connection) => {
    // Building an index over a large table may take longer than the API's statement_timeout.
    await sql`set statement_timeout = 0`.execute(connection);
    try {
      const migrator = new Migrator({ db: connection, provider: migrationProvider, migrationTableSchema: schema });
      const { error, results } = await migrator.migrateToLatest();
      const failed = results?.find((result) => result.status === 'Error');
      if (error || failed) {
        const newer = await unknownMigrations(connection, schema);
        if (newer.length) {
          // Kysely's "previously executed migration … is missing": a newer server migrated this
          // database, and this one was started on it (a downgrade). Its code does not know the
          // tables it would read and write.
          throw new Error(
            `This database was migrated by a newer version of the Flexschil server (migration ${newer.join(', ')}, unknown to this version): this version cannot run on it. Start the newer version again, or restore a backup made before the upgrade.`,
            { cause: error },
          );
        }
        throw new Error(`Migration${failed ? ` ${failed.migrationName}` : ''} failed: ${String(error)}`, { cause: error });
      }
      return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
    } finally {
      await sql`reset statement_timeout`.execute(connection);
    }
  });
}

/**
 * The dialect of every Kysely here: PostgreSQL's, with an introspector that reads the catalogue
 * alone and sees only the schemas of the connection's search path. Kysely's migrator asks it
 * which schemas and tables exist. Kysely's own lists the tables of every schema in the
 * database through functions that look each schema up again by its name
 * (`has_schema_privilege`, `pg_get_serial_sequence`): a schema dropped meanwhile, by another
 * tenant's clean-up or a DBA, failed the start with `schema "…" does not exist`, naming a schema
 * that is not ours (half of the starts, beside a loop of drops).
 */
class CatalogueDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new CatalogueIntrospector(db);
  }
}

class CatalogueIntrospector implements DatabaseIntrospector {
  constructor(private readonly db: Kysely<unknown>) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<SchemaMetadata>`select nspname as name from pg_catalog.pg_namespace`.execute(this.db);
    return rows;
  }

  /** The tables and views in the search path (`DATABASE_SCHEMA`, else `public`), without their columns: the migrator needs none. */
  async getTables(options = { withInternalKyselyTables: false }): Promise<TableMetadata[]> {
    const { rows } = await sql<{ name: string; schema: string; isView: boolean }>`
      select c.relname as name, n.nspname as schema, c.relkind = 'v' as "isView"
      from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'v', 'p') and n.nspname = any (current_schemas(false))
      order by n.nspname, c.relname`.execute(this.db);
    const internal = [DEFAULT_MIGRATION_TABLE, DEFAULT_MIGRATION_LOCK_TABLE];
    return rows
      .filter((table) => options.withInternalKyselyTables || !internal.includes(table.name))
      .map((table) => ({ ...table, columns: [] }));
  }

  async getMetadata(options?: { withInternalKyselyTables: boolean }) {
    return { tables: await this.getTables(options) };
  }
}

/** Migrations the database has run that this program does not know (a newer version ran them). */
async function unknownMigrations(db: Kysely<DB>, schema?: string): Promise<string[]> {
  const table = schema ? sql`${sql.id(schema)}.${sql.id(DEFAULT_MIGRATION_TABLE)}` : sql.id(DEFAULT_MIGRATION_TABLE);
  try {
    const { rows } = await sql<{ name: string }>`select name from ${table} order by name`.execute(db);
    const known = await migrationProvider.getMigrations();
    return rows.map((row) => row.name).filter((name) => !(name in known));
  } catch {
    // No migration table yet: nothing ran before, so nothing newer did.
    return [];
  }
}

/** Whether `q` is served by the pg_trgm index of migration 0006 (else it scans: see server/README.md). */
export async function searchIndexed(db: Kysely<DB>): Promise<boolean> {
  const found = await sql<{ index: string | null }>`select to_regclass('assignment_search_trgm')::text as index`.execute(db);
  return found.rows[0]?.index != null;
}

// ---------------------------------------------------------------------------------------------
// Prepared reads

/** Statements one connection keeps prepared at most; past it, reads are planned each time again. */
export const PREPARED_PER_CONNECTION = 200;

/**
 * Reads as named prepared statements (PostgreSQL only): each connection parses a query's text
 * once, and PostgreSQL may keep its plan. The board's two statements took longer to plan than
 * to run at 1,000 assignments. The name is the text's hash, so the same query from any code
 * path shares one statement; its values still go separately, as always. Writes are left
 * unnamed (few, and varied).
 */
function prepareReads(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const prepared = new Set<string>();
  client.query = ((...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || args.length !== 2 || !/^\s*select\b/i.test(text)) return query(...args);
    const name = `flexschil_${createHash('sha1').update(text).digest('base64url')}`;
    if (!prepared.has(name)) {
      if (prepared.size >= PREPARED_PER_CONNECTION) return query(...args);
      prepared.add(name);
    }
    return query({ name, text, values });
  }) as typeof client.query;
}

// ---------------------------------------------------------------------------------------------
// Cancelling the queries of requests whose client went away

/**
 * A Kysely over `pool` whose connections are tied to `signal` (Kysely takes a connection per
 * query, or one per transaction): aborted before, the connection is not taken; aborted while it
 * is out, a CancelRequest goes to PostgreSQL (with `cancel`) and the connection is closed rather
 * than reused, since a cancel may arrive after its query ended.
 *
 * One per request that needs it (a list read), made in microseconds. The signal used to reach
 * the pool through an AsyncLocalStorage instead, which on Node 20 puts a hook on every promise
 * the process makes, for every request: a tenth of the CPU time of a 304 (issue 15).
 */
function signalled(pool: pg.Pool, signal: AbortSignal, cancel: boolean): Kysely<DB> {
  const connect = async (): Promise<pg.PoolClient> => {
    if (signal.aborted) throw abortError(signal);
    const client = await pool.connect();
    if (signal.aborted) {
      client.release();
      throw abortError(signal);
    }
    let cancelled = false;
    const onAbort = () => {
      cancelled = cancel;
      if (cancel) sendCancel(client);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const release = client.release;
    client.release = (error?: Error | boolean) => {
      signal.removeEventListener('abort', onAbort);
      client.release = release;
      return release.call(client, error ?? (cancelled || undefined));
    };
    return client;
  };
  // The pool is the database's: this Kysely never ends it.
  return new Kysely<DB>({ dialect: new CatalogueDialect({ pool: { connect, end: async () => {} } }) });
}

/** Why a request's queries stopped, as an Error (the Node adapter aborts with a string). */
function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  return Object.assign(new Error(`Request aborted: ${String(reason)}`), { name: 'AbortError' });
}

/**
 * PostgreSQL's CancelRequest for the query running on `client`'s connection, sent over a new
 * connection as psql's Ctrl-C does (https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-FLOW-CANCELING-REQUESTS):
 * no authentication, and no pool connection needed while the pool is busy. Best effort: when it
 * fails, statement_timeout still ends the query.
 */
function sendCancel(client: pg.PoolClient): void {
  const { host, port, processID, secretKey } = client as unknown as { host: string; port: number; processID: number | null; secretKey: number | null };
  if (processID === null || secretKey === null) return;
  const socket = host.startsWith('/') ? net.connect(`${host}/.s.PGSQL.${port}`) : net.connect(port, host);
  socket.setTimeout(5_000, () => socket.destroy());
  socket.on('error', () => {});
  socket.on('connect', () => {
    const message = Buffer.alloc(16);
    message.writeInt32BE(16, 0);
    message.writeInt32BE(80877102, 4); // the CancelRequest code
    message.writeInt32BE(processID, 8);
    message.writeInt32BE(secretKey, 12);
    socket.end(message);
  });
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
