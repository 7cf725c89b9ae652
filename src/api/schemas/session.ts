/** Swarm sessions and their registrations (contract version 1.2). */
import * as z from 'zod/mini';
import { Code, count, httpUrl, instant, isoDate, list, Organisation, page, RegistrationStatus, SessionStatus, TextLanguage } from './base.js';

/** A client's question presented on a date to professionals who sign up to think along. */
export const Session = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  /** HTML fragment: UNTRUSTED, sanitised like a description. */
  question: z.string(),
  organisation: Organisation,
  startsAt: instant,
  endsAt: instant,
  place: z.nullable(z.string()),
  /**
   * The link to join online. The reference server gives it only to the organisation's posters,
   * and to those with a seat in their receipt and mail; everyone else gets `null` and `online`.
   */
  onlineUrl: httpUrl,
  /** Extension: whether the session can be joined online, also when `onlineUrl` is not given to the reader. */
  online: z.optional(z.boolean()),
  capacity: z.int().check(z.positive()),
  seatsLeft: count,
  signUpDeadline: isoDate,
  fields: z.array(Code),
  status: SessionStatus,
  url: httpUrl,
  /** Extension: the region it takes place in (for the region filter). */
  region: z.optional(z.nullable(Code)),
  /** Extension: the assignment whose question it presents, when there is one. */
  assignmentId: z.optional(z.nullable(z.string())),
  language: TextLanguage,
});

export const SessionPage = page(Session);

export const RegistrationReceipt = z.object({
  id: z.string(),
  sessionId: z.string(),
  status: RegistrationStatus,
  receivedAt: instant,
  /** Extension: the link to join online, for a seat (not a waitlist place) at a session that has one. */
  onlineUrl: z.optional(httpUrl),
});

/** A registration as the session's organisation reads it (personal data). */
export const Registration = z.object({
  id: z.string(),
  sessionId: z.string(),
  status: RegistrationStatus,
  receivedAt: instant,
  name: z.string(),
  email: z.string(),
  profileId: z.nullable(z.string()),
});

export const RegistrationPage = list(Registration);

export type Session = z.infer<typeof Session>;
export type SessionInput = z.input<typeof Session>;
export type SessionPage = z.infer<typeof SessionPage>;
export type RegistrationReceipt = z.infer<typeof RegistrationReceipt>;
export type Registration = z.infer<typeof Registration>;
export type RegistrationPage = z.infer<typeof RegistrationPage>;
