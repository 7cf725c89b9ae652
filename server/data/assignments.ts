/** Reading assignments: the list with filters, facets, sorting and paging, and one by id. */
import { type Kysely, sql } from 'kysely';
import type { AssignmentInput, FacetCount } from '../../src/api/schemas.js';
import type { AssignmentRow, DB } from '../db/schema.js';
import { dutchInstant } from '../text.js';
import { and, type Condition, matchesText, oneOf, overlaps, type Viewer, visibleTo } from './conditions.js';
import { countFacets } from './facets.js';
import type { Labels } from './vocabulary.js';

export type AssignmentSort = 'closingDate' | '-publishedAt' | 'title';

export interface AssignmentQuery {
  q?: string;
  field: string[];
  region: string[];
  organisation: string[];
  type: string[];
  mode: string[];
  visibility: 'public' | 'internal' | 'all';
  hoursMin?: number;
  hoursMax?: number;
  status: 'open' | 'closed' | 'all';
  sort: AssignmentSort;
  page: number;
  pageSize: number;
}

export interface AssignmentList {
  items: AssignmentInput[];
  total: number;
  facets: Record<string, FacetCount[]>;
}

type Row = Omit<AssignmentRow, 'search_text' | 'search_vector' | 'title_key'> & {
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
  'o.name as organisation_name',
  'o.logo_url as organisation_logo_url',
] as const;

function selectAssignments(db: Kysely<DB>) {
  return db.selectFrom('assignment as a').innerJoin('organisation as o', 'o.id', 'a.organisation_id').select(columns);
}

const orderings: Record<AssignmentSort, ReturnType<typeof sql>> = {
  closingDate: sql`a.closing_date asc, a.title_key collate "C" asc, a.id asc`,
  '-publishedAt': sql`a.published_at desc, a.title_key collate "C" asc, a.id asc`,
  title: sql`a.title_key collate "C" asc, a.id asc`,
};

export async function listAssignments(
  db: Kysely<DB>,
  query: AssignmentQuery,
  viewer: Viewer | null,
  labels: Labels,
): Promise<AssignmentList> {
  const scope: (Condition | null)[] = [visibleTo(viewer)];
  if (query.visibility === 'public') scope.push(sql`visibility = 'public'`);
  if (query.visibility === 'internal') scope.push(sql`visibility <> 'public'`);
  if (query.status !== 'all') scope.push(sql`status = ${query.status}`);
  if (query.q) scope.push(matchesText(query.q));
  scope.push(oneOf('organisation_id', query.organisation));
  // Overlap of the assignment's hours with the asked range.
  if (query.hoursMin !== undefined) scope.push(sql`hours_max >= ${query.hoursMin}`);
  if (query.hoursMax !== undefined) scope.push(sql`hours_min <= ${query.hoursMax}`);
  const base = and(scope);

  const facetFilters = {
    field: oneOf('field', query.field),
    region: oneOf('region', query.region),
    type: overlaps('types', query.type),
    mode: oneOf('mode', query.mode),
  };

  // Conditions name columns without a table; only the assignment has them, so they are unambiguous.
  const itemsQuery = selectAssignments(db)
    .where(and([base, ...Object.values(facetFilters)]))
    .orderBy(orderings[query.sort])
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  const [rows, counted] = await Promise.all([
    itemsQuery.execute(),
    countFacets(
      db,
      'assignment',
      base,
      [
        { name: 'field', column: 'field', filter: facetFilters.field, selected: query.field },
        { name: 'region', column: 'region', filter: facetFilters.region, selected: query.region },
        { name: 'type', column: 'types', array: true, filter: facetFilters.type, selected: query.type },
        { name: 'mode', column: 'mode', filter: facetFilters.mode, selected: query.mode },
      ],
      labels,
    ),
  ]);
  return { items: rows.map((row) => toAssignment(row, labels)), ...counted };
}

export async function findAssignment(db: Kysely<DB>, id: string, labels: Labels): Promise<AssignmentInput | null> {
  const row = await selectAssignments(db).where('a.id', '=', id).executeTakeFirst();
  return row ? toAssignment(row, labels) : null;
}

/** The facts the application endpoint needs, without rendering the whole assignment. */
export async function assignmentForApplication(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('assignment')
    .select(['id', 'organisation_id', 'visibility', 'status', 'requirements', 'apply_url'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A row as the contract's Assignment, with code labels in the asked language. */
export function toAssignment(row: Row, labels: Labels): AssignmentInput {
  return {
    id: row.id,
    title: row.title,
    organisation: { id: row.organisation_id, name: row.organisation_name, logoUrl: row.organisation_logo_url },
    summary: row.summary,
    description: row.description,
    field: labels.code('field', row.field),
    skills: row.skills.map((s) => ({ name: s.name, required: s.required })),
    location: { place: row.place, region: labels.code('region', row.region), mode: row.mode as AssignmentInput['location']['mode'] },
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
    requirements: {
      kvkNumber: row.requirements.kvkNumber,
      cv: row.requirements.cv,
      conditionsUrl: row.requirements.conditionsUrl,
      managerConsent: row.requirements.managerConsent,
    },
  };
}
