/**
 * `POST /assignments/{id}/applications`: the one endpoint that takes personal data and files.
 *
 * Order of checks (each answer is a problem+json unless noted):
 * 429 over the client's rate limit → 413 body too large → 404/401/403 the assignment →
 * 409 closed (unless the key was accepted before) → 415 not a form → 413 CV over 5 MB →
 * replay of an accepted `Idempotency-Key` (the same 201; another body with that key: 422) →
 * honeypot (201, nothing stored) → 400 with every invalid field → store → 201.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CV_HEAD_BYTES, cvKindOf, cvMediaTypes } from '../../src/api/cv.js';
import { IDEMPOTENCY_CONFLICT } from '../../src/api/idempotency.js';
import { applicationFields, applicationInput, checkApplication, checkCv, cvFileName, type Requirements } from '../../src/api/rules/application.js';
import { isClosed } from '../../src/api/rules/assignment.js';
import type { FieldIssue } from '../../src/api/rules/fields.js';
import type { ApplicationReceipt, InvalidParam } from '../../src/api/schemas.js';
import { applicationIssueText } from '../../src/i18n/application-errors.js';
import { draftIssueText } from '../../src/i18n/draft-errors.js';
import type { AppEnv } from '../context.js';
import { sha256 } from '../http/hash.js';
import { invalidInput, problem } from '../http/problem.js';
import { acknowledgementMail, announcement, MAILS_PER_TYPED_ADDRESS_PER_DAY, mayMailTypedAddress } from '../mail.js';
import type { ApplicationRecord, IdempotencyRecord, StagedFile, StoredAnswer } from '../ports.js';
import type { Lang } from '../text.js';
import { dutchInstant } from '../time.js';
import { seenProfile, visibleAssignment } from './catalog.js';
import { idempotencyKeyHeader, json, operations } from './docs.js';
import type { Routes } from './routes.js';
import { newId, newMailId } from '../ids.js';

/** Room for the text parts and multipart framing next to the largest CV. */
const FORM_OVERHEAD = 256 * 1024;
const KEY_MAX_LENGTH = 200;

function tooLarge(): Response {
  return problem(413, 'payload-too-large', 'Bestand te groot', 'Je cv is groter dan 5 MB. Kies een kleiner bestand of sla het op als PDF.');
}

export function closed(): Response {
  return problem(409, 'closed', 'Opdracht gesloten', 'Deze opdracht is gesloten: je kunt er niet meer op reageren.');
}

export function keyConflict(): Response {
  return problem(
    422,
    IDEMPOTENCY_CONFLICT,
    'Sleutel al gebruikt',
    'Deze Idempotency-Key hoort bij een ander verzoek. Gebruik voor een nieuw verzoek een nieuwe sleutel.',
  );
}

/** The `Idempotency-Key` header, or the problem with it (as an invalidParams entry). */
export function idempotencyKey(c: Context<AppEnv>): { key: string } | { problem: InvalidParam } {
  const key = c.req.header('Idempotency-Key')?.trim();
  if (!key) return { problem: { name: 'Idempotency-Key', code: 'required', reason: 'Stuur de header Idempotency-Key mee (een UUID per verzoek).' } };
  if (key.length > KEY_MAX_LENGTH || /[^\x21-\x7e]/.test(key)) {
    return { problem: { name: 'Idempotency-Key', code: 'format', reason: `Een Idempotency-Key is hooguit ${KEY_MAX_LENGTH} zichtbare ASCII-tekens (gebruik een UUID).` } };
  }
  return { key };
}

/** The same answer again, marked as a replay (with the headers the first one had besides its body). */
export function replay(c: Context<AppEnv>, stored: StoredAnswer, headers: Record<string, string> = {}): Response {
  return c.json(stored.body as object, stored.status as 201, { ...headers, 'Cache-Control': 'private, no-store', 'Idempotent-Replayed': 'true' });
}

/**
 * What a key used before gets (contract: the same key and body, the same answer; another body
 * with it, a 422): `again` for the same request (`same`), a 422 for another, null for a key not
 * used yet. `raced`: two requests with one key at once, and the other stored first, so its answer
 * must be there.
 */
