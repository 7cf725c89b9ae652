/**
 * `GET /openapi.json`: OpenAPI 3.1 generated from the same zod schemas that the clients parse
 * with (src/api/schemas.ts) and the backend validates with (backend/http/input.ts, src/api/rules); only the
 * paths are written by hand. The schemas describe the wire (`io: 'input'`): what a backend
 * sends, before the client's URL clean-up transforms.
 */
import { z } from 'zod';
import * as schemas from '../src/api/schemas.js';
import { applicationFields } from '../src/api/rules/application.js';
import { fieldTableSchema } from './fields-schema.js';
import { assignmentQuerySchema, matchQuerySchema, profileQuerySchema } from './http/input.js';

type JsonObject = Record<string, unknown>;

const components: Record<string, z.core.$ZodType> = {
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
  Problem: schemas.Problem,
};

function componentSchemas(): JsonObject {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const { schemas: generated } = z.toJSONSchema(registry, {
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonObject> };
  for (const schema of Object.values(generated)) {
    delete schema.$schema;
    delete schema.$id; // the component's key names it already
  }
  return generated;
}

/** Query parameters straight from the validation schemas. */
function parameters(schema: z.ZodObject): JsonObject[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonObject;
    delete json.$schema;
    const required = name === 'profile' && schema === matchQuerySchema;
    return { name, in: 'query', required, schema: json, ...(json.type === 'array' ? { style: 'form', explode: true } : {}) };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonObject) => ({ content: { 'application/json': { schema } } });
const problemAnswer = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const idParameter = (what: string) => ({ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: `Id of the ${what}` });
const bearer = [{}, { bearer: [] }];

const errors = {
  400: problemAnswer('Invalid input: `invalidParams` lists every problem'),
  401: problemAnswer('No or invalid credentials (internal data)'),
  403: problemAnswer('Signed in, but not allowed to see this'),
};

function applicationForm(): JsonObject {
  // Required as for an assignment without extra requirements; the others are listed as optional.
  return fieldTableSchema(applicationFields, { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false });
}

export function openApiDocument(basePath: string): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Flexschil API',
      version: '1.0.0',
      description: 'Assignments, professionals, applications and matching (CONTRACT.md §1).',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: basePath }],
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    paths: {
      '/assignments': {
        get: {
          summary: 'Search assignments',
          security: bearer,
          parameters: parameters(assignmentQuerySchema),
          responses: { 200: { description: 'A page of assignments with facets', ...json(ref('AssignmentPage')) }, ...errors },
        },
      },
      '/assignments/{id}': {
        get: {
          summary: 'One assignment',
          security: bearer,
          parameters: [idParameter('assignment')],
          responses: {
            200: { description: 'The assignment', ...json(ref('Assignment')) },
            401: errors[401],
            403: errors[403],
            404: problemAnswer('Unknown assignment'),
          },
        },
      },
      '/assignments/{id}/match': {
        get: {
          summary: 'How well a profile fits an assignment',
          security: bearer,
          parameters: [idParameter('assignment'), ...parameters(matchQuerySchema)],
          responses: {
            200: { description: 'The match', ...json(ref('Match')) },
            ...errors,
            404: problemAnswer('Unknown assignment or profile'),
          },
        },
      },
      '/assignments/{id}/applications': {
        post: {
          summary: 'Apply for an assignment',
          security: bearer,
          parameters: [
            idParameter('assignment'),
            { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 200 } },
          ],
          requestBody: { required: true, content: { 'multipart/form-data': { schema: applicationForm() } } },
          responses: {
            201: { description: 'Received (a replay of the same key gives the same answer)', ...json(ref('ApplicationReceipt')) },
            ...errors,
            404: problemAnswer('Unknown assignment'),
            409: problemAnswer('The assignment is closed'),
            413: problemAnswer('The CV is larger than 5 MB'),
            415: problemAnswer('Not a form'),
            422: problemAnswer('The Idempotency-Key was used for another application'),
            429: {
              ...problemAnswer('Too many requests'),
              headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } },
            },
          },
        },
      },
      '/profiles': {
        get: {
          summary: 'Search profiles',
          security: bearer,
          parameters: parameters(profileQuerySchema),
          responses: { 200: { description: 'A page of profiles with facets', ...json(ref('ProfilePage')) }, ...errors },
        },
      },
      '/profiles/{id}': {
        get: {
          summary: 'One profile',
          security: bearer,
          parameters: [idParameter('profile')],
          responses: {
            200: { description: 'The profile', ...json(ref('Profile')) },
            401: errors[401],
            403: errors[403],
            404: problemAnswer('Unknown profile'),
          },
        },
      },
      '/vocabularies': {
        get: {
          summary: 'Every code list with labels in the language of Accept-Language',
          responses: { 200: { description: 'The code lists', ...json(ref('Vocabularies')) } },
        },
      },
    },
  };
}
