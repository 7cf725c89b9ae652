/**
 * An in-memory Flexschil backend: the whole HTTP contract (CONTRACT.md §1) as a function from
 * `Request` to `Response`. No msw here, so the same code runs behind msw in the browser
 * (mock/handlers.ts), directly in unit tests, and anywhere else a `fetch`-shaped backend helps.
 *
 * Besides the contract it offers what tests and demos need: the stored `applications`,
 * `reset()`, injectable faults (`setFault`) and artificial `latency`.
 *
 * Where the contract leaves room, this backend chooses (and the reference server should agree):
 * - a Bearer token or session cookie that is present but unknown is a 401 on every endpoint;
 * - `type`, `mode`, `kind` (closed code lists) reject unknown values with 400; `field` and
 *   `region` (open lists) simply match nothing;
 * - facets list every value with a count above zero plus the selected ones, in code-list order;
 * - profiles are sorted by `name` unless asked otherwise;
 * - idempotency keys are remembered per assignment, and only for answers that were accepted
 *   (a 400 can be retried with the same key after the user fixed the form).
 */
import { CV_HEAD_BYTES, cvKindOf, cvSignatureMatches } from '../src/api/cv.js';
import { isEmailAddress } from '../src/api/rules/contact.js';
import * as schemas from '../src/api/schemas.js';
import { fold, negotiateLanguage } from './text.js';
import type {
  ApplicationReceipt,
  AssignmentInput,
  Code,
  FacetCount,
  InvalidParam,
  ProfileInput,
  Visibility,
} from '../src/api/schemas.js';
import { match } from '../src/match/index.js';
import { type Lang, seedAssignments, seedProfiles, type Vocabularies, vocabularies } from './seed.js';

export const DEFAULT_BASE = 'https://api.flexschil.test/v1';
const PROBLEM_BASE = 'https://api.flexschil.test/problems/';

/** Largest CV accepted; a bigger one is a 413 (contract: "at most 5 MB"). */
export const MAX_CV_BYTES = 5 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Identities

/** The Bearer tokens (or `flexschil-session` cookie values) this backend knows. */
export const mockTokens = {
  /** Employee of Gemeente Steenbergen (`gem-steenbergen`), member of the regional network. */
  steenbergen: 'token-steenbergen',
  /** Employee of Provincie Noord-Brabant (`prov-noord-brabant`), member of the regional network. */
  provincie: 'token-provincie',
  /** Authenticated, but neither an employee nor a network member: internal data gives 403. */
  guest: 'token-guest',
} as const;

/** Name of the session cookie accepted instead of a Bearer token (`credentials: "include"`). */
export const SESSION_COOKIE = 'flexschil-session';

interface Identity {
  token: string;
  /** Organisation whose internal data this user may see. */
  organisation: string | null;
  /** Member of the regional network: may see `network` data. */
  network: boolean;
}

const identities = new Map<string, Identity>([
  [mockTokens.steenbergen, { token: mockTokens.steenbergen, organisation: 'gem-steenbergen', network: true }],
  [mockTokens.provincie, { token: mockTokens.provincie, organisation: 'prov-noord-brabant', network: true }],
  [mockTokens.guest, { token: mockTokens.guest, organisation: null, network: false }],
]);

type Viewer = { kind: 'anonymous' } | { kind: 'bad-credentials' } | { kind: 'user'; identity: Identity };

// ---------------------------------------------------------------------------------------------
// Public types

export type FaultKind = 'error500' | 'html' | 'malformed' | 'invalid' | 'empty' | 'slow' | 'network' | 'rate-limit';

export interface Fault {
  kind: FaultKind;
  /** Only the next N matching requests are faulty; then the backend is healthy again. */
  times?: number;
  /** Milliseconds to wait before answering (default 3000 for `slow`, 0 otherwise). */
  delay?: number;
  /** Only requests whose path (after the base, e.g. `/assignments/a-2026-0101`) matches. */
  paths?: RegExp;
}

export interface MockBackendOptions {
  /** Data to start from (and to return to on `reset()`); defaults to mock/seed.ts. */
  seed?: { assignments?: AssignmentInput[]; profiles?: ProfileInput[] };
  /** Base URL whose path is stripped from request URLs (default {@link DEFAULT_BASE}). */
  base?: string;
  /** Milliseconds added to every answer, so a demo feels like a real network (default 0). */
  latency?: number;
  /** `YYYY-MM-DD` given to `match()`; defaults to the local date of `now()`. */
  today?: string;
  /** Clock for `receivedAt` (default the real one). */
  now?: () => Date;
}

export interface HandleOptions {
  /** Overrides the backend's base for this request (the msw layer passes its own). */
  base?: string;
  /** Cookies of the request: browsers hide the `Cookie` header from service workers. */
  cookies?: Record<string, string>;
}

