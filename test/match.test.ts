/**
 * The in-browser match (src/match) against CONTRACT.md §1 "How a match is scored". Every
 * expected score is worked out by hand from the contract's table, in whole points:
 * skills 40, field 15, hours 15, start 10, region 10, rate 10.
 */
import { expect } from '@open-wc/testing';
import { type Assignment, type Code, Match, type MatchLevel, type Profile } from '../src/api/schemas.js';
import { levelFor, match, normaliseSkill, rank, roundHalfUp } from '../src/match/index.js';

// ---------------------------------------------------------------------------------------------
// Fixtures: the contract's example objects, adjusted so that the base pair is a perfect match
// (100). Each case below changes only what it is about, so its arithmetic stays readable.

const today = '2026-11-22';
const code = (value: string): Code => ({ value, label: value });
const req = (name: string) => ({ name, required: true });
const opt = (name: string) => ({ name, required: false });
const place = (region: string, mode: Assignment['location']['mode']): Assignment['location'] => ({
  place: 'Steenbergen',
  region: code(region),
  mode,
});
const maxRate = (max: number | null): Assignment['rate'] => ({
  min: 75,
  max,
  currency: 'EUR',
  unit: 'hour',
  publicRate: true,
});
const askRate = (amount: number): Profile['rate'] => ({ amount, currency: 'EUR', unit: 'hour', publicRate: true });
const available = (hoursPerWeek: number, from: string): Profile['availability'] => ({ hoursPerWeek, from });

function makeAssignment(overrides: Partial<Assignment> = {}): Assignment {
  return {
    id: 'a-2026-0042',
    title: 'Projectleider informatievoorziening',
    organisation: { id: 'gem-steenbergen', name: 'Gemeente Steenbergen', logoUrl: null },
    summary: 'Plain text, at most about 300 characters.',
    description: '<p>HTML fragment from the organisation\'s CMS.</p>',
    field: code('informatievoorziening'),
    skills: [req('Projectmanagement'), opt('Zaakgericht werken')],
    location: place('west-brabant', 'hybrid'),
    hoursPerWeek: { min: 16, max: 24 },
    startDate: '2027-01-15',
    endDate: '2027-06-30',
    closingDate: '2026-12-20',
    types: ['detachering', 'inhuur'],
    rate: maxRate(95),
    visibility: 'public',
    status: 'open',
    publishedAt: '2026-11-20T09:00:00+01:00',
    contact: { name: 'Pim Kroes', email: 'inkoop@example.nl', phone: null },
    url: 'https://www.example.nl/opdrachten/a-2026-0042',
    applyUrl: null,
    requirements: { kvkNumber: true, cv: true, conditionsUrl: null, managerConsent: false },
    ...overrides,
  };
}

function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'p-0007',
    name: 'Anne-Marie Backx',
    headline: 'Projectleider en verbinder tussen gemeenten',
    photoUrl: null,
    kind: 'zpp',
    organisation: { id: 'gem-bergen-op-zoom', name: 'Gemeente Bergen op Zoom', logoUrl: null },
    fields: [code('informatievoorziening'), code('organisatieontwikkeling')],
    coreQualities: ['Verbinden', 'Ondernemend', 'Resultaatgericht'],
    skills: ['Projectmanagement', 'Zaakgericht werken', 'Participatie'],
    experience: [{ title: 'Projectleider', organisation: 'Gemeente Steenbergen', from: '2024-03', to: null }],
    availability: available(24, '2027-01-01'),
    region: code('west-brabant'),
    rate: askRate(85),
    bio: 'Plain text.',
    links: { cv: null, portfolio: null, linkedin: null },
    contact: { email: 'a.backx@example.nl', phone: null },
    visibility: 'public',
    updatedAt: '2026-10-01T12:00:00+02:00',
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------

interface Case {
  name: string;
  assignment?: Partial<Assignment>;
  profile?: Partial<Profile>;
  /** Criterion scores in reason order: skills, field, hours, start, region, rate. */
  criteria: [number, number, number, number, number, number];
  score: number;
  level: MatchLevel;
  matched?: string[];
  missing?: string[];
}

/** An onsite assignment in another region with another field: region 0 and field 0. */
const elsewhere: Partial<Assignment> = { field: code('inkoop'), location: place('zeeland', 'onsite') };

