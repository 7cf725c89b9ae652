/**
 * Configuration from environment variables (see the table in server/README.md). Invalid values
 * stop the start with a message naming the variable, rather than running half-configured.
 */
import path from 'node:path';
import { checkPublicUrl } from '../backend/http/public-url.js';
import { checkPageUrl } from '../backend/page-url.js';
import type { AppOptions } from './app.js';
import { checkSmtpUrl } from './mail.js';

export interface ServerOptions extends AppOptions {
  /** Port to listen on (default 8080; 0 picks a free one). */
  port?: number;
  /** Address to listen on (default 0.0.0.0; 127.0.0.1 keeps it local; in dev mode 127.0.0.1). */
  hostname?: string;
  /** `NODE_ENV=production`: dev mode is refused (default: from the environment). */
  production?: boolean;
  /** `ALLOW_DEV_ON_NETWORK=1`: dev mode may listen on an address other machines reach. */
  allowDevOnNetwork?: boolean;
  /**
   * Requests one instance works on at once (default 100; 0: no bound). Past it a request is
   * answered 503 with `Retry-After` at once instead of waiting in a queue that only grows.
   */
  maxInFlight?: number;
  /** Milliseconds a request may take to arrive, body included (default 120 s: REQUEST_TIMEOUT_MS of server.ts). */
  requestTimeoutMs?: number;
  /**
   * `SHUTDOWN_GRACE_MS`, server/main.ts only: how long a stop (SIGTERM) waits for the requests in
   * flight before it ends the process anyway (default 30 s: SHUTDOWN_GRACE_MS of this file).
   */
  shutdownGraceMs?: number;
}

/** Milliseconds a stop waits for requests in flight by default: a CV upload on a slow line takes longer than 10 s. */
export const SHUTDOWN_GRACE_MS = 30_000;

/**
 * Why dev mode must not start with these options, or null. `POST /dev/token` mints a token for
 * any organisation: never in production, and on the network only when asked for explicitly.
 */
export function devModeRefusal(options: Pick<ServerOptions, 'dev' | 'hostname' | 'production' | 'allowDevOnNetwork'>): string | null {
  if (!options.dev) return null;
  if (options.production) return 'DEV=1 is refused with NODE_ENV=production: development mode mints tokens for any organisation';
  const hostname = options.hostname ?? '127.0.0.1';
  if (!isLoopback(hostname) && !options.allowDevOnNetwork) {
    return `DEV=1 is refused on ${hostname}, an address other machines reach: development mode mints tokens for any organisation. Listen on 127.0.0.1 (HOST), or set ALLOW_DEV_ON_NETWORK=1 on a network you trust`;
  }
  return null;
}