export async function answerForKey(
  c: Context<AppEnv>,
  scope: string,
  key: string,
  same: (stored: StoredAnswer) => boolean,
  again: (stored: StoredAnswer) => Response,
  { raced = false } = {},
): Promise<Response | null> {
  const stored = await c.get('deps').store.findAnswer(scope, key);
  if (!stored && raced) throw new Error('idempotency record vanished');
  return stored ? (same(stored) ? again(stored) : keyConflict()) : null;
}

/**
 * Requests of one kind (`name`: applications, sign-ups…) per client per minute: counted in the
 * store, so every instance shares one count.
 */
export function rateLimit(name: string, perMinute: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limit = perMinute();
    const client = limit > 0 ? c.get('deps').clientKey(c.req.raw, c.env) : null;
    if (client) {
      const now = c.get('deps').now();
      const { count, resetAt } = await c.get('deps').store.hit(`${name}:${client}`, 60_000, now);
      if (count > limit) {
        const retryAfter = Math.max(1, Math.ceil((resetAt - now.getTime()) / 1000));
        return problem(429, 'rate-limit', 'Te veel verzoeken', `Probeer het over ${retryAfter} seconden opnieuw.`, {
          headers: { 'Retry-After': String(retryAfter) },
        });
      }
    }
    await next();
  };
}

const MULTIPART = /^\s*multipart\/form-data\s*(;|$)/i;

/** What this operation says in `/openapi.json` (backend/routes/docs.ts). */
const docs = operations({
  createApplication: {
    summary: 'Apply for an assignment',
    description: 'Anyone may apply to an assignment they may see; signed in, the application is tied to the caller. A replay of an accepted Idempotency-Key gets the same 201, also after the assignment closed.',
    tags: ['applications'],
    auth: 'optional',
    path: { id: 'Id of the assignment' },
    headers: [idempotencyKeyHeader],
    body: { required: true, content: { 'multipart/form-data': '#ApplicationForm' } },
    responses: {
      201: json('Received', 'ApplicationReceipt', ['Idempotent-Replayed']),
      403: 'Not public, and the caller may not see it',
      404: 'Unknown assignment',
      409: 'The assignment is closed',
      413: 'The CV is larger than 5 MB (or the whole form too large)',
      415: 'Not multipart/form-data',
      422: 'The Idempotency-Key was used for another application',
      429: 'Too many applications from this client: try again after Retry-After',
    },
  },
});

