/**
 * RFC 9457 problem details: every non-2xx answer of the API is one of these
 * (`application/problem+json`), with the NLGov `invalidParams` for invalid input.
 */
import type { InvalidParam, Problem } from '../../src/api/schemas.js';

/** Base of the `type` URIs; the slug names the kind of problem (`validation`, `closed`, …). */
export const PROBLEM_BASE = 'https://flexschil.nl/problems/';

export interface ProblemInit {
  invalidParams?: InvalidParam[];
  headers?: Record<string, string>;
  /** Extra members (e.g. `current` on a 412). */
  extra?: Record<string, unknown>;
}

export function problem(status: number, slug: string, title: string, detail: string, init: ProblemInit = {}): Response {
  const body: Problem & Record<string, unknown> = { type: PROBLEM_BASE + slug, title, status, detail, ...init.extra };
  if (init.invalidParams) body.invalidParams = init.invalidParams;
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...init.headers },
  });
}

/** Thrown by helpers deep in a handler; the app's error handler answers with its response. */
export class ProblemError extends Error {
  constructor(readonly response: Response) {
    super(`problem ${response.status}`);
    this.name = 'ProblemError';
  }
}

/** 400 listing every problem at once. */
export function invalidInput(invalidParams: InvalidParam[], what: 'fields' | 'params'): Response {
  const n = invalidParams.length;
  const detail =
    what === 'fields'
      ? `${n} ${n === 1 ? 'veld is' : 'velden zijn'} niet goed ingevuld`
      : `${n} ${n === 1 ? 'parameter is' : 'parameters zijn'} ongeldig`;
  return problem(400, 'validation', 'Ongeldige invoer', detail, { invalidParams });
}

export function notFound(what: string): Response {
  return problem(404, 'not-found', 'Niet gevonden', `${what} bestaat niet (meer).`);
}

export function unauthorized(detail = 'Log in om interne gegevens te bekijken.', error?: 'invalid_token'): Response {
  const challenge = error ? `Bearer realm="flexschil", error="${error}"` : 'Bearer realm="flexschil"';
  return problem(401, 'unauthorized', 'Niet ingelogd', detail, { headers: { 'WWW-Authenticate': challenge } });
}

export function forbidden(detail = 'U hebt geen rechten om deze interne gegevens te bekijken.'): Response {
  return problem(403, 'forbidden', 'Geen toegang', detail);
}

export function serverError(): Response {
  return problem(500, 'server-error', 'Serverfout', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
}
