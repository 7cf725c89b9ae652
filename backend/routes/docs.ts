/**
 * What a route says about itself, for `GET /openapi.json` (backend/openapi.ts): every
 * registration in backend/routes/*.ts carries one of these, so the document lists exactly the
 * routed operations, with the query schema the route validates with and every status it can
 * answer. The statuses every operation shares (a bad token's 401, Node's 431, 500, 503, the
 * 400 of invalid input, 304 of a conditional GET) are added by the generator, not repeated here.
 */
import type { z } from 'zod';

/** A JSON Schema object (OpenAPI 3.1: JSON Schema 2020-12). */
export type JsonSchema = Record<string, unknown>;

/** A schema: a zod schema (converted as the route parses it), a component's name (`'Assignment'`), or JSON Schema. */
export type SchemaSource = z.ZodType | `#${string}` | JsonSchema;

export interface AnswerDoc {
  description: string;
  /** Media type → schema of the body; none for an answer without a body. */
  content?: Record<string, SchemaSource | null>;
  /** Response headers beyond `API-Version` (on every answer), by name. */
  headers?: readonly ResponseHeader[];
}

/** Response headers the document knows (components/headers). */
export type ResponseHeader = 'ETag' | 'Location' | 'Retry-After' | 'Content-Disposition' | 'Content-Language' | 'Idempotent-Replayed' | 'WWW-Authenticate';

export interface HeaderParameter {
  name: string;
  required: boolean;
  description: string;
  schema: JsonSchema;
}

export interface OperationDocs<Id extends string = string> {
  operationId: Id;
  summary: string;
  description?: string;
  tags: readonly string[];
  /**
   * `optional`: anyone; credentials (bearer token or session cookie) widen what is seen.
   * `required`: only signed-in callers (401 without credentials).
   */
  auth: 'optional' | 'required';
  /** Path parameters by name, with what they name (their schema is the id rule unless given). */
  path?: Record<string, string | { description: string; schema: JsonSchema }>;
  /** The zod object the route parses its query with (backend/http/input.ts). */
  query?: z.ZodObject;
  /** Words for query parameters the schema alone does not explain. */
  queryNotes?: Record<string, string>;
  headers?: readonly HeaderParameter[];
  body?: { required: boolean; content: Record<string, SchemaSource> };
  /**
   * Documented inside another operation on the same path template, by its operationId: a
   * second representation at a URL the template already covers (`/sessions/{id}` as
   * `/sessions/s-1.ics`). OpenAPI cannot hold two templates that differ only in a parameter's
   * name, and the Dutch API rules allow no file extension in a path template.
   */
  partOf?: string;
  /**
   * Every status the operation answers itself: a success with its body, or a problem given by
   * its description alone (`404: 'Unknown assignment'`: an `application/problem+json` answer).
   */
  responses: Record<number, AnswerDoc | string>;
}

/** A table of operations keyed by operationId: `docs.listAssignments` is registered with its route. */
export function operations<T extends Record<string, Omit<OperationDocs, 'operationId'>>>(table: T): { [K in keyof T & string]: OperationDocs<K> } {
  return Object.fromEntries(Object.entries(table).map(([operationId, docs]) => [operationId, { operationId, ...docs }])) as {
    [K in keyof T & string]: OperationDocs<K>;
  };
}

/** A JSON answer whose body is a component (`json('The assignment', 'Assignment')`). */
export function json(description: string, component: string, headers: readonly ResponseHeader[] = []): AnswerDoc {
  return { description, content: { 'application/json': `#${component}` }, headers: ['Content-Language', ...headers] };
}

export const idempotencyKeyHeader: HeaderParameter = {
  name: 'Idempotency-Key',
  required: true,
  description: 'One per request (a UUID): the same key and body again gives the same answer and stores nothing new; another body with the key gives 422.',
  schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
};

export const ifMatchHeader: HeaderParameter = {
  name: 'If-Match',
  required: true,
  description: 'The ETag read with the resource (`"v3"`), or `*` for whatever version is current (RFC 9110 §13.1.1): without it 428, an outdated one 412 with the current version.',
  schema: { type: 'string' },
};
