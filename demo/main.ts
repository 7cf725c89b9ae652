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

const real = await realBackendAnswers();
if (!real) {
  const { startMockWorker } = await import('../mock/browser.js');
  await startMockWorker({ base, latency: 350 });
}

// The note on each page says which backend answers: `npm start` runs the reference server,
// `npm run start:mock` the in-browser mock (only that one can play a broken backend). The
// launcher says where the server keeps its data (DATA_DIR, else .data/; none with PostgreSQL).
const env = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env;
const folder = env?.VITE_FLEXSCHIL_DATA_DIR;
const notes = {
  nl: {
    real: `Demo: de gegevens komen van de referentieserver (npm start, een echte database${folder ? ` in ${folder}` : ''}); wat je hier verstuurt, wordt bewaard en gemaild naar de lokale mailcatcher.`,
    mock: 'Demo: de gegevens komen uit de ingebouwde testbackend in de browser (npm run start:mock); er wordt niets bewaard.',
  },
  en: {
    real: `Demo: the data come from the reference server (npm start, a real database${folder ? ` in ${folder}` : ''}); what you send here is stored and mailed to the local mail catcher.`,
    mock: "Demo: the data come from the test backend built into the browser (npm run start:mock); nothing is stored.",
  },
};
const note = notes[document.documentElement.lang.startsWith('en') ? 'en' : 'nl'];
for (const element of document.querySelectorAll('[data-demo-backend]')) element.textContent = real ? note.real : note.mock;
for (const hint of document.querySelectorAll<HTMLElement>('[data-demo-mock-only]')) hint.hidden = real;
// What only holds with the reference server: the mock forgets everything when a page loads.
for (const hint of document.querySelectorAll<HTMLElement>('[data-demo-server-only]')) hint.hidden = !real;
await import('../src/index.js');
