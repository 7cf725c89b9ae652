import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { HttpResponse, http } from 'msw';
import '../src/elements/apply-form/define.js';
import '../src/elements/assignment-list/define.js';
import '../src/elements/marketplace-provider/define.js';
import { ApplyForm } from '../src/elements/apply-form/apply-form.js';
import { AssignmentList } from '../src/elements/assignment-list/assignment-list.js';
import { MarketplaceProvider } from '../src/elements/marketplace-provider/marketplace-provider.js';
import { MatchBadge } from '../src/elements/match-badge/match-badge.js';
import { ProfileCard } from '../src/elements/profile-card/profile-card.js';
import { ProfileDirectory } from '../src/elements/profile-directory/profile-directory.js';
import { makeAssignment, makePage, makeProfile } from './fixtures.js';
import { API, waitFor } from './helpers.js';
import { requests, resetMock, worker } from './msw.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
let serial = 0;
/** A fresh tag for a class, so a test can create the element first and define it afterwards. */
const lateTag = (name: string) => `late-${name}-${++serial}`;

/**
 * What happens when React or Vue renders before the bundle has loaded: the element exists as a
 * plain HTMLElement, the framework sets properties on it, and only then is the tag defined.
 */
function createUndefined(tag: string, properties: Record<string, unknown>, attributes: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  expect(customElements.get(tag), 'not defined yet').to.equal(undefined);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  return el;
}