/** An address only this machine reaches (127.0.0.0/8, ::1, localhost). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host) || /^::ffff:127(\.\d{1,3}){3}$/.test(host);
}

export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const dev = flag(env.DEV);
  const dataDir = env.DATA_DIR || '.data';
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    // Development mode stays on this machine unless HOST says otherwise (and devModeRefusal allows it).
    hostname: env.HOST || (dev ? '127.0.0.1' : '0.0.0.0'),
    production: env.NODE_ENV === 'production',
    allowDevOnNetwork: flag(env.ALLOW_DEV_ON_NETWORK),
    apiContact: apiContact(env),
    database: env.DATABASE_URL
      ? { url: databaseUrl(env.DATABASE_URL), schema: env.DATABASE_SCHEMA || undefined, statementTimeoutMs: integer(env, 'STATEMENT_TIMEOUT_MS', 5000, 0, 3_600_000) }
      : undefined,
    maxInFlight: integer(env, 'MAX_IN_FLIGHT', 100, 0, 1_000_000),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', SHUTDOWN_GRACE_MS, 0, 3_600_000),
    compress: env.COMPRESS === undefined ? undefined : flag(env.COMPRESS),
    answerCacheMb: integer(env, 'ANSWER_CACHE_MB', 32, 0, 65_536),
    dataDir,
    uploadDir: env.UPLOAD_DIR || undefined,
    basePath: env.BASE_PATH || undefined,
    dev,
    auth: {
      jwksUrl: env.JWT_JWKS_URL || undefined,
      publicKey: env.JWT_PUBLIC_KEY || undefined,
      algorithm: env.JWT_ALG || undefined,
      secret: jwtSecret(env.JWT_SECRET, dev),
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
    },
    corsOrigins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean).map(corsOrigin)
      : undefined,
    retentionDays: integer(env, 'RETENTION_DAYS', 90, 1, 36500),
    rateLimit: integer(env, 'RATE_LIMIT', 10, 0, 1_000_000),
    sessionRateLimit: integer(env, 'SESSION_RATE_LIMIT', 10, 0, 1_000_000),
    trustProxy: proxies(env.TRUST_PROXY),
    publicUrl: env.PUBLIC_URL?.trim() ? checkPublicUrl('PUBLIC_URL', env.PUBLIC_URL.trim()) : undefined,
    seed: env.SEED === undefined ? true : flag(env.SEED),
    publicMaxAge: integer(env, 'PUBLIC_MAX_AGE', 60, 0, 86_400),
    validateResponses: env.VALIDATE_RESPONSES === undefined ? undefined : flag(env.VALIDATE_RESPONSES),
    smtpUrl: env.SMTP_URL?.trim() ? checkSmtpUrl('SMTP_URL', env.SMTP_URL) : undefined,
    mailFrom: env.MAIL_FROM || undefined,
    inboxUrl: pageUrl(env, 'INBOX_URL'),
    sessionsUrl: pageUrl(env, 'SESSIONS_URL'),
    boardUrl: pageUrl(env, 'BOARD_URL'),
    boardUrlEn: pageUrl(env, 'BOARD_URL_EN'),
  };
}

/**
 * The pages of the host's site the server links to and was not told (`INBOX_URL`,
 * `SESSIONS_URL`, `BOARD_URL`), each with what goes without it: said at start, so an operator
 * learns it from the log and not from a visitor who could not cancel.
 */
export function pagesNotSet(options: Pick<ServerOptions, 'inboxUrl' | 'sessionsUrl' | 'boardUrl'>): { setting: string; detail: string }[] {
  const missing: { setting: string; detail: string }[] = [];
  if (!options.inboxUrl) missing.push({ setting: 'INBOX_URL', detail: 'the mails announcing an application do not link to the inbox' });
  if (!options.sessionsUrl) {
    missing.push({ setting: 'SESSIONS_URL', detail: "a sign-up's confirmation has no link to cancel it: nobody can give up a seat, so the waitlist never moves up" });
  }
  if (!options.boardUrl) missing.push({ setting: 'BOARD_URL', detail: "the feed's entries of assignments without a url of their own have no link" });
  return missing;
}

/**
 * What a production start (`NODE_ENV=production`) lacks of what server/README.md "In production"
 * asks for and can still run without, each with what that means: said at start in a warning.
 */
export function productionGaps(options: Pick<ServerOptions, 'database' | 'uploadDir' | 'dataDir' | 'auth'>): { setting: string; detail: string }[] {
  const gaps: { setting: string; detail: string }[] = [];
  const auth = options.auth;
  if (auth && (auth.jwksUrl || auth.publicKey || auth.secret) && !auth.audience) {
    gaps.push({ setting: 'JWT_AUDIENCE', detail: "any token the identity provider signs is taken, also one it made for another application (an ID token, another app's access token): give the audience it puts in the tokens for Flexschil" });
  }
  const database = options.database;
  if (!database || ('db' in database ? database.kind === 'pglite' : !database.url)) {
    gaps.push({ setting: 'DATABASE_URL', detail: 'the data is kept in the embedded PGlite in DATA_DIR: one instance only, backed up only with the server stopped' });
  }
  // Where the CVs go (server/app.ts): UPLOAD_DIR, else `uploads` in DATA_DIR.
  const uploads = options.uploadDir ?? (options.dataDir ? path.join(options.dataDir, 'uploads') : undefined);
  if (!uploads || !path.isAbsolute(uploads)) {
    gaps.push({ setting: 'UPLOAD_DIR', detail: 'CV files are kept in a folder relative to where the server was started: give an absolute path, and back it up with the database' });
  }
  return gaps;
}

/** A page of the host's site that mails and feeds link to, from the environment: checked as every page option is. */
export function pageUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? checkPageUrl(name, value) : undefined;
}

