/**
 * AVG (GDPR): personal data is kept only `retentionDays`; then server/store/retention.ts
 * deletes it from every table that holds it (applications and their CV files, sign-ups of
 * sessions that ended, the mails about them, audit entries, rate-limit rows), and this removes
 * the CV files. Files no row refers to (a crash between writing a file and committing its row)
 * are removed too. Runs at start-up and every hour (server/server.ts). Several instances may
 * run it at once: deleting twice is harmless.
 */
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.js';
import type { DiskFiles } from './files.js';
import type { Logger } from './http/log.js';
import { deletePersonalData, referencedFiles, type Removed } from './store/retention.js';

const DAY_MS = 86_400_000;

/** What one run removed, counted per kind (the `retention.done` log line says the same). */
export interface RetentionResult extends Omit<Removed, 'files'> {
  /** CV files: of removed applications, and orphans. */
  files: number;
}

export async function runRetention(
  db: Kysely<DB>,
  options: { retentionDays: number; files: DiskFiles; now: Date; log: Logger; partialGraceMs?: number; orphanGraceMs?: number },
): Promise<RetentionResult> {
  const before = new Date(options.now.getTime() - options.retentionDays * DAY_MS);
  const { files, ...removed } = await deletePersonalData(db, before, options.now);
  for (const file of files) await options.files.remove(file);
  const orphans = await options.files.sweep(await referencedFiles(db), options.now, {
    partialGraceMs: options.partialGraceMs,
    orphanGraceMs: options.orphanGraceMs,
  });
  const result = { ...removed, files: files.length + orphans };
  options.log.info('retention.done', { retentionDays: options.retentionDays, ...result });
  return result;
}
