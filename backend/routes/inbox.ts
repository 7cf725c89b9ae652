/**
 * The organisation's side of applications (contract 1.1): `GET /me`, the inbox overview
 * (`GET /me/assignments`, an extension), the applications of an assignment (JSON or CSV), one
 * application, its status (`PATCH` with `If-Match`) and its CV. Only posters of the
 * assignment's organisation get past the policy; every read and change is audited (who, what,
 * when — never the content). Every answer is `private, no-store`.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { cvMediaTypes } from '../../src/api/cv.js';
import { DEFAULT_INBOX_SORT, type InboxSort, inboxSorts } from '../../src/api/rules/inbox.js';
import * as schemas from '../../src/api/schemas.js';
import type { FieldIssue } from '../../src/api/rules/fields.js';
import { JsonChecker } from '../../src/api/rules/json.js';
import type { DraftCheck } from '../../src/api/rules/posting.js';
import { codeLabel } from '../../src/i18n/codes.js';
import { draftIssueText } from '../../src/i18n/draft-errors.js';
import type { AppEnv } from '../context.js';
import { applicantKey } from '../applicant.js';
import { type Cell, csvDateTime, toCsv } from '../csv.js';
import { choice, integer, parseWith, queryObject, searchTextParam } from '../http/input.js';
import { invalidInput, notFound, problem, ProblemError, unauthorized } from '../http/problem.js';
import { privateHeaders, respond } from '../http/respond.js';
import { abilities, denied, isPosterOf, scopeOf } from '../policy.js';
import type { AssignmentSort, AuditEntry, MailMessage, StoredApplication } from '../ports.js';
import { newMailId } from '../ids.js';
import { statusMail } from '../mail.js';
import { presentAssignment } from '../present.js';
import { checkedId, visibleAssignment } from './catalog.js';
import { ifMatchHeader, json, operations } from './docs.js';
import { ifMatchVersion, jsonBody } from './posting.js';
import type { Routes } from './routes.js';
import type { Lang } from '../text.js';

const applicationsQuery = z.object({
  status: z.array(choice(schemas.applicationStatuses)).max(5),
  /** Extension: a part of the applicant's name or e-mail address, as a poster looks up who phoned. */
  q: searchTextParam.optional(),
  page: integer(1, 10_000).default(1),
  pageSize: integer(1, 100).default(20),
});

const inboxQuery = z.object({
  status: choice(['open', 'closed', 'all']).default('all'),
  /** Extension: the order (`inboxSorts`): newest published first, most new applications first, closing soonest first. */
  sort: choice(inboxSorts).default(DEFAULT_INBOX_SORT),
  page: integer(1, 10_000).default(1),
  pageSize: integer(1, 100).default(20),
});

/**
 * The store's order for each of the inbox's. The overview holds closed assignments too (`status`
 * `all`): closing soonest means the open ones first, not those that closed longest ago.
 */
const storeSorts: Record<InboxSort, AssignmentSort> = { '-publishedAt': '-publishedAt', '-new': '-newApplications', closingDate: 'openByClosingDate' };

/**
 * A status change (a JSON Merge Patch of the application): `status`, and (extension) `notify`
 * to tell the applicant by mail (for `notifiedStatuses`; ignored for the others). Checked as the
 * other JSON writes are: every problem at once, named by its member; other members are ignored.
 */
function checkStatusChange(input: unknown): DraftCheck<{ status: schemas.ApplicationStatus; notify: boolean }> {
  const check = new JsonChecker();
  const body = check.object(input, 'body') ?? {};
  const status = check.choice(body.status, 'status', schemas.applicationStatuses);
  const notify = check.boolean(body.notify, 'notify');
  return status === null || check.issues.length ? { ok: false, issues: check.issues } : { ok: true, value: { status, notify } };
}

/** Its problems in the caller's words; no editor shares them, so they are worded here. */
function statusIssueText(issue: FieldIssue, lang: Lang): string {
  const en = lang === 'en';
  const statuses = schemas.applicationStatuses.join(', ');
  if (issue.name === 'notify') return en ? 'Send notify as true or false' : 'Stuur notify als true of false';
  if (issue.name === 'status' && issue.code !== 'required') return en ? `Choose the status from ${statuses}` : `Kies de status uit ${statuses}`;
  return draftIssueText(issue, lang);
}

