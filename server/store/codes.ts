/** The code lists as stored: one row per code with its labels per language. */
import { type Kysely, sql } from 'kysely';
import type { CodeEntry, CodeList, CodeRef, Scope } from '../../backend/ports.js';
import type { DB } from '../db/schema.js';
import { inScope } from './conditions.js';

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

/** Which of `codes` (of the open lists `field` and `region`) the assignments and profiles visible in `scope`, and the (public) sessions, use. */
export async function codesInUse(db: Kysely<DB>, scope: Scope, codes: readonly CodeRef[]): Promise<CodeRef[]> {
  const fields = codes.filter((c) => c.list === 'field').map((c) => c.value);
  const regions = codes.filter((c) => c.list === 'region').map((c) => c.value);
  if (!fields.length && !regions.length) return [];
  const visible = inScope(scope);
  const visibleProfile = inScope(scope, { owned: true });
  const { rows } = await sql<CodeRef>`
    select 'field' as list, field as value from assignment where ${visible} and field = any(${fields}::text[])
    union select 'region', region from assignment where ${visible} and region = any(${regions}::text[])
    union select 'field', f from profile cross join lateral unnest(fields) as f where ${visibleProfile} and f = any(${fields}::text[])
    union select 'region', region from profile where ${visibleProfile} and region = any(${regions}::text[])
    union select 'field', f from session cross join lateral jsonb_array_elements_text(fields) as f where f = any(${fields}::text[])
    union select 'region', region from session where region = any(${regions}::text[])`.execute(db);
  return rows;
}
