/** The code lists as stored: one row per code with its labels per language. */
import type { Kysely } from 'kysely';
import type { CodeEntry, CodeList } from '../../backend/ports.js';
import type { DB } from '../db/schema.js';

/** Codes first met in data (not in an imported vocabulary) get this position: after the known ones. */
export const UNLISTED_POSITION = 10_000;

export async function loadCodes(db: Kysely<DB>): Promise<CodeEntry[]> {
  const rows = await db.selectFrom('code').select(['list', 'value', 'position', 'labels']).orderBy('list').orderBy('position').orderBy('value').execute();
  return rows.map((row) => ({
    list: row.list as CodeList,
    value: row.value,
    position: row.position,
    labels: row.labels,
    curated: row.position < UNLISTED_POSITION,
  }));
}
