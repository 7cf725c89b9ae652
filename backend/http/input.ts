/**
 * What requests may contain, as zod schemas (full zod: it runs only in backends, never in the
 * widgets' bundle). The closed code lists come from src/api/schemas.ts and dates and text
 * rules from src/api/rules, so the widgets, the mock and the server accept the same values.
 *
 * Every zod issue becomes an NLGov `invalidParams` entry: the parameter's name, a short code
 * (`required`, `enum`, `range`, `tooLong`, `format`, `control`, `type`) and a Dutch reason that
 * says how to fix it. All problems are reported at once.
 */
import { z } from 'zod';
import { HOURS_QUERY, hoursInOrder } from '../../src/api/rules/assignment.js';
import { isCalendarDate } from '../../src/api/rules/dates.js';
import { PAGE_MAX, QUERY_CODE_MAX, QUERY_VALUES_MAX, SEARCH_TEXT_MAX } from '../../src/api/query.js';
import { hasControlCharacters } from '../../src/api/rules/text.js';
import { contractTypes, type InvalidParam, profileKinds, workModes } from '../../src/api/schemas.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; invalidParams: InvalidParam[] };

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, invalidParams: result.error.issues.map(toInvalidParam) };
}

export function toInvalidParam(issue: z.core.$ZodIssue): InvalidParam {
  // `mode.0` (one value of a repeated parameter) is reported as `mode`; `skills.0.name` keeps its place.
  const path = issue.path.map(String);
  while (path.length > 1 && /^\d+$/.test(path[path.length - 1] as string)) path.pop();
  return { name: path.join('.'), code: codeOf(issue), reason: issue.message };
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
      return issue.origin === 'string' ? 'tooShort' : 'range';
    case 'too_big':
      return issue.origin === 'string' ? 'tooLong' : issue.origin === 'array' ? 'tooMany' : 'range';
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
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodPipe) {
    current = (current instanceof z.ZodPipe ? current.in : current.unwrap()) as z.ZodType;
  }
  return current;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

/** Text without control characters (NUL makes PostgreSQL fail; none of them is ever typed). */
export function plainText(max: number, what = 'Deze waarde') {
  return z
    .string()
    .max(max, { error: `${what} is hooguit ${max} tekens.` })
    .refine((value) => !hasControlCharacters(value), { error: `${what} bevat stuurtekens (zoals NUL); laat die weg.`, params: { code: 'control' } });
}

export function integer(min: number, max: number) {
  const range = Number.isFinite(max) ? `van ${min} tot en met ${max}` : `vanaf ${min}`;
  const message = `Moet een geheel getal ${range} zijn.`;
  return z
    .string()
    .regex(/^-?\d{1,9}$/, { error: message })
    .transform(Number)
    .pipe(z.int().min(min, { error: message }).max(max, { error: message }));
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => `Onbekende waarde "${String(issue.input).slice(0, 100)}"; kies uit ${values.join(', ')}.` });
}

export const dateParam = z.string().refine(isCalendarDate, { error: 'Moet een bestaande datum zijn als JJJJ-MM-DD (1900–2199).', params: { code: 'format' } });
const code = plainText(QUERY_CODE_MAX, 'Een code');
/** A repeatable parameter: at most 50 values, so a query cannot grow without bound. */
const codes = <T extends z.ZodType>(item: T) => z.array(item).max(QUERY_VALUES_MAX, { error: `Hooguit ${QUERY_VALUES_MAX} waarden.` });
const q = plainText(SEARCH_TEXT_MAX, 'De zoektekst');
/** A search text as every list takes it: at most {@link SEARCH_TEXT_MAX} characters, no control characters. */
export const searchTextParam = q;
const page = integer(1, PAGE_MAX).default(1);
const pageSize = integer(1, 100).default(10);

/** An id in a path or a parameter: at most 200 characters, no control characters. */
export const idSchema = plainText(200, 'Een id').min(1, { error: 'Geef een id op.' });

// ---------------------------------------------------------------------------------------------
// Query parameters of the list endpoints

export const assignmentSorts = ['closingDate', '-publishedAt', 'title', 'relevance', 'fit'] as const;

export const assignmentQuerySchema = z
  .object({
    q: q.optional(),
    field: codes(code),
    region: codes(code),
    organisation: codes(code),
    type: codes(choice(contractTypes)),
    mode: codes(choice(workModes)),
    visibility: choice(['public', 'internal', 'all']).default('public'),
    hoursMin: integer(HOURS_QUERY.min, HOURS_QUERY.max).optional(),
    hoursMax: integer(HOURS_QUERY.min, HOURS_QUERY.max).optional(),
    status: choice(['open', 'closed', 'all']).default('open'),
    sort: choice(assignmentSorts).default('closingDate'),
    /** The profile to rank by (`sort=fit`). */
    profile: idSchema.optional(),
    fields: choice(['full', 'summary'])
      .default('full')
      .describe(
        '`summary`: list items carry an empty `description` (a page is a third to half smaller); read the full text with GET /assignments/{id}. Additive option of contract 1.2; default `full`.',
      ),
    page,
    pageSize,
  })
  .superRefine(
    (query, ctx) => {
      const { hoursMin, hoursMax, sort, profile } = query as { hoursMin?: unknown; hoursMax?: unknown; sort?: unknown; profile?: unknown };
      if (typeof hoursMin === 'number' && typeof hoursMax === 'number' && !hoursInOrder(hoursMin, hoursMax)) {
        ctx.addIssue({ code: 'custom', path: ['hoursMax'], message: 'Moet groter dan of gelijk aan hoursMin zijn.', params: { code: 'range' } });
      }
      if (sort === 'fit' && profile === undefined) {
        ctx.addIssue({ code: 'custom', path: ['profile'], message: 'sort=fit rangschikt op een profiel: geef profile=<id> mee.', params: { code: 'required' } });
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
  availableFrom: dateParam.optional(),
  hoursMin: integer(HOURS_QUERY.min, HOURS_QUERY.max).optional(),
  sort: choice(['name', '-updatedAt']).default('name'),
  page,
  pageSize,
});

export const matchQuerySchema = z.object({
  profile: idSchema.optional().refine((v) => v !== undefined, { error: 'Geef het id van een profiel op (?profile=…).', params: { code: 'required' } }),
});
