/**
 * The rules of `POST /assignments` and `PATCH /assignments/{id}` (contract 1.1): what a
 * poster writes. `<assignment-editor>` checks with them before sending; the backend that the
 * mock and the reference server share checks again and answers 400 with every problem.
 */
import { contractTypes, visibilities, workModes } from '../schemas.js';
import type { FieldIssue } from './fields.js';
import { HOURS_PER_WEEK, RATE_PER_HOUR, rateUnits } from './amount.js';
import { type CheckOptions, JsonChecker } from './json.js';

export const postingLimits = {
  title: { min: 5, max: 150 },
  summary: { max: 300 },
  /** Characters of HTML: a long description, not a document. */
  description: { max: 20_000 },
  place: { min: 1, max: 100 },
  skills: { max: 30 },
  skill: { min: 1, max: 80 },
  hours: HOURS_PER_WEEK,
  types: { min: 1, max: 5 },
  rate: RATE_PER_HOUR,
  contactName: { min: 1, max: 100 },
} as const;

/** What a poster sends: the Assignment's own fields, codes by value. */
export interface AssignmentDraft {
  title: string;
  summary: string | null;
  description: string;
  field: { value: string };
  skills: { name: string; required: boolean }[];
  location: { place: string; region: { value: string }; mode: (typeof workModes)[number] };
  hoursPerWeek: { min: number; max: number };
  startDate: string | null;
  endDate: string | null;
  closingDate: string;
  types: (typeof contractTypes)[number][];
  rate: { min: number | null; max: number | null; currency: 'EUR'; unit: 'hour'; publicRate: boolean } | null;
  visibility: (typeof visibilities)[number];
  contact: { name: string; email: string | null; phone: string | null } | null;
  url: string | null;
  applyUrl: string | null;
  requirements: { kvkNumber: boolean; cv: boolean; conditionsUrl: string | null; managerConsent: boolean };
  status: 'open' | 'closed';
  /** The language of its texts (extension): absent on a create, Dutch; on a change, as it was. */
  language: string;
}

export type DraftCheck<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/**
 * Every problem with a draft at once. `creating`: a closing date in the past is refused (an
 * edit may keep one: that is how an assignment is closed by date). `knownCode`: see
 * {@link CheckOptions}.
 */
export function checkAssignmentDraft(input: unknown, options: { today: string; creating: boolean } & CheckOptions): DraftCheck<AssignmentDraft> {
  const check = new JsonChecker(options);
  const body = check.object(input, 'body') ?? {};
  const l = postingLimits;
  const title = check.text(body.title, 'title', l.title);
  const summary = check.text(body.summary, 'summary', { ...l.summary, required: false });
  const description = check.text(body.description, 'description', { ...l.description, required: false, multiline: true }) ?? '';
  const field = check.code(body.field, 'field', 'field');
  const skills = check
    .list(body.skills, 'skills', l.skills)
    .map((raw, i) => {
      const skill = check.object(raw, `skills.${i}`);
      const name = check.text(skill?.name, `skills.${i}.name`, l.skill);
      return name === null ? null : { name, required: check.boolean(skill?.required, `skills.${i}.required`) };
    })
    .filter((s): s is { name: string; required: boolean } => s !== null);
  const location = check.object(body.location, 'location') ?? {};
  const place = check.text(location.place, 'location.place', l.place);
  const region = check.code(location.region, 'location.region', 'region');
  const mode = check.choice(location.mode, 'location.mode', workModes);
  const hours = check.object(body.hoursPerWeek, 'hoursPerWeek') ?? {};
  const hoursMin = check.number(hours.min, 'hoursPerWeek.min', l.hours);
  const hoursMax = check.number(hours.max, 'hoursPerWeek.max', l.hours);
  if (hoursMin !== null && hoursMax !== null && hoursMax < hoursMin) check.add('hoursPerWeek.max', 'range', { min: hoursMin, max: l.hours.max });
  const startDate = check.date(body.startDate, 'startDate');
  const endDate = check.date(body.endDate, 'endDate');
  if (startDate && endDate && endDate < startDate) check.add('endDate', 'range');
  const closingDate = check.date(body.closingDate, 'closingDate', true);
  if (closingDate && options.creating && closingDate < options.today) check.add('closingDate', 'range');
  const types = [...new Set(check.list(body.types, 'types', l.types).map((t, i) => check.choice(t, `types.${i}`, contractTypes)))].filter(
    (t): t is (typeof contractTypes)[number] => t !== null,
  );
  let rate: AssignmentDraft['rate'] = null;
  const rawRate = check.object(body.rate, 'rate', false);
  if (rawRate) {
    const min = check.number(rawRate.min, 'rate.min', { ...l.rate, amount: true, required: false });
    const max = check.number(rawRate.max, 'rate.max', { ...l.rate, amount: true, required: false });
    if (min !== null && max !== null && max < min) check.add('rate.max', 'range', { min, max: l.rate.max });
    const { currency, unit } = rateUnits(check, rawRate);
    rate = currency && unit ? { min, max, currency, unit, publicRate: check.boolean(rawRate.publicRate, 'rate.publicRate') } : null;
  }
  const visibility = check.choice(body.visibility ?? 'public', 'visibility', visibilities);
  let contact: AssignmentDraft['contact'] = null;
  const rawContact = check.object(body.contact, 'contact', false);
  if (rawContact) {
    // Every part is checked, so a wrong address shows beside a missing name, not after it.
    const name = check.text(rawContact.name, 'contact.name', l.contactName);
    const email = check.email(rawContact.email, 'contact.email');
    const phone = check.phone(rawContact.phone, 'contact.phone');
    contact = name === null ? null : { name, email, phone };
  }
  const url = check.url(body.url, 'url');
  const applyUrl = check.url(body.applyUrl, 'applyUrl');
  const req = check.object(body.requirements, 'requirements', false) ?? {};
  const requirements = {
    kvkNumber: check.boolean(req.kvkNumber, 'requirements.kvkNumber'),
    cv: check.boolean(req.cv, 'requirements.cv'),
    conditionsUrl: check.url(req.conditionsUrl, 'requirements.conditionsUrl'),
    managerConsent: check.boolean(req.managerConsent, 'requirements.managerConsent'),
  };
  const status = check.choice(body.status ?? 'open', 'status', ['open', 'closed'] as const);
  const language = check.language(body.language, 'language');

  if (check.issues.length || title === null || field === null || place === null || region === null || mode === null || hoursMin === null || hoursMax === null || closingDate === null || visibility === null || status === null) {
    return { ok: false, issues: check.issues };
  }
  return {
    ok: true,
    value: {
      title,
      summary,
      description,
      field: { value: field },
      skills,
      location: { place, region: { value: region }, mode },
      hoursPerWeek: { min: hoursMin, max: hoursMax },
      startDate,
      endDate,
      closingDate,
      types,
      rate,
      visibility,
      contact,
      url,
      applyUrl,
      requirements,
      status,
      language,
    },
  };
}
