/**
 * Stored objects as the contract shows them: labels in the asked language, the status as it is
 * today (a past closing date means closed), members in the contract's order and nothing a
 * store keeps for itself.
 */
import { DEFAULT_TEXT_LANGUAGE } from '../src/api/content-language.js';
import { isClosed } from '../src/api/rules/assignment.js';
import type { AssignmentInput, FacetCount, ProfileInput } from '../src/api/schemas.js';
import type { Labels } from './labels.js';
import type { CodeList, FacetCounts, StoredAssignment, StoredProfile } from './ports.js';

/**
 * The language an item's own texts are in (the `language` extension of assignments, profiles
 * and sessions): as its writer chose, stored with it. The backend translates only its labels, so
 * without this an English page would read Dutch titles with an English voice, and a Dutch page
 * English ones with a Dutch voice (WCAG 3.1.2). Data from before it was stored (the mock's seed)
 * is Dutch, as the networks this serves write.
 */
export function textLanguage(item: { language?: string }): string {
  return item.language ?? DEFAULT_TEXT_LANGUAGE;
}

export function presentAssignment(a: StoredAssignment, labels: Labels, today: string): AssignmentInput {
  return {
    id: a.id,
    title: a.title,
    organisation: { id: a.organisation.id, name: a.organisation.name, logoUrl: a.organisation.logoUrl ?? null },
    summary: a.summary ?? null,
    description: a.description,
    field: labels.code('field', a.field.value),
    skills: a.skills.map((s) => ({ name: s.name, required: s.required })),
    location: { place: a.location.place, region: labels.code('region', a.location.region.value), mode: a.location.mode },
    hoursPerWeek: { min: a.hoursPerWeek.min, max: a.hoursPerWeek.max },
    startDate: a.startDate ?? null,
    endDate: a.endDate ?? null,
    closingDate: a.closingDate,
    types: [...a.types],
    rate: a.rate ? { min: a.rate.min, max: a.rate.max, currency: a.rate.currency, unit: a.rate.unit, publicRate: a.rate.publicRate } : null,
    visibility: a.visibility,
    status: isClosed(a, today) ? 'closed' : 'open',
    publishedAt: a.publishedAt,
    contact: a.contact ? { name: a.contact.name, email: a.contact.email, phone: a.contact.phone ?? null } : null,
    url: a.url ?? null,
    applyUrl: a.applyUrl ?? null,
    requirements: {
      kvkNumber: a.requirements.kvkNumber,
      cv: a.requirements.cv,
      conditionsUrl: a.requirements.conditionsUrl ?? null,
      managerConsent: a.requirements.managerConsent,
    },
    language: textLanguage(a),
  };
}

export function presentProfile(p: StoredProfile, labels: Labels): ProfileInput {
  return {
    id: p.id,
    name: p.name,
    headline: p.headline,
    photoUrl: p.photoUrl ?? null,
    kind: p.kind,
    organisation: p.organisation ? { id: p.organisation.id, name: p.organisation.name, logoUrl: p.organisation.logoUrl ?? null } : null,
    fields: p.fields.map((f) => labels.code('field', f.value)),
    coreQualities: [...p.coreQualities],
    skills: [...p.skills],
    experience: p.experience.map((e) => ({ title: e.title, organisation: e.organisation, from: e.from, to: e.to ?? null })),
    availability: p.availability ? { hoursPerWeek: p.availability.hoursPerWeek, from: p.availability.from } : null,
    region: labels.code('region', p.region.value),
    rate: p.rate ? { amount: p.rate.amount, currency: p.rate.currency, unit: p.rate.unit, publicRate: p.rate.publicRate } : null,
    bio: p.bio ?? null,
    links: { cv: p.links.cv ?? null, portfolio: p.links.portfolio ?? null, linkedin: p.links.linkedin ?? null },
    contact: p.contact ? { email: p.contact.email, phone: p.contact.phone ?? null } : null,
    visibility: p.visibility,
    updatedAt: p.updatedAt,
    language: textLanguage(p),
  };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * A facet as the contract shows it: every value with a count, plus the chosen ones (so a chosen
 * filter stays visible) when the viewer may know them — a value first met in data the viewer
 * cannot see is not echoed. Code lists in their own order, unknown values after the known
 * ones; organisations by name.
 */
export function facetList(
  name: string,
  counts: FacetCounts<string>[string],
  selected: readonly string[],
  labels: Labels,
  names: Map<string, string> = new Map(),
): FacetCount[] {
  const found = new Map(counts.map((c) => [c.value, c]));
  const list = name === 'organisation' ? null : (name as CodeList);
  const facet: FacetCount[] = [...found.values()].map((c) => ({
    value: c.value,
    label: list ? labels.code(list, c.value).label : (c.label ?? names.get(c.value) ?? c.value),
    count: c.count,
  }));
  for (const value of selected) {
    if (found.has(value)) continue;
    if (list && labels.curated(list, value)) facet.push({ ...labels.code(list, value), count: 0 });
    else if (!list && names.has(value)) facet.push({ value, label: names.get(value) as string, count: 0 });
  }
  return list
    ? facet.sort((a, b) => labels.position(list, a.value) - labels.position(list, b.value) || a.value.localeCompare(b.value))
    : facet.sort((a, b) => collator.compare(a.label, b.label) || a.value.localeCompare(b.value));
}
