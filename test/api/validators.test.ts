/**
 * The generated validators (`src/api/validators/`, what the browser checks responses with) and
 * the zod schemas they are generated from (`src/api/schemas/`, what the server and the mock use)
 * must agree on every input: the same inputs accepted, the same output (members dropped, URLs
 * made safe, absent members absent), and a rejection that points where zod points. Checked on
 * random input built from the schemas' own definitions: valid values, the same values broken
 * in a few places, and anything at all.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as applicationSchemas from '../../src/api/schemas/application.js';
import * as assignmentSchemas from '../../src/api/schemas/assignment.js';
import * as baseSchemas from '../../src/api/schemas/base.js';
import * as matchSchemas from '../../src/api/schemas/match.js';
import * as profileSchemas from '../../src/api/schemas/profile.js';
import * as sessionSchemas from '../../src/api/schemas/session.js';
import * as application from '../../src/api/validators/application.js';
import * as assignment from '../../src/api/validators/assignment.js';
import * as base from '../../src/api/validators/base.js';
import * as match from '../../src/api/validators/match.js';
import * as profile from '../../src/api/validators/profile.js';
import * as session from '../../src/api/validators/session.js';
import * as v from '../../src/api/validators/runtime.js';
import type { Issue, SafeParseResult } from '../../src/api/validators/runtime.js';
import { DATE_RANGE, isCalendarDate, isInstant, isYearMonth } from '../../src/api/rules/dates.js';
import * as z from 'zod/mini';

// biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions are read untyped.
type Def = any;
interface Schema {
  _zod: { def: Def; optin?: string };
  safeParse(input: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[] }[] } };
}
interface Validator {
  safeParse(input: unknown): SafeParseResult<unknown>;
}

const parts: [string, Record<string, unknown>, Record<string, unknown>][] = [
  ['base', baseSchemas, base],
  ['assignment', assignmentSchemas, assignment],
  ['profile', profileSchemas, profile],
  ['match', matchSchemas, match],
  ['application', applicationSchemas, application],
  ['session', sessionSchemas, session],
];
const isSchema = (x: unknown): x is Schema => typeof x === 'object' && x !== null && '_zod' in x;

/** Strings that have broken parsers before: URLs of every scheme, look-alikes, emoji, control characters. */
const awkwardStrings = [
  '',
  ' ',
  'https://example.nl/opdracht/1',
  ' https://example.nl/ ',
  'HTTP://EXAMPLE.NL/Ä',
  'http://[::1]:8080/x?y#z',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//example.nl/x',
  '/relative',
  'mailto:a.backx@example.nl',
  'MAILTO:info@gemeente-%C3%A9%C3%A9n.nl',
  'mailto:a@example.nl?bcc=attacker@example.org',
  'mailto:?body=x',
  'mailto:not-an-address',
  '2026-12-01',
  '2026-12',
  '2026-12-01T10:00:00Z',
  '😀😀😀😀😀',
  `${'x'.repeat(9)}😀`,
  '\u0000\u0007\u202e',
  '__proto__',
  'constructor',
];
const huge = 'x'.repeat(200_000);
const stringish = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 3, arbitrary: fc.constantFrom(...awkwardStrings) },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.emailAddress().map((e) => `mailto:${e}`) },
  { weight: 1, arbitrary: fc.constant(huge) },
);

/** Values of every wrong kind. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1.5, -1, 2 ** 53, true, false, [], {}),
  stringish,
  fc.integer(),
  fc.double(),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withDate: true, withMap: true }),
);

const memo = new Map<Schema, fc.Arbitrary<unknown>>();

/** Real days of the contract's range, as dates, months and instants with an offset (the refinements of `rules/dates.ts`). */
const day = fc.date({ min: new Date(DATE_RANGE.min), max: new Date(`${DATE_RANGE.max}T23:59:59Z`), noInvalidDate: true });
const refined = new Map<unknown, fc.Arbitrary<string>>([
  [isCalendarDate, day.map((d) => d.toISOString().slice(0, 10))],
  [isYearMonth, fc.tuple(day, fc.boolean()).map(([d, month]) => d.toISOString().slice(0, month ? 7 : 10))],
  [isInstant, fc.tuple(day, fc.constantFrom('Z', '+01:00', '+02:00', '-05:30'), fc.boolean()).map(([d, offset, ms]) => `${d.toISOString().slice(0, ms ? 23 : 19)}${offset}`)],
]);

/** Valid values of a schema, built from its definition (the same one the generator reads). */
function valid(schema: Schema): fc.Arbitrary<unknown> {
  let arbitrary = memo.get(schema);
  if (!arbitrary) {
    arbitrary = build(schema._zod.def);
    memo.set(schema, arbitrary);
  }
  return arbitrary;
}

