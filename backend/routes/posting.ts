/**
 * The posting side (contract 1.1): posters create and change their organisation's
 * assignments, professionals their own profile. Creating needs an `Idempotency-Key` (the same
 * key and body: the same 201; another body: 422); changing is a JSON Merge Patch with
 * `If-Match` (428 without, 412 with the `current` version). A description is sanitised to the
 * contract's allowlist before it is stored: the widget that sent it is not trusted.
 */
import type { Context } from 'hono';
import { checkAssignmentDraft, type AssignmentDraft } from '../../src/api/rules/posting.js';
import { checkProfileDraft, type ProfileDraft } from '../../src/api/rules/profile.js';
import type { FieldIssue } from '../../src/api/rules/fields.js';
import { mergePatch, type OpenCodeList } from '../../src/api/rules/json.js';
import * as schemas from '../../src/api/schemas.js';
import type { InvalidParam } from '../../src/api/schemas.js';
import { draftIssueText } from '../../src/i18n/draft-errors.js';
import type { AppEnv } from '../context.js';
import { jsonRequestFingerprint } from '../http/hash.js';
import { invalidInput, notFound, problem, ProblemError, unauthorized } from '../http/problem.js';
import { apiHref } from '../http/public-url.js';
import { respond } from '../http/respond.js';
import { denied, isPosterOf, mayEditProfile } from '../policy.js';
import type { StoredAnswer, StoredAssignment, StoredProfile } from '../ports.js';
import { presentAssignment, presentProfile } from '../present.js';
import { dutchInstant } from '../time.js';
import { answerForKey, idempotencyKey, replay } from './applications.js';
import { visibleAssignment, visibleProfile } from './catalog.js';
import { idempotencyKeyHeader, ifMatchHeader, json, operations } from './docs.js';
import type { Routes } from './routes.js';
import { newId } from '../ids.js';

/** Largest JSON body: an assignment with a long description, with room to spare. */
const JSON_MAX_BYTES = 256 * 1024;

export const versionTag = (version: number | undefined) => `"v${version ?? 1}"`;

/**
 * The version a change goes ahead on, by its `If-Match` (428 without one): the current one when
 * the header names it (`"v3"`, also weak or in a list) or is `*` (RFC 9110 §13.1.1: true while
 * a current representation exists); null when it names another (412). The store changes only
 * that version, so a change made meanwhile is still a 412.
 */
export function ifMatchVersion(c: Context<AppEnv>, current: number): number | null {
  const header = c.req.header('If-Match');
  if (!header) {
    throw new ProblemError(problem(428, 'precondition-required', 'Versie ontbreekt', 'Stuur de ETag die je las mee als If-Match, zodat je geen wijziging van een ander overschrijft.'));
  }
  if (header.trim() === '*') return current;
  return [...header.matchAll(/"v(\d{1,9})"/g)].some((match) => Number(match[1]) === current) ? current : null;
}

/**
 * The JSON body, or a 400/413/415 problem. Never more than `JSON_MAX_BYTES` is read: a larger
 * `Content-Length` is refused before the body, and a body without one (or longer than it said)
 * as soon as it passes the limit, so an anonymous client cannot make the server hold hundreds of
 * megabytes before it answers 413.
 */
export async function jsonBody(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/(merge-patch\+)?json\b/i.test(type)) throw new ProblemError(problem(415, 'unsupported-media-type', 'Verkeerd formaat', 'Stuur JSON (application/json, of application/merge-patch+json voor een wijziging).'));
  const tooLarge = () => new ProblemError(problem(413, 'payload-too-large', 'Te groot', `Een verzoek is hooguit ${JSON_MAX_BYTES / 1024} kB.`));
  if (Number(c.req.header('Content-Length') ?? 0) > JSON_MAX_BYTES) throw tooLarge();
  const text = await readAtMost(c.req.raw, JSON_MAX_BYTES);
  if (text === null) throw tooLarge();
  try {
    return JSON.parse(text);
  } catch {
    throw new ProblemError(problem(400, 'validation', 'Ongeldige invoer', 'De body is geen geldige JSON.'));
  }
}

/** A request's body as text, or null once it is longer than `max` bytes (reading stops there). */
async function readAtMost(request: Request, max: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  // Streamed, so that a character split between two chunks is decoded whole (also in the mock, in the browser).
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
}

/** A 400 naming every problem at once: those before the body's (a missing `Idempotency-Key`), then the rules'. */
function invalidDraft(c: Context<AppEnv>, issues: FieldIssue[], before: InvalidParam[] = []): Response {
  return invalidInput([...before, ...issues.map((issue) => ({ name: issue.name, code: issue.code, reason: draftIssueText(issue, c.get('lang')) }))], 'fields');
}

