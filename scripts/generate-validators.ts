/**
 * Writes the browser's validators (`src/api/validators/<part>.ts`) from the zod schemas of
 * `src/api/schemas/<part>.ts` (issue 15): the same checks as plain functions of
 * `src/api/validators/runtime.ts`, so zod/mini (~8 kB gz) leaves every page's first load while
 * every response is still validated at the edge. The schemas stay the one source: the server,
 * the mock and the conformance kit keep using them with zod, and test/validators.test.ts checks
 * on random input that both accept the same and give the same output.
 *
 *   node --import tsx scripts/generate-validators.ts           # writes the files
 *   node --import tsx scripts/generate-validators.ts --check   # fails when one is out of date (npm test)
 *
 * It reads zod 4's definitions (`schema._zod.def`, and `_zod.optin`/`_zod.optout` for how an
 * object treats an absent member). What it cannot compile it refuses, naming the schema and the
 * path: a transform or refinement must be an exported function of one of `sharedModules`, which
 * the generated code then imports: one rule in one place.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const schemaDir = join(root, 'src/api/schemas');
const outDir = join(root, 'src/api/validators');

/** Modules whose exported functions and lists the schemas use, by the specifier the generated code imports them with. */
const sharedModules: Record<string, string> = {
  '../url.js': 'src/api/url.ts',
  '../rules/dates.js': 'src/api/rules/dates.ts',
  '../schemas/lists.js': 'src/api/schemas/lists.ts',
};

// biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions are read untyped.
type Schema = { _zod: { def: any; optin?: string; optout?: string } };
const isSchema = (x: unknown): x is Schema => typeof x === 'object' && x !== null && '_zod' in x && typeof (x as Schema)._zod?.def === 'object';

interface Named {
  part: string;
  name: string;
}

const parts = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
const modules = new Map<string, Record<string, unknown>>();
for (const part of parts) modules.set(part, await import(pathToFileURL(join(schemaDir, `${part}.ts`)).href));

/** Every exported schema, by identity: a schema used inside another is referred to, not written again. */
const named = new Map<Schema, Named>();
/** Each part's exported schemas in the order of its source (a module namespace is sorted by name). */
const order = new Map<string, string[]>();
/** Each part's exported types: a validator of the same name exports the type too, so `import { Assignment }` gives both, as from the schemas. */
const types = new Map<string, Set<string>>();
for (const part of parts) {
  const source = readFileSync(join(schemaDir, `${part}.ts`), 'utf8');
  types.set(part, new Set([...source.matchAll(/^export type (\w+)/gm)].map((m) => m[1])));
  const names = [...source.matchAll(/^export const (\w+)/gm)].map((m) => m[1]).filter((n) => isSchema(modules.get(part)![n]));
  order.set(part, names);
  for (const name of names) {
    const schema = modules.get(part)![name] as Schema;
    if (!named.has(schema)) named.set(schema, { part, name });
  }
}

/** The shared functions (transforms, refinements) and lists (enums), by identity. */
const sharedFunctions = new Map<unknown, { from: string; name: string }>();
const sharedLists: { from: string; name: string; values: unknown[] }[] = [];
for (const [from, path] of Object.entries(sharedModules)) {
  const mod = (await import(pathToFileURL(join(root, path)).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === 'function') sharedFunctions.set(value, { from, name });
    else if (Array.isArray(value)) sharedLists.push({ from, name, values: value });
  }
}

class Unsupported extends Error {}

/** One generated module: its imports and its declarations. */
class Module {
  readonly runtime = new Set<string>();
  readonly imports = new Map<string, Set<string>>();
  readonly declarations: string[] = [];
  readonly declared = new Set<string>();
  constructor(readonly part: string) {}

  rt(name: string): string {
    this.runtime.add(name);
    return `v.${name}`;
  }

  import(from: string, name: string): string {
    if (!this.imports.has(from)) this.imports.set(from, new Set());
    this.imports.get(from)!.add(name);
    return name;
  }

  /** Declares an exported schema of this part (after the ones it uses). */
  declare(name: string): void {
    if (this.declared.has(name)) return;
    this.declared.add(name);
    const schema = modules.get(this.part)![name] as Schema;
    const check = this.expr(schema, [name], 0, schema);
    this.declarations.push(`export const ${name} = ${this.rt('validator')}<z.output<typeof s.${name}>>(${check});`);
    if (types.get(this.part)!.has(name)) this.declarations.push(`export type ${name} = s.${name};`);
  }

