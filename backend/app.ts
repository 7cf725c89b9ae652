/**
 * The HTTP contract (CONTRACT.md §1), implemented once. A Hono app that runs wherever `fetch`
 * does: the reference server mounts it in Node over PostgreSQL/PGlite (server/), the mock
 * answers msw's intercepted requests with it over an in-memory store (mock/). What differs
 * between them comes in through the ports (backend/ports.ts); every rule of the contract —
 * validation, problems, who may see what, idempotency, facets, caching — lives here.
 */
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv, BackendConfig, Deps } from './context.js';
import { newId } from './ids.js';
import { checkPageUrls } from './page-url.js';
import { cors } from './http/cors.js';
import { issuedEtags } from './http/issued-etags.js';
import { checkPublicUrl } from './http/public-url.js';
import { problem, ProblemError, serverError } from './http/problem.js';
import { respond } from './http/respond.js';
import { Vocabulary } from './labels.js';
import { type ApiContact, API_VERSION, openApiDocument } from './openapi.js';
import type { HtmlSanitizer } from './html.js';
import { deliverMail } from './outbox.js';
import type { FileStore, Identity, Logger, Mailer, Store } from './ports.js';
import { applicationRoutes } from './routes/applications.js';
import { inboxRoutes } from './routes/inbox.js';
import { feedRoutes } from './routes/feed.js';
import { postingRoutes } from './routes/posting.js';
import { sessionRoutes } from './routes/sessions.js';
import { catalogRoutes } from './routes/catalog.js';
import { devRoutes } from './routes/dev.js';
import { type Operation, Routes } from './routes/routes.js';
import { type Lang, negotiateLanguage } from './text.js';
import { dutchToday } from './time.js';

export interface BackendOptions {
  store: Store;
  files: FileStore;
  identity: Identity;
  log?: Logger;
  now?: () => Date;
  /** The client a rate limit counts; default: none (no limit). */
  clientKey?: Deps['clientKey'];
  /**
   * Sends mail from the outbox; null: mail is logged as not sent. With `deliverMailAtOnce`
   * every queued mail is delivered right after its request (the mock); otherwise the runtime
   * runs {@link Backend.deliverMail} on a timer and `mailQueued` wakes it (the server).
   */
  mailer?: Mailer | null;
  /** Rich text to the contract's allowlist before it is stored (backend/html.ts `htmlSanitizer`). */
  sanitizeHtml: HtmlSanitizer;
  mailQueued?: () => void;
  deliverMailAtOnce?: boolean;
  /** Compresses JSON answers of 1 kB and more for clients that accept it (backend/http/respond.ts). */
  compress?: Deps['compress'];
  /** Keeps public answers per data version (backend/http/answer-cache.ts); absent, none are kept. */
  answers?: Deps['answers'];
  config?: Partial<BackendConfig>;
  /** Who answers questions about this API, in `/openapi.json` (default: the Flexschil project). */
  apiContact?: ApiContact;
}

export interface Backend {
  /** Routes under `config.basePath`. */
  app: Hono<AppEnv>;
  fetch: (request: Request, env?: AppEnv['Bindings']) => Promise<Response>;
  vocabulary: Vocabulary;
  config: BackendConfig;
  /** Sends what is due in the outbox; `signal` aborted: no further mail after the one being sent. */
  deliverMail(signal?: AbortSignal): Promise<{ sent: number; failed: number }>;
  /** Every routed operation. */
  operations: readonly Operation[];
}

export const MAX_CV_BYTES = 5 * 1024 * 1024;

const silent: Logger = { info() {}, warn() {}, error() {} };

export function defaultConfig(config: Partial<BackendConfig> = {}): BackendConfig {
  checkPageUrls(config);
  return {
    basePath: '',
    dev: false,
    validateResponses: false,
    publicMaxAge: 60,
    maxCvBytes: MAX_CV_BYTES,
    applicationRateLimit: 10,
    sessionRateLimit: 10,
    corsOrigins: ['*'],
    inboxUrl: null,
    sessionsUrl: null,
    boardUrl: null,
    boardUrlEn: null,
    trustProxy: 0,
    ...config,
    publicUrl: config.publicUrl ? checkPublicUrl('publicUrl', config.publicUrl) : null,
  };
}

