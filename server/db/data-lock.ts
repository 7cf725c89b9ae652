/**
 * One process per embedded database folder. PGlite is PostgreSQL in single-user mode, with no
 * postmaster to keep a second process out: two of them on one data folder (a second `npm start`
 * in the same checkout, an import while the server runs) each write as if alone, and the folder
 * is corrupt. The first takes `<folder>.lock` (its process id, created exclusively); another is
 * refused with the process that holds it and what to do. A lock whose process is gone (a crash,
 * `kill -9`) is taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** The error of a folder in use: `code` tells it apart (the launcher prints its message as is). */
export class DataDirInUse extends Error {
  readonly code = 'EDATADIRINUSE';
  constructor(
    message: string,
    /** The process that holds the folder, when another one does (a tool words its own advice with it). */
    readonly holder?: number,
  ) {
    super(message);
  }
}

interface Owner {
  pid: number;
  since?: string;
}

/** The lock files this process holds: opening one folder twice in one process corrupts it as well. */
const held = new Set<string>();

/** Takes the folder's lock; resolves with the function that gives it back (on closing the database). */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = `${path.resolve(dataDir)}.lock`;
  // Twice at most: once more after taking a stale lock away.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      const owner: Owner = { pid: process.pid, since: new Date().toISOString() };
      await handle.writeFile(`${JSON.stringify(owner)}\n`);
      await handle.close();
      held.add(file);
      return async () => {
        held.delete(file);
        // Only our own: a lock taken over after ours was thought stale stays.
        if ((await ownerOf(file))?.pid === process.pid) await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await ownerOf(file);
    const ours = owner?.pid === process.pid;
    if (owner && (ours ? held.has(file) : alive(owner.pid))) throw new DataDirInUse(inUse(dataDir, file, owner, ours), ours ? undefined : owner.pid);
    // Its process is gone (or this one's, from before a restart with the same id): stale. Two
    // starts that find one stale lock at the same instant could both take it; the case this is
    // for, a second start while the first runs, cannot.
    await rm(file, { force: true });
  }
  throw new DataDirInUse(`the embedded database in ${dataDir} is being opened by another process at this moment; try again.`);
}

async function ownerOf(file: string): Promise<Owner | null> {
  try {
    const owner = JSON.parse(await readFile(file, 'utf8')) as Owner;
    return Number.isSafeInteger(owner?.pid) && owner.pid > 0 ? owner : null;
  } catch {
    // Gone meanwhile, or not ours to read (half written by a crash): nobody holds it.
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function inUse(dataDir: string, file: string, owner: Owner, ours: boolean): string {
  if (ours) return `the embedded database in ${dataDir} is open in this process already: open it once, or give the other a folder of its own.`;
  const since = owner.since ? ` since ${owner.since}` : '';
  return [
    `the embedded database in ${dataDir} is in use by process ${owner.pid}${since} (another npm start or server on this folder?), and two processes on one database folder corrupt it.`,
    `Stop that one first (Ctrl+C where it runs, or kill ${owner.pid}), or give this one a folder of its own: DATA_DIR=.data/second npm start.`,
    `If process ${owner.pid} is no Flexschil server, remove ${file}.`,
  ].join(' ');
}
