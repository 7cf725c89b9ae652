/**
 * Issue 15: the board's request (`field` + `q`) without reading the table.
 *
 * Measured at 10,000 generated assignments (PostgreSQL 15): both statements of a list request
 * scanned the whole table (19 MB; 185 MB at 100,000: descriptions are stored inline), because
 * `q` (`search_text like '%term%'`) is not in 0006's covering index and a common term
 * ("adviseur": 11 % of the rows) makes the pg_trgm index a worse plan than a scan. This index
 * has 0006's key and columns plus the search key, the title key and the id: the facet/total
 * statement and the choice of a page's ids (server/store/assignments.ts) become index-only
 * scans of the visible, open rows, and only the page's rows are read from the table.
 * It replaces `assignment_facets` (the same key: one index to keep up to date on writes).
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the tables as they were then, not today's DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index assignment_board on assignment (visibility, status, closing_date)
    include (field, region, mode, organisation_id, types, hours_min, hours_max, title_key, id, search_text)`.execute(db);
  await db.schema.dropIndex('assignment_facets').execute();
}

export async function down(): Promise<void> {
  throw new Error('0007 cannot be undone: restore a backup instead');
}
