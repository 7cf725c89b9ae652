/**
 * The CDN bundle's loader (src/autoload.ts), in a page of its own: an element whose code does not
 * come (a CDN's hiccup, a train's tunnel) shows what the host page put inside it, and is tried
 * again, when the connection comes back and after a while, until it renders.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse, http, passthrough } from 'msw';
import { discover } from '../src/autoload.js';
import { API, waitFor } from './helpers.js';
import { resetMock, worker } from './msw.js';

/** Fails the first `times` requests for `tag`'s code; when it was asked for (ms). */
function failCode(tag: string, times: number): number[] {
  const asked: number[] = [];
  worker.use(
    http.get(new RegExp(`/src/elements/${tag}/define\\.ts`), () => {
      asked.push(performance.now());
      return asked.length <= times ? HttpResponse.error() : passthrough();
    }),
  );
  return asked;
}

/** Resolves once the loader has said it could not load `tag` (so it knows to try again). */
function failureSaid(tag: string): Promise<void> {
  const original = console.error;
  return new Promise((resolve) => {
    console.error = (...args: unknown[]) => {
      original(...args);
      if (String(args[0]).includes(`could not load <${tag}>`)) {
        console.error = original;
        resolve();
      }
    };
  });
}

/** Whether a person sees `element` (a shadow root without a slot hides what is inside its host). */
const shown = (element: Element) => element.getClientRects().length > 0;

describe('the CDN loader when an element’s code does not come', () => {
  beforeEach(resetMock);
  afterEach(() => worker.resetHandlers());

  it('shows what the host put inside, loads it again once the browser is back online, and then renders', async () => {
    const asked = failCode('session-list', 1);
    const given = failureSaid('session-list');
    const page = await fixture(html`<marketplace-provider endpoint=${API}>
      <session-list page-size="3"><a href="/zwermsessies">Bekijk de zwermsessies</a></session-list>
    </marketplace-provider>`);
    const list = page.querySelector('session-list')!;
    const fallback = list.querySelector('a')!;
    await waitFor(() => asked.length === 1, { message: 'the code asked for' });
    await given;
    expect(customElements.get('session-list')).to.equal(undefined);
    expect(shown(fallback), 'the host’s link while there is no widget').to.equal(true);

    window.dispatchEvent(new Event('online'));
    await waitFor(() => list.matches(':state(ready)'), { message: 'the list rendered', timeout: 10_000 });
    expect(asked).to.have.length(2);
    // Not the retry that waits 2 s after the failure: the one the connection's return started.
    expect(asked[1] - asked[0]).to.be.below(2000);
    expect(shown(fallback), 'the host’s link once the widget is there').to.equal(false);
  });

  it('tries again by itself after a while', async () => {
    const asked = failCode('profile-directory', 1);
    const page = await fixture(html`<marketplace-provider endpoint=${API}><profile-directory page-size="3"></profile-directory></marketplace-provider>`);
    const directory = page.querySelector('profile-directory')!;
    await waitFor(() => directory.matches(':state(ready)'), { message: 'the directory rendered', timeout: 10_000 });
    expect(asked).to.have.length(2);
    expect(asked[1] - asked[0]).to.be.at.least(2000);
  });

  it('a hover that prefetches during the outage neither uses up a timed retry nor plans another', async () => {
    failCode('application-inbox', Number.POSITIVE_INFINITY);
    // The loader's timed retries, held instead of waited for (every other timer runs as usual).
    const planned: { delay: number; run: () => void }[] = [];
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      if (args[0] !== 'application-inbox') return realSetTimeout(handler, delay, ...args);
      planned.push({ delay: delay ?? 0, run: () => (handler as (...a: unknown[]) => void)(...args) });
      return 0;
    }) as typeof window.setTimeout;
    let failures = 0;
    const realError = console.error;
    console.error = (...args: unknown[]) => {
      if (String(args[0]).includes('could not load <application-inbox>')) failures++;
      else realError(...args);
    };
    try {
      const page = await fixture(html`<div>
        <button type="button" data-flexschil-prefetch="application-inbox">Bekijk de reacties</button>
        <application-inbox></application-inbox>
      </div>`);
      await waitFor(() => failures === 1, { message: 'the first load failed' });
      expect(planned.map((p) => p.delay)).to.deep.equal([2000]);

      const button = page.querySelector('button')!;
      for (let hover = 1; hover <= 3; hover++) {
        button.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await waitFor(() => failures === 1 + hover, { message: `hover ${hover} asked for the code, and it failed` });
      }
      expect(planned.map((p) => p.delay), 'still the one retry after 2 s').to.deep.equal([2000]);

      for (const [i, next] of [8000, 18000].entries()) {
        planned[i].run();
        await waitFor(() => planned.length === i + 2, { message: `the retry after ${next / 1000} s planned` });
        expect(planned[i + 1].delay).to.equal(next);
      }
      planned[2].run();
      await waitFor(() => failures === 7, { message: 'the last timed retry failed' });
      expect(planned, 'three timed retries, no more').to.have.length(3);
    } finally {
      window.setTimeout = realSetTimeout;
      console.error = realError;
    }
  });

  it("says so in the board's dialog, with a retry, when the application form's code does not come", async () => {
    // Twice: the first load, and the one the board's next update asks for (the message's update).
    const asked = failCode('apply-form', 2);
    // The loader's own timed retries are held, so only the visitor's "Probeer opnieuw" can bring the form.
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) =>
      args[0] === 'apply-form' ? 0 : realSetTimeout(handler, delay, ...args)) as typeof window.setTimeout;
    try {
      const page = await fixture(html`<marketplace-provider endpoint=${API}><assignment-list page-size="3"></assignment-list></marketplace-provider>`);
      const board = page.querySelector('assignment-list')!;
      await waitFor(() => board.matches(':state(ready)'), { message: 'the board rendered', timeout: 10_000 });
      const root = board.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.cards button[data-id]')!.click();
      const section = () => root.querySelector<HTMLElement>('dialog[open] section.apply');
      await waitFor(() => section()?.querySelector('[part="form-error"]') && asked.length === 2, { message: 'the form’s place says it could not be shown', timeout: 10_000 });
      const notice = section()!.querySelector<HTMLElement>('[part="form-error"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(shown(notice), 'the message is seen while there is no form').to.equal(true);
      expect(notice.textContent).to.match(/Probeer het opnieuw/);
      await expect(board).to.be.accessible();
      expect(customElements.get('apply-form'), 'nothing brought the form meanwhile').to.equal(undefined);

      const retry = [...notice.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Probeer opnieuw')!;
      retry.focus();
      retry.click();
      await waitFor(() => customElements.get('apply-form'), { message: 'the form’s code came' });
      expect(asked.length, 'asked again on the click').to.equal(3);
      const form = section()!.querySelector('apply-form')!;
      await waitFor(() => form.shadowRoot?.querySelector('form'), { message: 'the form rendered' });
      expect(shown(notice), 'the message is gone with the form there').to.equal(false);
      await waitFor(() => root.activeElement?.id === 'apply-heading', { message: 'focus on the form’s heading, not lost with the button' });
    } finally {
      window.setTimeout = realSetTimeout;
    }
  });

  it("loads our tags in another component's shadow root when that component asks (the document's watcher cannot see there)", async () => {
    const block = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = block.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<session-editor></session-editor>';
    discover(shadow);
    await customElements.whenDefined('session-editor');
    await waitFor(() => shadow.querySelector('session-editor')?.shadowRoot, { message: 'it renders' });
  });
});
