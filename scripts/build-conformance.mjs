#!/usr/bin/env node
// Builds the conformance kit (test/conformance/kit.ts + cli.ts) into one Node ES module,
// `dist/conformance.mjs`, the package's `flexschil-conformance` command: no dependencies to
// install for a backend team that runs `npx flexschil-conformance <url>`.
import { build } from 'esbuild';

await build({
  entryPoints: ['test/conformance/cli.ts'],
  outfile: 'dist/conformance.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});

// The command must run as installed: on its own, with no package beside it.
const { execFileSync } = await import('node:child_process');
const help = execFileSync(process.execPath, ['dist/conformance.mjs', '--help'], { encoding: 'utf8' });
if (!help.startsWith('usage: flexschil-conformance')) {
  console.error(`dist/conformance.mjs does not run: ${help.slice(0, 200)}`);
  process.exit(1);
}