/** What a create's 201 carries besides its body: the version it describes and where it lives; a replay carries the same. */
export function createdHeaders(c: Context<AppEnv>, collection: 'assignments' | 'profiles' | 'sessions', id: string): Record<string, string> {
  return { ETag: versionTag(1), Location: apiHref(c.get('deps').config, `/${collection}/${encodeURIComponent(id)}`) };
}

/** A create's answer again (same key, same body): its 201 with the same `ETag` and `Location`. */
export function replayCreated(c: Context<AppEnv>, stored: StoredAnswer, collection: 'assignments' | 'profiles' | 'sessions'): Response {
  return replay(c, stored, createdHeaders(c, collection, (stored.body as { id: string }).id));
}

/** Codes of the open lists must be known (a typo would start a list of its own): the rules check them with the vocabulary. */
export function knownCode(c: Context<AppEnv>): (list: OpenCodeList, value: string) => boolean {
  const labels = c.get('labels');
  return (list, value) => labels.known(list, value);
}

/** A stored assignment as the draft a poster would send (codes by value), to merge a patch into. */
function draftOf(a: StoredAssignment): unknown {
  return {
    ...a,
    field: { value: a.field.value },
    location: { ...a.location, region: { value: a.location.region.value } },
  };
}

function draftOfProfile(p: StoredProfile): unknown {
  return { ...p, fields: p.fields.map((f) => ({ value: f.value })), region: { value: p.region.value } };
}

const tooLarge = 'The body is larger than 256 kB';
const notJson = 'The body is not JSON (application/json; application/merge-patch+json for a change)';

/** What these operations say in `/openapi.json` (backend/routes/docs.ts). */
const docs = operations({
  createAssignment: {
    summary: "Post an assignment for the caller's organisation",
    description: 'For posters of an organisation (the `poster` role). The description is sanitised to the allowlist of contract §1 before it is stored.',
    tags: ['assignments'],
    auth: 'required',
    headers: [idempotencyKeyHeader],
    body: { required: true, content: { 'application/json': '#AssignmentDraft' } },
    responses: {
      201: json('The assignment (the same answer again for a replay of the Idempotency-Key)', 'Assignment', ['ETag', 'Location', 'Idempotent-Replayed']),
      403: 'Not a poster of an organisation known here',
      413: tooLarge,
      415: notJson,
      422: 'The Idempotency-Key was used for another body',
    },
  },
  updateAssignment: {
    summary: 'Change an assignment (JSON Merge Patch)',
    description: 'For posters of its organisation. `status: closed` closes it.',
    tags: ['assignments'],
    auth: 'required',
    path: { id: 'Id of the assignment' },
    headers: [ifMatchHeader],
    body: { required: true, content: { 'application/merge-patch+json': '#AssignmentPatch', 'application/json': '#AssignmentPatch' } },
    responses: {
      200: json('The changed assignment, with its new ETag', 'Assignment', ['ETag']),
      403: 'Not a poster of its organisation, or not visible to the caller',
      404: 'Unknown assignment',
      412: 'Changed meanwhile: `current` holds the newer version, the ETag its version',
      413: tooLarge,
      415: notJson,
      428: 'If-Match is missing',
    },
  },
  createProfile: {
    summary: "Create the caller's own profile (one per person)",
    tags: ['profiles'],
    auth: 'required',
    headers: [idempotencyKeyHeader],
    body: { required: true, content: { 'application/json': '#ProfileDraft' } },
    responses: {
      201: json('The profile (the same answer again for a replay of the Idempotency-Key)', 'Profile', ['ETag', 'Location', 'Idempotent-Replayed']),
      409: 'The caller already has a profile: `profileId` and Location name it',
      413: tooLarge,
      415: notJson,
      422: 'The Idempotency-Key was used for another body',
    },
  },
  updateProfile: {
    summary: 'Change a profile (JSON Merge Patch)',
    description: "For its owner, or a coordinator of the regional network.",
    tags: ['profiles'],
    auth: 'required',
    path: { id: 'Id of the profile' },
    headers: [ifMatchHeader],
    body: { required: true, content: { 'application/merge-patch+json': '#ProfilePatch', 'application/json': '#ProfilePatch' } },
    responses: {
      200: json('The changed profile, with its new ETag', 'Profile', ['ETag']),
      403: 'Not its owner (nor a coordinator of the network), or not visible to the caller',
      404: 'Unknown profile',
      412: 'Changed meanwhile: `current` holds the newer version, the ETag its version',
      413: tooLarge,
      415: notJson,
      428: 'If-Match is missing',
    },
  },
});

