/**
 * `GET /openapi.json` (OpenAPI 3.1), generated from the route table: every registered operation
 * (backend/routes/routes.ts) carries its documentation (backend/routes/docs.ts), with the zod
 * schema its query is parsed with, so the document cannot list an operation that is not
 * routed, miss one that is, or allow a parameter value that the route refuses.
 *
 * Answers are described by the contract's schemas (src/api/schemas.ts, as a client reads them)
 * and problems by backend/http/problem.ts. What every operation shares is added here once:
 * `API-Version` on every answer, 401 for credentials that are present but wrong (also on
 * public data), 400 wherever input is read, 304 for a conditional GET of public data, 431
 * (headers too large, from Node's HTTP parser), 500 and 503. The document passes the Dutch
 * API Design Rules linter (NLGov ADR 2.2, `npm run lint:api`).
 */
import { z } from 'zod';
import { applicationFields } from '../src/api/rules/application.js';
import * as schemas from '../src/api/schemas.js';
import { instant, isoDate, yearMonth } from '../src/api/schemas/base.js';
import { draftSchemas } from './draft-schemas.js';
import { fieldTableSchema } from './fields-schema.js';
import { dateParam, idSchema } from './http/input.js';
import { problemSchemas } from './http/problem.js';
import type { AnswerDoc, JsonSchema, OperationDocs, ResponseHeader, SchemaSource } from './routes/docs.js';
import { SESSION_COOKIE } from './identify.js';
import type { Operation } from './routes/routes.js';

/** The contract's version (docs/contract.md): `info.version` and every answer's `API-Version`. */
export const API_VERSION = '1.2.0';

/** Who answers questions about this API (`info.contact`, NLGov /core/doc-openapi-contact). */
export interface ApiContact {
  name: string;
  url: string;
  email: string;
}

export const DEFAULT_CONTACT: ApiContact = {
  name: 'Flexschil',
  url: 'https://github.com/flexschil/flexschil/issues',
  email: 'api@flexschil.nl',
};

/** Answers of the contract, by component name. */
const answerComponents: Record<string, z.core.$ZodType> = {
  Code: schemas.Code,
  FacetCount: schemas.FacetCount,
  Organisation: schemas.Organisation,
  Assignment: schemas.Assignment,
  AssignmentPage: schemas.AssignmentPage,
  Profile: schemas.Profile,
  ProfilePage: schemas.ProfilePage,
  Vocabularies: schemas.Vocabularies,
  Match: schemas.Match,
  ApplicationReceipt: schemas.ApplicationReceipt,
  Me: schemas.Me,
  Application: schemas.Application,
  ApplicationPage: schemas.ApplicationPage,
  InboxPage: schemas.InboxPage,
  Session: schemas.Session,
  SessionPage: schemas.SessionPage,
  RegistrationReceipt: schemas.RegistrationReceipt,
  RegistrationPage: schemas.RegistrationPage,
};

const tagDescriptions: Record<string, string> = {
  assignments: 'Assignments: search, read, post and change',
  profiles: "Professionals' profiles: search, read, and the own profile",
  applications: 'Applying for an assignment, and the organisation reading what came in',
  me: 'The signed-in caller',
  vocabularies: 'Code lists with their labels',
  sessions: 'Swarm sessions: a question presented on a date, sign-ups and the waitlist',
  development: 'Development mode only (`DEV=1`)',
};

/**
 * The wire formats of what the contract's schemas check with a refinement of `rules/dates.ts`
 * (a real day, a real moment with its offset), which JSON Schema cannot carry.
 */
const wireFormats = new Map<unknown, JsonSchema>([
  [isoDate, { format: 'date' }],
  [instant, { format: 'date-time' }],
  [yearMonth, { pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' }],
]);

/** A nullable string as `type: [string, null]`, so its format sits on the property; `…At` is an instant. */
function addFormats(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) addFormats(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const object = node as JsonSchema;
  for (const value of Object.values(object)) addFormats(value);
  const properties = object.properties as Record<string, JsonSchema> | undefined;
  for (const [name, property] of Object.entries(properties ?? {})) {
    const variants = property.anyOf as JsonSchema[] | undefined;
    const [value, none] = variants ?? [];
    // `anyOf: [string, null]` as `type: [string, null]`: the format then sits on the property itself.
    if (variants?.length === 2 && value?.type === 'string' && none?.type === 'null' && Object.keys(none).length === 1) {
      delete property.anyOf;
      Object.assign(property, value, { type: ['string', 'null'] });
    }
    if (/At$/.test(name) && (property.type === 'string' || (Array.isArray(property.type) && property.type.includes('string')))) property.format = 'date-time';
  }
}

function clean(schema: JsonSchema): JsonSchema {
  delete schema.$schema;
  delete schema.$id;
  return schema;
}

function answerSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(answerComponents)) registry.add(schema, { id });
  const { schemas: generated } = z.toJSONSchema(registry, {
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
    override: (ctx) => Object.assign(ctx.jsonSchema, wireFormats.get(ctx.zodSchema)),
  }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(generated)) clean(schema);
  addFormats(generated);
  return generated;
}

