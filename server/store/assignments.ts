/** Reading assignments: the list with filters, facets, sorting and paging, and one by id. */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type {
  AssignmentFacet,
  AssignmentFilter,
  AssignmentSort,
  IdempotencyRecord,
  ListQuery,
  ListResult,
  Stored,
  StoredAssignment,
  VersionedChange,
} from '../../backend/ports.js';
import { dutchInstant } from '../../backend/time.js';
import type { AssignmentInput } from '../../src/api/schemas.js';
import { BOARD_INDEX_KEY_BYTES } from '../db/migrations/0007_board_index.js';
import { type AssignmentRow, type DB, toJson } from '../db/schema.js';
import { assignmentRow } from './import.js';
import { and, type Condition, hasStatus, inScope, matchesSearch, oneOf, overlaps, relevance } from './conditions.js';
import { countFacets } from './facets.js';

type Row = Omit<AssignmentRow, 'search_text' | 'title_key'> & {
  organisation_name: string;
  organisation_logo_url: string | null;
};

const columns = [
  'a.id',
  'a.title',
  'a.organisation_id',
  'a.summary',
  'a.description',
  'a.field',
  'a.skills',
  'a.place',
  'a.region',
  'a.mode',
  'a.hours_min',
  'a.hours_max',
  'a.start_date',
  'a.end_date',
  'a.closing_date',
  'a.types',
  'a.rate',
  'a.visibility',
  'a.status',
  'a.published_at',
  'a.contact',
  'a.url',
  'a.apply_url',
  'a.requirements',
  'a.version',
  'a.language',
  'o.name as organisation_name',
  'o.logo_url as organisation_logo_url',
] as const;

function selectAssignments(db: Kysely<DB>) {
  return db.selectFrom('assignment as a').innerJoin('organisation as o', 'o.id', 'a.organisation_id').select(columns);
}

/** The two parts of the table that the planner reads apart (see {@link boardRows}). */
const parts = {
  /** Rows whose search key fits the covering index of migration 0007: nearly all, read from it alone. */
  indexed: sql`octet_length(search_text) <= ${sql.lit(BOARD_INDEX_KEY_BYTES)}`,
  /** The rare longer ones, through `assignment_long_search`. */
  long: sql`octet_length(search_text) > ${sql.lit(BOARD_INDEX_KEY_BYTES)}`,
};

/**
 * The assignments as two parts that the planner reads apart: rows whose search key fits the
 * covering index of migration 0007 (nearly all: an index-only scan), and the rare longer ones
 * (through `assignment_long_search`). Together exactly the table's rows.
 */
const boardRows = (columns: readonly string[]) => {
  const list = sql.join(columns.map((column) => sql.ref(column)));
  return sql`(select ${list} from assignment where ${parts.indexed} union all select ${list} from assignment where ${parts.long})`;
};

/**
 * The ids of one page, in order: each part of the table ordered and cut to the page on its own,
 * then the two merged and cut again. In closing-date order (the board's default) the covering
 * index gives the rows in that order, so a part stops reading once it has the page: at 100,000
 * assignments 2 ms where ordering the union of both parts as a whole read every visible open
 * row (25–37 ms, issue 15). The parts are disjoint, so no row comes twice.
 */
function pageIds(where: Condition, order: RawBuilder<unknown>, limit: number, offset: number): RawBuilder<string> {
  const columns = sql.join(['id', 'status', 'closing_date', 'title_key', 'published_at', 'search_text'].map((column) => sql.ref(`a.${column}`)));
  // The limits go as values, so every page shares one prepared statement (server/db/database.ts
  // keeps 200 a connection); PostgreSQL's generic plan for it still reads in index order.
  const part = (which: RawBuilder<unknown>) => sql`(select ${columns} from assignment as a where ${which} and ${where} order by ${order} limit ${offset + limit})`;
  return sql<string>`(select a.id from (${part(parts.indexed)} union all ${part(parts.long)}) as a order by ${order} limit ${limit} offset ${offset})`;
}

