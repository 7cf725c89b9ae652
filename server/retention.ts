/**
 * AVG (GDPR): applications are personal data, kept only `retentionDays` after they were
 * received; then the row, its idempotency record and its CV file are deleted. Runs at start-up
 * and daily. Several instances may run it at once: deleting twice is harmless.
 */
import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { deleteApplicationsBefore, referencedFiles } from './data/applications.js';
import type { DB } from './db/schema.js';
import { describeError, type Logger } from './http/log.js';

const DAY_MS = 86_400_000;
/** A file younger than this may belong to an application being stored right now. */
const ORPHAN_GRACE_MS = DAY_MS;

export interface RetentionResult {
  applications: number;
  files: number;
}

export async function runRetention(
  db: Kysely<DB>,
  options: { retentionDays: number; uploadDir: string; now: Date; log: Logger },
): Promise<RetentionResult> {
  const before = new Date(options.now.getTime() - options.retentionDays * DAY_MS);
  const { count, files } = await deleteApplicationsBefore(db, before);
  let removed = 0;
  for (const file of files) if (await remove(path.join(options.uploadDir, file), options.log)) removed++;
  removed += await removeOrphans(db, options.uploadDir, options.now, options.log);
  options.log.info('retention.done', { retentionDays: options.retentionDays, applications: count, files: removed });
  return { applications: count, files: removed };
}

/** Files no application refers to (a crash between writing the file and the row). */
async function removeOrphans(db: Kysely<DB>, uploadDir: string, now: Date, log: Logger): Promise<number> {
  let names: string[];
  try {
    names = await readdir(uploadDir);
  } catch {
    return 0;
  }
  const referenced = await referencedFiles(db);
  let removed = 0;
  for (const name of names) {
    if (referenced.has(name)) continue;
    const file = path.join(uploadDir, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && now.getTime() - info.mtimeMs > ORPHAN_GRACE_MS && (await remove(file, log))) removed++;
  }
  return removed;
}

async function remove(file: string, log: Logger): Promise<boolean> {
  try {
    await unlink(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('retention.remove-failed', describeError(error));
    return false;
  }
}
