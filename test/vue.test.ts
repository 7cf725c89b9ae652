// A Vue 3 app as the README tells a municipality to write it: `isCustomElement` so Vue leaves our
// tags to the browser, and `.prop` for functions and objects. Mounted *before* the bundle has
// defined the tags (a script tag that loads later, or a lazy import), which is where it used to
// go wrong: without `.prop` Vue writes getToken's source into an attribute.
import { expect } from '@open-wc/testing';
import { type App, createApp } from 'vue';
import type { FlexschilEvent } from '../src/index.js';
import { API, waitFor } from './helpers.js';
import { requests, resetMock } from './msw.js';

const TOKEN = 'token-steenbergen';
const apps: App[] = [];

function mount(template: string, setup: Record<string, unknown> = {}): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  const app = createApp({ template, setup: () => ({ api: API, getToken: async () => TOKEN, ...setup }) });
  app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
  app.mount(container);
  apps.push(app);
  return container;
}

const listRequest = (pageSize: string) =>
  waitFor(
    () => requests.find((r) => new URL(r.url).pathname.endsWith('/assignments') && new URL(r.url).searchParams.get('pageSize') === pageSize),
    { message: `a request for ${pageSize} assignments` },
  );

describe('Vue 3', () => {
  before(resetMock);
  after(() => {
    for (const app of apps) app.unmount();
  });

  it('isCustomElement + .prop: getToken set before the tags are defined reaches the first request; without .prop the console says how to fix it', async () => {
    expect(customElements.get('marketplace-provider'), 'nothing defined yet').to.equal(undefined);
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      // Vue's .prop keeps the name as written (`get-token`); the README's spelling, and the camelCase one.
      mount(`<marketplace-provider :endpoint="api" :get-token.prop="getToken"><assignment-list :page-size="3"></assignment-list></marketplace-provider>`);
      mount(`<marketplace-provider :endpoint="api" .getToken="getToken"><assignment-list :page-size="4"></assignment-list></marketplace-provider>`);
      mount(`<marketplace-provider :endpoint="api" :get-token="getToken"><assignment-list :page-size="2"></assignment-list></marketplace-provider>`);
      await import('../src/index.js');
      expect(new Headers((await listRequest('3')).headers).get('Authorization')).to.equal(`Bearer ${TOKEN}`);
      expect(new Headers((await listRequest('4')).headers).get('Authorization')).to.equal(`Bearer ${TOKEN}`);
      expect(new Headers((await listRequest('2')).headers).get('Authorization')).to.equal(null);
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).to.contain(':get-token.prop="fn"');
  });

  it(':get-token.prop also works once the tags are defined', async () => {
    requests.length = 0;
    mount(`<marketplace-provider :endpoint="api" :get-token.prop="getToken"><assignment-list :page-size="5"></assignment-list></marketplace-provider>`);
    expect(new Headers((await listRequest('5')).headers).get('Authorization')).to.equal(`Bearer ${TOKEN}`);
  });

  it('@assignment-select gets the typed event', async () => {
    const selected: string[] = [];
    const onSelect = (event: FlexschilEvent<'assignment-select'>) => {
      event.preventDefault();
      selected.push(event.detail.assignment.title);
    };
    const container = mount(`<marketplace-provider :endpoint="api"><assignment-list @assignment-select="onSelect"></assignment-list></marketplace-provider>`, { onSelect });
    const board = container.querySelector('assignment-list')!;
    await waitFor(() => board.matches(':state(ready)'), { message: 'board ready' });
    board.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
    expect(selected).to.have.length(1);
  });
});