  /** The check of one schema, as an expression. */
  expr(schema: Schema, path: (string | number)[], depth: number, self?: Schema): string {
    const ref = named.get(schema);
    if (ref && schema !== self) {
      if (ref.part === this.part) {
        this.declare(ref.name);
        return ref.name;
      }
      return this.import(`./${ref.part}.js`, ref.name);
    }
    const def = schema._zod.def;
    const where = `${path.join('.')} (${def.type})`;
    const plain = (kind: string) => {
      if (def.checks?.length) throw new Unsupported(`${where}: checks on ${kind} are not supported`);
    };
    switch (def.type) {
      case 'string':
        if (def.coerce) throw new Unsupported(`${where}: coercion is not supported`);
        return `${this.rt('string')}(${this.rules(def.checks, where, 'string')})`;
      case 'number': {
        if (def.coerce) throw new Unsupported(`${where}: coercion is not supported`);
        if (def.format && def.format !== 'safeint') throw new Unsupported(`${where}: the number format "${def.format}" is not supported`);
        const checks = [...(def.format ? [schema._zod.def] : []), ...(def.checks ?? [])];
        const isInt = checks.some((c) => (c._zod?.def ?? c).check === 'number_format');
        return `${this.rt(isInt ? 'int' : 'number')}(${this.rules(def.checks, where, 'number')})`;
      }
      case 'boolean':
        if (def.coerce) throw new Unsupported(`${where}: coercion is not supported`);
        plain('booleans');
        return `${this.rt('boolean')}()`;
      case 'enum': {
        plain('enums');
        // As zod's getEnumValues: the values, without a numeric enum's reverse mappings.
        const numeric = Object.values(def.entries as Record<string, unknown>).filter((x) => typeof x === 'number');
        const values = Object.entries(def.entries as Record<string, unknown>)
          .filter(([k]) => !numeric.includes(+k))
          .map(([, x]) => x);
        const list = sharedLists.find((l) => l.values.length === values.length && l.values.every((x, i) => x === values[i]));
        return `${this.rt('oneOf')}(${list ? this.import(list.from, list.name) : JSON.stringify(values)})`;
      }
      case 'optional':
        plain('optional');
        if (def.innerType._zod.optin === 'defaulted') throw new Unsupported(`${where}: optional defaults are not supported`);
        return `${this.rt('optional')}(${this.expr(def.innerType, path, depth)})`;
      case 'nullable':
        plain('nullable');
        return `${this.rt('nullable')}(${this.expr(def.innerType, path, depth)})`;
      case 'pipe': {
        plain('pipes');
        const first = this.expr(def.in, path, depth);
        const out = def.out._zod.def;
        const then = out.type === 'transform' ? this.shared(out.transform, `${where}: the transform`) : this.expr(def.out, path, depth);
        return `${this.rt('pipe')}(${first}, ${then})`;
      }
      case 'array':
        plain('arrays');
        return `${this.rt('array')}(${this.expr(def.element, [...path, '[]'], depth)})`;
      case 'record': {
        plain('records');
        const key = def.keyType._zod.def;
        if (key.type !== 'string' || key.checks?.length || def.mode) throw new Unsupported(`${where}: only records with plain string keys are supported`);
        return `${this.rt('record')}(${this.expr(def.valueType, [...path, '{}'], depth)})`;
      }
      case 'object': {
        plain('objects');
        if (def.catchall) throw new Unsupported(`${where}: only objects that drop unknown members (z.object) are supported`);
        const indent = '  '.repeat(depth + 1);
        const members: string[] = [];
        const absent: string[] = [];
        for (const [key, member] of Object.entries(def.shape as Record<string, Schema>)) {
          if (key === '__proto__') throw new Unsupported(`${where}: a member named __proto__`);
          const { optin, optout } = member._zod;
          if (optin === 'defaulted') throw new Unsupported(`${where}.${key}: defaults are not supported`);
          if (optin === 'optional') absent.push(`${prop(key)}: ${this.rt(optout === 'optional' ? 'OMIT' : 'FILL')}`);
          members.push(`${indent}${prop(key)}: ${this.expr(member, [...path, key], depth + 1)},`);
        }
        const shape = `{\n${members.join('\n')}\n${'  '.repeat(depth)}}`;
        return `${this.rt('object')}(${shape}${absent.length ? `, { ${absent.join(', ')} }` : ''})`;
      }
      default:
        throw new Unsupported(`${where}: zod type "${def.type}" is not supported by the generator`);
    }
  }

