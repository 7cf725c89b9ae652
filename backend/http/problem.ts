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

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** A problem's body as text, for answers written without a Response (Node's parser errors). */
export function problemText(status: number, slug: string, title: string, detail: string, init: Omit<ProblemInit, 'headers'> = {}): string {
  const body: Problem & Record<string, unknown> = { type: PROBLEM_BASE + slug, title, status, detail, ...init.extra };
  if (init.invalidParams) body.invalidParams = init.invalidParams;
  return JSON.stringify(body);
}

export function problem(status: number, slug: string, title: string, detail: string, init: ProblemInit = {}): Response {
  return new Response(problemText(status, slug, title, detail, init), {
    status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...init.headers },
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

/**
 * Problem details as this backend sends them (RFC 9457 with the NLGov `invalidParams`), as JSON
 * Schema for `/openapi.json`. Every problem has `type`, `title`, `status` and `detail`; some add
 * members of their own (`current` on a 412, `profileId` on a 409).
 */
export const problemSchemas = {
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details. Invalid input (400) lists every problem at once in `invalidParams`.',
    properties: {
      type: { type: 'string', format: 'uri', description: `What kind of problem: ${PROBLEM_BASE}<slug> (validation, not-found, …)` },
      title: { type: 'string', description: 'Short summary in Dutch (whatever Accept-Language asks)' },
      status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status' },
      detail: { type: 'string', description: 'What happened and what to do, in Dutch (whatever Accept-Language asks)' },
      instance: { type: 'string' },
      invalidParams: { type: 'array', items: { $ref: '#/components/schemas/InvalidParam' } },
    },
    required: ['type', 'title', 'status', 'detail'],
  },
  InvalidParam: {
    type: 'object',
    description: 'One invalid parameter, header or field',
    properties: {
      name: { type: 'string', description: 'The parameter, header or field (`pageSize`, `Idempotency-Key`, `location.place`, `skills.2.name`)' },
      code: {
        type: 'string',
        description: 'required, type, enum, range, format, control, tooShort, tooLong, tooMany, unknown, fileType, fileSignature, fileSize, …',
      },
      reason: { type: 'string', description: 'How to fix it: for a field of a request body in the language of Accept-Language (nl, en), for a query parameter, a path id or a header in Dutch' },
    },
    required: ['name', 'code', 'reason'],
  },
} as const;