export function postingRoutes(routes: Routes): void {
  routes.post('/assignments', docs.createAssignment, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return unauthorized('Log in om een opdracht te plaatsen.');
    if (!viewer.organisation || !isPosterOf(viewer, viewer.organisation)) return denied(viewer, 'Alleen wie opdrachten van de organisatie plaatst, kan dat hier.');
    const header = idempotencyKey(c);
    const body = await jsonBody(c);
    const check = () => checkAssignmentDraft(body, { today: c.get('today'), creating: true, knownCode: knownCode(c) });
    if ('problem' in header) {
      const checked = check();
      return invalidDraft(c, checked.ok ? [] : checked.issues, [header.problem]);
    }
    const scope = `assignment:${viewer.organisation}`;
    const { fingerprint, isOf } = await jsonRequestFingerprint(body);
    const again = (stored: StoredAnswer) => replayCreated(c, stored, 'assignments');
    const earlier = await answerForKey(c, scope, header.key, isOf, again);
    if (earlier) return earlier;

    const checked = check();
    if (!checked.ok) return invalidDraft(c, checked.issues);

    const { store, now } = c.get('deps');
    const organisation = await store.organisation(viewer.organisation);
    if (!organisation) return denied(viewer, 'Je organisatie is (nog) niet bekend bij deze opdrachtenbank.');
    const id = newId(`a-${c.get('today').slice(0, 4)}-`);
    const assignment = storedAssignment(c, { ...checked.value, status: 'open' }, { id, organisation, publishedAt: dutchInstant(now()), version: 1 });
    const presented = presentAssignment(assignment, c.get('labels'), c.get('today'));
    const outcome = await store.createAssignment(assignment, { scope, key: header.key, fingerprint, status: 201, body: presented });
    if (outcome === 'duplicate') {
      return (await answerForKey(c, scope, header.key, isOf, again, { raced: true }))!;
    }
    c.get('deps').log.info('assignment.created', { assignmentId: id });
    return respond(c, presented, { status: 201, schema: schemas.Assignment, headers: createdHeaders(c, 'assignments', id) });
  });

  routes.patch('/assignments/:id', docs.updateAssignment, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return unauthorized('Log in om een opdracht te wijzigen.');
    const current = await visibleAssignment(c, c.req.param('id') as string);
    if (!isPosterOf(viewer, current.organisation.id)) return denied(viewer, 'Alleen wie opdrachten van deze organisatie plaatst, kan ze wijzigen.');
    const expected = ifMatchVersion(c, current.version ?? 1);
    const patch = await jsonBody(c);
    const merged = mergePatch(draftOf(current), patch);
    const checked = checkAssignmentDraft(merged, { today: c.get('today'), creating: false, knownCode: knownCode(c) });
    if (!checked.ok) return invalidDraft(c, checked.issues);
    const next = storedAssignment(c, checked.value, { id: current.id, organisation: current.organisation, publishedAt: current.publishedAt, version: current.version ?? 1 });
    const change = expected === null ? { outcome: 'stale' as const, value: current } : await c.get('deps').store.updateAssignment(next, expected);
    if (!change) return notFound(`Opdracht ${current.id}`);
    const presented = presentAssignment(change.value, c.get('labels'), c.get('today'));
    if (change.outcome === 'stale') return stale(presented, change.value.version);
    c.get('deps').log.info('assignment.updated', { assignmentId: current.id });
    return respond(c, presented, { schema: schemas.Assignment, headers: { ETag: versionTag(change.value.version) } });
  });

  routes.post('/profiles', docs.createProfile, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return unauthorized('Log in om je profiel te maken.');
    const header = idempotencyKey(c);
    const body = await jsonBody(c);
    if ('problem' in header) {
      const checked = checkProfileDraft(body, { knownCode: knownCode(c) });
      return invalidDraft(c, checked.ok ? [] : checked.issues, [header.problem]);
    }
    const scope = `profile:${viewer.sub}`;
    const { fingerprint, isOf } = await jsonRequestFingerprint(body);
    const { store, now } = c.get('deps');
    const again = (stored: StoredAnswer) => replayCreated(c, stored, 'profiles');
    const earlier = await answerForKey(c, scope, header.key, isOf, again);
    if (earlier) return earlier;
    const existing = await store.profileOwnedBy(viewer.sub);
    if (existing) return ownProfileExists(c, existing.id);

    const checked = checkProfileDraft(body, { knownCode: knownCode(c) });
    if (!checked.ok) return invalidDraft(c, checked.issues);
    const organisation = viewer.organisation ? await store.organisation(viewer.organisation) : null;
    const id = newId('p-');
    const profile = storedProfile(checked.value, { id, organisation, owner: viewer.sub, version: 1, updatedAt: dutchInstant(now()) });
    const presented = presentProfile(profile, c.get('labels'));
    const outcome = await store.createProfile(profile, { scope, key: header.key, fingerprint, status: 201, body: presented });
    if (outcome === 'exists') return ownProfileExists(c, (await store.profileOwnedBy(viewer.sub))?.id ?? '');
    if (outcome === 'duplicate') {
      return (await answerForKey(c, scope, header.key, isOf, again, { raced: true }))!;
    }
    c.get('deps').log.info('profile.created', { profileId: id });
    return respond(c, presented, { status: 201, schema: schemas.Profile, headers: createdHeaders(c, 'profiles', id) });
  });

  routes.patch('/profiles/:id', docs.updateProfile, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return unauthorized('Log in om je profiel te wijzigen.');
    // One the viewer may not read is a 403 before anything else: never its version in a 412.
    const current = await visibleProfile(c, c.req.param('id') as string, 'id');
    const { id } = current;
    const { store, now } = c.get('deps');
    if (!mayEditProfile(viewer, current)) return denied(viewer, 'Alleen de eigenaar kan dit profiel wijzigen.');
    const expected = ifMatchVersion(c, current.version ?? 1);
    const merged = mergePatch(draftOfProfile(current), await jsonBody(c));
    const checked = checkProfileDraft(merged, { knownCode: knownCode(c) });
    if (!checked.ok) return invalidDraft(c, checked.issues);
    const next = storedProfile(checked.value, { id, organisation: current.organisation ?? null, owner: current.owner ?? null, version: current.version ?? 1, updatedAt: dutchInstant(now()) });
    const change = expected === null ? { outcome: 'stale' as const, value: current } : await store.updateProfile(next, expected);
    if (!change) return notFound(`Profiel ${id}`);
    const presented = presentProfile(change.value, c.get('labels'));
    if (change.outcome === 'stale') return stale(presented, change.value.version);
    return respond(c, presented, { schema: schemas.Profile, headers: { ETag: versionTag(change.value.version) } });
  });
}

