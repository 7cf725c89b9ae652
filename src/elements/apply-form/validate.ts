/**
 * The rules of `POST /assignments/{id}/applications` (CONTRACT.md §1) as pure functions, so
 * the form can tell people what to fix before anything is sent, and tests can check each rule
 * without a browser form. The rules themselves live in src/api/rules (one table for the form,
 * the mock and the reference server); this file adapts them to the form's values.
 */
import { CV_HEAD_BYTES, CV_MAX_BYTES, cvKindOf, cvKinds, cvMediaTypes } from '../../api/cv.js';
import { applicationFields, applicationFieldsFor, checkCv } from '../../api/rules/application.js';
import { checkValue, type FieldIssue, normalise } from '../../api/rules/fields.js';
import { characterCount } from '../../api/rules/text.js';
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

export type ProblemCode = FieldIssue['code'];

/** What is wrong with one field; `count` is the current length for `tooShort`/`tooLong`, `params` the rule's limits. */
export interface FieldProblem {
  code: ProblemCode;
  count?: number;
  params?: FieldIssue['params'];
}

export type Problems = Partial<Record<FieldName, FieldProblem>>;

const rules = applicationFields;
export const NAME_LENGTH = { min: rules.name.rule.minLength, max: rules.name.rule.maxLength } as const;
export const MOTIVATION_LENGTH = { min: rules.motivation.rule.minLength, max: rules.motivation.rule.maxLength } as const;
export const HOURS_RANGE = { min: rules.hoursPerWeek.rule.min, max: rules.hoursPerWeek.rule.max } as const;
/** 5 MB as the contract means it: 5 × 1024 × 1024 bytes. */
export const MAX_FILE_BYTES = CV_MAX_BYTES;
export const FILE_EXTENSIONS = cvKinds;
/** For the file chooser's `accept`: extensions and MIME types, so every platform's picker filters. */
export const FILE_ACCEPT = [...cvKinds.map((kind) => `.${kind}`), ...Object.values(cvMediaTypes)].join(',');

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

export { characterCount };

/** A KvK number as typed ("1234 5678", "12.34.56.78") reduced to its digits for sending. */
export function normaliseKvk(value: string): string {
  return normalise(rules.kvkNumber.rule, value);
}

/** An amount as typed in Dutch or English ("85,50", "€ 85", "85.50") as a plain decimal, or null. */
export function normaliseRate(value: string): string | null {
  return checkValue('rate', rules.rate.rule, value, true) ? null : normalise(rules.rate.rule, value);
}

/** Which fields the form shows for an assignment (the rest are neither shown nor sent). */
export function shownFields(requirements: Requirements, { rate = true } = {}): Set<FieldName> {
  const applicable = new Set<string>(applicationFieldsFor(requirements));
  const shown = new Set<FieldName>(fieldOrder.filter((field) => applicable.has(field)));
  if (!rate) shown.delete('rate');
  return shown;
}

/** The problem with one text or checkbox field, or null when it is fine (src/api/rules decides). */
export function checkField(field: Exclude<FieldName, 'cv'>, values: ApplicationValues, requirements: Requirements): FieldProblem | null {
  const { rule, required } = rules[field];
  const issue = checkValue(field, rule, values[field], typeof required === 'function' ? required(requirements) : required);
  return issue && toProblem(issue);
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
 * Checks a chosen CV before it is sent, by the rule the backend applies (src/api/rules):
 * extension, emptiness, size and the file signature. Reads only the first bytes.
 */
export async function checkFile(file: Blob & { name: string }): Promise<FieldProblem | null> {
  let head: Uint8Array | null = null;
  try {
    if (cvKindOf(file.name) && file.size > 0 && file.size <= CV_MAX_BYTES) head = new Uint8Array(await file.slice(0, CV_HEAD_BYTES).arrayBuffer());
  } catch {
    // The file moved or its permission was revoked since it was chosen (NotReadableError).
  }
  const issue = checkCv(file, head, { kvkNumber: false, cv: true, conditionsUrl: null, managerConsent: false });
  return issue && toProblem(issue);
}

function toProblem(issue: FieldIssue): FieldProblem {
  const problem: FieldProblem = { code: issue.code };
  if (issue.params?.count !== undefined) problem.count = issue.params.count;
  if (issue.params) problem.params = issue.params;
  return problem;
}
