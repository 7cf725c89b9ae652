/**
 * Applications: the receipt a visitor gets (contract 1.0), and the other half of the
 * marketplace (contract 1.1) — the organisation's inbox and its applications.
 */
import * as z from 'zod/mini';
import { Assignment } from './assignment.js';
import { ApplicationStatus, count, instant, isoDate, list, TextLanguage } from './base.js';

export const ApplicationReceipt = z.object({
  id: z.string(),
  assignmentId: z.string(),
  status: z.string(),
  receivedAt: instant,
});

/** An application as the organisation reads it (`GET /applications/{id}`). Personal data. */
export const Application = z.object({
  id: z.string().check(z.minLength(1)),
  assignmentId: z.string(),
  status: ApplicationStatus,
  receivedAt: instant,
  name: z.string(),
  email: z.string(),
  phone: z.nullable(z.string()),
  kvkNumber: z.nullable(z.string()),
  motivation: z.string(),
  availableFrom: z.nullable(isoDate),
  hoursPerWeek: z.nullable(z.number()),
  rate: z.nullable(z.number()),
  profileId: z.nullable(z.string()),
  cv: z.nullable(z.object({ name: z.string(), type: z.string(), size: count })),
  /**
   * Extension: whether the applicant accepted the procurement conditions and had their
   * manager's consent, the record a poster keeps for procurement. Absent: the backend does not say.
   */
  acceptConditions: z.optional(z.boolean()),
  managerConsent: z.optional(z.boolean()),
  /** Extension: the language of the applicant's own texts (the motivation), as for an assignment. */
  language: TextLanguage,
  /**
   * Extension: the same applicant's other applications to this assignment (the same e-mail
   * address, whatever its case), oldest first. Absent: the backend does not say.
   */
  otherApplications: z.optional(z.array(z.object({ id: z.string().check(z.minLength(1)), receivedAt: instant }))),
});

export const ApplicationPage = list(Application);

/**
 * Extension (`GET /me/assignments`): the organisation's assignments, each with how many
 * applications it has and how many are new — the first view of an inbox.
 */
export const InboxAssignment = z.object({
  assignment: Assignment,
  applications: z.object({ total: count, new: count }),
});
export const InboxPage = list(InboxAssignment);

export type ApplicationReceipt = z.infer<typeof ApplicationReceipt>;
export type Application = z.infer<typeof Application>;
export type ApplicationPage = z.infer<typeof ApplicationPage>;
export type InboxAssignment = z.infer<typeof InboxAssignment>;
export type InboxPage = z.infer<typeof InboxPage>;