/** A request's part as JSON Schema: how the route parses it, with the formats the refinements check. */
function requestSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return clean(
    z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      override: (ctx) => {
        if (ctx.zodSchema === dateParam) ctx.jsonSchema.format = 'date';
      },
    }) as JsonSchema,
  );
}

function schemaOf(source: SchemaSource | null): JsonSchema | undefined {
  if (source === null) return undefined;
  if (typeof source === 'string') return ref(source.slice(1));
  if (source instanceof z.ZodType) return requestSchema(source, 'input');
  return source;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

const responseHeaders: Record<ResponseHeader | 'API-Version', JsonSchema> = {
  'API-Version': { description: 'The full version of the API that answered (semver)', schema: { type: 'string', example: API_VERSION } },
  ETag: { description: 'The version of what was answered: send it back in If-None-Match (to revalidate) or If-Match (to change it)', schema: { type: 'string' } },
  Location: { description: 'Where the created resource lives', schema: { type: 'string', format: 'uri-reference' } },
  'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } },
  'Content-Disposition': { description: 'attachment, with the file name (RFC 6266; `filename*` for names beyond ASCII)', schema: { type: 'string' } },
  'Content-Language': { description: 'The language of the labels (`nl` or `en`); an item\'s own texts are in its `language` where it has one', schema: { type: 'string', enum: ['nl', 'en'] } },
  'Idempotent-Replayed': { description: '`true` when this answers a request made before: the stored answer for the same Idempotency-Key, or a cancel of a registration cancelled already', schema: { type: 'string', enum: ['true'] } },
  'WWW-Authenticate': { description: 'Bearer challenge (RFC 6750)', schema: { type: 'string' } },
};

function headersOf(names: readonly string[]): JsonSchema {
  return Object.fromEntries(['API-Version', ...names].map((name) => [name, headerRef(name)]));
}

function problemAnswer(status: number, description: string): JsonSchema {
  const headers: string[] = [];
  if (status === 401) headers.push('WWW-Authenticate');
  if (status === 429 || status === 503) headers.push('Retry-After');
  if (status === 412) headers.push('ETag');
  return { description, headers: headersOf(headers), content: { 'application/problem+json': { schema: ref('Problem') } } };
}

function successAnswer(doc: AnswerDoc): JsonSchema {
  const answer: JsonSchema = { description: doc.description, headers: headersOf(doc.headers ?? []) };
  if (doc.content) {
    answer.content = Object.fromEntries(
      Object.entries(doc.content).map(([media, source]) => {
        const schema = schemaOf(source);
        return [media, schema ? { schema } : {}];
      }),
    );
  }
  return answer;
}

function parametersOf(path: string, docs: OperationDocs): JsonSchema[] {
  const parameters: JsonSchema[] = [];
  for (const [, name] of openApiPath(path).matchAll(/\{(\w+)\}/g)) {
    const doc = docs.path?.[name as string] ?? (name as string);
    const [description, schema] = typeof doc === 'string' ? [doc, requestSchema(idSchema, 'output')] : [doc.description, doc.schema];
    parameters.push({ name, in: 'path', required: true, description, schema });
  }
  if (docs.query) {
    for (const [name, field] of Object.entries(docs.query.shape)) {
      const schema = requestSchema(field as z.ZodType, 'output');
      // A repeatable parameter may be left out (no values); any other is required only when
      // the route refuses its absence (a default or `optional` accepts it).
      const required = schema.type !== 'array' && !(field as z.ZodType).safeParse(undefined).success;
      const parameter: JsonSchema = { name, in: 'query', required, schema };
      if (schema.type === 'array') Object.assign(parameter, { style: 'form', explode: true, description: 'Repeatable: several values mean any of them' });
      const note = docs.queryNotes?.[name];
      if (note) parameter.description = parameter.description ? `${parameter.description}. ${note}` : note;
      parameters.push(parameter);
    }
  }
  for (const header of docs.headers ?? []) parameters.push({ in: 'header', ...header });
  return parameters;
}

function operationObject(path: string, method: string, docs: OperationDocs): JsonSchema {
  const parameters = parametersOf(path, docs);
  const responses: Record<string, JsonSchema> = {};
  for (const [status, doc] of Object.entries(docs.responses)) {
    responses[status] = typeof doc === 'string' ? problemAnswer(Number(status), doc) : successAnswer(doc);
  }
  const shared: Record<number, string> = {};
  // A public answer with an ETag may be revalidated (backend/http/respond.ts).
  const ok = docs.responses[200];
  if (method === 'get' && docs.auth === 'optional' && typeof ok === 'object' && ok.headers?.includes('ETag')) {
    responses[304] ??= { description: 'Not modified: the If-None-Match sent names the current ETag', headers: headersOf(['ETag']) };
  }
  if (parameters.length || docs.body) shared[400] = 'Invalid input: `invalidParams` lists every problem at once';
  shared[401] =
    docs.auth === 'required'
      ? 'No credentials, or invalid or expired ones'
      : 'Credentials that are invalid or expired, or none where non-public data is asked (without any, public data is answered)';
  if (method !== 'get') {
    shared[403] = 'With the session cookie (not a bearer token): sent from a page whose origin is neither the API\'s own nor listed for credentials (CORS_ORIGINS)';
  }
  shared[431] = 'Request headers too large';
  shared[500] = 'A fault on our side';
  shared[503] = 'Overloaded or the database is unavailable: try again after Retry-After';
  for (const [status, description] of Object.entries(shared)) responses[status] ??= problemAnswer(Number(status), description);

  const operation: JsonSchema = {
    operationId: docs.operationId,
    summary: docs.summary,
    ...(docs.description ? { description: docs.description } : {}),
    tags: [...docs.tags],
    security: docs.auth === 'required' ? [{ bearer: [] }, { session: [] }] : [{}, { bearer: [] }, { session: [] }],
  };
  if (parameters.length) operation.parameters = parameters;
  if (docs.body) {
    operation.requestBody = {
      required: docs.body.required,
      content: Object.fromEntries(Object.entries(docs.body.content).map(([media, source]) => [media, { schema: schemaOf(source) }])),
    };
  }
  operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));
  return operation;
}

