/**
 * The regional network's own script: a "sign in as a member" switch. Signed in, the provider
 * gives every request a token (see token.ts), so profiles visible to network members appear too; signed
 * out, only public profiles do. The widgets never see a password: only the token function.
 */
import './main.js';
import { demoTokenGetter } from './token.js';

// main.ts has started the mock backend and loaded Flexschil; the profile elements are imported
// here as well so this page does not depend on which tags src/index.ts defines.
await import('../src/elements/profile-directory/define.js');

const provider = document.querySelector('marketplace-provider');
const toggle = document.querySelector<HTMLButtonElement>('#member-toggle');
const status = document.querySelector<HTMLElement>('#member-status');
const memberToken = demoTokenGetter({ org: 'gem-steenbergen', network: true }, 'token-steenbergen');

toggle?.addEventListener('click', () => {
  const signIn = toggle.dataset.signedIn !== 'true';
  toggle.dataset.signedIn = String(signIn);
  toggle.textContent = signIn ? 'Uitloggen (demo)' : 'Inloggen als netwerklid (demo)';
  if (status) status.textContent = signIn ? 'Ingelogd als netwerklid: je ziet ook de profielen voor leden.' : 'Je ziet de openbare profielen.';
  if (provider) provider.getToken = signIn ? memberToken : null;
});
