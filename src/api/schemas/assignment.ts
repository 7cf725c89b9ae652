/** Assignments as the board shows them (`GET /assignments`, `GET /assignments/{id}`). */
import * as z from 'zod/mini';
import { Code, ContractType, httpUrl, instant, isoDate, Organisation, page, Status, TextLanguage, Visibility, WorkMode } from './base.js';

export const Assignment = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  organisation: Organisation,
  summary: z.optional(z.nullable(z.string())),
  /** HTML fragment from a CMS: UNTRUSTED, sanitise before showing (src/shared/sanitizer.ts). */
  description: z.string(),
  field: Code,
  skills: z.array(z.object({ name: z.string(), required: z.boolean() })),
  location: z.object({ place: z.string(), region: Code, mode: WorkMode }),
  hoursPerWeek: z.object({ min: z.number().check(z.nonnegative()), max: z.number().check(z.nonnegative()) }),
  startDate: z.optional(z.nullable(isoDate)),
  endDate: z.optional(z.nullable(isoDate)),
  closingDate: isoDate,
  types: z.array(ContractType),
  rate: z.optional(
    z.nullable(
      z.object({
        min: z.nullable(z.number()),
        max: z.nullable(z.number()),
        currency: z.string(),
        unit: z.string(),
        publicRate: z.boolean(),
      }),
    ),
  ),
  visibility: Visibility,
  status: Status,
  publishedAt: instant,
  contact: z.optional(
    z.nullable(z.object({ name: z.string(), email: z.nullable(z.string()), phone: z.optional(z.nullable(z.string())) })),
  ),
  url: httpUrl,
  applyUrl: httpUrl,
  requirements: z.object({
    kvkNumber: z.boolean(),
    cv: z.boolean(),
    conditionsUrl: httpUrl,
    managerConsent: z.boolean(),
  }),
  language: TextLanguage,
});

export const AssignmentPage = page(Assignment);

export type Assignment = z.infer<typeof Assignment>;
export type AssignmentPage = z.infer<typeof AssignmentPage>;
/** What a backend sends for an assignment, before URLs are made safe (seed data, servers). */
export type AssignmentInput = z.input<typeof Assignment>;
