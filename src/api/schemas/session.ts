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
  onlineUrl: httpUrl,
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
