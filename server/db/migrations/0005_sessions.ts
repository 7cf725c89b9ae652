/** Swarm sessions and their registrations (contract 1.2). One statement per call (see 0001). */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the tables as they were then, not today's DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisation.id'))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('online_url', 'text')
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('sign_up_deadline', 'date', (c) => c.notNull())
    .addColumn('fields', 'jsonb', (c) => c.notNull())
    .addColumn('region', 'text')
    .addColumn('assignment_id', 'text')
    .addColumn('url', 'text')
    // `open` or `cancelled`; full and closed follow from the seats and the dates.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_starts').on('session').column('starts_at').execute();

  await db.schema
    .createTable('registration')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('session.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('profile_id', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    // The order of signing up (the waitlist's order): instants can tie within a second.
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('registration_session').on('registration').columns(['session_id', 'status', 'seq']).execute();
}

export async function down(): Promise<void> {
  throw new Error('0005 cannot be undone: restore a backup instead');
}
