/**
 * A property-based fuzzer of the API driven by its own `/openapi.json` (fast-check): for every
 * documented operation it generates requests from the documented parameters, headers and
 * bodies — mostly valid values, some out of range, of the wrong type or hostile — with every
 * kind of caller, sends them over HTTP, and reports each answer the document does not allow:
 * a server error (5xx), a status the operation does not declare, an error that is not
 * problem+json, a success in a media type it does not list, or an answer without API-Version.
 *
 * Runs are reproducible: the same seed and number of runs give the same requests.
 */
import fc from 'fast-check';

type Json = Record<string, unknown>;

export interface OpenApiDocument {
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Json;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Json }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
}

/** Who asks: headers that carry (or do not carry) credentials. */
export type Caller = { name: string; headers: Record<string, string> };

export interface FuzzContext {
  /** Values worth trying for a path parameter, by path (`/applications/{id}`): ids that exist. */
  ids: (path: string) => string[];
  /**
   * Values worth trying for a parameter or member of this name (`profile`, `field`, the `value`
   * of a code): ones that exist, so requests get past "unknown" to the rules behind it.
   */
  known: Record<string, string[]>;
  callers: Caller[];
}

/** The document and what the run knows exists. */
interface Generator {
  doc: OpenApiDocument;
  known: Record<string, string[]>;
}

export interface FuzzRequest {
  operationId: string;
  /** The documented path (`/assignments/{id}`). */
  path: string;
  method: string;
  /** The path with its parameters filled in and the query, relative to the server URL. */
  target: string;
  headers: Record<string, string>;
  body?: { kind: 'json'; type: string; text: string } | { kind: 'form'; parts: [string, string | { name: string; bytes: number[] }][] } | { kind: 'raw'; type: string; text: string };
  caller: string;
}

export interface Finding {
  request: FuzzRequest;
  status: number;
  problem: string;
}

/** Values no parameter should ever turn into a server error. */
const hostile = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u001f',
  '\u202e',
  '😀',
  '../../etc/passwd',
  "' OR 1=1 --",
  '%00',
  '%',
  '<script>alert(1)</script>',
  '-1',
  '0',
  '1e309',
  '9999999999999999999999',
  'NaN',
  'true',
  'null',
  '[]',
  '{}',
  '0000-01-01',
  '2026-02-30',
  '9999-12-31',
  'x'.repeat(201),
  'y'.repeat(5000),
];

const PDF = [...new TextEncoder().encode('%PDF-1.4\n% fuzz\n')];

function resolve(schema: Json, gen: Generator): Json {
  const doc = gen.doc;
  let current = schema;
  for (let depth = 0; typeof current.$ref === 'string' && depth < 10; depth++) {
    current = doc.components.schemas[(current.$ref as string).split('/').pop() as string] ?? {};
  }
  return current;
}

/** Any JSON value of the wrong shape, or a hostile string. */
const wrong: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostile),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
);

function stringArbitrary(schema: Json): fc.Arbitrary<string> {
  const min = (schema.minLength as number | undefined) ?? 0;
  const max = Math.min((schema.maxLength as number | undefined) ?? 60, 400);
  switch (schema.format) {
    case 'date':
      return fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'email':
    case 'idn-email':
      return fc.emailAddress().filter((e) => e.length <= max);
    case 'uri':
      return fc.webUrl().filter((u) => u.length <= max);
    default:
  }
  if (typeof schema.pattern === 'string') {
    return fc.stringMatching(new RegExp(schema.pattern, 'u')).filter((s) => s.length >= min && s.length <= max);
  }
  return fc.oneof(
    { arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, min + 30) }), weight: 4 },
    { arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }), weight: 1 },
  );
}

/** Values a schema allows (mostly), and now and then one it does not; known ones for a known `name`. */
function arbitraryOf(schema: Json, gen: Generator, depth = 0, name?: string): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, gen);
  let valid = validArbitrary(resolved, gen, depth, name);
  const known = name ? gen.known[name] : undefined;
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (known?.length && types.includes('string')) valid = fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: valid, weight: 1 });
  // Parameters and whole bodies are wrong one time in ten; members deeper in a body less often,
  // so that bodies with many members still get through to the rules behind them now and then.
  return fc.oneof({ arbitrary: valid, weight: depth === 0 ? 9 : 40 }, { arbitrary: wrong, weight: 1 });
}

