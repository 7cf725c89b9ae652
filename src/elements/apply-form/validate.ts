/**
 * The rules of `POST /assignments/{id}/applications` (CONTRACT.md §1) as pure functions, so
 * the form can tell people what to fix before anything is sent, and tests can check each rule
 * without a browser form. The backend checks again; its `invalidParams` use the same names.
 */
import { CV_HEAD_BYTES, CV_MAX_BYTES, cvKindOf, cvKinds, cvSignatureMatches, EMAIL_PATTERN } from '../../api/cv.js';
import type { Assignment } from '../../api/schemas.js';

/** The text and checkbox fields, by their part name in the request. */
export interface ApplicationValues {
  name: string;
  email: string;
  phone: string;
  kvkNumber: string;
  motivation: string;
  availableFrom: string;
  hoursPerWeek: string;
  rate: string;
  consent: boolean;
  acceptConditions: boolean;
  managerConsent: boolean;
  /** Honeypot: people never see it; a bot that fills it is accepted and silently dropped. */
  website: string;
}

export type Requirements = Assignment['requirements'];

/** Every field a person can get wrong, in the order the form shows them. */
export const fieldOrder = [
  'name',
  'email',
  'phone',
  'kvkNumber',
  'motivation',
  'cv',
  'availableFrom',
  'hoursPerWeek',
  'rate',
  'consent',
  'acceptConditions',
  'managerConsent',
] as const;

export type FieldName = (typeof fieldOrder)[number];
export type TextField = Exclude<FieldName, 'cv' | 'consent' | 'acceptConditions' | 'managerConsent'>;

export type ProblemCode =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'format'
  | 'range'
  | 'fileType'
  | 'fileEmpty'
  | 'fileSize'
  | 'fileSignature'
  | 'fileUnreadable';

/** What is wrong with one field; `count` is the current length for `tooShort`/`tooLong`. */
export interface FieldProblem {
  code: ProblemCode;
  count?: number;
}

export type Problems = Partial<Record<FieldName, FieldProblem>>;

export const NAME_LENGTH = { min: 2, max: 120 } as const;
export const MOTIVATION_LENGTH = { min: 50, max: 5000 } as const;
export const HOURS_RANGE = { min: 1, max: 40 } as const;
/** 5 MB as the contract means it: 5 × 1024 × 1024 bytes. */
export const MAX_FILE_BYTES = CV_MAX_BYTES;
export const FILE_EXTENSIONS = cvKinds;
/** For the file chooser's `accept`: extensions and MIME types, so every platform's picker filters. */
export const FILE_ACCEPT = [
  '.pdf',
  '.docx',
  '.odt',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
].join(',');

export function emptyValues(): ApplicationValues {
  return {
    name: '',
    email: '',
    phone: '',
    kvkNumber: '',
    motivation: '',
    availableFrom: '',
    hoursPerWeek: '',
    rate: '',
    consent: false,
    acceptConditions: false,
    managerConsent: false,
    website: '',
  };
}

/**
 * Length as the backend counts it (the trimmed text's UTF-16 length), so the form's count and
 * the backend's 400 never disagree; leading or trailing blank lines do not count.
 */
export function characterCount(text: string): number {
  return text.trim().length;
}