describe('marketplace-provider', () => {
  beforeEach(resetMock);

  describe("the provider's credentials", () => {
    const OTHER = 'https://api.regionaal-netwerk.test/v1';
    /** What each request to `base` carried: its path, its Authorization header and its credentials mode. */
    function seenAt(base: string) {
      const seen: { path: string; authorization: string | null; credentials: RequestCredentials }[] = [];
      worker.use(
        http.get(`${base}/*`, ({ request }) => {
          seen.push({ path: new URL(request.url).pathname, authorization: request.headers.get('Authorization'), credentials: request.credentials });
          return HttpResponse.json(makePage([makeAssignment()]), { headers: { 'Content-Language': 'nl' } });
        }),
      );
      return seen;
    }
    /**
     * The board's request for assignments among what it asked there (its vocabularies, public, may
     * come first: on a loaded machine they often did).
     */
    const boardRequest = (seen: ReturnType<typeof seenAt>) =>
      waitFor(() => seen.find((request) => request.path.endsWith('/assignments')), { message: 'the board asked for assignments there' });
    const intranet = (board: unknown, { endpoint = API as string | null } = {}) => html`<div lang="nl">
      <marketplace-provider endpoint=${endpoint ?? nothing} credentials="include" .getToken=${async () => 'token-intranet'}>${board}</marketplace-provider>
    </div>`;

    it('stay with its backend: a board with an endpoint on another origin asks without its token and cookies', async () => {
      const seen = seenAt(OTHER);
      await fixture(intranet(html`<assignment-list endpoint=${OTHER}></assignment-list>`));
      expect(await boardRequest(seen)).to.deep.equal({ path: '/v1/assignments', authorization: null, credentials: 'omit' });
    });

    it('go with an endpoint of its own origin (another version of the API), and with the elements of a provider without one', async () => {
      const sameOrigin = `${new URL(API).origin}/v2`;
      const seen = seenAt(sameOrigin);
      await fixture(intranet(html`<assignment-list endpoint=${sameOrigin}></assignment-list>`));
      expect(await boardRequest(seen)).to.deep.equal({ path: '/v2/assignments', authorization: 'Bearer token-intranet', credentials: 'include' });

      const elsewhere = seenAt(OTHER);
      await fixture(intranet(html`<assignment-list endpoint=${OTHER}></assignment-list>`, { endpoint: null }));
      expect(await boardRequest(elsewhere)).to.deep.equal({ path: '/v1/assignments', authorization: 'Bearer token-intranet', credentials: 'include' });
    });
  });

  describe('properties set before the tag was defined', () => {
    it('keeps getToken, so the first requests already carry the token', async () => {
      const providerTag = lateTag('provider');
      const listTag = lateTag('assignment-list');
      const provider = createUndefined(providerTag, { endpoint: API, getToken: async () => 'token-steenbergen' });
      provider.append(document.createElement(listTag));
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(provider);
      // The bundle arrives: the provider is defined first (src/index.ts), then the elements.
      customElements.define(providerTag, class extends MarketplaceProvider {});
      customElements.define(listTag, class extends AssignmentList {});

      const list = await waitFor(() => requests.find((r) => new URL(r.url).pathname.endsWith('/assignments')), { message: 'the board asked for assignments' });
      expect(new Headers(list.headers).get('Authorization')).to.equal('Bearer token-steenbergen');
      expect((provider as MarketplaceProvider).getToken).to.be.a('function');
    });

    // The contract promises this for every element, not only the provider.
    it('keeps them on every element', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
      const provider = document.createElement('marketplace-provider');
      provider.endpoint = API;
      host.append(provider);
      const tags = {
        badge: lateTag('match-badge'),
        card: lateTag('profile-card'),
        form: lateTag('apply-form'),
        list: lateTag('assignment-list'),
        directory: lateTag('profile-directory'),
      };
      const profile = makeProfile({ name: 'Fatima el Amrani' });
      const assignment = makeAssignment({ title: 'Adviseur duurzame mobiliteit', requirements: { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false } });
      const elements = {
        badge: createUndefined(tags.badge, { score: 92 }),
        card: createUndefined(tags.card, { profile }),
        form: createUndefined(tags.form, { assignment }),
        list: createUndefined(tags.list, { pageSize: 3, filters: 'q' }),
        directory: createUndefined(tags.directory, { pageSize: 5, filters: 'q' }),
      };
      provider.append(...Object.values(elements));

      customElements.define(tags.badge, class extends MatchBadge {});
      customElements.define(tags.card, class extends ProfileCard {});
      customElements.define(tags.form, class extends ApplyForm {});
      customElements.define(tags.list, class extends AssignmentList {});
      customElements.define(tags.directory, class extends ProfileDirectory {});

      const shown = (el: HTMLElement, what: string) => waitFor(() => el.shadowRoot?.textContent?.includes(what), { message: what });
      await shown(elements.badge, '92');
      await shown(elements.card, 'Fatima el Amrani');
      // The form names the assignment in its accessible name.
      const formName = () => {
        const root = elements.form.shadowRoot;
        const labelledBy = root?.querySelector('form')?.getAttribute('aria-labelledby');
        return labelledBy ? root?.getElementById(labelledBy)?.textContent : undefined;
      };
      await waitFor(() => formName()?.includes('Adviseur duurzame mobiliteit'), { message: 'form for the assignment' });
      const pageSizes = () => requests.map((r) => new URL(r.url)).map((u) => `${u.pathname.split('/').at(-1)}:${u.searchParams.get('pageSize')}`);
      await waitFor(() => pageSizes().includes('assignments:3') && pageSizes().includes('profiles:5'), { message: 'page sizes in the requests' });
    });

    it('says in the console how to fix a getToken that a framework wrote as an attribute', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        // What Vue does with `:getToken="fn"` when it does not know the property: the source as an attribute.
        await fixture(html`<marketplace-provider endpoint=${API} gettoken="() => sso.token()"></marketplace-provider>`);
      } finally {
        console.error = original;
      }
      expect(errors.join('\n')).to.match(/getToken.*attribute.*property/s);
      expect(errors.join('\n')).to.contain(':get-token.prop');
    });
  });

  describe('privacy-url', () => {
    async function privacyLink(privacyUrl: string): Promise<HTMLAnchorElement | null> {
      const assignment = makeAssignment({ requirements: { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false } });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
        <marketplace-provider endpoint=${API} privacy-url=${privacyUrl}><apply-form .assignment=${assignment}></apply-form></marketplace-provider>
      </div>`);
      const form = wrapper.querySelector('apply-form')!;
      await waitFor(() => form.matches(':state(ready)'), { message: 'form ready' });
      await form.updateComplete;
      return form.shadowRoot!.querySelector<HTMLAnchorElement>('#consent-hint a');
    }

    it('resolves a relative URL against the page, as the README pastes it', async () => {
      const link = await privacyLink('/privacy');
      expect(link, 'privacy link shown').to.exist;
      expect(link!.href).to.equal(new URL('/privacy', document.baseURI).href);
      expect(text(link)).to.contain('privacyverklaring');
    });

    it('keeps an absolute http(s) URL', async () => {
      expect((await privacyLink('https://www.steenbergen.nl/privacy'))!.href).to.equal('https://www.steenbergen.nl/privacy');
    });

    it('still refuses javascript: and data: URLs', async () => {
      expect(await privacyLink('javascript:alert(1)')).to.equal(null);
      expect(await privacyLink('data:text/html,hi')).to.equal(null);
    });
  });
});
