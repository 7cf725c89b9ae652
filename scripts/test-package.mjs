#!/usr/bin/env node
// The package as a host installs it, after `npm run build`:
// 1. `npm pack`: the tarball holds LICENSE, CHANGELOG.md, the CDN bundle, themes, types and editor
//    data, and no source maps; publint and arethetypeswrong (ESM-only profile) find nothing.
// 2. The tarball is installed into a consumer project (node_modules/.cache/flexschil-consumer; its
//    other packages stay installed between runs, so a later run only swaps the tarball).
// 3. test/package/react-app.tsx (React 19 + TypeScript) and VueApp.vue (vue-tsc, strict templates)
//    use every tag, attribute and event, and must type-check; react-wrong.tsx and VueWrong.vue must
//    fail on each line marked `expect-error: <text>`, with an error that mentions <text>.
// 4. Bundled as a host's bundler does, which honours `sideEffects`: `flexschil/elements/<tag>`
//    keeps the code that defines <tag>, and `flexschil`, `flexschil/react` and `flexschil/bundle`
//    that of every tag (esbuild for the entries, fast; Vite for the bundle, whose chunks it drops
//    where esbuild does not). A `sideEffects` list that missed a file let the bundler drop
//    `<assignment-list>`'s definition without a word.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'test/package');
const consumer = join(root, 'node_modules/.cache/flexschil-consumer');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const failures = [];
const fail = (message) => failures.push(message);
const run = (cmd, args, options = {}) => spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...options });
const bin = (name) => join(root, 'node_modules/.bin', name);

// 1. The tarball -------------------------------------------------------------------------------
mkdirSync(consumer, { recursive: true });
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', consumer], { cwd: root, encoding: 'utf8' }));
const tarball = join(consumer, packed.filename);
const files = packed.files.map((f) => f.path);
for (const required of ['LICENSE', 'CHANGELOG.md', 'README.md', 'custom-elements.json', 'dist/flexschil.js', 'dist/types/index.d.ts', 'dist/types/jsx.d.ts', 'dist/types/vue.d.ts', 'dist/types/react/index.d.ts', 'dist/npm/react.js', 'dist/web-types.json', 'dist/vscode.html-custom-data.json']) {
  if (!files.includes(required)) fail(`tarball: ${required} missing`);
}
if (!files.some((f) => f.startsWith('themes/'))) fail('tarball: no themes/');
const maps = files.filter((f) => f.endsWith('.map'));
if (maps.length) fail(`tarball: source maps packed: ${maps.slice(0, 3).join(', ')}…`);
if (!readFileSync(join(root, 'LICENSE'), 'utf8').includes('EUROPEAN UNION PUBLIC LICENCE v. 1.2')) fail('LICENSE is not the EUPL-1.2 text');
console.log(`package: ${packed.filename}, ${files.length} files, ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked`);

const publint = run(bin('publint'), ['run', tarball, '--level', 'warning']);
if (publint.status !== 0 || /warning|error/i.test(publint.stdout.replace(/Running publint.*\n/, ''))) fail(`publint:\n${publint.stdout}${publint.stderr}`);
// ESM only, like Lit itself: `require()` and TypeScript's `node10` resolution are not supported.
const attw = run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
if (attw.status !== 0) fail(`arethetypeswrong:\n${attw.stdout}${attw.stderr}`);

