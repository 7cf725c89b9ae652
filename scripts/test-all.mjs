#!/usr/bin/env node
// `npm run test:all` (what `npm test` runs once the machine is set up): every check, one after
// the other, stopping at the first that fails, and at the end (or at that failure) how long
// each took. CI must stay within 20 minutes on a shared two-core machine whose load changes a
// run's time by a third; the table says where the minutes go, run after run.
import { spawnSync } from 'node:child_process';

/** The checks in order: the fast ones first, so a typing mistake fails in seconds, not minutes. */
const STEPS = [
  ...[
    'typecheck',
    'lint',
    'lint:api',
    'check:validators',
    'test:browser',
    'test:server',
    'build',
    'check:bench',
    'check:manifest',
    'check:themes',
    'test:package',
    'test:configurator',
    'build-storybook',
  ].map((script) => ['npm', 'run', script]),
  ['node', 'scripts/check-stories.mjs'],
];

const took = [];
const started = performance.now();

/** The table of what ran, with the step that failed marked. */
function report(failed) {
  const total = (performance.now() - started) / 1000;
  const width = Math.max(...took.map(([name]) => name.length));
  console.log(`\n[test:all] ${failed ? `stopped: ${failed} failed` : 'every check passed'} after ${total.toFixed(0)} s`);
  for (const [name, seconds] of took) console.log(`[test:all]   ${name.padEnd(width)}  ${seconds.toFixed(0).padStart(4)} s${name === failed ? '  ← failed' : ''}`);
}

for (const [command, ...args] of STEPS) {
  const name = command === 'npm' ? args[1] : args.join(' ');
  const start = performance.now();
  const { status, error } = spawnSync(command, args, { stdio: 'inherit' });
  took.push([name, (performance.now() - start) / 1000]);
  if (status !== 0) {
    if (error) console.error(`[test:all] ${name} could not run: ${error.message}`);
    report(name);
    process.exit(status ?? 1);
  }
}
report(null);