/** The body of `PATCH /applications/{id}`, for `/openapi.json`. */
const statusPatch = {
  type: 'object',
  description: 'A JSON Merge Patch of the application: its new status. Other members are ignored.',
  properties: {
    status: { type: 'string', enum: [...schemas.applicationStatuses] },
    notify: { type: 'boolean', description: 'Extension: tell the applicant by mail, for `uitgenodigd` and `afgewezen`' },
  },
  required: ['status'],
} as const;

/** The largest CSV export: far beyond one assignment's applications. */
const CSV_LIMIT = 10_000;

/**
 * Applications of one assignment as the inbox reads them, each with the applicant's other
 * applications to it (the same e-mail address, backend/applicant.ts): the applicant form invites
 * a second one to add something, and a recruiter should see that the two belong together.
 */
async function presentApplications(c: Context<AppEnv>, items: StoredApplication[]): Promise<schemas.Application[]> {
  const assignmentId = items[0]?.assignmentId;
  if (!assignmentId) return [];
  const keys = [...new Set(items.map((a) => applicantKey(a.email)))];
  const all = await c.get('deps').store.applicationsByApplicants(assignmentId, keys);
  return items.map((a) => ({
    ...presentApplication(a),
    otherApplications: all.filter((o) => o.id !== a.id && applicantKey(o.email) === applicantKey(a.email)).map(({ id, receivedAt }) => ({ id, receivedAt })),
  }));
}

/** One application as the inbox reads it (with the applicant's others, above). */
async function presentOne(c: Context<AppEnv>, a: StoredApplication): Promise<schemas.Application> {
  return (await presentApplications(c, [a]))[0];
}

export function presentApplication(a: StoredApplication): schemas.Application {
  return {
    id: a.id,
    assignmentId: a.assignmentId,
    status: a.status as schemas.ApplicationStatus,
    receivedAt: a.receivedAt,
    name: a.name,
    email: a.email,
    phone: a.phone,
    kvkNumber: a.kvkNumber,
    motivation: a.motivation,
    availableFrom: a.availableFrom,
    hoursPerWeek: a.hoursPerWeek,
    rate: a.rate,
    profileId: a.profileId,
    cv: a.cv ? { name: a.cv.name, type: a.cv.type, size: a.cv.size } : null,
    acceptConditions: a.acceptConditions,
    managerConsent: a.managerConsent,
    language: a.language,
  };
}

const etagOf = (a: StoredApplication) => `"v${a.version}"`;

async function audit(c: Context<AppEnv>, action: AuditEntry['action'], target: string): Promise<void> {
  const viewer = c.get('viewer');
  await c.get('deps').store.audit({ at: c.get('deps').now().toISOString(), actor: viewer?.sub ?? '', organisation: viewer?.organisation ?? null, action, target });
}

/** The mail that tells the applicant of a new status, for the statuses that are told (else none). */
async function statusMails(c: Context<AppEnv>, application: StoredApplication, status: string): Promise<MailMessage[]> {
  const told = schemas.notifiedStatuses.find((s) => s === status);
  const assignment = told ? await c.get('deps').store.getAssignment(application.assignmentId) : null;
  return told && assignment ? [statusMail(assignment, application, told, newMailId)] : [];
}

/** An application the viewer may read: 404 unknown, 401 anonymous, 403 not a poster of its organisation. */
async function readableApplication(c: Context<AppEnv>): Promise<StoredApplication> {
  const id = checkedId(c.req.param('id') as string, 'id');
  if (!c.get('viewer')) throw new ProblemError(unauthorized('Log in om reacties te lezen.'));
  const application = await c.get('deps').store.getApplication(id);
  if (!application) throw new ProblemError(notFound(`Reactie ${id}`));
  if (!isPosterOf(c.get('viewer'), application.organisationId)) throw new ProblemError(denied(c.get('viewer'), 'Alleen wie opdrachten van deze organisatie plaatst, leest haar reacties.'));
  return application;
}

