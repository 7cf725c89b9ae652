/**
 * CV files on disk (the backend's `FileStore` port). A file is written under a temporary name
 * (`.partial-<name>`) and gets its final name only after the row referring to it is committed;
 * the retention's sweep removes temporary files and files no row refers to, so after a crash
 * (even `kill -9` between the two steps) no personal data outlives its row.
 *
 * Each database (or schema) keeps its files in a folder of its own under UPLOAD_DIR, named by
 * its id (server/store/identity.ts): `<UPLOAD_DIR>/<id>/<uuid>.pdf`. The sweep looks only there,
 * since "no row of *my* database refers to it" says nothing about a file of another database
 * that shares UPLOAD_DIR (it used to delete every CV of the other one within two minutes).
 *
 * Files written before this layout lie directly in UPLOAD_DIR (`legacyDir`). They are read and
 * removed (with their application, by retention) where they are, but never moved and never
 * swept: UPLOAD_DIR's top level may hold another database's files, and an older instance still
 * running during a rolling upgrade reads them only there. Retention empties it by itself within
 * RETENTION_DAYS of the upgrade; what stays is a crash's leftover or another database's.
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileStore, Logger, StagedFile } from '../backend/ports.js';
import { describeError } from './http/log.js';

const PARTIAL = '.partial-';
const DAY_MS = 86_400_000;

export class DiskFiles implements FileStore {
  /**
   * @param dir this database's own folder (written, read, swept)
   * @param legacyDir UPLOAD_DIR itself, where files from before the per-database folders lie (read and removed, never swept)
   */
  constructor(
    readonly dir: string,
    private readonly log: Logger,
    readonly legacyDir?: string,
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
    for (const dir of this.dirs()) {
      try {
        return new Uint8Array(await readFile(path.join(dir, name)));
      } catch {
        // not here: the next place, or null
      }
    }
    return null;
  }

  /** Removes a file of this database's (a name its rows held: a generated UUID, so never another database's). */
  async remove(name: string): Promise<void> {
    if (!isOwnName(name)) return;
    for (const dir of this.dirs()) await this.unlink(path.join(dir, name));
  }

  private dirs(): string[] {
    return this.legacyDir && path.resolve(this.legacyDir) !== path.resolve(this.dir) ? [this.dir, this.legacyDir] : [this.dir];
  }

  /**
   * Removes files in this database's own folder (never elsewhere) that no row refers to:
   * temporary ones older than `partialGraceMs` (a file is temporary only between its write and
   * its row's commit; a younger one may be another instance's upload under way) and final ones
   * older than `orphanGraceMs`, a day (a file just renamed may belong to a row not yet visible here).
   */
  async sweep(referenced: Set<string>, now: Date, { partialGraceMs = 120_000, orphanGraceMs = DAY_MS } = {}): Promise<number> {
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
