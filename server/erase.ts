/**
 * `node --import tsx server/erase.ts --email <address>`
 *
 * Erases one person's data on request (AVG/GDPR): their applications with their CV files, their
 * session sign-ups, and the mails to them or about those, from the database of the environment
 * (as server/import.ts: DATABASE_URL and DATABASE_SCHEMA, else PGlite in DATA_DIR) and from
 * UPLOAD_DIR; a gathered announcement naming them among others is written anew without them,
 * linking to INBOX_URL as the server's mails do. Prints one JSON line counting what went, without the address.
 */
import path from 'node:path';
import { newMailId } from '../backend/ids.js';
import { withoutRemoved } from '../backend/mail.js';
import { pageUrl } from './config.js';
import { DataDirInUse } from './db/data-lock.js';
import { openDatabase } from './db/database.js';
import { DiskFiles } from './files.js';
import { jsonLogger } from './http/log.js';
import { erasePerson } from './store/erase.js';
import { databaseId } from './store/identity.js';

const usage = 'usage: node --import tsx server/erase.ts --email <address>\n';

export async function main(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const at = args.indexOf('--email');
  const email = at >= 0 ? args[at + 1]?.trim() : undefined;
  if (args.length !== 2 || !email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    process.stderr.write(usage);
    return 2;
  }
  // The mails written anew link to the inbox as the server's do.
  let inboxUrl: string | null = null;
  try {
    inboxUrl = pageUrl(env, 'INBOX_URL') ?? null;
  } catch (error) {
    process.stderr.write(`Nothing erased: ${(error as Error).message}\n`);
    return 1;
  }
  const log = jsonLogger();
  const dataDir = env.DATA_DIR || '.data';
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA || undefined } : { dataDir: path.join(dataDir, 'pglite') });
  } catch (error) {
    const detail =
      error instanceof DataDirInUse
        ? `the embedded database in ${dataDir} is in use by process ${error.holder ?? 'another'} (a running server?): stop it first`
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`Nothing erased: ${detail}\n`);
    return 1;
  }
  try {
    const uploadDir = env.UPLOAD_DIR || path.join(dataDir, 'uploads');
    const files = new DiskFiles(path.join(uploadDir, await databaseId(database.db)), log, uploadDir);
    const erased = await erasePerson(database.db, email, withoutRemoved({ inboxUrl, newId: newMailId, now: new Date() }));
    // After the commit: a file whose row is gone is the retention's orphan if this stops here.
    for (const file of erased.files) await files.remove(file);
    log.info('erase.done', { applications: erased.applications, files: erased.files.length, registrations: erased.registrations, mails: erased.mails, rewritten: erased.rewritten });
    return 0;
  } finally {
    await database.close();
  }
}

// Run when executed, not when imported (tests call main()).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
