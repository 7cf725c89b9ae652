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
 *
 * A B-tree row holds at most 2,704 bytes, and a search key may be longer (a 300-character
 * summary and 30 skills of 80): the index holds only rows whose key has at most
 * {@link BOARD_INDEX_KEY_BYTES} bytes (nearly all: 376 at most in bench/generate.ts data), and the
 * queries read the few others apart, through the small `assignment_long_search` (without it the
 * planner guesses a third of the rows are long and reads the table for them).
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the tables as they were then, not today's DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index assignment_board on assignment (visibility, status, closing_date)
    include (field, region, mode, organisation_id, types, hours_min, hours_max, title_key, id, search_text)
    where octet_length(search_text) <= ${sql.lit(BOARD_INDEX_KEY_BYTES)}`.execute(db);
  await sql`create index assignment_long_search on assignment (visibility, status, closing_date)
    where octet_length(search_text) > ${sql.lit(BOARD_INDEX_KEY_BYTES)}`.execute(db);
}

/** The longest search key (in bytes) the index of this migration holds; server/store/assignments.ts reads the longer ones apart. */
export const BOARD_INDEX_KEY_BYTES = 1000;

export async function down(): Promise<void> {
  throw new Error('0007 cannot be undone: restore a backup instead');
}
