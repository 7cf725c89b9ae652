export {};

/**
 * The demo pages' one script: starts the mock backend (msw, the same handlers the tests and
 * stories use) at `/api/v1` unless a real backend answers there, then loads Flexschil the way a
 * CMS page would.
 */
const base = `${location.origin}/api/v1`;

async function realBackendAnswers(): Promise<boolean> {
  try {
    const response = await fetch(`${location.origin}/health`, { signal: AbortSignal.timeout(1500) });
    return response.ok && (response.headers.get('content-type') ?? '').includes('json');
  } catch {
    return false;
  }
}

if (!(await realBackendAnswers())) {
  const { startMockWorker } = await import('../mock/browser.js');
  await startMockWorker({ base, latency: 350 });
}
await import('../src/index.js');
