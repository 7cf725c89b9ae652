/**
 * `npm start` as a person runs it: the launcher starts the reference server on a fresh data
 * folder and the demo pages in front of it; the pages and the API answer through one origin.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
// @ts-expect-error: a plain .mjs helper shared with the test runner config
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

const root = path.resolve(import.meta.dirname, '../..');
let child: ChildProcess | undefined;
let dataDir: string | undefined;

after(async () => {
  // The launcher and the server it started are one process group: stop both, and wait for the
  // launcher to go before its data folder is removed (the server may still be writing to it).
  if (child?.pid && child.exitCode === null) {
    const gone = new Promise((resolve) => child?.once('exit', resolve));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => {});
});

/** `text` in a regular expression, as it is. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A free port for the launcher's pages, below the range the system hands out for port 0 and for
 * outgoing connections: between this probe and the moment the launcher listens (seconds), a
 * socket of another test file running beside this one can never take it.
 */
async function freePort(): Promise<number> {
  const [low] = (await readFile('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').catch(() => '32768')).trim().split(/\s+/).map(Number);
  const bottom = Math.max(1024, low - 8192);
  for (let tries = 0; tries < 100; tries++) {
    const port = bottom + Math.floor(Math.random() * (low - bottom));
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port below the ephemeral range');
}

test('npm start serves the demo pages and the API of a freshly seeded server', { timeout: 150_000 }, async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'flexschil-start-'));
  const pagesPort = await freePort();
  let exited: number | null = null;
  child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // `npm start` is the embedded database, also when this suite runs against PostgreSQL.
    // No API_PORT: the server takes a free port of its own, whatever else runs on this machine.
    env: { ...process.env, DATABASE_URL: '', PORT: String(pagesPort), HOST: '127.0.0.1', API_PORT: '', DATA_DIR: dataDir },
  });
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  const origin = `http://127.0.0.1:${pagesPort}`;
  let page: Response | undefined;
  for (let i = 0; i < 1200 && !page?.ok && exited === null; i++) {
    page = await fetch(`${origin}/index.html`).catch(() => undefined);
    if (!page?.ok) await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(exited, null, `the launcher is still running: ${stderr.slice(-2000)}`);
  assert.ok(page?.ok, 'the demo page is served');
  assert.match(await page.text(), /<assignment-list/);
  const api = await fetch(`${origin}/api/v1/assignments?pageSize=1`);
  assert.equal(api.status, 200);
  const body = (await api.json()) as { total: number };
  assert.ok(body.total >= 40, 'seeded on first start');
  assert.equal((await fetch(`${origin}/health`)).status, 200);

  // The whole mail loop on one machine: an application through the pages' origin, two mails in the catcher.
  for (let i = 0; i < 100 && !/Mail:/.test(stdout); i++) await new Promise((r) => setTimeout(r, 100));
  const mailUi = /Mail:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
  assert.ok(mailUi, `the launcher says where to read the mails: ${stdout.slice(-500)}`);
  const form = new FormData();
  const fields = { name: 'Anne Backx', email: 'anne@example.nl', motivation: 'Ik heb ruime ervaring met precies dit soort opdrachten bij gemeenten.', consent: 'true' };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('cv', new Blob(['%PDF-1.4 cv']), 'cv.pdf');
  const applied = await fetch(`${origin}/api/v1/assignments/a-2026-0105/applications`, { method: 'POST', body: form, headers: { 'Idempotency-Key': crypto.randomUUID() } });
  assert.equal(applied.status, 201, await applied.clone().text());
  let mails: { subject: string; to: { address: string }[] }[] = [];
  for (let i = 0; i < 100 && mails.length < 2; i++) {
    mails = (await (await fetch(`${mailUi}/api/email`)).json()) as typeof mails;
    if (mails.length < 2) await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(mails.map((m) => m.to.map((t) => t.address).join()).sort(), ['anne@example.nl', 'p.kroes@steenbergen.example.nl']);

  // A session sign-up's confirmation links to the demo's sessions page to cancel.
  const sessions = (await (await fetch(`${origin}/api/v1/sessions`)).json()) as { items: { id: string; status: string }[] };
  const open = sessions.items.find((session) => session.status === 'open' || session.status === 'full');
  assert.ok(open, 'a session to sign up for');
  const signUp = await fetch(`${origin}/api/v1/sessions/${open.id}/registrations`, {
    method: 'POST',
    body: JSON.stringify({ name: 'Fatima el Idrissi', email: 'fatima@example.nl', consent: true }),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
  });
  assert.equal(signUp.status, 201, await signUp.clone().text());
  let confirmation: { text?: string; to: { address: string }[] } | undefined;
  for (let i = 0; i < 100 && !confirmation; i++) {
    const all = (await (await fetch(`${mailUi}/api/email`)).json()) as { text?: string; to: { address: string }[] }[];
    confirmation = all.find((m) => m.to.some((t) => t.address === 'fatima@example.nl'));
    if (!confirmation) await new Promise((r) => setTimeout(r, 100));
  }
  assert.match(confirmation?.text ?? '', new RegExp(`${origin}/zwermsessies\\.html\\?registration=`));

  // The demo's note names the folder the data are in: DATA_DIR's, not .data/.
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  try {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/index.html`);
    const note = tab.locator('[data-demo-backend]', { hasText: 'referentieserver' });
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', new RegExp(`een echte database in ${literally(dataDir)}/\\)`));
  } finally {
    await browser.close();
  }

  // A second npm start on the same data folder would corrupt it: it stops, and says which
  // process has the folder and what to do.
  const launched = (await readFile(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8')).split(' ').filter(Boolean);
  const servers = [];
  for (const pid of launched) if (/server\/main\.ts/.test(await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''))) servers.push(Number(pid));
  assert.equal(servers.length, 1, 'the first start runs one server');
  const first = servers[0];
  const second = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATABASE_URL: '', PORT: String(await freePort()), HOST: '127.0.0.1', API_PORT: '', DATA_DIR: dataDir },
  });
  let refused = '';
  second.stderr?.on('data', (chunk) => {
    refused += chunk;
  });
  const code = await Promise.race([new Promise((resolve) => second.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 60_000, 'still running'))]);
  if (code === 'still running') process.kill(-(second.pid as number), 'SIGTERM');
  assert.notEqual(code, 'still running', `the second start stops: ${refused.slice(-1000)}`);
  assert.notEqual(code, 0);
  assert.match(refused, new RegExp(`\\[start\\] the embedded database in ${literally(dataDir)}/pglite is in use by process ${first} `));
  assert.match(refused, new RegExp(`kill ${first}\\b`));
  assert.match(refused, /DATA_DIR=/);
  // The first goes on as if nothing happened.
  assert.equal((await fetch(`${origin}/api/v1/assignments?pageSize=1`)).status, 200);
});

test('npm start names the port when a chosen API_PORT is taken', { timeout: 120_000 }, async () => {
  const taken = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => taken.once('listening', resolve));
  const { port } = taken.address() as { port: number };
  const folder = await mkdtemp(path.join(tmpdir(), 'flexschil-start-'));
  try {
    const launcher = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DATABASE_URL: '', PORT: String(await freePort()), HOST: '127.0.0.1', API_PORT: String(port), DATA_DIR: folder },
    });
    let stderr = '';
    launcher.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => launcher.once('exit', resolve));
    assert.notEqual(code, 0);
    assert.match(stderr, new RegExp(`port ${port} \\(API_PORT\\) is taken`));
  } finally {
    taken.close();
    await rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});
