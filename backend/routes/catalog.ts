/** The read side of the contract: assignments, profiles, vocabularies and the match. */
import * as schemas from '../../src/api/schemas.js';
import { match, rank } from '../../src/match/index.js';
import type { AppEnv } from '../context.js';
import { assignmentQuerySchema, idSchema, matchQuerySchema, parseWith, profileQuerySchema, queryObject } from '../http/input.js';
import { invalidInput, notFound, ProblemError } from '../http/problem.js';
import { respond } from '../http/respond.js';
import { canSee, canSeeProfile, denied, mayListNonPublic, scopeOf } from '../policy.js';
import type { AssignmentFacet, StoredAssignment, StoredProfile } from '../ports.js';
import { facetList, presentAssignment, presentProfile } from '../present.js';
import { parseSearch } from '../search.js';
import type { Context } from 'hono';
import { codeLists } from '../labels.js';
import { json, operations } from './docs.js';
import type { Routes } from './routes.js';

/**
 * `sort=fit` ranks at most this many results, the soonest closing (an intranet's board is far
 * smaller); the results after them follow in closing-date order, so every page of `total` holds
 * its results (contract changelog).
 */
export const FIT_LIMIT = 2_000;

function params(c: Context<AppEnv>): URLSearchParams {
  return new URL(c.req.url).searchParams;
}

/** What these operations say in `/openapi.json` (backend/routes/docs.ts). */
const docs = operations({
  listAssignments: {
    summary: 'Search assignments',
    description:
      'Public assignments for anyone; `visibility=internal` or `all` adds what the caller may see (network members, employees of the organisation). Facets count each value over every filter but its own.',
    tags: ['assignments'],
    auth: 'optional',
    query: assignmentQuerySchema,
    queryNotes: {
      q: 'Free text over title, summary, organisation and skills (Dutch word forms and compounds)',
      hoursMax: 'At least hoursMin',
      sort: '`fit` ranks by how well `profile` fits; `relevance` needs `q`',
      profile: 'The profile to rank by, required with sort=fit',
    },
    responses: {
      200: json('A page of assignments with facets', 'AssignmentPage', ['ETag']),
      403: 'Internal assignments asked by someone who may not see them, or a profile to rank by that the caller may not see',
      404: 'The profile to rank by (sort=fit) does not exist',
    },
  },
  getAssignment: {
    summary: 'One assignment',
    tags: ['assignments'],
    auth: 'optional',
    path: { id: 'Id of the assignment' },
    responses: {
      200: json('The assignment; with credentials its ETag is the version to send in If-Match', 'Assignment', ['ETag']),
      403: 'Not public, and the caller may not see it',
      404: 'Unknown assignment',
    },
  },
  getMatch: {
    summary: 'How well a profile fits an assignment',
    tags: ['assignments', 'profiles'],
    auth: 'optional',
    path: { id: 'Id of the assignment' },
    query: matchQuerySchema,
    responses: {
      200: json('The match, scored as the contract describes', 'Match', ['ETag']),
      403: 'The assignment or the profile is not visible to the caller',
      404: 'Unknown assignment or profile',
    },
  },
  listProfiles: {
    summary: 'Search profiles',
    tags: ['profiles'],
    auth: 'optional',
    query: profileQuerySchema,
    queryNotes: { availableFrom: 'Available on or before this date', q: 'Free text over name, headline, skills and qualities' },
    responses: { 200: json('A page of profiles with facets', 'ProfilePage', ['ETag']) },
  },
  getProfile: {
    summary: 'One profile',
    tags: ['profiles'],
    auth: 'optional',
    path: { id: 'Id of the profile' },
    responses: {
      200: json('The profile; with credentials its ETag is the version to send in If-Match', 'Profile', ['ETag']),
      403: 'Not public, and the caller may not see it',
      404: 'Unknown profile',
    },
  },
  getVocabularies: {
    summary: 'Every code list with labels in the language of Accept-Language',
    description: 'Values first met in data (not in the network vocabulary) are listed only when data the caller may see uses them.',
    tags: ['vocabularies'],
    auth: 'optional',
    responses: { 200: json('The code lists', 'Vocabularies', ['ETag']) },
  },
});

