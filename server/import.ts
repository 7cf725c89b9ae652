/**
 * `node --import tsx server/import.ts <assignments.json> <profiles.json>`
 *
 * Loads assignments and profiles (JSON arrays of the contract's Assignment and Profile, as
 * `GET /assignments/{id}` would answer them) into the database of the environment: PGlite in
 * DATA_DIR (default `.data`), or PostgreSQL when DATABASE_URL is set. Records are upserted by
 * id; everything is validated first and nothing is written when any record is invalid.
 * Pass `-` for a file to skip it. After an import, first-start seeding of demo data is off.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importData, ImportError } from './store/import.js';
import { ensureVocabularies, markSeeded } from './store/seed.js';
import { DataDirInUse } from './db/data-lock.js';
import { openDatabase } from './db/database.js';

/** A problem this tool explains in one line (its message); the run stops with exit code 1. */
class Refusal extends Error {}

async function readArray(file: string): Promise<unknown[]> {
  if (file === '-') return [];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Refusal(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Refusal(`${file}: not valid JSON (${(error as Error).message})`);
  }
  // Also accept a saved list answer: `{ "items": [...] }`.
  const items = Array.isArray(data) ? data : (data as { items?: unknown })?.items;
  if (!Array.isArray(items)) throw new Refusal(`${file}: expected a JSON array (or an object with "items")`);
  return items;
}

/**
 * What went wrong, in one line for the person at the terminal: a stack trace tells them nothing
 * they can act on. A folder in use gets advice for an import, not the server's (a second folder
 * would import into a database no server reads).
 */
function explain(error: unknown, env: NodeJS.ProcessEnv): string {
  if (error instanceof Refusal || error instanceof ImportError) return error.message;
  if (error instanceof DataDirInUse && error.holder !== undefined) {
    const folder = env.DATA_DIR || '.data';
    return `Not imported: the embedded database in ${folder} is in use by process ${error.holder} (a running server?), and two processes on one folder corrupt it. Stop the server first and import again, or import into PostgreSQL (DATABASE_URL), which takes an import while the server runs.`;
  }
  return `Not imported: ${error instanceof Error ? error.message : String(error)}`;
}

export async function main(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (args.length !== 2 || args.some((a) => a === '-h' || a === '--help')) {
    process.stderr.write('usage: node --import tsx server/import.ts <assignments.json|-> <profiles.json|->\n');
    return 2;
  }
  try {
    await run(args as [string, string], env);
    return 0;
  } catch (error) {
    process.stderr.write(`${explain(error, env)}\n`);
    return 1;
  }
}

async function run([assignmentsFile, profilesFile]: [string, string], env: NodeJS.ProcessEnv): Promise<void> {
  const [assignments, profiles] = await Promise.all([readArray(assignmentsFile), readArray(profilesFile)]);

  const database = await openDatabase(
    env.DATABASE_URL
      ? { url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA || undefined }
      : { dataDir: path.join(env.DATA_DIR || '.data', 'pglite') },
  );
  try {
    await ensureVocabularies(database.db);
    const result = await importData(database.db, { assignments, profiles });
    await markSeeded(database.db, 'import');
    process.stdout.write(`${JSON.stringify({ event: 'import.done', database: database.kind, ...result })}\n`);
  } finally {
    await database.close();
  }
}

// Run when executed, not when imported (tests call main()).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
