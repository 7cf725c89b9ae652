/**
 * Announcements to an assignment's contact that gather (backend/mail.ts `announcement`): at most
 * one mail per assignment and contact address per window, instead of one per application. One
 * statement per call (see 0001).
 *
 * - `gather_key`: which mails gather together (null: a mail that does not, as every mail before).
 * - `scheduled_at`: when the mail was to go out as written, at once or at the end of a window.
 *   `due_at` cannot tell: a worker's lease and a retry move it.
 * - `gathered`: the applications the mail names, so that erasing or removing one of them finds
 *   the mail that names it (`reference` holds only the first), which is then written anew
 *   without it (backend/mail.ts `withoutRemoved`).
 *
 * The index finds the latest mail under a key, with each application that arrives.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the tables as they were then, not today's DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('gather_key', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('scheduled_at', 'timestamptz').execute();
  await db.schema.alterTable('outbox').addColumn('gathered', sql`text[]`).execute();
  await db.schema
    .createIndex('outbox_gather')
    .on('outbox')
    .columns(['gather_key', 'scheduled_at'])
    .where(sql.ref('gather_key'), 'is not', null)
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('0009 cannot be undone: restore a backup instead');
}
