/**
 * AVG (GDPR): personal data is kept only `retentionDays`; then server/store/retention.ts
 * deletes it from every table that holds it (applications and their CV files, sign-ups of
 * sessions that ended, the mails about them, audit entries, rate-limit rows), and this removes
 * the CV files. Files no row refers to (a crash between writing a file and committing its row)
 * are removed too. Runs at start-up and every hour (server/server.ts), and once from the
 * command line (`node --import tsx server/retention.ts`, `main` below), for a cron job or while
 * the server is down. Several instances may run it at once: deleting twice is harmless.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { newMailId } from '../backend/ids.js';
import { withoutRemoved } from '../backend/mail.js';
import { optionsFromEnv, type ServerOptions } from './config.js';
import { DataDirInUse } from './db/data-lock.js';
import { type Database, type DatabaseOptions, openDatabase } from './db/database.js';
import type { DB } from './db/schema.js';
import { DiskFiles } from './files.js';
import { describeError, jsonLogger, type Logger } from './http/log.js';
import { databaseId } from './store/identity.js';
import { deletePersonalData, referencedFiles, type Removed } from './store/retention.js';

const DAY_MS = 86_400_000;

/** What one run removed, counted per kind (the `retention.done` log line says the same). */
export interface RetentionResult extends Omit<Removed, 'files'> {
  /** CV files: of removed applications, and orphans. */
  files: number;
}

export async function runRetention(
  db: Kysely<DB>,
  options: { retentionDays: number; files: DiskFiles; now: Date; log: Logger; inboxUrl?: string | null; partialGraceMs?: number; orphanGraceMs?: number },
): Promise<RetentionResult> {
  const before = new Date(options.now.getTime() - options.retentionDays * DAY_MS);
  const ungathering = withoutRemoved({ inboxUrl: options.inboxUrl ?? null, newId: newMailId, now: options.now });
  const { files, ...removed } = await deletePersonalData(db, before, options.now, ungathering);
  for (const file of files) await options.files.remove(file);
  const orphans = await options.files.sweep(await referencedFiles(db), options.now, {
    partialGraceMs: options.partialGraceMs,
    orphanGraceMs: options.orphanGraceMs,
  });
  const result = { ...removed, files: files.length + orphans };
  options.log.info('retention.done', { retentionDays: options.retentionDays, ...result });
  return result;
}

const usage = 'usage: node --import tsx server/retention.ts   (settings from the environment, as the server: RETENTION_DAYS, DATABASE_URL or DATA_DIR, UPLOAD_DIR)\n';

/**
 * One retention run over the environment's database and UPLOAD_DIR, read as the server reads
 * them (server/config.ts: a setting the server would refuse stops this too, so a cron job with
 * a typo in RETENTION_DAYS removes nothing rather than the default's worth). Logs `retention.done`
 * as the hourly run does; 0 when it ran, 1 when it could not, 2 for arguments it does not take.
 */
export async function main(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (args.length) {
    process.stderr.write(usage);
    return 2;
  }
  let options: ServerOptions;
  try {
    options = optionsFromEnv(env);
  } catch (error) {
    process.stderr.write(`Nothing removed: ${(error as Error).message}\n`);
    return 1;
  }
  const log = jsonLogger();
  const dataDir = options.dataDir ?? '.data';
  // optionsFromEnv says how to open one, never hands an open one.
  const settings = options.database as DatabaseOptions | undefined;
  // A cron job starts elsewhere than the server (DATA_DIR is relative to the working
  // directory): a new, empty database would be made there, and every run report nothing to remove.
  const pglite = path.join(dataDir, 'pglite');
  if (!settings?.url && !existsSync(pglite)) {
    process.stderr.write(`Nothing removed: there is no embedded database in ${path.resolve(pglite)}: set DATA_DIR (relative to the working directory) as the server has it, or DATABASE_URL\n`);
    return 1;
  }
  let database: Database;
  try {
    // Without STATEMENT_TIMEOUT_MS: the first run after months without one may delete more
    // than a request may take, and nobody is waiting for an answer.
    database = await openDatabase(settings?.url ? { url: settings.url, schema: settings.schema, logger: log } : { dataDir: pglite, logger: log });
  } catch (error) {
    const detail =
      error instanceof DataDirInUse
        ? `the embedded database in ${dataDir} is in use by process ${error.holder ?? 'another'} (a running server? It runs retention itself, every hour)`
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`Nothing removed: ${detail}\n`);
    return 1;
  }
  try {
    const uploadDir = options.uploadDir ?? path.join(dataDir, 'uploads');
    const files = new DiskFiles(path.join(uploadDir, await databaseId(database.db)), log, uploadDir);
    await runRetention(database.db, { retentionDays: options.retentionDays ?? 90, files, now: new Date(), log, inboxUrl: options.inboxUrl ?? null });
    return 0;
  } catch (error) {
    log.error('retention.failed', describeError(error));
    return 1;
  } finally {
    await database.close();
  }
}

// Run when executed, not when imported (the server and tests import it).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