function build(def: Def): fc.Arbitrary<unknown> {
  const checks: Def[] = (def.checks ?? []).map((c: { _zod: { def: Def } }) => c._zod.def);
  switch (def.type) {
    case 'string': {
      const refinement = checks.find((c) => c.check === 'custom')?.fn;
      if (refinement) {
        const dates = refined.get(refinement);
        if (!dates) throw new Error('validators test: no valid values known for a refinement; add it to `refined`');
        return dates;
      }
      const pattern = checks.find((c) => c.check === 'string_format')?.pattern;
      if (pattern) return fc.stringMatching(pattern);
      const minLength = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      return fc.oneof(
        fc.string({ minLength, unit: 'binary' }),
        fc.constantFrom(...awkwardStrings, huge).filter((s) => [...s].length >= minLength),
      );
    }
    case 'number': {
      const low = checks.find((c) => c.check === 'greater_than');
      const high = checks.find((c) => c.check === 'less_than');
      if (def.format === 'safeint') {
        const min = low ? low.value + (low.inclusive ? 0 : 1) : Number.MIN_SAFE_INTEGER;
        const max = high ? high.value - (high.inclusive ? 0 : 1) : Number.MAX_SAFE_INTEGER;
        return fc.oneof(fc.integer({ min: Math.max(min, -1000), max: Math.min(max, 1000) }), fc.constantFrom(min, max));
      }
      return fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: low?.value, minExcluded: low ? !low.inclusive : false, max: high?.value, maxExcluded: high ? !high.inclusive : false }),
        fc.constantFrom(-0, 0, 1, 1.5, 36, 1e21).filter((n) => (!low || (low.inclusive ? n >= low.value : n > low.value)) && (!high || (high.inclusive ? n <= high.value : n < high.value))),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries));
    case 'optional':
      return fc.option(valid(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(valid(def.innerType), { nil: null, freq: 3 });
    case 'pipe':
      // The URL fields: any string is valid, the transform decides what is kept.
      return fc.oneof(valid(def.in), fc.option(stringish, { nil: null }));
    case 'array':
      return fc.array(valid(def.element), { maxLength: 4 });
    case 'record':
      return fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString')), valid(def.valueType), { maxKeys: 3 });
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      const required = Object.keys(shape).filter((k) => shape[k]._zod.optin === undefined);
      const members = fc.record(Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, valid(s)])), { requiredKeys: required });
      // Members outside the contract come along now and then: both must drop them.
      const extra = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'extra')), hostile, { maxKeys: 2 });
      return fc.oneof({ weight: 3, arbitrary: members }, { weight: 1, arbitrary: fc.tuple(members, extra).map(([m, e]) => ({ ...e, ...m })) });
    }
    default:
      throw new Error(`no arbitrary for zod type ${def.type}: extend test/api/validators.test.ts with the generator`);
  }
}

type Path = PropertyKey[];

/** An array or a plain object (also one without a prototype): what JSON has, and what gets members. */
function container(value: unknown): value is Record<PropertyKey, unknown> {
  const proto = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

/** Every place in a value: the value itself, each member and element, deep down. */
function places(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (container(value)) for (const key of Object.keys(value)) places(value[key], [...path, key], out);
  return out;
}

type Mutation = { at: number; how: 'replace' | 'delete' | 'add'; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  how: fc.constantFrom('replace', 'delete', 'add'),
  value: hostile,
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'id', 'url', 'items')),
});

