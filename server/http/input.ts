/**
 * What requests may contain, as zod schemas (full zod: it stays on the server). The closed code
 * lists come from src/api/schemas.ts, so client and server accept the same values.
 *
 * Every zod issue becomes an NLGov `invalidParams` entry: the parameter's name, a short code
 * (`required`, `enum`, `range`, `length`, `format`, `type`) and a Dutch reason that says how
 * to fix it. All problems are reported at once.
 */
import { z } from 'zod';
import { contractTypes, type InvalidParam, profileKinds, workModes } from '../../src/api/schemas.js';
import { isValidDate } from '../text.js';

// ---------------------------------------------------------------------------------------------
// Turning a request into input and issues into invalidParams

export type Parsed<T> = { ok: true; value: T } | { ok: false; invalidParams: InvalidParam[] };

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, invalidParams: result.error.issues.map(toInvalidParam) };
}

export function toInvalidParam(issue: z.core.$ZodIssue): InvalidParam {
  return { name: String(issue.path[0] ?? ''), code: codeOf(issue), reason: issue.message };
}

function codeOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom':
      return String(issue.params?.code ?? 'invalid');
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'type';
    case 'invalid_value':
      return 'enum';
    case 'too_small':
    case 'too_big':
      return issue.origin === 'string' ? 'length' : 'range';
    case 'invalid_format':
      return 'format';
    default:
      return issue.code;
  }
}

/**
 * Query parameters as an object: the schema's array fields get every value (`type=a&type=b`),
 * others the first; values are trimmed and empty ones left out.
 */
export function queryObject(params: URLSearchParams, schema: z.ZodObject): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    if (unwrap(field as z.ZodType) instanceof z.ZodArray) {
      object[name] = [...new Set(params.getAll(name).map((v) => v.trim()).filter(Boolean))];
    } else {
      const value = params.get(name)?.trim();
      if (value) object[name] = value;
    }
  }
  return object;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

// ---------------------------------------------------------------------------------------------
// Query parameters of the list endpoints

function integer(min: number, max: number) {
  const range = Number.isFinite(max) ? `van ${min} tot en met ${max}` : `vanaf ${min}`;
  const message = `Moet een geheel getal ${range} zijn.`;
  return z
    .string()
    .regex(/^-?\d{1,9}$/, { error: message })
    .transform(Number)
    .pipe(z.int().min(min, { error: message }).max(max, { error: message }));
}

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => `Onbekende waarde "${String(issue.input)}"; kies uit ${values.join(', ')}.` });
}

const date = z.string().refine(isValidDate, { error: 'Moet een datum zijn als JJJJ-MM-DD.', params: { code: 'format' } });
const code = z.string().max(100, { error: 'Een code is hooguit 100 tekens.' });
/** A repeatable parameter: at most 50 values, so a query cannot grow without bound. */
const codes = <T extends z.ZodType>(item: T) => z.array(item).max(50, { error: 'Hooguit 50 waarden.' });
const q = z.string().max(200, { error: 'De zoektekst is hooguit 200 tekens.' });
const page = integer(1, 100_000).default(1);
const pageSize = integer(1, 100).default(10);

export const assignmentQuerySchema = z
  .object({
    q: q.optional(),
    field: codes(code),
    region: codes(code),
    organisation: codes(code),
    type: codes(choice(contractTypes)),
    mode: codes(choice(workModes)),
    visibility: choice(['public', 'internal', 'all']).default('public'),
    hoursMin: integer(0, 168).optional(),
    hoursMax: integer(0, 168).optional(),
    status: choice(['open', 'closed', 'all']).default('open'),
    sort: choice(['closingDate', '-publishedAt', 'title']).default('closingDate'),
    page,
    pageSize,
  })
  .superRefine(
    (query, ctx) => {
      const { hoursMin, hoursMax } = query as { hoursMin?: unknown; hoursMax?: unknown };
      if (typeof hoursMin === 'number' && typeof hoursMax === 'number' && hoursMin > hoursMax) {
        ctx.addIssue({
          code: 'custom',
          path: ['hoursMax'],
          message: 'Moet groter dan of gelijk aan hoursMin zijn.',
          params: { code: 'range' },
        });
      }
    },
    // Also when other parameters are invalid: the answer lists every problem at once.
    { when: () => true },
  );