/** An application as this backend stored it (tests inspect these). */
export interface StoredApplication {
  id: string;
  assignmentId: string;
  receivedAt: string;
  idempotencyKey: string;
  name: string;
  email: string;
  phone: string | null;
  kvkNumber: string | null;
  motivation: string;
  availableFrom: string | null;
  hoursPerWeek: number | null;
  rate: number | null;
  profileId: string | null;
  cv: { name: string; type: string; size: number } | null;
  acceptConditions: boolean;
  managerConsent: boolean;
  /** Token or session of the applicant, when they were signed in. */
  token: string | null;
}

/** `handle()` answers with this for the `network` fault: the msw layer turns it into `HttpResponse.error()`. */
export function isNetworkError(response: Response): boolean {
  return response.type === 'error';
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Every word of the query occurs somewhere in the haystack. */
function matchesText(words: string[], haystack: (string | null | undefined)[]): boolean {
  const text = fold(haystack.filter(Boolean).join('\n'));
  return words.every((word) => text.includes(word));
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  const response = new Response(JSON.stringify(body), { status, headers });
  response.headers.set('Content-Type', 'application/json; charset=utf-8');
  return response;
}

interface ProblemInit {
  invalidParams?: InvalidParam[];
  headers?: HeadersInit;
}

/** An RFC 9457 answer; every error of this backend goes through here. */
function problem(status: number, slug: string, title: string, detail: string, init: ProblemInit = {}): Response {
  const body: schemas.Problem = { type: PROBLEM_BASE + slug, title, status, detail };
  if (init.invalidParams) body.invalidParams = init.invalidParams;
  const response = new Response(JSON.stringify(body), { status, headers: init.headers });
  response.headers.set('Content-Type', 'application/problem+json; charset=utf-8');
  return response;
}

function invalidInput(invalidParams: InvalidParam[], what: 'fields' | 'params'): Response {
  const n = invalidParams.length;
  const detail =
    what === 'fields'
      ? `${n} ${n === 1 ? 'veld is' : 'velden zijn'} niet goed ingevuld`
      : `${n} ${n === 1 ? 'parameter is' : 'parameters zijn'} ongeldig`;
  return problem(400, 'validation', 'Ongeldige invoer', detail, { invalidParams });
}

function notFound(what: string): Response {
  return problem(404, 'not-found', 'Niet gevonden', `${what} bestaat niet (meer).`);
}

/** 401 without (valid) credentials, 403 for a signed-in user without rights. */
function denied(viewer: Viewer): Response {
  if (viewer.kind === 'user') {
    return problem(403, 'forbidden', 'Geen toegang', 'U hebt geen rechten om deze interne gegevens te bekijken.');
  }
  return problem(401, 'unauthorized', 'Niet ingelogd', 'Log in om interne gegevens te bekijken.', {
    headers: { 'WWW-Authenticate': 'Bearer realm="flexschil"' },
  });
}

/** Reads and validates query parameters, collecting every problem before answering. */
class QueryParams {
  readonly problems: InvalidParam[] = [];

  constructor(private readonly search: URLSearchParams) {}

  text(name: string): string | undefined {
    const value = this.search.get(name)?.trim();
    return value ? value : undefined;
  }

  /** A repeatable parameter (`field=a&field=b`); `allowed` makes it a closed code list. */
  list(name: string, allowed?: readonly string[]): string[] {
    const values = [...new Set(this.search.getAll(name).map((v) => v.trim()).filter(Boolean))];
    if (allowed) {
      for (const value of values) {
        if (!allowed.includes(value)) this.invalid(name, 'enum', `Onbekende waarde "${value}"; kies uit ${allowed.join(', ')}.`);
      }
    }
    return values;
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.invalid(name, 'enum', `Onbekende waarde "${value}"; kies uit ${allowed.join(', ')}.`);
    return fallback;
  }

  integer(name: string, min: number, max: number): number | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (/^-?\d+$/.test(value) && Number.isSafeInteger(n) && n >= min && n <= max) return n;
    const range = Number.isFinite(max) ? `van ${min} tot en met ${max}` : `vanaf ${min}`;
    this.invalid(name, 'range', `Moet een geheel getal ${range} zijn.`);
    return undefined;
  }

  date(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined || isValidDate(value)) return value;
    this.invalid(name, 'format', 'Moet een datum zijn als JJJJ-MM-DD.');
    return undefined;
  }

  invalid(name: string, code: string, reason: string): void {
    this.problems.push({ name, code, reason });
  }
}

