/**
 * The reference backend: the contract's one implementation (backend/) over PostgreSQL or the
 * embedded PGlite, CV files on disk, JWTs, and `/health`. `createApp` opens (and migrates, and
 * on first start seeds) the database but never listens: tests call `fetch` directly, the demo
 * launcher mounts `app`, and server/server.ts puts it on a port.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import { JSDOM } from 'jsdom';
import { htmlSanitizer } from '../backend/html.js';
import { apiVersion, createBackend, MAX_CV_BYTES, securityHeaders } from '../backend/app.js';
import { checkPageUrls } from '../backend/page-url.js';
import { answerCache } from '../backend/http/answer-cache.js';
import { cors } from '../backend/http/cors.js';
import { problem } from '../backend/http/problem.js';
import { checkPublicUrl, clientKey, forwardedEntry } from '../backend/http/public-url.js';
import type { ApiContact } from '../backend/openapi.js';
import type { Mailer, TokenClaims } from '../backend/ports.js';
import type { Operation } from '../backend/routes/routes.js';
import { dutchToday } from '../backend/time.js';
import { type AuthOptions, createAuthenticator } from './auth.js';
import { type Database, type DatabaseOptions, openDatabase } from './db/database.js';
import { DiskFiles } from './files.js';
import { checkSmtpUrl, smtpMailer } from './mail.js';
import { compressText } from './http/compress.js';
import { describeError, jsonLogger, type Logger } from './http/log.js';
import { type RetentionResult, runRetention } from './retention.js';
import { mailBacklog } from './store/applications.js';
import { databaseId } from './store/identity.js';
import { kyselyStore } from './store/index.js';
import { ensureVocabularies, seedIfEmpty } from './store/seed.js';

export { MAX_CV_BYTES };
export { SESSION_COOKIE } from '../backend/identify.js';

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
  /** Origins whose pages may send credentials (cookie sessions); every other origin reads without (backend/http/cors.ts). Default `['*']`. */
  corsOrigins?: string[];
  /** Days an application (and its CV) is kept (default 90). */
  retentionDays?: number;
  /** Applications per client per minute (default 10; 0 turns the limit off). */
  rateLimit?: number;
  /**
   * Session sign-ups per client per minute, and as many requests with a cancel link (status and
   * cancel together): two budgets (default 10 each; 0 turns both off).
   */
  sessionRateLimit?: number;
  /**
   * Proxies in front of this server that append to `X-Forwarded-For` (default 0: use the
   * socket's address). With 1, the client is the address the nearest proxy added (the
   * right-most entry); entries further left are written by the client and never trusted.
   */
  trustProxy?: number;
  /**
   * The API's base URL as clients reach it (`https://api.example.nl/api/v1`): the feed, the
   * calendar file and Location headers name it. Default: taken from each request (with
   * `trustProxy`, its X-Forwarded-Proto). See backend/http/public-url.ts.
   */
  publicUrl?: string;
  /** Seed an empty database with the demo world of seed/seed.ts (default true). */
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
  /** `smtp://…` to send mail through (default: none; mail is then logged as not sent). */
  smtpUrl?: string;
  /** Sender of the mails (default `Flexschil <noreply@localhost>`). */
  mailFrom?: string;
  /** The page where posters read applications; the announcement mails link to it. */
  inboxUrl?: string;
  /** The page with `<session-list>`; registration mails link to it to cancel. */
  sessionsUrl?: string;
  /** The page with `<assignment-list>` (`{id}`: the assignment's id); feed entries without a `url` link to it. */
  boardUrl?: string;
  /** The board on an English page (`{id}` as in `boardUrl`): the English feed links to it. */
  boardUrlEn?: string;
  /** Another mailer (tests); overrides `smtpUrl`. */
  mailer?: Mailer | null;
  /** Who answers questions about this API (`info.contact` of /openapi.json, NLGov ADR): name, url and email. */
  apiContact?: ApiContact;
  /** Compress JSON answers of 1 kB and more (brotli or gzip, as the client accepts; default true). */
  compress?: boolean;
  /**
   * Megabytes of public answers kept ready to send per data version (backend/http/answer-cache.ts;
   * default 32; 0 keeps none).
   */
  answerCacheMb?: number;
}

