/**
 * The database goes away and comes back (a restart, an administrator ending our sessions, the
 * network): the server lives on, answers 503 meanwhile, and works again without a restart. The
 * pool's part runs against a stand-in that speaks just enough of PostgreSQL's protocol; the rest
 * needs PostgreSQL (DATABASE_URL, as server/ci-postgres.sh sets it).
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { Kysely, type KyselyPlugin, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { type Database, postgresPool, QUERY_TIMEOUT_MARGIN_MS } from '../db/database.js';
import { startServer } from '../server.js';
import { recordingLog } from './fixtures.js';
import { createTestApp, openTestDatabase } from './helpers.js';

const url = process.env.DATABASE_URL;

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > ms) assert.fail(`${what} within ${ms} ms`);
    await sleep(20);
  }
}

/** A PostgreSQL message: its type byte, its length, its body. */
function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

describe('the logs of a request the outage met', () => {
  it('name the route pattern, also when a middleware met it first (any database)', async () => {
    // The database as the app sees it, but every query fails as a dropped connection does.
    let down = false;
    const outage: KyselyPlugin = {
      transformQuery(args) {
        if (down) throw new Error('Connection terminated unexpectedly');
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const real = await openTestDatabase();
    const database: Database = { ...real, db: real.db.withPlugin(outage), withSignal: (signal) => real.withSignal(signal).withPlugin(outage) };
    const { lines, logger } = recordingLog();
    const t = await createTestApp({ database, logger });
    try {
      down = true;
      // The first request reads the data version in a middleware before its route runs.
      const answer = await t.request('/assignments/a-2026-0101');
      assert.equal(answer.status, 503);
      await answer.body?.cancel();
      const logged = lines.filter((line) => line.event === 'request.database-unavailable' || line.event === 'request');
      assert.deepEqual(
        logged.map((line) => `${line.event} ${line.route}`),
        ['request.database-unavailable /api/v1/assignments/:id', 'request /api/v1/assignments/:id'],
      );
    } finally {
      await t.close();
      await real.close();
    }
  });
});

describe('a database that stops answering', () => {
  /** Accepts connections; answers the login when `login`, and then nothing more, as a frozen database. */
  async function silent(login: boolean) {
    const sockets: net.Socket[] = [];
    const fake = net.createServer((socket) => {
      sockets.push(socket);
      if (login) socket.once('data', () => socket.write(Buffer.concat([message('R', Buffer.from([0, 0, 0, 0])), message('Z', Buffer.from('I'))])));
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const { port } = fake.address() as net.AddressInfo;
    return {
      url: `postgres://flexschil:secret@127.0.0.1:${port}/flexschil`,
      close: async () => {
        for (const socket of sockets) socket.destroy();
        await new Promise((resolve) => fake.close(resolve));
      },
    };
  }

  it('gives up connecting after the connect timeout, as the 503 path knows it', async () => {
    const database = await silent(false);
    const pool = postgresPool({ url: database.url, connectTimeoutMs: 200 });
    try {
      const started = Date.now();
      await assert.rejects(pool.connect(), (error: Error) => /^(Connection terminated|timeout exceeded when trying to connect)/.test(error.message));
      assert.ok(Date.now() - started < 2_000, `gave up after ${Date.now() - started} ms`);
    } finally {
      await pool.end();
      await database.close();
    }
  });

  it('gives up on a statement a margin after statement_timeout, with the error the 503 path knows', async () => {
    const database = await silent(true);
    const pool = postgresPool({ url: database.url, statementTimeoutMs: 100 });
    try {
      const started = Date.now();
      await assert.rejects(pool.query('select 1'), { message: 'Query read timeout' });
      const waited = Date.now() - started;
      assert.ok(waited >= 100 + QUERY_TIMEOUT_MARGIN_MS - 50 && waited < 100 + QUERY_TIMEOUT_MARGIN_MS + 1_500, `gave up after ${waited} ms`);
    } finally {
      await pool.end();
      await database.close();
    }
  });

  it('closes the connection of a statement it gave up on, so a half-failed transaction is never committed by the next request', async () => {
    // Speaks just enough PostgreSQL for simple statements; records them per connection; `frozen` holds their answers.
    const connections: string[][] = [];
    const held: (() => void)[] = [];
    const closed = new Set<number>();
    let frozen = false;
    const fake = net.createServer((socket) => {
      const n = connections.push([]) - 1;
      socket.on('close', () => closed.add(n)).on('error', () => {});
      let buffer = Buffer.alloc(0);
      let started = false;
      let transaction = 'I';
      socket.on('data', (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          if (!started) {
            if (buffer.length < 4 || buffer.length < buffer.readInt32BE(0)) return;
            buffer = buffer.subarray(buffer.readInt32BE(0));
            started = true;
            socket.write(Buffer.concat([message('R', Buffer.from([0, 0, 0, 0])), message('Z', Buffer.from('I'))]));
            continue;
          }
          if (buffer.length < 5 || buffer.length < buffer.readInt32BE(1) + 1) return;
          const type = String.fromCharCode(buffer[0]!);
          const body = buffer.subarray(5, buffer.readInt32BE(1) + 1);
          buffer = buffer.subarray(buffer.readInt32BE(1) + 1);
          if (type !== 'Q') continue;
          const text = body.subarray(0, -1).toString();
          const answer = () => {
            connections[n]!.push(text);
            if (/^begin/i.test(text)) transaction = 'T';
            if (/^(commit|rollback)/i.test(text)) transaction = 'I';
            socket.write(Buffer.concat([message('C', Buffer.from('OK\0')), message('Z', Buffer.from(transaction))]));
          };
          if (frozen) held.push(answer);
          else answer();
        }
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const pool = postgresPool({ url: `postgres://flexschil:secret@127.0.0.1:${(fake.address() as net.AddressInfo).port}/flexschil`, statementTimeoutMs: 50, poolSize: 1 });
    const db = new Kysely<Record<string, never>>({ dialect: new PostgresDialect({ pool }) });
    try {
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          await sql`insert into t values (1)`.execute(trx);
          frozen = true;
          await sql`insert into t values (2)`.execute(trx);
        }),
        // Its ROLLBACK meets the closed connection: either error is a 503 (backend/app.ts).
        (error: Error) => /^(Query read timeout|Client was closed and is not queryable)/.test(error.message),
      );
      // The database answers again: what it held arrives late.
      frozen = false;
      for (const answer of held.splice(0)) answer();
      await until(() => closed.has(0), 'the connection given up on is closed', 3_000);
      await db.transaction().execute(async (trx) => {
        await sql`insert into t values (3)`.execute(trx);
      });
      assert.ok(!connections[0]!.includes('commit'), `nothing committed on the first connection: ${connections[0]}`);
      assert.deepEqual(connections[1], ['begin', 'insert into t values (3)', 'commit'], 'the next transaction on a connection of its own');
    } finally {
      await db.destroy();
      await new Promise((resolve) => fake.close(resolve));
    }
  });

  it('answers a statement given up on with 503 and Retry-After (any database)', async () => {
    let frozen = false;
    const outage: KyselyPlugin = {
      transformQuery(args) {
        if (frozen) throw new Error('Query read timeout');
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const real = await openTestDatabase();
    const database: Database = { ...real, db: real.db.withPlugin(outage), withSignal: (signal) => real.withSignal(signal).withPlugin(outage) };
    const t = await createTestApp({ database });
    try {
      frozen = true;
      const answer = await t.request('/assignments');
      assert.equal(answer.status, 503);
      assert.ok(answer.headers.get('Retry-After'));
      await answer.body?.cancel();
    } finally {
      await t.close();
      await real.close();
    }
  });
});

describe('a connection the database ends', () => {
  it('is logged and dropped from the pool, and the process lives on', async () => {
    // Accepts any login, then ends the session as pg_terminate_backend() does.
    const sockets: net.Socket[] = [];
    const fake = net.createServer((socket) => {
      sockets.push(socket);
      socket.once('data', () => {
        const authenticationOk = message('R', Buffer.from([0, 0, 0, 0]));
        const readyForQuery = message('Z', Buffer.from('I'));
        socket.write(Buffer.concat([authenticationOk, readyForQuery]));
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const { port } = fake.address() as net.AddressInfo;
    const { lines, logger } = recordingLog();
    const pool = postgresPool({ url: `postgres://flexschil:secret@127.0.0.1:${port}/flexschil`, logger });
    try {
      (await pool.connect()).release();
      assert.equal(pool.idleCount, 1);

      const fields = 'SFATAL\0C57P01\0Mterminating connection due to administrator command\0\0';
      for (const socket of sockets) socket.end(message('E', Buffer.from(fields)));

      await until(() => lines.some((line) => line.event === 'database.connection-lost'), 'the lost connection is logged');
      assert.deepEqual(
        lines.map(({ level, event, code, message }) => ({ level, event, code, message })),
        [{ level: 'warn', event: 'database.connection-lost', code: '57P01', message: 'terminating connection due to administrator command' }],
      );
      assert.equal(pool.totalCount, 0);
    } finally {
      await pool.end();
      await new Promise((resolve) => fake.close(resolve));
    }
  });
});

/**
 * A relay between the server and PostgreSQL at `to`: `down()` cuts every connection and refuses
 * new ones (the database gone), `freeze()` holds what passes without closing anything (a database
 * that stops answering), `thaw()` lets what was held through and goes on.
 */
async function relayTo(to: string) {
  const target = new URL(to);
  const relayed = new Set<net.Socket>();
  const held: [net.Socket, Buffer][] = [];
  let down = false;
  let frozen = false;
  const relay = net.createServer((socket) => {
    if (down) return socket.destroy();
    const upstream = net.connect(Number(target.port), target.hostname);
    relayed.add(socket).add(upstream);
    const forward = (from: net.Socket, to: net.Socket) => from.on('data', (chunk) => (frozen ? held.push([to, chunk]) : to.write(chunk)));
    forward(socket, upstream);
    forward(upstream, socket);
    for (const end of [socket, upstream]) {
      end.on('error', () => {}).on('close', () => {
        socket.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const relayUrl = new URL(to);
  relayUrl.port = String((relay.address() as net.AddressInfo).port);
  return {
    url: relayUrl.href,
    down(): void {
      down = true;
      for (const socket of relayed) socket.destroy();
    },
    up(): void {
      down = false;
    },
    freeze(): void {
      frozen = true;
    },
    thaw(): void {
      frozen = false;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
    async close(): Promise<void> {
      for (const socket of relayed) socket.destroy();
      await new Promise((resolve) => relay.close(resolve));
    },
  };
}

describe('on PostgreSQL', { skip: url ? false : 'PostgreSQL only (DATABASE_URL)' }, () => {
  let database: Database;
  let admin: pg.Client;
  let schema: string;
  before(async () => {
    database = await openTestDatabase();
    schema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]!.schema;
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  after(async () => {
    await admin.end();
    await database.close();
  });

  it('answers the next request after an administrator ended its sessions', async () => {
    const { lines, logger } = recordingLog();
    const server = await startServer({ port: 0, hostname: '127.0.0.1', database: { url, schema }, logger, seed: false, rateLimit: 0 });
    try {
      assert.equal((await fetch(`${server.url}/api/v1/assignments`)).status, 200);
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'flexschil' and pid <> pg_backend_pid()`,
      );
      await until(() => lines.some((line) => line.event === 'database.connection-lost'), 'the lost connections are logged');

      assert.equal((await fetch(`${server.url}/api/v1/assignments`)).status, 200);
      assert.equal((await fetch(`${server.url}/health`)).status, 200);
    } finally {
      await server.close();
    }
  });

  it('answers 503 while the database does not answer (frozen), and 200 once it answers again', async () => {
    const relay = await relayTo(url!);
    const { lines, logger } = recordingLog();
    const server = await startServer({ port: 0, hostname: '127.0.0.1', database: { url: relay.url, schema, statementTimeoutMs: 200 }, logger, seed: false, rateLimit: 0 });
    try {
      assert.equal((await fetch(`${server.url}/api/v1/assignments`)).status, 200);

      relay.freeze();
      const started = Date.now();
      const answer = await fetch(`${server.url}/api/v1/assignments?q=frozen`);
      assert.equal(answer.status, 503);
      assert.ok(answer.headers.get('Retry-After'));
      await answer.body?.cancel();
      assert.equal((await fetch(`${server.url}/health`)).status, 503);
      assert.ok(Date.now() - started < 10_000, `answered after ${Date.now() - started} ms`);
      assert.ok(lines.some((line) => line.event === 'request.database-unavailable'));

      relay.thaw();
      await until(async () => (await fetch(`${server.url}/api/v1/assignments?q=thawed`)).status === 200, 'answers again', 15_000);
      assert.equal((await fetch(`${server.url}/health`)).status, 200);
    } finally {
      await server.close();
      await relay.close();
    }
  });

  it('answers 503 while the database cannot be reached, and 200 once it is back, without a restart', async () => {
    // The server reaches PostgreSQL through a relay: cutting it is the database going away.
    const relay = await relayTo(url!);
    const { lines, logger } = recordingLog();
    const server = await startServer({ port: 0, hostname: '127.0.0.1', database: { url: relay.url, schema }, logger, seed: false, rateLimit: 0 });
    try {
      assert.equal((await fetch(`${server.url}/api/v1/assignments`)).status, 200);

      relay.down();
      const answer = await fetch(`${server.url}/api/v1/assignments?q=later`);
      assert.equal(answer.status, 503);
      assert.match(answer.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
      assert.ok(answer.headers.get('Retry-After'));
      assert.equal((await answer.json()).type, 'https://flexschil.nl/problems/unavailable');
      assert.equal((await fetch(`${server.url}/health`)).status, 503);
      // Logged with the route's pattern, not the pattern of the middleware that met the outage first.
      const one = await fetch(`${server.url}/api/v1/assignments/a-2026-0101`);
      assert.equal(one.status, 503);
      await one.body?.cancel();
      const logged = lines.filter((line) => line.event === 'request.database-unavailable' || (line.event === 'request' && line.status === 503));
      assert.deepEqual(
        [...new Set(logged.map((line) => `${line.event} ${line.route}`))],
        ['request.database-unavailable /api/v1/assignments', 'request /api/v1/assignments', 'request.database-unavailable /api/v1/assignments/:id', 'request /api/v1/assignments/:id'],
      );

      relay.up();
      assert.equal((await fetch(`${server.url}/api/v1/assignments?q=again`)).status, 200);
      assert.equal((await fetch(`${server.url}/health`)).status, 200);
    } finally {
      await server.close();
      await relay.close();
    }
  });
});
