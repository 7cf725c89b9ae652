/**
 * The reference backend as a Hono app: the whole contract (CONTRACT.md §1) under `basePath`
 * (default `/api/v1`), plus `/health`. `createApp` opens (and migrates, and on first start
 * seeds) the database but never listens: tests call `fetch` directly, the demo launcher mounts
 * `app`, and server/server.ts puts it on a port.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { routePath } from 'hono/route';
import { type AuthOptions, createAuthenticator } from './auth.js';
import type { AppEnv, Deps } from './context.js';
import type { Viewer } from './data/conditions.js';
import { ensureVocabularies, seedIfEmpty } from './data/seed.js';
import { negotiateLanguage, Vocabulary } from './data/vocabulary.js';
import { type Database, type DatabaseOptions, openDatabase } from './db/database.js';
import { cors } from './http/cors.js';
import { describeError, jsonLogger, type Logger } from './http/log.js';
import { problem, ProblemError, unauthorized } from './http/problem.js';
import { RateLimiter } from './http/rate-limit.js';
import { type RetentionResult, runRetention } from './retention.js';
import { applicationRoutes } from './routes/applications.js';
import { catalogRoutes } from './routes/catalog.js';
import { devRoutes } from './routes/dev.js';
import { openApiDocument } from './routes/openapi.js';

export interface AppOptions {
  /** An open database, or how to open one. Default: PGlite in memory (or in `dataDir`). */
  database?: Database | DatabaseOptions;
  /** Folder for the embedded database (`<dataDir>/pglite`) and uploads (`<dataDir>/uploads`). */
  dataDir?: string;
  /** Where CV files go. Default `<dataDir>/uploads`, or a temporary folder without `dataDir`. */
  uploadDir?: string;
  /** Where the API lives (default `/api/v1`). */
  basePath?: string;
  auth?: AuthOptions;
  /** Development mode: `POST /dev/token`, response checks against the contract. */
  dev?: boolean;
  /** Origins allowed to embed the widgets; `*` lets any origin read without credentials. Default `['*']`. */
  corsOrigins?: string[];
  /** Days an application (and its CV) is kept (default 90). */
  retentionDays?: number;
  /** Applications per client per minute (default 10; 0 turns the limit off). */
  rateLimit?: number;
  /** Take the client address from `X-Forwarded-For` (only behind a proxy that sets it). */
  trustProxy?: boolean;
  /** Seed an empty database with the demo data of mock/seed.ts (default true). */
  seed?: boolean;
  logger?: Logger;
  /** Check every JSON answer against src/api/schemas.ts (default: on in dev mode). */
  validateResponses?: boolean;
  /** Seconds public answers may be cached (default 60). */
  publicMaxAge?: number;
  /** Largest CV in bytes (default 5 MB, the contract's). */
  maxCvBytes?: number;
  /** The clock (tests). */
  now?: () => Date;
}

export interface FlexschilApp {
  /** Routes under `basePath` and `/health`; mount it or add routes (static demo pages) to it. */
  app: Hono;
  fetch: (request: Request) => Promise<Response>;
  database: Database;
  basePath: string;
  uploadDir: string;
  retentionDays: number;
  /** Deletes applications older than the retention period, and their files. */
  runRetention(): Promise<RetentionResult>;
  /** Development mode only: a token for an organisation (`null`: signed in without one). */
  mintToken?(org: string | null): Promise<string>;
  /** Closes what createApp opened (the database unless it was passed in, a temporary upload folder). */
  close(): Promise<void>;
}

export const DEFAULT_BASE_PATH = '/api/v1';
/** Name of the cookie an intranet may set with the user's token instead of sending a bearer token. */
export const SESSION_COOKIE = 'flexschil-session';
export const MAX_CV_BYTES = 5 * 1024 * 1024;

