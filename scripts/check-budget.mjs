#!/usr/bin/env node
// Bundle budgets, checked on the built files (gzip level 9, as a CDN would serve them).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgets = [
  // Everything a visitor loads up front: all elements, Lit, zod/mini, client, match.
  { file: 'dist/flexschil.js', maxGzipKb: 65 },
];
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/**
 * The chunks a file imports statically (`from"./chunks/x.js"`), and theirs: they load with it.
 * A module that the entry shares with a part loaded on demand (an editor's form) is such a
 * chunk, so the budget is the sum of them all.
 */
function staticChunks(file, seen = new Set()) {
  for (const [, path] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.\.?\/[^"']+\.js)["']/g)) {
    const chunk = join(dirname(file), path);
    if (!seen.has(chunk)) {
      seen.add(chunk);
      staticChunks(chunk, seen);
    }
  }
  return seen;
}

let failed = false;
const upFront = new Set();
for (const { file, maxGzipKb } of budgets) {
  const chunks = [...staticChunks(file)];
  for (const chunk of chunks) upFront.add(chunk);
  const size = [file, ...chunks].reduce((sum, f) => sum + gz(f), 0);
  const ok = size <= maxGzipKb;
  failed ||= !ok;
  const parts = chunks.length ? ` (${[file, ...chunks].map((f) => `${f} ${gz(f).toFixed(1)}`).join(' + ')})` : '';
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file}: ${size.toFixed(1)} kB gz${parts} (budget ${maxGzipKb} kB)`);
}
for (const chunk of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
  const file = join('dist/chunks', chunk);
  if (upFront.has(file)) continue;
  console.log(`     ${file}: ${gz(file).toFixed(1)} kB gz (loaded on demand), ${(statSync(file).size / 1024).toFixed(1)} kB raw`);
}
const bare = readFileSync('dist/flexschil.js', 'utf8').match(/(?:^|[;}\s])import\s*[^('"]*?from\s*["']([^./][^"']*)["']/g);
if (bare) {
  console.log(`OVER dist/flexschil.js has bare imports: ${bare.join(', ')}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