/** Every answer here follows from the data, the language, the day and the URL: ETags from the data version. */
const fromData = { fromData: true };

export function catalogRoutes(routes: Routes): void {
  routes.get('/assignments', docs.listAssignments, async (c) => {
    const parsed = parseWith(assignmentQuerySchema, queryObject(params(c), assignmentQuerySchema));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const q = parsed.value;
    const { viewer, labels, today } = c.var;
    const { store } = c.get('deps');
    // Internal data: only for a signed-in employee or network member.
    if (q.visibility !== 'public' && !mayListNonPublic(viewer)) return denied(viewer);

    const search = parseSearch(q.q);
    const filter = { scope: scopeOf(viewer), visibility: q.visibility, status: q.status, today, search, hoursMin: q.hoursMin, hoursMax: q.hoursMax };
    const selected: Record<AssignmentFacet, string[]> = { field: q.field, region: q.region, type: q.type, mode: q.mode, organisation: q.organisation };
    const offset = (q.page - 1) * q.pageSize;

    let items: StoredAssignment[];
    let result: Awaited<ReturnType<typeof store.searchAssignments>>;
    if (q.sort === 'fit') {
      // Best match first over the whole result (CONTRACT.md §1 `sort`), scored by the same
      // function the browser uses, so a badge never disagrees with the order.
      const profile = presentProfile(await visibleProfile(c, q.profile as string), labels);
      result = await store.searchAssignments({ filter, selected, sort: 'closingDate', offset: 0, limit: FIT_LIMIT }, c.req.raw.signal);
      const candidates = result.items.map((a) => schemas.Assignment.parse(presentAssignment(a, labels, today)));
      const byId = new Map(result.items.map((a) => [a.id, a]));
      const end = offset + q.pageSize;
      items = rank(schemas.Profile.parse(profile), candidates, { today })
        .slice(offset, end)
        .map((ranked) => byId.get(ranked.assignment.id) as StoredAssignment);
      if (end > FIT_LIMIT && result.total > FIT_LIMIT) {
        const from = Math.max(offset, FIT_LIMIT);
        const rest = await store.searchAssignments({ filter, selected, sort: 'closingDate', offset: from, limit: end - from }, c.req.raw.signal);
        items = items.concat(rest.items);
      }
    } else {
      const sort = q.sort === 'relevance' && !search ? 'closingDate' : q.sort;
      result = await store.searchAssignments({ filter, selected, sort, offset, limit: q.pageSize }, c.req.raw.signal);
      items = result.items;
    }
    const missing = q.organisation.filter((id) => !result.counts.organisation.some((c) => c.value === id));
    const names = missing.length ? await store.organisationNames(missing) : undefined;
    const facets = Object.fromEntries(
      (Object.keys(selected) as AssignmentFacet[]).map((name) => [name, facetList(name, result.counts[name], selected[name], labels, names)]),
    );
    // `fields=summary`: the description (most of an item) stays in GET /assignments/{id}. Empty
    // rather than absent, so every client that parses the contract's Assignment still accepts it.
    const present = q.fields === 'summary' ? (a: StoredAssignment) => ({ ...presentAssignment(a, labels, today), description: '' }) : (a: StoredAssignment) => presentAssignment(a, labels, today);
    return respond(c, { items: items.map(present), page: q.page, pageSize: q.pageSize, total: result.total, facets }, { schema: schemas.AssignmentPage });
  }, fromData);

  routes.get('/assignments/:id', docs.getAssignment, async (c) => {
    const assignment = await visibleAssignment(c, c.req.param('id') as string);
    // With credentials (an editor about to change it) the answer carries the version to send back in If-Match.
    const headers = c.get('credentialed') ? { ETag: `"v${assignment.version ?? 1}"` } : undefined;
    return respond(c, presentAssignment(assignment, c.get('labels'), c.get('today')), { schema: schemas.Assignment, headers });
  }, fromData);

  routes.get('/assignments/:id/match', docs.getMatch, async (c) => {
    const parsed = parseWith(matchQuerySchema, queryObject(params(c), matchQuerySchema));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const { labels, today } = c.var;
    const assignment = presentAssignment(await visibleAssignment(c, c.req.param('id') as string), labels, today);
    const profile = presentProfile(await visibleProfile(c, parsed.value.profile as string), labels);
    // The browser computes the same function (src/match): scores agree to the point.
    const result = match(schemas.Assignment.parse(assignment), schemas.Profile.parse(profile), { today });
    return respond(c, result, { schema: schemas.Match });
  }, fromData);

  routes.get('/profiles', docs.listProfiles, async (c) => {
    const parsed = parseWith(profileQuerySchema, queryObject(params(c), profileQuerySchema));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const q = parsed.value;
    const { viewer, labels } = c.var;
    const selected = { field: q.field, region: q.region, kind: q.kind };
    const result = await c.get('deps').store.searchProfiles(
      {
        filter: { scope: scopeOf(viewer), search: parseSearch(q.q), availableFrom: q.availableFrom, hoursMin: q.hoursMin },
        selected,
        sort: q.sort,
        offset: (q.page - 1) * q.pageSize,
        limit: q.pageSize,
      },
      c.req.raw.signal,
    );
    const facets = Object.fromEntries(
      (Object.keys(selected) as (keyof typeof selected)[]).map((name) => [name, facetList(name, result.counts[name], selected[name], labels)]),
    );
    return respond(
      c,
      { items: result.items.map((p) => presentProfile(p, labels)), page: q.page, pageSize: q.pageSize, total: result.total, facets },
      { schema: schemas.ProfilePage },
    );
  }, fromData);

  routes.get('/profiles/:id', docs.getProfile, async (c) => {
    const profile = await visibleProfile(c, c.req.param('id') as string, 'id');
    const headers = c.get('credentialed') ? { ETag: `"v${profile.version ?? 1}"` } : undefined;
    return respond(c, presentProfile(profile, c.get('labels')), { schema: schemas.Profile, headers });
  }, fromData);

  routes.get('/vocabularies', docs.getVocabularies, async (c) => {
    const { labels, viewer } = c.var;
    // Values first met in data may be internal-only: listed only when data the viewer may see uses them.
    const unlisted = codeLists.flatMap((list) => labels.codes(list).filter((code) => !labels.curated(list, code.value)).map(({ value }) => ({ list, value })));
    const used = unlisted.length ? await c.get('deps').store.codesInUse(scopeOf(viewer), unlisted) : [];
    const shown = new Set(used.map((code) => `${code.list}\u0000${code.value}`));
    const body = Object.fromEntries(codeLists.map((list) => [list, labels.codes(list, (entry) => shown.has(`${list}\u0000${entry.value}`))]));
    return respond(c, body, { schema: schemas.Vocabularies });
  }, fromData);
}

