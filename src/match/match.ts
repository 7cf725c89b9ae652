/**
 * How well a profile fits an assignment, computed in the browser exactly as CONTRACT.md §1
 * "How a match is scored" prescribes. The backend's `GET /assignments/{id}/match` must give the
 * same score to the point, so every rule below is the contract's; where the contract is silent
 * the choice is written down next to the code.
 *
 * Pure and deterministic: no DOM, no fetch, no clock. The same inputs give the same `Match` in
 * every browser and time zone.
 */
import type { Assignment, Code, Criterion, Match, MatchLevel, Profile, WorkMode } from '../api/schemas.js';

export interface MatchOptions {
  /**
   * The day the match is computed for (`YYYY-MM-DD`). Reserved: no rule of contract version 1
   * depends on the current date (lateness is measured from the assignment's `startDate`, not
   * from today), so it does not change the result yet. It is part of the API so that a later
   * date-relative rule does not need a breaking change, and so that callers already pass the
   * date instead of the function reading a clock.
   */
  today: string;
}

/** An amount of money as one side of a match states it. */
export interface Money {
  amount: number;
  currency: string;
  unit: string;
}

/**
 * The evidence behind one criterion's score: the facts the rule compared, so that a view can put
 * the score into words without applying the rule again. Members beyond the contract's
 * (`criterion`, `score`, `matched`, `missing`) are additions that clients ignore.
 */
export type Evidence =
  /** The assignment's skills the profile has and has not (required ones first), in the assignment's spelling. */
  | { criterion: 'skills'; matched: string[]; missing: string[] }
  /** The assignment's field, and whether the profile lists it. */
  | { criterion: 'field'; field: Code; listed: boolean }
  /** Hours a week the profile has (null: no availability) and the assignment's range; `required` is its minimum. */
  | { criterion: 'hours'; available: number | null; required: number; asked: { min: number; max: number } }
  /**
   * From when the profile is available and when the assignment starts (null: not known), and how
   * many days after the start the professional becomes available (0 when on time, null when unknown).
   */
  | { criterion: 'start'; availableFrom: string | null; startDate: string | null; daysLate: number | null }
  /** The assignment's region and way of working, and the profile's region. */
  | { criterion: 'region'; region: Code; mode: WorkMode; profileRegion: Code; sameRegion: boolean }
  /** The rate the profile asks and the assignment's maximum (null: not stated). */
  | { criterion: 'rate'; asked: Money | null; max: Money | null };

/** One reason of a match with its evidence: a contract `MatchReason` with extra members. */
export type ExplainedReason<C extends Criterion = Criterion> = Extract<Evidence, { criterion: C }> & { score: number };

/** A contract `Match` whose reasons carry their evidence, in the contract's order. */
export interface ExplainedMatch extends Match {
  reasons: [
    ExplainedReason<'skills'>,
    ExplainedReason<'field'>,
    ExplainedReason<'hours'>,
    ExplainedReason<'start'>,
    ExplainedReason<'region'>,
    ExplainedReason<'rate'>,
  ];
}

/** An assignment with the match of one profile against it, as returned by {@link rank}. */
export interface RankedAssignment {
  assignment: Assignment;
  match: ExplainedMatch;
}

/**
 * Weights in whole points (they sum to 100). The contract says to compute in points rather than
 * as `100 × Σ 0.40 × …`: 0.15 and 0.10 have no exact binary form, points do.
 */
export const weights: Readonly<Record<Criterion, number>> = Object.freeze({
  skills: 40,
  field: 15,
  hours: 15,
  start: 10,
  region: 10,
  rate: 10,
});

/** A total within this distance of `.5` counts as `.5` (contract: noise never decides a point). */
const HALF_TOLERANCE = 1e-9;

/** Days over which a late start costs the whole `start` criterion. */
const LATE_START_DAYS = 60;

/** Rate above the assignment's max, as a fraction of that max, that costs the whole `rate` criterion. */
const RATE_TOLERANCE = 0.25;

const MS_PER_DAY = 86_400_000;

/** The level the contract gives a score: strong ≥ 75, good ≥ 50, partial ≥ 25, else weak. */
export function levelFor(score: number): MatchLevel {
  if (score >= 75) return 'strong';
  if (score >= 50) return 'good';
  if (score >= 25) return 'partial';
  return 'weak';
}

/**
 * Skill names normalised before. The same few hundred names recur in every pair, and
 * normalising one (NFD, a Unicode regex, ICU lower-casing) costs more than the rest of a match
 * (bench/match.bench.ts). Cleared when full, so a long-lived page cannot grow it without bound;
 * the result depends only on the name, so the cache cannot change an answer.
 */
