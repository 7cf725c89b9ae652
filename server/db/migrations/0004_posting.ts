/**
 * The posting side: a version per assignment and profile (ETag / If-Match), and a profile's
 * owner (the `sub` that created it: one profile per person). One statement per call (see 0001).
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the tables as they were then, not today's DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assignment').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('profile').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('profile').addColumn('owner', 'text').execute();
  await db.schema.createIndex('profile_owner').on('profile').column('owner').unique().where(sql.ref('owner'), 'is not', null).execute();
}

export async function down(): Promise<void> {
  throw new Error('0004 cannot be undone: restore a backup instead');
}