// 2. The consumer project ----------------------------------------------------------------------
const dev = pkg.devDependencies;
// Named by its content: a new tarball is a new dependency to npm, which then unpacks it anew.
const local = `flexschil-${createHash('sha256').update(readFileSync(tarball)).digest('hex').slice(0, 12)}.tgz`;
for (const old of readdirSync(consumer).filter((f) => f.endsWith('.tgz') && f !== packed.filename)) rmSync(join(consumer, old));
const consumerPackage = {
  name: 'flexschil-consumer',
  private: true,
  type: 'module',
  dependencies: {
    flexschil: `file:./${local}`,
    react: dev.react,
    'react-dom': dev['react-dom'],
    '@types/react': dev['@types/react'],
    '@types/react-dom': dev['@types/react-dom'],
    vue: dev.vue,
    // vue-tsc drives TypeScript's JS API, which TypeScript 7 (the project's own) no longer has.
    'vue-tsc': '3.3.14',
    typescript: '5.9.3',
  },
};
copyFileSync(tarball, join(consumer, local));
rmSync(tarball);
writeFileSync(join(consumer, 'package.json'), `${JSON.stringify(consumerPackage, null, 2)}\n`);
const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: consumer });
if (install.status !== 0) {
  console.error(install.stdout, install.stderr);
  process.exit(1);
}
for (const file of ['dist/types/jsx.d.ts', 'dist/types/vue.d.ts', 'dist/npm/react.js']) {
  if (readFileSync(join(consumer, 'node_modules/flexschil', file), 'utf8') !== readFileSync(join(root, file), 'utf8')) fail(`consumer: installed ${file} is not the fresh one`);
}

// 3. Type-checking as the host does --------------------------------------------------------------
const src = join(consumer, 'src');
rmSync(src, { recursive: true, force: true });
mkdirSync(src);
for (const file of readdirSync(fixtures)) copyFileSync(join(fixtures, file), join(src, file));

const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx',
  strict: true,
  noEmit: true,
  // Our declaration files are checked too, not only the app's use of them.
  skipLibCheck: false,
  types: [],
};
/** Runs `tool` over `fileNames`; returns its errors. */
function check(name, tool, fileNames) {
  const config = join(src, `tsconfig.${name}.json`);
  writeFileSync(config, JSON.stringify({ compilerOptions, vueCompilerOptions: { strictTemplates: true }, files: fileNames }, null, 2));
  const result = run(tool, ['-p', config, '--pretty', 'false'], { cwd: src });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 && !errorsOf(output).length) fail(`${name}: ${tool} failed without type errors:\n${output}`);
  return errorsOf(output);
}
/** `file(line,col): error TS…: message` lines, with their continuation lines. */
function errorsOf(output) {
  const errors = [];
  let current = null;
  for (const line of output.split('\n')) {
    const match = line.match(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/);
    if (match) {
      current = { file: match[1].split('/').at(-1), line: Number(match[2]), message: match[3] };
      errors.push(current);
    } else if (current && /^\s/.test(line)) current.message += `\n${line}`;
  }
  return errors;
}

/** `app` must type-check; every line after an expect-error comment in `wrong` must not. */
function typeCheck(name, tool, { app, wrong, extra = [] }) {
  const errors = check(name, tool, [...extra, app, wrong]);
  for (const e of errors.filter((e) => e.file !== wrong)) fail(`${name}: ${e.file}:${e.line}: ${e.message}`);
  const expected = readFileSync(join(fixtures, wrong), 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const match = text.match(/(?:\{\/\*|<!--) expect-error: (.+?) (?:\*\/\}|-->)$/);
      return match ? [{ line: i + 2, text: match[1] }] : [];
    });
  let ok = !errors.some((e) => e.file !== wrong);
  for (const { line, text } of expected) {
    if (errors.some((e) => e.file === wrong && e.line === line && e.message.includes(text))) continue;
    ok = false;
    const there = errors.filter((e) => e.file === wrong && e.line === line).map((e) => e.message);
    fail(`${name}: ${wrong}:${line} should fail mentioning ${text}; errors there: ${there.join(' | ') || 'none'}`);
  }
  for (const e of errors.filter((e) => e.file === wrong && !expected.some((x) => x.line === e.line))) {
    ok = false;
    fail(`${name}: unexpected error ${e.file}:${e.line}: ${e.message}`);
  }
  if (ok) console.log(`${name}: ${app} type-checks; all ${expected.length} wrong usages in ${wrong} are rejected`);
}

