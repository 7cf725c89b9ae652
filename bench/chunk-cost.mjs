#!/usr/bin/env node
/**
 * What each source module costs inside a built chunk of the CDN bundle, and what each member of
 * one source file costs (issue 15). Reads the chunk's hidden source map (`npm run build` writes
 * them next to the chunks), gives every minified character to the source line it came from and
 * prints, per module and per member, the minified bytes and the gzip contribution: the chunk's
 * gzip size (level 9, as the budget check counts it) minus its size with that part cut out. A
 * part that compresses against the rest of the chunk costs less than alone, so the contributions
 * do not add up to the total exactly.
 *
 *   node bench/chunk-cost.mjs [chunk-name-prefix=core] [--detail=src/api/client.ts] [--top=25]
 *     [--group=name:member,member,…]…   (the contribution of several members of the detail file together)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const prefix = args.find((a) => !a.startsWith('--')) ?? 'core';
const detail = option('detail', 'src/api/client.ts');
const top = Number(option('top', '25'));

const chunks = join(root, 'dist/chunks');
const file = readdirSync(chunks).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
if (!file) throw new Error(`no dist/chunks/${prefix}-*.js: run \`npm run build\` first`);
const code = readFileSync(join(chunks, file), 'utf8');
const map = new TraceMap(readFileSync(join(chunks, `${file}.map`), 'utf8'));
const sources = map.sources.map((s) => (s ?? '').replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/'));

// Generated line starts, to turn (line, column) into an offset.
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);

/** Every generated range with the source index and original line it came from (-1: unmapped). */
const ranges = [];
decodedMappings(map).forEach((segments, line) => {
  const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : code.length;
  segments.forEach((segment, i) => {
    const start = lineStarts[line] + segment[0];
    const end = i + 1 < segments.length ? lineStarts[line] + segments[i + 1][0] : lineEnd;
    ranges.push({ start, end, source: segment.length >= 4 ? segment[1] : -1, line: segment.length >= 4 ? segment[2] : -1 });
  });
});

const gz = (text) => gzipSync(text, { level: 9 }).length;
const total = gz(code);

/** The chunk's gzip size without the characters `drop` selects. */
function without(drop) {
  const keep = new Uint8Array(code.length).fill(1);
  for (const r of ranges) if (drop(r)) keep.fill(0, r.start, r.end);
  let out = '';
  let from = -1;
  for (let i = 0; i <= code.length; i++) {
    if (i < code.length && keep[i]) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out += code.slice(from, i);
      from = -1;
    }
  }
  return gz(out);
}

function table(rows, label) {
  rows.sort((a, b) => b.gz - a.gz);
  const shown = rows.slice(0, top);
  const width = Math.max(label.length, ...shown.map((r) => r.name.length));
  console.log(`${label.padEnd(width)}  min bytes  gz contribution`);
  for (const r of shown) console.log(`${r.name.padEnd(width)}  ${String(r.bytes).padStart(9)}  ${(r.gz / 1024).toFixed(2).padStart(10)} kB`);
  if (rows.length > shown.length) {
    const rest = rows.slice(top);
    console.log(`${`(${rest.length} more)`.padEnd(width)}  ${String(rest.reduce((s, r) => s + r.bytes, 0)).padStart(9)}  ${(rest.reduce((s, r) => s + r.gz, 0) / 1024).toFixed(2).padStart(10)} kB (sum)`);
  }
}

console.log(`${file}: ${code.length} bytes, ${(total / 1024).toFixed(2)} kB gz\n`);

// Per module; node_modules packages grouped by package.
const group = (source) => (source < 0 ? '(unmapped)' : (sources[source].match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? sources[source]));
const groups = new Map();
for (const r of ranges) groups.set(group(r.source), (groups.get(group(r.source)) ?? 0) + r.end - r.start);
table(
  [...groups].map(([name, bytes]) => ({ name, bytes, gz: total - without((r) => group(r.source) === name) })),
  'module',
);

// Per member of one source file: a member runs from its first line to the next member's.
const detailIndex = sources.indexOf(detail);
if (detailIndex >= 0) {
  const text = readFileSync(join(root, detail), 'utf8').split('\n');
  const starts = [];
  text.forEach((line, i) => {
    const member = /^ {2}(?:(?:private|protected|public|static|readonly|async|get|set|override)\s+)*#?(\w+)\s*[<(=:;]/.exec(line);
    const top = /^(?:export\s+)?(?:async\s+)?(?:function\*?|class|const|let|interface|type)\s+(\w+)/.exec(line);
    if (top) starts.push({ line: i, name: top[1] });
    // A parameter of a signature split over lines, or an entry of an object literal, ends with a comma.
    else if (member && !line.trimEnd().endsWith(',') && !/^(?:if|for|while|return|switch)$/.test(member[1])) starts.push({ line: i, name: `.${member[1]}` });
  });
  const memberOf = (line) => {
    let found = '(header)';
    for (const s of starts) if (s.line <= line) found = s.name;
    return found;
  };
  const members = new Map();
  for (const r of ranges) if (r.source === detailIndex) members.set(memberOf(r.line), (members.get(memberOf(r.line)) ?? 0) + r.end - r.start);
  console.log(`\n${detail}, per member:`);
  table(
    [...members].map(([name, bytes]) => ({ name, bytes, gz: total - without((r) => r.source === detailIndex && memberOf(r.line) === name) })),
    'member',
  );
  const groups = args.filter((a) => a.startsWith('--group=')).map((a) => a.slice('--group='.length).split(':'));
  if (groups.length) console.log('');
  for (const [name, list] of groups) {
    const names = new Set(list.split(','));
    const bytes = ranges.filter((r) => r.source === detailIndex && names.has(memberOf(r.line))).reduce((s, r) => s + r.end - r.start, 0);
    const cost = total - without((r) => r.source === detailIndex && names.has(memberOf(r.line)));
    console.log(`${name}: ${bytes} min bytes, ${(cost / 1024).toFixed(2)} kB gz together`);
  }
}
