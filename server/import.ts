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
import { openDatabase } from './db/database.js';

async function readArray(file: string): Promise<unknown[]> {
  if (file === '-') return [];
  const data: unknown = JSON.parse(await readFile(file, 'utf8'));
  // Also accept a saved list answer: `{ "items": [...] }`.
  const items = Array.isArray(data) ? data : (data as { items?: unknown })?.items;
  if (!Array.isArray(items)) throw new Error(`${file}: expected a JSON array (or an object with "items")`);
  return items;
}

export async function main(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (args.length !== 2 || args.some((a) => a === '-h' || a === '--help')) {
    process.stderr.write('usage: node --import tsx server/import.ts <assignments.json|-> <profiles.json|->\n');
    return 2;
  }
  const [assignmentsFile, profilesFile] = args as [string, string];
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
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

// Run when executed, not when imported (tests call main()).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