const cases: Case[] = [
  {
    name: 'the base pair is a perfect match',
    // 40×1 + 15×1 + 15×min(1, 24/16) + 10×1 + 10×1 + 10×1 = 100
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
    matched: ['Projectmanagement', 'Zaakgericht werken'],
    missing: [],
  },
  {
    name: "the contract's example objects",
    // skills (1 + 0.5×0)/(1 + 0.5×1) = 2/3; field: organisatieontwikkeling ≠ informatievoorziening
    // 40×2/3 + 15×0 + 15×16/16 + 10×1 + 10×1 (same region) + 10×1 (85 ≤ 95) = 71.67 → 72
    profile: {
      fields: [code('organisatieontwikkeling')],
      skills: ['Projectmanagement', 'Informatievoorziening', 'Participatie'],
      availability: available(16, '2027-01-01'),
    },
    criteria: [2 / 3, 0, 1, 1, 1, 1],
    score: 72,
    level: 'good',
    matched: ['Projectmanagement'],
    missing: ['Zaakgericht werken'],
  },
  {
    name: 'an assignment without skills scores skills 1',
    // skills 1 by definition, even for a profile without skills: 40 + 15 + 15 + 10 + 10 + 10 = 100
    assignment: { skills: [] },
    profile: { skills: [] },
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
    matched: [],
    missing: [],
  },
  {
    name: 'skills are compared after trimming, case- and accent-insensitively',
    // "Coördinatie" = " coordinatie ", "ZAAKGERICHT WERKEN" = "Zaakgericht werken": (1 + 0.5)/(1 + 0.5) = 1 → 100
    assignment: { skills: [req('Coördinatie'), opt('Zaakgericht werken')] },
    profile: { skills: [' coordinatie ', 'ZAAKGERICHT WERKEN'] },
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
    matched: ['Coördinatie', 'Zaakgericht werken'],
    missing: [],
  },
  {
    name: 'an accented profile skill matches a plain assignment skill',
    // "Één loket" vs "een loket", "Privacy (AVG)" missing: (1 + 0)/(1 + 1) = 0.5 → 40×0.5 + 60 = 80
    assignment: { skills: [req('een loket'), req('Privacy (AVG)')] },
    profile: { skills: ['Één loket'] },
    criteria: [0.5, 1, 1, 1, 1, 1],
    score: 80,
    level: 'strong',
    matched: ['een loket'],
    missing: ['Privacy (AVG)'],
  },
  {
    name: 'optional skills only',
    // 1 of 4 optional: (0 + 0.5×1)/(0 + 0.5×4) = 0.25 → 40×0.25 + 60 = 70
    assignment: { skills: [opt('Inkoop'), opt('Aanbesteden'), opt('Contractbeheer'), opt('Excel')] },
    profile: { skills: ['excel'] },
    criteria: [0.25, 1, 1, 1, 1, 1],
    score: 70,
    level: 'good',
    matched: ['Excel'],
    missing: ['Inkoop', 'Aanbesteden', 'Contractbeheer'],
  },
  {
    name: 'required and optional skills mixed',
    // req A ✓, req B ✗, opt C ✓, opt D ✗: (1 + 0.5×1)/(2 + 0.5×2) = 1.5/3 = 0.5 → 20 + 60 = 80
    assignment: { skills: [req('A'), req('B'), opt('C'), opt('D')] },
    profile: { skills: ['a', 'c'] },
    criteria: [0.5, 1, 1, 1, 1, 1],
    score: 80,
    level: 'strong',
    matched: ['A', 'C'],
    missing: ['B', 'D'],
  },
  {
    name: 'missing lists required skills first, each group in assignment order',
    // nothing matched: 0/(2 + 0.5×2) = 0 → 0 + 60 = 60
    assignment: { skills: [opt('O1'), req('R1'), opt('O2'), req('R2')] },
    profile: { skills: [] },
    criteria: [0, 1, 1, 1, 1, 1],
    score: 60,
    level: 'good',
    matched: [],
    missing: ['R1', 'R2', 'O1', 'O2'],
  },
  {
    name: 'no availability: hours and start 0.5',
    // 40 + 15 + 15×0.5 + 10×0.5 + 10 + 10 = 87.5 → 88 (exact .5 rounds up)
    profile: { availability: null },
    criteria: [1, 1, 0.5, 0.5, 1, 1],
    score: 88,
    level: 'strong',
  },
  {
    name: 'hours below the minimum',
    // 15 × 8/16 = 7.5: 40 + 15 + 7.5 + 10 + 10 + 10 = 92.5 → 93 (exact .5 rounds up)
    profile: { availability: available(8, '2027-01-01') },
    criteria: [1, 1, 0.5, 1, 1, 1],
    score: 93,
    level: 'strong',
  },
  {
    name: 'no hours available',
    // 15 × 0/16 = 0: 40 + 15 + 0 + 10 + 10 + 10 = 85
    profile: { availability: available(0, '2027-01-01') },
    criteria: [1, 1, 0, 1, 1, 1],
    score: 85,
    level: 'strong',
  },
  {
    name: 'a minimum of 0 hours is met by any availability',
    // min 0: division by zero avoided, treated as 1 → 100
    assignment: { hoursPerWeek: { min: 0, max: 8 } },
    profile: { availability: available(0, '2027-01-01') },
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
  },
  {
    name: 'available exactly on the start date',
    // from = startDate counts as on time → 100
    profile: { availability: available(24, '2027-01-15') },
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
  },
  {
    name: 'start 30 days late',
    // 2027-01-15 → 2027-02-14 = 16 + 14 = 30 days: 1 − 30/60 = 0.5 → 90 + 5 = 95
    profile: { availability: available(24, '2027-02-14') },
    criteria: [1, 1, 1, 0.5, 1, 1],
    score: 95,
    level: 'strong',
  },
  {
    name: 'start 90 days late',
    // 2027-01-15 → 2027-04-15 = 16 + 28 + 31 + 15 = 90 days: max(0, 1 − 90/60) = 0 → 90
    profile: { availability: available(24, '2027-04-15') },
    criteria: [1, 1, 1, 0, 1, 1],
    score: 90,
    level: 'strong',
  },
  {
    name: 'days late count calendar days across a leap day',
    // 2028-02-20 → 2028-03-03 = 9 (to 29 Feb) + 3 = 12 days: 1 − 12/60 = 0.8 → 90 + 8 = 98
    assignment: { startDate: '2028-02-20' },
    profile: { availability: available(24, '2028-03-03') },
    criteria: [1, 1, 1, 0.8, 1, 1],
    score: 98,
    level: 'strong',
  },
  {
    name: 'days late ignore daylight-saving changes',
    // 2027-03-25 → 2027-03-31 crosses the switch to summer time (28 March): 6 days, 1 − 6/60 = 0.9 → 99
    assignment: { startDate: '2027-03-25' },
    profile: { availability: available(24, '2027-03-31') },
    criteria: [1, 1, 1, 0.9, 1, 1],
    score: 99,
    level: 'strong',
  },
  {
    name: 'no start date',
    // without a startDate any availability is on time → 100
    assignment: { startDate: null },
    profile: { availability: available(24, '2030-01-01') },
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
  },
  {
    name: 'remote in another region',
    // remote: region 1 wherever the professional lives → 100
    assignment: { location: place('west-brabant', 'remote') },
    profile: { region: code('groningen') },
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
  },
  {
    name: 'hybrid in another region',
    // region 0.5 → 90 + 5 = 95
    profile: { region: code('groningen') },
    criteria: [1, 1, 1, 1, 0.5, 1],
    score: 95,
    level: 'strong',
  },
  {
    name: 'onsite in another region',
    // region 0 → 90
    assignment: { location: place('west-brabant', 'onsite') },
    profile: { region: code('groningen') },
    criteria: [1, 1, 1, 1, 0, 1],
    score: 90,
    level: 'strong',
  },
  {
    name: 'onsite in the same region',
    // equal region value → 1 whatever the mode → 100
    assignment: { location: place('west-brabant', 'onsite') },
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
  },
  {
    name: 'rate 10% above the max',
    // 110 vs max 100: 1 − (110 − 100)/(0.25 × 100) = 1 − 0.4 = 0.6 → 90 + 6 = 96
    assignment: { rate: maxRate(100) },
    profile: { rate: askRate(110) },
    criteria: [1, 1, 1, 1, 1, 0.6],
    score: 96,
    level: 'strong',
  },
  {
    name: 'rate 30% above the max',
    // 130 vs max 100: max(0, 1 − 30/25) = 0 → 90
    assignment: { rate: maxRate(100) },
    profile: { rate: askRate(130) },
    criteria: [1, 1, 1, 1, 1, 0],
    score: 90,
    level: 'strong',
  },
  {
    name: 'rate equal to the max',
    // amount ≤ max → 1 → 100
    assignment: { rate: maxRate(95) },
    profile: { rate: askRate(95) },
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
  },
  {
    name: 'assignment without a rate',
    // rate null → 1, however much the professional asks → 100
    assignment: { rate: null },
    profile: { rate: askRate(500) },
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
  },
  {
    name: 'assignment rate without a max',
    // rate.max null (only a min) → 1 → 100
    assignment: { rate: maxRate(null) },
    profile: { rate: askRate(500) },
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
  },
  {
    name: 'profile without a rate',
    // profile.rate null → 1 → 100
    profile: { rate: null },
    criteria: [1, 1, 1, 1, 1, 1],
    score: 100,
    level: 'strong',
  },
  {
    name: 'an exact .5 that floating point puts just below .5 still rounds up',
    // skills 1 of 3 required = 1/3; hours 8/16 = 0.5; 14 days late: 1 − 14/60 = 23/30
    // 40/3 + 15 + 7.5 + 23/3 + 10 + 10 = 21 + 42.5 = 63.5 exactly → 64
    // (summed in doubles it is 63.49999999999999, which Math.round would make 63)
    assignment: { skills: [req('A'), req('B'), req('C')] },
    profile: { skills: ['A'], availability: available(8, '2027-01-29') },
    criteria: [1 / 3, 1, 0.5, 23 / 30, 1, 1],
    score: 64,
    level: 'good',
  },
  {
    name: 'threshold: 75 is strong',
    // 40 + 15×0 (field) + 15 + 10 + 10×0 (onsite elsewhere) + 10 = 75
    assignment: elsewhere,
    criteria: [1, 0, 1, 1, 0, 1],
    score: 75,
    level: 'strong',
  },
  {
    name: 'threshold: 74.5 rounds up to 75, strong',
    // as above but 3 days late: 10 × (1 − 3/60) = 9.5 → 74.5 → 75
    assignment: elsewhere,
    profile: { availability: available(24, '2027-01-18') },
    criteria: [1, 0, 1, 0.95, 0, 1],
    score: 75,
    level: 'strong',
  },
  {
    name: 'threshold: 74 is good',
    // 6 days late: 10 × (1 − 6/60) = 9 → 40 + 0 + 15 + 9 + 0 + 10 = 74
    assignment: elsewhere,
    profile: { availability: available(24, '2027-01-21') },
    criteria: [1, 0, 1, 0.9, 0, 1],
    score: 74,
    level: 'good',
  },
  {
    name: 'threshold: 74.33 rounds down to 74, good',
    // 4 days late: 10 × (1 − 4/60) = 9.33 → 74.33 → 74
    assignment: elsewhere,
    profile: { availability: available(24, '2027-01-19') },
    criteria: [1, 0, 1, 56 / 60, 0, 1],
    score: 74,
    level: 'good',
  },
  {
    name: 'threshold: 50 is good',
    // required skill missing: 40×0 + 15 + 15 + 10 + 0 (onsite elsewhere) + 10 = 50
    assignment: { skills: [req('Inkoop')], location: place('zeeland', 'onsite') },
    criteria: [0, 1, 1, 1, 0, 1],
    score: 50,
    level: 'good',
  },
  {
    name: 'threshold: 49 is partial',
    // as above, 6 days late: 0 + 15 + 15 + 9 + 0 + 10 = 49
    assignment: { skills: [req('Inkoop')], location: place('zeeland', 'onsite') },
    profile: { availability: available(24, '2027-01-21') },
    criteria: [0, 1, 1, 0.9, 0, 1],
    score: 49,
    level: 'partial',
  },
  {
    name: 'threshold: 25 is partial',
    // skills 0, field 0, hours 15, start 10, region 0, rate 0 (130 vs 100) = 25
    assignment: { ...elsewhere, skills: [req('Inkoop')], rate: maxRate(100) },
    profile: { rate: askRate(130) },
    criteria: [0, 0, 1, 1, 0, 0],
    score: 25,
    level: 'partial',
  },
  {
    name: 'threshold: 24 is weak',
    // as above, 6 days late: 0 + 0 + 15 + 9 + 0 + 0 = 24
    assignment: { ...elsewhere, skills: [req('Inkoop')], rate: maxRate(100) },
    profile: { rate: askRate(130), availability: available(24, '2027-01-21') },
    criteria: [0, 0, 1, 0.9, 0, 0],
    score: 24,
    level: 'weak',
  },
  {
    name: 'nothing fits: 0',
    // skills 0, field 0, hours 0/16, start exactly 60 days late (1 − 60/60 = 0), region 0, rate 0 = 0
    assignment: { ...elsewhere, skills: [req('Inkoop')], rate: maxRate(100) },
    profile: { rate: askRate(130), availability: available(0, '2027-03-16') },
    criteria: [0, 0, 0, 0, 0, 0],
    score: 0,
    level: 'weak',
  },
];

