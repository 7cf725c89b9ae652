/**
 * Under more load than it can serve, an instance turns requests away at once (503 with
 * `Retry-After`) past MAX_IN_FLIGHT, instead of letting every request wait longer and longer.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { API_VERSION } from '../../backend/openapi.js';
import { clientAddress } from '../app.js';
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

/** `boundInFlight` around an app whose every request waits until `held` opens. */
function heldApp(max: number, clientOf?: (request: Request) => string | null) {
  const held = gate();
  const fetch = boundInFlight(
    async () => {
      await held.opened;
      return new Response('done');
    },
    max,
    () => new Response('busy', { status: 503 }),
    clientOf,
  );
  return { held, fetch };
}

describe('boundInFlight', () => {
  it('lets `max` requests in and turns the next away until one is done', async () => {
    const { held, fetch } = heldApp(2);
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

  it('lets one client hold a quarter of `max`, so others are still let in', async () => {
    const { held, fetch } = heldApp(8, (request) => request.headers.get('X-Client'));
    const from = (client: string) => fetch(new Request('http://localhost/api/v1/profiles', { method: 'POST', headers: { 'X-Client': client } }));
    const slow = [from('a'), from('a')];
    assert.equal((await from('a')).status, 503, 'a third from the same client');
    const others = [from('b'), from('c')];
    held.open();
    assert.deepEqual(await Promise.all([...slow, ...others].map(async (r) => (await r).status)), [200, 200, 200, 200]);
    assert.equal((await from('a')).status, 200, 'its share is free again');
  });

  it("counts an IPv6 client by its /64 and an IPv4-mapped one as its IPv4 address (the server's clientAddress)", async () => {
    const { held, fetch } = heldApp(8, (request) => clientAddress(request, undefined, 1));
    const from = (address: string) => fetch(new Request('http://localhost/api/v1/profiles', { method: 'POST', headers: { 'X-Forwarded-For': address } }));
    const slow = [from('2001:db8:1:2::1'), from('2001:db8:1:2:aaaa::2')];
    const sameSlash64 = from('2001:DB8:1:2::3');
    const mapped = [from('198.51.100.9'), from('::ffff:198.51.100.9')];
    const sameIPv4 = from('198.51.100.9');
    const others = [from('2001:db8:1:3::1')];
    // Turned away at once, or held with the others until the gate opens.
    const early = await Promise.race([Promise.all([sameSlash64, sameIPv4]).then((r) => r.map((x) => x.status)), new Promise((resolve) => setTimeout(() => resolve('held'), 100))]);
    held.open();
    assert.deepEqual(early, [503, 503], 'a third address of the same /64, and the IPv4 client also by its mapped address');
    assert.deepEqual(await Promise.all([...slow, ...mapped, ...others].map(async (r) => (await r).status)), [200, 200, 200, 200, 200]);
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

describe('a client that sends its body a byte now and then', () => {
  let database: Database;
  let server: RunningServer;
  before(async () => {
    database = await openTestDatabase();
    server = await startServer({ port: 0, hostname: '127.0.0.1', database, logger: silentLogger, rateLimit: 0, maxInFlight: 8, requestTimeoutMs: 1_000, trustProxy: 1 });
  });
  after(async () => {
    await server.close();
    await database.close();
  });

  it('holds no more than its share, gets no more time than a request may take, and leaves room for others', { timeout: 60_000 }, async () => {
    const { port } = new URL(server.url);
    const sent = performance.now();
    // Four uploads that never finish: the share of 8 is 2, so two are let in and two turned away.
    const sockets = Array.from({ length: 4 }, () => {
      const socket = connect(Number(port), '127.0.0.1');
      const answer = new Promise<string>((resolve) => {
        let text = '';
        socket.on('data', (data) => (text += data));
        socket.on('close', () => resolve(text));
        socket.on('error', () => resolve(text));
      });
      socket.write('POST /api/v1/registrations/reg-x/cancel HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 203.0.113.7\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
      return { socket, answer };
    });
    // Someone else (another address, behind the same proxy) is served meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await fetch(`${server.url}/api/v1/vocabularies`, { headers: { 'X-Forwarded-For': '198.51.100.2' } })).status, 200);
    const answers = await Promise.all(sockets.map((s) => s.answer));
    // Cut off soon after their second (Node looks for them every tenth of the limit, not every 30 s).
    const took = performance.now() - sent;
    assert.ok(took < 10_000, `the uploads were cut off after ${Math.round(took)} ms`);
    const busy = answers.filter((text) => text.startsWith('HTTP/1.1 503')).length;
    assert.equal(busy, 2, answers.map((a) => a.split('\r\n')[0]).join(' | '));
    // The two let in were cut off by the request timeout (Node answers 408), not left open.
    assert.equal(answers.filter((text) => text.startsWith('HTTP/1.1 408')).length, 2, answers.map((a) => a.split('\r\n')[0]).join(' | '));
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
