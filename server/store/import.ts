/**
 * Writing assignments and profiles (seed and `server/import.ts`). Every record is validated
 * with the contract's own schemas first, so what the API later sends was once a valid
 * Assignment/Profile; their URL rules (http(s)/mailto only) are applied on the way in. Then it
 * must pass what a poster's `POST /assignments` (or `POST /profiles`) must pass: the same
 * checks (`checkAssignmentDraft`, `checkProfileDraft` of src/api/rules/), and a description is
 * sanitised to the contract's allowlist by the same sanitiser (backend/html.ts), so an import
 * cannot store what the API would refuse. What only an import sets (id, organisation,
 * publishedAt, updatedAt) keeps the schema's checks.
 */
import type { Kysely, Transaction } from 'kysely';
import type * as z from 'zod/mini';
import { codeLists } from '../../backend/labels.js';
import { textLanguage } from '../../backend/present.js';
import type { CodeList } from '../../backend/ports.js';
import { assignmentSearchKey, profileSearchKey } from '../../backend/search.js';
import { type Lang, sortKey } from '../../backend/text.js';
import { JSDOM } from 'jsdom';
import { htmlSanitizer, type HtmlSanitizer } from '../../backend/html.js';
import { isLanguageTag } from '../../src/api/content-language.js';
import type { FieldIssue } from '../../src/api/rules/fields.js';
import { checkAssignmentDraft } from '../../src/api/rules/posting.js';
import { checkProfileDraft } from '../../src/api/rules/profile.js';
import { draftIssueText } from '../../src/i18n/draft-errors.js';
import { isCalendarDate, isInstant, isYearMonth } from '../../src/api/rules/dates.js';
import { hasControlCharacters } from '../../src/api/rules/text.js';
import * as schemas from '../../src/api/schemas.js';
import type { Assignment, Code, Profile } from '../../src/api/schemas.js';
import { type DB, type NewAssignment, type NewProfile, toJson } from '../db/schema.js';
import { UNLISTED_POSITION } from './codes.js';

export type VocabularyInput = Partial<Record<CodeList, Code[]>>;
export { codeLists };

export interface ImportInput {
  assignments?: unknown[];
  profiles?: unknown[];
  /** Code lists with labels, per language (labels are merged, positions taken from the list order). */
  vocabularies?: Partial<Record<Lang, VocabularyInput>>;
}

export interface ImportResult {
  assignments: number;
  profiles: number;
}

/** Shown in the message at most; `problems` holds them all. */
const PROBLEMS_SHOWN = 50;

/** Every invalid record at once, so a data file can be fixed in one go. */
export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    // A record may have several problems: count the records by the `assignments[3]` each problem starts with.
    const records = new Set(problems.map((problem) => /^\w+\[\d+\]/.exec(problem)?.[0] ?? problem)).size;
    const more = problems.length - PROBLEMS_SHOWN;
    super(
      `${records} invalid record(s), ${problems.length} problem(s):\n${problems.slice(0, PROBLEMS_SHOWN).join('\n')}${more > 0 ? `\n… and ${more} more problem(s)` : ''}`,
    );
    this.name = 'ImportError';
  }
}

const CHUNK = 100;

type AssignmentInputLike = import('../../backend/ports.js').StoredAssignment;
type ProfileInputLike = import('../../backend/ports.js').StoredProfile;

let sanitizer: HtmlSanitizer | null = null;

/** The sanitiser `POST /assignments` stores a description through (server/app.ts makes the same). */
function sanitizeHtml(html: string): string {
  sanitizer ??= htmlSanitizer(new JSDOM('').window);
  return sanitizer(html);
}

/**
 * What a poster's create checks, on an imported record (the schema's output: codes by value,
 * unsafe URLs already dropped). Past closing dates pass, as on a change (`creating: false`): an
 * import also brings closed and archived assignments. Any code passes: an import is where open
 * code-list values come from (addUnlistedCodes).
 */
function assignmentIssues(a: Assignment): FieldIssue[] {
  const draft = { ...a, field: { value: a.field.value }, location: { ...a.location, region: { value: a.location.region.value } } };
  const checked = checkAssignmentDraft(draft, { today: '0000-01-01', creating: false });
  return checked.ok ? [] : checked.issues;
}

function profileIssues(p: Profile): FieldIssue[] {
  const draft = { ...p, fields: p.fields.map((f) => ({ value: f.value })), region: { value: p.region.value } };
  const checked = checkProfileDraft(draft, {});
  return checked.ok ? [] : checked.issues;
}

