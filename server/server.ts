/**
 * Puts the app on a port: listens with a bound on the requests in flight, runs the retention
 * clean-up at start and every hour, and closes in order (stop accepting, finish requests and the
 * mail being sent, close the database).
 */
import type { IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from '../backend/http/cors.js';
import { problem } from '../backend/http/problem.js';
import { API_VERSION } from '../backend/openapi.js';
import { clientAddress, createApp, type FlexschilApp } from './app.js';
import { devModeRefusal, pagesNotSet, productionGaps, type ServerOptions } from './config.js';
import { searchIndexed } from './db/database.js';
import { answerClientError } from './http/client-errors.js';
import { describeError, jsonLogger, type Logger } from './http/log.js';
import { MAIL_BATCH } from '../backend/outbox.js';
import { MailWorker } from './mail.js';

/** Retention and the sweep of orphaned CV files: a file a crash left behind is gone within the hour. */
const RETENTION_INTERVAL_MS = 3_600_000;

/** Requests one instance works on at once by default (ServerOptions.maxInFlight). */
export const MAX_IN_FLIGHT = 100;
/** Seconds a client is asked to wait when the instance is full. */
export const BUSY_RETRY_AFTER = 1;
/** The share of MAX_IN_FLIGHT one client (one address, as the rate limits tell them) may hold. */
export const CLIENT_SHARE = 4;
/**
 * Milliseconds a request may take to arrive, its body included (Node's `requestTimeout`, 300 s
 * by default): a 5 MB CV over a poor mobile connection (400 kbit/s) takes 100 s. A client that
 * sends a byte now and then no longer keeps its place for five minutes.
 */
export const REQUEST_TIMEOUT_MS = 120_000;

/**
 * How often Node looks for requests past their time (its `connectionsCheckingInterval`, 30 s by
 * default, so a 120 s limit cut a request off after up to 150 s): a tenth of the limit, so a
 * request is cut off within 10 % of it; Node's 30 s without a limit (0).
 */
const timeoutCheckEvery = (requestTimeoutMs: number): number =>
  requestTimeoutMs > 0 ? Math.min(30_000, Math.max(50, Math.ceil(requestTimeoutMs / 10))) : 30_000;

type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>;

export interface RunningServer extends FlexschilApp {
  /** `http://host:port` the server listens on. */
  url: string;
  port: number;
  /** Requests being answered now (a stop that has to cut them says how many). */
  inFlight(): number;
  /** Whether a mail round is sending now (a stop that has to leave it says so). */
  sendingMail(): boolean;
  /**
   * Stops accepting requests and mail rounds, finishes the requests in flight and the mail being
   * sent, and closes the database. `mailWaitMs` bounds the wait for the mail (counted from the
   * call; default: until the SMTP timeouts end it): a send left then is picked up after its lease.
   */
  close(options?: { mailWaitMs?: number }): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.logger ?? jsonLogger();
  const hostname = options.hostname ?? (options.dev ? '127.0.0.1' : '0.0.0.0');
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const refusal = devModeRefusal({ ...options, hostname, production });
  if (refusal) {
    log.error('server.refused', { reason: refusal });
    throw new Error(refusal);
  }
  const flexschil = await createApp({ ...options, logger: log });

  const mail = new MailWorker(async (signal) => {
    const { sent, failed } = await flexschil.deliverMail(signal);
    return sent + failed >= MAIL_BATCH;
  }, log);
  flexschil.onMailQueued(() => mail.kick());
  mail.start();

  if (flexschil.database.kind === 'postgres' && !(await searchIndexed(flexschil.database.db))) {
    log.warn('search.unindexed', {
      detail: 'pg_trgm is not available: q scans the whole table. Ask for the extension (create extension pg_trgm) and see server/README.md',
    });
  }

  const retention = () =>
    flexschil.runRetention().catch((error) => log.error('retention.failed', describeError(error)));
  await retention();
  const timer = setInterval(retention, RETENTION_INTERVAL_MS);
  timer.unref(); // the daily clean-up alone does not keep the process alive

  let open = 0;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const busy = busyAnswer(options.corsOrigins ?? ['*'], log);
    const clientOf = (request: Request, env: unknown) => clientAddress(request, env as { incoming?: IncomingMessage } | undefined, options.trustProxy ?? 0);
    const bounded = boundInFlight(flexschil.app.fetch, options.maxInFlight ?? MAX_IN_FLIGHT, busy, clientOf);
    const fetch: Fetch = async (request, env) => {
      open++;
      try {
        return await bounded(request, env);
      } finally {
        open--;
      }
    };
    const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    const serverOptions = { requestTimeout, connectionsCheckingInterval: timeoutCheckEvery(requestTimeout) };
    const s = serve({ fetch, port: options.port ?? 8080, hostname, serverOptions }, () => resolve(s));
    s.once('error', reject);
  });
  // Requests the HTTP parser refuses get a problem+json too (server/http/client-errors.ts).
  server.on('clientError', (error: Error, socket) => answerClientError(error, socket as Socket, log));
  const { port } = server.address() as AddressInfo;
  const host = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  const url = `http://${host}:${port}`;
  log.info('server.started', { url, api: `${url}${flexschil.basePath}`, database: flexschil.database.kind, dev: !!options.dev });
  for (const { setting, detail } of pagesNotSet(options)) log.warn('config.page-not-set', { setting, detail: `${setting} is not set: ${detail} (server/README.md)` });
  if (production) {
    for (const { setting, detail } of productionGaps(options)) log.warn('config.production-gap', { setting, detail: `${setting}: ${detail} (server/README.md, In production)` });
  }
  if (options.dev) log.warn('server.dev-mode', { detail: `POST ${flexschil.basePath}/dev/token mints tokens for any organisation: development only`, hostname });

  return {
    ...flexschil,
    url,
    port,
    inFlight: () => open,
    sendingMail: () => mail.busy(),
    async close(closing = {}) {
      clearInterval(timer);
      // No mail round starts from here on, and the one under way ends while the requests do.
      const mailStopped = mail.stop(closing.mailWaitMs);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mailStopped;
      await flexschil.close();
    },
  };
}

