/**
 * The intranet's single sign-on, as far as Flexschil sees it: a function that gives the
 * current user's token (see token.ts).
 */
import { demoTokenGetter } from './token.js';

// Set before Flexschil is defined (a CMS page often runs its own scripts first): the provider
// takes it over when it upgrades, so the first request already carries the token.
const provider = document.querySelector('marketplace-provider');
if (provider) provider.getToken = demoTokenGetter({ org: 'gem-steenbergen' }, 'token-steenbergen');
