/**
 * The rules of `POST /assignments/{id}/applications` (CONTRACT.md §1): one table, imported by
 * `<apply-form>` (what it shows, checks and sends), by the backend that the mock and the
 * reference server share (400 `invalidParams`), and by the messages that name the limits.
 * Required-ness follows the assignment's `requirements`.
 */
import { DEFAULT_TEXT_LANGUAGE } from '../content-language.js';
import { HOURS_PER_WEEK, RATE_PER_HOUR } from './amount.js';
import { CV_MAX_BYTES, cvKindOf, cvSignatureMatches } from '../cv.js';
import type { Assignment } from '../schemas.js';
import { checkFields, type FieldIssue, type FieldTable, type FieldValue, typedValue } from './fields.js';
import { cleanFileName } from './file-name.js';

export type Requirements = Assignment['requirements'];

export const applicationFields = {
  name: { rule: { type: 'text', minLength: 2, maxLength: 120 }, required: true },
  email: { rule: { type: 'email' }, required: true },
  phone: { rule: { type: 'phone' }, required: false },
  kvkNumber: { rule: { type: 'kvk' }, required: (r: Requirements) => r.kvkNumber },
  motivation: { rule: { type: 'text', minLength: 50, maxLength: 5000, multiline: true }, required: true },
  cv: { rule: { type: 'file' }, required: (r: Requirements) => r.cv },
  availableFrom: { rule: { type: 'date' }, required: false },
  hoursPerWeek: { rule: { type: 'integer', ...HOURS_PER_WEEK }, required: false },
  rate: { rule: { type: 'amount', ...RATE_PER_HOUR }, required: false },
  profileId: { rule: { type: 'id', maxLength: 100 }, required: false },
  /** Extension: the language the applicant wrote in (the form's); absent, Dutch. */
  language: { rule: { type: 'language' }, required: false },
  consent: { rule: { type: 'accept' }, required: true },
  acceptConditions: { rule: { type: 'accept' }, required: (r: Requirements) => !!r.conditionsUrl },
  managerConsent: { rule: { type: 'accept' }, required: (r: Requirements) => r.managerConsent },
  website: { rule: { type: 'honeypot' }, required: false },
} as const satisfies FieldTable<Requirements>;

export type ApplicationField = keyof typeof applicationFields;

/** Which fields apply to an assignment: the optional requirement-bound ones only when required. */
export function applicationFieldsFor(requirements: Requirements): ApplicationField[] {
  return (Object.keys(applicationFields) as ApplicationField[]).filter((name) => {
    if (name === 'kvkNumber' || name === 'acceptConditions' || name === 'managerConsent') {
      return (applicationFields[name].required as (r: Requirements) => boolean)(requirements);
    }
    return true;
  });
}

/** Every problem with the text and checkbox fields (the CV is checked by src/api/cv.ts). */
export function checkApplication(values: Record<string, FieldValue>, requirements: Requirements): FieldIssue[] {
  return checkFields(applicationFields, values, requirements);
}

/**
 * The CV rule: PDF, DOCX or ODT by name, not empty, at most 5 MB, and its first bytes
 * (`head`, at least CV_HEAD_BYTES of them) must be what the name promises — a renamed `.exe`
 * starts with "MZ", not "%PDF-". `file` null: none chosen; `head` null: it could not be read.
 */
export function checkCv(file: { name: string; size: number } | null, head: Uint8Array | null, requirements: Requirements): FieldIssue | null {
  const name = 'cv';
  if (!file) return requirements.cv ? { name, code: 'required' } : null;
  const kind = cvKindOf(file.name);
  if (!kind) return { name, code: 'fileType' };
  if (file.size === 0) return { name, code: 'fileEmpty' };
  if (file.size > CV_MAX_BYTES) return { name, code: 'fileSize', params: { max: CV_MAX_BYTES } };
  if (!head) return { name, code: 'fileUnreadable' };
  return cvSignatureMatches(kind, head) ? null : { name, code: 'fileSignature' };
}

/** Longest CV file name kept, in characters, before its extension. */
export const CV_NAME_MAX = 100;

/**
 * A CV's file name as it is kept and shown: without control characters (NUL, escape sequences)
 * or bidirectional overrides (`cv\u202Efdp.exe` reads as `cvexe.pdf`), spaces collapsed, at most
 * CV_NAME_MAX characters before its extension; `cv` when nothing is left. The name comes from
 * the applicant's computer: a NUL in it failed the store, and a name of 400 kB made the CV's
 * `Content-Disposition` too large to download.
 */
export function cvFileName(name: string): string {
  const clean = cleanFileName(name);
  const dot = clean.lastIndexOf('.');
  const extension = dot >= 0 && clean.length - dot <= 6 ? clean.slice(dot) : '';
  const stem = [...clean.slice(0, clean.length - extension.length)].slice(0, CV_NAME_MAX).join('').trim();
  return (stem || 'cv') + extension;
}

/** What an accepted application holds, typed: the backend stores this. */
export interface ApplicationInput {
  name: string;
  email: string;
  phone: string | null;
  kvkNumber: string | null;
  motivation: string;
  availableFrom: string | null;
  hoursPerWeek: number | null;
  rate: number | null;
  profileId: string | null;
  acceptConditions: boolean;
  managerConsent: boolean;
  /** The language of the applicant's texts. */
  language: string;
}

/** The checked values, normalised and typed. Call only when {@link checkApplication} found nothing. */
export function applicationInput(values: Record<string, FieldValue>): ApplicationInput {
  const get = (name: ApplicationField) => typedValue(applicationFields[name].rule, values[name]);
  return {
    name: get('name') as string,
    email: get('email') as string,
    phone: get('phone') as string | null,
    kvkNumber: get('kvkNumber') as string | null,
    motivation: get('motivation') as string,
    availableFrom: get('availableFrom') as string | null,
    hoursPerWeek: get('hoursPerWeek') as number | null,
    rate: get('rate') as number | null,
    profileId: get('profileId') as string | null,
    acceptConditions: get('acceptConditions') as boolean,
    managerConsent: get('managerConsent') as boolean,
    language: (get('language') as string | null) ?? DEFAULT_TEXT_LANGUAGE,
  };
}
