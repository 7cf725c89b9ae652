/**
 * A host page whose Content Security Policy leaves the API out of `connect-src`, as a page may
 * whose policy was written before it embedded the widgets: the browser fails every request as it
 * fails a request to a server that is down. The widget says it is the page's settings (not a
 * server that does not answer), tries nothing again, and tells the host's developer what to add.
 */
import './jitless.js';
import { expect, fixture, html } from '@open-wc/testing';
import { common } from '../src/i18n/common.js';
import { API, waitFor } from './helpers.js';
import { uncaught, underPolicy, violations } from './host-csp.helpers.js';

// The README's policy, but with only the page's own origin to connect to: the API is elsewhere.
const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'none'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html flexschil dompurify',
].join('; ');

describe("a host page whose policy does not allow connecting to the API", () => {
  beforeEach(() => underPolicy(POLICY));
  afterEach(() => expect(uncaught.join('\n'), 'uncaught errors').to.equal(''));

  it("says the page's settings stand in the way, not the server, tries nothing again by itself, and names connect-src in the console", async () => {
    const said: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => said.push(args.map(String).join(' '));
    try {
      const wrapper = await fixture<HTMLElement>(html`<div lang="nl"><marketplace-provider endpoint=${API}><assignment-list></assignment-list></marketplace-provider></div>`);
      const board = wrapper.querySelector('assignment-list')!;
      const failed = await waitFor(() => board.shadowRoot?.querySelector('[part="error"]'), { message: 'the error state' });
      expect(failed.textContent).to.contain(common.nl.errorUnavailable);
      expect(failed.textContent).not.to.contain(common.nl.errorUnreachable);
      expect(failed.querySelector('button'), 'no retry: only the page can change its policy').to.be.null;
      expect(said.join('\n')).to.match(/Content-Security-Policy does not allow connecting to .*connect-src/s);
      expect(said.join('\n')).to.contain(new URL(API).origin);
      // The list's request and the one that told why: no retries by itself, each reported to the page.
      const refused = violations.filter((v) => v.directive === 'connect-src');
      expect(refused.length, 'requests the policy refused').to.equal(2);
    } finally {
      console.error = error;
    }
  });
});
