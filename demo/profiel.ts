/**
 * "Mijn profiel" on the regional network's site: a professional (an entrepreneurial civil
 * servant of Bergen op Zoom, member of the network) keeps their own e-portfolio. The network's
 * single sign-on is played by a development token (see token.ts); signing out shows what
 * a visitor without an account sees: only a hint, with the page's own sign-in button.
 */
import { demoTokenGetter } from './token.js';

const provider = document.querySelector('marketplace-provider');
const toggle = document.querySelector<HTMLButtonElement>('#member-toggle');
const status = document.querySelector<HTMLElement>('#member-status');
const savedLink = document.querySelector<HTMLElement>('#saved-link');
// The demo's professional: their own `sub` (the profile's owner), organisation and network membership.
const token = demoTokenGetter({ sub: 'demo-noor-hendriks', org: 'gem-bergen-op-zoom', network: true }, 'token-steenbergen');

function signIn(signedIn: boolean): void {
  if (toggle) {
    toggle.dataset.signedIn = String(signedIn);
    toggle.textContent = signedIn ? 'Uitloggen (demo)' : 'Inloggen (demo)';
  }
  if (status) status.textContent = signedIn ? 'Ingelogd als Noor Hendriks, ondernemend ambtenaar bij Gemeente Bergen op Zoom (demo).' : 'Je bent niet ingelogd.';
  if (provider) provider.getToken = signedIn ? token : null;
}

// Before Flexschil is loaded and defines the tags (CMS pages often run their own scripts
// first): the editor's first request already carries the token.
signIn(true);

// Starts the mock backend (or finds the reference server) and loads Flexschil.
await import('./main.js');
toggle?.addEventListener('click', () => signIn(toggle.dataset.signedIn !== 'true'));
document.querySelector('#sign-in')?.addEventListener('click', () => signIn(true));
document.querySelector('profile-editor')?.addEventListener('profile-saved', () => {
  if (savedLink) savedLink.hidden = false;
});
