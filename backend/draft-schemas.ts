/**
 * The JSON bodies of `POST/PATCH /assignments` and `POST/PATCH /profiles` as JSON Schema, for
 * OpenAPI. The rules themselves are checkers (src/api/rules/posting.ts, profile.ts) that report
 * every problem in the user's words; these schemas are written from the same limits
 * (`postingLimits`, `profileLimits`) and code lists, so a limit changes in one place.
 * A checker is a little more lenient than its schema (a number sent as "12", a code sent as a
 * plain string): what the schema allows, the checker accepts.
 */
import { EMAIL_MAX_LENGTH, PHONE_MAX_LENGTH } from '../src/api/rules/contact.js';
import { DATE_RANGE } from '../src/api/rules/dates.js';
import { URL_MAX_LENGTH } from '../src/api/rules/json.js';
import { postingLimits } from '../src/api/rules/posting.js';
import { profileLimits } from '../src/api/rules/profile.js';
import { registrationFields } from '../src/api/rules/session.js';
import { sessionLimits } from '../src/api/rules/session-draft.js';
import { fieldTableSchema, textLanguage } from './fields-schema.js';
import { contractTypes, profileKinds, visibilities, workModes } from '../src/api/schemas.js';

type JsonSchema = Record<string, unknown>;

/** Or null; as a type list where it can be, so the format stays on the property itself (NLGov date rules). */
function nullable(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.type)) return schema;
  if (typeof schema.type !== 'string') return { anyOf: [schema, { type: 'null' }] };
  return { ...schema, type: [schema.type, 'null'], ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}) };
}
/** Text is trimmed; blank counts as missing. */
const text = (rule: { min?: number; max: number }, extra: JsonSchema = {}): JsonSchema => ({
  type: 'string',
  minLength: rule.min ?? 0,
  maxLength: rule.max,
  ...(rule.min ? { pattern: '\\S' } : {}),
  ...extra,
});
const date: JsonSchema = { type: 'string', format: 'date', description: `A calendar date from ${DATE_RANGE.min} to ${DATE_RANGE.max}` };
const yearMonth: JsonSchema = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'Year and month (`2024-03`)' };
const url: JsonSchema = { type: 'string', format: 'uri', maxLength: URL_MAX_LENGTH, pattern: '^https?://', description: 'An absolute http(s) URL' };
const email: JsonSchema = { type: 'string', format: 'idn-email', maxLength: EMAIL_MAX_LENGTH };
const phone: JsonSchema = { type: 'string', maxLength: PHONE_MAX_LENGTH, pattern: '^\\+?[0-9\\s().-]+$', description: '8 to 15 digits' };
/** An open code list's value (`field`, `region`): it must be in the list (GET /vocabularies); a `label` sent along is ignored. */
const code: JsonSchema = {
  type: 'object',
  properties: { value: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' }, label: { type: 'string' } },
  required: ['value'],
};
const number = (rule: { min: number; max: number }, integer = false): JsonSchema => ({ type: integer ? 'integer' : 'number', minimum: rule.min, maximum: rule.max });
const language: JsonSchema = { ...textLanguage, description: `${textLanguage.description} when creating; absent from a change, unchanged` };

function assignmentProperties(): Record<string, JsonSchema> {
  const l = postingLimits;
  return {
    title: text(l.title),
    summary: nullable(text(l.summary)),
    description: text(l.description, { description: 'HTML; sanitised to the allowlist of contract §1 before it is stored' }),
    field: code,
    skills: {
      type: 'array',
      maxItems: l.skills.max,
      items: { type: 'object', properties: { name: text(l.skill), required: { type: 'boolean' } }, required: ['name'] },
    },
    location: {
      type: 'object',
      properties: { place: text(l.place), region: code, mode: { type: 'string', enum: [...workModes] } },
      required: ['place', 'region', 'mode'],
    },
    hoursPerWeek: {
      type: 'object',
      properties: { min: number(l.hours), max: number(l.hours) },
      required: ['min', 'max'],
      description: '`max` at least `min`',
    },
    startDate: nullable(date),
    endDate: nullable({ ...date, description: 'On or after `startDate`' }),
    closingDate: { ...date, description: 'Not in the past when creating' },
    types: { type: 'array', minItems: l.types.min, maxItems: l.types.max, items: { type: 'string', enum: [...contractTypes] } },
    rate: nullable({
      type: 'object',
      properties: {
        min: nullable(number(l.rate)),
        max: nullable(number(l.rate)),
        currency: { type: 'string', enum: ['EUR'] },
        unit: { type: 'string', enum: ['hour'] },
        publicRate: { type: 'boolean' },
      },
    }),
    visibility: { type: 'string', enum: [...visibilities], default: 'public' },
    contact: nullable({
      type: 'object',
      properties: { name: text(l.contactName), email: nullable(email), phone: nullable(phone) },
      required: ['name'],
    }),
    url: nullable(url),
    applyUrl: nullable(url),
    requirements: {
      type: 'object',
      properties: { kvkNumber: { type: 'boolean' }, cv: { type: 'boolean' }, conditionsUrl: nullable(url), managerConsent: { type: 'boolean' } },
    },
    status: { type: 'string', enum: ['open', 'closed'], default: 'open', description: '`closed` closes the assignment' },
    language,
  };
}

function profileProperties(): Record<string, JsonSchema> {
  const l = profileLimits;
  return {
    name: text(l.name),
    headline: text(l.headline),
    photoUrl: nullable(url),
    kind: { type: 'string', enum: [...profileKinds] },
    fields: { type: 'array', maxItems: l.fields.max, items: code },
    coreQualities: { type: 'array', maxItems: l.coreQualities.max, items: text(l.coreQuality) },
    skills: { type: 'array', maxItems: l.skills.max, items: text(l.skill) },
    experience: {
      type: 'array',
      maxItems: l.experience.max,
      items: {
        type: 'object',
        properties: { title: text(l.experienceText), organisation: text(l.experienceText), from: yearMonth, to: nullable(yearMonth) },
        required: ['title', 'organisation', 'from'],
      },
    },
    availability: nullable({
      type: 'object',
      properties: { hoursPerWeek: number(l.hours, true), from: date },
      required: ['hoursPerWeek', 'from'],
    }),
    region: code,
    rate: nullable({
      type: 'object',
      properties: { amount: number(l.rate), currency: { type: 'string', enum: ['EUR'] }, unit: { type: 'string', enum: ['hour'] }, publicRate: { type: 'boolean' } },
      required: ['amount'],
    }),
    bio: nullable(text(l.bio)),
    links: {
      type: 'object',
      properties: { cv: nullable(url), portfolio: nullable(url), linkedin: nullable(url) },
      description: 'http(s) only; a `mailto:` or any other scheme is refused',
    },
    contact: nullable({ type: 'object', properties: { email: nullable(email), phone: nullable(phone) } }),
    visibility: { type: 'string', enum: [...visibilities], default: 'public' },
    language,
  };
}

function sessionProperties(): Record<string, JsonSchema> {
  const l = sessionLimits;
  const instant: JsonSchema = { type: 'string', format: 'date-time', description: 'An instant with its offset (`2027-01-21T08:30:00+01:00`)' };
  return {
    title: text(l.title),
    question: text(l.question, { description: 'HTML; sanitised to the allowlist of contract §1 before it is stored' }),
    startsAt: { ...instant, description: 'Not in the past when creating, nor moved into the past by a change' },
    endsAt: { ...instant, description: 'After startsAt' },
    place: nullable(text(l.place)),
    onlineUrl: nullable(url),
    capacity: number(l.capacity, true),
    signUpDeadline: { ...date, description: 'The last day to sign up: on or before the day it starts' },
    fields: { type: 'array', maxItems: l.fields.max, items: code },
    region: nullable(code),
    assignmentId: nullable({ type: 'string', maxLength: 200 }),
    url: nullable(url),
    status: { type: 'string', enum: ['open', 'cancelled'], default: 'open', description: '`cancelled` calls it off' },
    language,
  };
}

/** A merge patch (RFC 7396) of a draft: any of its members, `null` removes an optional one. */
function patchOf(properties: Record<string, JsonSchema>, description: string): JsonSchema {
  return { type: 'object', description, properties: Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, nullable(schema)])) };
}

