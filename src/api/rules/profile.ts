/**
 * The rules of `POST /profiles` and `PATCH /profiles/{id}` (contract 1.1): a professional's
 * own e-portfolio. `<profile-editor>` checks with them before sending; the backend that the
 * mock and the reference server share checks again and answers 400 with every problem.
 */
import { profileKinds, visibilities } from '../schemas.js';
import { HOURS_PER_WEEK, RATE_PER_HOUR, rateUnits } from './amount.js';
import type { DraftCheck } from './posting.js';
import { type CheckOptions, JsonChecker } from './json.js';

export const profileLimits = {
  name: { min: 2, max: 100 },
  headline: { min: 1, max: 150 },
  fields: { max: 10 },
  coreQualities: { max: 10 },
  coreQuality: { min: 1, max: 40 },
  skills: { max: 30 },
  skill: { min: 1, max: 60 },
  experience: { max: 20 },
  experienceText: { min: 1, max: 120 },
  hours: HOURS_PER_WEEK,
  rate: RATE_PER_HOUR,
  bio: { max: 2_000 },
} as const;

export interface ProfileDraft {
  name: string;
  headline: string;
  photoUrl: string | null;
  kind: (typeof profileKinds)[number];
  fields: { value: string }[];
  coreQualities: string[];
  skills: string[];
  experience: { title: string; organisation: string; from: string; to: string | null }[];
  availability: { hoursPerWeek: number; from: string } | null;
  region: { value: string };
  rate: { amount: number; currency: 'EUR'; unit: 'hour'; publicRate: boolean } | null;
  bio: string | null;
  links: { cv: string | null; portfolio: string | null; linkedin: string | null };
  contact: { email: string | null; phone: string | null } | null;
  visibility: (typeof visibilities)[number];
  /** The language of its texts (extension): absent on a create, Dutch; on a change, as it was. */
  language: string;
}

/** Every problem with a profile at once; `knownCode`: see {@link CheckOptions}. */
export function checkProfileDraft(input: unknown, options: CheckOptions = {}): DraftCheck<ProfileDraft> {
  const check = new JsonChecker(options);
  const body = check.object(input, 'body') ?? {};
  const l = profileLimits;
  const name = check.text(body.name, 'name', l.name);
  const headline = check.text(body.headline, 'headline', l.headline);
  const photoUrl = check.url(body.photoUrl, 'photoUrl');
  const kind = check.choice(body.kind, 'kind', profileKinds);
  const fields = [...new Set(check.list(body.fields, 'fields', l.fields).map((f, i) => check.code(f, `fields.${i}`, 'field')))]
    .filter((f): f is string => f !== null)
    .map((value) => ({ value }));
  const texts = (list: unknown[], path: string, rule: { min: number; max: number }) =>
    [...new Set(list.map((item, i) => check.text(item, `${path}.${i}`, rule)))].filter((t): t is string => t !== null);
  const coreQualities = texts(check.list(body.coreQualities, 'coreQualities', l.coreQualities), 'coreQualities', l.coreQuality);
  const skills = texts(check.list(body.skills, 'skills', l.skills), 'skills', l.skill);
  const experience = check
    .list(body.experience, 'experience', l.experience)
    .map((raw, i) => {
      const entry = check.object(raw, `experience.${i}`);
      const title = check.text(entry?.title, `experience.${i}.title`, l.experienceText);
      const organisation = check.text(entry?.organisation, `experience.${i}.organisation`, l.experienceText);
      const from = check.yearMonth(entry?.from, `experience.${i}.from`, true);
      const to = check.yearMonth(entry?.to, `experience.${i}.to`);
      if (from && to && to < from) check.add(`experience.${i}.to`, 'range');
      return title && organisation && from ? { title, organisation, from, to } : null;
    })
    .filter((e): e is ProfileDraft['experience'][number] => e !== null);
  let availability: ProfileDraft['availability'] = null;
  const rawAvailability = check.object(body.availability, 'availability', false);
  if (rawAvailability) {
    const hours = check.number(rawAvailability.hoursPerWeek, 'availability.hoursPerWeek', { ...l.hours, integer: true });
    const from = check.date(rawAvailability.from, 'availability.from', true);
    availability = hours !== null && from !== null ? { hoursPerWeek: hours, from } : null;
  }
  const region = check.code(body.region, 'region', 'region');
  let rate: ProfileDraft['rate'] = null;
  const rawRate = check.object(body.rate, 'rate', false);
  if (rawRate) {
    const amount = check.number(rawRate.amount, 'rate.amount', { ...l.rate, amount: true });
    const { currency, unit } = rateUnits(check, rawRate);
    rate = amount === null || !currency || !unit ? null : { amount, currency, unit, publicRate: check.boolean(rawRate.publicRate, 'rate.publicRate') };
  }
  const bio = check.text(body.bio, 'bio', { ...l.bio, required: false, multiline: true });
  const rawLinks = check.object(body.links, 'links', false) ?? {};
  const links = { cv: check.url(rawLinks.cv, 'links.cv'), portfolio: check.url(rawLinks.portfolio, 'links.portfolio'), linkedin: check.url(rawLinks.linkedin, 'links.linkedin') };
  let contact: ProfileDraft['contact'] = null;
  const rawContact = check.object(body.contact, 'contact', false);
  if (rawContact) {
    contact = { email: check.email(rawContact.email, 'contact.email'), phone: check.phone(rawContact.phone, 'contact.phone') };
    if (!contact.email && !contact.phone) contact = null;
  }
  const visibility = check.choice(body.visibility ?? 'public', 'visibility', visibilities);
  const language = check.language(body.language, 'language');

  if (check.issues.length || name === null || headline === null || kind === null || region === null || visibility === null) {
    return { ok: false, issues: check.issues };
  }
  return {
    ok: true,
    value: { name, headline, photoUrl, kind, fields, coreQualities, skills, experience, availability, region: { value: region }, rate, bio, links, contact, visibility, language },
  };
}
