/**
 * What a poster typed, as the form holds it: every field by the contract's dotted name
 * (`location.place`, `hoursPerWeek.min`), so a backend's `invalidParams` and the rules'
 * issues (src/api/rules/posting.ts) name the same fields as the controls' `name`s. Text stays
 * text until it is sent ("16,5" is kept as typed, never lost to a number parser).
 *
 * Functions of their arguments: from an assignment, to the request body, what changed between
 * two, and the preview's card (checked with the contract's validator; "now" as its publication
 * time when it has none yet).
 */
import { DEFAULT_TEXT_LANGUAGE } from '../../api/content-language.js';
import { typedNumber } from '../../api/rules/amount.js';
import { isCalendarDate } from '../../api/rules/dates.js';
import type { AssignmentDraft } from '../../api/rules/posting.js';
import { contractTypes, type Me, type Vocabularies } from '../../api/schemas.js';
import { Assignment } from '../../api/validators/assignment.js';
import { typedAmount } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';

export interface Skill {
  name: string;
  required: boolean;
}

export interface EditorValues {
  title: string;
  summary: string;
  /** The editor's HTML (src/shared/rich-text.ts keeps it within the allowlist). */
  description: string;
  field: string;
  skills: Skill[];
  'location.place': string;
  'location.region': string;
  'location.mode': string;
  'hoursPerWeek.min': string;
  'hoursPerWeek.max': string;
  startDate: string;
  endDate: string;
  closingDate: string;
  types: string[];
  'rate.min': string;
  'rate.max': string;
  'rate.publicRate': boolean;
  visibility: string;
  'contact.name': string;
  'contact.email': string;
  'contact.phone': string;
  url: string;
  applyUrl: string;
  'requirements.kvkNumber': boolean;
  'requirements.cv': boolean;
  'requirements.conditionsUrl': string;
  'requirements.managerConsent': boolean;
  /** The language of the texts (a language tag). */
  language: string;
}

export type FieldName = keyof EditorValues;
export type TextName = {
  [K in FieldName]: EditorValues[K] extends string ? K : never;
}[FieldName];
export type FlagName = {
  [K in FieldName]: EditorValues[K] extends boolean ? K : never;
}[FieldName];

/** Every field in the order of the form: the error summary and the comparison after a 412 follow it. */
export const fieldOrder: readonly FieldName[] = [
  'title',
  'summary',
  'description',
  'field',
  'skills',
  'language',
  'location.place',
  'location.region',
  'location.mode',
  'hoursPerWeek.min',
  'hoursPerWeek.max',
  'startDate',
  'endDate',
  'closingDate',
  'types',
  'rate.min',
  'rate.max',
  'rate.publicRate',
  'visibility',
  'contact.name',
  'contact.email',
  'contact.phone',
  'url',
  'applyUrl',
  'requirements.kvkNumber',
  'requirements.cv',
  'requirements.conditionsUrl',
  'requirements.managerConsent',
];

const FLAGS = new Set<string>(['rate.publicRate', 'requirements.kvkNumber', 'requirements.cv', 'requirements.managerConsent']);
const LISTS = new Set<string>(['skills', 'types']);

export function isFlag(name: string): name is FlagName {
  return FLAGS.has(name);
}

export function isText(name: string): name is TextName {
  return (fieldOrder as readonly string[]).includes(name) && !FLAGS.has(name) && !LISTS.has(name);
}

export function emptyValues(): EditorValues {
  return {
    title: '',
    summary: '',
    description: '',
    field: '',
    skills: [],
    'location.place': '',
    'location.region': '',
    'location.mode': '',
    'hoursPerWeek.min': '',
    'hoursPerWeek.max': '',
    startDate: '',
    endDate: '',
    closingDate: '',
    types: [],
    'rate.min': '',
    'rate.max': '',
    'rate.publicRate': false,
    visibility: 'public',
    'contact.name': '',
    'contact.email': '',
    'contact.phone': '',
    url: '',
    applyUrl: '',
    'requirements.kvkNumber': false,
    'requirements.cv': false,
    'requirements.conditionsUrl': '',
    'requirements.managerConsent': false,
    language: DEFAULT_TEXT_LANGUAGE,
  };
}

