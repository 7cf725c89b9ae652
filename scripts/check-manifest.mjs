#!/usr/bin/env node
// custom-elements.json is generated from the JSDoc and committed; CI proves it is current.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const before = readFileSync('custom-elements.json', 'utf8');
execFileSync('npm', ['run', '-s', 'analyze'], { stdio: 'inherit' });
const after = readFileSync('custom-elements.json', 'utf8');
if (before !== after) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is current.');
