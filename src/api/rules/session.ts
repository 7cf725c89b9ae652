/**
 * Rules of swarm sessions (contract 1.2), shared by `<session-list>`, the mock and the server:
 * what a session's status is on a given moment, and what someone who signs up sends. What a
 * poster writes is in session-draft.ts (`<session-editor>`'s, not the list's).
 */
import type { SessionStatus } from '../schemas.js';
import { applicationFields } from './application.js';
import { checkFields, type FieldIssue, type FieldTable, type FieldValue, typedValue } from './fields.js';

/**
 * The status a session has `now`: `cancelled` by its organiser; `closed` once the sign-up
 * deadline (the last day to sign up, Dutch date) has passed or the session has begun; `full`
 * when every seat is taken (sign-ups go to the waitlist); otherwise `open`.
 */
export function sessionStatus(
  session: { status: string; capacity: number; signUpDeadline: string; startsAt: string },
  registered: number,
  now: { today: string; instant: Date },
): SessionStatus {
  if (session.status === 'cancelled') return 'cancelled';
  if (session.signUpDeadline < now.today || Date.parse(session.startsAt) <= now.instant.getTime()) return 'closed';
  return registered >= session.capacity ? 'full' : 'open';
}

/** Whether someone can still sign up (to a seat or to the waitlist). */
export function acceptsSignUps(status: SessionStatus): boolean {
  return status === 'open' || status === 'full';
}

/** Signing up: the same name and e-mail rules as an application, and consent. */
export const registrationFields = {
  name: applicationFields.name,
  email: applicationFields.email,
  profileId: applicationFields.profileId,
  consent: applicationFields.consent,
} as const satisfies FieldTable<void>;

export function checkRegistration(values: Record<string, FieldValue>): FieldIssue[] {
  return checkFields(registrationFields, values, undefined);
}

export function registrationInput(values: Record<string, FieldValue>): { name: string; email: string; profileId: string | null } {
  return {
    name: typedValue(registrationFields.name.rule, values.name) as string,
    email: typedValue(registrationFields.email.rule, values.email) as string,
    profileId: typedValue(registrationFields.profileId.rule, values.profileId) as string | null,
  };
}
