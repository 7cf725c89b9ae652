/**
 * Signing up for a swarm session (contract 1.2) and cancelling with the mail's secret.
 * `<session-list>` imports these; host scripts have them as methods of `FlexschilClient`. The
 * sessions themselves are public reads of the client's core (`listSessions`, `getSession`).
 */
import type { ClientCore, RequestOptions, SubmitOptions } from './core.js';
import { personal } from './personal.js';
import type * as schemas from './schemas.js';

const loadReceipt = () => import('./validators/session.js').then((m) => m.RegistrationReceipt);

/** `POST /sessions/{id}/registrations`: a seat, or the waitlist; 409 (kind `conflict`) when closed or cancelled. */
export function registerForSession(
  client: ClientCore,
  sessionId: string,
  body: { name: string; email: string; profileId?: string | null; consent: true },
  options: SubmitOptions,
): Promise<schemas.RegistrationReceipt> {
  return personal(client, 'POST', `/sessions/${encodeURIComponent(sessionId)}/registrations`, loadReceipt, {
    ...options,
    body,
    headers: { 'Idempotency-Key': options.idempotencyKey },
  }).then((r) => r.value);
}

/**
 * The receipt of a cancel. `alreadyCancelled`: it was cancelled before this request (the link
 * opened again), from the answer's `Idempotent-Replayed: true` (an extension; false from a
 * backend without it).
 */
export type CancelReceipt = schemas.RegistrationReceipt & { alreadyCancelled: boolean };

/** Cancels with the secret from the confirmation mail's link; the first on the waitlist moves up. */
export function cancelRegistration(client: ClientCore, registrationId: string, token: string, options: RequestOptions = {}): Promise<CancelReceipt> {
  return personal(client, 'POST', `/registrations/${encodeURIComponent(registrationId)}/cancel`, loadReceipt, { ...options, body: { token } }).then((r) => ({
    ...r.value,
    alreadyCancelled: r.replayed,
  }));
}

/**
 * Where the registration of a cancel link stands (`POST /registrations/{id}/status`, an
 * extension): its receipt, `status` `cancelled` when the link was used before. Changes nothing.
 */
export function getRegistrationStatus(client: ClientCore, registrationId: string, token: string, options: RequestOptions = {}): Promise<schemas.RegistrationReceipt> {
  return personal(client, 'POST', `/registrations/${encodeURIComponent(registrationId)}/status`, loadReceipt, { ...options, body: { token } }).then((r) => r.value);
}
