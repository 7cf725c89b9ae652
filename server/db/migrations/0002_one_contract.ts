/**
 * For the one implementation of the contract (backend/): Dutch compound-aware search keys
 * (backend/search.ts) replace the tsvector columns; idempotency keys get a scope (applications,
 * and later posts, profiles and registrations); applications get a status, the applicant's
 * own file name, language and identity; rate limits are counted in the database, shared by
 * every instance. One statement per call (see 0001).
 */
import { type Kysely, sql } from 'kysely';
import { assignmentSearchKey, profileSearchKey } from '../../../backend/search.js';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the tables as they were then, not today's DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('assignment_search').ifExists().execute();
  await db.schema.alterTable('assignment').dropColumn('search_vector').execute();
  await db.schema.dropIndex('profile_search').ifExists().execute();
  await db.schema.alterTable('profile').dropColumn('search_vector').execute();

  // Search keys in the new form (words separated by single spaces), from the rows themselves.
  const assignments = await db
    .selectFrom('assignment as a')
    .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
    .select(['a.id', 'a.title', 'a.summary', 'a.skills', 'o.name'])
    .execute();
  for (const a of assignments) {
    const key = assignmentSearchKey({ title: a.title, summary: a.summary, organisation: { name: a.name }, skills: a.skills });
    await db.updateTable('assignment').set({ search_text: key }).where('id', '=', a.id).execute();
  }
  const profiles = await db
    .selectFrom('profile as p')
    .leftJoin('organisation as o', 'o.id', 'p.organisation_id')
    .select(['p.id', 'p.name', 'p.headline', 'p.bio', 'p.skills', 'p.core_qualities', 'o.name as organisation'])
    .execute();
  for (const p of profiles) {
    const key = profileSearchKey({
      name: p.name,
      headline: p.headline,
      bio: p.bio,
      skills: p.skills,
      coreQualities: p.core_qualities,
      organisation: p.organisation ? { name: p.organisation } : null,
    });
    await db.updateTable('profile').set({ search_text: key }).where('id', '=', p.id).execute();
  }

  await db.schema
    .createTable('idempotency_key')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.references('application.id').onDelete('cascade'))
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('idempotency_key_pk', ['scope', 'key'])
    .execute();
  await sql`insert into idempotency_key (scope, key, fingerprint, application_id, status, body, created_at)
    select 'application:' || assignment_id, key, fingerprint, application_id, status, body, created_at from idempotency`.execute(db);
  await db.schema.dropTable('idempotency').execute();
  await db.schema.createIndex('idempotency_key_created').on('idempotency_key').column('created_at').execute();

  await db.schema.alterTable('application').addColumn('status', 'text', (c) => c.notNull().defaultTo('received')).execute();
  await db.schema.alterTable('application').addColumn('cv_name', 'text').execute();
  await db.schema.alterTable('application').addColumn('lang', 'text', (c) => c.notNull().defaultTo('nl')).execute();
  await db.schema.alterTable('application').addColumn('applicant', 'text').execute();
  await db.schema.createIndex('application_assignment').on('application').columns(['assignment_id', 'received_at']).execute();

  await db.schema
    .createTable('rate_limit')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('0002 cannot be undone: restore a backup instead');
}
