/**
 * The few checks the generated validators are made of (`src/api/validators/*.ts`, written by
 * `scripts/generate-validators.ts` from the zod schemas in `src/api/schemas/`). The browser
 * validates every response with these instead of zod/mini: the same inputs pass, the same
 * output comes out (unknown members dropped, URLs made safe by the same functions), at a
 * fraction of the bytes (issue 15). Each check here does what its zod counterpart does
 * (zod 4.6, `zod/v4/core/schemas.js`); test/validators.test.ts holds them to that on random input.
 *
 * A check returns its output or throws; the first problem found is reported, with where it was.
 */

/** Where and why an input does not match: `path` is the way down to it (`['items', 3, 'url']`). */
export interface Issue {
  path: PropertyKey[];
  message: string;
}

/** What `safeParse` answers, in the shape of zod's (the client and elements read `success`, `data`, `error.issues`). */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

/** A check, callable inside other checks, with `safeParse` for the callers at the edge. */
export interface Validator<T> {
  (input: unknown): T;
  safeParse(input: unknown): SafeParseResult<T>;
}

type Check<T = unknown> = (input: unknown) => T;
/** A constraint on a value of the right type: the problem, or nothing. */
type Rule<T> = (value: T) => string | undefined;

class Invalid {
  readonly path: PropertyKey[] = [];
  constructor(readonly message: string) {}
}

function fail(message: string): never {
  throw new Invalid(message);
}

function failAt(key: PropertyKey, message: string): never {
  const invalid = new Invalid(message);
  invalid.path.push(key);
  throw invalid;
}

/** Runs a check on a member, so a problem deeper down says which member it was in. */
function at<T>(key: PropertyKey, check: Check<T>, value: unknown): T {
  try {
    return check(value);
  } catch (error) {
    if (error instanceof Invalid) error.path.unshift(key);
    throw error;
  }
}

function obey<T>(value: T, rules: Rule<T>[]): T {
  for (const rule of rules) {
    const problem = rule(value);
    if (problem) fail(problem);
  }
  return value;
}

/** Gives a composed check its `safeParse`; `T` is the schema's output type (the generator writes it as `z.output<typeof Schema>`). */
export function validator<T>(check: Check): Validator<T> {
  return Object.assign(check as Check<T>, {
    safeParse(input: unknown): SafeParseResult<T> {
      try {
        return { success: true, data: check(input) as T };
      } catch (error) {
        if (error instanceof Invalid) return { success: false, error: { issues: [{ path: error.path, message: error.message }] } };
        throw error;
      }
    },
  });
}

export const string =
  (...rules: Rule<string>[]): Check<string> =>
  (x) =>
    typeof x === 'string' ? obey(x, rules) : fail('expected a string');

/** A finite number (zod 4 refuses `NaN` and `±Infinity`). */
export const number =
  (...rules: Rule<number>[]): Check<number> =>
  (x) =>
    typeof x === 'number' && Number.isFinite(x) ? obey(x, rules) : fail('expected a number');

/** `z.int()`: a safe integer. */
export const int =
  (...rules: Rule<number>[]): Check<number> =>
  (x) =>
    Number.isSafeInteger(x) ? obey(x as number, rules) : fail('expected an integer');

export const boolean = (): Check<boolean> => (x) => (typeof x === 'boolean' ? x : fail('expected true or false'));

/** `z.enum(values)`. */
export const oneOf =
  <T>(values: readonly T[]): Check<T> =>
  (x) =>
    values.includes(x as T) ? (x as T) : fail(`expected one of ${values.join(', ')}`);

/** At least `min` characters, counted as zod counts them: in code points (an emoji is one). */
export const minLength =
  (min: number): Rule<string> =>
  (s) =>
    s.length >= 2 * min || (s.length >= min && [...s].length >= min) ? undefined : `expected at least ${min} characters`;

