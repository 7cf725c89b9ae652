/**
 * `npm run lint:api`: the reference server's `/openapi.json` through the Dutch government's API
 * Design Rules linter (NLGov ADR 2.2, Spectral; test/data/nlgov-adr-ruleset.yaml). Any error
 * fails; warnings are shown. The document is asked of the server itself (in-memory database,
 * no port), so what is linted is what a client reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app.js';
import { silentLogger } from '../server/http/log.js';

const root = path.resolve(import.meta.dirname, '..');
const app = await createApp({ seed: false, logger: silentLogger });
const response = await app.fetch(new Request(`http://localhost${app.basePath}/openapi.json`));
const document = await response.text();
await app.close();
if (response.status !== 200) throw new Error(`/openapi.json answered ${response.status}`);

const folder = await mkdtemp(path.join(tmpdir(), 'flexschil-openapi-'));
const file = path.join(folder, 'openapi.json');
try {
  await writeFile(file, document);
  const spectral = path.join(root, 'node_modules/.bin/spectral');
  const result = spawnSync(spectral, ['lint', '--ruleset', path.join(root, 'test/data/nlgov-adr-ruleset.yaml'), '--fail-severity', 'error', file, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SCARF_ANALYTICS: 'false' },
  });
  process.exitCode = result.status ?? 1;
} finally {
  await rm(folder, { recursive: true, force: true });
}
