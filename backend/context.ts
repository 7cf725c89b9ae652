/** Types shared by the app and its routes. */
import type { AnswerCache } from './http/answer-cache.js';
import type { IssuedEtags } from './http/issued-etags.js';
import type { Labels, Vocabulary } from './labels.js';
import type { FileStore, Identity, Logger, Store, Viewer } from './ports.js';
import type { Lang } from './text.js';

export interface BackendConfig {
  /** Where the API lives on the server (`/api/v1`); the mock serves it at the root of its base. */
  basePath: string;
  /** Development mode: `POST /dev/token`. */
  dev: boolean;
  /** Check every JSON answer against src/api/schemas.ts. */
  validateResponses: boolean;
  /** Seconds a public answer may be cached. */
  publicMaxAge: number;
  /** Largest CV in bytes. */
  maxCvBytes: number;
  /** Applications per client per minute (0: no limit). */
  applicationRateLimit: number;
  /**
   * Session sign-ups per client per minute, and as many requests with a cancel link's secret
   * (status and cancel together, counted apart from the sign-ups); 0: no limit.
   */
  sessionRateLimit: number;
  /** Origins whose pages may send credentials (cookie sessions); every other origin reads without. */
  corsOrigins: readonly string[];
  /** The page where posters read applications; mails link to it (`?assignment=<id>` is added). */
  inboxUrl: string | null;
  /** The page with `<session-list>`; confirmation mails link to it to cancel (`?registration=…&token=…`). */
  sessionsUrl: string | null;
  /**
   * The page with `<assignment-list>`; the Atom feed's entries without a `url` of their own link
   * to it. A `{id}` in it becomes the assignment's id (as the board's `detail-url`).
   */
  boardUrl: string | null;
  /** The same board on an English page: the English feed's links go there (default: `boardUrl`). */
  boardUrlEn: string | null;
  /**
   * The API's base URL as clients reach it (`PUBLIC_URL`, `https://api.example.nl/api/v1`): the
   * feed, the calendar file and Location headers name it (backend/http/public-url.ts); null:
   * taken from the request.
   */
  publicUrl: string | null;
  /** Proxies in front that append to X-Forwarded-For; with any, their X-Forwarded-Proto is believed. */
  trustProxy: number;
}

/** The content codings answers may be compressed with. */
export type ContentCoding = 'br' | 'gzip';

export interface Deps {
  store: Store;
  files: FileStore;
  identity: Identity;
  vocabulary: Vocabulary;
  log: Logger;
  now: () => Date;
  config: BackendConfig;
  /** The client a rate limit counts (an address), or null when unknown. */
  clientKey: (request: Request, env: unknown) => string | null;
  /** Called after mail was queued: the runtime delivers it (now, or on its next round). */
  mailQueued: () => void;
  /** Rich text to the contract's allowlist, before it is stored (backend/html.ts). */
  sanitizeHtml: (html: string) => string;
  /** Compresses an answer's body (the server: node:zlib); absent, answers go out as they are (the mock). */
  compress?: (text: string, encoding: ContentCoding) => Uint8Array<ArrayBuffer>;
  /** Public answers kept ready to send per data version (the server); absent, each is made anew. */
  answers?: AnswerCache;
  /** The version ETags given with a 200: only these are answered 304 before the route runs. */
  etags: IssuedEtags;
}

/**
 * What a request carries through the app. Read a variable with `c.get(name)`: Hono's `c.var`
 * copies every variable into a new object on each read, which showed in the server's profile.
 */
export interface AppEnv {
  Bindings: {
    /** Cookies of the request when the runtime hides the Cookie header (a service worker). */
    cookies?: Record<string, string>;
    [key: string]: unknown;
  };
  Variables: {
    deps: Deps;
    /** The verified token's viewer; `null` for anonymous requests. */
    viewer: Viewer | null;
    /** The request carried credentials (header or session cookie): its answer is personal. */
    credentialed: boolean;
    lang: Lang;
    labels: Labels;
    /** Dutch calendar date of this request. */
    today: string;
    /** The store's data version when this request began (Store.dataVersion); null: none kept. */
    dataVersion: string | null;
    /** The route's answer follows from the data version (routes.ts `GetOptions.fromData`). */
    fromData: boolean;
    /** This request's id in the logs and in its answer's `X-Request-Id` (app.ts `requestLog`). */
    requestId: string;
  };
}
