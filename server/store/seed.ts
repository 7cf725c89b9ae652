/**
 * First-start seeding with the demo world (seed/seed.ts), dated around the day it is seeded, so
 * `npm start` shows a living marketplace and the same one as the mock. A `meta` row remembers
 * it: emptying the tables later, or importing real data, never brings the demo data back.
 */
import type { Kysely } from 'kysely';
import { seedFor, vocabularies } from '../../seed/seed.js';
import type { DB } from '../db/schema.js';
import { importData, upsertVocabularies } from './import.js';
import { importSessions } from './sessions.js';
import { sessionsOf } from '../../seed/sessions.js';

const SEEDED = 'seeded';

/** The standard code-list labels (nl and en). Safe to run on every start. */
export async function ensureVocabularies(db: Kysely<DB>): Promise<void> {
  const existing = await db.selectFrom('code').select('value').limit(1).executeTakeFirst();
  if (!existing) await upsertVocabularies(db, { nl: vocabularies('nl'), en: vocabularies('en') });
}

/** Seeds an empty, never-seeded database. Returns whether it did. */
export async function seedIfEmpty(db: Kysely<DB>, today: string): Promise<boolean> {
  const [seeded, any] = await Promise.all([
    db.selectFrom('meta').select('value').where('key', '=', SEEDED).executeTakeFirst(),
    db.selectFrom('assignment').select('id').limit(1).executeTakeFirst(),
  ]);
  if (seeded || any) return false;
  const world = seedFor(today);
  // Checked by the same rules as an import, but stored unsanitised: the mock serves the same world
  // as is, with one description as a city's CMS delivers it (seed/seed.ts), which the widgets clean.
  await importData(
    db,
    {
      vocabularies: { nl: vocabularies('nl'), en: vocabularies('en') },
      assignments: world.assignments,
      profiles: world.profiles,
    },
    { sanitize: false },
  );
  const { sessions, registrations } = sessionsOf(world.sessions);
  await importSessions(db, sessions, registrations);
  await markSeeded(db, `seed/seed.ts (${today})`);
  return true;
}

/** After an import of real data, first-start seeding must not add the demo data. */
export async function markSeeded(db: Kysely<DB>, source: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key: SEEDED, value: source })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