/**
 * Validates everything, then writes it in one transaction (all or nothing); upserts by id.
 * `sanitize: false` only for the demo seed (server/store/seed.ts): it is the mock's world as is,
 * including a description as a city's CMS delivers it, to show that the widgets sanitise too.
 */
export async function importData(db: Kysely<DB>, input: ImportInput, { sanitize = true }: { sanitize?: boolean } = {}): Promise<ImportResult> {
  const problems: string[] = [];
  const assignments = validate(input.assignments ?? [], schemas.Assignment, 'assignments', problems, assignmentIssues).map((a) =>
    sanitize ? { ...a, description: sanitizeHtml(a.description) } : a,
  );
  const profiles = validate(input.profiles ?? [], schemas.Profile, 'profiles', problems, profileIssues);
  if (problems.length) throw new ImportError(problems);

  await db.transaction().execute(async (trx) => {
    if (input.vocabularies) await upsertVocabularies(trx, input.vocabularies);
    await upsertOrganisations(trx, [
      ...assignments.map((a) => a.organisation),
      ...profiles.flatMap((p) => (p.organisation ? [p.organisation] : [])),
    ]);
    await addUnlistedCodes(trx, [
      ...assignments.flatMap((a) => [
        { list: 'field', ...a.field },
        { list: 'region', ...a.location.region },
      ]),
      ...profiles.flatMap((p) => [...p.fields.map((f) => ({ list: 'field', ...f })), { list: 'region', ...p.region }]),
    ]);
    for (let i = 0; i < assignments.length; i += CHUNK) {
      const rows = assignments.slice(i, i + CHUNK).map(assignmentRow);
      await trx
        .insertInto('assignment')
        .values(rows)
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => excludedAll(eb, rows[0])))
        .execute();
    }
    for (let i = 0; i < profiles.length; i += CHUNK) {
      const rows = profiles.slice(i, i + CHUNK).map(profileRow);
      await trx
        .insertInto('profile')
        .values(rows)
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => excludedAll(eb, rows[0])))
        .execute();
    }
  });
  return { assignments: assignments.length, profiles: profiles.length };
}

/** `set col = excluded.col` for every column of the row but the key. */
function excludedAll<R extends object>(eb: { ref(name: string): unknown }, row: R | undefined) {
  const set: Record<string, unknown> = {};
  for (const column of Object.keys(row ?? {})) if (column !== 'id') set[column] = eb.ref(`excluded.${column}`);
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's update object is keyed by the table's columns.
  return set as any;
}

/** Where a record breaks rules the schema's shapes do not carry: real dates, a language tag, no control characters. */
const dateRules: Record<string, (value: string) => boolean> = {
  startDate: isCalendarDate,
  endDate: isCalendarDate,
  closingDate: isCalendarDate,
  publishedAt: isInstant,
  updatedAt: isInstant,
  'availability.from': isCalendarDate,
  'experience.from': isYearMonth,
  'experience.to': isYearMonth,
};

function ruleProblems(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') {
    const at = path.join('.');
    const rule = dateRules[path.filter((p) => !/^\d+$/.test(p)).join('.')];
    if (rule && !rule(value)) return [`${at}: not a real date ("${value.slice(0, 40)}")`];
    if (at === 'language' && !isLanguageTag(value)) return [`${at}: not a language tag such as nl or en-GB ("${value.slice(0, 40)}")`];
    // A description or bio may span lines; nothing may hold NUL or other control characters.
    if (hasControlCharacters(value, { multiline: true })) return [`${at}: contains control characters`];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => ruleProblems(item, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => ruleProblems(item, [...path, key]));
  return [];
}

function validate<S extends z.ZodMiniType>(
  records: unknown[],
  schema: S,
  what: string,
  problems: string[],
  writeRules: (record: z.output<S>) => FieldIssue[],
): z.output<S>[] {
  const valid: z.output<S>[] = [];
  records.forEach((record, index) => {
    const id = (record as { id?: unknown } | null)?.id;
    const at = `${what}[${index}]${typeof id === 'string' ? ` (${id.slice(0, 100)})` : ''}`;
    const result = schema.safeParse(record);
    const broken = ruleProblems(record);
    // The API's rules on what the schema let through (a record the schema refused has no such shape to check).
    const issues = result.success ? writeRules(result.data) : [];
    if (result.success && !broken.length && !issues.length) valid.push(result.data);
    if (!result.success) for (const issue of result.error.issues) problems.push(`${at}.${issue.path.join('.')}: ${issue.message}`);
    for (const problem of broken) problems.push(`${at}.${problem}`);
    for (const issue of issues) problems.push(`${at}.${issue.name}: ${draftIssueText(issue, 'en')}`);
  });
  return valid;
}