export function applicationRoutes(routes: Routes, config: { maxCvBytes: number; applicationRateLimit: number }): void {
  routes.use(
    'POST',
    '/assignments/:id/applications',
    rateLimit('applications', () => config.applicationRateLimit),
    bodyLimit({ maxSize: config.maxCvBytes + FORM_OVERHEAD, onError: () => tooLarge() }),
  );

  routes.post('/assignments/:id/applications', docs.createApplication, async (c) => {
    const { store, files, log, config } = c.get('deps');
    const { viewer, today, lang } = c.var;
    const assignment = await visibleAssignment(c, c.req.param('id') as string);
    const id = assignment.id;
    const scope = `application:${id}`;

    const header = idempotencyKey(c);
    const key = 'key' in header ? header.key : undefined;
    const earlier = key ? await store.findAnswer(scope, key) : null;
    // A replay of an accepted application still gets its 201 after the assignment closed.
    if (!earlier && isClosed(assignment, today)) return closed();

    // Only a multipart form is an application (contract extension: anything else is a 415), also a
    // urlencoded one that the runtime could read: it holds no CV, and its fields were answered as
    // if the form had been filled in wrongly.
    if (!MULTIPART.test(c.req.header('Content-Type') ?? '')) {
      return problem(415, 'unsupported-media-type', 'Verkeerd formaat', 'Stuur de sollicitatie als multipart/form-data.');
    }
    let form: FormData;
    try {
      const body = new Uint8Array(await c.req.raw.arrayBuffer());
      const type = c.req.header('Content-Type') ?? '';
      if (partsOf(body, type) > MAX_FORM_PARTS) return tooManyParts();
      form = await new Response(body, { headers: { 'Content-Type': type } }).formData();
    } catch {
      // A form that says it is one but cannot be read came cut off or garbled on the way: the
      // client may send it again.
      return problem(400, 'validation', 'Ongeldige invoer', 'Het formulier kon niet worden gelezen: het kwam onvolledig of beschadigd aan. Stuur het opnieuw.');
    }
    const cv = chosenFile(form.get('cv'));
    if (cv && cv.size > config.maxCvBytes) return tooLarge();
    const cvBytes = cv ? new Uint8Array(await cv.arrayBuffer()) : null;
    const fingerprint = await fingerprintOf(form, cvBytes);

    if (earlier) return earlier.fingerprint === fingerprint ? replay(c, earlier) : keyConflict();

    // A filled honeypot is a bot: it gets a normal-looking receipt (the same one on a replay)
    // and no application is stored.
    if (text(form, 'website')) {
      if (!key) return invalidInput('problem' in header ? [header.problem] : [], 'fields');
      log.info('application.honeypot', { assignmentId: id });
      const answer = receipt(id, c.get('deps').now());
      await store.saveAnswer({ scope, key, fingerprint, status: 201, body: answer });
      const remembered = await store.findAnswer(scope, key);
      return c.json((remembered?.body ?? answer) as ApplicationReceipt, 201, { 'Cache-Control': 'private, no-store' });
    }

    const requirements = assignment.requirements as Requirements;
    const { values, files: misplaced } = textParts(form);
    const issues: FieldIssue[] = [
      ...checkApplication(values, requirements).filter((issue) => !misplaced.includes(issue.name)),
      ...misplaced.map((name): FieldIssue => ({ name, code: 'type' })),
    ];
    const cvIssue = fileIssue(form.get('cv'), cv, cvBytes, requirements);
    if (cvIssue) issues.push(cvIssue);
    if (values.profileId && !issues.some((i) => i.name === 'profileId') && !(await seenProfile(c, values.profileId))) {
      issues.push({ name: 'profileId', code: 'unknown' });
    }
    const problems: InvalidParam[] = 'problem' in header ? [header.problem] : [];
    problems.push(...issues.map((issue) => ({ name: issue.name, code: issue.code, reason: issueText(issue, lang) })));
    if (problems.length || !key) return invalidInput(problems, 'fields');

    const answer = receipt(id, c.get('deps').now());
    const input = applicationInput(values);
    const kind = cv ? cvKindOf(cv.name) : null;
    const staged: StagedFile | null = cv && cvBytes && kind ? await files.stage(cvBytes, kind) : null;
    const record: IdempotencyRecord = { scope, key, fingerprint, status: 201, body: answer };
    const application: ApplicationRecord = {
      id: answer.id,
      assignmentId: id,
      status: 'received',
      receivedAt: answer.receivedAt,
      ...input,
      cv: cv && staged && kind ? { file: staged.name, name: cvFileName(cv.name), type: cvMediaTypes[kind], size: cv.size } : null,
      lang,
      applicant: viewer?.sub ?? null,
    };
    // The mails are stored with the application: sent after the commit, never lost, never twice;
    // the contact's announcement gathers what arrives within a window (backend/mail.ts `announcement`).
    const acknowledge = await mayMailTypedAddress(store, application.email, c.get('deps').now());
    if (!acknowledge) log.warn('mail.address-capped', { applicationId: answer.id, detail: `more than ${MAILS_PER_TYPED_ADDRESS_PER_DAY} mails to this typed address today: no acknowledgement` });
    const acknowledgement = acknowledge ? [acknowledgementMail(assignment, application, newMailId)] : [];
    const announce = announcement(assignment, application, { inboxUrl: config.inboxUrl, newId: newMailId });
    let outcome: 'stored' | 'duplicate';
    try {
      outcome = await store.createApplication(application, record, acknowledgement, announce);
    } catch (error) {
      await staged?.discard();
      throw error;
    }
    if (outcome === 'duplicate') {
      // The same key arrived twice at once and the other request won: answer as it did.
      await staged?.discard();
      return (await answerForKey(c, scope, key, (winner) => winner.fingerprint === fingerprint, (winner) => replay(c, winner), { raced: true }))!;
    }
    // Only now, with the row committed, does the file get its final name (a crash before this
    // leaves a temporary file that the start-up sweep removes: no CV outlives its row).
    await staged?.commit();
    log.info('application.stored', { assignmentId: id, applicationId: answer.id, cv: !!staged });
    c.get('deps').mailQueued();
    return c.json(answer, 201, { 'Cache-Control': 'private, no-store' });
  });
}