const criterionOrder = ['skills', 'field', 'hours', 'start', 'region', 'rate'];

describe('match()', () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = match(makeAssignment(c.assignment), makeProfile(c.profile), { today });

      expect(result.reasons.map((r) => r.criterion)).to.deep.equal(criterionOrder);
      result.reasons.forEach((reason, i) => {
        expect(reason.score, reason.criterion).to.be.closeTo(c.criteria[i], 1e-12);
      });
      expect(result.score).to.equal(c.score);
      expect(result.level).to.equal(c.level);
      if (c.matched) expect(result.reasons[0].matched).to.deep.equal(c.matched);
      if (c.missing) expect(result.reasons[0].missing).to.deep.equal(c.missing);
    });
  }

  it('has at least 24 hand-computed cases', () => {
    expect(cases.length).to.be.at.least(24);
  });

  it('returns what the Match schema accepts: the contract\'s members, matched/missing only on the skills reason', () => {
    for (const c of cases) {
      const result = match(makeAssignment(c.assignment), makeProfile(c.profile), { today });
      const parsed = Match.safeParse(result);
      expect(parsed.success, c.name).to.equal(true);
      // What a client that knows only the contract keeps (zod drops unknown members).
      const contract = parsed.data!;
      for (const reason of contract.reasons.slice(1)) expect(reason, reason.criterion).to.have.all.keys('criterion', 'score');
      expect(contract.reasons[0]).to.have.all.keys('criterion', 'score', 'matched', 'missing');
      expect(JSON.parse(JSON.stringify(result))).to.deep.equal(result);
    }
  });

  it('gives the evidence behind each score, so a view needs no rule of its own', () => {
    const result = match(
      makeAssignment({
        skills: [req('Projectmanagement'), req('Inkoop'), opt('Zaakgericht werken')],
        hoursPerWeek: { min: 24, max: 32 },
        startDate: '2027-01-15',
        location: place('zeeland', 'hybrid'),
        rate: maxRate(80),
      }),
      makeProfile({ availability: available(16, '2027-02-14'), rate: askRate(90), fields: [code('inkoop')] }),
      { today },
    );
    const [skills, field, hours, start, region, rate] = result.reasons;
    expect(skills).to.deep.include({ matched: ['Projectmanagement', 'Zaakgericht werken'], missing: ['Inkoop'] });
    expect(field).to.deep.include({ field: code('informatievoorziening'), listed: false, score: 0 });
    expect(hours).to.deep.include({ available: 16, required: 24, asked: { min: 24, max: 32 } });
    expect(start).to.deep.include({ availableFrom: '2027-02-14', startDate: '2027-01-15', daysLate: 30, score: 0.5 });
    expect(region).to.deep.include({ region: code('zeeland'), mode: 'hybrid', profileRegion: code('west-brabant'), sameRegion: false, score: 0.5 });
    expect(rate).to.deep.include({ asked: { amount: 90, currency: 'EUR', unit: 'hour' }, max: { amount: 80, currency: 'EUR', unit: 'hour' } });

    const unknown = match(makeAssignment({ startDate: null, rate: null }), makeProfile({ availability: null, rate: null }), { today });
    expect(unknown.reasons[2]).to.deep.include({ available: null, score: 0.5 });
    expect(unknown.reasons[3]).to.deep.include({ availableFrom: null, startDate: null, daysLate: null });
    expect(unknown.reasons[5]).to.deep.include({ asked: null, max: null, score: 1 });
    const onTime = match(makeAssignment(), makeProfile({ availability: available(24, '2027-01-01') }), { today });
    expect(onTime.reasons[3]).to.deep.include({ daysLate: 0, score: 1 });
  });

  it('does not depend on `today` (reserved by the API, unused by contract v1)', () => {
    const assignment = makeAssignment({ startDate: '2027-01-15' });
    const profile = makeProfile({ availability: available(8, '2027-02-14') });
    const a = match(assignment, profile, { today: '2020-01-01' });
    const b = match(assignment, profile, { today: '2030-12-31' });
    expect(a).to.deep.equal(b);
  });

  it('does not change its inputs', () => {
    const assignment = makeAssignment({ skills: [opt('B'), req('A')] });
    const profile = makeProfile({ skills: [' a '] });
    const before = JSON.stringify([assignment, profile]);
    match(assignment, profile, { today });
    expect(JSON.stringify([assignment, profile])).to.equal(before);
  });

  it('treats undefined optional fields like null', () => {
    // The schemas make startDate and rate optional as well as nullable.
    const { startDate: _s, rate: _r, ...assignment } = makeAssignment();
    const { availability: _a, rate: _pr, ...profile } = makeProfile();
    const result = match(assignment as Assignment, profile as Profile, { today });
    // 40 + 15 + 7.5 (no availability) + 5 (no availability) + 10 + 10 (no rates) = 87.5 → 88
    expect(result.reasons.map((r) => r.score)).to.deep.equal([1, 1, 0.5, 0.5, 1, 1]);
    expect(result.score).to.equal(88);
  });
});