/** An assignment as a row (codes by value). */
export function assignmentRow(a: Assignment | AssignmentInputLike): NewAssignment {
  return {
    id: a.id,
    title: a.title,
    title_key: sortKey(a.title),
    organisation_id: a.organisation.id,
    summary: a.summary ?? null,
    description: a.description,
    field: a.field.value,
    skills: toJson(a.skills),
    place: a.location.place,
    region: a.location.region.value,
    mode: a.location.mode,
    hours_min: a.hoursPerWeek.min,
    hours_max: a.hoursPerWeek.max,
    start_date: a.startDate ?? null,
    end_date: a.endDate ?? null,
    closing_date: a.closingDate,
    types: a.types,
    rate: toJson(a.rate ?? null),
    visibility: a.visibility,
    status: a.status,
    published_at: a.publishedAt,
    contact: toJson(a.contact ?? null),
    url: a.url,
    apply_url: a.applyUrl,
    requirements: toJson(a.requirements),
    language: textLanguage(a),
    search_text: assignmentSearchKey(a),
  };
}

/** A profile as a row (codes by value). */
export function profileRow(p: Profile | ProfileInputLike): NewProfile {
  return {
    id: p.id,
    name: p.name,
    name_key: sortKey(p.name),
    headline: p.headline,
    photo_url: p.photoUrl,
    kind: p.kind,
    organisation_id: p.organisation?.id ?? null,
    fields: p.fields.map((f) => f.value),
    core_qualities: p.coreQualities,
    skills: p.skills,
    experience: toJson(p.experience),
    available_hours: p.availability?.hoursPerWeek ?? null,
    available_from: p.availability?.from ?? null,
    region: p.region.value,
    rate: toJson(p.rate ?? null),
    bio: p.bio ?? null,
    links: toJson(p.links),
    contact: toJson(p.contact ?? null),
    visibility: p.visibility,
    updated_at: p.updatedAt,
    language: textLanguage(p),
    search_text: profileSearchKey(p),
  };
}

async function upsertOrganisations(trx: Transaction<DB>, organisations: schemas.Organisation[]): Promise<void> {
  const unique = [...new Map(organisations.map((o) => [o.id, o])).values()];
  for (let i = 0; i < unique.length; i += CHUNK) {
    await trx
      .insertInto('organisation')
      .values(unique.slice(i, i + CHUNK).map((o) => ({ id: o.id, name: o.name, logo_url: o.logoUrl })))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), logo_url: eb.ref('excluded.logo_url') })),
      )
      .execute();
  }
}

/** Labels are merged per language, so importing the English list keeps the Dutch labels. */
export async function upsertVocabularies(
  db: Kysely<DB> | Transaction<DB>,
  vocabularies: Partial<Record<Lang, VocabularyInput>>,
): Promise<void> {
  const merged = new Map<string, { list: string; value: string; position: number; labels: Record<string, string> }>();
  for (const [lang, lists] of Object.entries(vocabularies)) {
    for (const list of codeLists) {
      (lists?.[list] ?? []).forEach((code, position) => {
        const key = `${list}\u0000${code.value}`;
        const entry = merged.get(key) ?? { list, value: code.value, position, labels: {} };
        entry.labels[lang] = code.label;
        merged.set(key, entry);
      });
    }
  }
  const rows = [...merged.values()].map((r) => ({ ...r, labels: toJson(r.labels) }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('code')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['list', 'value']).doUpdateSet((eb) => ({
          position: eb.ref('excluded.position'),
          labels: eb(eb.ref('code.labels'), '||', eb.ref('excluded.labels')),
        })),
      )
      .execute();
  }
}

/** Open-list values met in data but not in any vocabulary: kept with the data's (Dutch) label. */
async function addUnlistedCodes(trx: Transaction<DB>, codes: { list: string; value: string; label: string }[]): Promise<void> {
  const unique = [...new Map(codes.map((c) => [`${c.list}\u0000${c.value}`, c])).values()];
  for (let i = 0; i < unique.length; i += CHUNK) {
    await trx
      .insertInto('code')
      .values(
        unique.slice(i, i + CHUNK).map((c) => ({
          list: c.list,
          value: c.value,
          position: UNLISTED_POSITION,
          labels: toJson({ nl: c.label }),
        })),
      )
      .onConflict((oc) => oc.columns(['list', 'value']).doNothing())
      .execute();
  }
}
