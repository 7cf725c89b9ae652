/**
 * `POST /assignments/{id}/applications`: the one endpoint that takes personal data and files.
 *
 * Order of checks (each answer is a problem+json unless noted):
 * 429 over the client's rate limit → 413 body too large → 404/401/403 the assignment →
 * 409 closed (unless the key was accepted before) → 415 not a form → 413 CV over 5 MB →
 * replay of an accepted `Idempotency-Key` (the same 201; another body with that key: 422) →
 * honeypot (201, nothing stored) → 400 with every invalid field → store → 201.
 */
import { CV_HEAD_BYTES, cvKindOf, cvMediaTypes, cvSignatureMatches } from '../../src/api/cv.js';
import { createHash, randomUUID } from 'node:crypto';
import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ApplicationReceipt, InvalidParam } from '../../src/api/schemas.js';
import { canSee } from '../auth.js';
import type { AppEnv, Deps } from '../context.js';
import { findAnswer, type StoredAnswer, storeAnswerOnly, storeApplication } from '../data/applications.js';
import { assignmentForApplication } from '../data/assignments.js';
import { profileExists } from '../data/profiles.js';
import { applicationSchema, type Requirements, toInvalidParam } from '../http/input.js';
import { describeError } from '../http/log.js';
import { invalidInput, notFound, problem } from '../http/problem.js';
import { dutchInstant } from '../text.js';
import { denied } from './catalog.js';

/** Room for the text parts and multipart framing next to the largest CV. */
const FORM_OVERHEAD = 256 * 1024;


function tooLarge(): Response {
  return problem(413, 'payload-too-large', 'Bestand te groot', 'Je cv is groter dan 5 MB. Kies een kleiner bestand of sla het op als PDF.');
}

function closed(): Response {
  return problem(409, 'closed', 'Opdracht gesloten', 'Op deze opdracht kun je niet meer reageren: de reactietermijn is voorbij.');
}

function keyConflict(): Response {
  return problem(
    422,
    'idempotency-conflict',
    'Sleutel al gebruikt',
    'Deze Idempotency-Key hoort bij een andere sollicitatie. Gebruik voor een nieuwe sollicitatie een nieuwe sleutel.',
  );
}

/** The client a rate limit counts: the socket's address, or the proxy's X-Forwarded-For when trusted. */
function clientKey(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'local';
}

export function applicationRoutes(api: Hono<AppEnv>, deps: Deps): void {
  const { db, log } = deps;

  const rateLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
    const verdict = deps.limiter.take(clientKey(c, deps.trustProxy));
    if (!verdict.ok) {
      return problem(429, 'rate-limit', 'Te veel verzoeken', `Probeer het over ${verdict.retryAfter} seconden opnieuw.`, {
        headers: { 'Retry-After': String(verdict.retryAfter) },
      });
    }
    await next();
  };

  api.post(
    '/assignments/:id/applications',
    rateLimit,
    bodyLimit({ maxSize: deps.maxCvBytes + FORM_OVERHEAD, onError: () => tooLarge() }),
    async (c) => {
      const id = c.req.param('id');
      const viewer = c.var.viewer;
      const assignment = await assignmentForApplication(db, id);
      if (!assignment) return notFound(`Opdracht ${id}`);
      if (!canSee(viewer, assignment.visibility, assignment.organisation_id)) return denied(viewer);

      const key = c.req.header('Idempotency-Key')?.trim();
      const keyProblems: InvalidParam[] = [];
      if (!key) {
        keyProblems.push({ name: 'Idempotency-Key', code: 'required', reason: 'Stuur de header Idempotency-Key mee (een UUID per sollicitatie).' });
      } else if (key.length > 200) {
        keyProblems.push({ name: 'Idempotency-Key', code: 'length', reason: 'Een Idempotency-Key is hooguit 200 tekens (gebruik een UUID).' });
      }
      const validKey = keyProblems.length ? undefined : key;
      const earlier = validKey ? await findAnswer(db, id, validKey) : undefined;
      // A replay of an accepted application still gets its 201 after the assignment closed.
      if (!earlier && assignment.status === 'closed') return closed();

      let form: FormData;
      try {
        form = await c.req.raw.formData();
      } catch {
        return problem(415, 'unsupported-media-type', 'Verkeerd formaat', 'Stuur de sollicitatie als multipart/form-data.');
      }
      const cv = chosenFile(form.get('cv'));
      if (cv && cv.size > deps.maxCvBytes) return tooLarge();
      const cvBytes = cv ? new Uint8Array(await cv.arrayBuffer()) : null;
      const fingerprint = fingerprintOf(form, cvBytes);

      if (earlier) return earlier.fingerprint === fingerprint ? replay(earlier) : keyConflict();

      // A filled honeypot is a bot: it gets a normal-looking receipt (the same one on a replay)
      // and no application is stored.
      if (text(form, 'website')) {
        if (!validKey) return invalidInput(keyProblems, 'fields');
        log.info('application.honeypot', { assignmentId: id });
        const answer = receipt(id);
        await storeAnswerOnly(db, id, { key: validKey, fingerprint, receipt: answer });
        const remembered = await findAnswer(db, id, validKey);
        return c.json((remembered?.body ?? answer) as ApplicationReceipt, 201, { 'Cache-Control': 'no-store' });
      }

      const requirements = assignment.requirements as Requirements;
      const fields = applicationSchema(requirements).safeParse(textParts(form));
      const problems = [...keyProblems, ...(fields.success ? [] : fields.error.issues.map(toInvalidParam))];
      problems.push(...cvProblems(form.get('cv'), cv, cvBytes, requirements.cv));
      const profileId = text(form, 'profileId');
      if (profileId && !(await profileExists(db, profileId))) {
        problems.push({ name: 'profileId', code: 'unknown', reason: 'Dit profiel bestaat niet.' });
      }
      if (problems.length || !fields.success || !validKey) return invalidInput(problems, 'fields');

      const answer = receipt(id);
      const stored = cv && cvBytes ? await storeFile(cv, cvBytes) : null;
      const values = fields.data;
      const outcome = await storeApplication(
        db,
        {
          id: answer.id,
          assignment_id: id,
          name: values.name,
          email: values.email,
          phone: values.phone ?? null,
          kvk_number: values.kvkNumber ?? null,
          motivation: values.motivation,
          available_from: values.availableFrom ?? null,
          hours_per_week: values.hoursPerWeek ?? null,
          rate: values.rate ?? null,
          profile_id: values.profileId ?? null,
          cv_file: stored?.name ?? null,
          cv_type: stored?.type ?? null,
          cv_size: cv?.size ?? null,
          accept_conditions: values.acceptConditions === 'true',
          manager_consent: values.managerConsent === 'true',
          applicant_org: viewer?.organisation ?? null,
          received_at: answer.receivedAt,
        },
        { key: validKey, fingerprint, receipt: answer },
      ).catch(async (error) => {
        if (stored) await removeFile(stored.name);
        throw error;
      });

      if (outcome === 'duplicate') {
        // The same key arrived twice at once and the other request won: answer as it did.
        if (stored) await removeFile(stored.name);
        const winner = await findAnswer(db, id, validKey);
        if (!winner) throw new Error('idempotency record vanished');
        return winner.fingerprint === fingerprint ? replay(winner) : keyConflict();
      }
      log.info('application.stored', { assignmentId: id, applicationId: answer.id, cv: !!stored });
      return c.json(answer, 201, { 'Cache-Control': 'no-store' });

      function replay(stored: StoredAnswer): Response {
        return c.json(stored.body as ApplicationReceipt, stored.status as 201, {
          'Cache-Control': 'no-store',
          'Idempotent-Replayed': 'true',
        });
      }
    },
  );

  function receipt(assignmentId: string): ApplicationReceipt {
    return { id: `app-${randomUUID()}`, assignmentId, status: 'received', receivedAt: dutchInstant(deps.now()) };
  }

  async function storeFile(cv: File, bytes: Uint8Array): Promise<{ name: string; type: string }> {
    // Only called for a CV that passed cvProblems, so its kind is known.
    const kind = cvKindOf(cv.name) ?? 'pdf';
    // A generated name: the applicant's file name never touches the file system.
    const name = `${randomUUID()}.${kind}`;
    await writeFile(path.join(deps.uploadDir, name), bytes, { flag: 'wx', mode: 0o600 });
    return { name, type: cvMediaTypes[kind] };
  }

  async function removeFile(name: string): Promise<void> {
    await unlink(path.join(deps.uploadDir, name)).catch((error) => log.warn('upload.remove-failed', describeError(error)));
  }
}

