/**
 * msw handlers around the in-memory backend (mock/backend.ts). Used by Storybook
 * (msw-storybook-addon), the demo site and browser tests that exercise the real `fetch` path.
 */
import { HttpResponse, http, type RequestHandler } from 'msw';
import { DEFAULT_BASE, isNetworkError, type MockBackend, createMockBackend } from './backend.js';

/**
 * The backend shared by everything on one page: stories, the demo and the worker of
 * mock/browser.ts all talk to this instance, so a fault set here is seen everywhere.
 */
export const mockBackend: MockBackend = createMockBackend();

/** One catch-all handler: the backend itself routes, so unknown paths get its 404 problem. */
export function createHandlers(backend: MockBackend = mockBackend, base: string = DEFAULT_BASE): RequestHandler[] {
  const root = base.replace(/\/+$/, '');
  return [
    http.all(`${root}/*`, async ({ request, cookies }) => {
      const response = await backend.handle(request, { base: root, cookies });
      // The backend cannot fail a fetch by itself; msw can.
      return isNetworkError(response) ? HttpResponse.error() : response;
    }),
  ];
}

/** Handlers for the shared backend at the default base (e.g. `parameters.msw.handlers` in stories). */
export const handlers: RequestHandler[] = createHandlers();
