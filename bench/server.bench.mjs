#!/usr/bin/env node
/**
 * The reference server on PostgreSQL against Hono's hello-world on the same Node (issue 15):
 * the board's request (`field` + `q`, a page of 10 with facets) as a visitor's browser sends it
 * (the server keeps the answer ready for the next visitor: backend/http/answer-cache.ts), the
 * same request made anew every time (a server with `answerCacheMb: 0`: what a request costs
 * that no one asked before), and the same request answered 304 (`If-None-Match`), at 1,000,
 * 10,000 and 100,000 generated assignments (bench/generate.ts); then how long the database stays
 * busy after a burst of clients that went away.
 *
 *   server/ci-postgres.sh node bench/server.bench.mjs [--sizes=1000,10000,100000] [--rounds=5]
 *     [--duration=3] [--connections=10] [--json=results.json]
 *   DATABASE_URL=postgres://… node bench/server.bench.mjs …       # an existing database
 *
 * The machine is shared and noisy, so absolute figures mean little: each measurement of a
 * target runs right after one of hello-world (interleaved rounds), the ratio of the two is the
 * figure, and the table shows the median over the rounds. Every server runs in its own child
 * process (as in production: the load generator must not share its event loop), but on the
 * same cores as autocannon. The data of a size is generated once into schema `bench_<size>` and
 * reused while it is from today (`--fresh` makes it again). Figures, not a test: nothing passes
 * or fails on a number; the goals are printed next to them.
 */
import { execFileSync, fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
/** The board's most common request: a field chosen and a word typed; a page of 10 with facets. */
export const BOARD = '/api/v1/assignments?field=informatievoorziening&q=adviseur';
/** What a browser sends with it. */
const HEADERS = { 'accept-language': 'nl', 'accept-encoding': 'gzip, deflate, br, zstd', accept: 'application/json' };

const serve = process.argv.find((arg) => arg.startsWith('--serve='))?.slice(8);
if (serve) await child(serve, JSON.parse(process.argv.find((arg) => arg.startsWith('--options='))?.slice(10) ?? '{}'));
else await main();

/** Child: one server on a free loopback port; tells the parent the port, stops on disconnect. */
async function child(kind, options = {}) {
  const { register } = await import('tsx/esm/api');
  register(); // the server is TypeScript
  let close;
  if (kind === 'hello') {
    const [{ Hono }, { serve: listen }] = await Promise.all([import('hono'), import('@hono/node-server')]);
    const app = new Hono().get('/', (c) => c.json({ hello: 'world' }));
    const server = listen({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send?.({ port: info.port }));
    close = () => new Promise((resolve) => server.close(resolve));
  } else {
    const { startServer } = await import('../server/server.ts');
    const { silentLogger } = await import('../server/http/log.ts');
    const server = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      database: { url: process.env.DATABASE_URL, schema: kind },
      seed: false,
      rateLimit: 0,
      logger: silentLogger,
      ...options,
      ...JSON.parse(process.env.BENCH_SERVER_OPTIONS || '{}'),
    });
    process.send?.({ port: server.port });
    close = () => server.close();
  }
  process.on('disconnect', async () => {
    await close();
    process.exit(0);
  });
}

