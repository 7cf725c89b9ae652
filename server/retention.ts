/**
 * AVG (GDPR): applications are personal data, kept only `retentionDays` after they were
 * received; then the row, its idempotency record and its CV file are deleted. Files no row
 * refers to (a crash between writing a file and committing its row) are removed too. Runs at
 * start-up and daily. Several instances may run it at once: deleting twice is harmless.
 */
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.js';
import type { DiskFiles } from './files.js';
import type { Logger } from './http/log.js';
import { deleteApplicationsBefore, referencedFiles } from './store/applications.js';

const DAY_MS = 86_400_000;

export interface RetentionResult {
  applications: number;
  files: number;
}

export async function runRetention(
  db: Kysely<DB>,
  options: { retentionDays: number; files: DiskFiles; now: Date; log: Logger; partialGraceMs?: number; orphanGraceMs?: number },
): Promise<RetentionResult> {
  const before = new Date(options.now.getTime() - options.retentionDays * DAY_MS);
  const { count, files } = await deleteApplicationsBefore(db, before);
  for (const file of files) await options.files.remove(file);
  const orphans = await options.files.sweep(await referencedFiles(db), options.now, {
    partialGraceMs: options.partialGraceMs,
    orphanGraceMs: options.orphanGraceMs,
  });
  options.log.info('retention.done', { retentionDays: options.retentionDays, applications: count, files: files.length + orphans });
  return { applications: count, files: files.length + orphans };
}