export interface FlexschilApp {
  /** Routes under `basePath` and `/health`; mount it or add routes (static demo pages) to it. */
  app: Hono;
  fetch: (request: Request) => Promise<Response>;
  database: Database;
  basePath: string;
  /** UPLOAD_DIR: files of versions before per-database folders lie here directly. */
  uploadDir: string;
  /** This database's own folder in it (`<uploadDir>/<id>`, meta `database_id`): where CVs are written and swept. */
  filesDir: string;
  retentionDays: number;
  /** Deletes personal data older than the retention period (server/retention.ts), CV files included, and orphaned files. */
  runRetention(options?: { partialGraceMs?: number; orphanGraceMs?: number }): Promise<RetentionResult>;
  /** Every operation the API routes (method, path, operationId). */
  operations: readonly Operation[];
  /** Sends what is due in the outbox (the server's worker calls it; tests may too); `signal`: as Backend.deliverMail. */
  deliverMail(signal?: AbortSignal): Promise<{ sent: number; failed: number }>;
  /** Wakes the mail worker once it runs (server/server.ts). */
  onMailQueued(listener: () => void): void;
  /** Development mode only: a token for these claims (an organisation's employee, a poster, …). */
  mintToken?(claims: TokenClaims, ttlSeconds?: number): Promise<string>;
  /** Closes what createApp opened (the database unless it was passed in, a temporary upload folder). */
  close(): Promise<void>;
}

export const DEFAULT_BASE_PATH = '/api/v1';

