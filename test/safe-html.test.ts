/**
 * `safeHtml()` (src/shared/sanitize.ts) loads the sanitiser when it first has rich text to show.
 * When that code does not come (a CDN's hiccup), the text is empty for now, and the next render
 * of the same text tries again: the dialog opened again shows its description. In a page of its
 * own, so that the sanitiser is not loaded before the test.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { HttpResponse, http, passthrough } from 'msw';
import { safeHtml } from '../src/shared/sanitize.js';
import { waitFor } from './helpers.js';
import { resetMock, worker } from './msw.js';

describe('safeHtml() when the sanitiser does not come', () => {
  beforeEach(resetMock);
  afterEach(() => worker.resetHandlers());

  it('shows nothing for now, and the text once a later render finds the code', async () => {
    let asked = 0;
    worker.use(
      http.get(/\/src\/shared\/sanitizer\.ts/, () => {
        asked++;
        return asked === 1 ? HttpResponse.error() : passthrough();
      }),
    );
    const host = document.createElement('div');
    document.body.append(host);
    const description = '<p>Goed <b>vet</b></p>';
    const show = () => render(html`<div class="description" ${safeHtml(description)}></div>`, host);
    const error = console.error;
    let said = () => {};
    const failed = new Promise<void>((resolve) => {
      said = resolve;
    });
    console.error = (...args: unknown[]) => {
      if (String(args[0]).includes('could not sanitise')) said();
      else error(...args);
    };
    try {
      show();
      await failed;
    } finally {
      console.error = error;
    }
    expect(host.querySelector('.description')!.textContent).to.equal('');
    show();
    await waitFor(() => host.querySelector('.description b'), { message: 'the description' });
    expect(asked).to.equal(2);
    host.remove();
  });
});