function validArbitrary(schema: Json, gen: Generator, depth: number, name?: string): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const variants = (schema.anyOf ?? schema.oneOf) as Json[];
    return fc.oneof(...variants.map((variant) => validArbitrary(resolve(variant, gen), gen, depth + 1, name)));
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'null':
          return fc.constant(null);
        case 'boolean':
          return fc.boolean();
        case 'integer':
          return fc.integer({ min: (schema.minimum as number | undefined) ?? -1000, max: (schema.maximum as number | undefined) ?? 1000 });
        case 'number':
          return fc.double({ min: (schema.minimum as number | undefined) ?? -1000, max: (schema.maximum as number | undefined) ?? 1000, noNaN: true, noDefaultInfinity: true });
        case 'string':
          return stringArbitrary(schema);
        case 'array':
          return fc.array(arbitraryOf((schema.items as Json | undefined) ?? {}, gen, depth + 1, name), {
            minLength: (schema.minItems as number | undefined) ?? 0,
            maxLength: Math.min((schema.maxItems as number | undefined) ?? 5, 6),
          });
        case 'object': {
          const properties = (schema.properties as Record<string, Json> | undefined) ?? {};
          const required = (schema.required as string[] | undefined) ?? [];
          const model = Object.fromEntries(Object.entries(properties).map(([member, property]) => [member, arbitraryOf(property, gen, depth + 1, member)]));
          // Now and then a required member is left out.
          return fc.record(model, { requiredKeys: required.filter((name) => name in model) }).chain((value) =>
            required.length ? fc.oneof({ arbitrary: fc.constant(value), weight: 9 }, { arbitrary: fc.constantFrom(...required).map((name) => omit(value, name)), weight: 1 }) : fc.constant(value),
          );
        }
        default:
          return wrong;
      }
    }),
  );
}

function omit(value: Record<string, unknown>, name: string): Record<string, unknown> {
  const { [name]: _left, ...rest } = value;
  return rest;
}

/** A query or header value as text. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What fetch can send as a header value (no line breaks, no characters beyond Latin-1). */
function headerSafe(value: string): string | null {
  const trimmed = value.trim();
  return /^[\t\x20-\x7e\x80-\xff]*$/.test(trimmed) ? trimmed : null;
}

function requestArbitrary(path: string, method: string, operation: Operation, gen: Generator, context: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const parameters = operation.parameters ?? [];
  const pathParameters = parameters.filter((p) => p.in === 'path');
  const known = context.ids(path);
  const pathValues = fc.tuple(
    ...pathParameters.map((p) =>
      fc.oneof(
        { arbitrary: known.length ? fc.constantFrom(...known) : arbitraryOf(p.schema, gen, 0, p.name), weight: 6 },
        { arbitrary: arbitraryOf(p.schema, gen, 0, p.name), weight: 2 },
        { arbitrary: fc.constantFrom(...hostile), weight: 1 },
      ),
    ),
  );
  const queryValues = fc.tuple(
    ...parameters
      .filter((p) => p.in === 'query')
      .map((p) => fc.option(arbitraryOf(p.schema, gen, 0, p.name), { nil: undefined, freq: p.required ? 8 : 2 }).map((value) => [p.name, value] as const)),
  );
  const headerValues = fc.tuple(
    ...parameters
      .filter((p) => p.in === 'header')
      .map((p) => {
        const values =
          p.name === 'If-Match'
            ? fc.oneof(fc.constantFrom('"v1"', '"v2"', 'W/"v1"', '*', '"v999999"'), arbitraryOf(p.schema, gen, 0, p.name))
            : p.name === 'Idempotency-Key'
              ? fc.oneof({ arbitrary: fc.uuid(), weight: 4 }, { arbitrary: fc.constantFrom('fixed-key-1', 'fixed-key-2'), weight: 2 }, { arbitrary: arbitraryOf(p.schema, gen, 0, p.name), weight: 1 })
              : arbitraryOf(p.schema, gen, 0, p.name);
        return fc.option(values, { nil: undefined, freq: p.required ? 10 : 2 }).map((value) => [p.name, value] as const);
      }),
  );
  const media = Object.entries(operation.requestBody?.content ?? {});
  const body: fc.Arbitrary<FuzzRequest['body']> = media.length
    ? fc.oneof(
        { arbitrary: fc.constantFrom(...media).chain(([type, content]) => bodyArbitrary(type, content.schema ?? {}, gen)), weight: 8 },
        { arbitrary: fc.constantFrom<FuzzRequest['body']>({ kind: 'raw', type: 'text/plain', text: 'hallo' }, { kind: 'raw', type: 'application/json', text: '{"broken":' }, undefined), weight: 1 },
      )
    : fc.constant(undefined);
  const extras = fc.record(
    {
      'Accept-Language': fc.constantFrom('nl', 'en', 'en-GB,en;q=0.9', 'de', '*', ';;;q=abc'),
      Accept: fc.constantFrom('application/json', 'text/csv', '*/*', 'text/html'),
      'If-None-Match': fc.constantFrom('*', 'W/"nope"', '"v1"'),
    },
    { requiredKeys: [] },
  );
  return fc
    .record({ pathValues, queryValues, headerValues, body, extras, caller: fc.constantFrom(...context.callers) })
    .map(({ pathValues, queryValues, headerValues, body, extras, caller }) => {
      let i = 0;
      // `.` and `..` (also as %2E) are dot segments a URL resolves away: no id can be addressed so.
      const filled = path.replace(/\{(\w+)\}/g, () => {
        const segment = encodeURIComponent(text(pathValues[i++]));
        return /^(\.|%2e){1,2}$/i.test(segment) ? 'dot' : segment;
      });
      const query = new URLSearchParams();
      for (const [name, value] of queryValues) {
        if (value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) query.append(name, text(item));
      }
      const headers: Record<string, string> = { ...caller.headers };
      for (const [name, value] of [...headerValues, ...Object.entries(extras)]) {
        if (value === undefined) continue;
        const safe = headerSafe(text(value));
        if (safe !== null && safe !== '') headers[name] = safe;
      }
      const search = query.toString();
      return { operationId: operation.operationId, path, method: method.toUpperCase(), target: `${filled}${search ? `?${search}` : ''}`, headers, body, caller: caller.name };
    });
}

