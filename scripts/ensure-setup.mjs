#!/usr/bin/env node
// Everything a fresh Debian machine lacks before `npm start` / `npm test` can run: the npm
// dependencies and a Chromium (Debian's package; tools that download their own browser do not
// work behind this network). Uses only Node's built-ins: it runs before `npm ci`.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

const lockIsNewer = () => {
  try {
    return statSync(join(root, 'package-lock.json')).mtimeMs > statSync(join(root, 'node_modules/.package-lock.json')).mtimeMs;
  } catch {
    return false;
  }
};

if (!existsSync(join(root, 'node_modules/.package-lock.json')) || lockIsNewer()) {
  console.log('[setup] installing npm dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p));
}

if (!chromePath()) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('[setup] installing Chromium from Debian (apt-get)…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation']);
  } else {
    console.error('[setup] No Chromium found. Install Debian\'s `chromium` package or set CHROME_PATH.');
    process.exit(1);
  }
}
