export { levelFor, match, normaliseSkill, rank, roundHalfUp, weights } from './match.js';
export type { MatchOptions, RankedAssignment } from './match.js';
