/**
 * WHERE fragments shared by the assignment and profile queries: the SQL form of the store's
 * query semantics (backend/ports.ts), which mock/memory-store.ts runs in JavaScript. They name
 * columns without a table, so the same fragment works on the table and on a CTE.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Scope } from '../../backend/ports.js';
import { escapeLike, type SearchQuery } from '../../backend/search.js';

export type Condition = Expression<SqlBool>;

/**
 * Rows the viewer may see at all, as backend/policy.ts `inScope` decides for one item: public
 * ones, network ones for members, the own organisation's internal ones, and (`owned`: a table
 * with owners, the profiles) the viewer's own whatever their visibility.
 */
export function inScope(scope: Scope, options: { owned?: boolean } = {}): Condition {
  const ors: Condition[] = [sql<SqlBool>`visibility = 'public'`];
  if (scope.network) ors.push(sql<SqlBool>`visibility = 'network'`);
  if (scope.internalOf) ors.push(sql<SqlBool>`(visibility = 'internal' and organisation_id = ${scope.internalOf})`);
  if (options.owned && scope.owner) ors.push(sql<SqlBool>`owner = ${scope.owner}`);
  return or(ors);
}

/** CONTRACT.md: a past closing date means closed (src/api/rules/assignment.ts `isClosed`). */
export function hasStatus(status: 'open' | 'closed', today: string): Condition {
  return status === 'open'
    ? sql<SqlBool>`(status = 'open' and closing_date >= ${today}::date)`
    : sql<SqlBool>`(status = 'closed' or closing_date < ${today}::date)`;
}

/** Every term inside the search key (compounds too), no excluded one (backend/search.ts). */
export function matchesSearch(search: SearchQuery | null): Condition | null {
  if (!search) return null;
  // A term occurs when one of its spellings does.
  const occurs = (term: string[]) => sql<SqlBool>`(${sql.join(term.map((spelling) => sql`search_text like ${`%${escapeLike(spelling)}%`}`), sql` or `)})`;
  return and([...search.include.map(occurs), ...search.exclude.map((term) => sql<SqlBool>`not ${occurs(term)}`)]);
}

/** How many terms start a word of the key: exact matches before compound matches. */
export function relevance(search: SearchQuery | null) {
  if (!search?.include.length) return sql<number>`0`;
  return sql<number>`(${sql.join(
    search.include.map(
      (term) => sql`(case when ${sql.join(term.map((spelling) => sql`(' ' || search_text) like ${`% ${escapeLike(spelling)}%`}`), sql` or `)} then 1 else 0 end)`,
    ),
    sql` + `,
  )})`;
}

/** `column = any(values)`, or nothing when no value is chosen. */
export function oneOf(column: string, values: readonly string[]): Condition | null {
  return values.length ? sql<SqlBool>`${sql.ref(column)} = any(${[...values]}::text[])` : null;
}

/** An array column shares at least one value with `values` (`types`, a profile's `fields`). */
export function overlaps(column: string, values: readonly string[]): Condition | null {
  return values.length ? sql<SqlBool>`${sql.ref(column)} && ${[...values]}::text[]` : null;
}

export function and(conditions: (Condition | null | undefined)[]): Condition {
  const present = conditions.filter((c): c is Condition => !!c);
  if (!present.length) return sql<SqlBool>`true`;
  return sql<SqlBool>`(${sql.join(present, sql` and `)})`;
}

export function or(conditions: Condition[]): Condition {
  if (!conditions.length) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}
