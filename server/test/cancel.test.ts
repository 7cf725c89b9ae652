/**
 * The database does no work for clients that went away: a request's queries are tied to its
 * AbortSignal (server/db/database.ts: `Database.withSignal`), and a query still running when the client
 * disconnects is cancelled in PostgreSQL. `statement_timeout` bounds the rest (503, Retry-After).
 * What needs a second connection runs on PostgreSQL only (DATABASE_URL, as server/ci-postgres.sh
 * sets it); PGlite runs a started query to its end, so there only queries not yet sent are skipped.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/database.js';
import { silentLogger } from '../http/log.js';
import { type RunningServer, startServer } from '../server.js';
import { openTestDatabase } from './helpers.js';

const url = process.env.DATABASE_URL;

describe('withSignal', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  it('sends no query for a request whose client is gone', async () => {
    const controller = new AbortController();
    controller.abort('Client connection prematurely closed.');
    await assert.rejects(
      database.withSignal(controller.signal).selectFrom('assignment').select('id').execute(),
      (error: Error) => error.name === 'AbortError',
    );
  });

  it('skips the queries still to come once the client goes away', async () => {
    const controller = new AbortController();
    const db = database.withSignal(controller.signal);
    const sent: string[] = [];
    await assert.rejects(async () => {
      await db.selectFrom('assignment').select('id').execute();
      sent.push('first');
      controller.abort('gone');
      await db.selectFrom('profile').select('id').execute();
      sent.push('second');
    }, (error: Error) => error.name === 'AbortError');
    assert.deepEqual(sent, ['first']);
  });

  it('changes nothing for a request that stays, nor for the database without a signal', async () => {
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.withSignal(new AbortController().signal));
    assert.deepEqual(rows, [{ one: 1 }]);
    const gone = new AbortController();
    gone.abort('gone');
    database.withSignal(gone.signal);
    assert.deepEqual((await sql<{ one: number }>`select 1 as one`.execute(database.db)).rows, [{ one: 1 }]);
  });

  it('puts no hook on every promise the process makes', () => {
    // With a hook on promises (an AsyncLocalStorage has one on Node 20 once used), each promise
    // reaction runs with an async id of its own; without, they all run with 0. Such a hook cost
    // a tenth of the CPU time of every request, a 304 included (issue 15). The test runner has
    // hooks of its own, so this runs in a process of its own.
    const script = `
      import { executionAsyncId } from 'node:async_hooks';
      import { openDatabase } from './server/db/database.ts';
      const database = await openDatabase();
      await database.withSignal(new AbortController().signal).selectFrom('assignment').select('id').execute();
      const ids = new Set();
      for (let i = 0; i < 3; i++) ids.add(await Promise.resolve().then(() => executionAsyncId()));
      await database.close();
      console.log(JSON.stringify([...ids]));`;
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: root, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(output), [0]);
  });
});

describe('on PostgreSQL', { skip: url ? false : 'PostgreSQL only (DATABASE_URL)' }, () => {
  let database: Database;
  let server: RunningServer;
  let locker: pg.Client;
  let schema: string;
  before(async () => {
    database = await openTestDatabase();
    server = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      database,
      logger: silentLogger,
      rateLimit: 0,
    });
    schema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]!.schema;
    locker = new pg.Client({ connectionString: url });
    await locker.connect();
  });
  after(async () => {
    await locker.end();
    await server.close();
    await database.close();
  });

  /** Server queries waiting for the test's lock on this schema's assignment table. */
  async function waiting(): Promise<number> {
    const { rows } = await locker.query(
      `select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
       where not l.granted and l.relation = $1::regclass and a.application_name = 'flexschil'`,
      [`${schema}.assignment`],
    );
    return rows[0].n;
  }

  async function until(condition: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
    const started = Date.now();
    while (!(await condition())) {
      if (Date.now() - started > ms) assert.fail(`${what} within ${ms} ms`);
      await sleep(20);
    }
  }

  it("cancels the query of a client that disconnected, while it still runs", { timeout: 30_000 }, async () => {
    // Holding a lock makes the list query wait inside PostgreSQL for as long as the test wants.
    await locker.query('begin');
    await locker.query(`lock table ${schema}.assignment in access exclusive mode`);
    try {
      const client = new AbortController();
      const answer = fetch(`${server.url}/api/v1/assignments?q=adviseur`, { signal: client.signal }).catch((error: Error) => error);
      await until(async () => (await waiting()) > 0, 'the list query waits in PostgreSQL');
      client.abort();
      assert.equal(((await answer) as Error).name, 'AbortError');
      // The lock is still held: the query ended because it was cancelled, not because it could finish.
      await until(async () => (await waiting()) === 0, 'the abandoned query is cancelled');
    } finally {
      await locker.query('rollback');
    }
    // The server is unharmed: the next request is answered.
    assert.equal((await fetch(`${server.url}/api/v1/assignments?q=adviseur`)).status, 200);
  });

  it('answers 503 with Retry-After when a query runs past statement_timeout', { timeout: 30_000 }, async () => {
    const timed = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      database: { url, schema, statementTimeoutMs: 300 },
      logger: silentLogger,
      rateLimit: 0,
    });
    await locker.query('begin');
    await locker.query(`lock table ${schema}.assignment in access exclusive mode`);
    try {
      const response = await fetch(`${timed.url}/api/v1/assignments?q=adviseur`);
      assert.equal(response.status, 503);
      assert.ok(Number(response.headers.get('Retry-After')) > 0);
    } finally {
      await locker.query('rollback');
      await timed.close();
    }
  });
});