const normalised = new Map<string, string>();
const NORMALISED_MAX = 10_000;
/** Combining marks (the accents NFD splits off), compiled once. */
const COMBINING_MARKS = /\p{M}/gu;

/**
 * A skill name in the form that is compared: trimmed, accents removed, lower case.
 * " Coördinatie " and "coordinatie" are the same skill.
 *
 * The locale is fixed to Dutch rather than taken from the visitor's browser: with a Turkish
 * default locale `"I".toLocaleLowerCase()` is "ı", which would make the score depend on who looks.
 * (For Dutch the mapping is the same as the locale-independent one, so a backend that uses
 * `toLowerCase()` agrees.)
 */
export function normaliseSkill(name: string): string {
  let result = normalised.get(name);
  if (result === undefined) {
    // NFD splits "ö" into "o" + U+0308; dropping every combining mark (\p{M}) leaves the base letters.
    result = name.trim().normalize('NFD').replace(COMBINING_MARKS, '').toLocaleLowerCase('nl');
    if (normalised.size >= NORMALISED_MAX) normalised.clear();
    normalised.set(name, result);
  }
  return result;
}

/**
 * The match of `profile` against `assignment`: a score 0..100, its level and one reason per
 * criterion, in the order skills, field, hours, start, region, rate, each with its evidence.
 *
 * `options.today` is reserved (see {@link MatchOptions}): no rule of contract v1 reads it.
 */
export function match(assignment: Assignment, profile: Profile, _options: MatchOptions): ExplainedMatch {
  return scorePair(assignment, profile, skillSet(profile));
}

/**
 * The assignments ordered by how well `profile` fits them, best first, each with its match.
 * Equal scores keep the input order (Array.prototype.sort is stable since ES2019), so the
 * backend's own order — closing date, say — decides among equals.
 */
export function rank(profile: Profile, assignments: readonly Assignment[], _options: MatchOptions): RankedAssignment[] {
  const skills = skillSet(profile); // once for the profile, not once per assignment
  return assignments
    .map((assignment) => ({ assignment, match: scorePair(assignment, profile, skills) }))
    .sort((a, b) => b.match.score - a.match.score);
}

/** {@link match} with the profile's skills already normalised. */
function scorePair(assignment: Assignment, profile: Profile, profileSkills: ReadonlySet<string>): ExplainedMatch {
  const reasons: ExplainedMatch['reasons'] = [
    skillsReason(assignment, profileSkills),
    fieldReason(assignment, profile),
    hoursReason(assignment, profile),
    startReason(assignment, profile),
    regionReason(assignment, profile),
    rateReason(assignment, profile),
  ];

  let points = 0;
  for (const reason of reasons) points += weights[reason.criterion] * reason.score;
  const score = Math.min(100, Math.max(0, roundHalfUp(points)));
  return { score, level: levelFor(score), reasons };
}

/**
 * Rounds half up on the exact value: a fraction within {@link HALF_TOLERANCE} below .5 still
 * rounds up, so 63.49999999999999 (an exact 63.5 summed in doubles: 40/3 + … + 23/3) becomes 64.
 */
export function roundHalfUp(points: number): number {
  const whole = Math.floor(points);
  return points - whole >= 0.5 - HALF_TOLERANCE ? whole + 1 : whole;
}

/**
 * `(required matched + 0.5 × optional matched) / (required count + 0.5 × optional count)`,
 * 1 when the assignment lists no skills. `matched` and `missing` use the assignment's spelling;
 * `missing` lists the required skills first, each group in the assignment's order.
 *
 * An assignment that lists the same skill twice counts it twice: the contract counts the
 * assignment's entries, and de-duplicating here would make the browser disagree with a
 * backend that follows it literally.
 */
function skillsReason(assignment: Assignment, has: ReadonlySet<string>): ExplainedReason<'skills'> {
  const matched: string[] = [];
  const missingRequired: string[] = [];
  const missingOptional: string[] = [];
  // Counted in half-points (required 2, optional 1) so the ratio is of two integers: the same
  // value as the contract's formula, without 0.5-steps accumulating in floating point.
  let earned = 0;
  let possible = 0;

  const names = normalisedSkillsOf(assignment);
  for (let i = 0; i < assignment.skills.length; i++) {
    const skill = assignment.skills[i];
    const value = skill.required ? 2 : 1;
    possible += value;
    if (has.has(names[i])) {
      earned += value;
      matched.push(skill.name);
    } else {
      (skill.required ? missingRequired : missingOptional).push(skill.name);
    }
  }

  const score = possible === 0 ? 1 : earned / possible;
  return { criterion: 'skills', score, matched, missing: [...missingRequired, ...missingOptional] };
}