describe('normaliseSkill()', () => {
  it('trims, strips accents and lower-cases', () => {
    expect(normaliseSkill(' Coördinatie ')).to.equal('coordinatie');
    expect(normaliseSkill('ÉÉN LOKET')).to.equal('een loket');
    expect(normaliseSkill('Café-beleid')).to.equal('cafe-beleid');
  });

  it('does not depend on a Turkish-style dotted/dotless I', () => {
    expect(normaliseSkill('INKOOP')).to.equal('inkoop');
    expect(normaliseSkill('İnkoop')).to.equal('inkoop');
  });

  it('keeps inner spacing and punctuation (the contract only trims)', () => {
    expect(normaliseSkill('Zaakgericht  werken')).to.equal('zaakgericht  werken');
    expect(normaliseSkill('Privacy (AVG)')).to.equal('privacy (avg)');
  });
});

describe('levelFor()', () => {
  it('follows the thresholds 75, 50 and 25', () => {
    const levels = [100, 75, 74, 50, 49, 25, 24, 0].map(levelFor);
    expect(levels).to.deep.equal(['strong', 'strong', 'good', 'good', 'partial', 'partial', 'weak', 'weak']);
  });
});

describe('roundHalfUp()', () => {
  it('rounds half up on the exact value, ignoring floating-point noise', () => {
    expect(roundHalfUp(92.5)).to.equal(93);
    expect(roundHalfUp(63.49999999999999)).to.equal(64); // an exact 63.5 summed in doubles
    expect(roundHalfUp(74.99999999999999)).to.equal(75);
    expect(roundHalfUp(75.00000000000001)).to.equal(75);
    expect(roundHalfUp(63.4999)).to.equal(63); // a real 63.4999 is not noise
    expect(roundHalfUp(0)).to.equal(0);
  });
});

