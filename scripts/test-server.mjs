#!/usr/bin/env node
// The reference server's API suite (node's test runner): always on embedded PGlite; in CI (or
// with FLEXSCHIL_PG=1) the same suite again, without the browser journeys, on a real PostgreSQL
// that server/ci-postgres.sh installs from Debian's packages, starts and stops.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
const files = readdirSync('server/test').filter((f) => f.endsWith('.test.ts')).map((f) => `server/test/${f}`);
// The browser journeys (the demo pages in Chromium against the server, and `npm start` itself)
// wait for what a person would see within fixed times: they run one at a time, alone on the
// machine, as they were written to. The API files run two at a time: a file spends much of its
// time starting PGlite (about a second of WASM per database) and waiting on timers and child
// processes, so on CI's two cores two at once take ~75 % of the time (PGlite 450 → 340 s,
// PostgreSQL 175 → 110 s); Node's own default is one fewer than the cores, one on such a machine.
// Every file has its own database (PGlite in memory, or a PostgreSQL schema of its own) and ports.
// Beside a second file, a journey's page once took more than its 20 s to open (CI, 2026-12-03).
const journeys = files.filter((f) => /\/(demo|editors-demo|start)\.test\.ts$/.test(f));
const test = ['--import', 'tsx', '--test'];
const twoAtATime = [...test, '--test-concurrency=2'];

run(process.execPath, [...test, '--test-concurrency=1', ...journeys]);
run(process.execPath, [...twoAtATime, ...files.filter((f) => !journeys.includes(f))]);
if (process.env.CI || process.env.FLEXSCHIL_PG === '1') {
  // The browser journeys through the demo pages (demo*, editors-demo) test the widgets with the
  // server; what they ask of the database the API suite asks too, so on PostgreSQL they are left
  // out: CI stays within its 20 minutes. So are the files that never open PostgreSQL: `npm start`
  // (start), server/main.ts (main) and the settings (config) run the program on PGlite by design;
  // the development mode guard (dev-guard), which is about the address and NODE_ENV, not the
  // database (16 s on CI's PostgreSQL run for nothing it does not test on PGlite); the lock of an
  // embedded database's folder (data-lock, PGlite's alone: 7 s); and the rules that need no
  // database at all (fit on the mock's store, labels, mail's texts).
  const api = files.filter((f) => !/\/(demo|editors-demo|start|main|config|dev-guard|data-lock|fit|labels|mail)\.test\.ts$/.test(f));
  run('bash', ['server/ci-postgres.sh', process.execPath, ...twoAtATime, ...api]);
}
