/**
 * A host that imports one element before the provider (`flexschil/elements/profile-card`, then
 * `…/marketplace-provider`, or a bundler whose chunks run in another order than the imports):
 * the element asks for its configuration when it connects, and a provider defined after that
 * never hears it. Importing the element alone defines the provider first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/profile-card/define.js';
import { API, waitFor } from './helpers.js';
import { resetMock } from './msw.js';

describe('an element imported without the provider', () => {
  beforeEach(resetMock);

  it('defines the provider too, so a page with both renders instead of "no endpoint"', async () => {
    expect(customElements.get('marketplace-provider'), 'defined by the element’s import').to.not.equal(undefined);
    const page = await fixture(html`<marketplace-provider endpoint=${API}><profile-card profile-id="p-0001"></profile-card></marketplace-provider>`);
    const card = page.querySelector('profile-card')!;
    await waitFor(() => card.matches(':state(ready)'), { message: 'the card rendered from the provider’s endpoint', timeout: 10_000 });
    expect(card.shadowRoot!.querySelector('[part="name"]')?.textContent?.trim()).to.not.equal('');
  });
});
