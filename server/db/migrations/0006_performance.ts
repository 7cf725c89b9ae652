/**
 * Issue 15, the server side of "stays flat at 100,000 assignments". One statement per call (see 0001).
 *
 * - A **data version**: one row, raised by statement-level triggers on every write to the
 *   tables public answers are made of (assignment, profile, code, organisation). The ETag of a
 *   public answer is derived from it, so `If-None-Match` is answered before any list query runs.
 * - **Index-backed search**: a pg_trgm GIN index on the search keys makes `LIKE '%term%'` (the
 *   compound-aware search of backend/search.ts) an index scan instead of a scan of the whole
 *   table. The extension is created when the database allows it (Debian's PostgreSQL and PGlite
 *   have it; a managed database may not let us): without it the search still works, by scanning.
 * - **Facets from an index**: a covering index over the filters every list applies (visibility,
 *   status, closing date) with the facet columns, so facets and total are counted in one pass
 *   over the index (server/store/facets.ts) when no word is searched.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the tables as they were then, not today's DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table data_version (id boolean primary key default true check (id), version bigint not null)`.execute(db);
  await sql`insert into data_version (id, version) values (true, 1)`.execute(db);
  // `from current`: the trigger finds this schema's data_version whatever the writer's search path.
  await sql`create function bump_data_version() returns trigger language plpgsql set search_path from current as $$
    begin
      update data_version set version = version + 1;
      return null;
    end $$`.execute(db);
  for (const table of ['assignment', 'profile', 'code', 'organisation']) {
    await sql`create trigger ${sql.id(`${table}_data_version`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_data_version()`.execute(db);
  }

  const trigram = await trigramSchema(db);
  if (trigram) {
    const ops = sql`${sql.id(trigram)}.gin_trgm_ops`;
    await sql`create index assignment_search_trgm on assignment using gin (search_text ${ops})`.execute(db);
    await sql`create index profile_search_trgm on profile using gin (search_text ${ops})`.execute(db);
  }

  // Replaces assignment_list (the same key): list queries and facet counts read it without the table.
  await sql`create index assignment_facets on assignment (visibility, status, closing_date)
    include (field, region, mode, organisation_id, types, hours_min, hours_max)`.execute(db);
  await db.schema.dropIndex('assignment_list').execute();
}

/**
 * The schema pg_trgm lives in: where it is installed already (a DBA may have put it anywhere),
 * else `public` after creating it there — never in our own schema, which `DATABASE_SCHEMA` test
 * runs drop with everything in it. Null when it cannot be created (not installed on the server,
 * or no right to): the migration goes on without the index.
 */
// biome-ignore lint/suspicious/noExplicitAny: see up().
async function trigramSchema(db: Kysely<any>): Promise<string | null> {
  const installed = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  if (installed.rows[0]) return installed.rows[0].schema;
  // The migrator runs in a transaction: a failed statement would abort it, a savepoint keeps it.
  await sql`savepoint pg_trgm`.execute(db);
  try {
    await sql`create extension pg_trgm schema public`.execute(db);
    await sql`release savepoint pg_trgm`.execute(db);
    return 'public';
  } catch {
    await sql`rollback to savepoint pg_trgm`.execute(db);
    return null;
  }
}

export async function down(): Promise<void> {
  throw new Error('0006 cannot be undone: restore a backup instead');
}
