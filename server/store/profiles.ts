/** Reading profiles: the directory with filters, facets, sorting and paging, and one by id. */
import { type Kysely, sql } from 'kysely';
import type { IdempotencyRecord, ListQuery, ListResult, ProfileFacet, ProfileFilter, ProfileSort, Stored, StoredProfile, VersionedChange } from '../../backend/ports.js';
import { dutchInstant } from '../../backend/time.js';
import type { ProfileInput } from '../../src/api/schemas.js';
import { type DB, type ProfileRow, toJson } from '../db/schema.js';
import { profileRow } from './import.js';
import { and, type Condition, inScope, matchesSearch, oneOf, overlaps } from './conditions.js';
import { countFacets } from './facets.js';

type Row = Omit<ProfileRow, 'search_text' | 'name_key'> & {
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
  'p.version',
  'p.owner',
  'p.language',
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

/** Profiles in the viewer's scope, filtered, counted and paged. */
export async function searchProfiles(
  db: Kysely<DB>,
  query: ListQuery<ProfileFilter, ProfileFacet, ProfileSort>,
): Promise<ListResult<StoredProfile, ProfileFacet>> {
  const { filter, selected } = query;
  const scope: (Condition | null)[] = [inScope(filter.scope, { owned: true }), matchesSearch(filter.search)];
  // A profile without availability is not "available from" anything.
  if (filter.availableFrom !== undefined) scope.push(sql`available_from <= ${filter.availableFrom}::date`);
  if (filter.hoursMin !== undefined) scope.push(sql`available_hours >= ${filter.hoursMin}`);
  const base = and(scope);

  const facetFilters: Record<ProfileFacet, Condition | null> = {
    field: overlaps('fields', selected.field),
    region: oneOf('region', selected.region),
    kind: oneOf('kind', selected.kind),
  };

  const [rows, counted] = await Promise.all([
    selectProfiles(db)
      .where(and([base, ...Object.values(facetFilters)]))
      .orderBy(orderings[query.sort])
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    countFacets(db, 'profile', base, [
      { name: 'field', column: 'fields', array: true, filter: facetFilters.field },
      { name: 'region', column: 'region', filter: facetFilters.region },
      { name: 'kind', column: 'kind', filter: facetFilters.kind },
    ]),
  ]);
  return { items: rows.map(toProfile), total: counted.total, counts: counted.counts };
}

export async function findProfile(db: Kysely<DB>, id: string): Promise<StoredProfile | null> {
  const row = await selectProfiles(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toProfile(row) : null;
}

/** A row as the contract's Profile; codes carry their value as label until the backend labels them. */
export function toProfile(row: Row): StoredProfile {
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
    fields: row.fields.map((value) => ({ value, label: value })),
    coreQualities: row.core_qualities,
    skills: row.skills,
    // jsonb keeps keys in its own order; rebuilt in the contract's order for human readers.
    experience: row.experience.map((e) => ({ title: e.title, organisation: e.organisation, from: e.from, to: e.to ?? null })),
    availability:
      row.available_hours !== null && row.available_from !== null
        ? { hoursPerWeek: row.available_hours, from: row.available_from }
        : null,
    region: { value: row.region, label: row.region },
    rate: row.rate && { amount: row.rate.amount, currency: row.rate.currency, unit: row.rate.unit, publicRate: row.rate.publicRate },
    bio: row.bio,
    links: { cv: row.links.cv, portfolio: row.links.portfolio, linkedin: row.links.linkedin },
    contact: row.contact && { email: row.contact.email, phone: row.contact.phone ?? null },
    visibility: row.visibility as ProfileInput['visibility'],
    updatedAt: dutchInstant(row.updated_at),
    version: row.version,
    owner: row.owner,
    language: row.language,
  };
}

export async function profileOwnedBy(db: Kysely<DB>, sub: string): Promise<StoredProfile | null> {
  const row = await selectProfiles(db).where('p.owner', '=', sub).executeTakeFirst();
  return row ? toProfile(row) : null;
}

/** One profile per person: the unique owner index decides between two at once. */
export async function createProfile(db: Kysely<DB>, profile: StoredProfile, answer: IdempotencyRecord): Promise<Stored | 'exists'> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('profile').values({ ...profileRow(profile), owner: profile.owner ?? null, version: 1 }).execute();
      await trx
        .insertInto('idempotency_key')
        .values({ scope: answer.scope, key: answer.key, fingerprint: answer.fingerprint, status: answer.status, body: toJson(answer.body), application_id: null })
        .execute();
    });
    return 'stored';
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === '23505') return constraint === 'profile_owner' || (await profileOwnedBy(db, profile.owner ?? '')) ? 'exists' : 'duplicate';
    throw error;
  }
}

export async function updateProfile(db: Kysely<DB>, profile: StoredProfile, expectedVersion: number): Promise<VersionedChange<StoredProfile>> {
  const { id, ...row } = profileRow(profile);
  const updated = await db
    .updateTable('profile')
    .set({ ...row, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('id')
    .executeTakeFirst();
  const current = await findProfile(db, id);
  if (!current) return null;
  return { outcome: updated ? 'updated' : 'stale', value: current };
}
