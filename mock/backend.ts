/**
 * The mock backend: the one implementation of the HTTP contract (backend/) over an in-memory
 * store, for the browser (behind msw: tests, Storybook, `npm run start:mock`) and for Node
 * tests. It adds only what a test or demo needs around `fetch`: fixed test identities,
 * switchable faults (`setFault`), artificial `latency`, and `reset()`. It has no routing,
 * validation, problem or idempotency code of its own: those are the reference server's too.
 */
import { type Backend, createBackend } from '../backend/app.js';
import { type HtmlSanitizer, htmlSanitizer } from '../backend/html.js';
import { codeEntriesFrom } from '../backend/labels.js';
import { inNetwork } from '../backend/policy.js';
import type { AuditEntry, FileStore, Identity, StagedFile, StoredApplication, TokenClaims, Viewer } from '../backend/ports.js';
import { dutchToday } from '../backend/time.js';
import type { AssignmentInput, ProfileInput } from '../src/api/schemas.js';
import { type DatedSessionSeed, organisations, seedFor, vocabularies } from '../seed/seed.js';
import { sessionsOf } from '../seed/sessions.js';
import { MemoryStore } from './memory-store.js';

export { SESSION_COOKIE } from '../backend/identify.js';
export { fold, negotiateLanguage } from '../backend/text.js';

export const DEFAULT_BASE = 'https://api.flexschil.test/v1';
/** Where the mock's mails say the inbox and the sessions are, and the feed the board (the demo's pages). */
const demoPage = (page: string) => (typeof location === 'undefined' ? `http://localhost:5173/${page}` : new URL(`/${page}`, location.href).href);
const INBOX_URL = demoPage('inbox.html');
const SESSIONS_URL = demoPage('zwermsessies.html');
// The feed's entries open on the demo board (its dialog, `sync-url`).
const BOARD_URL = `${demoPage('index.html')}?opdrachten-id={id}`;



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

const fixedViewers: Record<string, Viewer> = {
  [mockTokens.steenbergen]: { sub: 'steenbergen', organisation: 'gem-steenbergen', network: true, roles: [], profileId: null },
  [mockTokens.provincie]: { sub: 'provincie', organisation: 'prov-noord-brabant', network: true, roles: [], profileId: null },
  [mockTokens.guest]: { sub: 'guest', organisation: null, network: false, roles: [], profileId: null },
};

const MINTED = 'mock.';

/**
 * The fixed tokens above, and tokens minted by `POST /dev/token` (or {@link mockToken}) for any
 * identity: `mock.` and the claims as base64url JSON. A test backend has no secrets to keep.
 */
export const mockIdentity: Identity = {
  async verify(token) {
    if (token in fixedViewers) return fixedViewers[token];
    if (!token.startsWith(MINTED)) return null;
    try {
      const claims = JSON.parse(fromBase64Url(token.slice(MINTED.length))) as TokenClaims;
      const organisation = claims.org ?? null;
      return {
        sub: claims.sub ?? 'dev-user',
        organisation,
        network: await inNetwork(claims.network, organisation, async (id) => organisations.some((o) => o.id === id)),
        roles: claims.roles ?? [],
        profileId: claims.profile ?? null,
      };
    } catch {
      return null;
    }
  },
  async mint(claims) {
    return mockToken(claims);
  },
};

/** A token of the mock for these claims (tests and stories acting as a poster, a professional, …). */
export function mockToken(claims: TokenClaims): string {
  return MINTED + toBase64Url(JSON.stringify(claims));
}