export const regex =
  (pattern: RegExp, message: string): Rule<string> =>
  (s) => {
    pattern.lastIndex = 0;
    return pattern.test(s) ? undefined : message;
  };

/** `z.gte(n)` (`inclusive`) or `z.gt(n)`; `z.nonnegative()` is `z.gte(0)`, `z.positive()` is `z.gt(0)`. */
export const min =
  (n: number, inclusive: boolean): Rule<number> =>
  (x) =>
    (inclusive ? x >= n : x > n) ? undefined : `expected ${inclusive ? 'at least' : 'more than'} ${n}`;

/** `z.lte(n)` (`inclusive`) or `z.lt(n)`. */
export const max =
  (n: number, inclusive: boolean): Rule<number> =>
  (x) =>
    (inclusive ? x <= n : x < n) ? undefined : `expected at most ${n}${inclusive ? '' : ' (exclusive)'}`;

/** A custom check of the schema (`z.refine(fn)`), by the same exported function. */
export const refine =
  <T>(test: (value: T) => unknown, message: string): Rule<T> =>
  (x) =>
    test(x) ? undefined : message;

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (x) =>
    x === null ? null : check(x);

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (x) =>
    x === undefined ? undefined : check(x);

/** `z.pipe(a, b)`, and `z.pipe(a, z.transform(fn))` with `fn` the same exported function the schema calls. */
export const pipe =
  <A, B>(first: Check<A>, then: (value: A) => B): Check<B> =>
  (x) =>
    then(first(x));

export const array =
  <T>(item: Check<T>): Check<T[]> =>
  (x) => {
    if (!Array.isArray(x)) fail('expected an array');
    const out = new Array<T>(x.length);
    for (let i = 0; i < x.length; i++) out[i] = at(i, item, x[i]);
    return out;
  };

/**
 * How an object treats a member that is absent, from zod's `optin`/`optout` of its schema:
 * - required (not listed): absent is a problem;
 * - {@link OMIT} (`z.optional(…)`): absent stays absent;
 * - {@link FILL} (optional in, not out: `z.pipe(z.optional(…), z.transform(…))`): the member
 *   gets what the check makes of `undefined` (an absent URL becomes `null`).
 */
export const OMIT = 1;
export const FILL = 2;

/** `z.object(shape)`: an object (not an array, not null), its members checked; members outside the shape are dropped. */
export function object(shape: Record<string, Check>, absent: Record<string, typeof OMIT | typeof FILL> = {}): Check<object> {
  const members = Object.keys(shape).map((key) => [key, shape[key], Object.hasOwn(absent, key) ? absent[key] : 0] as const);
  return (x) => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) fail('expected an object');
    const input = x as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, check, mode] of members) {
      const present = key in input;
      if (!present && mode === OMIT) continue;
      // zod refuses an absent required member even when its schema would take `undefined`.
      const value = present || mode ? at(key, check, input[key]) : failAt(key, 'missing');
      if (value !== undefined || present) out[key] = value;
    }
    return out;
  };
}

/** `z.record(z.string(), value)`: a plain object whose own enumerable string keys each hold a valid value. */
export const record =
  <T>(value: Check<T>): Check<Record<string, T>> =>
  (x) => {
    if (!isPlainObject(x)) fail('expected an object');
    const out: Record<string, T> = {};
    for (const key of Reflect.ownKeys(x)) {
      // As zod: `__proto__` is never copied (it would replace the result's prototype).
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(x, key)) continue;
      if (typeof key !== 'string') failAt(key, 'expected a string key');
      out[key] = at(key, value, (x as Record<string, unknown>)[key]);
    }
    return out;
  };

/** zod's `isPlainObject`: an object literal, `Object.create(null)` or JSON, not a class instance. */
function isPlainObject(x: unknown): x is object {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const ctor = (x as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = ctor.prototype;
  if (typeof prototype !== 'object' || prototype === null || Array.isArray(prototype)) return false;
  return Object.hasOwn(prototype, 'isPrototypeOf');
}
