/** The read side of the contract: assignments, profiles, vocabularies and the match. */
import type { Hono } from 'hono';
import * as schemas from '../../src/api/schemas.js';
import { match } from '../../src/match/index.js';
import { canSee } from '../auth.js';
import type { AppEnv, Deps } from '../context.js';
import { findAssignment, listAssignments } from '../data/assignments.js';
import type { Viewer } from '../data/conditions.js';
import { findProfile, listProfiles } from '../data/profiles.js';
import { codeLists } from '../data/vocabulary.js';
import {
  assignmentQuerySchema,
  matchQuerySchema,
  parseWith,
  profileQuerySchema,
  queryObject,
} from '../http/input.js';
import { forbidden, invalidInput, notFound, ProblemError, unauthorized } from '../http/problem.js';
import { respond } from '../http/respond.js';
import { dutchToday } from '../text.js';

/** 401 without (valid) credentials, 403 for a signed-in viewer without rights. */
export function denied(viewer: Viewer | null): Response {
  return viewer ? forbidden() : unauthorized();
}

function query(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

export function catalogRoutes(api: Hono<AppEnv>, deps: Deps): void {
  const { db, vocabulary } = deps;

  api.get('/assignments', async (c) => {
    const parsed = parseWith(assignmentQuerySchema, queryObject(query(c.req.url), assignmentQuerySchema));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const q = parsed.value;
    const viewer = c.var.viewer;
    // Internal data: only for a signed-in employee or network member.
    if (q.visibility !== 'public' && !(viewer && (viewer.organisation || viewer.network))) return denied(viewer);

    const labels = await vocabulary.labels(c.var.lang);
    const result = await listAssignments(db, q, viewer, labels);
    return respond(
      c,
      deps,
      { items: result.items, page: q.page, pageSize: q.pageSize, total: result.total, facets: result.facets },
      { schema: schemas.AssignmentPage },
    );
  });

  api.get('/assignments/:id', async (c) => {
    const assignment = await visibleAssignment(c.req.param('id'), c.var.viewer, c.var.lang);
    return respond(c, deps, assignment, { schema: schemas.Assignment });
  });

  api.get('/assignments/:id/match', async (c) => {
    const parsed = parseWith(matchQuerySchema, queryObject(query(c.req.url), matchQuerySchema));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const assignment = await visibleAssignment(c.req.param('id'), c.var.viewer, c.var.lang);
    const profile = await visibleProfile(parsed.value.profile, c.var.viewer, c.var.lang);
    // The browser computes the same function (src/match): scores agree to the point.
    const result = match(schemas.Assignment.parse(assignment), schemas.Profile.parse(profile), { today: dutchToday(deps.now()) });
    return respond(c, deps, result, { schema: schemas.Match });
  });

  api.get('/profiles', async (c) => {
    const parsed = parseWith(profileQuerySchema, queryObject(query(c.req.url), profileQuerySchema));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const q = parsed.value;
    const labels = await vocabulary.labels(c.var.lang);
    const result = await listProfiles(db, q, c.var.viewer, labels);
    return respond(
      c,
      deps,
      { items: result.items, page: q.page, pageSize: q.pageSize, total: result.total, facets: result.facets },
      { schema: schemas.ProfilePage },
    );
  });

  api.get('/profiles/:id', async (c) => {
    const profile = await visibleProfile(c.req.param('id'), c.var.viewer, c.var.lang);
    return respond(c, deps, profile, { schema: schemas.Profile });
  });

  api.get('/vocabularies', async (c) => {
    const labels = await vocabulary.labels(c.var.lang);
    const body = Object.fromEntries(codeLists.map((list) => [list, labels.codes(list)]));
    return respond(c, deps, body, { schema: schemas.Vocabularies });
  });

  async function visibleAssignment(id: string, viewer: Viewer | null, lang: AppEnv['Variables']['lang']) {
    const assignment = await findAssignment(db, id, await vocabulary.labels(lang));
    if (!assignment) throw new ProblemError(notFound(`Opdracht ${id}`));
    if (!canSee(viewer, assignment.visibility, assignment.organisation.id)) throw new ProblemError(denied(viewer));
    return assignment;
  }

  async function visibleProfile(id: string, viewer: Viewer | null, lang: AppEnv['Variables']['lang']) {
    const profile = await findProfile(db, id, await vocabulary.labels(lang));
    if (!profile) throw new ProblemError(notFound(`Profiel ${id}`));
    if (!canSee(viewer, profile.visibility, profile.organisation?.id)) throw new ProblemError(denied(viewer));
    return profile;
  }
}