export async function visibleAssignment(c: Context<AppEnv>, raw: string): Promise<StoredAssignment> {
  const id = checkedId(raw, 'id');
  const assignment = await c.get('deps').store.getAssignment(id);
  if (!assignment) throw new ProblemError(notFound(`Opdracht ${id}`));
  if (!canSee(c.get('viewer'), assignment.visibility, assignment.organisation.id)) throw new ProblemError(denied(c.get('viewer')));
  return assignment;
}

export async function visibleProfile(c: Context<AppEnv>, raw: string, name = 'profile'): Promise<StoredProfile> {
  const id = checkedId(raw, name);
  const profile = await c.get('deps').store.getProfile(id);
  if (!profile) throw new ProblemError(notFound(`Profiel ${id}`));
  if (!canSeeProfile(c.get('viewer'), profile)) throw new ProblemError(denied(c.get('viewer')));
  return profile;
}

/**
 * Whether a profile named in an application or a sign-up (`profileId`) is one the caller may
 * read: one they may not is answered as unknown, so its existence is not told, and nobody ties
 * someone else's internal profile to what they send.
 */
export async function seenProfile(c: Context<AppEnv>, id: string): Promise<boolean> {
  const profile = await c.get('deps').store.getProfile(id);
  return !!profile && canSeeProfile(c.get('viewer'), profile);
}

/** An id from a path or a parameter, checked like any input: a 400 names it. */
export function checkedId(raw: string, name: string): string {
  const parsed = idSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ProblemError(invalidInput([{ name, code: 'format', reason: parsed.error.issues[0]?.message ?? 'Ongeldig id.' }], 'params'));
  }
  return parsed.data;
}
