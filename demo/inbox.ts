/**
 * The intranet's inbox page. The signed-in user posts assignments for Gemeente Steenbergen: the
 * development token says `roles: ["poster"]` (see token.ts). A mail about a new application
 * links here with `?assignment=<id>`: then that assignment is pinned.
 */
import { addExampleApplications, posterClaims, posterToken } from '../stories/inbox-examples.js';
import { demoTokenGetter } from './token.js';

const assignment = new URLSearchParams(location.search).get('assignment');
if (assignment) {
  document.querySelector('application-inbox')?.setAttribute('assignment-id', assignment);
  document.getElementById('pinned-note')?.removeAttribute('hidden');
}

/**
 * The in-page mock backend (`npm run start:mock`) starts without applications: it gets a few
 * examples. A reference server (`npm start`) keeps the ones sent through the demo's board; the
 * examples then only fill an unused in-memory store.
 */
async function examplesInTheMock(): Promise<void> {
  try {
    const { mockBackend } = await import('../mock/handlers.js');
    await addExampleApplications(mockBackend, `${location.origin}/api/v1`);
  } catch (error) {
    console.warn('[demo] no example applications', error);
  }
}

// Set before Flexschil is defined (a CMS page often runs its own scripts first). The first
// request waits for the examples, so the inbox never shows an empty mock first.
const provider = document.querySelector('marketplace-provider');
if (provider) {
  const examples = examplesInTheMock();
  const token = demoTokenGetter(posterClaims, posterToken);
  provider.getToken = async () => {
    await examples;
    return token();
  };
}