/**
 * Bounds the requests one instance works on at once. With more load than it can serve, every
 * request would otherwise wait longer and longer (for the event loop, for a connection of the
 * database pool) until they all time out together; past `max`, a request is answered by `busy`
 * straight away, so clients back off (the widgets' client honours `Retry-After`) and the ones
 * let in stay fast. `/health` is never turned away: a full instance is still alive. `max` 0: no bound.
 *
 * One client (by `clientOf`: its address) holds at most a quarter of `max`: a request counts
 * from its first byte, so a client that opened a hundred slow uploads, a byte now and then,
 * turned everyone else away.
 */
export function boundInFlight(fetch: Fetch, max: number, busy: Fetch, clientOf: (request: Request, env: unknown) => string | null = () => null): Fetch {
  if (max <= 0) return fetch;
  const share = Math.max(1, Math.floor(max / CLIENT_SHARE));
  const perClient = new Map<string, number>();
  let inFlight = 0;
  return async (request, env) => {
    if (new URL(request.url).pathname === '/health') return fetch(request, env);
    const client = clientOf(request, env);
    const held = client === null ? 0 : (perClient.get(client) ?? 0);
    if (inFlight >= max || held >= share) return busy(request, env);
    inFlight++;
    if (client !== null) perClient.set(client, held + 1);
    try {
      return await fetch(request, env);
    } finally {
      inFlight--;
      if (client !== null) {
        const left = (perClient.get(client) ?? 1) - 1;
        if (left > 0) perClient.set(client, left);
        else perClient.delete(client);
      }
    }
  };
}

/**
 * 503 with `Retry-After`, `API-Version` and the contract's CORS headers (a widget on another origin must be
 * able to read it to wait and retry). Logged at most once a second, with how many were turned away.
 */
export function busyAnswer(corsOrigins: readonly string[], log: Logger): Fetch {
  let shed = 0;
  let since = 0;
  const app = new Hono();
  app.use(cors(corsOrigins));
  app.all('*', () => {
    shed++;
    const now = Date.now();
    if (now - since >= 1000) {
      log.warn('server.busy', { shed, detail: 'requests in flight at MAX_IN_FLIGHT: answered 503' });
      shed = 0;
      since = now;
    }
    return problem(503, 'busy', 'Tijdelijk te druk', 'De server werkt nu aan te veel verzoeken tegelijk; probeer het zo opnieuw.', {
      // Every answer names the API's version (contract §1), this one too: it never reaches the app.
      headers: { 'Retry-After': String(BUSY_RETRY_AFTER), 'API-Version': API_VERSION },
    });
  });
  return (request, env) => app.fetch(request, env as never);
}
