/** Reading profiles: the directory with filters, facets, sorting and paging, and one by id. */
import { type Kysely, sql } from 'kysely';
import type { FacetCount, ProfileInput } from '../../src/api/schemas.js';
import type { DB, ProfileRow } from '../db/schema.js';
import { dutchInstant } from '../text.js';
import { and, type Condition, matchesText, oneOf, overlaps, type Viewer, visibleTo } from './conditions.js';
import { countFacets } from './facets.js';
import type { Labels } from './vocabulary.js';

export type ProfileSort = 'name' | '-updatedAt';

export interface ProfileQuery {
  q?: string;
  field: string[];
  region: string[];
  kind: string[];
  /** Available on or before this date. */
  availableFrom?: string;
  hoursMin?: number;
  sort: ProfileSort;
  page: number;
  pageSize: number;
}

type Row = Omit<ProfileRow, 'search_text' | 'search_vector' | 'name_key'> & {
  organisation_name: string | null;
  organisation_logo_url: string | null;
};

const columns = [
  'p.id',
  'p.name',
  'p.headline',
  'p.photo_url',
  'p.kind',
  'p.organisation_id',
  'p.fields',
  'p.core_qualities',
  'p.skills',
  'p.experience',
  'p.available_hours',
  'p.available_from',
  'p.region',
  'p.rate',
  'p.bio',
  'p.links',
  'p.contact',
  'p.visibility',
  'p.updated_at',
  'o.name as organisation_name',
  'o.logo_url as organisation_logo_url',
] as const;

function selectProfiles(db: Kysely<DB>) {
  return db.selectFrom('profile as p').leftJoin('organisation as o', 'o.id', 'p.organisation_id').select(columns);
}

const orderings: Record<ProfileSort, ReturnType<typeof sql>> = {
  name: sql`p.name_key collate "C" asc, p.id asc`,
  '-updatedAt': sql`p.updated_at desc, p.id asc`,
};

/** Profiles visible to the viewer: public ones, and network/internal ones they have rights to. */
export async function listProfiles(
  db: Kysely<DB>,
  query: ProfileQuery,
  viewer: Viewer | null,
  labels: Labels,
): Promise<{ items: ProfileInput[]; total: number; facets: Record<string, FacetCount[]> }> {
  const scope: (Condition | null)[] = [visibleTo(viewer)];
  if (query.q) scope.push(matchesText(query.q));
  // A profile without availability is not "available from" anything.
  if (query.availableFrom !== undefined) scope.push(sql`available_from <= ${query.availableFrom}::date`);
  if (query.hoursMin !== undefined) scope.push(sql`available_hours >= ${query.hoursMin}`);
  const base = and(scope);

  const facetFilters = {
    field: overlaps('fields', query.field),
    region: oneOf('region', query.region),
    kind: oneOf('kind', query.kind),
  };

  const [rows, counted] = await Promise.all([
    selectProfiles(db)
      .where(and([base, ...Object.values(facetFilters)]))
      .orderBy(orderings[query.sort])
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    countFacets(
      db,
      'profile',
      base,
      [
        { name: 'field', column: 'fields', array: true, filter: facetFilters.field, selected: query.field },
        { name: 'region', column: 'region', filter: facetFilters.region, selected: query.region },
        { name: 'kind', column: 'kind', filter: facetFilters.kind, selected: query.kind },
      ],
      labels,
    ),
  ]);
  return { items: rows.map((row) => toProfile(row, labels)), ...counted };
}

export async function findProfile(db: Kysely<DB>, id: string, labels: Labels): Promise<ProfileInput | null> {
  const row = await selectProfiles(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toProfile(row, labels) : null;
}

export async function profileExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return !!(await db.selectFrom('profile').select('id').where('id', '=', id).executeTakeFirst());
}

/** A row as the contract's Profile, with code labels in the asked language. */
export function toProfile(row: Row, labels: Labels): ProfileInput {
  return {
    id: row.id,
    name: row.name,
    headline: row.headline,
    photoUrl: row.photo_url,
    kind: row.kind as ProfileInput['kind'],
    organisation:
      row.organisation_id && row.organisation_name !== null
        ? { id: row.organisation_id, name: row.organisation_name, logoUrl: row.organisation_logo_url }
        : null,
    fields: row.fields.map((value) => labels.code('field', value)),
    coreQualities: row.core_qualities,
    skills: row.skills,
    // jsonb keeps keys in its own order; rebuilt in the contract's order for human readers.
    experience: row.experience.map((e) => ({ title: e.title, organisation: e.organisation, from: e.from, to: e.to ?? null })),
    availability:
      row.available_hours !== null && row.available_from !== null
        ? { hoursPerWeek: row.available_hours, from: row.available_from }
        : null,
    region: labels.code('region', row.region),
    rate: row.rate && { amount: row.rate.amount, currency: row.rate.currency, unit: row.rate.unit, publicRate: row.rate.publicRate },
    bio: row.bio,
    links: { cv: row.links.cv, portfolio: row.links.portfolio, linkedin: row.links.linkedin },
    contact: row.contact && { email: row.contact.email, phone: row.contact.phone ?? null },
    visibility: row.visibility as ProfileInput['visibility'],
    updatedAt: dutchInstant(row.updated_at),
  };
}
