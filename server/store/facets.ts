/**
 * Faceted counts. Standard faceted search: a facet's counts come from the rows that pass every
 * filter except the facet's own, so choosing "inkoop" does not hide the other fields' counts.
 *
 * One SQL statement answers every facet and the total: a CTE with the rows that pass the
 * filters facets do not own (q, visibility, hours, …), then one GROUP BY per facet over it,
 * UNION ALL'd together. Labels and order are the backend's business (backend/present.ts).
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { FacetCounts } from '../../backend/ports.js';
import type { DB } from '../db/schema.js';
import { and, type Condition } from './conditions.js';

export interface FacetDefinition<F extends string> {
  name: F;
  /** The column holding the value (an array column for `type` and a profile's `fields`). */
  column: string;
  array?: boolean;
  /** This facet's own filter (null when nothing is chosen). */
  filter: Condition | null;
}

interface CountRow {
  facet: string;
  value: string | null;
  count: number;
}

/** Runs the counting query. `base` is the table's WHERE without the facet filters. */
export async function countFacets<F extends string>(
  db: Kysely<DB>,
  table: 'assignment' | 'profile',
  base: Condition,
  definitions: FacetDefinition<F>[],
): Promise<{ total: number; counts: FacetCounts<F> }> {
  const columns = sql.join(definitions.map((d) => sql.ref(d.column)));
  const others = (skip: FacetDefinition<F> | null) => and(definitions.filter((d) => d !== skip).map((d) => d.filter));

  const parts: RawBuilder<unknown>[] = [sql`select 'total' as facet, null::text as value, count(*) as count from base where ${others(null)}`];
  for (const d of definitions) {
    const value = d.array ? sql`v` : sql.ref(d.column);
    const from = d.array ? sql`base cross join lateral unnest(${sql.ref(d.column)}) as v` : sql`base`;
    parts.push(sql`select ${sql.lit(d.name)} as facet, ${value}::text as value, count(*) as count from ${from} where ${others(d)} group by 2`);
  }
  const query = sql<CountRow>`with base as (select ${columns} from ${sql.table(table)} where ${base}) ${sql.join(parts, sql` union all `)}`;
  const { rows } = await query.execute(db);

  let total = 0;
  const counts = Object.fromEntries(definitions.map((d) => [d.name, [] as { value: string; count: number }[]])) as FacetCounts<F>;
  for (const row of rows) {
    if (row.facet === 'total') total = Number(row.count);
    else if (row.value !== null) counts[row.facet as F].push({ value: row.value, count: Number(row.count) });
  }
  return { total, counts };
}