export const profileQuerySchema = z.object({
  q: q.optional(),
  field: codes(code),
  region: codes(code),
  kind: codes(choice(profileKinds)),
  availableFrom: date.optional(),
  hoursMin: integer(0, 168).optional(),
  sort: choice(['name', '-updatedAt']).default('name'),
  page,
  pageSize,
});

export const matchQuerySchema = z.object({
  profile: z.string({ error: 'Geef het id van een profiel op (?profile=…).' }).max(100),
});

// ---------------------------------------------------------------------------------------------
// The application form (multipart text parts; the CV file is checked separately)

export interface Requirements {
  kvkNumber: boolean;
  cv: boolean;
  conditionsUrl: string | null;
  managerConsent: boolean;
}

/** `true` sent as the text "true" (a checked checkbox with value="true"). */
function accepted(message: string) {
  return z.string({ error: message }).refine((value) => value === 'true', { error: message, params: { code: 'required' } });
}

/** The form's schema follows the assignment's requirements (KvK number, conditions, …). */
export function applicationSchema(requirements: Requirements) {
  const kvkNumber = z
    .string({ error: 'Vul je KvK-nummer in (8 cijfers): voor inhuur is inschrijving bij de KvK nodig.' })
    .regex(/^\d{8}$/, { error: 'Een KvK-nummer bestaat uit precies 8 cijfers.' });
  const optional = z.string().optional();
  return z.object({
    name: z
      .string({ error: 'Vul je naam in.' })
      .min(2, { error: 'Je naam moet 2 tot 120 tekens lang zijn.' })
      .max(120, { error: 'Je naam moet 2 tot 120 tekens lang zijn.' }),
    email: z
      .string({ error: 'Vul je e-mailadres in.' })
      .max(254, { error: 'Een e-mailadres is hooguit 254 tekens.' })
      .pipe(z.email({ error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.' })),
    phone: z
      .string()
      .regex(/^[0-9+()\-.\s]{6,30}$/, { error: 'Vul een telefoonnummer in met alleen cijfers, spaties, +, - of haakjes.' })
      .optional(),
    kvkNumber: requirements.kvkNumber ? kvkNumber : kvkNumber.optional(),
    motivation: z
      .string({ error: 'Schrijf een motivatie van minimaal 50 tekens.' })
      .min(50, { error: (issue) => `Je motivatie moet 50 tot 5000 tekens lang zijn; nu zijn het er ${String(issue.input).length}.` })
      .max(5000, { error: (issue) => `Je motivatie moet 50 tot 5000 tekens lang zijn; nu zijn het er ${String(issue.input).length}.` }),
    availableFrom: date.optional(),
    hoursPerWeek: z
      .string()
      .regex(/^\d{1,3}$/, { error: 'Vul een heel aantal uren per week in, van 1 tot en met 40.' })
      .transform(Number)
      .pipe(z.int().min(1, { error: 'Vul een heel aantal uren per week in, van 1 tot en met 40.' }).max(40, { error: 'Vul een heel aantal uren per week in, van 1 tot en met 40.' }))
      .optional(),
    rate: z
      .string()
      .regex(/^\d{1,6}(\.\d{1,2})?$/, { error: 'Vul een bedrag in euro per uur in, bijvoorbeeld 85 of 85.50.' })
      .transform(Number)
      .optional(),
    profileId: z.string().max(100, { error: 'Een profiel-id is hooguit 100 tekens.' }).optional(),
    consent: accepted('Geef toestemming voor het verwerken van je gegevens volgens de privacyverklaring.'),
    acceptConditions: requirements.conditionsUrl
      ? accepted('Ga akkoord met de inkoopvoorwaarden van de opdrachtgever.')
      : optional,
    managerConsent: requirements.managerConsent
      ? accepted('Bevestig dat je leidinggevende akkoord is met deze opdracht.')
      : optional,
  });
}

export type ApplicationFields = z.output<ReturnType<typeof applicationSchema>>;
