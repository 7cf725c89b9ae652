/**
 * `<assignment-list sessions>` (issue 17): a card whose assignment has an upcoming swarm session
 * says so in one line, from one `GET /sessions?assignment=…` per page of results.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { type Board, cards, mountBoard, ready, shadow } from './assignment-list.helpers.js';
import { API, accessibilityTree, spoken, waitFor } from './helpers.js';
import { backend, gets, resetMock, worker } from './msw.js';

// The seed's online session s-2026-0003 (14 January 2027) presents a-2026-0141, a water assignment of its own organisation.
const WATER = 'a-2026-0141';
const SESSION = 's-2026-0003';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const idOf = (card: Element) => card.querySelector<HTMLElement>('[data-id]')!.dataset.id!;
const cardOf = (board: Board, id: string) => cards(board).find((c) => idOf(c) === id)!;
const lines = (board: Board) => [...shadow(board).querySelectorAll('[part="session"]')];

/** Adds a session to the mock's store, like one a poster planned, for an assignment. */
function planSession(overrides: Record<string, unknown>) {
  const base = structuredClone(backend.store.sessions.find((s) => s.id === SESSION)!);
  backend.store.sessions.push({ ...base, ...overrides } as typeof base);
}

describe('<assignment-list sessions>', () => {
  before(async () => {
    const warmUp = await fixture(html`<p>axe</p>`);
    await expect(warmUp).to.be.accessible();
  });
  beforeEach(async () => {
    await resetMock();
  });
  afterEach(async () => {
    worker.resetHandlers();
    history.replaceState(null, '', location.pathname);
    await setViewport({ width: 800, height: 600 });
  });

  it('asks once for the sessions of the cards on the page, and shows the line on the card they belong to, accessibly', async () => {
    const board = await mountBoard('sessions field="water"');
    await ready(board);
    const line = await waitFor(() => cardOf(board, WATER).querySelector('[part="session"]'), { message: 'session line' });
    expect(gets('/sessions')).to.have.length(1);
    const [request] = gets('/sessions');
    expect(request.searchParams.getAll('assignment')).to.deep.equal(cards(board).map(idOf));
    expect(text(line)).to.match(/^Zwermsessie: donderdag 14 januari 2027, online · Zet in je agenda/);
    const links = (await accessibilityTree()).filter((node) => node.role === 'link').map((node) => node.name);
    expect(links, 'as a screen reader says it').to.include('Zet in je agenda: Online zwermsessie: datagedreven werken aan natuur en water (agendabestand, ics)');
    expect(line.querySelector('time')!.getAttribute('datetime')).to.equal('2027-01-14T10:00:00+01:00');
    expect(line.querySelector<HTMLAnchorElement>('[part="session-calendar"]')!.href).to.equal(`${API}/sessions/${SESSION}.ics`);
    expect(lines(board), 'only the card with a session').to.have.length(1);
    await expect(board).to.be.accessible();
  });

  it("links to the session's own page when it has one, names it, and leaves out sessions that are called off", async () => {
    const board0 = await mountBoard('field="water"');
    await ready(board0);
    const [, second, third] = cards(board0).map(idOf).filter((id) => id !== WATER);
    board0.closest('div')!.remove();
    planSession({
      id: 's-test-page',
      title: 'Zwermsessie: water in de wijk',
      assignmentId: second,
      place: 'Stadhuis Eindhoven',
      onlineUrl: null,
      url: 'https://netwerk.example.nl/zwermsessies/water-in-de-wijk',
      startsAt: '2027-01-07T14:00:00+01:00',
      endsAt: '2027-01-07T16:00:00+01:00',
    });
    // A later session of the same assignment: the card names the next one.
    planSession({ id: 's-test-later', assignmentId: second, startsAt: '2027-03-04T14:00:00+01:00', endsAt: '2027-03-04T16:00:00+01:00' });
    planSession({ id: 's-test-off', assignmentId: third, status: 'cancelled' });

    const board = await mountBoard('sessions field="water"');
    await ready(board);
    const link = await waitFor(() => cardOf(board, second).querySelector<HTMLAnchorElement>('[part="session"] a'), { message: 'session link' });
    expect(link.href).to.equal('https://netwerk.example.nl/zwermsessies/water-in-de-wijk');
    expect(text(link)).to.equal('Zwermsessie: donderdag 7 januari 2027, Stadhuis Eindhoven (Zwermsessie: water in de wijk) (opent in een nieuw venster)');
    expect(cardOf(board, third).querySelector('[part="session"]'), 'no line for a cancelled session').to.be.null;
    expect(lines(board)).to.have.length(2);
    await expect(board).to.be.accessible();
  });

  it('asks again, once, for the cards of the next page', async () => {
    const board = await mountBoard('sessions field="water" page-size="2"');
    await ready(board);
    await waitFor(() => gets('/sessions').length === 1);
    const first = cards(board).map(idOf);
    shadow(board).querySelector<HTMLButtonElement>('[part="pagination"] li:last-child button')!.click();
    await waitFor(() => gets('/assignments').some((u) => u.searchParams.get('page') === '2'));
    await ready(board);
    await waitFor(() => gets('/sessions').length === 2, { message: 'a request for page 2' });
    const second = cards(board).map(idOf);
    expect(second).not.to.deep.equal(first);
    expect(gets('/sessions')[1].searchParams.getAll('assignment')).to.deep.equal(second);
  });

  it('fits 320 px without horizontal scrolling, the session line too', async () => {
    await setViewport({ width: 320, height: 640 });
    const board = await mountBoard('sessions field="water"');
    await ready(board);
    const line = await waitFor(() => cardOf(board, WATER).querySelector<HTMLElement>('[part="session"]'));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(line.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('speaks English when the page does', async () => {
    const board = await mountBoard('sessions field="water"', { lang: 'en' });
    await ready(board);
    const line = await waitFor(() => cardOf(board, WATER).querySelector('[part="session"]'));
    expect(spoken(line)).to.equal('Swarm session: Thursday 14 January 2027, online · Add to your calendar: Online zwermsessie: datagedreven werken aan natuur en water (calendar file, ics)');
    await expect(board).to.be.accessible();
  });

  it('asks nothing about sessions without the attribute', async () => {
    const board = await mountBoard('field="water"');
    await ready(board);
    await aTimeout(100);
    expect(gets('/sessions')).to.have.length(0);
    expect(lines(board)).to.have.length(0);
  });

  it('keeps the cards when the sessions cannot be loaded: no line, no error shown, one warning', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      backend.setFault({ kind: 'error500', paths: /^\/sessions$/ });
      const errors: Event[] = [];
      const board = await mountBoard('sessions field="water" page-size="2"');
      board.addEventListener('flexschil-error', (e) => errors.push(e));
      await ready(board);
      await waitFor(() => warnings.length === 1, { message: 'a warning' });
      expect(cards(board)).to.have.length(2);
      expect(lines(board)).to.have.length(0);
      expect(board.matches(':state(ready)')).to.be.true;
      expect(shadow(board).querySelector('[part="error"]')).to.be.null;
      expect(errors).to.have.length(0);
      await expect(board).to.be.accessible();
      // The next page fails as well: still no line, and no second warning.
      shadow(board).querySelector<HTMLButtonElement>('[part="pagination"] li:last-child button')!.click();
      await waitFor(() => gets('/sessions').length === 2, { message: 'a request for page 2' });
      await ready(board);
      await aTimeout(50);
      expect(cards(board)).to.have.length(2);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('shows only sessions of the cards on the page, even from a backend that ignores the filter', async () => {
    const all = structuredClone(backend.store.sessions).map((s) => ({ ...s, seatsLeft: s.capacity }));
    all.push({ ...all.find((s) => s.id === SESSION)!, id: 's-other', assignmentId: 'a-elders' });
    worker.use(http.get(`${API}/sessions`, () => HttpResponse.json({ items: all, page: 1, pageSize: 100, total: all.length })));
    const board = await mountBoard('sessions field="water"');
    await ready(board);
    await waitFor(() => lines(board).length > 0);
    expect(lines(board)).to.have.length(1);
    expect(cardOf(board, WATER).querySelector('[part="session"]')).to.exist;
  });
});