export function draftSchemas(): Record<string, JsonSchema> {
  const assignment = assignmentProperties();
  const profile = profileProperties();
  const session = sessionProperties();
  return {
    AssignmentDraft: {
      type: 'object',
      description: "The fields of an Assignment a poster writes; codes by value. The organisation is the caller's.",
      properties: assignment,
      required: ['title', 'field', 'location', 'hoursPerWeek', 'closingDate', 'types'],
    },
    AssignmentPatch: patchOf(assignment, 'A JSON Merge Patch of AssignmentDraft: the merged result must be a valid draft.'),
    ProfileDraft: {
      type: 'object',
      description: 'The fields of a Profile its owner writes; codes by value.',
      properties: profile,
      required: ['name', 'headline', 'kind', 'region'],
    },
    ProfilePatch: patchOf(profile, 'A JSON Merge Patch of ProfileDraft: the merged result must be a valid draft.'),
    SessionDraft: {
      type: 'object',
      description: "The fields of a Session a poster writes (a place, an online URL or both); codes by value. The organisation is the caller's.",
      properties: session,
      required: ['title', 'startsAt', 'endsAt', 'capacity', 'signUpDeadline'],
    },
    SessionPatch: patchOf(session, 'A JSON Merge Patch of SessionDraft: the merged result must be a valid draft.'),
    RegistrationForm: registrationForm(),
  };
}

/** Signing up for a session (JSON): the application's name and e-mail rules, and consent. */
function registrationForm(): JsonSchema {
  const schema = fieldTableSchema(registrationFields, undefined) as JsonSchema & { properties: Record<string, JsonSchema> };
  schema.properties.consent = { enum: [true, 'true'], description: 'Agrees to the privacy statement' };
  return { ...schema, description: 'Signing up for a session' };
}
