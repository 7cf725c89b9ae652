/**
 * Under more load than it can serve, an instance turns requests away at once (503 with
 * `Retry-After`) past MAX_IN_FLIGHT, instead of letting every request wait longer and longer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { API_VERSION } from '../../backend/openapi.js';
import { silentLogger } from '../http/log.js';
import { BUSY_RETRY_AFTER, boundInFlight, busyAnswer, type RunningServer, startServer } from '../server.js';
import { openTestDatabase } from './helpers.js';
import type { Database } from '../db/database.js';

/** A promise and its resolver. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('boundInFlight', () => {
  it('lets `max` requests in and turns the next away until one is done', async () => {
    const held = gate();
    const fetch = boundInFlight(
      async () => {
        await held.opened;
        return new Response('done');
      },
      2,
      () => new Response('busy', { status: 503 }),
    );
    const request = () => new Request('http://localhost/api/v1/assignments');
    const first = fetch(request());
    const second = fetch(request());
    assert.equal((await fetch(request())).status, 503);
    // A full instance is still alive: the load balancer's health check is not turned away.
    const health = fetch(new Request('http://localhost/health'));
    held.open();
    assert.deepEqual(await Promise.all([first, second, health].map(async (r) => (await r).status)), [200, 200, 200]);
    assert.equal((await fetch(request())).status, 200);
  });

  it('does not bound anything with max 0', async () => {
    const fetch = boundInFlight(() => new Response('done'), 0, () => new Response('busy', { status: 503 }));
    assert.equal((await fetch(new Request('http://localhost/'))).status, 200);
  });

  it('answers a problem a widget on another origin can read and wait on', async () => {
    const busy = busyAnswer(['*'], silentLogger);
    const response = await busy(new Request('http://localhost/api/v1/assignments', { headers: { Origin: 'https://www.gemeente.example' } }));
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('Retry-After'), String(BUSY_RETRY_AFTER));
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
    assert.equal(response.headers.get('API-Version'), API_VERSION, 'every answer names the version (contract §1)');
  });
});

describe('a server at MAX_IN_FLIGHT', () => {
  let database: Database;
  let server: RunningServer;
  before(async () => {
    database = await openTestDatabase();
    server = await startServer({ port: 0, hostname: '127.0.0.1', database, logger: silentLogger, rateLimit: 0, maxInFlight: 1 });
  });
  after(async () => {
    await server.close();
    await database.close();
  });

  it('keeps serving the request it let in and turns the rest away at once', { timeout: 60_000 }, async () => {
    // Every list query waits while the test holds the assignments locked (on PGlite the
    // transaction also takes its one connection): whichever request arrives first is let in and held.
    const held = gate();
    const locked = gate();
    const holding = database.db.transaction().execute(async (trx) => {
      await sql`lock table assignment in access exclusive mode`.execute(trx);
      locked.open();
      await held.opened;
    });
    await locked.opened;
    const burst = Array.from({ length: 12 }, () => fetch(`${server.url}/api/v1/assignments?q=adviseur`));
    const turnedAway: Response[] = [];
    const settled = burst.map((answer) =>
      answer.then((response) => {
        if (response.status === 503) turnedAway.push(response);
        return response;
      }),
    );
    // All but the one let in are answered while the database is still held.
    while (turnedAway.length < burst.length - 1) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(turnedAway[0]?.headers.get('Retry-After'), String(BUSY_RETRY_AFTER));
    held.open();
    await holding;
    const statuses = (await Promise.all(settled)).map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, ...Array(burst.length - 1).fill(503)]);
  });
});
