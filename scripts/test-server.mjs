#!/usr/bin/env node
// The reference server's API suite (node's test runner): always on embedded PGlite; in CI (or
// with FLEXSCHIL_PG=1) the same suite again on a real PostgreSQL that server/ci-postgres.sh
// installs from Debian's packages, starts and stops.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
const files = readdirSync('server/test').filter((f) => f.endsWith('.test.ts')).map((f) => `server/test/${f}`);
const suite = ['--import', 'tsx', '--test', ...files];

run(process.execPath, suite);
if (process.env.CI || process.env.FLEXSCHIL_PG === '1') {
  run('bash', ['server/ci-postgres.sh', process.execPath, ...suite]);
}