export function createBackend(options: BackendOptions): Backend {
  const config = defaultConfig(options.config);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? silent;
  const vocabulary = new Vocabulary(options.store, 30_000, () => now().getTime());
  const mailer = options.mailer ?? null;
  const deliver = (signal?: AbortSignal) => deliverMail(options.store, mailer, log, { now, signal });
  const deps: Deps = {
    store: options.store,
    files: options.files,
    identity: options.identity,
    vocabulary,
    log,
    now,
    config,
    clientKey: options.clientKey ?? (() => null),
    sanitizeHtml: options.sanitizeHtml,
    compress: options.compress,
    answers: options.answers,
    etags: issuedEtags(),
    mailQueued: options.deliverMailAtOnce
      ? () => {
          void deliver().catch((error) => log.error('mail.delivery-failed', describeError(error)));
        }
      : (options.mailQueued ?? (() => {})),
  };

  // The version the code lists were last loaded at: a newer one reloads them at once.
  let labelsVersion: string | null = null;

  const api = new Hono<AppEnv>().basePath(config.basePath.replace(/\/+$/, ''));
  api.use(requestLog(log));
  api.use(apiVersion);
  api.use(securityHeaders);
  api.use(cors(config.corsOrigins));
  api.use(async (c, next) => {
    // What a route logs carries the request's id, as the request's own line does.
    c.set('deps', { ...deps, log: withFields(log, { requestId: c.get('requestId') }) });
    c.set('viewer', null);
    c.set('fromData', false);
    c.set('credentialed', false);
    const lang = languageOf(c.req.header('Accept-Language'));
    c.set('lang', lang);
    c.set('today', todayAt(now()));
    const version = (await options.store.dataVersion?.()) ?? null;
    if (version !== labelsVersion) {
      if (labelsVersion !== null) vocabulary.invalidate();
      labelsVersion = version;
    }
    c.set('dataVersion', version);
    c.set('labels', await vocabulary.labels(lang));
    await next();
  });

  const routes = new Routes(api);
  // Before `/assignments/:id`, which would take `feed` for an id.
  feedRoutes(routes);
  catalogRoutes(routes);
  postingRoutes(routes);
  sessionRoutes(routes, config);
  inboxRoutes(routes);
  applicationRoutes(routes, config);
  if (config.dev) devRoutes(routes);

  let openapi: object | undefined;
  api.get('/openapi.json', (c) => {
    openapi ??= openApiDocument(routes.operations, { basePath: config.publicUrl ?? config.basePath, contact: options.apiContact });
    // Cached and revalidated as every public read (weak ETag, 304); readable from any origin
    // whatever CORS_ORIGINS says (NLGov ADR /core/publish-openapi); written in English.
    return respond(c, openapi, { headers: { 'Access-Control-Allow-Origin': '*', 'Content-Language': 'en' } });
  });

  // Known paths with another method: 405 with Allow. Anything else under the base: 404 problem.
  for (const [path, methods] of routes.allowed()) {
    const allow = [...methods, 'OPTIONS'].join(', ');
    api.all(path, (c) =>
      c.req.method === 'OPTIONS'
        ? new Response(null, { status: 204, headers: { Allow: allow } })
        : problem(405, 'method-not-allowed', 'Methode niet toegestaan', `${c.req.method} kan hier niet; wel: ${allow}.`, { headers: { Allow: allow } }),
    );
  }
  api.all('*', (c) => problem(404, 'not-found', 'Niet gevonden', `Het pad ${new URL(c.req.url).pathname} bestaat niet.`));
  api.onError((error, c) => {
    if (error instanceof ProblemError) return error.response;
    if (c.req.raw.signal?.aborted) {
      // The client went away: nothing to answer, and not a fault of ours.
      log.info('request.aborted', { route: routePattern(c), requestId: c.get('requestId') });
      return problem(499, 'client-closed', 'Verzoek afgebroken', 'De client wachtte niet op het antwoord.');
    }
    if ((error as { code?: unknown }).code === '57014') {
      // SQLSTATE query_canceled: a query ran past the database's statement_timeout. The server
      // is too busy for now, not broken: the client may try again shortly.
      log.warn('request.timeout', { route: routePattern(c), requestId: c.get('requestId') });
      return problem(503, 'unavailable', 'Tijdelijk te druk', 'De server is nu te druk; probeer het zo opnieuw.', { headers: { 'Retry-After': '2' } });
    }
    if (databaseUnreachable(error)) {
      // The database restarted or the network to it dropped: the next request opens a new
      // connection, so the client may try again shortly (server/db/database.ts `watchConnections`).
      log.warn('request.database-unavailable', { route: routePattern(c), ...describeError(error), requestId: c.get('requestId') });
      return problem(503, 'unavailable', 'Tijdelijk niet beschikbaar', 'De database is even niet bereikbaar; probeer het zo opnieuw.', { headers: { 'Retry-After': '5' } });
    }
    log.error('request.failed', { route: routePattern(c), ...describeError(error), requestId: c.get('requestId') });
    return serverError();
  });

  return {
    app: api,
    fetch: async (request, env) => api.fetch(request, env),
    vocabulary,
    config,
    deliverMail: deliver,
    operations: routes.operations,
  };
}