/**
 * An assignment's skill names, normalised once per assignment object: a board or `rank()`
 * scores the same assignments against profile after profile. Objects from the schema are never
 * mutated, so the cache cannot go stale; a WeakMap lets them be collected.
 */
const assignmentSkills = new WeakMap<Assignment, string[]>();
function normalisedSkillsOf(assignment: Assignment): string[] {
  let names = assignmentSkills.get(assignment);
  if (!names || names.length !== assignment.skills.length) {
    names = assignment.skills.map((skill) => normaliseSkill(skill.name));
    assignmentSkills.set(assignment, names);
  }
  return names;
}

function skillSet(profile: Profile): Set<string> {
  return new Set(profile.skills.map(normaliseSkill));
}

/** 1 when the profile's fields contain the assignment's field, else 0. */
function fieldReason(assignment: Assignment, profile: Profile): ExplainedReason<'field'> {
  const listed = profile.fields.some((field) => field.value === assignment.field.value);
  return { criterion: 'field', score: listed ? 1 : 0, field: assignment.field, listed };
}

/**
 * Available hours ÷ the assignment's minimum hours, at most 1; 0.5 without availability.
 * A minimum of 0 asks for nothing, so any availability meets it: 1 (the contract's division
 * would be by zero).
 */
function hoursReason(assignment: Assignment, profile: Profile): ExplainedReason<'hours'> {
  const asked = assignment.hoursPerWeek;
  const available = profile.availability?.hoursPerWeek ?? null;
  const evidence = { criterion: 'hours', available, required: asked.min, asked: { min: asked.min, max: asked.max } } as const;
  if (available === null) return { ...evidence, score: 0.5 };
  if (asked.min <= 0) return { ...evidence, score: 1 };
  return { ...evidence, score: clamp01(available / asked.min) };
}

/**
 * 0.5 without availability; 1 without a start date or when the professional is available on or
 * before it; else 1 − days late ÷ 60, not below 0.
 */
function startReason(assignment: Assignment, profile: Profile): ExplainedReason<'start'> {
  const availableFrom = profile.availability?.from ?? null;
  const startDate = assignment.startDate ?? null;
  const evidence = { criterion: 'start', availableFrom, startDate } as const;
  if (availableFrom === null) return { ...evidence, daysLate: null, score: 0.5 };
  if (startDate === null) return { ...evidence, daysLate: null, score: 1 };
  const daysLate = Math.max(0, dayNumber(availableFrom) - dayNumber(startDate));
  return { ...evidence, daysLate, score: daysLate === 0 ? 1 : clamp01(1 - daysLate / LATE_START_DAYS) };
}

/** 1 in the same region or when the work is remote; elsewhere 0.5 for hybrid, 0 for onsite. */
function regionReason(assignment: Assignment, profile: Profile): ExplainedReason<'region'> {
  const { region, mode } = assignment.location;
  const sameRegion = region.value === profile.region.value;
  const score = mode === 'remote' || sameRegion ? 1 : mode === 'hybrid' ? 0.5 : 0;
  return { criterion: 'region', score, region, mode, profileRegion: profile.region, sameRegion };
}

/**
 * 1 when either side has no rate or the profile asks at most the assignment's max; above it the
 * score falls linearly to 0 at 25 % over the max. Currency and unit are not compared: the
 * contract does not, and the code lists in practice are EUR per hour.
 */
function rateReason(assignment: Assignment, profile: Profile): ExplainedReason<'rate'> {
  const offered = assignment.rate;
  const max = offered?.max != null ? { amount: offered.max, currency: offered.currency, unit: offered.unit } : null;
  const asked = profile.rate ? { amount: profile.rate.amount, currency: profile.rate.currency, unit: profile.rate.unit } : null;
  const evidence = { criterion: 'rate', asked, max } as const;
  if (max === null || asked === null || asked.amount <= max.amount) return { ...evidence, score: 1 };
  // clamp01 also keeps nonsense such as a negative max from leaving 0..1 (the Match schema's range).
  return { ...evidence, score: clamp01(1 - (asked.amount - max.amount) / (RATE_TOLERANCE * max.amount)) };
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, in UTC: calendar-day arithmetic that no time
 * zone or daylight-saving change can shift. (`new Date("2027-01-15")` would be UTC too, but
 * `Date.UTC` makes that explicit rather than relying on the date-only parsing rule.)
 */
function dayNumber(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
