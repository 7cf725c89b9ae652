/**
 * Starts the mock backend in a page through msw's service worker (served at
 * `/mockServiceWorker.js`). For the demo site and manual testing: a page opened with
 * `?flexschil-fault=error500` (and optionally `flexschil-fault-times`, `flexschil-fault-delay`,
 * `flexschil-fault-path`, `flexschil-latency`) shows how the widgets cope with a bad backend.
 */
import { type SetupWorker, setupWorker } from 'msw/browser';
import { DEFAULT_BASE, type Fault, type FaultKind, type MockBackend } from './backend.js';
import { createHandlers, mockBackend } from './handlers.js';

export { mockBackend };

export interface StartMockWorkerOptions {
  /** Base URL the widgets use as `endpoint` (default `https://api.flexschil.test/v1`). */
  base?: string;
  /** Default: the shared {@link mockBackend}. */
  backend?: MockBackend;
  /** Milliseconds added to every answer so the demo feels real; `?flexschil-latency=` overrides it. */
  latency?: number;
  /** Do not log every intercepted request in the console. */
  quiet?: boolean;
  /** Apply `?flexschil-fault=…` and `?flexschil-latency=…` from the page URL (default true). */
  faultsFromUrl?: boolean;
  /** Where the worker script is served (default `/mockServiceWorker.js`). */
  workerUrl?: string;
}

const FAULT_KINDS: readonly FaultKind[] = ['error500', 'html', 'malformed', 'invalid', 'empty', 'slow', 'network', 'rate-limit'];

/** Fault and latency asked for in a query string; `null` where nothing (valid) was asked. */
export function faultFromSearch(search: string): { fault: Fault | null; latency: number | null } {
  const params = new URLSearchParams(search);
  const kind = params.get('flexschil-fault') as FaultKind | null;
  const number = (name: string) => {
    const value = params.get(name);
    return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  let fault: Fault | null = null;
  if (kind && FAULT_KINDS.includes(kind)) {
    fault = { kind, times: number('flexschil-fault-times'), delay: number('flexschil-fault-delay') };
    const path = params.get('flexschil-fault-path');
    if (path) {
      try {
        fault.paths = new RegExp(path);
      } catch {
        console.warn(`[flexschil mock] ignoring invalid flexschil-fault-path ${path}`);
      }
    }
  } else if (kind) {
    console.warn(`[flexschil mock] unknown flexschil-fault "${kind}"; known: ${FAULT_KINDS.join(', ')}`);
  }
  return { fault, latency: number('flexschil-latency') ?? null };
}

let worker: SetupWorker | null = null;
let starting: Promise<SetupWorker> | null = null;

/**
 * Intercepts the page's requests to `base` with the mock backend. Calling it again only swaps
 * the handlers: one page has one service worker.
 */
export async function startMockWorker(options: StartMockWorkerOptions = {}): Promise<SetupWorker> {
  const backend = options.backend ?? mockBackend;
  const handlers = createHandlers(backend, options.base ?? DEFAULT_BASE);
  if (options.latency !== undefined) backend.latency = options.latency;

  if (options.faultsFromUrl !== false && typeof location !== 'undefined') {
    const { fault, latency } = faultFromSearch(location.search);
    if (fault) backend.setFault(fault);
    if (latency !== null) backend.latency = latency;
  }

  if (starting) {
    const running = await starting;
    running.resetHandlers(...handlers);
    return running;
  }
  worker = setupWorker(...handlers);
  const started = worker;
  starting = started
    .start({
      quiet: options.quiet ?? false,
      // Everything else (the page's own scripts, fonts, Vite's HMR) goes to the network untouched.
      onUnhandledFrame: 'bypass',
      serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    })
    .then(() => started);
  try {
    return await starting;
  } catch (error) {
    starting = null;
    worker = null;
    throw error;
  }
}

/** Stops intercepting (tests that start the worker should stop it again). */
export function stopMockWorker(): void {
  worker?.stop();
  worker = null;
  starting = null;
}
