// A React 19 app, as a municipality builds one: through `flexschil/react` (properties, typed
// events), and with plain tags after `import 'flexschil'` (React 19 sets a property when the
// defined element has it). Written without JSX so the test runner needs no JSX transform.
import { expect } from '@open-wc/testing';
import { createElement, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { AssignmentSelectDetail, FlexschilEvent } from '../src/index.js';
import { AssignmentList, MarketplaceProvider } from '../src/react/index.js';
import { API, waitFor } from './helpers.js';
import { requests, resetMock } from './msw.js';

const TOKEN = 'token-steenbergen';
let root: Root | null = null;
let container: HTMLElement;

function render(tree: ReactNode): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  flushSync(() => root!.render(tree));
  return container;
}

const authorizationOfFirstListRequest = async () => {
  const request = await waitFor(() => requests.find((r) => new URL(r.url).pathname.endsWith('/assignments')), { message: 'a request for assignments' });
  return new Headers(request.headers).get('Authorization');
};

async function openFirstCard(board: Element) {
  await waitFor(() => board.matches(':state(ready)'), { message: 'board ready' });
  board.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
}

describe('React 19', () => {
  beforeEach(resetMock);
  afterEach(() => {
    root?.unmount();
    container.remove();
  });

  it('flexschil/react sets getToken as a property, so the first request carries the token', async () => {
    render(createElement(MarketplaceProvider, { endpoint: API, getToken: async () => TOKEN }, createElement(AssignmentList, { pageSize: 3 })));
    expect(await authorizationOfFirstListRequest()).to.equal(`Bearer ${TOKEN}`);
    expect(new URL(requests.at(-1)!.url).searchParams.get('pageSize')).to.equal('3');
  });

  it('flexschil/react passes typed events to on… props', async () => {
    const selected: AssignmentSelectDetail[] = [];
    render(
      createElement(
        MarketplaceProvider,
        { endpoint: API },
        createElement(AssignmentList, {
          onAssignmentSelect: (event: FlexschilEvent<'assignment-select'>) => {
            event.preventDefault();
            selected.push(event.detail);
          },
        }),
      ),
    );
    await openFirstCard(container.querySelector('assignment-list')!);
    expect(selected).to.have.length(1);
    expect(selected[0].assignment.title).to.be.a('string').and.not.empty;
  });

  it('plain tags: properties and on<event> props reach defined elements', async () => {
    const selected: string[] = [];
    render(
      createElement(
        'marketplace-provider',
        { endpoint: API, getToken: async () => TOKEN },
        createElement('assignment-list', {
          'page-size': 4,
          'onassignment-select': (event: FlexschilEvent<'assignment-select'>) => {
            event.preventDefault();
            selected.push(event.detail.assignment.id);
          },
        }),
      ),
    );
    expect(await authorizationOfFirstListRequest()).to.equal(`Bearer ${TOKEN}`);
    await openFirstCard(container.querySelector('assignment-list')!);
    expect(selected).to.have.length(1);
  });
});
