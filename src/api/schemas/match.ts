/** The backend's match of an assignment and a profile (`GET /assignments/{id}/match`). */
import * as z from 'zod/mini';
import { criteria } from './lists.js';

export const MatchLevel = z.enum(['strong', 'good', 'partial', 'weak']);
export const MatchReason = z.object({
  criterion: z.enum(criteria),
  score: z.number().check(z.gte(0), z.lte(1)),
  matched: z.optional(z.array(z.string())),
  missing: z.optional(z.array(z.string())),
});
export const Match = z.object({
  score: z.int().check(z.gte(0), z.lte(100)),
  level: MatchLevel,
  reasons: z.array(MatchReason),
});

export type MatchLevel = z.infer<typeof MatchLevel>;
export type MatchReason = z.infer<typeof MatchReason>;
export type Match = z.infer<typeof Match>;
