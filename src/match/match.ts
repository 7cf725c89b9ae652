/**
 * How well a profile fits an assignment, computed in the browser exactly as CONTRACT.md §1
 * "How a match is scored" prescribes. The backend's `GET /assignments/{id}/match` must give the
 * same score to the point, so every rule below is the contract's; where the contract is silent
 * the choice is written down next to the code.
 *
 * Pure and deterministic: no DOM, no fetch, no clock. The same inputs give the same `Match` in
 * every browser and time zone.
 */
import type { Assignment, Criterion, Match, MatchLevel, MatchReason, Profile } from '../api/schemas.js';

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

/** An assignment with the match of one profile against it, as returned by {@link rank}. */
export interface RankedAssignment {
  assignment: Assignment;
  match: Match;
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
 * criterion, in the order skills, field, hours, start, region, rate.
 *
 * `options.today` is reserved (see {@link MatchOptions}): no rule of contract v1 reads it.
 */
export function match(assignment: Assignment, profile: Profile, _options: MatchOptions): Match {
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
function scorePair(assignment: Assignment, profile: Profile, profileSkills: ReadonlySet<string>): Match {
  const reasons: MatchReason[] = [
    skillsReason(assignment, profileSkills),
    { criterion: 'field', score: fieldScore(assignment, profile) },
    { criterion: 'hours', score: hoursScore(assignment, profile) },
    { criterion: 'start', score: startScore(assignment, profile) },
    { criterion: 'region', score: regionScore(assignment, profile) },
    { criterion: 'rate', score: rateScore(assignment, profile) },
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
function skillsReason(assignment: Assignment, has: ReadonlySet<string>): MatchReason {
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
function fieldScore(assignment: Assignment, profile: Profile): number {
  return profile.fields.some((field) => field.value === assignment.field.value) ? 1 : 0;
}

/**
 * Available hours ÷ the assignment's minimum hours, at most 1; 0.5 without availability.
 * A minimum of 0 asks for nothing, so any availability meets it: 1 (the contract's division
 * would be by zero).
 */
function hoursScore(assignment: Assignment, profile: Profile): number {
  if (profile.availability == null) return 0.5;
  const min = assignment.hoursPerWeek.min;
  if (min <= 0) return 1;
  return clamp01(profile.availability.hoursPerWeek / min);
}

/**
 * 0.5 without availability; 1 without a start date or when the professional is available on or
 * before it; else 1 − days late ÷ 60, not below 0.
 */
function startScore(assignment: Assignment, profile: Profile): number {
  if (profile.availability == null) return 0.5;
  if (assignment.startDate == null) return 1;
  const daysLate = dayNumber(profile.availability.from) - dayNumber(assignment.startDate);
  if (daysLate <= 0) return 1;
  return clamp01(1 - daysLate / LATE_START_DAYS);
}

/** 1 in the same region or when the work is remote; elsewhere 0.5 for hybrid, 0 for onsite. */
function regionScore(assignment: Assignment, profile: Profile): number {
  const { region, mode } = assignment.location;
  if (mode === 'remote' || region.value === profile.region.value) return 1;
  return mode === 'hybrid' ? 0.5 : 0;
}

/**
 * 1 when either side has no rate or the profile asks at most the assignment's max; above it the
 * score falls linearly to 0 at 25 % over the max. Currency and unit are not compared: the
 * contract does not, and the code lists in practice are EUR per hour.
 */
function rateScore(assignment: Assignment, profile: Profile): number {
  const max = assignment.rate?.max;
  const amount = profile.rate?.amount;
  if (max == null || amount == null || amount <= max) return 1;
  // clamp01 also keeps nonsense such as a negative max from leaving 0..1 (the Match schema's range).
  return clamp01(1 - (amount - max) / (RATE_TOLERANCE * max));
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