  /** A string's or number's checks as rules. */
  // biome-ignore lint/suspicious/noExplicitAny: zod's check instances.
  rules(checks: any[] | undefined, where: string, kind: 'string' | 'number'): string {
    const out: string[] = [];
    for (const check of checks ?? []) {
      const c = check._zod.def;
      const message = typeof c.error === 'function' ? c.error({}) : undefined;
      if (c.when && c.check !== 'min_length') throw new Unsupported(`${where}: a check with a condition (when)`);
      if (c.abort) throw new Unsupported(`${where}: an aborting check`);
      if (kind === 'string' && c.check === 'min_length') out.push(`${this.rt('minLength')}(${c.minimum})`);
      else if (kind === 'string' && c.check === 'string_format' && c.format === 'regex') {
        out.push(`${this.rt('regex')}(${c.pattern.toString()}, ${JSON.stringify(message ?? `expected to match ${c.pattern}`)})`);
      } else if (kind === 'number' && c.check === 'greater_than') out.push(`${this.rt('min')}(${c.value}, ${c.inclusive})`);
      else if (kind === 'number' && c.check === 'less_than') out.push(`${this.rt('max')}(${c.value}, ${c.inclusive})`);
      else if (kind === 'number' && c.check === 'number_format' && c.format === 'safeint') continue;
      else if (c.check === 'custom') {
        out.push(`${this.rt('refine')}(${this.shared(c.fn, `${where}: the refinement`)}, ${JSON.stringify(message ?? 'invalid')})`);
      } else throw new Unsupported(`${where}: the check "${c.check}${c.format ? ` ${c.format}` : ''}" is not supported`);
    }
    return out.join(', ');
  }

  /** An exported function of a shared module, imported; anything else cannot be compiled. */
  shared(fn: unknown, what: string): string {
    const found = sharedFunctions.get(fn);
    if (!found) {
      const modules = Object.values(sharedModules).join(', ');
      throw new Unsupported(`${what} is not an exported function of ${modules}: export it there and use it in the schema, so the validators can call the same function`);
    }
    return this.import(found.from, found.name);
  }

  text(): string {
    const imports = [...this.imports]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([from, names]) => `import { ${[...names].sort().join(', ')} } from '${from}';`);
    return [
      `// Generated by scripts/generate-validators.ts from src/api/schemas/${this.part}.ts: do not edit.`,
      '// `npm run generate:validators` writes it again; `npm test` fails when it is out of date.',
      "import type * as z from 'zod/mini';",
      `import type * as s from '../schemas/${this.part}.js';`,
      ...imports,
      "import * as v from './runtime.js';",
      ...this.declarations.flatMap((d) => (d.startsWith('export type') ? [d] : ['', d])),
      '',
    ].join('\n');
  }
}

/** A member name as an object key: bare when it can be. */
function prop(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

const check = process.argv.includes('--check');
const stale: string[] = [];
try {
  for (const part of parts) {
    const names = order.get(part)!;
    if (!names.length) continue;
    const mod = new Module(part);
    for (const name of names) mod.declare(name);
    const file = join(outDir, `${part}.ts`);
    const text = mod.text();
    let current: string | null = null;
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // not written yet
    }
    if (current === text) continue;
    if (check) stale.push(relative(root, file));
    else {
      writeFileSync(file, text);
      console.log(`wrote ${relative(root, file)}`);
    }
  }
} catch (error) {
  if (!(error instanceof Unsupported)) throw error;
  console.error(`generate-validators: ${error.message}`);
  process.exit(1);
}
// A validator module whose schema module is gone.
const written = new Set(parts.map((part) => `${part}.ts`));
for (const file of readdirSync(outDir)) {
  if (file !== 'runtime.ts' && !written.has(file)) stale.push(relative(root, join(outDir, file)));
}
if (stale.length) {
  console.error(`Out of date (the schemas changed): ${stale.join(', ')}.\nRun \`npm run generate:validators\` and commit the result.`);
  process.exit(1);
}
