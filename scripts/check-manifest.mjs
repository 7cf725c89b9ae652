#!/usr/bin/env node
// custom-elements.json is generated from the JSDoc and committed; CI proves it is current and
// complete enough for the editors and frameworks that read it, and that the Storybook docs pages
// written from it (stories/docs/<tag>.mdx, by scripts/generate-docs.mjs) are current too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const before = readFileSync('custom-elements.json', 'utf8');
execFileSync('npm', ['run', '-s', 'analyze'], { stdio: 'inherit' });
const after = readFileSync('custom-elements.json', 'utf8');
if (before !== after) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}

const manifest = JSON.parse(after);
const problems = [];
const built = existsSync('dist/npm/index.js');
for (const mod of manifest.modules) {
  if (!mod.path.startsWith('dist/npm/')) problems.push(`${mod.path}: not a path the package ships`);
  else if (built && !existsSync(mod.path)) problems.push(`${mod.path}: not in the build`);
  for (const element of (mod.declarations ?? []).filter((d) => d.customElement)) {
    const where = `<${element.tagName}>`;
    for (const event of element.events ?? []) if (!event.type?.text) problems.push(`${where} event ${event.name}: no type`);
    for (const attribute of element.attributes ?? []) {
      if (!attribute.description) problems.push(`${where} attribute ${attribute.name}: no description`);
      // An alias that is not exported (such as `Sort`) tells an editor nothing.
      if (/^[A-Z]\w*$/.test(attribute.type?.text ?? '')) problems.push(`${where} attribute ${attribute.name}: unresolved type ${attribute.type.text}`);
    }
    if (element.superclass?.name === 'FlexschilElement' && (element.cssStates ?? []).length < 4) problems.push(`${where}: custom states missing`);
  }
}
if (problems.length) {
  console.error(`custom-elements.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

// The docs pages: what the generator writes now (into a temporary directory) against what is
// committed. Hand-written pages in stories/docs (tokens.mdx) lack the generated header and are left out.
const docsDir = 'stories/docs';
const generatedHeader = '{/* Generated from custom-elements.json by scripts/generate-docs.mjs.';
const fresh = mkdtempSync(join(tmpdir(), 'flexschil-docs-'));
const stale = [];
try {
  execFileSync(process.execPath, ['scripts/generate-docs.mjs', '--out', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  const committed = existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith('.mdx') && readFileSync(join(docsDir, f), 'utf8').startsWith(generatedHeader)) : [];
  const written = readdirSync(fresh);
  for (const file of written) {
    const path = join(docsDir, file);
    if (!existsSync(path)) {
      stale.push(`${path}: missing`);
      continue;
    }
    const want = readFileSync(join(fresh, file), 'utf8').split('\n');
    const have = readFileSync(path, 'utf8').split('\n');
    const line = want.findIndex((text, i) => text !== have[i]);
    if (line !== -1 || have.length !== want.length) stale.push(`${path}: differs from line ${(line === -1 ? want.length : line) + 1}`);
  }
  for (const file of committed) if (!written.includes(file)) stale.push(`${join(docsDir, file)}: no such element in custom-elements.json any more (delete it)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
if (stale.length) {
  console.error(`Storybook docs pages are stale against custom-elements.json:\n  ${stale.join('\n  ')}\nRun \`node scripts/generate-docs.mjs\` and commit the result.`);
  process.exit(1);
}
console.log('custom-elements.json is current and complete; stories/docs matches it.');
