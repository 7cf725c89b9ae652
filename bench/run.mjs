#!/usr/bin/env node
/**
 * Runs the browser benchmarks: every bench/*.bench.ts, or those whose name contains one of
 * the arguments. Each is bundled with esbuild (in memory), loaded in headless Chromium and
 * measured in the page by bench/harness.ts; the figures go to stdout. Not a test: nothing here
 * passes or fails on a number.
 *
 *   node bench/run.mjs [name…] [--iterations=15] [--warmup=3] [--min-sample-ms=20]
 *
 * Other scripts can import {@link runBenchmarks} and use the results themselves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
/** Pages are served from this made-up origin by request interception: no server, no port. HTTPS because
 * browsers honour the cross-origin isolation headers (below) only on a trustworthy origin. */
const origin = 'https://bench.flexschil.invalid';

/** Every `*.bench.ts` in bench/, optionally only those whose name contains a filter. */
export function findBenchmarks(filters = []) {
  return readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort()
    .map((f) => join(benchDir, f));
}

/**
 * Bundles, loads and measures each benchmark file in one Chromium.
 * @param {{ files?: string[], warmup?: number, iterations?: number, minSampleMs?: number,
 *   log?: (line: string) => void }} [options]
 * @returns {Promise<object[]>} one SuiteResult (bench/harness.ts) per file
 */
export async function runBenchmarks({ files = findBenchmarks(), log = console.log, ...measure } = {}) {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  const results = [];
  try {
    log(`Chromium ${browser.version()}`);
    for (const file of files) {
      const page = await browser.newPage();
      try {
        const result = await runOne(page, file, measure);
        results.push(result);
        log('');
        for (const line of format(result)) log(line);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function runOne(page, file, measure) {
  const name = basename(file, '.ts'); // "match.bench"
  const { outputFiles } = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Production mode for any dependency that checks it (Lit's dev mode is slower).
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    logLevel: 'warning',
  });
  const files = new Map([
    [`/${name}.js`, { body: outputFiles[0].contents, type: 'text/javascript' }],
    [`/${name}.html`, { body: pageFor(file, name), type: 'text/html' }],
  ]);

  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(new Error(message.text()));
  });
  await page.route(`${origin}/**`, (route) => {
    const served = files.get(new URL(route.request().url()).pathname);
    if (!served) return route.fulfill({ status: 404 });
    return route.fulfill({
      status: 200,
      contentType: served.type,
      body: Buffer.from(served.body),
      // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
      headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
    });
  });
  // Tell the harness that this script drives the measuring, so the page does not start its own.
  await page.addInitScript(() => {
    globalThis.__flexschilBenchRunner = true;
  });

  await page.goto(`${origin}/${name}.html`);
  await page.waitForFunction(() => globalThis.__flexschilBench !== undefined, null, { timeout: 30_000 }).catch(
    () => {
      throw errors[0] ?? new Error(`${name}: the page did not call defineSuite()`);
    },
  );
  const result = await page.evaluate((options) => globalThis.__flexschilBench.measure(options), measure);
  if (errors.length > 0) throw errors[0];
  return result;
}

/** The bench's own HTML page with the bundle in place of the TypeScript entry, or a bare one. */
function pageFor(file, name) {
  const html = file.replace(/\.ts$/, '.html');
  if (!existsSync(html)) return `<!doctype html><meta charset="utf-8"><script type="module" src="./${name}.js"></script>`;
  return readFileSync(html, 'utf8').replaceAll(`${name}.ts`, `${name}.js`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Lines of a plain-text table: median and fastest ms per run, and the median ÷ the baseline's. */
export function format(result) {
  const base = median(result.baseline.samples);
  const rows = [result.baseline, ...result.cases].map((c) => [
    c.name,
    `${median(c.samples).toFixed(3)} ms`,
    `${Math.min(...c.samples).toFixed(3)} ms`,
    `${(median(c.samples) / base).toFixed(1)}×`,
  ]);
  const head = ['', 'median', 'fastest', 'ratio'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('   ');
  const n = result.baseline.samples.length;
  return [
    `${result.name}: ${result.description}`,
    `  per run, median of ${n} samples${result.crossOriginIsolated ? '' : ' (timer not cross-origin isolated)'}; ratio = median ÷ baseline median`,
    `  ${line(head)}`,
    ...rows.map((r) => `  ${line(r)}`),
    ...(result.notes ?? []).map((note) => `  ${note}`),
  ];
}

function parseArgs(argv) {
  const filters = [];
  const measure = {};
  const keys = { '--iterations': 'iterations', '--warmup': 'warmup', '--min-sample-ms': 'minSampleMs' };
  for (const arg of argv) {
    const [flag, value] = arg.split('=');
    if (flag in keys) measure[keys[flag]] = Number(value);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else filters.push(arg);
  }
  return { filters, measure };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { filters, measure } = parseArgs(process.argv.slice(2));
    const files = findBenchmarks(filters);
    if (files.length === 0) throw new Error(`no bench/*.bench.ts matches ${filters.join(', ')}`);
    await runBenchmarks({ files, ...measure });
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
}