// Every tag, attribute and event of the manifest appears in both apps.
const react = readFileSync(join(fixtures, 'react-app.tsx'), 'utf8');
const vue = readFileSync(join(fixtures, 'VueApp.vue'), 'utf8');
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
for (const element of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
  const tag = element.tagName;
  // From the tag to the next line that starts another element.
  const block = (source) => source.match(new RegExp(`<${tag}[\\s>][\\s\\S]*?(?=\\n\\s*<)`))?.[0] ?? '';
  if (!block(react) || !block(vue)) fail(`apps: <${tag}> not used in both`);
  for (const { name } of element.attributes ?? []) {
    if (!new RegExp(`\\s${name}[=\\s/>]`).test(block(react))) fail(`react-app.tsx: <${tag}> ${name} not used`);
    if (!new RegExp(`\\s:?${name}[=\\s/>]`).test(block(vue))) fail(`VueApp.vue: <${tag}> ${name} not used`);
  }
  for (const { name } of element.events ?? []) {
    if (!block(react).includes(`on${name}=`)) fail(`react-app.tsx: <${tag}> on${name} not used`);
    if (!block(vue).includes(`@${name}=`)) fail(`VueApp.vue: <${tag}> @${name} not used`);
    const component = react.match(new RegExp(`<${element.name}[\\s>][\\s\\S]*?(?=\\n\\s*<)`))?.[0] ?? '';
    if (!component.includes(`on${pascal(name)}=`)) fail(`react-app.tsx: <${element.name}> on${pascal(name)} not used`);
  }
}

// 4. Bundling as a host does ------------------------------------------------------------------------
const { build } = await import('esbuild');
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
/** The tags whose definition (`define('<tag>', …)`, minified or not) is left in a bundle of `entry`. */
async function definedBy(entry, bundler = 'esbuild') {
  let code;
  if (bundler === 'vite') {
    const dir = join(consumer, 'bundled');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.js'), `import '${entry}';\n`);
    const { build: viteBuild } = await import('vite');
    const result = await viteBuild({ root: dir, configFile: false, logLevel: 'silent', build: { write: false, minify: false, lib: { entry: join(dir, 'main.js'), formats: ['es'] } } });
    code = [result].flat().flatMap((r) => r.output.map((chunk) => chunk.code ?? '')).join('\n');
  } else {
    const result = await build({
      stdin: { contents: `import '${entry}';`, resolveDir: consumer, loader: 'js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: join(consumer, 'bundled'),
      write: false,
      platform: 'browser',
      logLevel: 'silent',
    });
    code = result.outputFiles.map((file) => file.text).join('\n');
  }
  return tags.filter((tag) => new RegExp(`\\(\\s*["'\`]${tag}["'\`]\\s*,\\s*[\\w$]+\\s*\\)`).test(code));
}
for (const tag of tags) if (!(await definedBy(`flexschil/elements/${tag}`)).includes(tag)) fail(`bundled: flexschil/elements/${tag} lost the definition of <${tag}>`);
for (const [entry, bundler] of [['flexschil'], ['flexschil/react'], ['flexschil/bundle', 'vite']]) {
  const defined = await definedBy(entry, bundler);
  const lost = tags.filter((tag) => !defined.includes(tag));
  if (lost.length) fail(`bundled: ${entry} lost the definition of ${lost.map((tag) => `<${tag}>`).join(', ')}`);
}
if (!failures.some((f) => f.startsWith('bundled:'))) console.log(`bundled: every element entry, flexschil, flexschil/react and flexschil/bundle keep the definitions of their tags (${tags.length})`);

// TypeScript 7 (the project's own, native and fast) for React; vue-tsc needs TypeScript 5's JS API.
typeCheck('react', bin('tsc'), { app: 'react-app.tsx', wrong: 'react-wrong.tsx' });
// One element's entry alone: its events typed (their `HTMLElementEventMap` entries come with it).
const entryErrors = check('element-entry', bin('tsc'), ['element-entry.ts']);
for (const e of entryErrors) fail(`element-entry: ${e.file}:${e.line}: ${e.message}`);
if (!entryErrors.length) console.log('element-entry: flexschil/elements/assignment-list alone types its events');
typeCheck('vue', join(consumer, 'node_modules/.bin/vue-tsc'), { app: 'VueApp.vue', wrong: 'VueWrong.vue', extra: ['env.d.ts'] });

if (failures.length) {
  console.error(`\npackage: ${failures.length} problem(s)\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('package: tarball, publint, arethetypeswrong, React and Vue types all fine');