function bodyArbitrary(type: string, schema: Json, gen: Generator): fc.Arbitrary<FuzzRequest['body']> {
  if (type === 'multipart/form-data') {
    const resolved = resolve(schema, gen);
    const properties = Object.entries((resolved.properties as Record<string, Json> | undefined) ?? {});
    return fc
      .tuple(
        ...properties.map(([name, property]) =>
          property.format === 'binary'
            ? fc.option(
                fc.constantFrom({ name: 'cv.pdf', bytes: PDF }, { name: 'cv.docx', bytes: PDF }, { name: 'cv.exe', bytes: [0x4d, 0x5a] }, { name: 'leeg.pdf', bytes: [] }),
                { nil: undefined },
              ).map((file) => [name, file] as const)
            : fc.option(arbitraryOf(property, gen, 0, name), { nil: undefined, freq: ((resolved.required as string[] | undefined) ?? []).includes(name) ? 10 : 2 }).map((value) => [name, value] as const),
        ),
      )
      .map((parts) => ({
        kind: 'form' as const,
        parts: parts.filter(([, value]) => value !== undefined).map(([name, value]) => [name, typeof value === 'object' && value !== null && 'bytes' in value ? (value as { name: string; bytes: number[] }) : text(value)] as [string, string | { name: string; bytes: number[] }]),
      }));
  }
  return arbitraryOf(schema, gen).map((value) => ({ kind: 'json' as const, type, text: JSON.stringify(value) ?? 'null' }));
}

/** Requests over every documented operation, the same ones for the same seed. */
export function generateRequests(doc: OpenApiDocument, context: FuzzContext, options: { seed: number; runs: number }): FuzzRequest[] {
  const gen: Generator = { doc, known: context.known };
  const arbitraries = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => requestArbitrary(path, method, operation, gen, context)),
  );
  return fc.sample(fc.oneof(...arbitraries), { seed: options.seed, numRuns: options.runs });
}

/** Sends a request to the server at `base` (its OpenAPI `servers[0]` joined in). */
export async function send(base: string, request: FuzzRequest): Promise<Response> {
  const init: RequestInit = { method: request.method, headers: { ...request.headers }, redirect: 'manual' };
  const body = request.body;
  if (body?.kind === 'json' || body?.kind === 'raw') {
    init.body = body.text;
    (init.headers as Record<string, string>)['Content-Type'] = body.type;
  } else if (body?.kind === 'form') {
    const form = new FormData();
    for (const [name, value] of body.parts) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, new Blob([new Uint8Array(value.bytes)]), value.name);
    }
    init.body = form;
  }
  return fetch(`${base}${request.target}`, init);
}

/** What is wrong with an answer by the document, or null. */
export async function judge(doc: OpenApiDocument, request: FuzzRequest, response: Response): Promise<string | null> {
  const operation = doc.paths[request.path]?.[request.method.toLowerCase()];
  if (!operation) return 'no such operation';
  const status = response.status;
  const text = await response.text();
  if (status >= 500) return `server error: ${text.slice(0, 300)}`;
  if (!response.headers.get('API-Version')) return 'no API-Version header';
  const documented = operation.responses[String(status)];
  if (!documented) return `undocumented status (documented: ${Object.keys(operation.responses).join(', ')})`;
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
  if (status >= 400) {
    if (type !== 'application/problem+json') return `an error as ${type || 'no content type'}, not problem+json`;
    let problem: { status?: unknown; title?: unknown; detail?: unknown };
    try {
      problem = JSON.parse(text);
    } catch {
      return 'a problem that is not JSON';
    }
    if (problem.status !== status || typeof problem.title !== 'string' || typeof problem.detail !== 'string') return `a problem without status/title/detail: ${text.slice(0, 200)}`;
    return null;
  }
  if (documented.content && text !== '' && !(type in documented.content)) return `answered ${type}, documented: ${Object.keys(documented.content).join(', ')}`;
  return null;
}
