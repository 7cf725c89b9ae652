/**
 * "Klus plaatsen" on the intranet: the editor acts for a poster of Gemeente Steenbergen, with a
 * token from the intranet's single sign-on (see token.ts). `?id=…` edits an existing assignment.
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
const editor = document.querySelector('assignment-editor');
if (id && editor) editor.setAttribute('assignment-id', id);

// Once a new assignment is posted the form goes on editing it: the address says which, so a
// reload (or a bookmark) opens it again instead of an empty form.
editor?.addEventListener('assignment-saved', (event) => {
  const url = new URL(location.href);
  url.searchParams.set('id', event.detail.assignment.id);
  history.replaceState(history.state, '', url);
});

// "Nog een opdracht plaatsen": the form is empty again, so the address no longer names the one
// just posted (a reload would open that one instead of the new draft).
editor?.addEventListener('assignment-new', () => {
  const url = new URL(location.href);
  url.searchParams.delete('id');
  history.replaceState(history.state, '', url);
});