function options() {
  const args = Object.fromEntries(
    process.argv.slice(2).map((arg) => {
      const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
      return [key, value];
    }),
  );
  return {
    sizes: (args.sizes ?? '1000,10000,100000').split(',').map(Number),
    rounds: Number(args.rounds ?? 5),
    duration: Number(args.duration ?? 3),
    connections: Number(args.connections ?? 10),
    fresh: args.fresh === 'true',
    json: args.json,
    burst: args.burst !== 'false',
  };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Set DATABASE_URL, or run: server/ci-postgres.sh node bench/server.bench.mjs');
    process.exit(2);
  }
  const opts = options();
  const { default: autocannon } = await import('autocannon');
  const { default: pg } = await import('pg');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

  // Data: schema bench_<size>, generated once per day.
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  for (const size of opts.sizes) {
    const schema = `bench_${size}`;
    const marker = `bench/generate.ts (${size}, ${today})`;
    const found = await admin
      .query(`select value from ${schema}.meta where key = 'generated'`)
      .then((r) => r.rows[0]?.value)
      .catch(() => null);
    if (found === marker && !opts.fresh) continue;
    console.error(`Generating ${size} assignments into ${schema}…`);
    await admin.query(`drop schema if exists ${schema} cascade`);
    execFileSync(process.execPath, ['--import', 'tsx', 'bench/generate.ts', `--count=${size}`, `--today=${today}`], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DATABASE_SCHEMA: schema },
    });
    // A table that has settled is vacuumed (autovacuum does it after a bulk load, in its own
    // time): without it no page is all-visible yet and index-only scans read the table anyway.
    await admin.query(`vacuum analyze ${schema}.assignment`);
    await admin.query(`insert into ${schema}.meta (key, value) values ('generated', $1) on conflict (key) do update set value = $1`, [marker]);
  }

  const children = [];
  async function start(kind, options = {}) {
    const process_ = fork(here, [`--serve=${kind}`, `--options=${JSON.stringify(options)}`], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(process_);
    const { port } = await new Promise((resolve, reject) => {
      process_.once('message', resolve);
      process_.once('exit', (code) => reject(new Error(`${kind}: server exited with ${code}`)));
    });
    return `http://127.0.0.1:${port}`;
  }

  try {
    const hello = `${await start('hello')}/`;
    const targets = [];
    for (const size of opts.sizes) {
      const base = await start(`bench_${size}`);
      const first = await fetch(`${base}${BOARD}`, { headers: HEADERS });
      if (first.status !== 200) throw new Error(`${size}: GET answered ${first.status}: ${await first.text()}`);
      const etag = first.headers.get('etag');
      const body = await first.json();
      const check = await fetch(`${base}${BOARD}`, { headers: { ...HEADERS, 'if-none-match': etag } });
      if (check.status !== 304) throw new Error(`${size}: If-None-Match answered ${check.status}`);
      // The same data behind a server that keeps no answers: every request is made anew.
      const made = await start(`bench_${size}`, { answerCacheMb: 0 });
      targets.push({ size, base, what: 'board', url: `${base}${BOARD}`, headers: HEADERS, total: body.total, encoding: first.headers.get('content-encoding') });
      targets.push({ size, base: made, what: 'made', url: `${made}${BOARD}`, headers: HEADERS, total: body.total });
      targets.push({ size, base, what: '304', url: `${base}${BOARD}`, headers: { ...HEADERS, 'if-none-match': etag }, expect: 304 });
    }

    const run = (target, duration) =>
      autocannon({ url: target.url, headers: target.headers, connections: opts.connections, duration, expectBody: undefined });
    // Warm-up: JIT, plans, caches.
    await run({ url: hello, headers: HEADERS }, 1);
    for (const target of targets) await run(target, 1);

    const samples = new Map(targets.map((t) => [t, []]));
    for (let round = 1; round <= opts.rounds; round++) {
      for (const target of targets) {
        const base = await run({ url: hello, headers: HEADERS }, opts.duration);
        const result = await run(target, opts.duration);
        const wrong = result.non2xx - (target.expect === 304 ? result.requests.total - result.errors - result.timeouts : 0);
        samples.get(target).push({
          ratio: result.requests.average / base.requests.average,
          rps: result.requests.average,
          hello: base.requests.average,
          helloP99: base.latency.p99,
          bytes: result.throughput.total / Math.max(1, result.requests.total),
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts + Math.max(0, wrong),
        });
      }
      console.error(`round ${round}/${opts.rounds} done`);
    }

    const median = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    const rows = targets.map((target) => {
      const s = samples.get(target);
      return {
        size: target.size,
        request: { board: `board (${target.total} found)`, made: 'board, made anew', '304': '304' }[target.what],
        ratio: Math.round(median(s.map((x) => x.ratio)) * 1000) / 1000,
        'req/s': Math.round(median(s.map((x) => x.rps))),
        'hello req/s': Math.round(median(s.map((x) => x.hello))),
        'p50 ms': median(s.map((x) => x.p50)),
        'p99 ms': median(s.map((x) => x.p99)),
        'hello p99 ms': median(s.map((x) => x.helloP99)),
        'bytes/answer': Math.round(median(s.map((x) => x.bytes))),
        errors: s.reduce((sum, x) => sum + x.errors, 0),
      };
    });

    let burst = null;
    if (opts.burst) burst = await abandoned(targets.find((t) => t.what === 'made' && t.size === Math.max(...opts.sizes)).base, admin);

    console.log(`GET ${BOARD}`);
    console.log(`${opts.connections} connections, ${opts.rounds} rounds of ${opts.duration} s per target, each after ${opts.duration} s of hello-world; medians; Node ${process.version}`);
    console.table(rows);
    const board = (size) => rows.find((r) => r.size === size && r.request.startsWith('board ('));
    const smallest = board(Math.min(...opts.sizes));
    const largest = board(Math.max(...opts.sizes));
    console.log('Goals (issue 15):');
    console.log(`  board ≥ 0.10× hello-world: ${rows.filter((r) => r.request.startsWith('board (')).map((r) => `${r.size}: ${r.ratio}×`).join(', ')}`);
    console.log(`  (made anew for every request: ${rows.filter((r) => r.request === 'board, made anew').map((r) => `${r.size}: ${r.ratio}×, p99 ${r['p99 ms']} ms`).join('; ')})`);
    console.log(`  304 ≥ 0.30× hello-world: ${rows.filter((r) => r.request === '304').map((r) => `${r.size}: ${r.ratio}×`).join(', ')}`);
    console.log(`  p99 at ${largest.size} ≤ 2× the ${smallest.size} figure and ≤ 50 ms: ${largest['p99 ms']} ms vs ${smallest['p99 ms']} ms (${Math.round((largest['p99 ms'] / smallest['p99 ms']) * 100) / 100}×)`);
    if (burst) console.log(`  abandoned queries cancelled: database busy ${burst.busyMs} ms after ${burst.clients} clients left (${burst.query})`);
    if (opts.json) await writeFile(opts.json, JSON.stringify({ node: process.version, date: today, options: opts, rows, burst }, null, 2));
  } finally {
    for (const c of children) if (c.connected) c.disconnect();
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((resolve) => c.once('exit', resolve)) : null)));
    await admin.end();
  }
}

/**
 * A burst of slow requests whose clients give up after 200 ms; then how long queries of the
 * server keep running in PostgreSQL (`pg_stat_activity`). The query is
 * one no index helps: a one-letter word ranked by relevance over every assignment.
 */
async function abandoned(base, admin) {
  const query = '/api/v1/assignments?q=e&sort=relevance&status=all&pageSize=100';
  const clients = 40;
  const active = async () =>
    Number(
      (
        await admin.query(
          `select count(*) as n from pg_stat_activity
           where datname = current_database() and backend_type = 'client backend' and state = 'active' and pid <> pg_backend_pid()`,
        )
      ).rows[0].n,
    );
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 200);
      await fetch(`${base}${query}`, { headers: HEADERS, signal: controller.signal }).then((r) => r.arrayBuffer()).catch(() => {});
    }),
  );
  const left = performance.now();
  while ((await active()) > 0 && performance.now() - left < 60_000) await new Promise((resolve) => setTimeout(resolve, 20));
  return { clients, query, busyMs: Math.round(performance.now() - left) };
}
