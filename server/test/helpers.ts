/**
 * A fresh app per test file: in-memory PGlite by default; with DATABASE_URL, a schema of its
 * own in that PostgreSQL database (dropped afterwards), so test files can run in parallel.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Store, TokenClaims } from '../../backend/ports.js';
import { type AppOptions, createApp, type FlexschilApp } from '../app.js';
import { dutchToday } from '../../backend/time.js';
import { ensureVocabularies, seedIfEmpty } from '../store/seed.js';
import { type Database, dropSchema, openDatabase } from '../db/database.js';
import { silentLogger } from '../http/log.js';
import { kyselyStore } from '../store/index.js';

export const BASE = 'http://localhost/api/v1';

export interface TestApp {
  app: FlexschilApp;
  /** A request to the API (`path` relative to the base, e.g. `/assignments?type=inhuur`). */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** A dev-key token for an organisation's employee (`null`: signed in without one), or for any claims. */
  token(who: string | null | TokenClaims): Promise<string>;
  close(): Promise<void>;
}

/** A migrated and seeded database for one test file; `close()` also drops its PostgreSQL schema. */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ loadDataDir: await pgliteTemplate() });
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const database = await openDatabase({ url, schema });
  // Seeded as the PGlite template is, so a test reads the same data on either database.
  await ensureVocabularies(database.db);
  await seedIfEmpty(database.db, dutchToday());
  return {
    ...database,
    async close() {
      await database.close();
      await dropSchema(url, schema);
    },
  };
}

const root = path.resolve(import.meta.dirname, '../..');

/**
 * A migrated and seeded PGlite data directory, shared by the test files through a file in the
 * temporary folder: loading it takes ~0.5 s where initdb, migrations and seed take ~3 s per file.
 * Its name hashes everything that shapes the data, so a changed migration or seed makes a new one.
 */
export async function pgliteTemplate(): Promise<Blob> {
  const sources = [
    ...(await readdir(path.join(root, 'server/db/migrations'))).map((f) => `server/db/migrations/${f}`),
    'server/store/import.ts',
    'server/store/seed.ts',
    'backend/search.ts',
    'seed/seed.ts',
    'seed/sessions.ts',
    'node_modules/@electric-sql/pglite/package.json',
  ].sort();
  // The seed is dated around the day it is made: a template of yesterday is stale.
  const today = dutchToday();
  const hash = createHash('sha256').update(today);
  for (const source of sources) hash.update(source).update(await readFile(path.join(root, source)));
  const file = path.join(tmpdir(), `flexschil-test-db-${hash.digest('hex').slice(0, 16)}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const database = await openDatabase();
    await ensureVocabularies(database.db);
    await seedIfEmpty(database.db, today);
    const dump = await database.dump!();
    await database.close();
    // Write then rename: a parallel test file never reads half a template.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  }
}

/** An app in dev mode with response checks on, logs off and no rate limit (unless overridden). */
export async function createTestApp(options: AppOptions = {}): Promise<TestApp> {
  const ownDatabase = options.database ? null : await openTestDatabase();
  let app: FlexschilApp;
  try {
    app = await createApp({
      dev: true,
      validateResponses: true,
      logger: silentLogger,
      rateLimit: 0,
      sessionRateLimit: 0,
      database: ownDatabase ?? undefined,
      ...options,
    });
  } catch (error) {
    // An app that did not start leaves no database open (the test process would never end).
    await ownDatabase?.close();
    throw error;
  }
  return {
    app,
    request: (path, init) => app.fetch(new Request(`${BASE}${path}`, init)),
    token: async (who) => {
      if (!app.mintToken) throw new Error('dev mode is off');
      return app.mintToken(typeof who === 'object' && who !== null ? who : { org: who });
    },
    async close() {
      await app.close();
      await ownDatabase?.close();
    },
  };
}

/** The body as JSON; tests that check shapes parse it with the contract's schemas instead. */
// biome-ignore lint/suspicious/noExplicitAny: ad-hoc reads of fields in assertions.
export async function json<T = any>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** The store over `database`, writing the name of every call it gets into `calls` (what did a request read?). */
export function recordingStore(database: Database, calls: string[]): Store {
  const real = kyselyStore(database);
  return new Proxy(real, {
    get(target, key: keyof Store) {
      const value = target[key];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(key);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
