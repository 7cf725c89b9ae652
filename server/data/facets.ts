/**
 * Faceted counts. Standard faceted search: a facet's counts come from the rows that pass every
 * filter except the facet's own, so choosing "inkoop" does not hide the other fields' counts.
 *
 * One SQL statement answers every facet and the total: a CTE with the rows that pass the
 * filters facets do not own (q, visibility, hours, …), then one GROUP BY per facet over it,
 * UNION ALL'd together.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { FacetCount } from '../../src/api/schemas.js';
import type { DB } from '../db/schema.js';
import { and, type Condition } from './conditions.js';
import type { CodeList, Labels } from './vocabulary.js';

export interface FacetDefinition {
  name: CodeList;
  /** The column holding the value (an array column for `type` and a profile's `fields`). */
  column: string;
  array?: boolean;
  /** This facet's own filter (null when nothing is chosen). */
  filter: Condition | null;
  selected: readonly string[];
}

interface CountRow {
  facet: string;
  value: string | null;
  count: number;
}

/**
 * Runs the counting query. `base` is the table's WHERE without the facet filters; the
 * returned `total` is the number of rows passing everything.
 */
export async function countFacets(
  db: Kysely<DB>,
  table: 'assignment' | 'profile',
  base: Condition,
  definitions: FacetDefinition[],
  labels: Labels,
): Promise<{ total: number; facets: Record<string, FacetCount[]> }> {
  const columns = sql.join(definitions.map((d) => sql.ref(d.column)));
  const others = (skip: FacetDefinition | null) => and(definitions.filter((d) => d !== skip).map((d) => d.filter));

  const parts: RawBuilder<unknown>[] = [sql`select 'total' as facet, null::text as value, count(*) as count from base where ${others(null)}`];
  for (const d of definitions) {
    const value = d.array ? sql`v` : sql.ref(d.column);
    const from = d.array ? sql`base cross join lateral unnest(${sql.ref(d.column)}) as v` : sql`base`;
    parts.push(
      sql`select ${sql.lit(d.name)} as facet, ${value}::text as value, count(*) as count from ${from} where ${others(d)} group by 2`,
    );
  }
  const query = sql<CountRow>`with base as (select ${columns} from ${sql.table(table)} where ${base}) ${sql.join(parts, sql` union all `)}`;
  const { rows } = await query.execute(db);

  let total = 0;
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (row.facet === 'total') total = Number(row.count);
    else if (row.value !== null) {
      const facet = counts.get(row.facet) ?? new Map<string, number>();
      facet.set(row.value, Number(row.count));
      counts.set(row.facet, facet);
    }
  }

  const facets: Record<string, FacetCount[]> = {};
  for (const d of definitions) {
    const found = counts.get(d.name) ?? new Map<string, number>();
    // Every value with a count, plus the chosen ones (so a chosen filter stays visible), in
    // code-list order; values the list does not know (open lists grow) after the known ones.
    const known = d.selected.filter((value) => labels.has(d.name, value));
    const values = new Set([...found.keys(), ...known]);
    facets[d.name] = [...values]
      .map((value) => ({ ...labels.code(d.name, value), count: found.get(value) ?? 0 }))
      .sort((a, b) => labels.position(d.name, a.value) - labels.position(d.name, b.value) || a.value.localeCompare(b.value));
  }
  return { total, facets };
}
