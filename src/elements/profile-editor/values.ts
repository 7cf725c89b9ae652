/**
 * What the professional typed, as the form holds it (strings and ticks, one entry per
 * experience), and everything computed from it: the body `checkProfileDraft` checks and the
 * backend receives, the merge patch of a change, which parts differ between two versions,
 * and the object the live `<profile-card>` preview shows. No DOM, no HTTP, no wording.
 *
 * The rules themselves are src/api/rules/profile.ts (the backend runs the same function);
 * this module only turns a form into its input, leniently: "2024/3" is a month, "www.x.nl" a link.
 */
import { DEFAULT_TEXT_LANGUAGE } from '../../api/content-language.js';
import { typedNumber } from '../../api/rules/amount.js';
import { isCalendarDate, isYearMonth } from '../../api/rules/dates.js';
import type { FieldIssue } from '../../api/rules/fields.js';
import { checkProfileDraft, type ProfileDraft } from '../../api/rules/profile.js';
import { type Code, type Profile, type ProfileInput, profileKinds, visibilities } from '../../api/schemas.js';
import { safeUrl } from '../../api/url.js';
import { typedAmount } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';

/** Every text control, by its name in the contract (`availability.from`: the `from` of `availability`). */
export const TEXT_NAMES = [
  'name',
  'headline',
  'kind',
  'photoUrl',
  'bio',
  'language',
  'coreQualities',
  'skills',
  'availability.hoursPerWeek',
  'availability.from',
  'region',
  'rate.amount',
  'links.cv',
  'links.portfolio',
  'links.linkedin',
  'contact.email',
  'contact.phone',
  'visibility',
] as const;
export type TextName = (typeof TEXT_NAMES)[number];

export const EXPERIENCE_PARTS = ['title', 'organisation', 'from', 'to'] as const;
export type ExperiencePart = (typeof EXPERIENCE_PARTS)[number];

/** One experience entry; `key` stays with it when it moves, so focus and errors follow it. */
export interface ExperienceValues extends Record<ExperiencePart, string> {
  key: string;
}

export type ProfileValues = Record<TextName, string> & {
  fields: string[];
  'rate.publicRate': boolean;
  experience: ExperienceValues[];
};

/** The parts of a profile as the contract groups them: what a patch sends and a 412 compares. */
export const GROUPS = [
  'name',
  'headline',
  'kind',
  'photoUrl',
  'bio',
  'fields',
  'coreQualities',
  'skills',
  'experience',
  'availability',
  'region',
  'rate',
  'links',
  'contact',
  'visibility',
  'language',
] as const satisfies readonly (keyof ProfileDraft)[];
export type Group = (typeof GROUPS)[number];

const GROUP_VALUES: Record<Group, readonly (keyof ProfileValues)[]> = {
  name: ['name'],
  headline: ['headline'],
  kind: ['kind'],
  photoUrl: ['photoUrl'],
  bio: ['bio'],
  fields: ['fields'],
  coreQualities: ['coreQualities'],
  skills: ['skills'],
  experience: ['experience'],
  availability: ['availability.hoursPerWeek', 'availability.from'],
  region: ['region'],
  rate: ['rate.amount', 'rate.publicRate'],
  links: ['links.cv', 'links.portfolio', 'links.linkedin'],
  contact: ['contact.email', 'contact.phone'],
  visibility: ['visibility'],
  language: ['language'],
};

let keys = 0;
export function newExperience(): ExperienceValues {
  return { key: `e${++keys}`, title: '', organisation: '', from: '', to: '' };
}

/**
 * A new profile's form. Visible to network members until its owner opens it up: data
 * protection by default (AVG/GDPR art. 25), and the form says in words what each choice means.
 */
export function emptyValues(): ProfileValues {
  const text = Object.fromEntries(TEXT_NAMES.map((name) => [name, ''])) as Record<TextName, string>;
  return { ...text, visibility: 'network', language: DEFAULT_TEXT_LANGUAGE, fields: [], 'rate.publicRate': false, experience: [] };
}

/** A stored profile as the form shows it, its rate in `lang`'s notation. */
export function valuesOf(p: Profile, lang: Lang): ProfileValues {
  return {
    name: p.name,
    headline: p.headline,
    kind: p.kind,
    photoUrl: p.photoUrl ?? '',
    bio: p.bio ?? '',
    coreQualities: p.coreQualities.join('\n'),
    skills: p.skills.join('\n'),
    'availability.hoursPerWeek': p.availability ? String(p.availability.hoursPerWeek) : '',
    'availability.from': p.availability?.from ?? '',
    region: p.region.value,
    'rate.amount': typedAmount(p.rate?.amount, lang),
    'rate.publicRate': p.rate?.publicRate ?? false,
    'links.cv': p.links.cv ?? '',
    'links.portfolio': p.links.portfolio ?? '',
    'links.linkedin': p.links.linkedin ?? '',
    'contact.email': p.contact?.email ?? '',
    'contact.phone': p.contact?.phone ?? '',
    visibility: p.visibility,
    language: p.language ?? DEFAULT_TEXT_LANGUAGE,
    fields: p.fields.map((f) => f.value),
    experience: p.experience.map((e) => ({ ...newExperience(), title: e.title, organisation: e.organisation, from: e.from, to: e.to ?? '' })),
  };
}

