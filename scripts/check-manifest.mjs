#!/usr/bin/env node
// custom-elements.json is generated from the JSDoc and committed; CI proves it is current and
// complete enough for the editors and frameworks that read it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

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
console.log('custom-elements.json is current and complete.');