function stale(current: unknown, version: number | undefined): Response {
  return problem(412, 'precondition-failed', 'Intussen gewijzigd', 'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe versie: wat jij typte, is bewaard.', {
    extra: { current },
    headers: { ETag: versionTag(version) },
  });
}

function ownProfileExists(c: Context<AppEnv>, id: string): Response {
  return problem(409, 'profile-exists', 'Je hebt al een profiel', 'Iedereen heeft één profiel; wijzig het bestaande.', {
    headers: { Location: apiHref(c.get('deps').config, `/profiles/${encodeURIComponent(id)}`) },
    extra: { profileId: id },
  });
}

function storedAssignment(
  c: Context<AppEnv>,
  draft: AssignmentDraft,
  fixed: { id: string; organisation: StoredAssignment['organisation']; publishedAt: string; version: number },
): StoredAssignment {
  return {
    id: fixed.id,
    title: draft.title,
    organisation: fixed.organisation,
    summary: draft.summary,
    description: c.get('deps').sanitizeHtml(draft.description),
    field: c.get('labels').code('field', draft.field.value),
    skills: draft.skills,
    location: { place: draft.location.place, region: c.get('labels').code('region', draft.location.region.value), mode: draft.location.mode },
    hoursPerWeek: draft.hoursPerWeek,
    startDate: draft.startDate,
    endDate: draft.endDate,
    closingDate: draft.closingDate,
    types: draft.types,
    rate: draft.rate,
    visibility: draft.visibility,
    status: draft.status,
    publishedAt: fixed.publishedAt,
    contact: draft.contact,
    url: draft.url,
    applyUrl: draft.applyUrl,
    requirements: draft.requirements,
    language: draft.language,
    version: fixed.version,
  };
}

function storedProfile(
  draft: ProfileDraft,
  fixed: { id: string; organisation: StoredProfile['organisation']; owner: string | null; version: number; updatedAt: string },
): StoredProfile {
  return {
    id: fixed.id,
    name: draft.name,
    headline: draft.headline,
    photoUrl: draft.photoUrl,
    kind: draft.kind,
    organisation: fixed.organisation ?? null,
    fields: draft.fields.map((f) => ({ value: f.value, label: f.value })),
    coreQualities: draft.coreQualities,
    skills: draft.skills,
    experience: draft.experience,
    availability: draft.availability,
    region: { value: draft.region.value, label: draft.region.value },
    rate: draft.rate,
    bio: draft.bio,
    links: draft.links,
    contact: draft.contact,
    visibility: draft.visibility,
    updatedAt: fixed.updatedAt,
    language: draft.language,
    owner: fixed.owner,
    version: fixed.version,
  };
}