/**
 * `DATABASE_URL`, checked before connecting: node-postgres reads anything else as a host name
 * and fails with `getaddrinfo ENOTFOUND base`, naming no setting. The value is not repeated in
 * the message: it may hold a password.
 */
function databaseUrl(value: string): string {
  const shape = 'DATABASE_URL must be a PostgreSQL URL like postgres://user:password@host:5432/database';
  const text = value.trim();
  const encode = 'percent-encode special characters in the user name and password (@ as %40, # as %23, / as %2F, : as %3A, ? as %3F, % as %25)';
  // What the text names as host: after the last @ of the part between // and the path.
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/]*)/i.exec(text)?.[1];
  const suspicious = authority !== undefined && ((authority.match(/@/g)?.length ?? 0) > 1 || /[#?]/.test(authority.slice(0, authority.lastIndexOf('@') + 1)));
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${shape}; got something that is not a URL${suspicious || authority?.includes('#') ? `: ${encode}` : ''}`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new Error(`${shape}; got a URL starting with ${url.protocol}//`);
  const named = authority
    ?.slice(authority.lastIndexOf('@') + 1)
    .split(/[?#]/)[0]
    ?.replace(/:\d*$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  if (suspicious || (named !== undefined && url.hostname.replace(/^\[|\]$/g, '').toLowerCase() !== named)) {
    // node-postgres would connect to the wrong host (`getaddrinfo ENOTFOUND ss` for a password `p@ss`).
    throw new Error(`${shape}; its host cannot be read from it: ${encode}`);
  }
  return text;
}

/**
 * A `CORS_ORIGINS` entry: `*`, or an origin as browsers send it in `Origin` (scheme, host and
 * port; no path). Anything else would match no request and leave the widgets locked out
 * without a word. Written as the browser writes it (lower case, no default port).
 */
function corsOrigin(entry: string): string {
  if (entry === '*') return entry;
  const refusal = `CORS_ORIGINS must list * or origins like https://www.example.nl (scheme, host, optional port; no path); got "${entry}"`;
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new Error(refusal);
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !bare) throw new Error(refusal);
  return url.origin;
}

/** Bytes an HS256 secret needs at least: as many as the hash (RFC 7518 §3.2). */
const MIN_SECRET_BYTES = 32;

/** `JWT_SECRET`: a short one can be guessed offline from any token; allowed in dev mode only. */
function jwtSecret(value: string | undefined, dev: boolean): string | undefined {
  if (!value) return undefined;
  if (!dev && new TextEncoder().encode(value).length < MIN_SECRET_BYTES) {
    throw new Error(`JWT_SECRET must be at least ${MIN_SECRET_BYTES} characters (a random string, e.g. from openssl rand -base64 48); got ${value.length}`);
  }
  return value;
}

/** `TRUST_PROXY`: how many proxies append to X-Forwarded-For (`true`/`yes` means one). */
function proxies(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const text = value.trim();
  if (/^\d{1,2}$/.test(text)) return Number(text);
  if (flag(text)) return 1;
  if (/^(false|no|off)$/i.test(text)) return 0;
  throw new Error(`TRUST_PROXY must be the number of proxies in front of the server (0, 1, 2, …); got "${value}"`);
}

function flag(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}; got "${raw}"`);
  }
  return value;
}

/** `API_CONTACT_NAME`, `_URL` and `_EMAIL`: who answers questions about this API; all three or none. */
function apiContact(env: NodeJS.ProcessEnv): ServerOptions['apiContact'] {
  const given = { name: env.API_CONTACT_NAME?.trim(), url: env.API_CONTACT_URL?.trim(), email: env.API_CONTACT_EMAIL?.trim() };
  const missing = Object.entries(given).filter(([, value]) => !value).map(([key]) => `API_CONTACT_${key.toUpperCase()}`);
  if (missing.length === 3) return undefined;
  if (missing.length) throw new Error(`${missing.join(' and ')} must be set too: the API's contact needs a name, a URL and an e-mail address`);
  if (!/^https?:\/\/\S+$/.test(given.url as string)) throw new Error(`API_CONTACT_URL must be an http(s) URL; got "${given.url}"`);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(given.email as string)) throw new Error(`API_CONTACT_EMAIL must be an e-mail address; got "${given.email}"`);
  return given as { name: string; url: string; email: string };
}