/** Each month's names and abbreviations, Dutch and English, lower case (`mrt`, `maart`, `march`). */
const MONTHS = [
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'february'],
  ['mrt', 'mar', 'maart', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'augustus', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
];

/**
 * `2024-03`, also typed as `2024/3`, `3-2024`, `03/2024`, `202403` or `032024` (a phone's number
 * pad has no dash), `maart 2024`, `mrt. 2024` or `2024 maart`; anything else as typed, for the rule
 * to name. Six digits are read whichever way gives a month.
 */
export function yearMonthOf(text: string): string {
  const t = text.trim().toLowerCase();
  const month = (m: string) => m.padStart(2, '0');
  const readings: string[] = [];
  let m = /^(\d{4})(?:[-/. ](\d{1,2})|(\d{2}))$/.exec(t);
  if (m) readings.push(`${m[1]}-${month(m[2] ?? m[3])}`);
  m = /^(?:(\d{1,2})[-/. ]|(\d{2}))(\d{4})$/.exec(t);
  if (m) readings.push(`${m[3]}-${month(m[1] ?? m[2])}`);
  return readings.find(isYearMonth) ?? readings[0] ?? named(t) ?? text.trim();
}

/** `maart 2024`, `mrt. 2024`, `2024 maart` as `2024-03`; null for anything else. */
function named(t: string): string | null {
  const m = /^(\p{L}+)\.?[-/ ]*(\d{4})$/u.exec(t) ?? /^(\d{4})[-/ ]*(\p{L}+)\.?$/u.exec(t);
  if (!m) return null;
  const [word, year] = /^\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
  const index = MONTHS.findIndex((names) => names.includes(word));
  return index < 0 ? null : `${year}-${String(index + 1).padStart(2, '0')}`;
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const HOST_FIRST = /^[\w-]+(\.[\w-]+)+(?:[/?#:]|$)/;

/** A link as people type it: `www.example.nl/cv.pdf` means `https://www.example.nl/cv.pdf`. */
export function urlOf(text: string): string {
  const t = text.trim();
  return t && !SCHEME.test(t) && HOST_FIRST.test(t) ? `https://${t}` : t;
}

/** A number as people type it (`85,50`, `€ 85`, `1.500`), or the text as typed for the rule to name. */
function numberOf(text: string): number | string {
  return typedNumber(text) ?? text.trim();
}

/** The non-empty lines of a one-per-line list, with their line numbers (1-based) for messages. */
function listOf(text: string): { items: string[]; lines: number[] } {
  const items: string[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim()) {
      items.push(line.trim());
      lines.push(i + 1);
    }
  });
  return { items, lines };
}

/** The body of `POST /profiles` before checking, and where each list item came from. */
export interface DraftInput {
  body: Record<Group, unknown>;
  /** Line numbers of the items of the one-per-line lists. */
  lines: { coreQualities: number[]; skills: number[] };
  /** Keys of the experience entries sent, in order: entries left wholly empty are not sent. */
  entries: string[];
}

const filled = (e: ExperienceValues) => EXPERIENCE_PARTS.some((part) => e[part].trim());

export function draftInput(v: ProfileValues): DraftInput {
  const text = (name: TextName) => v[name].trim();
  const qualities = listOf(v.coreQualities);
  const skills = listOf(v.skills);
  const entries = v.experience.filter(filled);
  const [hours, from, amount, email, phone] = ['availability.hoursPerWeek', 'availability.from', 'rate.amount', 'contact.email', 'contact.phone'].map((n) =>
    text(n as TextName),
  );
  const link = (name: TextName) => urlOf(v[name]) || null;
  return {
    body: {
      name: text('name'),
      headline: text('headline'),
      kind: text('kind') || null,
      photoUrl: link('photoUrl'),
      bio: text('bio') || null,
      fields: v.fields.map((value) => ({ value })),
      coreQualities: qualities.items,
      skills: skills.items,
      experience: entries.map((e) => ({
        title: e.title.trim(),
        organisation: e.organisation.trim(),
        from: yearMonthOf(e.from) || null,
        to: yearMonthOf(e.to) || null,
      })),
      availability: hours || from ? { hoursPerWeek: hours ? numberOf(hours) : null, from: from || null } : null,
      region: text('region') || null,
      rate: amount ? { amount: numberOf(amount), publicRate: v['rate.publicRate'] } : null,
      links: { cv: link('links.cv'), portfolio: link('links.portfolio'), linkedin: link('links.linkedin') },
      contact: email || phone ? { email: email || null, phone: phone || null } : null,
      visibility: text('visibility') || null,
      language: text('language') || null,
    },
    lines: { coreQualities: qualities.lines, skills: skills.lines },
    entries: entries.map((e) => e.key),
  };
}

export type Checked = { ok: true; draft: ProfileDraft; input: DraftInput } | { ok: false; issues: FieldIssue[]; input: DraftInput };

/** The one check (src/api/rules/profile.ts) on what the form holds. */
export function checkValues(v: ProfileValues): Checked {
  const input = draftInput(v);
  const result = checkProfileDraft(input.body);
  return result.ok ? { ok: true, draft: result.value, input } : { ok: false, issues: result.issues, input };
}

// --- Where a problem is shown ------------------------------------------------------------------

/**
 * The key of the control (or group of controls) a problem belongs to: a text name, `fields`,
 * `experience`, or `experience.<entry key>.<part>` (entries are known by key, not position, so
 * an error stays with its entry when the entry moves).
 */
export type ErrorKey = TextName | 'fields' | 'experience' | `experience.${string}.${ExperiencePart}`;

export interface Placed {
  key: ErrorKey;
  /** The line of a one-per-line list, or the number of an experience entry (1-based), for the message. */
  line?: number;
  entry?: number;
}

const PARENTS: Record<string, TextName> = {
  availability: 'availability.hoursPerWeek',
  rate: 'rate.amount',
  'rate.publicRate': 'rate.amount',
  links: 'links.cv',
  contact: 'contact.email',
};

/** Where a problem named by its dotted path (ours, or the backend's `invalidParams`) is shown; null: nowhere in the form. */
export function placeIssue(path: string, v: ProfileValues, input: DraftInput): Placed | null {
  const [head, index, part] = path.split('.');
  if (head === 'fields') return { key: 'fields' };
  if (head === 'coreQualities' || head === 'skills') {
    const line = index === undefined ? undefined : input.lines[head][Number(index)];
    return line ? { key: head, line } : { key: head };
  }
  if (head === 'experience') {
    if (index === undefined) return { key: 'experience' };
    const key = input.entries[Number(index)];
    const entry = v.experience.findIndex((e) => e.key === key);
    if (entry < 0) return { key: 'experience' };
    const which = (EXPERIENCE_PARTS as readonly string[]).includes(part) ? (part as ExperiencePart) : 'title';
    return { key: `experience.${key}.${which}`, entry: entry + 1 };
  }
  if ((TEXT_NAMES as readonly string[]).includes(path)) return { key: path as TextName };
  return PARENTS[path] ? { key: PARENTS[path] } : null;
}

/** Every control key in the order the form shows them: the error summary follows it. */
export function keyOrder(v: ProfileValues): ErrorKey[] {
  const upTo = (name: TextName) => TEXT_NAMES.slice(0, TEXT_NAMES.indexOf(name) + 1);
  return [
    ...upTo('language'),
    'fields',
    'coreQualities',
    'skills',
    'experience',
    ...v.experience.flatMap((e) => EXPERIENCE_PARTS.map((part): ErrorKey => `experience.${e.key}.${part}`)),
    ...TEXT_NAMES.slice(TEXT_NAMES.indexOf('availability.hoursPerWeek')),
  ];
}

/** The controls whose errors a change of `name` (a control's name attribute) may fix or cause. */
export function keysOf(name: string, v: ProfileValues): ErrorKey[] {
  const [head, index, part] = name.split('.');
  if (head === 'experience' && index !== undefined) {
    const entry = v.experience[Number(index)];
    return entry ? [`experience.${entry.key}.${part as ExperiencePart}`, 'experience'] : [];
  }
  if (name === 'rate.publicRate') return ['rate.amount'];
  if (name === 'fields') return ['fields'];
  return (TEXT_NAMES as readonly string[]).includes(name) ? [name as TextName] : [];
}

// --- Versions ----------------------------------------------------------------------------------

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The parts that differ between two versions of the form (compared as they would be sent). */
export function differingGroups(a: ProfileValues, b: ProfileValues): Group[] {
  const [x, y] = [draftInput(a).body, draftInput(b).body];
  return GROUPS.filter((g) => !same(x[g], y[g]));
}

/**
 * JSON Merge Patch (RFC 7396) of a change: the parts that differ from the version read,
 * as the rule normalised them. A part set to null (no rate any more) deletes it.
 */
export function patchOf(base: ProfileValues, mine: ProfileValues, draft: ProfileDraft): Partial<ProfileDraft> {
  const patch: Partial<Record<Group, unknown>> = {};
  for (const group of differingGroups(base, mine)) patch[group] = draft[group];
  return patch as Partial<ProfileDraft>;
}

/** `values` with one part taken from `from`. */
export function withGroup(values: ProfileValues, from: ProfileValues, group: Group): ProfileValues {
  const next = { ...values } as Record<string, unknown>;
  for (const name of GROUP_VALUES[group]) {
    const value = from[name];
    next[name] = Array.isArray(value) ? structuredClone(value) : value;
  }
  return next as ProfileValues;
}

/** Whether the person typed anything into a part of a new profile (a 409 then keeps theirs by default). */
export function touched(values: ProfileValues, group: Group): boolean {
  return differingGroups(emptyValues(), withGroup(emptyValues(), values, group)).includes(group);
}

// --- Drafts --------------------------------------------------------------------------------------

/** Values read back from storage: only known keys of the right type survive, so a stale or edited draft cannot put anything unexpected into the form. */
export function parseValues(raw: unknown): ProfileValues | null {
  if (!raw || typeof raw !== 'object') return null;
  const stored = raw as Record<string, unknown>;
  const values = emptyValues();
  for (const name of TEXT_NAMES) if (typeof stored[name] === 'string') values[name] = stored[name] as string;
  if (!(visibilities as readonly string[]).includes(values.visibility)) values.visibility = emptyValues().visibility;
  if (Array.isArray(stored.fields)) values.fields = stored.fields.filter((f): f is string => typeof f === 'string');
  values['rate.publicRate'] = stored['rate.publicRate'] === true;
  if (Array.isArray(stored.experience)) {
    values.experience = stored.experience
      .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
      .map((e) => {
        const entry = newExperience();
        for (const part of EXPERIENCE_PARTS) if (typeof e[part] === 'string') entry[part] = e[part] as string;
        return entry;
      });
  }
  return values;
}

// --- The preview -------------------------------------------------------------------------------

export interface PreviewContext {
  id: string;
  organisation: Profile['organisation'];
  codes: { field: Code[]; region: Code[] };
}

/**
 * What `<profile-card>` shows while the professional types: the valid parts of the form as a
 * Profile (the card checks it with the contract's schema, so nothing half-typed may be in it).
 * Null until a kind is chosen: the card always shows one, and a guessed one would mislead.
 */
export function previewOf(v: ProfileValues, context: PreviewContext): ProfileInput | null {
  const { body } = draftInput(v);
  const kind = profileKinds.find((k) => k === body.kind);
  if (!kind) return null;
  const label = (codes: Code[], value: string) => codes.find((c) => c.value === value)?.label ?? value;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const experience = (body.experience as { title: string; organisation: string; from: string | null; to: string | null }[])
    .filter((e) => e.title && e.from && isYearMonth(e.from))
    .map((e) => ({ title: e.title, organisation: e.organisation, from: e.from as string, to: e.to && isYearMonth(e.to) ? e.to : null }));
  const availability = body.availability as { hoursPerWeek: unknown; from: unknown } | null;
  const hours = availability?.hoursPerWeek;
  const from = text(availability?.from);
  const amount = (body.rate as { amount: unknown } | null)?.amount;
  const contact = body.contact as { email: string | null; phone: string | null } | null;
  const links = body.links as Record<'cv' | 'portfolio' | 'linkedin', string | null>;
  const region = text(body.region);
  return {
    id: context.id,
    name: text(body.name),
    headline: text(body.headline),
    photoUrl: safeUrl(text(body.photoUrl)),
    kind,
    organisation: context.organisation ?? null,
    fields: v.fields.map((value) => ({ value, label: label(context.codes.field, value) })),
    coreQualities: body.coreQualities as string[],
    skills: body.skills as string[],
    experience,
    availability: typeof hours === 'number' && hours >= 0 && isCalendarDate(from) ? { hoursPerWeek: hours, from } : null,
    region: { value: region, label: region ? label(context.codes.region, region) : '' },
    rate: typeof amount === 'number' && amount >= 0 ? { amount, currency: 'EUR', unit: 'hour', publicRate: v['rate.publicRate'] } : null,
    bio: text(body.bio) || null,
    links: { cv: safeUrl(links.cv), portfolio: safeUrl(links.portfolio), linkedin: safeUrl(links.linkedin) },
    contact: contact ? { email: contact.email, phone: contact.phone } : null,
    visibility: visibilities.find((x) => x === body.visibility) ?? 'public',
    updatedAt: new Date().toISOString(),
    language: v.language,
  };
}