/** Page and page size of a list query (contract: page ≥ 1, pageSize 1..100, default 10). */
function paging(params: QueryParams): { page: number; pageSize: number } {
  return {
    page: params.integer('page', 1, Number.POSITIVE_INFINITY) ?? 1,
    pageSize: params.integer('pageSize', 1, 100) ?? 10,
  };
}

type Predicate<T> = (item: T) => boolean;

interface FacetDefinition<T> {
  name: string;
  /** The item's codes for this facet (several for `types` and a profile's `fields`). */
  codes: (item: T) => Code[];
  /** The code list in the answer's language, in display order. */
  vocabulary: Code[];
  selected: string[];
}

/**
 * Standard faceted search: a facet's counts come from the items that pass every filter except
 * the facet's own, so choosing "inkoop" does not hide the other fields' counts.
 */
function computeFacets<T>(
  items: T[],
  filters: Record<string, Predicate<T>>,
  definitions: FacetDefinition<T>[],
): Record<string, FacetCount[]> {
  const facets: Record<string, FacetCount[]> = {};
  for (const definition of definitions) {
    const others = Object.entries(filters).filter(([name]) => name !== definition.name);
    const counts = new Map<string, { label: string; count: number }>();
    for (const item of items) {
      if (!others.every(([, accepts]) => accepts(item))) continue;
      const seen = new Set<string>();
      for (const code of definition.codes(item)) {
        if (seen.has(code.value)) continue;
        seen.add(code.value);
        const entry = counts.get(code.value) ?? { label: code.label, count: 0 };
        entry.count++;
        counts.set(code.value, entry);
      }
    }
    const known = definition.vocabulary.map((code) => ({ ...code, count: counts.get(code.value)?.count ?? 0 }));
    // Open code lists may hold values the vocabulary does not (yet) know: keep them, after the known ones.
    const extra = [...counts].filter(([value]) => !definition.vocabulary.some((code) => code.value === value));
    facets[definition.name] = [
      ...known,
      ...extra.map(([value, { label, count }]) => ({ value, label, count })),
    ].filter((facet) => facet.count > 0 || definition.selected.includes(facet.value));
  }
  return facets;
}

function applyFilters<T>(items: T[], filters: Record<string, Predicate<T>>): T[] {
  const predicates = Object.values(filters);
  return items.filter((item) => predicates.every((accepts) => accepts(item)));
}

function labelled(code: Code, vocabulary: Code[]): Code {
  return { value: code.value, label: vocabulary.find((c) => c.value === code.value)?.label ?? code.label };
}

function localiseAssignment(assignment: AssignmentInput, vocab: Vocabularies): AssignmentInput {
  const copy = structuredClone(assignment);
  copy.field = labelled(copy.field, vocab.field);
  copy.location.region = labelled(copy.location.region, vocab.region);
  return copy;
}

function localiseProfile(profile: ProfileInput, vocab: Vocabularies): ProfileInput {
  const copy = structuredClone(profile);
  copy.fields = copy.fields.map((code) => labelled(code, vocab.field));
  copy.region = labelled(copy.region, vocab.region);
  return copy;
}

function codesOf(values: readonly string[]): Code[] {
  return values.map((value) => ({ value, label: value }));
}

// ---------------------------------------------------------------------------------------------
// Faults

