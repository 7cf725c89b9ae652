#!/usr/bin/env node
/**
 * Throughput of the reference server for a filtered `GET /assignments` (the board's most common
 * request): requests per second and p99 latency, with autocannon on loopback, about 5 s per
 * database. Embedded PGlite always; PostgreSQL too when DATABASE_URL is set
 * (`server/ci-postgres.sh node bench/server.bench.mjs` starts a throw-away one).
 * Figures, not a test: nothing passes or fails on a number.
 *
 *   node bench/server.bench.mjs [--duration=5] [--connections=10]
 *
 * The server runs in a child process (as in production: the load generator must not share its
 * event loop), but on the same cores as autocannon, so absolute numbers are low; compare runs
 * on the same machine.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const PATH =
  '/api/v1/assignments?type=inhuur&type=detachering&region=west-brabant&hoursMin=16&sort=-publishedAt&pageSize=10';

if (process.argv.includes('--serve')) await serve();
else await main();

/** Child: one server on a free loopback port; tells the parent the port, stops on disconnect. */
async function serve() {
  const [{ serve: listen }, { register }] = await Promise.all([import('@hono/node-server'), import('tsx/esm/api')]);
  register(); // the server is TypeScript
  const { createApp } = await import('../server/app.ts');
  const { dropSchema } = await import('../server/db/database.ts');
  const { silentLogger } = await import('../server/http/log.ts');
  const url = process.env.BENCH_DATABASE_URL;
  const schema = url ? `bench_${randomBytes(4).toString('hex')}` : undefined;
  const flexschil = await createApp({ database: url ? { url, schema } : undefined, logger: silentLogger, rateLimit: 0 });
  const server = listen({ fetch: flexschil.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send?.({ port: info.port }));
  process.on('disconnect', async () => {
    server.close();
    await flexschil.close();
    if (url && schema) await dropSchema(url, schema);
    process.exit(0);
  });
}

async function main() {
  const { default: autocannon } = await import('autocannon');
  const args = Object.fromEntries(
    process.argv.slice(2).map((arg) => {
      const [key, value] = arg.replace(/^--/, '').split('=');
      return [key, Number(value)];
    }),
  );
  const duration = args.duration || 5;
  const connections = args.connections || 10;

  async function measure(label, databaseUrl) {
    const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
      env: { ...process.env, BENCH_DATABASE_URL: databaseUrl ?? '' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    try {
      const { port } = await new Promise((resolve, reject) => {
        child.once('message', resolve);
        child.once('exit', (code) => reject(new Error(`${label}: server exited with ${code}`)));
      });
      const url = `http://127.0.0.1:${port}${PATH}`;
      const check = await fetch(url);
      if (check.status !== 200) throw new Error(`${label}: GET answered ${check.status}`);
      const { total } = await check.json();
      await autocannon({ url, connections, duration: 1 }); // warm up: JIT, query plans, caches
      const result = await autocannon({ url, connections, duration });
      return {
        database: label,
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        'max ms': result.latency.max,
        errors: result.non2xx + result.errors + result.timeouts,
        matches: total,
      };
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.connected) child.disconnect();
      await exited;
    }
  }

  const rows = [await measure('PGlite (embedded, in memory)')];
  if (process.env.DATABASE_URL) rows.push(await measure('PostgreSQL', process.env.DATABASE_URL));
  console.log(`GET ${PATH}\n${connections} connections, ${duration} s each, loopback, Node ${process.version}`);
  console.table(rows);
}