const csvHeader = {
  nl: ['Ontvangstnummer', 'Ontvangen', 'Status', 'Naam', 'E-mailadres', 'Telefoon', 'KvK-nummer', 'Akkoord inkoopvoorwaarden', 'Toestemming leidinggevende', 'Beschikbaar vanaf', 'Uren per week', 'Uurtarief (EUR)', 'Profiel', 'Cv', 'Motivatie'],
  en: ['Reference', 'Received', 'Status', 'Name', 'Email', 'Phone', 'KvK number', 'Accepted procurement conditions', 'Manager consent', 'Available from', 'Hours per week', 'Hourly rate (EUR)', 'Profile', 'CV', 'Motivation'],
};
const csvAnswer = { nl: { yes: 'ja', no: 'nee' }, en: { yes: 'yes', no: 'no' } };

/**
 * The name of an export: what it holds, the title of what it is of, and its id
 * (`reacties-kwartiermaker-wijkaanpak-a-2026-0101.csv`), so that several downloads can be told
 * apart in a downloads folder. The title in ASCII letters and digits, at most 50 characters.
 */
export function exportFileName(kind: string, title: string, id: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 50)
    .replace(/^-+|-+$/g, '');
  return `${[kind, slug, id].filter(Boolean).join('-')}.${extension}`;
}

/** A file name for Content-Disposition: an ASCII fallback and the real name (RFC 6266, RFC 8187). */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** What these operations say in `/openapi.json` (backend/routes/docs.ts). */
const docs = operations({
  getMe: {
    summary: 'Who the caller is to this backend and what they may do',
    tags: ['me'],
    auth: 'required',
    responses: { 200: json('The caller: organisation, own profile, abilities (and new applications for posters)', 'Me') },
  },
  listInbox: {
    summary: "The organisation's assignments with their number of (new) applications",
    description:
      'An extension of the contract, for posters: the inbox overview. `sort` (since 2026-12-05): `-publishedAt` newest published first (default), `-new` most applications with status `received` first (ties newest published first), `closingDate` the open ones closing soonest first, then the closed ones, most recently closed first (ties by title); a last tie-break on id.',
    tags: ['applications', 'me'],
    auth: 'required',
    query: inboxQuery,
    responses: {
      200: json("A page of the organisation's assignments, in the order asked (newest first by default)", 'InboxPage'),
      403: 'Not a poster of an organisation',
    },
  },
  listApplications: {
    summary: 'The applications to an assignment; CSV with Accept: text/csv',
    description: "For posters of its organisation; every read is audited. Extension: `q` finds applications by a part of the applicant's name or e-mail address (any case), in the JSON and the CSV. Extension: each application says whether the applicant accepted the procurement conditions (`acceptConditions`) and had their manager's consent (`managerConsent`), and the language of its texts (`language`); the CSV has the first two as columns.",
    tags: ['applications'],
    auth: 'required',
    path: { id: 'Id of the assignment' },
    query: applicationsQuery,
    responses: {
      200: {
        description: 'A page of applications, or all of them as CSV (UTF-8 with BOM, `;`-separated) with Accept: text/csv',
        content: { 'application/json': '#ApplicationPage', 'text/csv': { type: 'string' } },
        headers: ['Content-Language', 'Content-Disposition'],
      },
      403: 'Not a poster of its organisation, or not visible to the caller',
      404: 'Unknown assignment',
    },
  },
  getApplication: {
    summary: 'One application',
    description: "For posters of the organisation it was sent to; every read is audited. Extension: `acceptConditions`, `managerConsent` and `language`, as for the list.",
    tags: ['applications'],
    auth: 'required',
    path: { id: 'Id of the application' },
    responses: {
      200: json('The application; its ETag goes in If-Match to change it', 'Application', ['ETag']),
      403: 'Not a poster of its organisation',
      404: 'Unknown application',
    },
  },
  updateApplication: {
    summary: 'Set the status of an application (JSON Merge Patch)',
    description: 'Extension: `notify: true` with `uitgenodigd` or `afgewezen` tells the applicant by mail, queued with the change.',
    tags: ['applications'],
    auth: 'required',
    path: { id: 'Id of the application' },
    headers: [ifMatchHeader],
    body: { required: true, content: { 'application/merge-patch+json': statusPatch, 'application/json': statusPatch } },
    responses: {
      200: json('The changed application, with its new ETag', 'Application', ['ETag']),
      403: 'Not a poster of its organisation',
      404: 'Unknown application',
      412: 'Changed meanwhile: `current` holds the newer version, the ETag its version',
      413: 'The body is larger than 256 kB',
      415: 'The body is not JSON (application/merge-patch+json or application/json)',
      428: 'If-Match is missing',
    },
  },
  getApplicationCv: {
    summary: "An application's CV, with the applicant's own file name",
    tags: ['applications'],
    auth: 'required',
    path: { id: 'Id of the application' },
    responses: {
      200: {
        description: 'The file, as an attachment',
        content: Object.fromEntries(Object.values(cvMediaTypes).map((type) => [type, { type: 'string', contentMediaType: type }])),
        headers: ['Content-Disposition'],
      },
      403: 'Not a poster of its organisation',
      404: 'Unknown application, or it has no CV',
    },
  },
});

