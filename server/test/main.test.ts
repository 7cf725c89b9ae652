/** `server/main.ts` as an operator runs it: the lines its log ends with. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createServer, type Socket } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs main.ts, sends SIGTERM once its log holds `event`, and gives the exit code and the log's events. */
async function stopAt(event: string): Promise<{ code: number | null; events: { event: string; signal?: string }[] }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'flexschil-main-'));
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SEED: '0', DEV: '', NODE_ENV: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const seen = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes(`"${event}"`)) resolve();
      }),
    );
    await Promise.race([seen, exited]);
    assert.ok(stdout.includes(`"${event}"`), stdout);
    child.kill('SIGTERM');
    const code = await exited;
    return { code, events: stdout.trim().split('\n').map((line) => JSON.parse(line)) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Runs main.ts on a fresh data folder with `env`, once its log says `server.started`: its API's
 * address, its exit, and its log so far (the caller removes `dataDir`).
 */
async function startMain(dataDir: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', NODE_ENV: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const started = new Promise<string>((resolve) =>
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const line = stdout.split('\n').find((l) => l.includes('"server.started"'));
      if (line) resolve(JSON.parse(line).api);
    }),
  );
  const api = await Promise.race([started, exited.then(() => assert.fail(stdout))]);
  return { child, api, exited, log: () => stdout, events: () => stdout.trim().split('\n').map((line) => JSON.parse(line)) };
}

const lastTwo = (events: { event: string; signal?: string }[]) => events.slice(-2).map(({ event, signal }) => ({ event, signal }));

describe('server/main.ts', () => {
  it('says server.stopped once a graceful stop has closed the server and the database', { timeout: 60_000 }, async () => {
    const { code, events } = await stopAt('server.started');
    assert.equal(code, 0);
    assert.deepEqual(lastTwo(events), [
      { event: 'server.stopping', signal: 'SIGTERM' },
      { event: 'server.stopped', signal: 'SIGTERM' },
    ]);
  });

  it('stops gracefully when asked while still starting (its first log line), not killed by the signal', { timeout: 60_000 }, async () => {
    const { code, events } = await stopAt('auth.unconfigured');
    assert.equal(code, 0, 'not ended by the signal itself (null)');
    // The start goes on to its end (server.started may come after server.stopping), then closes.
    assert.ok(events.some(({ event }) => event === 'server.stopping'));
    assert.deepEqual(lastTwo(events).at(-1), { event: 'server.stopped', signal: 'SIGTERM' });
  });
});

describe('server/main.ts stopping with a request that does not end', () => {
  it('waits SHUTDOWN_GRACE_MS, then says how many requests it cut and exits 1', { timeout: 60_000 }, async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'flexschil-main-'));
    try {
      const { child, api, exited, log, events } = await startMain(dataDir, { SEED: '0', DEV: '1', SHUTDOWN_GRACE_MS: '1500' });
      // A request whose body never ends: it stays in flight until the process is ended. Node answers
      // `100 Continue` in the same turn in which it hands the request to the app, so once the
      // client has it the request is in flight.
      const request = http.request(`${api}/dev/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': '1000', Expect: '100-continue' },
      });
      request.on('error', () => {});
      const continued = new Promise<void>((resolve) => request.once('continue', () => resolve()));
      request.flushHeaders();
      await continued;
      request.write('{"org":');
      const sent = Date.now();
      child.kill('SIGTERM');
      const code = await exited;
      const waited = Date.now() - sent;
      request.destroy();
      assert.equal(code, 1, log());
      assert.deepEqual(
        events().slice(-2).map(({ event, graceMs, requestsCut, mailCut }) => ({ event, graceMs, requestsCut, mailCut })),
        [
          { event: 'server.stopping', graceMs: 1500, requestsCut: undefined, mailCut: undefined },
          { event: 'server.stop-forced', graceMs: 1500, requestsCut: 1, mailCut: false },
        ],
      );
      assert.match(events().at(-1).detail, /^1 request still running after SHUTDOWN_GRACE_MS/);
      assert.ok(waited >= 1400, `waited ${waited} ms`);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('server/main.ts stopping while its SMTP server says nothing', () => {
  it('leaves the mail being sent within SHUTDOWN_GRACE_MS, says so, and stops gracefully', { timeout: 60_000 }, async () => {
    // Greets, then never answers: the mail round waits for the mailer's socket timeout (30 s).
    const sockets = new Set<Socket>();
    const smtp = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.write('220 silent.example.nl ESMTP\r\n');
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const dataDir = await mkdtemp(path.join(tmpdir(), 'flexschil-main-'));
    try {
      const smtpUrl = `smtp://127.0.0.1:${(smtp.address() as { port: number }).port}`;
      const { child, api, exited, log, events } = await startMain(dataDir, { DEV: '', SMTP_URL: smtpUrl, SHUTDOWN_GRACE_MS: '3000' });
      const form = new FormData();
      for (const [name, value] of Object.entries({ name: 'Anne', email: 'anne@example.nl', motivation: 'x'.repeat(60), consent: 'true' })) form.append(name, value);
      form.append('cv', new Blob(['%PDF-1.7\n1 0 obj << >> endobj\n']), 'cv.pdf');
      const applied = await fetch(`${api}/assignments/a-2026-0105/applications`, { method: 'POST', body: form, headers: { 'Idempotency-Key': 'k-silent-smtp' } });
      assert.equal(applied.status, 201, await applied.text());
      while (sockets.size === 0) await new Promise((resolve) => setTimeout(resolve, 20));

      const sent = Date.now();
      child.kill('SIGTERM');
      const code = await exited;
      const waited = Date.now() - sent;
      assert.equal(code, 0, log());
      assert.deepEqual(events().slice(-3).map(({ event }) => event), ['server.stopping', 'mail.round-left', 'server.stopped']);
      assert.ok(waited < 3000, `waited ${waited} ms`);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => smtp.close(resolve));
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