/**
 * A problem in the applicant's words. `language` is worded as the editors word it: `<apply-form>`
 * sends its own, so only another client meets this, and the form's bundle need not carry the words.
 */
function issueText(issue: FieldIssue, lang: Lang): string {
  return issue.name === 'language' ? draftIssueText(issue, lang) : applicationIssueText(issue, lang);
}

function receipt(assignmentId: string, now: Date): ApplicationReceipt {
  return { id: newId('app-'), assignmentId, status: 'received', receivedAt: dutchInstant(now) };
}

/** A chosen file: browsers send an empty, nameless file for an untouched `<input type="file">`. */
function chosenFile(value: FormDataEntryValue | null): File | null {
  return value instanceof File && (value.size > 0 || value.name !== '') ? value : null;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The text parts (the first of each name), and the fields of the form where a file came instead
 * of text (each once; a file under a name the form does not have is ignored like any other part).
 */
function textParts(form: FormData): { values: Record<string, string>; files: string[] } {
  const values: Record<string, string> = {};
  const files = new Set<string>();
  for (const [name, value] of form) {
    if (name === 'cv' || name in values || files.has(name)) continue;
    if (typeof value === 'string') values[name] = value;
    else if (chosenFile(value) && Object.hasOwn(applicationFields, name)) files.add(name);
  }
  return { values, files: [...files] };
}

/**
 * Parts a form may have: the application form has 15 fields; a client that sends a few more
 * loses nothing. Without a bound, a form of 5 MB held some 75,000 tiny parts, and reading them
 * blocked the server for every visitor for 20 s and more (found by a security review).
 */
const MAX_FORM_PARTS = 100;

/**
 * How many parts a multipart body has, counted on its bytes before anything is parsed: the
 * delimiters (`--` and the boundary of its Content-Type), less the closing one.
 */
function partsOf(body: Uint8Array, contentType: string): number {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) return 0; // not readable as a form: formData() refuses it
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  const text = new TextDecoder('latin1').decode(body);
  let count = 0;
  for (let at = text.indexOf(delimiter); at !== -1 && count <= MAX_FORM_PARTS + 1; at = text.indexOf(delimiter, at + delimiter.length)) count++;
  return count - 1;
}

function tooManyParts(): Response {
  return problem(400, 'validation', 'Ongeldige invoer', `Een sollicitatie heeft hooguit ${MAX_FORM_PARTS} velden; dit formulier had er meer.`);
}

function fileIssue(raw: FormDataEntryValue | null, cv: File | null, bytes: Uint8Array | null, requirements: Requirements): FieldIssue | null {
  if (!cv && typeof raw === 'string' && raw.trim()) return { name: 'cv', code: 'type' };
  // Extension and first bytes, never the browser's MIME type (src/api/rules).
  return checkCv(cv, bytes?.subarray(0, CV_HEAD_BYTES) ?? null, requirements);
}

/** What makes two submissions "the same": every part, the file by its content. */
async function fingerprintOf(form: FormData, cvBytes: Uint8Array | null): Promise<string> {
  const parts: (string | Uint8Array)[] = [];
  const entries = [...form].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, value] of entries) {
    parts.push(`${name}\u0000`);
    if (typeof value === 'string') parts.push(`s\u0000${value.trim()}\u0000`);
    else if (name === 'cv' && cvBytes) parts.push(`f\u0000${value.name}\u0000`, cvBytes, '\u0000');
    else parts.push(`f\u0000${value.name}\u0000${value.size}\u0000`);
  }
  return sha256(parts);
}