export async function createApp(options: AppOptions = {}): Promise<FlexschilApp> {
  // What would stop the start stops it before anything is opened.
  checkPageUrls(options);
  if (options.publicUrl) checkPublicUrl('publicUrl', options.publicUrl);
  if (options.smtpUrl && options.mailer === undefined) checkSmtpUrl('smtpUrl', options.smtpUrl);
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
          logger: log,
          ...(options.database as DatabaseOptions | undefined),
        });
  const { db } = database;

  await ensureVocabularies(db);
  if (options.seed ?? true) {
    const today = dutchToday(now());
    if (await seedIfEmpty(db, today)) log.info('database.seeded', { source: 'seed/seed.ts', today });
  }

  let temporaryUploads: string | null = null;
  let uploadDir = options.uploadDir ?? (options.dataDir ? path.join(options.dataDir, 'uploads') : undefined);
  if (!uploadDir) uploadDir = temporaryUploads = await mkdtemp(path.join(tmpdir(), 'flexschil-uploads-'));
  await mkdir(uploadDir, { recursive: true, mode: 0o700 }).catch((error: Error) => {
    throw new Error(`UPLOAD_DIR: cannot create ${uploadDir} for the CV files (${error.message})`, { cause: error });
  });
  // This database's own folder: another database sharing UPLOAD_DIR never sweeps it (server/files.ts).
  const filesDir = path.join(uploadDir, await databaseId(db));
  await mkdir(filesDir, { recursive: true, mode: 0o700 });
  const files = new DiskFiles(filesDir, log, uploadDir);

  const isMember = async (organisation: string) =>
    !!(await db.selectFrom('organisation').select('id').where('id', '=', organisation).executeTakeFirst());
  const identity = await createAuthenticator(options.auth ?? {}, dev, isMember, log);
  if (!identity.configured) log.warn('auth.unconfigured', { detail: 'no JWT key: internal data is refused to everyone' });

  const mailer = options.mailer !== undefined ? options.mailer : options.smtpUrl ? smtpMailer(options.smtpUrl, options.mailFrom ?? 'Flexschil <noreply@localhost>') : null;
  let mailQueued = () => {};

  const store = kyselyStore(database);
  if (!mailer) {
    log.warn('mail.unconfigured', {
      detail: 'no SMTP_URL: no mail is sent; it waits in the outbox and goes out once SMTP_URL is set and the server restarted',
      waiting: await store.waitingMail(),
    });
  }

  const trustProxy = options.trustProxy ?? 0;
  const corsOrigins = options.corsOrigins ?? ['*'];
  const answerCacheMb = options.answerCacheMb ?? 32;
  const backend = createBackend({
    apiContact: options.apiContact,
    mailer,
    sanitizeHtml: htmlSanitizer(new JSDOM('').window),
    compress: options.compress === false ? undefined : compressText,
    answers: answerCacheMb > 0 ? answerCache(answerCacheMb * 1024 * 1024) : undefined,
    mailQueued: () => mailQueued(),
    store,
    files,
    identity,
    log,
    now,
    clientKey: (request, env) => clientAddress(request, env as { incoming?: IncomingMessage } | undefined, trustProxy),
    config: {
      basePath,
      dev,
      validateResponses: options.validateResponses ?? dev,
      publicMaxAge: options.publicMaxAge ?? 60,
      maxCvBytes: options.maxCvBytes ?? MAX_CV_BYTES,
      applicationRateLimit: options.rateLimit ?? 10,
      sessionRateLimit: options.sessionRateLimit ?? 10,
      corsOrigins,
      inboxUrl: options.inboxUrl ?? null,
      sessionsUrl: options.sessionsUrl ?? null,
      boardUrl: options.boardUrl ?? null,
      boardUrlEn: options.boardUrlEn ?? null,
      publicUrl: options.publicUrl ?? null,
      trustProxy,
    },
  });

  const app = new Hono();
  // `/health` and a path outside the API answer as the API does: its version, nothing to frame or sniff.
  app.use('*', apiVersion, securityHeaders);
  // And readable by the pages the API is, so a widget with a mistyped endpoint path (…/api/v2,
  // …/v1) gets the 404 that says where the API is, not a CORS refusal that sends its web team to
  // CORS_ORIGINS. The API's own paths have it in the API (backend/app.ts).
  const outsideCors = cors(corsOrigins);
  app.use('*', (c, next) => (c.req.path === basePath || c.req.path.startsWith(`${basePath}/`) ? next() : outsideCors(c, next)));
  app.get('/health', async (c) => {
    try {
      // The outbox's backlog is the statement that shows the database answers. Mail piling up
      // (SMTP down) leaves it 200: an instance taken out of the load balancer sends no more mail,
      // and every instance would be, closing the boards over a mail server (server/README.md).
      const mail = await mailBacklog(db);
      return c.json({ status: 'ok', database: database.kind, mail }, 200, { 'Cache-Control': 'no-store' });
    } catch (error) {
      log.error('health.failed', describeError(error));
      return c.json({ status: 'unavailable', database: database.kind }, 503, { 'Cache-Control': 'no-store', 'Retry-After': '5' });
    }
  });
  // Another method on /health: 405 with Allow, as on the API's paths (a 404 said there was no /health).
  app.all('/health', (c) =>
    c.req.method === 'OPTIONS'
      ? new Response(null, { status: 204, headers: { Allow: 'GET, HEAD, OPTIONS' } })
      : problem(405, 'method-not-allowed', 'Methode niet toegestaan', `${c.req.method} kan hier niet; wel: GET, HEAD, OPTIONS.`, { headers: { Allow: 'GET, HEAD, OPTIONS' } }),
  );
  app.route('/', backend.app as unknown as Hono);
  // Outside the API (and /health) too, a refusal is a problem+json, not Hono's plain text.
  app.notFound((c) => problem(404, 'not-found', 'Niet gevonden', `Het pad ${new URL(c.req.url).pathname.slice(0, 200)} bestaat niet; de API staat onder ${basePath}.`));

  const retentionDays = options.retentionDays ?? 90;
  return {
    app,
    fetch: async (request) => app.fetch(request),
    database,
    basePath,
    uploadDir,
    filesDir,
    retentionDays,
    runRetention: (grace) => runRetention(db, { retentionDays, files, now: now(), log, inboxUrl: options.inboxUrl ?? null, ...grace }),
    operations: backend.operations,
    deliverMail: (signal) => backend.deliverMail(signal),
    onMailQueued(listener) {
      mailQueued = listener;
    },
    mintToken: identity.mint ? (claims, ttlSeconds = 15 * 60) => identity.mint!(claims, ttlSeconds) : undefined,
    async close() {
      if (ownsDatabase) await database.close();
      if (temporaryUploads) await rm(temporaryUploads, { recursive: true, force: true });
    },
  };
}

/**
 * The client a rate limit and the share of the requests in flight count: the socket's address,
 * or behind `trustProxy` proxies that append to `X-Forwarded-For` the entry the outermost of
 * them added; an IPv6 address by its /64 (`clientKey`, backend/http/public-url.ts).
 */
export function clientAddress(request: Request, env: { incoming?: IncomingMessage } | undefined, trustProxy: number): string | null {
  const address = forwardedEntry(request, 'X-Forwarded-For', trustProxy) ?? env?.incoming?.socket?.remoteAddress;
  return address ? clientKey(address) : null;
}