/** A KvK number as typed ("1234 5678", "12.34.56.78") reduced to its digits for sending. */
export function normaliseKvk(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/** An amount as typed in Dutch or English ("85,50", "€ 85", "85.50") as a plain decimal, or null. */
export function normaliseRate(value: string): string | null {
  const cleaned = value.replace(/[\s€]/g, '').replace(/^eur/i, '');
  if (!/^\d{1,6}([.,]\d{1,2})?$/.test(cleaned)) return null;
  return cleaned.replace(',', '.');
}

// Deliberately loose (GOV.UK: "do not over-validate" e-mail addresses): something@something.tld.
// Digits with the separators people type; 8 to 15 digits covers Dutch and international numbers.
const PHONE = /^\+?[\d\s().-]+$/;

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Which fields the form shows for an assignment (the rest are neither shown nor sent). */
export function shownFields(requirements: Requirements, { rate = true } = {}): Set<FieldName> {
  const shown = new Set<FieldName>(fieldOrder);
  if (!requirements.kvkNumber) shown.delete('kvkNumber');
  if (!requirements.conditionsUrl) shown.delete('acceptConditions');
  if (!requirements.managerConsent) shown.delete('managerConsent');
  if (!rate) shown.delete('rate');
  return shown;
}

/** The problem with one text or checkbox field, or null when it is fine. */
export function checkField(field: Exclude<FieldName, 'cv'>, values: ApplicationValues, requirements: Requirements): FieldProblem | null {
  switch (field) {
    case 'name': {
      const count = characterCount(values.name);
      if (count === 0) return { code: 'required' };
      if (count < NAME_LENGTH.min) return { code: 'tooShort', count };
      if (count > NAME_LENGTH.max) return { code: 'tooLong', count };
      return null;
    }
    case 'email': {
      const email = values.email.trim();
      if (!email) return { code: 'required' };
      return EMAIL_PATTERN.test(email) ? null : { code: 'format' };
    }
    case 'phone': {
      const phone = values.phone.trim();
      if (!phone) return null;
      const digits = phone.replace(/\D/g, '').length;
      return PHONE.test(phone) && digits >= 8 && digits <= 15 ? null : { code: 'format' };
    }
    case 'kvkNumber': {
      if (!requirements.kvkNumber) return null;
      const kvk = normaliseKvk(values.kvkNumber.trim());
      if (!kvk) return { code: 'required' };
      return /^\d{8}$/.test(kvk) ? null : { code: 'format' };
    }
    case 'motivation': {
      const count = characterCount(values.motivation);
      if (count === 0) return { code: 'required' };
      if (count < MOTIVATION_LENGTH.min) return { code: 'tooShort', count };
      if (count > MOTIVATION_LENGTH.max) return { code: 'tooLong', count };
      return null;
    }
    case 'availableFrom': {
      const date = values.availableFrom.trim();
      return !date || isRealDate(date) ? null : { code: 'format' };
    }
    case 'hoursPerWeek': {
      const hours = values.hoursPerWeek.trim();
      if (!hours) return null;
      if (!/^\d+$/.test(hours)) return { code: 'format' };
      const n = Number(hours);
      return n >= HOURS_RANGE.min && n <= HOURS_RANGE.max ? null : { code: 'range' };
    }
    case 'rate': {
      const rate = values.rate.trim();
      return !rate || normaliseRate(rate) !== null ? null : { code: 'format' };
    }
    case 'consent':
      return values.consent ? null : { code: 'required' };
    case 'acceptConditions':
      return !requirements.conditionsUrl || values.acceptConditions ? null : { code: 'required' };
    case 'managerConsent':
      return !requirements.managerConsent || values.managerConsent ? null : { code: 'required' };
  }
}

/**
 * Every problem at once (NLGov: list them all), in the order of the form. `fileProblem` is
 * the result of {@link checkFile} for the chosen file, or null when none was chosen.
 */
export function checkAll(
  values: ApplicationValues,
  requirements: Requirements,
  file: { chosen: boolean; problem: FieldProblem | null },
  shown: Set<FieldName> = shownFields(requirements),
): Problems {
  const problems: Problems = {};
  for (const field of fieldOrder) {
    if (!shown.has(field)) continue;
    const problem =
      field === 'cv'
        ? file.chosen
          ? file.problem
          : requirements.cv
            ? { code: 'required' as const }
            : null
        : checkField(field, values, requirements);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/**
 * Checks a chosen CV before it is sent: extension, emptiness, size, and the file signature
 * (a renamed `.exe` called `cv.pdf` starts with "MZ", not "%PDF-"). Reads only the first bytes.
 */
export async function checkFile(file: Blob & { name: string }): Promise<FieldProblem | null> {
  const kind = cvKindOf(file.name);
  if (!kind) return { code: 'fileType' };
  if (file.size === 0) return { code: 'fileEmpty' };
  if (file.size > MAX_FILE_BYTES) return { code: 'fileSize' };
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, CV_HEAD_BYTES).arrayBuffer());
  } catch {
    // The file moved or its permission was revoked since it was chosen (NotReadableError).
    return { code: 'fileUnreadable' };
  }
  return cvSignatureMatches(kind, head) ? null : { code: 'fileSignature' };
}