describe('rank()', () => {
  const profile = makeProfile();
  const weak = makeAssignment({ id: 'weak', ...elsewhere, skills: [req('Inkoop')] }); // 0+0+15+10+0+10 = 35
  const perfect1 = makeAssignment({ id: 'perfect-1' }); // 100
  const good = makeAssignment({ id: 'good', ...elsewhere }); // 75
  const perfect2 = makeAssignment({ id: 'perfect-2', location: place('west-brabant', 'remote') }); // 100

  it('sorts by score, best first, each assignment with its match', () => {
    const ranked = rank(profile, [weak, perfect1, good, perfect2], { today });
    expect(ranked.map((r) => r.assignment.id)).to.deep.equal(['perfect-1', 'perfect-2', 'good', 'weak']);
    expect(ranked.map((r) => r.match.score)).to.deep.equal([100, 100, 75, 35]);
    for (const { assignment, match: m } of ranked) expect(m).to.deep.equal(match(assignment, profile, { today }));
  });

  it('keeps the input order among equal scores', () => {
    const ranked = rank(profile, [perfect2, weak, perfect1], { today });
    expect(ranked.map((r) => r.assignment.id)).to.deep.equal(['perfect-2', 'perfect-1', 'weak']);
  });

  it('returns a new array and leaves the input as it was', () => {
    const input = [weak, perfect1];
    const ranked = rank(profile, input, { today });
    expect(input.map((a) => a.id)).to.deep.equal(['weak', 'perfect-1']);
    expect(rank(profile, [], { today })).to.deep.equal([]);
    expect(ranked).to.not.equal(input);
  });
});
