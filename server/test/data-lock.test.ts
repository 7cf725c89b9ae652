/**
 * One process per embedded database folder (server/db/data-lock.ts): a second one is refused
 * with the process that has it and what to do, before PGlite touches the folder; a lock left by
 * a process that is gone is taken over; closing gives it back.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { openDatabase } from '../db/database.js';

let folder: string;
before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'flexschil-lock-'));
});
after(() => rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));

/** A process that runs until the test stops it, standing in for a server on the folder. */
function otherProcess(): { pid: number; stop: () => Promise<void> } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return {
    pid: child.pid as number,
    stop: () => new Promise((resolve) => child.once('exit', () => resolve()).kill()),
  };
}

/** The id of a process that has ended. */
async function endedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid as number;
}

it('refuses a folder another process has open, naming it and what to do, and leaves the folder alone', async () => {
  const dataDir = path.join(folder, 'busy', 'pglite');
  const other = otherProcess();
  try {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: other.pid, since: '2026-12-02T09:00:00.000Z' }));
    await assert.rejects(openDatabase({ dataDir }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'EDATADIRINUSE');
      assert.match(error.message, new RegExp(`in use by process ${other.pid} since 2026-12-02T09:00:00.000Z`));
      assert.match(error.message, new RegExp(`kill ${other.pid}`));
      assert.match(error.message, /DATA_DIR=/);
      assert.ok(error.message.includes(dataDir), 'names the folder');
      return true;
    });
    assert.equal(existsSync(dataDir), false, 'PGlite never opened it');
    assert.equal(JSON.parse(await readFile(`${dataDir}.lock`, 'utf8')).pid, other.pid, 'the lock stays with its holder');
  } finally {
    await other.stop();
  }
});

it('takes over a lock whose process is gone, and gives it back on closing', { timeout: 60_000 }, async () => {
  const dataDir = path.join(folder, 'stale', 'pglite');
  const lock = `${dataDir}.lock`;
  const gone = await endedProcess();
  await mkdir(path.dirname(dataDir), { recursive: true });
  await writeFile(lock, JSON.stringify({ pid: gone, since: '2026-12-01T23:59:00.000Z' }));
  const database = await openDatabase({ dataDir });
  try {
    assert.equal(JSON.parse(await readFile(lock, 'utf8')).pid, process.pid, 'this process holds it now');
    // The same folder twice in one process would corrupt it as well.
    await assert.rejects(openDatabase({ dataDir }), /open in this process already/);
  } finally {
    await database.close();
  }
  assert.equal(existsSync(lock), false, 'given back');
  // A lock that is no lock (a crash while it was written) holds nothing either.
  await writeFile(lock, '{"pi');
  const again = await openDatabase({ dataDir });
  await again.close();
  assert.equal(existsSync(lock), false);
});
