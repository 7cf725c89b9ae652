import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { freemem, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromeArgs, chromePath } from './scripts/chrome.mjs';
import { accessibilityTree } from './scripts/wtr-accessibility.mjs';
import { frameworks } from './scripts/wtr-frameworks.mjs';

/** One plain closing line that CI logs can be read by: `browser: N passed, N failed, N skipped`. */
function summaryLine() {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that could not even load counts as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      console.log(`\nbrowser: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}

export default {
  reporters: [defaultReporter(), summaryLine()],
  files: ['test/**/*.test.ts', '!test/conformance/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 15_000 } },
  plugins: [accessibilityTree(), frameworks(), esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' })],
  middleware: [
    // msw's service worker must be served from the root scope (SETUP.md).
    function mockServiceWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      // Keyboard scrolling (End, Page Down) animated over frames, and a page whose frames wait (the
      // other page in front, a loaded machine) did not scroll within a test's wait: scroll at once.
      launchOptions: { executablePath: chromePath, headless: true, args: [...chromeArgs, '--disable-smooth-scrolling'] },
      // A renderer that crashes shows in the report only as "the page navigated" and "Page crashed"
      // at the file's end (once in CI, 2026-12-05, not seen again in 10 runs of that file, 8 of them beside
      // another): say when, and how loaded and full the machine was, so the next one can be explained.
      async createPage({ context }) {
        const page = await context.newPage();
        page.on('crash', () => {
          const [load] = loadavg();
          console.error(`[wtr] Chromium's renderer crashed at ${new Date().toISOString()} (${page.url()}): load ${load.toFixed(1)}, ${Math.round(freemem() / 2 ** 20)} MB free`);
        });
        return page;
      },
    }),
  ],
};