const text = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** An assignment as the form shows it, amounts in `lang`'s notation; `clean` puts its description in the editor's schema. */
export function valuesFrom(a: Assignment, clean: (html: string) => string, lang: Lang): EditorValues {
  return {
    title: a.title,
    summary: text(a.summary),
    description: clean(a.description),
    field: a.field.value,
    skills: a.skills.map((s) => ({ name: s.name, required: s.required })),
    'location.place': a.location.place,
    'location.region': a.location.region.value,
    'location.mode': a.location.mode,
    'hoursPerWeek.min': text(a.hoursPerWeek.min),
    // Fixed hours are sent as max = min (the contract wants both); the form shows them as they
    // were typed, the maximum empty, so a later change of the minimum needs no second field.
    'hoursPerWeek.max': a.hoursPerWeek.max === a.hoursPerWeek.min ? '' : text(a.hoursPerWeek.max),
    startDate: text(a.startDate),
    endDate: text(a.endDate),
    closingDate: a.closingDate,
    types: [...a.types],
    'rate.min': typedAmount(a.rate?.min, lang),
    'rate.max': typedAmount(a.rate?.max, lang),
    'rate.publicRate': a.rate?.publicRate ?? false,
    visibility: a.visibility,
    'contact.name': text(a.contact?.name),
    'contact.email': text(a.contact?.email),
    'contact.phone': text(a.contact?.phone),
    url: text(a.url),
    applyUrl: text(a.applyUrl),
    'requirements.kvkNumber': a.requirements.kvkNumber,
    'requirements.cv': a.requirements.cv,
    'requirements.conditionsUrl': text(a.requirements.conditionsUrl),
    'requirements.managerConsent': a.requirements.managerConsent,
    language: a.language ?? DEFAULT_TEXT_LANGUAGE,
  };
}

/** The skills that count: rows left empty are no skill (and no error). */
export function filledSkills(skills: readonly Skill[]): { skill: Skill; row: number }[] {
  return skills.map((skill, row) => ({ skill: { name: skill.name.trim(), required: skill.required }, row })).filter(({ skill }) => skill.name);
}

const orNull = (value: string) => (value.trim() ? value : null);

/**
 * The request body as the rules check it (src/api/rules/posting.ts): numbers still as typed,
 * optional groups `null` when left empty, an empty maximum of hours equal to the minimum.
 * `skillRows[i]` is the form row of the body's `skills[i]`.
 */
export function draftInput(v: EditorValues, status: 'open' | 'closed' = 'open'): { input: Record<string, unknown>; skillRows: number[] } {
  const skills = filledSkills(v.skills);
  const hasRate = !!(v['rate.min'].trim() || v['rate.max'].trim());
  const hasContact = !!(v['contact.name'].trim() || v['contact.email'].trim() || v['contact.phone'].trim());
  return {
    skillRows: skills.map((s) => s.row),
    input: {
      title: v.title,
      summary: orNull(v.summary),
      description: v.description,
      field: v.field ? { value: v.field } : null,
      skills: skills.map((s) => s.skill),
      location: {
        place: v['location.place'],
        region: v['location.region'] ? { value: v['location.region'] } : null,
        mode: orNull(v['location.mode']),
      },
      hoursPerWeek: { min: orNull(v['hoursPerWeek.min']), max: orNull(v['hoursPerWeek.max']) ?? orNull(v['hoursPerWeek.min']) },
      startDate: orNull(v.startDate),
      endDate: orNull(v.endDate),
      closingDate: orNull(v.closingDate),
      types: v.types,
      rate: hasRate ? { min: orNull(v['rate.min']), max: orNull(v['rate.max']), currency: 'EUR', unit: 'hour', publicRate: v['rate.publicRate'] } : null,
      visibility: v.visibility,
      contact: hasContact ? { name: v['contact.name'], email: orNull(v['contact.email']), phone: orNull(v['contact.phone']) } : null,
      url: orNull(v.url),
      applyUrl: orNull(v.applyUrl),
      requirements: {
        kvkNumber: v['requirements.kvkNumber'],
        cv: v['requirements.cv'],
        conditionsUrl: orNull(v['requirements.conditionsUrl']),
        managerConsent: v['requirements.managerConsent'],
      },
      status,
      language: v.language,
    },
  };
}

