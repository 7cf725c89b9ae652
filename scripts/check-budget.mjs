#!/usr/bin/env node
// Bundle budgets, checked on the built files (gzip level 9, as a CDN would serve them).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgets = [
  // Everything a visitor loads up front: all elements, Lit, zod/mini, client, match.
  { file: 'dist/flexschil.js', maxGzipKb: 65 },
];
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** Chunks a file imports statically (`import … from "./chunks/x.js"`, not `import("…")`): they load up front with it. */
const staticChunks = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|[;}\s])import\s*[^('"]*?from\s*["']\.\/(chunks\/[^"']+)["']/g)].map((m) => join('dist', m[1]));

let failed = false;
const upFront = new Set();
for (const { file, maxGzipKb } of budgets) {
  const chunks = staticChunks(file);
  for (const chunk of chunks) upFront.add(chunk);
  const size = [file, ...chunks].reduce((sum, f) => sum + gz(f), 0);
  const ok = size <= maxGzipKb;
  failed ||= !ok;
  const with_ = chunks.length ? ` with ${chunks.join(', ')}, which it imports` : '';
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file}${with_}: ${size.toFixed(1)} kB gz (budget ${maxGzipKb} kB)`);
}
for (const chunk of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
  const file = join('dist/chunks', chunk);
  const when = upFront.has(file) ? 'loaded up front' : 'loaded on demand';
  console.log(`     ${file}: ${gz(file).toFixed(1)} kB gz (${when}), ${(statSync(file).size / 1024).toFixed(1)} kB raw`);
}
const bare = readFileSync('dist/flexschil.js', 'utf8').match(/(?:^|[;}\s])import\s*[^('"]*?from\s*["']([^./][^"']*)["']/g);
if (bare) {
  console.log(`OVER dist/flexschil.js has bare imports: ${bare.join(', ')}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
