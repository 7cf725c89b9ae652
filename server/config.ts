/**
 * Configuration from environment variables (see the table in server/README.md). Invalid values
 * stop the start with a message naming the variable, rather than running half-configured.
 */
import type { AppOptions } from './app.js';

export interface ServerOptions extends AppOptions {
  /** Port to listen on (default 8080; 0 picks a free one). */
  port?: number;
  /** Address to listen on (default 0.0.0.0; 127.0.0.1 keeps it local). */
  hostname?: string;
}

export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const dev = flag(env.DEV);
  const dataDir = env.DATA_DIR || '.data';
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    hostname: env.HOST || '0.0.0.0',
    database: env.DATABASE_URL ? { url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA || undefined } : undefined,
    dataDir,
    uploadDir: env.UPLOAD_DIR || undefined,
    basePath: env.BASE_PATH || undefined,
    dev,
    auth: {
      jwksUrl: env.JWT_JWKS_URL || undefined,
      publicKey: env.JWT_PUBLIC_KEY || undefined,
      algorithm: env.JWT_ALG || undefined,
      secret: env.JWT_SECRET || undefined,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
    },
    corsOrigins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean)
      : undefined,
    retentionDays: integer(env, 'RETENTION_DAYS', 90, 1, 36500),
    rateLimit: integer(env, 'RATE_LIMIT', 10, 0, 1_000_000),
    trustProxy: proxies(env.TRUST_PROXY),
    seed: env.SEED === undefined ? true : flag(env.SEED),
    publicMaxAge: integer(env, 'PUBLIC_MAX_AGE', 60, 0, 86_400),
    validateResponses: env.VALIDATE_RESPONSES === undefined ? undefined : flag(env.VALIDATE_RESPONSES),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || undefined,
    inboxUrl: env.INBOX_URL || undefined,
    sessionsUrl: env.SESSIONS_URL || undefined,
  };
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