function faultResponse(kind: FaultKind, path: string): Response | null {
  switch (kind) {
    case 'error500':
      return problem(500, 'server-error', 'Serverfout', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
    case 'html':
      return new Response(
        '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
        { status: 502, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
      );
    case 'malformed':
      return new Response('{"items": [{"id": "a-2026-0101", "title": "Projectleider', {
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      });
    case 'invalid':
      // Well-formed JSON that breaks the contract: required fields are missing.
      return /^\/(assignments|profiles)$/.test(path)
        ? json({ items: [{ title: 'Opdracht zonder id en organisatie' }], page: 1 })
        : json({ title: 'Antwoord zonder verplichte velden' });
    case 'empty':
      return new Response('', { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    case 'network':
      return Response.error();
    case 'rate-limit':
      return problem(429, 'rate-limit', 'Te veel verzoeken', 'Er komen te veel verzoeken binnen. Probeer het over een seconde opnieuw.', {
        headers: { 'Retry-After': '1' },
      });
    case 'slow':
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The backend


interface Context {
  request: Request;
  params: QueryParams;
  lang: Lang;
  vocab: Vocabularies;
  viewer: Viewer;
  /** The backend's generation when the request arrived (see `reset()`). */
  generation: number;
}

type RouteHandler = (ctx: Context, args: string[]) => Response | Promise<Response>;

interface Route {
  /** Path segments; `:x` captures one segment. */
  pattern: string[];
  methods: Record<string, RouteHandler>;
}

export class MockBackend {
  /** Current data; mutate freely in a test or story, `reset()` restores the seed. */
  readonly assignments: AssignmentInput[] = [];
  readonly profiles: ProfileInput[] = [];
  /** Applications accepted since the last reset (honeypot ones are not here). */
  readonly applications: StoredApplication[] = [];
  readonly base: string;
  /** Milliseconds added to every answer. */
  latency: number;

  private readonly seed: { assignments: AssignmentInput[]; profiles: ProfileInput[] };
  private readonly today: string | undefined;
  private readonly now: () => Date;
  /** Accepted answers by `${assignmentId} ${Idempotency-Key}`. */
  private readonly receipts = new Map<string, ApplicationReceipt>();
  private readonly pending = new Map<string, Promise<Response>>();
  private currentFault: Fault | null = null;
  private faultsLeft = Number.POSITIVE_INFINITY;
  private sequence = 0;
  /** Counts `reset()`s: a request that arrived before one stores nothing after it. */
  private generation = 0;

  private readonly routes: Route[] = [
    { pattern: ['assignments'], methods: { GET: (ctx) => this.listAssignments(ctx) } },
    { pattern: ['assignments', ':id'], methods: { GET: (ctx, [id]) => this.getAssignment(ctx, id) } },
    { pattern: ['assignments', ':id', 'match'], methods: { GET: (ctx, [id]) => this.getMatch(ctx, id) } },
    { pattern: ['assignments', ':id', 'applications'], methods: { POST: (ctx, [id]) => this.apply(ctx, id) } },
    { pattern: ['profiles'], methods: { GET: (ctx) => this.listProfiles(ctx) } },
    { pattern: ['profiles', ':id'], methods: { GET: (ctx, [id]) => this.getProfile(ctx, id) } },
    { pattern: ['vocabularies'], methods: { GET: (ctx) => json(ctx.vocab) } },
  ];

  constructor(options: MockBackendOptions = {}) {
    this.seed = {
      assignments: structuredClone(options.seed?.assignments ?? seedAssignments),
      profiles: structuredClone(options.seed?.profiles ?? seedProfiles),
    };
    this.base = options.base ?? DEFAULT_BASE;
    this.latency = options.latency ?? 0;
    this.today = options.today;
    this.now = options.now ?? (() => new Date());
    this.reset();
  }

  /** Back to the seed: data restored, applications, idempotency keys and faults forgotten. */
  reset(): void {
    this.assignments.splice(0, this.assignments.length, ...structuredClone(this.seed.assignments));
    this.profiles.splice(0, this.profiles.length, ...structuredClone(this.seed.profiles));
    this.applications.length = 0;
    this.receipts.clear();
    this.pending.clear();
    this.sequence = 0;
    this.generation++;
    this.setFault(null);
  }

  get fault(): Fault | null {
    return this.currentFault;
  }

  /** Makes the next requests (all, or `times`, or those matching `paths`) misbehave; `null` heals. */
  setFault(fault: Fault | null): void {
    this.currentFault = fault;
    this.faultsLeft = fault?.times ?? Number.POSITIVE_INFINITY;
  }

  /** Answers one request. The path is taken relative to `options.base` or the backend's base. */
  async handle(request: Request, options: HandleOptions = {}): Promise<Response> {
    const path = relativePath(request.url, options.base ?? this.base);
    const generation = this.generation;
    await sleep(this.latency, request.signal);

    const fault = this.takeFault(path);
    if (fault) {
      await sleep(fault.delay ?? (fault.kind === 'slow' ? 3000 : 0), request.signal);
      const response = faultResponse(fault.kind, path);
      if (response) return response;
    }

    try {
      return await this.route(request, path, options, generation);
    } catch (error) {
      console.error('[mock backend]', error);
      return problem(500, 'server-error', 'Serverfout', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
    }
  }

  private takeFault(path: string): Fault | null {
    const fault = this.currentFault;
    if (!fault) return null;
    if (fault.paths) {
      fault.paths.lastIndex = 0; // a /g or /y regex would otherwise remember the previous test
      if (!fault.paths.test(path)) return null;
    }
    this.faultsLeft--;
    if (this.faultsLeft <= 0) this.setFault(null);
    return fault;
  }

  private async route(request: Request, path: string, options: HandleOptions, generation: number): Promise<Response> {
    let segments: string[];
    try {
      segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return notFound(`Het pad ${path}`);
    }
    const found = this.routes
      .map((route) => ({ route, args: matchPattern(route.pattern, segments) }))
      .find((candidate) => candidate.args !== null);
    if (!found?.args) return notFound(`Het pad ${path}`);

    const allow = Object.keys(found.route.methods).join(', ');
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: allow } });
    const handler = found.route.methods[request.method];
    if (!handler) {
      return problem(405, 'method-not-allowed', 'Methode niet toegestaan', `${request.method} kan niet op ${path}; wel: ${allow}.`, {
        headers: { Allow: allow },
      });
    }

    const viewer = identify(request, options.cookies);
    if (viewer.kind === 'bad-credentials') {
      return problem(401, 'unauthorized', 'Niet ingelogd', 'Het toegangstoken is ongeldig of verlopen. Log opnieuw in.', {
        headers: { 'WWW-Authenticate': 'Bearer realm="flexschil", error="invalid_token"' },
      });
    }
    const lang = negotiateLanguage(request.headers.get('Accept-Language'));
    const ctx: Context = {
      request,
      params: new QueryParams(new URL(request.url).searchParams),
      lang,
      vocab: vocabularies(lang),
      viewer,
      generation,
    };
    const response = await handler(ctx, found.args);
    response.headers.set('Content-Language', lang);
    response.headers.set('Vary', 'Accept-Language, Authorization, Cookie');
    if (viewer.kind === 'user') response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }

  // --- assignments ----------------------------------------------------------------------------

  private listAssignments(ctx: Context): Response {
    const { params, viewer, vocab } = ctx;
    const q = params.text('q');
    const fields = params.list('field');
    const regions = params.list('region');
    const orgs = params.list('organisation');
    const types = params.list('type', schemas.contractTypes);
    const modes = params.list('mode', schemas.workModes);
    const visibility = params.choice('visibility', ['public', 'internal', 'all'] as const, 'public');
    const status = params.choice('status', ['open', 'closed', 'all'] as const, 'open');
    const hoursMin = params.integer('hoursMin', 0, 168);
    const hoursMax = params.integer('hoursMax', 0, 168);
    const sort = params.choice('sort', ['closingDate', '-publishedAt', 'title'] as const, 'closingDate');
    const { page, pageSize } = paging(params);
    if (hoursMin !== undefined && hoursMax !== undefined && hoursMin > hoursMax) {
      params.invalid('hoursMax', 'range', 'Moet groter dan of gelijk aan hoursMin zijn.');
    }
    if (params.problems.length) return invalidInput(params.problems, 'params');

    if (visibility !== 'public') {
      if (viewer.kind !== 'user') return denied(viewer);
      if (!viewer.identity.organisation && !viewer.identity.network) return denied(viewer);
    }

    const visible = this.assignments.filter((a) => {
      if (visibility === 'public' && a.visibility !== 'public') return false;
      if (visibility === 'internal' && a.visibility === 'public') return false;
      if (!canSee(viewer, a.visibility, a.organisation.id)) return false;
      return status === 'all' || a.status === status;
    });

    const filters: Record<string, Predicate<AssignmentInput>> = {};
    if (q) {
      const words = fold(q).split(/\s+/).filter(Boolean);
      filters.q = (a) => matchesText(words, [a.title, a.summary, a.organisation.name, ...a.skills.map((s) => s.name)]);
    }
    if (fields.length) filters.field = (a) => fields.includes(a.field.value);
    if (regions.length) filters.region = (a) => regions.includes(a.location.region.value);
    if (orgs.length) filters.organisation = (a) => orgs.includes(a.organisation.id);
    if (types.length) filters.type = (a) => a.types.some((t) => types.includes(t));
    if (modes.length) filters.mode = (a) => modes.includes(a.location.mode);
    if (hoursMin !== undefined) filters.hoursMin = (a) => a.hoursPerWeek.max >= hoursMin;
    if (hoursMax !== undefined) filters.hoursMax = (a) => a.hoursPerWeek.min <= hoursMax;

    const results = applyFilters(visible, filters).sort(assignmentOrder[sort]);
    const facets = computeFacets(visible, filters, [
      { name: 'field', codes: (a) => [a.field], vocabulary: vocab.field, selected: fields },
      { name: 'region', codes: (a) => [a.location.region], vocabulary: vocab.region, selected: regions },
      { name: 'type', codes: (a) => codesOf(a.types), vocabulary: vocab.type, selected: types },
      { name: 'mode', codes: (a) => codesOf([a.location.mode]), vocabulary: vocab.mode, selected: modes },
    ]);
    const items = results.slice((page - 1) * pageSize, page * pageSize).map((a) => localiseAssignment(a, vocab));
    return json({ items, page, pageSize, total: results.length, facets });
  }

  private getAssignment(ctx: Context, id: string): Response {
    const found = this.findAssignment(ctx.viewer, id);
    if (found instanceof Response) return found;
    return json(localiseAssignment(found, ctx.vocab));
  }

  private findAssignment(viewer: Viewer, id: string): AssignmentInput | Response {
    const assignment = this.assignments.find((a) => a.id === id);
    if (!assignment) return notFound(`Opdracht ${id}`);
    if (!canSee(viewer, assignment.visibility, assignment.organisation.id)) return denied(viewer);
    return assignment;
  }

  private getMatch(ctx: Context, id: string): Response {
    const profileId = ctx.params.text('profile');
    if (!profileId) {
      return invalidInput([{ name: 'profile', code: 'required', reason: 'Geef het id van een profiel op (?profile=…).' }], 'params');
    }
    const assignment = this.findAssignment(ctx.viewer, id);
    if (assignment instanceof Response) return assignment;
    const profile = this.findProfile(ctx.viewer, profileId);
    if (profile instanceof Response) return profile;
    const today = this.today ?? localDate(this.now());
    return json(match(schemas.Assignment.parse(assignment), schemas.Profile.parse(profile), { today }));
  }

  // --- applications ---------------------------------------------------------------------------

  private async apply(ctx: Context, id: string): Promise<Response> {
    const { request, viewer } = ctx;
    const assignment = this.findAssignment(viewer, id);
    if (assignment instanceof Response) return assignment;

    const key = request.headers.get('Idempotency-Key')?.trim();
    if (!key) {
      return invalidInput(
        [{ name: 'Idempotency-Key', code: 'required', reason: 'Stuur de header Idempotency-Key mee (een UUID per sollicitatie).' }],
        'fields',
      );
    }
    const receiptKey = `${id} ${key}`;
    // A double click sends the same key twice at once: the second waits for the first.
    const earlier = this.pending.get(receiptKey);
    if (earlier) await earlier.catch(() => {});
    const replay = this.receipts.get(receiptKey);
    if (replay) return json(replay, 201);

    const attempt = this.receive(ctx, assignment, key, receiptKey);
    this.pending.set(receiptKey, attempt);
    try {
      return await attempt;
    } finally {
      if (this.pending.get(receiptKey) === attempt) this.pending.delete(receiptKey);
    }
  }

  private async receive(ctx: Context, assignment: AssignmentInput, key: string, receiptKey: string): Promise<Response> {
    const { request, viewer } = ctx;
    const id = assignment.id;
    if (assignment.status === 'closed') {
      return problem(409, 'closed', 'Opdracht gesloten', 'Op deze opdracht kun je niet meer reageren: de reactietermijn is voorbij.');
    }

    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return problem(415, 'unsupported-media-type', 'Verkeerd formaat', 'Stuur de sollicitatie als multipart/form-data.');
    }

    const cv = form.get('cv');
    if (cv instanceof File && cv.size > MAX_CV_BYTES) {
      return problem(413, 'payload-too-large', 'Bestand te groot', 'Je cv is groter dan 5 MB. Kies een kleiner bestand of sla het op als PDF.');
    }

    // A filled honeypot is a bot: it gets a normal-looking receipt and nothing is stored.
    if (field(form, 'website')) {
      const receipt = this.newReceipt(id);
      this.receipts.set(receiptKey, receipt);
      return json(receipt, 201);
    }

    const problems = await this.validateApplication(form, assignment);
    if (problems.length) return invalidInput(problems, 'fields');

    const receipt = this.newReceipt(id);
    // A request of before a reset (a test that ended while it was under way) answers, but
    // leaves the fresh state alone.
    if (ctx.generation !== this.generation) return json(receipt, 201);
    const number = (name: string) => (field(form, name) ? Number(field(form, name)) : null);
    this.applications.push({
      id: receipt.id,
      assignmentId: id,
      receivedAt: receipt.receivedAt,
      idempotencyKey: key,
      name: field(form, 'name'),
      email: field(form, 'email'),
      phone: field(form, 'phone') || null,
      kvkNumber: field(form, 'kvkNumber') || null,
      motivation: field(form, 'motivation'),
      availableFrom: field(form, 'availableFrom') || null,
      hoursPerWeek: number('hoursPerWeek'),
      rate: number('rate'),
      profileId: field(form, 'profileId') || null,
      cv: isFile(cv) ? { name: cv.name, type: cv.type, size: cv.size } : null,
      acceptConditions: field(form, 'acceptConditions') === 'true',
      managerConsent: field(form, 'managerConsent') === 'true',
      token: viewer.kind === 'user' ? viewer.identity.token : null,
    });
    this.receipts.set(receiptKey, receipt);
    return json(receipt, 201);
  }

  private newReceipt(assignmentId: string): ApplicationReceipt {
    return {
      id: `app-${String(++this.sequence).padStart(4, '0')}`,
      assignmentId,
      status: 'received',
      receivedAt: this.now().toISOString(),
    };
  }

  /** Every rule of the contract's table, all at once (NLGov: list every problem). */
  private async validateApplication(form: FormData, assignment: AssignmentInput): Promise<InvalidParam[]> {
    const problems: InvalidParam[] = [];
    const add = (name: string, code: string, reason: string) => problems.push({ name, code, reason });
    const { requirements } = assignment;

    const name = field(form, 'name');
    if (!name) add('name', 'required', 'Vul je naam in.');
    else if (name.length < 2 || name.length > 120) add('name', 'length', 'Je naam moet 2 tot 120 tekens lang zijn.');

    const email = field(form, 'email');
    if (!email) add('email', 'required', 'Vul je e-mailadres in.');
    else if (!isEmailAddress(email)) add('email', 'format', 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.');

    const kvk = field(form, 'kvkNumber');
    if (kvk && !/^\d{8}$/.test(kvk)) add('kvkNumber', 'format', 'Een KvK-nummer bestaat uit precies 8 cijfers.');
    else if (!kvk && requirements.kvkNumber) {
      add('kvkNumber', 'required', 'Vul je KvK-nummer in (8 cijfers): voor inhuur is inschrijving bij de KvK nodig.');
    }

    const motivation = field(form, 'motivation');
    if (!motivation) add('motivation', 'required', 'Schrijf een motivatie van minimaal 50 tekens.');
    else if (motivation.length < 50 || motivation.length > 5000) {
      add('motivation', 'length', `Je motivatie moet 50 tot 5000 tekens lang zijn; nu zijn het er ${motivation.length}.`);
    }

    const availableFrom = field(form, 'availableFrom');
    if (availableFrom && !isValidDate(availableFrom)) add('availableFrom', 'format', 'Vul een datum in als JJJJ-MM-DD.');

    const hours = field(form, 'hoursPerWeek');
    if (hours && !(/^\d+$/.test(hours) && Number(hours) >= 1 && Number(hours) <= 40)) {
      add('hoursPerWeek', 'range', 'Vul een heel aantal uren per week in, van 1 tot en met 40.');
    }

    const rate = field(form, 'rate');
    if (rate && !/^\d+(\.\d{1,2})?$/.test(rate)) add('rate', 'format', 'Vul een bedrag in euro per uur in, bijvoorbeeld 85 of 85.50.');

    const profileId = field(form, 'profileId');
    if (profileId && !this.profiles.some((p) => p.id === profileId)) add('profileId', 'unknown', 'Dit profiel bestaat niet.');

    const cv = form.get('cv');
    if (!isFile(cv)) {
      if (typeof cv === 'string' && cv.trim()) add('cv', 'type', 'Voeg je cv toe als bestand (PDF, DOCX of ODT).');
      else if (requirements.cv) add('cv', 'required', 'Voeg je cv toe (PDF, DOCX of ODT, maximaal 5 MB).');
    } else {
      const kind = cvKindOf(cv.name);
      if (!kind) add('cv', 'type', 'Je cv moet een PDF-, DOCX- of ODT-bestand zijn.');
      else if (!cvSignatureMatches(kind, new Uint8Array(await cv.slice(0, CV_HEAD_BYTES).arrayBuffer()))) {
        add('cv', 'signature', `Dit bestand is geen echt ${kind.toUpperCase()}-bestand. Sla je cv opnieuw op als PDF, DOCX of ODT.`);
      }
    }

    if (field(form, 'consent') !== 'true') {
      add('consent', 'required', 'Geef toestemming voor het verwerken van je gegevens volgens de privacyverklaring.');
    }
    if (requirements.conditionsUrl && field(form, 'acceptConditions') !== 'true') {
      add('acceptConditions', 'required', 'Ga akkoord met de inkoopvoorwaarden van de opdrachtgever.');
    }
    if (requirements.managerConsent && field(form, 'managerConsent') !== 'true') {
      add('managerConsent', 'required', 'Bevestig dat je leidinggevende akkoord is met deze opdracht.');
    }
    return problems;
  }

  // --- profiles -------------------------------------------------------------------------------

  private listProfiles(ctx: Context): Response {
    const { params, viewer, vocab } = ctx;
    const q = params.text('q');
    const fields = params.list('field');
    const regions = params.list('region');
    const kinds = params.list('kind', schemas.profileKinds);
    const availableFrom = params.date('availableFrom');
    const hoursMin = params.integer('hoursMin', 0, 168);
    const sort = params.choice('sort', ['name', '-updatedAt'] as const, 'name');
    const { page, pageSize } = paging(params);
    if (params.problems.length) return invalidInput(params.problems, 'params');

    const visible = this.profiles.filter((p) => canSee(viewer, p.visibility, p.organisation?.id));

    const filters: Record<string, Predicate<ProfileInput>> = {};
    if (q) {
      const words = fold(q).split(/\s+/).filter(Boolean);
      filters.q = (p) =>
        matchesText(words, [p.name, p.headline, p.organisation?.name, p.bio, ...p.skills, ...p.coreQualities]);
    }
    if (fields.length) filters.field = (p) => p.fields.some((f) => fields.includes(f.value));
    if (regions.length) filters.region = (p) => regions.includes(p.region.value);
    if (kinds.length) filters.kind = (p) => kinds.includes(p.kind);
    if (availableFrom) filters.availableFrom = (p) => !!p.availability && p.availability.from <= availableFrom;
    if (hoursMin !== undefined) filters.hoursMin = (p) => !!p.availability && p.availability.hoursPerWeek >= hoursMin;

    const results = applyFilters(visible, filters).sort(profileOrder[sort]);
    const facets = computeFacets(visible, filters, [
      { name: 'field', codes: (p) => p.fields, vocabulary: vocab.field, selected: fields },
      { name: 'region', codes: (p) => [p.region], vocabulary: vocab.region, selected: regions },
      { name: 'kind', codes: (p) => codesOf([p.kind]), vocabulary: vocab.kind, selected: kinds },
    ]);
    const items = results.slice((page - 1) * pageSize, page * pageSize).map((p) => localiseProfile(p, vocab));
    return json({ items, page, pageSize, total: results.length, facets });
  }

  private getProfile(ctx: Context, id: string): Response {
    const found = this.findProfile(ctx.viewer, id);
    if (found instanceof Response) return found;
    return json(localiseProfile(found, ctx.vocab));
  }

  private findProfile(viewer: Viewer, id: string): ProfileInput | Response {
    const profile = this.profiles.find((p) => p.id === id);
    if (!profile) return notFound(`Profiel ${id}`);
    if (!canSee(viewer, profile.visibility, profile.organisation?.id)) return denied(viewer);
    return profile;
  }
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  return new MockBackend(options);
}

// ---------------------------------------------------------------------------------------------
// Helpers that need the types above

function identify(request: Request, cookies: Record<string, string> = {}): Viewer {
  const authorization = request.headers.get('Authorization');
  let token: string | undefined;
  if (authorization) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!bearer) return { kind: 'bad-credentials' };
    token = bearer[1];
  } else {
    token = cookies[SESSION_COOKIE] ?? cookieFromHeader(request.headers.get('Cookie'), SESSION_COOKIE);
  }
  if (token === undefined) return { kind: 'anonymous' };
  const identity = identities.get(token);
  return identity ? { kind: 'user', identity } : { kind: 'bad-credentials' };
}

function cookieFromHeader(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function canSee(viewer: Viewer, visibility: Visibility, organisationId: string | undefined): boolean {
  if (visibility === 'public') return true;
  if (viewer.kind !== 'user') return false;
  if (visibility === 'network') return viewer.identity.network;
  return organisationId !== undefined && viewer.identity.organisation === organisationId;
}

/** `/v1/assignments/x/` under base `https://host/v1` → `/assignments/x`. */
function relativePath(url: string, base: string): string {
  const basePath = new URL(base, 'http://localhost').pathname.replace(/\/+$/, '');
  let path = new URL(url).pathname;
  if (basePath && (path === basePath || path.startsWith(`${basePath}/`))) path = path.slice(basePath.length);
  return path.replace(/\/+$/, '') || '/';
}

function matchPattern(pattern: string[], segments: string[]): string[] | null {
  if (pattern.length !== segments.length) return null;
  const args: string[] = [];
  for (const [i, part] of pattern.entries()) {
    if (part.startsWith(':')) args.push(segments[i]);
    else if (part !== segments[i]) return null;
  }
  return args;
}

/** A text part of the form, trimmed; '' when absent or a file. */
function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A chosen file: browsers send an empty, nameless file for an untouched `<input type="file">`. */
function isFile(value: FormDataEntryValue | null): value is File {
  return value instanceof File && (value.size > 0 || value.name !== '');
}


const byTitle = (a: AssignmentInput, b: AssignmentInput) => collator.compare(a.title, b.title) || a.id.localeCompare(b.id);
const publishedTime = (a: AssignmentInput) => Date.parse(a.publishedAt);

const assignmentOrder: Record<'closingDate' | '-publishedAt' | 'title', (a: AssignmentInput, b: AssignmentInput) => number> = {
  closingDate: (a, b) => a.closingDate.localeCompare(b.closingDate) || byTitle(a, b),
  '-publishedAt': (a, b) => publishedTime(b) - publishedTime(a) || byTitle(a, b),
  title: byTitle,
};

const profileOrder: Record<'name' | '-updatedAt', (a: ProfileInput, b: ProfileInput) => number> = {
  name: (a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
  '-updatedAt': (a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id),
};

export { fold, negotiateLanguage } from './text.js';