const facetColumns = ['field', 'region', 'types', 'mode', 'organisation_id', 'visibility', 'status', 'closing_date', 'hours_min', 'hours_max', 'search_text'];

function ordering(sort: AssignmentSort, filter: AssignmentFilter) {
  switch (sort) {
    case 'closingDate':
      return sql`a.closing_date asc, a.title_key collate "C" asc, a.id asc`;
    case '-publishedAt':
      return sql`a.published_at desc, a.title_key collate "C" asc, a.id asc`;
    case 'title':
      return sql`a.title_key collate "C" asc, a.id asc`;
    case 'relevance':
      return sql`${relevance(filter.search)} desc, a.closing_date asc, a.title_key collate "C" asc, a.id asc`;
    case 'openByClosingDate': {
      const open = hasStatus('open', filter.today);
      return sql`case when ${open} then 0 else 1 end asc, case when ${open} then a.closing_date end asc, a.closing_date desc, a.title_key collate "C" asc, a.id asc`;
    }
    case '-newApplications':
      // Counted per row: the inbox orders one organisation's assignments, a few hundred at most.
      return sql`(select count(*) from application as p where p.assignment_id = a.id and p.status = 'received') desc, a.published_at desc, a.title_key collate "C" asc, a.id asc`;
  }
}

export async function searchAssignments(
  db: Kysely<DB>,
  query: ListQuery<AssignmentFilter, AssignmentFacet, AssignmentSort>,
  /** Whether the database has migration 0006's pg_trgm index for `q` (server/db/database.ts `searchIndexed`). */
  trigramIndexed = false,
): Promise<ListResult<StoredAssignment, AssignmentFacet>> {
  const { filter, selected } = query;
  const scope: (Condition | null)[] = [inScope(filter.scope)];
  if (filter.visibility === 'public') scope.push(sql`visibility = 'public'`);
  if (filter.visibility === 'internal') scope.push(sql`visibility <> 'public'`);
  if (filter.status !== 'all') scope.push(hasStatus(filter.status, filter.today));
  scope.push(matchesSearch(filter.search));
  // Overlap of the assignment's hours with the asked range.
  if (filter.hoursMin !== undefined) scope.push(sql`hours_max >= ${filter.hoursMin}`);
  if (filter.hoursMax !== undefined) scope.push(sql`hours_min <= ${filter.hoursMax}`);
  const base = and(scope);

  const facetFilters: Record<AssignmentFacet, Condition | null> = {
    field: oneOf('field', selected.field),
    region: oneOf('region', selected.region),
    type: overlaps('types', selected.type),
    mode: oneOf('mode', selected.mode),
    organisation: oneOf('organisation_id', selected.organisation),
  };

  // Conditions name columns without a table; only the assignment has them, so they are unambiguous.
  // The page's ids first, from the covering index of migration 0007 (an index-only scan that
  // never reads descriptions), then only those rows from the table, in the same order.
  const order = ordering(query.sort, filter);
  const itemsQuery = selectAssignments(db)
    .where('a.id', 'in', pageIds(and([base, ...Object.values(facetFilters)]), order, query.limit, query.offset))
    .orderBy(order);

  // The facets count every row that passes the filters. With a word searched and the trigram
  // index, they read the table itself: PostgreSQL then finds the word's rows through that index,
  // where through the covering index it compares the key of every visible open row (at 100,000
  // assignments a word in 2 % of them: 20 ms instead of 43; one in 11 %: 37 instead of 53; issue
  // 15). Its cost model prefers the covering index when it may choose. Without a word, with only
  // words to leave out, or without the index, the covering index is the cheaper read.
  const facetRows = trigramIndexed && filter.search?.include.length ? 'assignment' : sql`${boardRows(facetColumns)} as assignment`;
  const [rows, counted] = await Promise.all([
    itemsQuery.execute(),
    countFacets(db, facetRows, base, [
      { name: 'field', column: 'field', filter: facetFilters.field },
      { name: 'region', column: 'region', filter: facetFilters.region },
      { name: 'type', column: 'types', array: true, filter: facetFilters.type },
      { name: 'mode', column: 'mode', filter: facetFilters.mode },
      {
        name: 'organisation',
        column: 'organisation_id',
        filter: facetFilters.organisation,
        label: (id) => sql<string | null>`(select name from organisation where id = ${id})`,
      },
    ]),
  ]);
  return { items: rows.map(toAssignment), total: counted.total, counts: counted.counts };
}