/** A chosen file: browsers send an empty, nameless file for an untouched `<input type="file">`. */
function chosenFile(value: FormDataEntryValue | null): File | null {
  return value instanceof File && (value.size > 0 || value.name !== '') ? value : null;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The text parts, trimmed; empty ones left out (an empty optional field is an absent one). */
function textParts(form: FormData): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  for (const [name, value] of form) {
    if (name === 'cv' || name in parts) continue;
    if (typeof value === 'string') {
      if (value.trim()) parts[name] = value.trim();
    } else if (chosenFile(value)) {
      parts[name] = value; // a file where text belongs: the schema reports the wrong type
    }
  }
  return parts;
}

function cvProblems(raw: FormDataEntryValue | null, cv: File | null, bytes: Uint8Array | null, required: boolean): InvalidParam[] {
  if (!cv || !bytes) {
    if (typeof raw === 'string' && raw.trim()) return [{ name: 'cv', code: 'type', reason: 'Voeg je cv toe als bestand (PDF, DOCX of ODT).' }];
    return required ? [{ name: 'cv', code: 'required', reason: 'Voeg je cv toe (PDF, DOCX of ODT, maximaal 5 MB).' }] : [];
  }
  // Extension and first bytes, never the browser's MIME type (src/api/cv.ts).
  const kind = cvKindOf(cv.name);
  if (!kind) return [{ name: 'cv', code: 'type', reason: 'Je cv moet een PDF-, DOCX- of ODT-bestand zijn.' }];
  if (!cvSignatureMatches(kind, bytes.subarray(0, CV_HEAD_BYTES))) {
    return [
      {
        name: 'cv',
        code: 'signature',
        reason: `Dit bestand is geen echt ${kind.toUpperCase()}-bestand. Sla je cv opnieuw op als PDF, DOCX of ODT.`,
      },
    ];
  }
  return [];
}

/** What makes two submissions "the same": every part, the file by its content. */
function fingerprintOf(form: FormData, cvBytes: Uint8Array | null): string {
  const hash = createHash('sha256');
  const entries = [...form].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, value] of entries) {
    hash.update(`${name}\u0000`);
    if (typeof value === 'string') hash.update(`s\u0000${value.trim()}\u0000`);
    else if (name === 'cv' && cvBytes) hash.update(`f\u0000${value.name}\u0000`).update(cvBytes).update('\u0000');
    else hash.update(`f\u0000${value.name}\u0000${value.size}\u0000`);
  }
  return hash.digest('hex');
}
