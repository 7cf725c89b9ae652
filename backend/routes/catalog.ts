/** The read side of the contract: assignments, profiles, vocabularies and the match. */
import * as schemas from '../../src/api/schemas.js';
import { match, rank } from '../../src/match/index.js';
import type { AppEnv } from '../context.js';
import { assignmentQuerySchema, idSchema, matchQuerySchema, parseWith, profileQuerySchema, queryObject } from '../http/input.js';
import { invalidInput, notFound, ProblemError } from '../http/problem.js';
import { respond } from '../http/respond.js';
import { canSee, denied, mayListNonPublic, scopeOf } from '../policy.js';
import type { AssignmentFacet, StoredAssignment, StoredProfile } from '../ports.js';
import { facetList, presentAssignment, presentProfile } from '../present.js';
import { parseSearch } from '../search.js';
import type { Context } from 'hono';
import { codeLists } from '../labels.js';
import type { Routes } from './routes.js';

/** `sort=fit` ranks at most this many results (an intranet's board is far smaller). */
export const FIT_LIMIT = 2_000;

function params(c: Context<AppEnv>): URLSearchParams {
  return new URL(c.req.url).searchParams;
}

export function catalogRoutes(routes: Routes): void {
  routes.get('/assignments', 'listAssignments', async (c) => {
    const parsed = parseWith(assignmentQuerySchema, queryObject(params(c), assignmentQuerySchema));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const q = parsed.value;
    const { viewer, labels, today } = c.var;
    const { store } = c.var.deps;
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
      result = await store.searchAssignments({ filter, selected, sort: 'closingDate', offset: 0, limit: FIT_LIMIT });
      const candidates = result.items.map((a) => schemas.Assignment.parse(presentAssignment(a, labels, today)));
      const byId = new Map(result.items.map((a) => [a.id, a]));
      items = rank(schemas.Profile.parse(profile), candidates, { today })
        .slice(offset, offset + q.pageSize)
        .map((ranked) => byId.get(ranked.assignment.id) as StoredAssignment);
    } else {
      const sort = q.sort === 'relevance' && !search ? 'closingDate' : q.sort;
      result = await store.searchAssignments({ filter, selected, sort, offset, limit: q.pageSize });
      items = result.items;
    }
    const missing = q.organisation.filter((id) => !result.counts.organisation.some((c) => c.value === id));
    const names = missing.length ? await store.organisationNames(missing) : undefined;
    const facets = Object.fromEntries(
      (Object.keys(selected) as AssignmentFacet[]).map((name) => [name, facetList(name, result.counts[name], selected[name], labels, names)]),
    );
    return respond(
      c,
      { items: items.map((a) => presentAssignment(a, labels, today)), page: q.page, pageSize: q.pageSize, total: result.total, facets },
      { schema: schemas.AssignmentPage },
    );
  });

  routes.get('/assignments/:id', 'getAssignment', async (c) => {
    const assignment = await visibleAssignment(c, c.req.param('id') as string);
    // With credentials (an editor about to change it) the answer carries the version to send back in If-Match.
    const headers = c.var.credentialed ? { ETag: `"v${assignment.version ?? 1}"` } : undefined;
    return respond(c, presentAssignment(assignment, c.var.labels, c.var.today), { schema: schemas.Assignment, headers });
  });

  routes.get('/assignments/:id/match', 'getMatch', async (c) => {
    const parsed = parseWith(matchQuerySchema, queryObject(params(c), matchQuerySchema));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const { labels, today } = c.var;
    const assignment = presentAssignment(await visibleAssignment(c, c.req.param('id') as string), labels, today);
    const profile = presentProfile(await visibleProfile(c, parsed.value.profile as string), labels);
    // The browser computes the same function (src/match): scores agree to the point.
    const result = match(schemas.Assignment.parse(assignment), schemas.Profile.parse(profile), { today });
    return respond(c, result, { schema: schemas.Match });
  });

  routes.get('/profiles', 'listProfiles', async (c) => {
    const parsed = parseWith(profileQuerySchema, queryObject(params(c), profileQuerySchema));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const q = parsed.value;
    const { viewer, labels } = c.var;
    const selected = { field: q.field, region: q.region, kind: q.kind };
    const result = await c.var.deps.store.searchProfiles({
      filter: { scope: scopeOf(viewer), search: parseSearch(q.q), availableFrom: q.availableFrom, hoursMin: q.hoursMin },
      selected,
      sort: q.sort,
      offset: (q.page - 1) * q.pageSize,
      limit: q.pageSize,
    });
    const facets = Object.fromEntries(
      (Object.keys(selected) as (keyof typeof selected)[]).map((name) => [name, facetList(name, result.counts[name], selected[name], labels)]),
    );
    return respond(
      c,
      { items: result.items.map((p) => presentProfile(p, labels)), page: q.page, pageSize: q.pageSize, total: result.total, facets },
      { schema: schemas.ProfilePage },
    );
  });

  routes.get('/profiles/:id', 'getProfile', async (c) => {
    const profile = await visibleProfile(c, c.req.param('id') as string, 'id');
    const headers = c.var.credentialed ? { ETag: `"v${profile.version ?? 1}"` } : undefined;
    return respond(c, presentProfile(profile, c.var.labels), { schema: schemas.Profile, headers });
  });

  routes.get('/vocabularies', 'getVocabularies', async (c) => {
    const { labels } = c.var;
    const body = Object.fromEntries(codeLists.map((list) => [list, labels.codes(list)]));
    return respond(c, body, { schema: schemas.Vocabularies });
  });
}

export async function visibleAssignment(c: Context<AppEnv>, raw: string): Promise<StoredAssignment> {
  const id = checkedId(raw, 'id');
  const assignment = await c.var.deps.store.getAssignment(id);
  if (!assignment) throw new ProblemError(notFound(`Opdracht ${id}`));
  if (!canSee(c.var.viewer, assignment.visibility, assignment.organisation.id)) throw new ProblemError(denied(c.var.viewer));
  return assignment;
}

export async function visibleProfile(c: Context<AppEnv>, raw: string, name = 'profile'): Promise<StoredProfile> {
  const id = checkedId(raw, name);
  const profile = await c.var.deps.store.getProfile(id);
  if (!profile) throw new ProblemError(notFound(`Profiel ${id}`));
  if (!canSee(c.var.viewer, profile.visibility, profile.organisation?.id)) throw new ProblemError(denied(c.var.viewer));
  return profile;
}

/** An id from a path or a parameter, checked like any input: a 400 names it. */
export function checkedId(raw: string, name: string): string {
  const parsed = idSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ProblemError(invalidInput([{ name, code: 'format', reason: parsed.error.issues[0]?.message ?? 'Ongeldig id.' }], 'params'));
  }
  return parsed.data;
}
