import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FlexschilError } from '../src/api/errors.js';
import { type WriteOutcome, WriteController } from '../src/shared/write-controller.js';

/** A form's host as the elements use it: one WriteController, and what it shows while writing. */
class WritingHost extends LitElement {
  writes = new WriteController(this);
  override render() {
    return html`<button aria-disabled=${this.writes.busy ? 'true' : 'false'}>Opslaan</button>`;
  }
}
customElements.define('test-writing-host', WritingHost);

/** A request that waits until the test answers it, and says whether it was aborted. */
function pendingRequest<T>() {
  let answer!: (value: T) => void;
  let signal!: AbortSignal;
  const request = (s: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      signal = s;
      answer = resolve;
      s.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    });
  return { request, answer: (value: T) => answer(value), signal: () => signal };
}

const button = (host: WritingHost) => host.shadowRoot!.querySelector('button')!;

describe('WriteController', () => {
  it('is busy while a request runs, and hands back what was sent', async () => {
    const host = await fixture<WritingHost>(html`<test-writing-host></test-writing-host>`);
    const save = pendingRequest<string>();
    const outcome = host.writes.send(save.request);
    await host.updateComplete;
    expect(button(host).getAttribute('aria-disabled')).to.equal('true');
    save.answer('p-1');
    expect(await outcome).to.deep.equal({ sent: 'p-1' });
    await host.updateComplete;
    expect(button(host).getAttribute('aria-disabled')).to.equal('false');
  });

  it('returns a failure as a FlexschilError of its kind, never throws', async () => {
    const host = await fixture<WritingHost>(html`<test-writing-host></test-writing-host>`);
    const refused = new FlexschilError({ kind: 'forbidden', status: 403, title: 'Forbidden' });
    const outcome = await host.writes.send(() => Promise.reject(refused));
    expect(outcome).to.deep.equal({ failed: refused });
    const broken = (await host.writes.send(() => Promise.reject(new TypeError('boom')))) as { failed: FlexschilError };
    expect(broken.failed.kind).to.equal('unexpected');
  });

  it('runs one attempt at a time: a double click finds the guard set', async () => {
    const host = await fixture<WritingHost>(html`<test-writing-host></test-writing-host>`);
    const save = pendingRequest<string>();
    let attempts = 0;
    const attempt = async () => {
      attempts++;
      await host.writes.send(save.request);
    };
    const first = host.writes.once(attempt);
    await host.writes.once(attempt);
    expect(attempts).to.equal(1);
    save.answer('p-1');
    await first;
    await host.writes.once(async () => {
      attempts++;
    });
    expect(attempts, 'a new attempt once the first ended').to.equal(2);
  });

  it('abandons a write in flight when the element leaves the page', async () => {
    const host = await fixture<WritingHost>(html`<test-writing-host></test-writing-host>`);
    const save = pendingRequest<string>();
    const outcome: Promise<WriteOutcome<string>> = host.writes.send(save.request);
    host.remove();
    expect(save.signal().aborted).to.be.true;
    expect(await outcome).to.deep.equal({ abandoned: true });
    expect(host.writes.busy).to.be.false;
  });

  it('keeps the guard of a new attempt when an abandoned one ends after it started', async () => {
    const host = await fixture<WritingHost>(html`<test-writing-host></test-writing-host>`);
    const old = pendingRequest<string>();
    const next = pendingRequest<string>();
    let attempts = 0;
    const first = host.writes.once(async () => {
      attempts++;
      await host.writes.send(old.request);
    });
    // Another profile (or session) is opened: the old write is abandoned, a new one starts at once.
    host.writes.abandon();
    const second = host.writes.once(async () => {
      attempts++;
      await host.writes.send(next.request);
    });
    await first; // the abandoned attempt ends while the new one still runs
    await host.writes.once(async () => {
      attempts++;
    });
    expect(attempts, 'a double click during the new attempt is refused').to.equal(2);
    next.answer('p-2');
    await second;
  });
});
