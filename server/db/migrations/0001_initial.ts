/**
 * The first schema. One statement per call: PGlite (through the node-postgres adapter) runs
 * each query as one extended-protocol statement, so multi-statement strings are not portable.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('logo_url', 'text')
    .execute();

  await db.schema
    .createTable('code')
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('labels', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('code_pk', ['list', 'value'])
    .execute();

  await db.schema
    .createTable('assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisation.id'))
    .addColumn('summary', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('skills', 'jsonb', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('hours_min', 'double precision', (c) => c.notNull())
    .addColumn('hours_max', 'double precision', (c) => c.notNull())
    .addColumn('start_date', 'date')
    .addColumn('end_date', 'date')
    .addColumn('closing_date', 'date', (c) => c.notNull())
    .addColumn('types', sql`text[]`, (c) => c.notNull())
    .addColumn('rate', 'jsonb')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addColumn('contact', 'jsonb')
    .addColumn('url', 'text')
    .addColumn('apply_url', 'text')
    .addColumn('requirements', 'jsonb', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    // Dutch stemming: "adviseurs" finds "adviseur", "gemeenten" finds "gemeente".
    .addColumn('search_vector', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`to_tsvector('dutch'::regconfig, search_text)`).stored(),
    )
    .execute();
  await db.schema.createIndex('assignment_search').on('assignment').using('gin').column('search_vector').execute();
  await db.schema.createIndex('assignment_list').on('assignment').columns(['visibility', 'status', 'closing_date']).execute();
  await db.schema.createIndex('assignment_organisation').on('assignment').column('organisation_id').execute();
  await db.schema.createIndex('assignment_published').on('assignment').column('published_at').execute();

  await db.schema
    .createTable('profile')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('photo_url', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.references('organisation.id'))
    .addColumn('fields', sql`text[]`, (c) => c.notNull())
    .addColumn('core_qualities', sql`text[]`, (c) => c.notNull())
    .addColumn('skills', sql`text[]`, (c) => c.notNull())
    .addColumn('experience', 'jsonb', (c) => c.notNull())
    .addColumn('available_hours', 'double precision')
    .addColumn('available_from', 'date')
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('rate', 'jsonb')
    .addColumn('bio', 'text')
    .addColumn('links', 'jsonb', (c) => c.notNull())
    .addColumn('contact', 'jsonb')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('search_vector', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`to_tsvector('dutch'::regconfig, search_text)`).stored(),
    )
    .execute();
  await db.schema.createIndex('profile_search').on('profile').using('gin').column('search_vector').execute();
  await db.schema.createIndex('profile_list').on('profile').columns(['visibility', 'name_key']).execute();

  await db.schema
    .createTable('application')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignment.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('kvk_number', 'text')
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('available_from', 'date')
    .addColumn('hours_per_week', 'integer')
    .addColumn('rate', 'double precision')
    .addColumn('profile_id', 'text')
    .addColumn('cv_file', 'text')
    .addColumn('cv_type', 'text')
    .addColumn('cv_size', 'integer')
    .addColumn('accept_conditions', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('manager_consent', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('applicant_org', 'text')
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // Retention deletes by age.
  await db.schema.createIndex('application_received').on('application').column('received_at').execute();

  await db.schema
    .createTable('idempotency')
    .addColumn('assignment_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    // Deleting an application (retention) forgets its key too.
    .addColumn('application_id', 'text', (c) => c.references('application.id').onDelete('cascade'))
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('idempotency_pk', ['assignment_id', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_created').on('idempotency').column('created_at').execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['meta', 'idempotency', 'application', 'profile', 'assignment', 'code', 'organisation']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
