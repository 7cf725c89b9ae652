#!/usr/bin/env node
// The reference server's API suite (node's test runner): always on embedded PGlite; in CI (or
// with FLEXSCHIL_PG=1) the same suite again, without the browser journeys, on a real PostgreSQL
// that server/ci-postgres.sh installs from Debian's packages, starts and stops.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
const files = readdirSync('server/test').filter((f) => f.endsWith('.test.ts')).map((f) => `server/test/${f}`);
// Two files at a time: a file spends much of its time starting PGlite (about a second of WASM
// per database) and waiting on timers and child processes, so on CI's two cores two files at once
// take ~75 % of the time one at a time does (PGlite 450 → 340 s, PostgreSQL 175 → 125 s).
// Node's own default is one fewer than the cores, one on such a machine. Every file has its own
// database (PGlite in memory, or a PostgreSQL schema of its own) and its own ports.
const test = ['--import', 'tsx', '--test', '--test-concurrency=2'];
const suite = [...test, ...files];

run(process.execPath, suite);
if (process.env.CI || process.env.FLEXSCHIL_PG === '1') {
  // The browser journeys through the demo pages (demo*, editors-demo) test the widgets with the
  // server; what they ask of the database the API suite asks too, so on PostgreSQL they are left
  // out: CI stays within its 20 minutes. So are the files that never open PostgreSQL: `npm start`
  // (start), server/main.ts (main) and the settings (config) run the program on PGlite by design.
  const api = files.filter((f) => !/\/(demo|editors-demo|start|main|config)\.test\.ts$/.test(f));
  run('bash', ['server/ci-postgres.sh', process.execPath, ...test, ...api]);
}