export async function createApp(options: AppOptions = {}): Promise<FlexschilApp> {
  const log = options.logger ?? jsonLogger();
  const now = options.now ?? (() => new Date());
  const basePath = (options.basePath ?? DEFAULT_BASE_PATH).replace(/\/+$/, '');
  const dev = options.dev ?? false;

  const ownsDatabase = !(options.database && 'db' in options.database);
  const database =
    options.database && 'db' in options.database
      ? options.database
      : await openDatabase({
          dataDir: options.dataDir ? path.join(options.dataDir, 'pglite') : undefined,
          ...(options.database as DatabaseOptions | undefined),
        });
  const { db } = database;

  await ensureVocabularies(db);
  if (options.seed ?? true) {
    if (await seedIfEmpty(db)) log.info('database.seeded', { source: 'mock/seed.ts' });
  }

  let temporaryUploads: string | null = null;
  let uploadDir = options.uploadDir ?? (options.dataDir ? path.join(options.dataDir, 'uploads') : undefined);
  if (!uploadDir) uploadDir = temporaryUploads = await mkdtemp(path.join(tmpdir(), 'flexschil-uploads-'));
  await mkdir(uploadDir, { recursive: true, mode: 0o700 });

  const isMember = async (organisation: string) =>
    !!(await db.selectFrom('organisation').select('id').where('id', '=', organisation).executeTakeFirst());
  const auth = await createAuthenticator(options.auth ?? {}, dev, isMember);
  if (!auth.configured) log.warn('auth.unconfigured', { detail: 'no JWT key: internal data is refused to everyone' });

  const deps: Deps = {
    db,
    vocabulary: new Vocabulary(db),
    auth,
    log,
    limiter: new RateLimiter(options.rateLimit ?? 10, 60_000),
    now,
    uploadDir,
    maxCvBytes: options.maxCvBytes ?? MAX_CV_BYTES,
    publicMaxAge: options.publicMaxAge ?? 60,
    validateResponses: options.validateResponses ?? dev,
    trustProxy: options.trustProxy ?? false,
    dev,
  };

  const api = new Hono<AppEnv>();
  api.use(requestLog(log));
  api.use(securityHeaders);
  api.use(cors(options.corsOrigins ?? ['*']));
  api.use(async (c, next) => {
    c.set('lang', negotiateLanguage(c.req.header('Accept-Language')));
    let viewer: Viewer | null = null;
    const authorization = c.req.header('Authorization');
    // A bearer token, or an intranet's cookie session carrying the same kind of token
    // (CONTRACT.md §1 Auth: `credentials: "include"`).
    const session = authorization === undefined ? getCookie(c, SESSION_COOKIE) : undefined;
    if (authorization !== undefined || session !== undefined) {
      // Credentials that are present but wrong are a 401 everywhere, also on public data:
      // the client should know its session ended rather than silently see less.
      const token = session ?? /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
      viewer = token ? await auth.verify(token) : null;
      if (!viewer) return unauthorized('Het toegangstoken is ongeldig of verlopen. Log opnieuw in.', 'invalid_token');
    }
    c.set('viewer', viewer);
    await next();
  });

  catalogRoutes(api, deps);
  applicationRoutes(api, deps);
  devRoutes(api, deps);
  let openapi: unknown;
  api.get('/openapi.json', (c) => {
    openapi ??= openApiDocument(basePath);
    return c.json(openapi as object, 200, { 'Cache-Control': 'public, max-age=3600' });
  });

  // Known paths with another method: 405 with Allow. Anything else under the base: 404 problem.
  const allowed: Record<string, string> = {
    '/assignments': 'GET',
    '/assignments/:id': 'GET',
    '/assignments/:id/match': 'GET',
    '/assignments/:id/applications': 'POST',
    '/profiles': 'GET',
    '/profiles/:id': 'GET',
    '/vocabularies': 'GET',
  };
  for (const [route, allow] of Object.entries(allowed)) {
    api.all(route, (c) =>
      c.req.method === 'OPTIONS'
        ? new Response(null, { status: 204, headers: { Allow: `${allow}, OPTIONS` } })
        : problem(405, 'method-not-allowed', 'Methode niet toegestaan', `${c.req.method} kan hier niet; wel: ${allow}.`, {
            headers: { Allow: `${allow}, OPTIONS` },
          }),
    );
  }
  api.all('*', (c) => problem(404, 'not-found', 'Niet gevonden', `Het pad ${new URL(c.req.url).pathname} bestaat niet.`));
  api.onError((error, c) => {
    if (error instanceof ProblemError) return error.response;
    log.error('request.failed', { route: routePath(c), ...describeError(error) });
    return problem(500, 'server-error', 'Serverfout', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
  });

  const app = new Hono();
  app.get('/health', async (c) => {
    try {
      await db.selectFrom('meta').select('key').limit(1).execute();
      return c.json({ status: 'ok', database: database.kind }, 200, { 'Cache-Control': 'no-store' });
    } catch (error) {
      log.error('health.failed', describeError(error));
      return c.json({ status: 'unavailable', database: database.kind }, 503, { 'Cache-Control': 'no-store', 'Retry-After': '5' });
    }
  });
  app.route(basePath, api);

  const retentionDays = options.retentionDays ?? 90;
  return {
    app,
    fetch: async (request) => app.fetch(request),
    database,
    basePath,
    uploadDir,
    retentionDays,
    runRetention: () => runRetention(db, { retentionDays, uploadDir, now: now(), log }),
    mintToken: auth.mint ? (org) => auth.mint!({ org }) : undefined,
    async close() {
      if (ownsDatabase) await database.close();
      if (temporaryUploads) await rm(temporaryUploads, { recursive: true, force: true });
    },
  };
}

/** One line per request: method, route pattern, status, duration. No query, ids or addresses. */
function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log.info('request', {
      method: c.req.method,
      route: routePath(c),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}

/** An API answers data, never pages: nothing on it may run, be framed or sniffed. */
const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  // Ignored by browsers over plain http (local development); pins https once deployed.
  headers.set('Strict-Transport-Security', 'max-age=31536000');
};