/**
 * Whether a query failed because the database could not be reached, rather than because of the
 * query: SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shut down or is
 * starting: https://www.postgresql.org/docs/current/errcodes-appendix.html), the socket's own
 * codes, and node-postgres's messages for a connection that ended, which carry no code.
 */
function databaseUnreachable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code))) return true;
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'].includes(code)) return true;
  // "Query read timeout": node-postgres gave up waiting for an answer (server/db/database.ts: a
  // database that stopped answering), and closed that connection, which a transaction's ROLLBACK
  // then meets ("Client was closed").
  return (
    typeof message === 'string' &&
    /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Query read timeout|Client was closed and is not queryable)/.test(message)
  );
}

/** An error as log fields: name, message, and the database's code when there is one. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { error: error.name, message: error.message, ...(code !== undefined ? { code } : {}) };
  }
  return { error: String(error) };
}

/**
 * Every request needs the Dutch date, but formatting one in a time zone costs more than the rest
 * of a revalidation (measured, issue 15): it is worked out once per second of the clock.
 */
let day = { second: Number.NaN, today: '' };
function todayAt(date: Date): string {
  const second = Math.floor(date.getTime() / 1000);
  if (second !== day.second) day = { second, today: dutchToday(new Date(second * 1000)) };
  return day.today;
}

/** The language per `Accept-Language` header: browsers send a handful of different ones. */
const languages = new Map<string, Lang>();
function languageOf(header: string | undefined): Lang {
  if (header === undefined) return negotiateLanguage(header);
  let lang = languages.get(header);
  if (lang === undefined) {
    if (languages.size >= 1000) languages.clear();
    lang = negotiateLanguage(header);
    languages.set(header, lang);
  }
  return lang;
}

/**
 * The pattern of the route a request is for (`/api/v1/assignments/:id`), for the logs. Not
 * hono's `routePath(c)`: that names the handler running *now*, and when a middleware fails (the
 * one that reads the data version, while the database is down) or answers (CORS preflight),
 * that is the middleware's `/api/v1/*`. The route is the first method-specific one the path
 * matched; else a 405's path; else the 404 catch-all.
 */
export function routePattern(c: Context): string {
  const matched = matchedRoutes(c);
  return (matched.find((route) => route.method !== 'ALL') ?? matched.find((route) => !route.path.endsWith('*')) ?? matched.at(-1))?.path ?? '';
}

/** A request id a proxy in front may have given (nginx's `$request_id`, a load balancer's): kept when it looks like one. */
const GIVEN_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * One line per request: method, route pattern, status, duration, and the request's id. No query,
 * ids of data or addresses. The id is the one a proxy in front gave in `X-Request-Id`, or a new
 * one; the answer carries it in `X-Request-Id`, and every line the request logs carries it as
 * `requestId`, so an operator finds what one request did, and a visitor's report names it.
 */
function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header('X-Request-Id');
    const requestId = given !== undefined && GIVEN_REQUEST_ID.test(given) ? given : newId('req-');
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    log.info('request', {
      method: c.req.method,
      route: routePattern(c),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId,
    });
  };
}

/** `log`, with `fields` on every line. */
function withFields(log: Logger, fields: Record<string, unknown>): Logger {
  return {
    info: (event, more) => log.info(event, { ...more, ...fields }),
    warn: (event, more) => log.warn(event, { ...more, ...fields }),
    error: (event, more) => log.error(event, { ...more, ...fields }),
  };
}

/** Every answer names the full version of the API (NLGov ADR /core/version-header). */
export const apiVersion: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('API-Version', API_VERSION);
};

/** An API answers data, never pages: nothing on it may run, be framed or sniffed. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Referrer-Policy', 'no-referrer');
  // Public data may be embedded anywhere; a personal answer (`private`: an inbox, a CV, a CSV)
  // only by the API's own site, so no other site's page pulls it into its process with a cookie.
  // The widgets read it with CORS, which this does not touch.
  headers.set('Cross-Origin-Resource-Policy', /\bprivate\b/.test(headers.get('Cache-Control') ?? '') ? 'same-site' : 'cross-origin');
  // Ignored by browsers over plain http (local development); pins https once deployed.
  headers.set('Strict-Transport-Security', 'max-age=31536000');
};