export async function organisationNames(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('organisation').select(['id', 'name']).where('id', '=', sql<string>`any(${[...ids]}::text[])`).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function findAssignment(db: Kysely<DB>, id: string): Promise<StoredAssignment | null> {
  const row = await selectAssignments(db).where('a.id', '=', id).executeTakeFirst();
  return row ? toAssignment(row) : null;
}

/** A row as the contract's Assignment; codes carry their value as label until the backend labels them. */
export function toAssignment(row: Row): StoredAssignment {
  return {
    id: row.id,
    title: row.title,
    organisation: { id: row.organisation_id, name: row.organisation_name, logoUrl: row.organisation_logo_url },
    summary: row.summary,
    description: row.description,
    field: { value: row.field, label: row.field },
    skills: row.skills.map((s) => ({ name: s.name, required: s.required })),
    location: { place: row.place, region: { value: row.region, label: row.region }, mode: row.mode as AssignmentInput['location']['mode'] },
    hoursPerWeek: { min: row.hours_min, max: row.hours_max },
    startDate: row.start_date,
    endDate: row.end_date,
    closingDate: row.closing_date,
    types: row.types as AssignmentInput['types'],
    // jsonb keeps keys in its own order; rebuilt in the contract's order for human readers.
    rate: row.rate && {
      min: row.rate.min,
      max: row.rate.max,
      currency: row.rate.currency,
      unit: row.rate.unit,
      publicRate: row.rate.publicRate,
    },
    visibility: row.visibility as AssignmentInput['visibility'],
    status: row.status as AssignmentInput['status'],
    publishedAt: dutchInstant(row.published_at),
    contact: row.contact && { name: row.contact.name, email: row.contact.email, phone: row.contact.phone ?? null },
    url: row.url,
    applyUrl: row.apply_url,
    version: row.version,
    language: row.language,
    requirements: {
      kvkNumber: row.requirements.kvkNumber,
      cv: row.requirements.cv,
      conditionsUrl: row.requirements.conditionsUrl,
      managerConsent: row.requirements.managerConsent,
    },
  };
}

/** Creates an assignment and its key in one transaction; `duplicate` when the key was taken meanwhile. */
export async function createAssignment(db: Kysely<DB>, assignment: StoredAssignment, answer: IdempotencyRecord): Promise<Stored> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('assignment').values({ ...assignmentRow(assignment), version: 1 }).execute();
      await trx
        .insertInto('idempotency_key')
        .values({ scope: answer.scope, key: answer.key, fingerprint: answer.fingerprint, status: answer.status, body: toJson(answer.body), application_id: null })
        .execute();
    });
    return 'stored';
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return 'duplicate';
    throw error;
  }
}

/** Compare-and-set on the version. */
export async function updateAssignment(db: Kysely<DB>, assignment: StoredAssignment, expectedVersion: number): Promise<VersionedChange<StoredAssignment>> {
  const { id, ...row } = assignmentRow(assignment);
  const updated = await db
    .updateTable('assignment')
    .set({ ...row, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('id')
    .executeTakeFirst();
  const current = await findAssignment(db, id);
  if (!current) return null;
  return { outcome: updated ? 'updated' : 'stale', value: current };
}
