/**
 * The language of an item's own texts (the `language` extension, WCAG 3.1.2): an English
 * assignment, profile, session or application was marked Dutch, and a screen reader read it
 * with a Dutch voice. One statement per call (see 0001).
 *
 * Rows from before are Dutch, as this server said of them until now; an application is in the
 * language of the form it was sent from, which `lang` kept (the apply form asks in its own
 * language, and the mails follow it).
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the tables as they were then, not today's DB type.
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['assignment', 'profile', 'session', 'application']) {
    // A constant default: PostgreSQL adds the column without rewriting the table.
    await db.schema.alterTable(table).addColumn('language', 'text', (c) => c.notNull().defaultTo('nl')).execute();
  }
  await sql`update application set language = lang where lang <> 'nl'`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0008 cannot be undone: restore a backup instead');
}
