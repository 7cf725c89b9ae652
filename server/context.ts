/** Types shared by the app and its routes. */
import type { IncomingMessage } from 'node:http';
import type { Kysely } from 'kysely';
import type { Authenticator } from './auth.js';
import type { Viewer } from './data/conditions.js';
import type { Lang, Vocabulary } from './data/vocabulary.js';
import type { DB } from './db/schema.js';
import type { Logger } from './http/log.js';
import type { RateLimiter } from './http/rate-limit.js';

export interface AppEnv {
  /** Set by @hono/node-server; absent when the app is called directly (`app.fetch` in tests). */
  Bindings: { incoming?: IncomingMessage };
  Variables: {
    /** The verified token's viewer; `null` for anonymous requests. */
    viewer: Viewer | null;
    lang: Lang;
  };
}

/** Everything a route needs, built once by createApp. */
export interface Deps {
  db: Kysely<DB>;
  vocabulary: Vocabulary;
  auth: Authenticator;
  log: Logger;
  limiter: RateLimiter;
  now: () => Date;
  uploadDir: string;
  maxCvBytes: number;
  /** Seconds a public answer may be cached. */
  publicMaxAge: number;
  /** Check every answer against the contract's schemas (tests, development). */
  validateResponses: boolean;
  trustProxy: boolean;
  dev: boolean;
}
