/**
 * How long the in-browser match takes for 10,000 assignment × profile pairs: the work of a
 * `<assignment-list profile-id>` page far larger than any real one (1,000 assignments, 10
 * profiles). The baseline reads exactly the fields `match()` reads and does nothing else, so
 * the ratio is what the scoring itself costs on top of touching the data.
 *
 * The data is random but seeded: every run scores the same pairs.
 */
import type { Assignment, Code, Profile, WorkMode } from '../src/api/schemas.js';
import { match, rank } from '../src/match/index.js';
import { defineSuite } from './harness.js';

const ASSIGNMENTS = 1_000;
const PROFILES = 10;
const today = '2026-11-22';

/** mulberry32: a tiny seeded PRNG, so the data is the same in every run and every browser. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20261122);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (p: number) => random() < p;
const code = (value: string): Code => ({ value, label: value });
const date = (year: number) => `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;

const skills = [
  'Projectmanagement', 'Zaakgericht werken', 'Coördinatie', 'Inkoop', 'Aanbesteden', 'Participatie',
  'Beleidsadvies', 'Informatievoorziening', 'Privacy (AVG)', 'Financiën', 'Communicatie', 'Omgevingswet',
  'Data-analyse', 'Verandermanagement', 'Juridisch advies', 'Contractbeheer', 'Één loket', 'Jeugdzorg',
  'Wmo', 'Subsidies', 'Ruimtelijke ordening', 'Duurzaamheid', 'HR-advies', 'Facilitair beheer',
];
const fields = ['informatievoorziening', 'inkoop', 'organisatieontwikkeling', 'sociaal-domein', 'ruimte', 'financien'];
const regions = ['west-brabant', 'midden-brabant', 'zeeland', 'rijnmond', 'utrecht', 'groningen', 'twente', 'limburg'];
const modes: WorkMode[] = ['onsite', 'hybrid', 'remote'];

/** How people actually type a skill: other case, no accents, stray spaces. */
function spelledLoosely(name: string): string {
  const variants = [name, name.toLowerCase(), name.toUpperCase(), ` ${name} `, name.normalize('NFD').replace(/\p{M}/gu, '')];
  return pick(variants);
}

function sample<T>(items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
}

function makeAssignment(i: number): Assignment {
  const min = pick([0, 8, 16, 24, 32]);
  const max = chance(0.2) ? null : int(60, 140);
  return {
    id: `a-${i}`,
    title: `Opdracht ${i}`,
    organisation: { id: 'gem', name: 'Gemeente', logoUrl: null },
    summary: null,
    description: '<p>Omschrijving</p>',
    field: code(pick(fields)),
    skills: sample(skills, int(0, 8)).map((name) => ({ name, required: chance(0.5) })),
    location: { place: 'Plaats', region: code(pick(regions)), mode: pick(modes) },
    hoursPerWeek: { min, max: min + 8 },
    startDate: chance(0.15) ? null : date(2027),
    endDate: null,
    closingDate: '2026-12-20',
    types: ['inhuur'],
    rate: chance(0.2) ? null : { min: null, max, currency: 'EUR', unit: 'hour', publicRate: true },
    visibility: 'public',
    status: 'open',
    publishedAt: '2026-11-20T09:00:00+01:00',
    contact: null,
    url: null,
    applyUrl: null,
    requirements: { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false },
  };
}

function makeProfile(i: number): Profile {
  return {
    id: `p-${i}`,
    name: `Professional ${i}`,
    headline: '',
    photoUrl: null,
    kind: 'zpp',
    organisation: null,
    fields: sample(fields, int(1, 3)).map(code),
    coreQualities: [],
    skills: sample(skills, int(2, 12)).map(spelledLoosely),
    experience: [],
    availability: chance(0.1) ? null : { hoursPerWeek: pick([8, 16, 24, 32, 36]), from: date(2027) },
    region: code(pick(regions)),
    rate: chance(0.2) ? null : { amount: int(60, 150), currency: 'EUR', unit: 'hour', publicRate: true },
    bio: null,
    links: { cv: null, portfolio: null, linkedin: null },
    contact: null,
    visibility: 'public',
    updatedAt: '2026-10-01T12:00:00+02:00',
  };
}

const assignments = Array.from({ length: ASSIGNMENTS }, (_, i) => makeAssignment(i));
const profiles = Array.from({ length: PROFILES }, (_, i) => makeProfile(i));
const pairs = profiles.flatMap((profile) => assignments.map((assignment) => [assignment, profile] as const));

/** Touches every field `match()` reads, with about the cheapest work that uses each value. */
function readFields(assignment: Assignment, profile: Profile): number {
  let n = 0;
  for (const skill of assignment.skills) n += skill.name.length + (skill.required ? 1 : 0);
  for (const skill of profile.skills) n += skill.length;
  for (const field of profile.fields) n += field.value === assignment.field.value ? 1 : 0;
  n += assignment.hoursPerWeek.min + (profile.availability?.hoursPerWeek ?? 0);
  n += (assignment.startDate?.length ?? 0) + (profile.availability?.from.length ?? 0);
  n += assignment.location.region.value === profile.region.value ? 1 : assignment.location.mode.length;
  n += (assignment.rate?.max ?? 0) + (profile.rate?.amount ?? 0);
  return n;
}

defineSuite({
  name: 'match',
  description: `score ${pairs.length.toLocaleString('en')} assignment × profile pairs (${ASSIGNMENTS.toLocaleString('en')} assignments × ${PROFILES} profiles)`,
  baseline: {
    name: 'baseline: read the fields match() reads',
    run: () => {
      let total = 0;
      for (const [assignment, profile] of pairs) total += readFields(assignment, profile);
      return total;
    },
  },
  cases: [
    {
      name: 'match() on every pair',
      run: () => {
        let total = 0;
        for (const [assignment, profile] of pairs) total += match(assignment, profile, { today }).score;
        return total;
      },
    },
    {
      name: `rank() ${ASSIGNMENTS.toLocaleString('en')} assignments, once per profile`,
      run: () => profiles.map((profile) => rank(profile, assignments, { today })[0]),
    },
  ],
});
