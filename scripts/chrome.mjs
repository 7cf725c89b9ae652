// Where Chromium is, and the flags it needs headless as root on this kind of machine
// (SETUP.md): shared by the test runner, the benchmarks and the screenshot scripts.
import { existsSync } from 'node:fs';

export const chromePath =
  [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (p) => p && existsSync(p),
  ) ?? '/usr/bin/chromium';

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
