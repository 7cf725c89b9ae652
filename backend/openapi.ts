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
  Me: schemas.Me,
  Application: schemas.Application,
  ApplicationPage: schemas.ApplicationPage,
  InboxPage: schemas.InboxPage,
  Session: schemas.Session,
  SessionPage: schemas.SessionPage,
  RegistrationReceipt: schemas.RegistrationReceipt,
  RegistrationPage: schemas.RegistrationPage,
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
      '/assignments/feed': {
        get: {
          summary: 'The newest public, open assignments matching the query, as Atom 1.0',
          parameters: parameters(assignmentQuerySchema).filter((p) => !['page', 'pageSize', 'sort', 'visibility', 'status', 'profile'].includes(String(p.name))),
          responses: { 200: { description: 'An Atom feed (RFC 4287), at most 50 entries', content: { 'application/atom+xml': { schema: { type: 'string' } } } }, 400: errors[400] },
        },
      },
      '/assignments': {
        post: {
          summary: "Post an assignment for the caller's organisation (posters)",
          security: [{ bearer: [] }],
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 200 } }],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'The fields of Assignment a poster writes; codes by value' } } } },
          responses: {
            201: { description: 'The assignment, with ETag and Location', ...json(ref('Assignment')) },
            ...errors,
            409: problemAnswer('Conflict'),
            413: problemAnswer('Too large'),
            415: problemAnswer('Not JSON'),
            422: problemAnswer('The Idempotency-Key was used for another body'),
          },
        },
        get: {
          summary: 'Search assignments',
          security: bearer,
          parameters: parameters(assignmentQuerySchema),
          responses: { 200: { description: 'A page of assignments with facets', ...json(ref('AssignmentPage')) }, ...errors },
        },
      },
      '/assignments/{id}': {
        patch: {
          summary: 'Change an assignment (JSON Merge Patch; posters of its organisation)',
          security: [{ bearer: [] }],
          parameters: [idParameter('assignment'), { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'application/merge-patch+json': { schema: { type: 'object' } } } },
          responses: {
            200: { description: 'The changed assignment, with its new ETag', ...json(ref('Assignment')) },
            ...errors,
            404: problemAnswer('Unknown assignment'),
            412: problemAnswer('Changed meanwhile: `current` holds the newer version'),
            413: problemAnswer('Too large'),
            415: problemAnswer('Not JSON'),
            428: problemAnswer('If-Match is missing'),
          },
        },
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
        get: {
          summary: 'The applications to an assignment (posters of its organisation); CSV with Accept: text/csv',
          security: [{ bearer: [] }],
          parameters: [
            idParameter('assignment'),
            { name: 'status', in: 'query', schema: { type: 'array', items: { type: 'string', enum: [...schemas.applicationStatuses] } }, style: 'form', explode: true },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000, default: 1 } },
            { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
          ],
          responses: {
            200: {
              description: 'A page of applications, or all of them as CSV (UTF-8 with BOM, `;`-separated)',
              content: { 'application/json': { schema: ref('ApplicationPage') }, 'text/csv': { schema: { type: 'string' } } },
            },
            ...errors,
            404: problemAnswer('Unknown assignment'),
          },
        },
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
        post: {
          summary: "Create the caller's own profile (one per person)",
          security: [{ bearer: [] }],
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 200 } }],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'The fields of Profile except id, updatedAt and organisation' } } } },
          responses: {
            201: { description: 'The profile, with ETag and Location', ...json(ref('Profile')) },
            ...errors,
            409: problemAnswer('The caller already has a profile'),
            413: problemAnswer('Too large'),
            415: problemAnswer('Not JSON'),
            422: problemAnswer('The Idempotency-Key was used for another body'),
          },
        },
        get: {
          summary: 'Search profiles',
          security: bearer,
          parameters: parameters(profileQuerySchema),
          responses: { 200: { description: 'A page of profiles with facets', ...json(ref('ProfilePage')) }, ...errors },
        },
      },
      '/profiles/{id}': {
        patch: {
          summary: 'Change a profile (JSON Merge Patch; its owner)',
          security: [{ bearer: [] }],
          parameters: [idParameter('profile'), { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'application/merge-patch+json': { schema: { type: 'object' } } } },
          responses: {
            200: { description: 'The changed profile, with its new ETag', ...json(ref('Profile')) },
            ...errors,
            404: problemAnswer('Unknown profile'),
            412: problemAnswer('Changed meanwhile: `current` holds the newer version'),
            413: problemAnswer('Too large'),
            415: problemAnswer('Not JSON'),
            428: problemAnswer('If-Match is missing'),
          },
        },
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
      '/me': {
        get: {
          summary: 'Who the caller is to this backend and what they may do',
          security: [{ bearer: [] }],
          responses: { 200: { description: 'The caller', ...json(ref('Me')) }, 401: errors[401] },
        },
      },
      '/me/assignments': {
        get: {
          summary: "The organisation's assignments with their number of (new) applications (extension)",
          security: [{ bearer: [] }],
          parameters: [
            { name: 'status', in: 'query', schema: { type: 'string', enum: ['open', 'closed', 'all'], default: 'all' } },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000, default: 1 } },
            { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
          ],
          responses: { 200: { description: 'A page of the organisation\'s assignments', ...json(ref('InboxPage')) }, ...errors },
        },
      },
      '/applications/{id}': {
        get: {
          summary: 'One application (posters of its organisation)',
          security: [{ bearer: [] }],
          parameters: [idParameter('application')],
          responses: {
            200: { description: 'The application; its ETag goes in If-Match to change it', headers: { ETag: { schema: { type: 'string' } } }, ...json(ref('Application')) },
            401: errors[401],
            403: errors[403],
            404: problemAnswer('Unknown application'),
          },
        },
        patch: {
          summary: 'Set the status of an application',
          security: [{ bearer: [] }],
          parameters: [idParameter('application'), { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
          requestBody: {
            required: true,
            content: {
              'application/merge-patch+json': {
                schema: { type: 'object', properties: { status: { type: 'string', enum: [...schemas.applicationStatuses] } }, required: ['status'], additionalProperties: false },
              },
            },
          },
          responses: {
            200: { description: 'The changed application, with its new ETag', ...json(ref('Application')) },
            ...errors,
            404: problemAnswer('Unknown application'),
            412: problemAnswer('Changed meanwhile: `current` holds the newer version'),
            428: problemAnswer('If-Match is missing'),
          },
        },
      },
      '/applications/{id}/cv': {
        get: {
          summary: "An application's CV, with the applicant's own file name",
          security: [{ bearer: [] }],
          parameters: [idParameter('application')],
          responses: {
            200: {
              description: 'The file (Content-Disposition: attachment; RFC 6266 for names beyond ASCII)',
              content: { 'application/pdf': {}, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {}, 'application/vnd.oasis.opendocument.text': {} },
            },
            401: errors[401],
            403: errors[403],
            404: problemAnswer('Unknown application, or no CV'),
          },
        },
      },
      '/sessions': {
        get: {
          summary: 'Upcoming swarm sessions with search and facets',
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string', maxLength: 200 } },
            ...['field', 'region', 'organisation'].map((name) => ({ name, in: 'query', schema: { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 50 }, style: 'form', explode: true })),
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000, default: 1 } },
            { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 10 } },
          ],
          responses: { 200: { description: 'A page of sessions', ...json(ref('SessionPage')) }, 400: errors[400] },
        },
        post: {
          summary: "Create a swarm session for the caller's organisation (posters)",
          security: [{ bearer: [] }],
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 200 } }],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { 201: { description: 'The session', ...json(ref('Session')) }, ...errors, 415: problemAnswer('Not JSON'), 422: problemAnswer('The Idempotency-Key was used for another body') },
        },
      },
      '/sessions/{file}': {
        get: {
          summary: 'A session as an iCalendar event (`{id}.ics`, RFC 5545, Europe/Amsterdam)',
          parameters: [{ name: 'file', in: 'path', required: true, schema: { type: 'string', pattern: '\\.ics$' } }],
          responses: { 200: { description: 'The event', content: { 'text/calendar': { schema: { type: 'string' } } } }, 404: problemAnswer('Unknown session') },
        },
      },
      '/sessions/{id}': {
        get: {
          summary: 'One session',
          parameters: [idParameter('session')],
          responses: { 200: { description: 'The session', ...json(ref('Session')) }, 404: problemAnswer('Unknown session') },
        },
        patch: {
          summary: 'Change or cancel a session (posters of its organisation)',
          security: [{ bearer: [] }],
          parameters: [idParameter('session'), { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'application/merge-patch+json': { schema: { type: 'object' } } } },
          responses: { 200: { description: 'The session', ...json(ref('Session')) }, ...errors, 404: problemAnswer('Unknown session'), 412: problemAnswer('Changed meanwhile'), 428: problemAnswer('If-Match is missing') },
        },
      },
      '/sessions/{id}/registrations': {
        post: {
          summary: 'Sign up: a seat, or the waitlist when the session is full',
          parameters: [idParameter('session'), { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 200 } }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['name', 'email', 'consent'],
                  properties: { name: { type: 'string', minLength: 2, maxLength: 120 }, email: { type: 'string', format: 'idn-email' }, profileId: { type: 'string', maxLength: 100 }, consent: { const: true } },
                },
              },
            },
          },
          responses: { 201: { description: 'Registered or waitlisted', ...json(ref('RegistrationReceipt')) }, 400: errors[400], 404: problemAnswer('Unknown session'), 409: problemAnswer('Closed or cancelled'), 422: problemAnswer('Key reused') },
        },
        get: {
          summary: "A session's registrations (posters of its organisation); CSV with Accept: text/csv",
          security: [{ bearer: [] }],
          parameters: [idParameter('session')],
          responses: { 200: { description: 'The registrations', content: { 'application/json': { schema: ref('RegistrationPage') }, 'text/csv': { schema: { type: 'string' } } } }, ...errors, 404: problemAnswer('Unknown session') },
        },
      },
      '/registrations/{id}/cancel': {
        post: {
          summary: 'Cancel a registration with the secret of the confirmation mail; the first on the waitlist moves up',
          parameters: [idParameter('registration')],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['token'], properties: { token: { type: 'string', maxLength: 200 } } } } } },
          responses: { 200: { description: 'Cancelled', ...json(ref('RegistrationReceipt')) }, 400: errors[400], 404: problemAnswer('Unknown registration or wrong token') },
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
