/**
 * WHERE fragments shared by the assignment and profile queries. They name columns without a
 * table, so the same fragment works on the table and on a CTE that selects those columns.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { escapeLike, fold, queryWords } from '../text.js';

export type Condition = Expression<SqlBool>;

/** Who is asking: anonymous (`null`) or a verified token's organisation and network membership. */
export interface Viewer {
  /** Organisation whose `internal` data this viewer may see. */
  organisation: string | null;
  /** Member of the regional network: may see `network` data. */
  network: boolean;
}

/** Which rows of a given visibility this viewer may see at all. */
export function visibleTo(viewer: Viewer | null): Condition {
  const ors: Condition[] = [sql<SqlBool>`visibility = 'public'`];
  if (viewer?.network) ors.push(sql<SqlBool>`visibility = 'network'`);
  if (viewer?.organisation) {
    ors.push(sql<SqlBool>`(visibility = 'internal' and organisation_id = ${viewer.organisation})`);
  }
  return or(ors);
}

/**
 * Free text: Dutch full-text search (stemming: "adviseurs" finds "adviseur"; websearch syntax:
 * "quotes", -not, or) OR, as a fallback, every word as a substring of the folded text (prefixes
 * while typing, parts of compounds such as "voorziening" in "informatievoorziening", and
 * accents: both sides are folded). A `-word` excludes in both.
 */
export function matchesText(q: string): Condition | null {
  const folded = fold(q).trim();
  if (!folded) return null;
  const fullText = sql<SqlBool>`search_vector @@ websearch_to_tsquery('dutch'::regconfig, ${folded})`;
  const words = queryWords(q).filter((word) => word !== 'or');
  const wanted = words.filter((word) => !word.startsWith('-'));
  const unwanted = words.filter((word) => word.startsWith('-') && word.length > 1).map((word) => word.slice(1));
  if (!wanted.length) return fullText;
  const substrings = and([
    ...wanted.map((word) => sql<SqlBool>`search_text like ${`%${escapeLike(word)}%`}`),
    ...unwanted.map((word) => sql<SqlBool>`search_text not like ${`%${escapeLike(word)}%`}`),
  ]);
  return or([fullText, substrings]);
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