/** A valid value broken in a few places: a member replaced by something of the wrong kind, deleted, or one added. */
function broken(schema: Schema): fc.Arbitrary<unknown> {
  return fc.tuple(valid(schema), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([value, mutations]) => {
    let root = structuredClone(value);
    // Only the copy is changed, never a hostile value put into it: fast-check hands out the same
    // instances again (the constants [] and {}, values kept for shrinking), and a member added to
    // one of them would show up in later runs, in the end as a cycle.
    const owned = new Set<unknown>();
    const own = (v: unknown): void => {
      if (!container(v)) return;
      owned.add(v);
      for (const key of Object.keys(v)) own(v[key]);
    };
    own(root);
    for (const m of mutations) {
      const all = places(root);
      const path = all[m.at % all.length];
      if (path.length === 0) {
        if (m.how === 'replace') root = m.value;
        continue;
      }
      const parent = path.slice(0, -1).reduce((o: unknown, k) => (o as Record<PropertyKey, unknown>)[k], root) as Record<PropertyKey, unknown>;
      if (!owned.has(parent)) continue;
      const key = path[path.length - 1];
      if (m.how === 'replace') parent[key] = m.value;
      else if (m.how === 'delete') delete parent[key];
      // Members are added to the copy's arrays and plain objects only (a boxed string has
      // indices that cannot be redefined), and never as an array's `length`, which is no member
      // (fc.string() gives "length" now and then: "Invalid array length", seen in CI).
      else if (owned.has(parent[key]) && !(Array.isArray(parent[key]) && m.key === 'length'))
        Object.defineProperty(parent[key], m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    }
    return root;
  });
}

const show = (x: unknown) => {
  try {
    const text = JSON.stringify(x, (_k, v) => (v === undefined ? '<undefined>' : typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…` : v));
    return text?.length > 400 ? `${text.slice(0, 400)}…` : text;
  } catch {
    return String(x);
  }
};

/** Both accept or both reject; when they accept, the same output; when they reject, a place zod names too. */
function agree(schema: Schema, validator: Validator, input: unknown): boolean {
  const expected = schema.safeParse(input);
  const actual = validator.safeParse(input);
  expect(actual.success, `${expected.success ? 'refused' : 'accepted'} ${show(input)}`).to.equal(expected.success);
  if (actual.success) expect(actual.data, show(input)).to.deep.equal(expected.data);
  else {
    const issue: Issue = actual.error.issues[0];
    expect(expected.error!.issues.map((i) => i.path), `where: ${show(input)}`).to.deep.include(issue.path);
    expect(issue.message).to.be.a('string').and.not.equal('');
  }
  return expected.success;
}

const runs = { numRuns: 120 };

describe('generated validators agree with the zod schemas', () => {
  it('exist for every exported schema, and only for those', () => {
    for (const [part, schemas, validators] of parts) {
      const names = Object.keys(schemas).filter((n) => isSchema(schemas[n]));
      expect(Object.keys(validators).sort(), part).to.deep.equal(names.sort());
    }
  });

  for (const [part, schemas, validators] of parts) {
    for (const name of Object.keys(schemas).filter((n) => isSchema(schemas[n]))) {
      const schema = schemas[name] as Schema;
      const validator = validators[name] as Validator;

      describe(`${part}: ${name}`, () => {
        it('accepts valid values and gives the same output', () => {
          fc.assert(
            fc.property(valid(schema), (input) => {
              // The arbitraries are built to be valid: a value zod refuses means the test is wrong.
              expect(agree(schema, validator, input), `zod refused a generated valid value ${show(input)}`).to.equal(true);
            }),
            runs,
          );
        });

        it('treats broken values the same: missing, extra and wrong-typed members, hostile URLs and strings', () => {
          let refused = 0;
          fc.assert(
            fc.property(broken(schema), (input) => {
              if (!agree(schema, validator, input)) refused++;
            }),
            { numRuns: 250 },
          );
          expect(refused, 'broken values that were refused').to.be.greaterThan(0);
        });

        it('treats anything at all the same', () => {
          fc.assert(
            fc.property(hostile, (input) => {
              agree(schema, validator, input);
            }),
            runs,
          );
        });
      });
    }
  }
});

describe('generated validators', () => {
  it('say where a response is wrong', () => {
    const result = assignment.AssignmentPage.safeParse({ items: [{}], page: 1, pageSize: 10, total: 1 });
    expect(result.success).to.equal(false);
    if (!result.success) expect(result.error.issues[0]).to.deep.equal({ path: ['items', 0, 'id'], message: 'missing' });
  });

  it('make URLs safe with the same function as the schemas', () => {
    const organisation = { id: 'o', name: 'Gemeente', logoUrl: 'javascript:alert(1)' };
    expect(base.Organisation.safeParse(organisation)).to.deep.equal({ success: true, data: { ...organisation, logoUrl: null } });
    expect(base.Organisation.safeParse({ id: 'o', name: 'Gemeente' })).to.deep.equal({ success: true, data: { id: 'o', name: 'Gemeente', logoUrl: null } });
    expect(base.linkUrl.safeParse('mailto:a.backx@example.nl')).to.deep.equal({ success: true, data: 'mailto:a.backx@example.nl' });
    expect(base.httpUrl.safeParse('mailto:a.backx@example.nl')).to.deep.equal({ success: true, data: null });
  });

  it('count characters as zod does: an emoji is one', () => {
    const atLeastTen = z.string().check(z.minLength(10));
    for (const text of ['😀😀😀😀😀', '😀😀😀😀😀😀😀😀😀😀', 'a😀b😀c😀d😀e', '0123456789']) {
      expect(v.validator(v.string(v.minLength(10))).safeParse(text).success, text).to.equal(atLeastTen.safeParse(text).success);
    }
    expect(v.validator(v.string(v.minLength(10))).safeParse('😀😀😀😀😀').success).to.equal(false);
  });

  it('refuse a date or an instant that is no real day or moment, which the widgets could not format', () => {
    for (const [value, ok] of [
      ['2026-12-04T10:00:00+01:00', true],
      ['2026-12-04T09:00:00.123Z', true],
      ['not-a-date-at-all', false],
      ['2026-12-04T10:00:00', false],
      ['2026-02-30T10:00:00Z', false],
      ['😀😀😀😀😀😀😀😀😀😀', false],
    ] as const) {
      expect(base.instant.safeParse(value).success, value).to.equal(ok);
      expect(baseSchemas.instant.safeParse(value).success, value).to.equal(ok);
    }
    for (const [value, ok] of [['2027-02-28', true], ['2027-02-30', false], ['0000-01-01', false], ['2027-1-5', false]] as const) {
      expect(base.isoDate.safeParse(value).success, value).to.equal(ok);
    }
    expect(base.yearMonth.safeParse('2024-03').success).to.equal(true);
    expect(base.yearMonth.safeParse('2024-13').success).to.equal(false);
  });
});
