/**
 * The msw mock backend for element tests: one worker per test file, the same handlers the
 * stories and the demo use, and a log of the requests the elements made.
 */
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createMockBackend } from '../mock/backend.js';
import { seedToday } from '../seed/seed.js';
import { resetSharedClients } from '../src/api/clients.js';
import { createHandlers } from '../mock/handlers.js';
import { API } from './helpers.js';

// The seed as written (2026-11-22): tests read its dates and states, whatever day they run.
export const backend = createMockBackend({ today: seedToday });
/**
 * Every request to the API since the last `resetMock()`; not the page's own (a chunk the
 * elements load, such as their English strings).
 */
export const requests: Request[] = [];

const worker = setupWorker(...createHandlers(backend, API));
const toApi = (request: Request) => request.url.startsWith(API);
let inFlight = 0;
worker.events.on('request:start', ({ request }) => {
  if (!toApi(request)) return;
  inFlight++;
  requests.push(request.clone());
});
worker.events.on('request:end', ({ request }) => {
  if (toApi(request)) inFlight--;
});
let started: Promise<unknown> | null = null;

/** Starts the worker once and gives every test a fresh backend and request log. */
export async function resetMock(): Promise<void> {
  started ??= worker.start({ quiet: true, onUnhandledFrame: 'bypass' } as Parameters<typeof worker.start>[0]);
  await started;
  // Requests of the previous test's elements that are still under way would land in this
  // test's log: let them finish first.
  for (let i = 0; inFlight > 0 && i < 100; i++) await new Promise((r) => setTimeout(r, 20));
  inFlight = 0;
  backend.reset();
  resetSharedClients();
  backend.setFault(null);
  requests.length = 0;
}

/** The URLs of the GETs to one path, e.g. `gets('/assignments')`. */
export function gets(path: string): URL[] {
  return requests
    .filter((r) => r.method === 'GET')
    .map((r) => new URL(r.url))
    .filter((u) => u.pathname === new URL(API).pathname + path);
}


/**
 * Holds the next GET (or `method`) of the API whose path (after `/v1`) matches `path` until the
 * returned `release()`: a loading state then lasts as long as the test looks at it, however long
 * the element takes to render first (its English strings, a loaded machine). Release it in a `finally`.
 */
export function holdNext(path: RegExp, method: 'GET' | 'POST' = 'GET'): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const base = new URL(API).pathname;
  worker.use(http[method === 'GET' ? 'get' : 'post'](({ request }) => new URL(request.url).href.startsWith(API) && path.test(new URL(request.url).pathname.slice(base.length)), () => held, { once: true }));
  return release;
}

/**
 * An application from Anne-Marie Backx (with a CV, consent and the procurement conditions),
 * sent to the shared backend as apply-form sends it: an inbox then has something to show.
 */
export async function applyAsAVisitor(assignmentId: string): Promise<void> {
  const body = new FormData();
  const fields = { name: 'Anne-Marie Backx', email: 'a.backx@example.nl', phone: '06 12345678', kvkNumber: '12345678', motivation: 'Ik heb ervaring met informatievoorziening bij drie gemeenten.', availableFrom: '2027-01-01', hoursPerWeek: '16', rate: '85' };
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  body.append('cv', new File(['%PDF-1.4\n'], 'cv.pdf', { type: 'application/pdf' }));
  body.append('consent', 'true');
  body.append('acceptConditions', 'true');
  const request = new Request(`${API}/assignments/${assignmentId}/applications`, { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() }, body });
  const answer = await backend.handle(request, { base: API });
  if (answer.status !== 201) throw new Error(`the application was answered ${answer.status}: ${await answer.text()}`);
}

export { worker };