export function inboxRoutes(routes: Routes): void {
  routes.get('/me', docs.getMe, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return unauthorized('Log in om te zien wat je hier mag doen.');
    const { store } = c.get('deps');
    const organisation = viewer.organisation ? await store.organisation(viewer.organisation) : null;
    const can = abilities(viewer, organisation !== null);
    const profileId = viewer.profileId ?? (await store.profileOwnedBy(viewer.sub))?.id ?? null;
    const body: schemas.Me = { organisation, profileId, can };
    if (can.readApplications && viewer.organisation) body.newApplications = await store.newApplicationCount(viewer.organisation);
    return respond(c, body, { schema: schemas.Me });
  });

  routes.get('/me/assignments', docs.listInbox, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return unauthorized('Log in om reacties te lezen.');
    // An organisation not known here has no assignments: its poster's inbox is empty, not refused.
    if (!viewer.organisation || !abilities(viewer, true).readApplications) return denied(viewer, 'Alleen wie opdrachten plaatst, heeft een inbox.');
    const parsed = parseWith(inboxQuery, queryObject(new URL(c.req.url).searchParams, inboxQuery));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const q = parsed.value;
    const { store } = c.get('deps');
    const result = await store.searchAssignments({
      filter: { scope: scopeOf(viewer), visibility: 'all', status: q.status, today: c.get('today'), search: null },
      selected: { field: [], region: [], type: [], mode: [], organisation: [viewer.organisation] },
      sort: storeSorts[q.sort],
      offset: (q.page - 1) * q.pageSize,
      limit: q.pageSize,
    });
    const counts = await store.applicationCounts(result.items.map((a) => a.id));
    const items = result.items.map((a) => ({
      assignment: presentAssignment(a, c.get('labels'), c.get('today')),
      applications: counts.get(a.id) ?? { total: 0, new: 0 },
    }));
    return respond(c, { items, page: q.page, pageSize: q.pageSize, total: result.total }, { schema: schemas.InboxPage });
  });

  routes.get('/assignments/:id/applications', docs.listApplications, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return unauthorized('Log in om reacties te lezen.');
    const assignment = await visibleAssignment(c, c.req.param('id') as string);
    if (!isPosterOf(viewer, assignment.organisation.id)) return denied(viewer, 'Alleen wie opdrachten van deze organisatie plaatst, leest haar reacties.');
    const parsed = parseWith(applicationsQuery, queryObject(new URL(c.req.url).searchParams, applicationsQuery));
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'params');
    const q = parsed.value;
    const { store } = c.get('deps');

    if (/\btext\/csv\b/i.test(c.req.header('Accept') ?? '')) {
      const { items } = await store.listApplications(assignment.id, { status: q.status, q: q.q, offset: 0, limit: CSV_LIMIT });
      await audit(c, 'applications.export', assignment.id);
      const lang = c.get('lang');
      // As in the inbox: a "no" only where the assignment asks (or the applicant gave it anyway);
      // empty otherwise, as the KvK number. "Toestemming leidinggevende: nee" would read as a refusal.
      const answer = (given: boolean, asked: boolean): Cell => (given ? csvAnswer[lang].yes : asked ? csvAnswer[lang].no : null);
      const asked = assignment.requirements;
      const rows: Cell[][] = items.map((a) => [
        a.id,
        csvDateTime(a.receivedAt),
        codeLabel('applicationStatus', a.status, lang),
        a.name,
        a.email,
        a.phone,
        a.kvkNumber,
        answer(a.acceptConditions, !!asked.conditionsUrl),
        answer(a.managerConsent, asked.managerConsent),
        a.availableFrom,
        a.hoursPerWeek,
        a.rate,
        a.profileId,
        a.cv?.name,
        a.motivation,
      ]);
      return new Response(toCsv(csvHeader[lang], rows), {
        status: 200,
        headers: privateHeaders(c, {
          'Content-Type': 'text/csv; charset=utf-8; header=present',
          'Content-Disposition': contentDisposition(exportFileName(lang === 'en' ? 'applications' : 'reacties', assignment.title, assignment.id, 'csv')),
          Vary: 'Accept, Accept-Language, Authorization, Cookie',
        }),
      });
    }

    const { items, total } = await store.listApplications(assignment.id, { status: q.status, q: q.q, offset: (q.page - 1) * q.pageSize, limit: q.pageSize });
    await audit(c, 'applications.list', assignment.id);
    return respond(c, { items: await presentApplications(c, items), page: q.page, pageSize: q.pageSize, total }, { schema: schemas.ApplicationPage });
  });

  routes.get('/applications/:id', docs.getApplication, async (c) => {
    const application = await readableApplication(c);
    await audit(c, 'application.read', application.id);
    return respond(c, await presentOne(c, application), { schema: schemas.Application, headers: { ETag: etagOf(application) } });
  });

  routes.patch('/applications/:id', docs.updateApplication, async (c) => {
    const application = await readableApplication(c);
    const expected = ifMatchVersion(c, application.version);
    const checked = checkStatusChange(await jsonBody(c));
    if (!checked.ok) return invalidInput(checked.issues.map((issue) => ({ name: issue.name, code: issue.code, reason: statusIssueText(issue, c.get('lang')) })), 'fields');
    const { status, notify } = checked.value;
    const mails = notify && status !== application.status ? await statusMails(c, application, status) : [];
    const change = expected === null ? { outcome: 'stale' as const, application } : await c.get('deps').store.updateApplicationStatus(application.id, status, expected, mails);
    if (!change) return notFound(`Reactie ${application.id}`);
    if (change.outcome === 'updated' && mails.length) c.get('deps').mailQueued();
    if (change.outcome === 'stale') {
      return problem(412, 'precondition-failed', 'Intussen gewijzigd', 'Iemand anders heeft deze reactie intussen gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.', {
        extra: { current: await presentOne(c, change.application) },
        headers: { ETag: etagOf(change.application) },
      });
    }
    await audit(c, 'application.status', application.id);
    return respond(c, await presentOne(c, change.application), { schema: schemas.Application, headers: { ETag: etagOf(change.application) } });
  });

  routes.get('/applications/:id/cv', docs.getApplicationCv, async (c) => {
    const application = await readableApplication(c);
    const cv = application.cv;
    const bytes = cv ? await c.get('deps').files.read(cv.file) : null;
    if (!cv || !bytes) return notFound(`Het cv bij reactie ${application.id}`);
    await audit(c, 'application.cv', application.id);
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: privateHeaders(c, {
        'Content-Type': cv.type,
        'Content-Length': String(bytes.byteLength),
        'Content-Disposition': contentDisposition(cv.name),
        'X-Content-Type-Options': 'nosniff',
      }),
    });
  });
}