/** A route's path as OpenAPI writes it: `/assignments/:id` → `/assignments/{id}` (a Hono pattern `{…}` left out). */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
}

export interface OpenApiOptions {
  /** Where the API lives (`/api/v1`): the server URL. */
  basePath: string;
  contact?: ApiContact;
}

export function openApiDocument(operations: readonly Operation[], options: OpenApiOptions): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const byId = new Map<string, JsonSchema>();
  for (const { method, path, docs } of operations) {
    if (docs.partOf) continue;
    const key = openApiPath(path);
    paths[key] ??= {};
    const operation = operationObject(path, method.toLowerCase(), docs);
    paths[key][method.toLowerCase()] = operation;
    byId.set(docs.operationId, operation);
  }
  for (const { method, path, docs } of operations) {
    if (docs.partOf) mergeInto(byId.get(docs.partOf), operationObject(path, method.toLowerCase(), docs), docs);
  }
  const tags = [...new Set(operations.flatMap((o) => o.docs.tags))].map((name) => ({ name, description: tagDescriptions[name] ?? name }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Flexschil API',
      version: API_VERSION,
      description: [
        'Assignments, professionals, applications and matching for the regional flexible shell (docs/contract.md §1).',
        "Code-list labels follow Accept-Language (`nl`, `en`; `Content-Language` says which); an item's own texts are in its `language`. Problems are written in Dutch (`title`, `detail`), whatever Accept-Language asks; only the `reason` of an invalid field of a request body follows it (`nl`, `en`), that of a query parameter, a path id or a header is Dutch.",
        'Public answers carry an ETag: send it in If-None-Match for a 304.',
        'A known path with another method answers 405 with Allow; an unknown path 404. Every answer other than 2xx/3xx is application/problem+json.',
      ].join('\n\n'),
      contact: options.contact ?? DEFAULT_CONTACT,
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: options.basePath || '/', description: 'This server' }],
    tags,
    paths,
    components: {
      schemas: {
        ...answerSchemas(),
        ...problemSchemas,
        ...draftSchemas(),
        ApplicationForm: applicationForm(),
      },
      headers: responseHeaders,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: "An intranet's session cookie carrying the same token" },
      },
    },
  };
}

/** Another representation's answers into the operation whose path covers it (OperationDocs.partOf). */
function mergeInto(target: JsonSchema | undefined, part: JsonSchema, docs: OperationDocs): void {
  if (!target) throw new Error(`${docs.operationId} is documented as part of ${docs.partOf}, which is not routed`);
  target.description = [target.description, docs.description ?? docs.summary].filter(Boolean).join('\n\n');
  const responses = target.responses as Record<string, JsonSchema>;
  for (const [status, answer] of Object.entries(part.responses as Record<string, JsonSchema>)) {
    const existing = responses[status];
    if (!existing) responses[status] = answer;
    else if (existing.content && answer.content && !String(status).startsWith('4') && !String(status).startsWith('5')) {
      existing.content = { ...(existing.content as JsonSchema), ...(answer.content as JsonSchema) };
      existing.headers = { ...(answer.headers as JsonSchema), ...(existing.headers as JsonSchema) };
    }
  }
  target.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));
}

function applicationForm(): JsonSchema {
  // Required as for an assignment without extra requirements; `kvkNumber`, `cv`,
  // `acceptConditions` and `managerConsent` become required by the assignment's `requirements`.
  const schema = fieldTableSchema(applicationFields, { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false });
  return { ...schema, description: "An application. Which optional parts are required follows the assignment's `requirements`." };
}
