/** `server/main.ts` as an operator runs it: the lines its log ends with. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');

describe('server/main.ts', () => {
  it('says server.stopped once a graceful stop has closed the server and the database', { timeout: 60_000 }, async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'flexschil-main-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SEED: '0', DEV: '', NODE_ENV: '' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let stdout = '';
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const started = new Promise<void>((resolve) =>
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
          if (stdout.includes('"server.started"')) resolve();
        }),
      );
      await Promise.race([started, exited]);
      assert.ok(stdout.includes('"server.started"'), stdout);
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
      const events = stdout.trim().split('\n').map((line) => JSON.parse(line) as { event: string; signal?: string });
      assert.deepEqual(events.slice(-2).map(({ event, signal }) => ({ event, signal })), [
        { event: 'server.stopping', signal: 'SIGTERM' },
        { event: 'server.stopped', signal: 'SIGTERM' },
      ]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