/**
 * The form's field for a name from the rules or a backend (`skills.2.name` → the row of the
 * third skill sent; `types.1` → the types), or null when the form has no such field.
 */
export function formField(name: string, skillRows: readonly number[]): string | null {
  const skill = /^skills\.(\d+)(?:\.(name|required))?$/.exec(name);
  if (skill) {
    const row = skillRows[Number(skill[1])];
    return row === undefined ? 'skills' : `skills.${row}.name`;
  }
  if (/^types\.\d+$/.test(name)) return 'types';
  return (fieldOrder as readonly string[]).includes(name) ? name : null;
}

/** Whether a field holds the same in two versions (skills as they would be sent, types as a set). */
export function same(name: FieldName, a: EditorValues, b: EditorValues): boolean {
  if (name === 'skills') return JSON.stringify(filledSkills(a.skills).map((s) => s.skill)) === JSON.stringify(filledSkills(b.skills).map((s) => s.skill));
  if (name === 'types') return [...a.types].sort().join() === [...b.types].sort().join();
  const [x, y] = [a[name], b[name]];
  return typeof x === 'string' && typeof y === 'string' ? x.trim() === y.trim() : x === y;
}

/** The fields that differ between two versions, in the form's order. */
export function changedFields(a: EditorValues, b: EditorValues): FieldName[] {
  return fieldOrder.filter((name) => !same(name, a, b));
}

/**
 * A JSON Merge Patch (RFC 7396) of what changed: the checked body's top-level members whose
 * fields differ from the version edited (`location` whole when its place changed). The status
 * is never part of it: only "close now" changes that.
 */
export function patchOf(body: AssignmentDraft, values: EditorValues, base: EditorValues): Partial<AssignmentDraft> {
  const keys = new Set(changedFields(values, base).map((name) => name.split('.')[0] as keyof AssignmentDraft));
  keys.delete('status');
  return Object.fromEntries([...keys].map((key) => [key, body[key]])) as Partial<AssignmentDraft>;
}

/** What the preview knows besides the values: the assignment edited (if any), who posts, the code lists. */
export interface PreviewContext {
  id: string | null;
  edited: Assignment | null;
  me: Me;
  vocabularies: Vocabularies;
}

/** The board's card for what the form holds, once it holds what a card needs; null before. */
export function previewOf(v: EditorValues, { id, edited, me, vocabularies }: PreviewContext): Assignment | null {
  const field = vocabularies.field.find((c) => c.value === v.field);
  const min = typedNumber(v['hoursPerWeek.min']);
  const max = v['hoursPerWeek.max'].trim() ? typedNumber(v['hoursPerWeek.max']) : min;
  const mode = v['location.mode'];
  if (!v.title.trim() || !field || !v['location.place'].trim() || !mode || min === null || max === null || !isCalendarDate(v.closingDate)) return null;
  const rate = { min: typedNumber(v['rate.min']), max: typedNumber(v['rate.max']) };
  const region = vocabularies.region.find((c) => c.value === v['location.region']);
  const draft = {
    id: id ?? 'preview',
    title: v.title.trim(),
    organisation: edited?.organisation ?? me.organisation ?? { id: '', name: '', logoUrl: null },
    summary: v.summary.trim() || null,
    description: v.description,
    field,
    skills: filledSkills(v.skills).map((s) => s.skill),
    location: { place: v['location.place'].trim(), region: region ?? { value: '', label: '' }, mode },
    hoursPerWeek: { min, max },
    startDate: isCalendarDate(v.startDate) ? v.startDate : null,
    endDate: isCalendarDate(v.endDate) ? v.endDate : null,
    closingDate: v.closingDate,
    types: v.types.filter((type) => (contractTypes as readonly string[]).includes(type)),
    rate: rate.min !== null || rate.max !== null ? { ...rate, currency: 'EUR', unit: 'hour', publicRate: v['rate.publicRate'] } : null,
    visibility: v.visibility,
    status: edited?.status ?? 'open',
    publishedAt: edited?.publishedAt ?? new Date().toISOString(),
    contact: null,
    url: null,
    applyUrl: null,
    requirements: { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false },
    language: v.language,
  };
  // Through the contract's schema, as the board gets it: what it shows, the preview shows.
  const parsed = Assignment.safeParse(draft);
  return parsed.success ? parsed.data : null;
}
