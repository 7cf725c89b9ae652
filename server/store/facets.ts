/**
 * Faceted counts. Standard faceted search: a facet's counts come from the rows that pass every
 * filter except the facet's own, so choosing "inkoop" does not hide the other fields' counts.
 *
 * One SQL statement, one pass over the rows that pass the filters facets do not own (q,
 * visibility, hours, …): `GROUPING SETS` groups them by each facet's column at once, and each
 * facet's own count is an aggregate `FILTER`ed by every other facet's filter. The grouping set
 * `()` gives the total. An array column (`types`, a profile's `fields`) is grouped by the whole
 * array and spread over its values here, which counts each row once per value, as unnesting it
 * would, without multiplying the rows the other facets count. For assignments the pass reads
 * only the covering index of migration 0007, a searched word (`q`) included. Labels and order
 * are the backend's business (backend/present.ts).
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
  /** A label per value from the database (the organisation's name), given the value's column. */
  label?: (value: RawBuilder<unknown>) => RawBuilder<string | null>;
}

interface CountRow {
  /** `grouping(...)`: a bit per facet column, set when the row does not group by it. */
  grouping: number;
  total: number;
  [column: string]: unknown;
}

/** Runs the counting query. `base` is the table's WHERE without the facet filters. */
export async function countFacets<F extends string>(
  db: Kysely<DB>,
  /** The table, or a query standing in for it (named as the table). */
  table: 'assignment' | 'profile' | RawBuilder<unknown>,
  base: Condition,
  definitions: FacetDefinition<F>[],
): Promise<{ total: number; counts: FacetCounts<F> }> {
  const others = (skip: FacetDefinition<F> | null) => and(definitions.filter((d) => d !== skip).map((d) => d.filter));
  const columns = definitions.map((d) => sql.ref(d.column));
  const selections = [
    sql`grouping(${sql.join(columns)}) as grouping`,
    sql`count(*) filter (where ${others(null)}) as total`,
    ...definitions.flatMap((d, i) => [
      sql`${sql.ref(d.column)} as ${sql.id(`v${i}`)}`,
      sql`count(*) filter (where ${others(d)}) as ${sql.id(`c${i}`)}`,
      ...(d.label ? [sql`${d.label(sql.ref(d.column))} as ${sql.id(`l${i}`)}`] : []),
    ]),
  ];
  const sets = [sql`()`, ...columns.map((column) => sql`(${column})`)];
  const { rows } = await sql<CountRow>`select ${sql.join(selections)} from ${typeof table === 'string' ? sql.table(table) : table} where ${base} group by grouping sets (${sql.join(sets)})`.execute(db);

  let total = 0;
  const found = definitions.map(() => new Map<string, { value: string; count: number; label?: string }>());
  const all = (1 << definitions.length) - 1;
  for (const row of rows) {
    if (row.grouping === all) {
      total = Number(row.total);
      continue;
    }
    const i = definitions.findIndex((_, j) => row.grouping === (all ^ (1 << (definitions.length - 1 - j))));
    const d = definitions[i];
    const count = Number(row[`c${i}`]);
    const value = row[`v${i}`] as string | string[] | null;
    if (!d || !count || value === null) continue;
    const label = (row[`l${i}`] as string | null | undefined) ?? undefined;
    // An array counts its row once per value (a value twice in one array still once).
    for (const v of d.array ? new Set(value as string[]) : [value as string]) {
      const entry = found[i]!.get(v) ?? { value: v, count: 0, ...(label !== undefined ? { label } : {}) };
      entry.count += count;
      found[i]!.set(v, entry);
    }
  }
  const counts = Object.fromEntries(definitions.map((d, i) => [d.name, [...found[i]!.values()]])) as FacetCounts<F>;
  return { total, counts };
}
