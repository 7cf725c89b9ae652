/**
 * CV files on disk (the backend's `FileStore` port). A file is written under a temporary name
 * (`.partial-<name>`) and gets its final name only after the row referring to it is committed;
 * the start-up sweep removes temporary files and files no row refers to, so after a crash
 * (even `kill -9` between the two steps) no personal data outlives its row.
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileStore, Logger, StagedFile } from '../backend/ports.js';
import { describeError } from './http/log.js';

const PARTIAL = '.partial-';

export class DiskFiles implements FileStore {
  constructor(
    readonly dir: string,
    private readonly log: Logger,
  ) {}

  async stage(bytes: Uint8Array, extension: string): Promise<StagedFile> {
    // A generated name: the applicant's file name never touches the file system.
    const name = `${randomUUID()}.${extension.replace(/[^a-z0-9]/gi, '')}`;
    const partial = path.join(this.dir, PARTIAL + name);
    await writeFile(partial, bytes, { flag: 'wx', mode: 0o600 });
    return {
      name,
      commit: () => rename(partial, path.join(this.dir, name)),
      discard: async () => {
        await this.unlink(partial);
      },
    };
  }

  async read(name: string): Promise<Uint8Array | null> {
    if (!isOwnName(name)) return null;
    try {
      return new Uint8Array(await readFile(path.join(this.dir, name)));
    } catch {
      return null;
    }
  }

  async remove(name: string): Promise<void> {
    if (isOwnName(name)) await this.unlink(path.join(this.dir, name));
  }

  /**
   * Removes files no row refers to: temporary ones older than `partialGraceMs` (an upload takes
   * at most a minute; a younger one may be another instance's upload under way) and final ones
   * older than `orphanGraceMs` (a file just renamed may belong to a row not yet visible here).
   */
  async sweep(referenced: Set<string>, now: Date, { partialGraceMs = 120_000, orphanGraceMs = 120_000 } = {}): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.dir, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile() || referenced.has(name)) continue;
      const age = now.getTime() - info.mtimeMs;
      const orphan = name.startsWith(PARTIAL) ? age > partialGraceMs : age > orphanGraceMs;
      if (orphan && (await this.unlink(file))) removed++;
    }
    return removed;
  }

  private async unlink(file: string): Promise<boolean> {
    try {
      await unlink(file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.log.warn('upload.remove-failed', describeError(error));
      return false;
    }
  }
}

/** Only names this store made: a UUID and an extension (no paths, no dots to climb with). */
function isOwnName(name: string): boolean {
  return /^[0-9a-f-]{36}\.[a-z0-9]{1,8}$/i.test(name);
}
