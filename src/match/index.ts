export { levelFor, match, normaliseSkill, rank, roundHalfUp, weights } from './match.js';
export type { Evidence, ExplainedMatch, ExplainedReason, MatchOptions, Money, RankedAssignment } from './match.js';