function toBase64Url(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

// ---------------------------------------------------------------------------------------------
// Files

/** Uploaded files in memory: the mock keeps CVs only until the next reset. */
export class MemoryFiles implements FileStore {
  readonly files = new Map<string, Uint8Array>();
  private sequence = 0;

  async stage(bytes: Uint8Array, extension: string): Promise<StagedFile> {
    const name = `file-${++this.sequence}.${extension}`;
    return {
      name,
      commit: async () => {
        this.files.set(name, bytes);
      },
      discard: async () => {},
    };
  }

  async read(name: string): Promise<Uint8Array | null> {
    return this.files.get(name) ?? null;
  }

  async remove(name: string): Promise<void> {
    this.files.delete(name);
  }
}

// ---------------------------------------------------------------------------------------------
// Faults

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

const problemHeaders = { 'Content-Type': 'application/problem+json; charset=utf-8' };

function faultResponse(kind: FaultKind, path: string): Response | null {
  switch (kind) {
    case 'error500':
      return new Response(
        JSON.stringify({ type: 'https://flexschil.nl/problems/server-error', title: 'Serverfout', status: 500, detail: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' }),
        { status: 500, headers: problemHeaders },
      );
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
      return Response.json(
        /^\/(assignments|profiles)$/.test(path) ? { items: [{ title: 'Opdracht zonder id en organisatie' }], page: 1 } : { title: 'Antwoord zonder verplichte velden' },
      );
    case 'empty':
      return new Response('', { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    case 'network':
      return Response.error();
    case 'rate-limit':
      return new Response(
        JSON.stringify({ type: 'https://flexschil.nl/problems/rate-limit', title: 'Te veel verzoeken', status: 429, detail: 'Er komen te veel verzoeken binnen. Probeer het over een seconde opnieuw.' }),
        { status: 429, headers: { ...problemHeaders, 'Retry-After': '1' } },
      );
    case 'slow':
      return null;
  }
}

/** `handle()` answers with this for the `network` fault: the msw layer turns it into `HttpResponse.error()`. */
export function isNetworkError(response: Response): boolean {
  return response.type === 'error';
}

// ---------------------------------------------------------------------------------------------
// The backend

export interface MockBackendOptions {
  /** Data to start from (and to return to on `reset()`); default: the demo world of seed/ on `today`. */
  seed?: { assignments?: AssignmentInput[]; profiles?: ProfileInput[]; sessions?: DatedSessionSeed[] };
  /** Base URL whose path is where the API lives (default {@link DEFAULT_BASE}). */
  base?: string;
  /** Milliseconds added to every answer, so a demo feels like a real network (default 0). */
  latency?: number;
  /** The backend's Dutch calendar date (`YYYY-MM-DD`); default: today, from `now`. */
  today?: string;
  /** The clock (default the real one; with `today`, noon of that day). */
  now?: () => Date;
}

export interface HandleOptions {
  /** Overrides the backend's base for this request (the msw layer passes its own). */
  base?: string;
  /** Cookies of the request: browsers hide the `Cookie` header from service workers. */
  cookies?: Record<string, string>;
}

export class MockBackend {
  readonly base: string;
  /** Milliseconds added to every answer. */
  latency: number;
  /** The backend's Dutch calendar date. */
  readonly today: string;
  readonly now: () => Date;

  private readonly seed: { assignments: AssignmentInput[]; profiles: ProfileInput[]; sessions: DatedSessionSeed[] };
  private current!: {
    store: MemoryStore;
    files: MemoryFiles;
    backends: Map<string, Backend>;
    mails: { to: string; subject: string; text: string }[];
  };
  private currentFault: Fault | null = null;
  private faultsLeft = Number.POSITIVE_INFINITY;

  constructor(options: MockBackendOptions = {}) {
    this.now = options.now ?? (options.today ? () => new Date(`${options.today}T12:00:00+01:00`) : () => new Date());
    this.today = options.today ?? dutchToday(this.now());
    const world = seedFor(this.today);
    this.seed = {
      assignments: options.seed?.assignments ?? world.assignments,
      profiles: options.seed?.profiles ?? world.profiles,
      sessions: options.seed?.sessions ?? world.sessions,
    };
    this.base = options.base ?? DEFAULT_BASE;
    this.latency = options.latency ?? 0;
    this.reset();
  }

  /** The store: current data; mutate freely in a test or story, `reset()` restores the seed. */
  get store(): MemoryStore {
    return this.current.store;
  }

  get assignments(): AssignmentInput[] {
    return this.current.store.assignments;
  }

  get profiles(): ProfileInput[] {
    return this.current.store.profiles;
  }

  /** Applications accepted since the last reset (honeypot ones are not here). */
  get applications(): StoredApplication[] {
    return this.current.store.applications;
  }

  /** Mails the backend sent since the last reset (delivered at once: the mock's SMTP never fails). */
  get mails(): { to: string; subject: string; text: string }[] {
    return this.current.mails;
  }

  /** Who read or changed which application, since the last reset. */
  get auditLog(): AuditEntry[] {
    return this.current.store.auditLog;
  }

  /** Uploaded files by their stored name. */
  get files(): Map<string, Uint8Array> {
    return this.current.files.files;
  }

  /**
   * Back to the seed: data restored, applications, keys and faults forgotten. A request under
   * way keeps the old store, so it stores nothing in the new one.
   */
  reset(): void {
    const codes = codeEntriesFrom({ nl: vocabularies('nl'), en: vocabularies('en') });
    this.current = {
      store: new MemoryStore({ assignments: this.seed.assignments, profiles: this.seed.profiles, codes, ...sessionsOf(this.seed.sessions) }),
      files: new MemoryFiles(),
      backends: new Map(),
      mails: [],
    };
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
    const basePath = new URL(options.base ?? this.base, 'http://localhost').pathname.replace(/\/+$/, '');
    const backend = this.backendFor(basePath);
    await sleep(this.latency, request.signal);

    const fault = this.takeFault(relativePath(request.url, basePath));
    if (fault) {
      await sleep(fault.delay ?? (fault.kind === 'slow' ? 3000 : 0), request.signal);
      const response = faultResponse(fault.kind, relativePath(request.url, basePath));
      if (response) return response;
    }
    return backend.fetch(request, { cookies: options.cookies });
  }

  private backendFor(basePath: string): Backend {
    const { store, files, backends, mails } = this.current;
    let backend = backends.get(basePath);
    if (!backend) {
      backend = createBackend({
        store,
        files,
        identity: mockIdentity,
        mailer: { send: async (mail) => void mails.push(mail) },
        // Built on first use: in Node that loads jsdom, which only writes of rich text need.
        sanitizeHtml: (html) => sanitizer()(html),
        deliverMailAtOnce: true,
        now: this.now,
        log: { info() {}, warn() {}, error: (event, fields) => console.error('[mock backend]', event, fields) },
        config: { basePath, dev: true, validateResponses: true, applicationRateLimit: 0, sessionRateLimit: 0, inboxUrl: INBOX_URL, sessionsUrl: SESSIONS_URL, boardUrl: BOARD_URL },
      });
      backends.set(basePath, backend);
    }
    return backend;
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
}

let sanitize: HtmlSanitizer | null = null;
/**
 * DOMPurify on the page's own DOM; in Node (the conformance suite runs the mock there too) on
 * jsdom, which the server also uses.
 */
function sanitizer(): HtmlSanitizer {
  sanitize ??= htmlSanitizer(typeof window !== 'undefined' ? window : nodeWindow());
  return sanitize;
}

/** Node only: jsdom, loaded by a name the browser's bundler does not follow. */
function nodeWindow(): unknown {
  const load = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('module') as
    | { createRequire(url: string): (id: string) => unknown }
    | undefined;
  if (!load) throw new Error('no DOM to sanitise rich text with');
  const { JSDOM } = load.createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
  return new JSDOM('').window;
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  return new MockBackend(options);
}

/** `/v1/assignments/x/` under base path `/v1` → `/assignments/x`. */
function relativePath(url: string, basePath: string): string {
  let path = new URL(url).pathname;
  if (basePath && (path === basePath || path.startsWith(`${basePath}/`))) path = path.slice(basePath.length);
  return path.replace(/\/+$/, '') || '/';
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
