/**
 * "Zwermsessie plannen" on the intranet: the editor acts for a poster of Gemeente Steenbergen,
 * with a token from the intranet's single sign-on (see token.ts). `?id=…` changes an existing
 * session (`?id=s-2026-0001`: 6 of 10 seats taken).
 */
import { demoTokenGetter } from './token.js';

/** The claims `POST /api/v1/dev/token` mints a token for (the reference server with DEV=1, and the mock). */
const poster = { sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] };

// Set before Flexschil is defined (a CMS page often runs its own scripts first): the provider
// takes it over when it upgrades, so the first request already carries the token.
const provider = document.querySelector('marketplace-provider');
// Without a development endpoint the fallback is an employee who may not post: the editor then says so.
if (provider) provider.getToken = demoTokenGetter(poster, 'token-steenbergen');

const id = new URLSearchParams(location.search).get('id');
const editor = document.querySelector('session-editor');
if (id && editor) editor.setAttribute('session-id', id);

/** The address names the session the form edits (or none), so a reload or a bookmark opens that one again. */
function showInAddress(session: string | null): void {
  const url = new URL(location.href);
  if (session) url.searchParams.set('id', session);
  else url.searchParams.delete('id');
  history.replaceState(history.state, '', url);
}

// Once a new session is planned the form goes on editing it (with its sign-ups).
editor?.addEventListener('session-saved', (event) => showInAddress(event.detail.session.id));

// "Nog een zwermsessie plannen" empties the form: the address then no longer names the session just planned.
editor?.addEventListener('session-new', () => showInAddress(null));
