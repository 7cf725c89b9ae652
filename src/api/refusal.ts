/**
 * Why a request got no answer: a refusal by the server's CORS configuration, a server that does
 * not answer while the visitor's connection works, or a network failure. Loaded by the client
 * only when a request fails that way (issue 15): a page whose requests are answered never loads
 * the diagnosis or its explanation.
 */
import { FlexschilError } from './errors.js';

/** What the diagnosis needs of the client that sent the request. */
export interface RefusalContext {
  endpoint: string;
  credentials: RequestCredentials;
  fetch: typeof fetch;
  /** Endpoints whose refusal was explained in the console already, per client. */
  explained: Set<string>;
}

/** The request that failed, and how. */
export interface FailedRequest {
  url: string;
  init: RequestInit;
  signal: AbortSignal;
  cause: unknown;
}

/** Request headers a browser sends cross-origin without a preflight (https://fetch.spec.whatwg.org/#cors-safelisted-request-header). */
const SAFELISTED_HEADERS = new Set(['accept', 'accept-language', 'content-language', 'content-type']);

/**
 * Tells a refusal by the browser's CORS check, a server that is down and a network failure
 * apart: all three reach us as the same TypeError (the browser hides why,
 * https://fetch.spec.whatwg.org/#concept-network-error). While the browser is online, small
 * requests tell them apart:
 * 1. a `no-cors` HEAD of the same URL, without credentials or headers: it gets an (opaque)
 *    answer whenever the server answers at all. No answer: the server is not there for us, and
 * 2. a `no-cors` HEAD of this very script (the page's CDN or the page's own server; the page
 *    itself where a bundler rewrote the script's URL to a file) tells whether the visitor's
 *    connection works: it does, so the backend does not answer them (`unreachable`); it does
 *    not, a network failure.
 * 3. For another origin, a CORS GET of `/vocabularies` (cheap, in every backend) with the same
 *    credentials and headers, so it needs the same CORS answer: it fails too, so the server is
 *    reachable and refuses this page — a configuration error only the server's host can fix. It
 *    gets an answer: the first failure was a passing one (a dropped connection), a network error.
 * No answer is read. Returns the `config` or `unreachable` error, or null for a network failure.
 */
export async function refusal(client: RefusalContext, { url, init, signal, cause }: FailedRequest): Promise<FlexschilError | null> {
  const page = globalThis.location?.origin;
  const target = new URL(url, globalThis.location?.href);
  const crossOrigin = !!page && page !== 'null' && target.origin !== page;
  if (crossOrigin && globalThis.location.protocol === 'https:' && target.protocol === 'http:') {
    return configError(client, url, cause, [
      `this page is served over https and the endpoint over http: browsers block such requests (mixed content).`,
      `Serve the API over https.`,
    ]);
  }
  if (globalThis.navigator?.onLine === false) return null;
  const [reached, blocked] = await blockedByPage(target.origin, () => answers(client.fetch, url, signal));
  if (blocked) {
    return configError(
      client,
      url,
      cause,
      [`Add ${target.origin} to connect-src (README, "Content Security Policy").`],
      `This page's Content-Security-Policy does not allow connecting to ${url.split('?')[0]} (connect-src; not a network failure): `,
    );
  }
  if (!reached) {
    const here = /^https?:/.test(String(import.meta.url)) ? import.meta.url : globalThis.location?.href;
    return here && (await answers(globalThis.fetch, here, signal))
      ? new FlexschilError({ kind: 'unreachable', status: 0, title: 'No answer from the server', detail: `${url.split('?')[0]} does not answer, while ${here} does`, cause })
      : null;
  }
  if (!crossOrigin) return null;
  const headers = new Headers(init.headers);
  try {
    const answer = await client.fetch(`${client.endpoint}/vocabularies`, { method: 'GET', headers, credentials: client.credentials, cache: 'no-store', signal });
    await answer.body?.cancel().catch(() => {});
    return null;
  } catch {
    // refused again, while the server answers: CORS
  }
  const needed = [...headers.keys()].filter((name) => !SAFELISTED_HEADERS.has(name.toLowerCase())).map(headerName);
  const lines =
    client.credentials === 'include'
      ? [
          `with credentials="include" the server must answer this origin with`,
          `  Access-Control-Allow-Origin: ${page}   (an explicit origin: "*" is refused for requests with credentials)`,
          `  Access-Control-Allow-Credentials: true`,
        ]
      : [`the server must answer this origin with`, `  Access-Control-Allow-Origin: ${page}   (or *)`];
  if (needed.length) lines.push(`  and allow the request headers in its preflight (OPTIONS) answer: Access-Control-Allow-Headers: ${needed.join(', ')}`);
  lines.push(`The Flexschil reference server takes the allowed origins from CORS_ORIGINS (for example CORS_ORIGINS=${page}).`);
  return configError(client, url, cause, lines);
}

function configError(client: RefusalContext, url: string, cause: unknown, why: string[], lead?: string): FlexschilError {
  const page = globalThis.location?.origin ?? '';
  const endpoint = url.split('?')[0];
  const detail = `${lead ?? `The server of ${endpoint} refuses to answer ${page} (a CORS or credentials refusal, not a network failure): `}${why.join('\n')}`;
  // Once per client and endpoint: every element on the page would otherwise repeat it.
  if (!client.explained.has(endpoint)) {
    client.explained.add(endpoint);
    console.error(`[flexschil] ${detail}`);
  }
  return new FlexschilError({ kind: 'config', status: 0, title: lead ? 'Refused by the page (Content-Security-Policy)' : 'Refused by the server (CORS)', detail, cause });
}

/**
 * `probe`'s result, and whether the page's own Content-Security-Policy refused a connection to
 * `origin` meanwhile: the browser fails such a fetch as it fails any other, and says why only in
 * a `securitypolicyviolation` report. Without this, a page whose policy left the API out of
 * `connect-src` was told that a server that works did not answer, and its requests were tried
 * again, each one reported to the page's report endpoint.
 */
async function blockedByPage<T>(origin: string, probe: () => Promise<T>): Promise<[T, boolean]> {
  let blocked = false;
  const seen = (event: SecurityPolicyViolationEvent) => {
    if (event.effectiveDirective === 'connect-src' && event.blockedURI.startsWith(origin)) blocked = true;
  };
  globalThis.document?.addEventListener('securitypolicyviolation', seen);
  try {
    const result = await probe();
    // The report is a task of its own, which may come after the fetch failed.
    await new Promise((resolve) => setTimeout(resolve));
    return [result, blocked];
  } finally {
    globalThis.document?.removeEventListener('securitypolicyviolation', seen);
  }
}

/** Whether a URL gets any answer at all (opaque: nothing is read, no credentials go with it). */
async function answers(fetch: typeof globalThis.fetch, url: string, signal: AbortSignal): Promise<boolean> {
  try {
    await fetch(url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal });
    return true;
  } catch {
    return false;
  }
}

function headerName(lower: string): string {
  return lower.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}
