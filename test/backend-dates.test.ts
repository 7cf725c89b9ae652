/**
 * A date or an instant from the backend that is no real day or moment ("not-a-date-at-all",
 * 30 February) is refused at the edge with the rest of that answer, like any answer outside the
 * contract: the element says it could not load, with a retry, and nothing is thrown into the
 * host page. Before, such a value reached `Intl`, which threw from inside the render: the session
 * list and the inbox stayed on "loading" for good, and the error reached the page's `onerror`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { HttpResponse, http } from 'msw';
import { mockToken } from '../mock/backend.js';
import '../src/index.js';
import { makeAssignment, makePage } from './fixtures.js';
import { API, waitFor } from './helpers.js';
import { backend, gets, resetMock, worker } from './msw.js';

const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
const ASSIGNMENT = 'a-2026-0101';
const NO_DATE = 'not-a-date-at-all';

/** What was thrown into the page (uncaught errors and rejections) while the test ran. */
const thrown: string[] = [];
const record = (event: ErrorEvent | PromiseRejectionEvent) => thrown.push(String('reason' in event ? event.reason : event.error));

async function mount(element: string, token: string | null = null): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
    <marketplace-provider endpoint=${API} .getToken=${token ? async () => token : null}>${unsafeHTML(element)}</marketplace-provider>
  </div>`);
  return wrapper.querySelector<HTMLElement>('marketplace-provider > *')!;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const settled = (el: HTMLElement, state: string) =>
  waitFor(() => el.getAttribute('data-state') === state, { message: `<${el.localName}> ${state}, not ${el.getAttribute('data-state')}` });

/** The real mock's answer for `path`, with `change` applied to its items (once; later requests get the real answer). */
function breakItemsOnce(path: string, change: (item: Record<string, unknown>, index: number) => void) {
  worker.use(
    http.get(
      `${API}${path}`,
      async ({ request }) => {
        const real = await backend.handle(request.clone(), { base: API });
        const body = (await real.json()) as { items: Record<string, unknown>[] };
        body.items.forEach(change);
        return HttpResponse.json(body, { headers: { 'Content-Language': 'nl' } });
      },
      { once: true },
    ),
  );
}

/** The failure message's retry shows the answer as it now comes. */
async function retries(el: HTMLElement): Promise<void> {
  const error = el.shadowRoot!.querySelector('[part="error"]');
  expect(text(error)).to.include('Probeer opnieuw');
  await expect(el).to.be.accessible();
  error!.querySelector('button')!.click();
  await settled(el, 'ready');
}

describe('a date or instant that is no real day or moment', () => {
  beforeEach(() => {
    resetMock();
    thrown.length = 0;
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
  });
  afterEach(() => {
    window.removeEventListener('error', record);
    window.removeEventListener('unhandledrejection', record);
  });

  it('in a session list: the list says it could not load, with a retry that works', async () => {
    breakItemsOnce('/sessions', (session, i) => {
      if (i === 1) session.startsAt = NO_DATE;
    });
    const list = await mount('<session-list></session-list>');
    await settled(list, 'error');
    await retries(list);
    expect(list.shadowRoot!.querySelectorAll('[part~="card"]').length).to.be.greaterThan(1);
    expect(thrown).to.deep.equal([]);
  });

  it("in an inbox: an application's arrival that is no moment", async () => {
    for (const name of ['Anne de Wit', 'Bert Smit']) {
      const body = new FormData();
      const fields = { name, email: `${name.split(' ')[0].toLowerCase()}@example.nl`, phone: '06 12345678', kvkNumber: '12345678', motivation: 'Ik werk graag mee aan deze opdracht: ik deed dit eerder voor twee gemeenten.' };
      for (const [key, value] of Object.entries(fields)) body.append(key, value);
      body.append('cv', new File(['%PDF-1.4\n'], 'cv.pdf', { type: 'application/pdf' }));
      body.append('consent', 'true');
      body.append('acceptConditions', 'true');
      const sent = await backend.handle(new Request(`${API}/assignments/${ASSIGNMENT}/applications`, { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() }, body }), { base: API });
      expect(sent.status).to.equal(201);
    }
    breakItemsOnce('/assignments/:id/applications', (application) => {
      if (application.name === 'Bert Smit') application.receivedAt = NO_DATE;
    });
    const inbox = await mount(`<application-inbox assignment-id="${ASSIGNMENT}"></application-inbox>`, POSTER);
    await settled(inbox, 'error');
    await retries(inbox);
    expect(text(inbox.shadowRoot!.querySelector('table'))).to.include('Bert Smit');
    expect(thrown).to.deep.equal([]);
  });

  it("on a board with sessions: the cards without a session line, as when the sessions' request fails", async () => {
    worker.use(
      http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment({ id: 'a-1' }), makeAssignment({ id: 'a-2', title: 'Tweede opdracht' })]))),
    );
    // A session of the mock's, for the first card, on a day that is none.
    const sessions = (await (await backend.handle(new Request(`${API}/sessions`), { base: API })).json()) as { items: Record<string, unknown>[] };
    const session = { ...sessions.items.find((s) => s.status !== 'cancelled'), assignmentId: 'a-1', startsAt: NO_DATE };
    worker.use(http.get(`${API}/sessions`, () => HttpResponse.json({ items: [session], page: 1, pageSize: 100, total: 1 })));
    const board = await mount('<assignment-list sessions></assignment-list>');
    await settled(board, 'ready');
    await waitFor(() => board.shadowRoot!.querySelectorAll('[part~="card"]').length === 2, { message: 'two cards' });
    // The sessions' request was answered and refused: no line, nothing thrown.
    await waitFor(() => gets('/sessions').length > 0, { message: 'the sessions asked for' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(board.shadowRoot!.querySelector('[part~="session"]')).to.equal(null);
    expect(thrown).to.deep.equal([]);
  });

  it('on a board: a closing date of 30 February', async () => {
    worker.use(
      http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment({ id: 'a-1', closingDate: '2027-02-30' })])), { once: true }),
      http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment({ id: 'a-1', closingDate: '2027-02-28' })]))),
    );
    const board = await mount('<assignment-list></assignment-list>');
    await settled(board, 'error');
    await retries(board);
    expect(text(board.shadowRoot!.querySelector('[part~="card"] time'))).to.include('sluit');
    expect(thrown).to.deep.equal([]);
  });
});
