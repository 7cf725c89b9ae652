import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import '../src/index.js';
import type { AssignmentList } from '../src/elements/assignment-list/assignment-list.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { define } from '../src/shared/define.js';
import { seedProfiles } from '../seed/seed.js';
import { createClient } from '../src/api/client.js';
import { resetSharedClients } from '../src/api/clients.js';
import { today } from '../src/i18n/format.js';
import { rank } from '../src/match/match.js';
import { makeAssignment, makePage } from './fixtures.js';
import { API, waitFor } from './helpers.js';
import { backend, gets, requests, resetMock, worker } from './msw.js';

type Board = AssignmentList;

async function mountBoard(attributes = '', { lang = 'nl', token }: { lang?: string; token?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <marketplace-provider endpoint=${API} .getToken=${token ? async () => token : null}>
      ${unsafeHTML(`<assignment-list ${attributes}></assignment-list>`)}
    </marketplace-provider>
  </div>`);
  const board = wrapper.querySelector<Board>('assignment-list')!;
  return board;
}

const shadow = (board: Board) => board.shadowRoot!;
const cards = (board: Board) => [...shadow(board).querySelectorAll('[part="card"]')];
const cardTitles = (board: Board) => cards(board).map((c) => c.querySelector('[part="card-title"]')!.textContent!.trim());
const heading = (board: Board) => shadow(board).querySelector('[part="count"]')!.textContent!.trim();
const status = (board: Board) => shadow(board).querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
const lastRequest = () => gets('/assignments').at(-1)!;

async function ready(board: Board, state = 'ready') {
  await waitFor(() => board.matches(`:state(${state})`), { message: `state ${state}` });
  await board.updateComplete;
}

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}

/** The element that has focus, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The topmost element at a point, looking into (open) shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

/** Composed-tree containment: `outer` contains `inner` across shadow roots. */
function composedContains(outer: Element, inner: Element): boolean {
  for (let node: Node | null = inner; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    if (node === outer) return true;
  }
  return false;
}

/**
 * Why the focused control is not visible (WCAG 2.2 SC 2.4.11), or null when part of it is: it
 * must lie partly inside the viewport and the dialog, and what is on top at that part must not
 * be the dialog's header (unless the control is in the header).
 */
function obscured(control: Element, dialog: HTMLDialogElement): string | null {
  const header = dialog.querySelector('.dialog-header')!;
  const rect = control.getBoundingClientRect();
  const frame = dialog.getBoundingClientRect();
  let top = Math.max(rect.top, frame.top, 0);
  const bottom = Math.min(rect.bottom, frame.bottom, innerHeight);
  const left = Math.max(rect.left, frame.left, 0);
  const right = Math.min(rect.right, frame.right, innerWidth);
  const inHeader = composedContains(header, control);
  if (!inHeader) top = Math.max(top, header.getBoundingClientRect().bottom);
  const name = control.getAttribute('name') ?? control.textContent?.trim().slice(0, 30);
  if (bottom - top < 1 || right - left < 1) return `${control.localName} ${name} is out of sight (${Math.round(rect.top)}–${Math.round(rect.bottom)} px)`;
  const hit = deepElementFromPoint((left + right) / 2, (top + bottom) / 2);
  if (!hit) return `${control.localName} ${name}: nothing at its place`;
  if (!inHeader && composedContains(header, hit)) return `${control.localName} ${name} is under the header`;
  return hit === control || composedContains(control, hit) || composedContains(hit, control) ? null : `${control.localName} ${name} is covered by ${hit.localName}`;
}

describe('<assignment-list>', () => {
  beforeEach(async () => {
    await resetMock();
    await setViewport({ width: 1280, height: 800 });
  });
  afterEach(() => {
    worker.resetHandlers();
    history.replaceState(null, '', location.pathname);
  });

  describe('showing the board', () => {
    it('shows the first page of open assignments from the provider\'s backend, accessibly', async () => {
      const board = await mountBoard();
      expect(board.matches(':state(loading)')).to.be.true;
      await ready(board);
      expect(cards(board)).to.have.length(10);
      expect(heading(board)).to.match(/^\d+ opdrachten gevonden$/);
      expect(status(board)).to.match(/opdrachten gevonden, pagina 1 van \d+/);
      const request = lastRequest();
      expect(request.searchParams.get('page')).to.equal('1');
      expect(request.searchParams.get('pageSize')).to.equal('10');
      expect(request.searchParams.get('sort')).to.equal('closingDate');
      await expect(board).to.be.accessible();
    });

    it('speaks English when the page does, and stays accessible', async () => {
      const board = await mountBoard('', { lang: 'en' });
      await ready(board);
      expect(heading(board)).to.match(/^\d+ assignments found$/);
      expect(new Headers(requests.at(-1)!.headers).get('Accept-Language')).to.equal('en');
      await expect(board).to.be.accessible();
    });

    it('shows what a card needs: organisation, field, types, place and mode, hours, start, closing date, rate', async () => {
      const closesToday = makeAssignment({
        id: 'today',
        visibility: 'internal',
        closingDate: today(),
        startDate: '2027-01-15',
        rate: { min: 75, max: 95, currency: 'EUR', unit: 'hour', publicRate: true },
      });
      const closed = makeAssignment({ id: 'closed', status: 'closed', rate: null, startDate: null, summary: null });
      worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([closesToday, closed]))));
      const board = await mountBoard();
      await ready(board);
      const [first, second] = cards(board).map((c) => c.textContent!.replace(/\s+/g, ' ').replace(/[\u00a0\u202f]/g, ' '));
      for (const expected of ['Gemeente Steenbergen', 'Informatievoorziening', 'Detachering', 'Inhuur (zzp/zpp)', 'Steenbergen · Hybride', '16–24 uur per week', '15 januari 2027', 'sluit vandaag', '€ 75 – € 95 per uur (publiek tarief)', 'Intern']) {
        expect(first).to.include(expected);
      }
      const time = cards(board)[0].querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(today());
      expect(time.querySelector('.visually-hidden')!.textContent).to.match(/^sluit op \d+ \w+ \d{4}$/);
      expect(second).to.include('gesloten');
      expect(second, 'no empty labels for missing data').not.to.match(/Tarief|Start|null|undefined/);
      await expect(board).to.be.accessible();
    });

    it('is accessible while loading, with the skeleton in place', async () => {
      backend.setFault({ kind: 'slow', delay: 800 });
      const board = await mountBoard();
      await ready(board, 'loading');
      expect(shadow(board).querySelector('.skeletons')).to.exist;
      await expect(board).to.be.accessible();
      await ready(board);
    });

    it('takes filter labels from /vocabularies when the backend sends no facets', async () => {
      worker.use(
        http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment()]))),
        http.get(`${API}/vocabularies`, () =>
          HttpResponse.json({ field: [{ value: 'inkoop', label: 'Inkoop (uit de lijst)' }], region: [], type: [], kind: [], mode: [] }),
        ),
      );
      const board = await mountBoard('filters="field"');
      await ready(board);
      await waitFor(() => shadow(board).querySelector('input[name="field"][value="inkoop"]'), { message: 'vocabulary option' });
      expect(shadow(board).querySelector('input[name="field"]')!.closest('label')!.textContent).to.include('Inkoop (uit de lijst)');
    });

    it('honours page-size, heading-level and the parts hosts style', async () => {
      const board = await mountBoard('page-size="4" heading-level="3"');
      await ready(board);
      expect(cards(board)).to.have.length(4);
      expect(shadow(board).querySelector('h3[part="count"]')).to.exist;
      expect(shadow(board).querySelector('h4[part="card-title"]')).to.exist;
      for (const part of ['search', 'filters', 'count', 'list', 'card', 'card-title', 'pagination']) {
        expect(shadow(board).querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });
  });

  describe('searching and filtering', () => {
    it('searches after a pause in typing, and at once on Enter', async () => {
      const board = await mountBoard();
      await ready(board);
      const input = shadow(board).querySelector<HTMLInputElement>('input[type="search"][name="q"]')!;
      const before = gets('/assignments').length;
      await typeInto(input, 'inkoop');
      // (Under load a pause between two keystrokes may outlast the debounce: then what is there is sent.)
      expect(gets('/assignments').length - before, 'no request per keystroke').to.be.below('inkoop'.length);
      await waitFor(() => lastRequest().searchParams.get('q') === 'inkoop', { message: 'debounced search' });
      await ready(board);
      expect(cardTitles(board).length).to.be.greaterThan(0);

      await typeInto(input, ' advies');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => lastRequest().searchParams.get('q') === 'inkoop advies', { timeout: 250, message: 'search on Enter' });
      expect(input.value, 'what was typed stays').to.equal('inkoop advies');
    });

    it('keeps text typed in the search box when a filter is clicked before the search was sent, and sends both', async () => {
      const board = await mountBoard();
      await ready(board);
      const input = shadow(board).querySelector<HTMLInputElement>('input[name="q"]')!;
      await typeInto(input, 'advies');
      const region = shadow(board).querySelector<HTMLInputElement>('input[name="region"]')!;
      region.click();
      await board.updateComplete;
      expect(input.value, 'what was typed stays in the box').to.equal('advies');
      await waitFor(() => lastRequest().searchParams.getAll('region').includes(region.value), { message: 'filter request' });
      expect(lastRequest().searchParams.get('q'), 'the typed text goes along with the filter').to.equal('advies');
    });

    it('filters by field with the counts from the facets, and can clear the filters', async () => {
      const board = await mountBoard();
      await ready(board);
      const before = heading(board);
      const summary = [...shadow(board).querySelectorAll('summary')].find((s) => s.textContent!.includes('Werkveld'))!;
      summary.click();
      const option = shadow(board).querySelector<HTMLInputElement>('input[name="field"]')!;
      const label = option.closest('label')!.textContent!.replace(/\s+/g, ' ').trim();
      const [, count] = label.match(/\((\d+)\)$/)!;
      option.click();
      await waitFor(() => lastRequest().searchParams.getAll('field').includes(option.value), { message: 'field request' });
      await ready(board);
      expect(heading(board)).to.equal(Number(count) === 1 ? '1 opdracht gevonden' : `${count} opdrachten gevonden`);
      expect(lastRequest().searchParams.get('page')).to.equal('1');

      const clear = [...shadow(board).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Wis filters')!;
      clear.click();
      await waitFor(() => heading(board) === before, { message: 'all results again' });
      expect(option.checked).to.be.false;
    });

    it('shows whether each filter group is open or closed by a shape, not by colour alone', async () => {
      const board = await mountBoard();
      await ready(board);
      const details = [...shadow(board).querySelectorAll('details')].find((d) => d.textContent!.includes('Werkveld'))!;
      const marker = () => getComputedStyle(details.querySelector('summary')!, '::before');
      expect(details.open).to.be.false;
      expect(marker().borderBottomStyle, 'a chevron drawn with borders').to.equal('solid');
      const closed = marker().transform;
      details.querySelector('summary')!.click();
      await board.updateComplete;
      expect(details.open).to.be.true;
      expect(marker().transform, 'the chevron turns when the group opens').not.to.equal(closed);
      expect(getComputedStyle(shadow(board).querySelector('[part="filters-toggle"]')!).display, 'no "Filters" button beside the results').to.equal('none');
    });

    it('puts all filters behind one "Filters" button on a phone, saying how many are chosen, so the results come first', async () => {
      await setViewport({ width: 320, height: 640 });
      const board = await mountBoard('filters="q,field,region,type,mode,hours"');
      await ready(board);
      const toggle = shadow(board).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
      const panel = shadow(board).querySelector<HTMLElement>('[part="filters"]')!;
      const resultsTop = () => shadow(board).querySelector('[part="count"]')!.getBoundingClientRect().top - board.getBoundingClientRect().top;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
      expect(panel.checkVisibility(), 'filters collapsed').to.be.false;
      expect(resultsTop(), 'the results right below search and the button').to.be.below(250);
      await expect(board).to.be.accessible();

      // Keyboard: from the search button to "Filters", open it, on to the first group.
      shadow(board).querySelector<HTMLButtonElement>('.search button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(board).activeElement).to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await board.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.checkVisibility()).to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(shadow(board).activeElement!.textContent).to.include('Werkveld');
      await expect(board).to.be.accessible();

      const region = panel.querySelector<HTMLInputElement>('input[name="region"]')!;
      panel.querySelector<HTMLElement>('details:has(input[name="region"]) summary')!.click();
      await board.updateComplete;
      region.click();
      await waitFor(() => lastRequest().searchParams.getAll('region').includes(region.value));
      await ready(board);
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filters (1 actief)');
      expect(panel.checkVisibility(), 'stays open while choosing').to.be.true;
      toggle.click();
      await board.updateComplete;
      expect(panel.checkVisibility()).to.be.false;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('keeps a filter group open, with focus on its checkbox, when the last option is unchecked', async () => {
      const board = await mountBoard();
      await ready(board);
      const all = heading(board);
      const details = [...shadow(board).querySelectorAll('details')].find((d) => d.textContent!.includes('Regio'))!;
      details.querySelector('summary')!.click();
      const box = details.querySelector<HTMLInputElement>('input[name="region"]')!;
      box.focus();
      await sendKeys({ press: 'Space' });
      await waitFor(() => lastRequest().searchParams.getAll('region').includes(box.value));
      await ready(board);
      await sendKeys({ press: 'Space' });
      await waitFor(() => heading(board) === all, { message: 'all results again' });
      await aTimeout(50);
      expect(details.open, 'the group stays open').to.be.true;
      expect(shadow(board).activeElement).to.equal(box);
    });

    it('moves focus to the results heading after "Wis filters", whose button is then gone', async () => {
      const board = await mountBoard();
      await ready(board);
      const all = heading(board);
      shadow(board).querySelector<HTMLInputElement>('input[name="region"]')!.click();
      await waitFor(() => lastRequest().searchParams.has('region'));
      await ready(board);
      const clear = [...shadow(board).querySelectorAll<HTMLButtonElement>('[part="filters"] button')].find((b) => b.textContent!.trim() === 'Wis filters')!;
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => heading(board) === all, { message: 'all results again' });
      await waitFor(() => shadow(board).activeElement === shadow(board).querySelector('[part="count"]'), { message: 'focus on the results heading' });
      expect(clear.isConnected).to.be.false;
    });

    it('sends type, mode and hours filters as the contract names them', async () => {
      const board = await mountBoard('filters="type,mode,hours"');
      await ready(board);
      const typeBox = shadow(board).querySelector<HTMLInputElement>('input[name="type"][value="inhuur"]')!;
      typeBox.click();
      await waitFor(() => lastRequest().searchParams.getAll('type').join() === 'inhuur');
      await ready(board);
      shadow(board).querySelector<HTMLInputElement>('input[name="mode"][value="remote"]')!.click();
      await waitFor(() => lastRequest().searchParams.getAll('mode').join() === 'remote');
      const hoursMin = shadow(board).querySelector<HTMLInputElement>('input[name="hoursMin"]')!;
      hoursMin.value = '20';
      hoursMin.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => lastRequest().searchParams.get('hoursMin') === '20');
      expect(lastRequest().searchParams.getAll('type')).to.deep.equal(['inhuur']);
      expect(shadow(board).querySelector('input[name="q"]'), 'no search box when not asked for').to.be.null;
    });

    it('always sends fixed pre-filters and offers no control to remove them', async () => {
      const board = await mountBoard('organisation="gem-steenbergen" field="inkoop"');
      await ready(board);
      // This board's requests are the ones for field=inkoop (no other test asks for it here).
      const mine = () => gets('/assignments').filter((u) => u.searchParams.getAll('field').includes('inkoop'));
      const fixedInEvery = () => mine().every((u) => u.searchParams.getAll('organisation').join() === 'gem-steenbergen' && u.searchParams.getAll('field').join() === 'inkoop');
      expect(mine()).not.to.be.empty;
      expect(fixedInEvery()).to.be.true;
      expect(shadow(board).querySelector('input[name="field"]')).to.be.null;
      const region = shadow(board).querySelector<HTMLInputElement>('input[name="region"]')!;
      region.click();
      await waitFor(() => mine().some((u) => u.searchParams.getAll('region').includes(region.value)));
      expect(fixedInEvery()).to.be.true;
    });

    it('serves a regional board: several fixed organisations, an organisation facet with counts, names and logos on the cards', async () => {
      const org = (id: string, name: string, logoUrl: string | null = null) => ({ id, name, logoUrl });
      const a = org('gem-a', 'Gemeente Altena', 'https://logo.example.nl/altena.svg');
      const b = org('ws-b', 'Waterschap Brabantse Delta');
      const c = org('prov-c', 'Provincie Noord-Brabant');
      worker.use(
        http.get(`${API}/assignments`, ({ request }) => {
          const chosen = new URL(request.url).searchParams.getAll('organisation');
          const items = [makeAssignment({ id: '1', organisation: a }), makeAssignment({ id: '2', organisation: b }), makeAssignment({ id: '3', organisation: c })].filter((x) =>
            chosen.includes(x.organisation.id),
          );
          return HttpResponse.json(
            makePage(items, {
              facets: {
                organisation: [
                  { value: 'gem-a', label: 'Gemeente Altena', count: 5 },
                  { value: 'ws-b', label: 'Waterschap Brabantse Delta', count: 2 },
                  { value: 'prov-c', label: 'Provincie Noord-Brabant', count: 1 },
                  { value: 'gem-x', label: 'Gemeente Elders', count: 9 },
                ],
              },
            }),
          );
        }),
      );
      const board = await mountBoard('organisation="gem-a, ws-b,prov-c" filters="organisation"');
      await ready(board);
      expect(lastRequest().searchParams.getAll('organisation'), 'all three asked for').to.deep.equal(['gem-a', 'ws-b', 'prov-c']);
      const boxes = [...shadow(board).querySelectorAll<HTMLInputElement>('input[name="organisation"]')];
      expect(boxes.map((box) => box.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()), 'only the fixed ones, with counts').to.deep.equal([
        'Gemeente Altena (5)',
        'Waterschap Brabantse Delta (2)',
        'Provincie Noord-Brabant (1)',
      ]);
      const [first, second, third] = cards(board);
      const logo = first.querySelector<HTMLImageElement>('[part="organisation"] img')!;
      expect(logo.getAttribute('src')).to.equal('https://logo.example.nl/altena.svg');
      expect(logo.getAttribute('alt'), 'decorative beside the name').to.equal('');
      expect(first.querySelector('[part="organisation"]')!.textContent!.trim()).to.equal('Gemeente Altena');
      expect(second.querySelector('[part="organisation"] img'), 'no logo, no image').to.be.null;
      expect(third.querySelector('[part="organisation"]')!.textContent!.trim()).to.equal('Provincie Noord-Brabant');
      await expect(board).to.be.accessible();

      boxes[1].click();
      await waitFor(() => lastRequest().searchParams.getAll('organisation').join() === 'ws-b', { message: 'one organisation chosen' });
      await ready(board);
      expect(cards(board)).to.have.length(1);
      expect(board.shadowRoot!.querySelector('[part="filters-toggle"]')!.textContent).to.include('1');
    });

    it('offers no organisation group when the backend sends no organisation facet', async () => {
      const facets = { type: [{ value: 'inhuur', label: 'Inhuur', count: 1 }] };
      worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment()], { facets }))));
      const board = await mountBoard('filters="organisation,type"');
      await ready(board);
      // Counted, not compared: a failing assertion on an element makes the reporter walk all of it.
      expect(shadow(board).querySelectorAll('input[name="organisation"]').length).to.equal(0);
      expect(shadow(board).querySelectorAll('input[name="type"]').length).to.equal(1);
    });

    it('offers the Atom feed of the visitor\'s current search with `feed`', async () => {
      const board = await mountBoard('feed filters="q,type" organisation="gem-steenbergen,gem-bergen-op-zoom" visibility="all"', { token: 'token-steenbergen' });
      await ready(board);
      const link = () => shadow(board).querySelector<HTMLAnchorElement>('[part="feed"]')!;
      expect(link().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Volg deze zoekopdracht (Atom-feed, voor een feedlezer)');
      expect(link().type).to.equal('application/atom+xml');
      expect(link().href).to.equal(`${API}/assignments/feed?organisation=gem-steenbergen&organisation=gem-bergen-op-zoom`);

      shadow(board).querySelector<HTMLInputElement>('input[name="type"][value="inhuur"]')!.click();
      await typeInto(shadow(board).querySelector<HTMLInputElement>('input[name="q"]')!, 'advies');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => lastRequest().searchParams.get('q') === 'advies');
      await waitFor(() => board.matches(':state(ready), :state(empty)') && !shadow(board).querySelector('[aria-busy="true"]'), { message: 'the answer' });
      await board.updateComplete;
      const feed = new URL(link().href);
      expect(feed.pathname).to.equal(new URL(`${API}/assignments/feed`).pathname);
      expect(feed.searchParams.get('q')).to.equal('advies');
      expect(feed.searchParams.getAll('type')).to.deep.equal(['inhuur']);
      for (const name of ['page', 'pageSize', 'sort', 'visibility']) expect(feed.searchParams.has(name), name).to.be.false;
      await expect(board).to.be.accessible();
    });

    it('shows no feed link without `feed`, and says it in English', async () => {
      const plain = await mountBoard();
      await ready(plain);
      expect(shadow(plain).querySelector('[part="feed"]')).to.be.null;
      plain.closest('div')!.remove();
      await setViewport({ width: 320, height: 640 });
      const english = await mountBoard('feed', { lang: 'en' });
      await ready(english);
      expect(shadow(english).querySelector('[part="feed"]')!.textContent).to.include('Follow this search');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(english).to.be.accessible();
    });

    it('fires filters-change with the filters', async () => {
      const board = await mountBoard();
      await ready(board);
      const event = oneEvent(board, 'filters-change');
      shadow(board).querySelector<HTMLInputElement>('input[name="region"]')!.click();
      const { detail } = await event;
      expect(detail.filters.region).to.have.length(1);
      expect(detail.filters.page).to.equal(1);
    });

    it('changes the order with the sort control', async () => {
      const board = await mountBoard();
      await ready(board);
      const select = shadow(board).querySelector<HTMLSelectElement>('select[name="sort"]')!;
      select.value = 'title';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => lastRequest().searchParams.get('sort') === 'title');
      await ready(board);
      const titles = cardTitles(board);
      expect([...titles].sort((a, b) => a.localeCompare(b, 'nl'))).to.deep.equal(titles);
    });

    it('shows an empty state with a way to widen the search', async () => {
      const board = await mountBoard();
      await ready(board);
      const input = shadow(board).querySelector<HTMLInputElement>('input[name="q"]')!;
      await typeInto(input, 'xyzzy-bestaat-niet');
      await sendKeys({ press: 'Enter' });
      await ready(board, 'empty');
      const empty = shadow(board).querySelector('[part="empty"]')!;
      expect(empty.textContent).to.include('Geen opdrachten gevonden');
      expect(status(board)).to.equal('Geen opdrachten gevonden');
      await expect(board).to.be.accessible();
      [...empty.querySelectorAll('button')].find((b) => b.textContent!.includes('Wis filters'))!.click();
      await ready(board);
      expect(input.value).to.equal('');
      await waitFor(() => shadow(board).activeElement === shadow(board).querySelector('[part="count"]'), { message: 'focus on the results heading' });
    });
  });

  describe('paging', () => {
    it('moves to another page, marks it current, announces it and moves focus to the results heading', async () => {
      const board = await mountBoard('page-size="5"');
      await ready(board);
      const pageTwo = shadow(board).querySelector<HTMLButtonElement>('[part="pagination"] button[aria-label="Pagina 2"]')!;
      const firstTitles = cardTitles(board);
      pageTwo.click();
      await waitFor(() => lastRequest().searchParams.get('page') === '2');
      await waitFor(() => status(board).includes('pagina 2 van'), { message: 'announcement' });
      expect(cardTitles(board)).not.to.deep.equal(firstTitles);
      expect(shadow(board).querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('2');
      expect(shadow(board).activeElement).to.equal(shadow(board).querySelector('[part="count"]'));
      await expect(board).to.be.accessible();
      const previous = [...shadow(board).querySelectorAll<HTMLButtonElement>('[part="pagination"] button')].find((b) => b.textContent!.trim() === 'Vorige')!;
      previous.click();
      await waitFor(() => shadow(board).querySelector('[aria-current="page"]')?.textContent?.trim() === '1', { message: 'back to page 1' });
    });
  });

  describe('sync-url', () => {
    it('keeps filters and page in the query string, survives a reload and follows back and forward', async () => {
      const board = await mountBoard('sync-url page-size="3" id="werk"');
      await ready(board);
      shadow(board).querySelector<HTMLInputElement>('input[name="type"][value="inhuur"]')!.click();
      await waitFor(() => new URL(location.href).searchParams.get('werk-type') === 'inhuur');
      await ready(board);
      shadow(board).querySelector<HTMLButtonElement>('button[aria-label="Pagina 2"]')!.click();
      await waitFor(() => new URL(location.href).searchParams.get('werk-page') === '2');
      board.closest('div')!.remove();

      // A reload (or a shared link) opens the same results.
      const reloaded = await mountBoard('sync-url page-size="3" id="werk"');
      await ready(reloaded);
      expect(lastRequest().searchParams.getAll('type')).to.deep.equal(['inhuur']);
      expect(lastRequest().searchParams.get('page')).to.equal('2');
      expect(shadow(reloaded).querySelector<HTMLInputElement>('input[name="type"][value="inhuur"]')!.checked).to.be.true;
      expect(shadow(reloaded).querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('2');

      // Back returns to page 1 of the same filter; forward to page 2 again.
      const currentPage = () => shadow(reloaded).querySelector('[aria-current="page"]')?.textContent?.trim();
      history.back();
      await waitFor(() => currentPage() === '1', { message: 'back' });
      expect(shadow(reloaded).querySelector<HTMLInputElement>('input[name="type"][value="inhuur"]')!.checked).to.be.true;
      history.forward();
      await waitFor(() => currentPage() === '2', { message: 'forward' });
    });

    it('closes the dialog with Back and keeps the search, page and focus behind it; closing it otherwise takes its history entry away', async () => {
      const board = await mountBoard('sync-url page-size="3" id="werk"');
      await ready(board);
      shadow(board).querySelector<HTMLInputElement>('input[name="type"][value="inhuur"]')!.click();
      await waitFor(() => new URL(location.href).searchParams.get('werk-type') === 'inhuur');
      await ready(board);
      shadow(board).querySelector<HTMLButtonElement>('button[aria-label="Pagina 2"]')!.click();
      await waitFor(() => new URL(location.href).searchParams.get('werk-page') === '2');
      await ready(board);
      const url = location.href;
      const requestsBefore = gets('/assignments').length;
      const stateBefore = history.state;

      const opener = shadow(board).querySelectorAll<HTMLButtonElement>('[part="card-title"] button')[1];
      opener.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open);
      // (history.length would say so too, but Chromium caps it at 50 entries.)
      expect(history.state, 'opening adds an entry').not.to.equal(stateBefore);
      expect(location.href, 'with the same URL').to.equal(url);

      history.back();
      await waitFor(() => !dialog.open, { message: 'Back closes the dialog' });
      await aTimeout(100);
      expect(location.href).to.equal(url);
      expect(shadow(board).querySelector('[aria-current="page"]')!.textContent!.trim(), 'still page 2').to.equal('2');
      expect(shadow(board).querySelector<HTMLInputElement>('input[name="type"][value="inhuur"]')!.checked, 'still filtered').to.be.true;
      expect(gets('/assignments').length, 'nothing loaded again').to.equal(requestsBefore);
      expect(shadow(board).activeElement, 'focus back on the card').to.equal(opener);

      // Closed with Escape, the dialog's entry goes too: Back then returns to page 1.
      await sendKeys({ press: 'Enter' });
      await waitFor(() => dialog.open);
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open);
      await waitFor(() => location.href === url && !history.state?.['flexschil-dialog:werk'], { message: 'entry taken away' });
      history.back();
      await waitFor(() => shadow(board).querySelector('[aria-current="page"]')?.textContent?.trim() === '1', { message: 'Back to page 1' });
      expect(dialog.open).to.be.false;
    });

    it('adds no history entry for the dialog without sync-url', async () => {
      const board = await mountBoard();
      await ready(board);
      const state = history.state;
      shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open);
      expect(history.state).to.equal(state);
      dialog.close();
    });

    it('keeps two boards on one page apart by their prefix', async () => {
      history.replaceState(null, '', `${location.pathname}?a-q=inkoop&b-q=water`);
      const wrapper = await fixture(`<div><marketplace-provider endpoint="${API}">
        <assignment-list sync-url url-prefix="a"></assignment-list><assignment-list sync-url url-prefix="b"></assignment-list>
      </marketplace-provider></div>`);
      const [a, b] = [...wrapper.querySelectorAll<Board>('assignment-list')];
      await waitFor(() => gets('/assignments').some((u) => u.searchParams.get('q') === 'inkoop'));
      await waitFor(() => gets('/assignments').some((u) => u.searchParams.get('q') === 'water'));
      expect(shadow(a).querySelector<HTMLInputElement>('input[name="q"]')!.value).to.equal('inkoop');
      expect(shadow(b).querySelector<HTMLInputElement>('input[name="q"]')!.value).to.equal('water');
    });
  });

  describe('requests in flight', () => {
    it('never lets a slow first answer replace a faster, newer one', async () => {
      worker.use(
        http.get(`${API}/assignments`, async ({ request }) => {
          if (new URL(request.url).searchParams.get('q') === 'traag') await delay(700);
        }),
      );
      const board = await mountBoard();
      await ready(board);
      const input = shadow(board).querySelector<HTMLInputElement>('input[name="q"]')!;
      await typeInto(input, 'traag');
      await sendKeys({ press: 'Enter' });
      await aTimeout(50);
      input.select();
      await sendKeys({ type: 'water' });
      await sendKeys({ press: 'Enter' });
      await ready(board);
      const waterTitles = cardTitles(board);
      await aTimeout(900);
      expect(cardTitles(board)).to.deep.equal(waterTitles);
      expect(input.value).to.equal('water');
    });
  });

  describe('speed', () => {
    it('sends a filter change\'s request before it renders anything, leaving the old cards as they are meanwhile', async () => {
      const board = await mountBoard('page-size="30"');
      await ready(board);
      const oldCards = cards(board);
      const oldText = oldCards.map((c) => c.textContent);
      const region = shadow(board).querySelector<HTMLInputElement>('input[name="region"]')!;
      const left: { busy: string | null; ms: number }[] = [];
      const original = window.fetch;
      let clicked = 0;
      // The client calls the page's fetch at the moment the request leaves.
      window.fetch = (input, init) => {
        if (String(input instanceof Request ? input.url : input).includes('/assignments?')) {
          left.push({ busy: shadow(board).querySelector('.results')!.getAttribute('aria-busy'), ms: performance.now() - clicked });
        }
        return original(input, init);
      };
      try {
        clicked = performance.now();
        region.click();
        await waitFor(() => left.length > 0, { message: 'the request' });
      } finally {
        window.fetch = original;
      }
      expect(left[0].busy, 'nothing rendered yet when the request left').to.equal('false');
      // (How soon it leaves is measured by bench/render.bench.ts, not asserted here: a loaded machine can pause any thread.)
      await board.updateComplete;
      expect(shadow(board).querySelector('.results')!.getAttribute('aria-busy'), 'then busy').to.equal('true');
      expect(cards(board).every((c, i) => c === oldCards[i] && c.textContent === oldText[i]), 'the old cards untouched while loading').to.be.true;
      await ready(board);
    });

    it('moves and reuses the cards a new page shares with the old one (keyed by id)', async () => {
      const items = ['a', 'b', 'c', 'd'].map((id) => makeAssignment({ id, title: `Opdracht ${id}` }));
      worker.use(
        http.get(`${API}/assignments`, ({ request }) => {
          const filtered = new URL(request.url).searchParams.has('type');
          const page = filtered ? [items[3], items[1], makeAssignment({ id: 'x', title: 'Opdracht x' })] : items;
          return HttpResponse.json(makePage(page));
        }),
      );
      const board = await mountBoard('filters="type"');
      await ready(board);
      const [, b, , d] = cards(board);
      shadow(board).querySelector<HTMLInputElement>('input[name="type"]')!.click();
      await waitFor(() => cards(board).length === 3, { message: 'the filtered page' });
      expect(cardTitles(board)).to.deep.equal(['Opdracht d', 'Opdracht b', 'Opdracht x']);
      expect(cards(board)[0], 'd moved, not rebuilt').to.equal(d);
      expect(cards(board)[1], 'b reused').to.equal(b);
    });
  });

  describe('errors', () => {
    const failures: [string, () => void, RegExp][] = [
      ['a server error', () => backend.setFault({ kind: 'error500', times: 3 }), /Er ging iets mis/],
      ['an HTML error page', () => backend.setFault({ kind: 'html', times: 3 }), /Er ging iets mis/],
      ['malformed JSON', () => backend.setFault({ kind: 'malformed', times: 1 }), /Er ging iets mis/],
      ['schema-invalid data', () => backend.setFault({ kind: 'invalid', times: 1 }), /Er ging iets mis/],
    ];
    for (const [name, fail, message] of failures) {
      it(`shows a message and a working retry after ${name}`, async () => {
        const quiet = console.warn;
        console.warn = () => {};
        try {
          fail();
          const reported: CustomEvent[] = [];
          const listener = (e: Event) => reported.push(e as CustomEvent);
          document.addEventListener('flexschil-error', listener);
          const board = await mountBoard();
          await ready(board, 'error');
          document.removeEventListener('flexschil-error', listener);
          const error = shadow(board).querySelector('[part="error"]')!;
          expect(error.getAttribute('role')).to.equal('alert');
          expect(error.textContent).to.match(message);
          expect(heading(board), 'the heading does not claim it is still loading').to.equal('Opdrachten');
          expect(error.textContent).not.to.match(/<|html|Unexpected token/i);
          expect(reported).to.have.length(1);
          expect(reported[0].detail).to.have.keys(['status', 'title', 'detail']);
          await expect(board).to.be.accessible();
          backend.setFault(null);
          const retry = [...error.querySelectorAll('button')].find((b) => b.textContent!.includes('Probeer opnieuw'))!;
          retry.focus();
          await sendKeys({ press: 'Enter' });
          await ready(board);
          expect(cards(board).length).to.be.greaterThan(0);
          // The retry button is gone: focus is on the results heading, not lost to the page.
          await waitFor(() => shadow(board).activeElement === shadow(board).querySelector('[part="count"]'), { message: 'focus on the results heading' });
        } finally {
          console.warn = quiet;
        }
      });
    }

    it('says that signing in is needed (401) for an internal board without a token, and tries again on request', async () => {
      const board = await mountBoard('visibility="internal"');
      await ready(board, 'error');
      const error = shadow(board).querySelector('[part="error"]')!;
      expect(error.textContent).to.include('Log in');
      await expect(board).to.be.accessible();
      const before = gets('/assignments').length;
      [...error.querySelectorAll('button')].find((b) => b.textContent!.includes('Probeer opnieuw'))!.click();
      await waitFor(() => gets('/assignments').length > before, { message: 'a new request' });
      await ready(board, 'error');
    });

    it('says that access is not allowed (403) for a token without rights', async () => {
      const board = await mountBoard('visibility="internal"', { token: 'token-guest' });
      await ready(board, 'error');
      expect(shadow(board).querySelector('[part="error"]')!.textContent).to.include('geen toegang');
    });

    it('shows internal assignments, marked as such, to an employee with a token', async () => {
      const board = await mountBoard('visibility="internal"', { token: 'token-steenbergen' });
      await ready(board);
      expect(new Headers(requests.at(-1)!.headers).get('Authorization')).to.equal('Bearer token-steenbergen');
      expect(lastRequest().searchParams.get('visibility')).to.equal('internal');
      expect(cards(board).every((c) => c.querySelector('.badge.internal')?.textContent === 'Intern')).to.be.true;
    });

    it('explains a missing endpoint instead of staying blank', async () => {
      const el = await fixture<Board>(html`<assignment-list></assignment-list>`);
      await ready(el, 'error');
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('geen endpoint');
    });
  });

  describe('details', () => {
    it('opens a dialog with the sanitised description, traps focus natively and returns focus to the card', async () => {
      const hostile = makeAssignment({
        id: 'evil',
        title: '<img src=x onerror="window.__xss=1">Opdracht',
        description: '<p>Goed</p><script>window.__xss=1</script><img src=x onerror="window.__xss=1"><a href="javascript:window.__xss=1">klik</a><a href="https://example.nl">ok</a><form><input></form>',
      });
      worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([hostile]))));
      const board = await mountBoard();
      await ready(board);
      const opener = shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!;
      expect(opener.textContent).to.equal('<img src=x onerror="window.__xss=1">Opdracht');
      opener.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open && dialog.querySelector('.description a'));
      const description = dialog.querySelector('.description')!;
      expect(description.querySelector('script, img, form, input')).to.be.null;
      expect(description.querySelector('a:not([href])')!.textContent).to.equal('klik');
      expect(description.querySelector('a[href]')!.getAttribute('href')).to.equal('https://example.nl/');
      expect((window as { __xss?: number }).__xss).to.be.undefined;
      await expect(board).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open);
      await board.updateComplete;
      expect(shadow(board).activeElement).to.equal(shadow(board).querySelector('[part="card-title"] button'));
    });

    for (const [width, height] of [[320, 640], [1280, 800], [640, 360]]) {
      it(`never leaves focus on a control hidden under the dialog's header, tabbing either way at ${width}×${height} (WCAG 2.4.11)`, async () => {
        await setViewport({ width, height });
        try {
          const long = makeAssignment({
            id: 'lang',
            title: 'Vakspecialist informatievoorziening en gegevensbeheer sociaal domein',
            description: `<p>${'Een beschrijving die de dialoog langer maakt dan het scherm. '.repeat(12)}</p><p><a href="https://example.nl/meer">Meer lezen</a></p>`,
          });
          worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([long]))));
          const board = await mountBoard();
          await ready(board);
          shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
          const dialog = shadow(board).querySelector('dialog')!;
          await waitFor(() => dialog.open && dialog.querySelector('apply-form')?.shadowRoot?.querySelector('[part="submit"]'), { message: 'the form in the dialog' });
          for (const key of ['Tab', 'Shift+Tab']) {
            const seen = new Set<Element>();
            const problems: string[] = [];
            for (let i = 0; i < 60; i++) {
              await sendKeys({ press: key });
              const active = deepActiveElement();
              if (!active || !composedContains(dialog, active) || seen.has(active)) break;
              seen.add(active);
              const problem = obscured(active, dialog);
              if (problem) problems.push(problem);
            }
            expect(seen.size, `${key} reached the form's fields`).to.be.greaterThan(8);
            expect(problems, key).to.deep.equal([]);
          }
          dialog.close();
        } finally {
          await setViewport({ width: 1280, height: 800 });
        }
      });
    }

    it('breaks a dialog title at 320 px between words, never inside one', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const title = 'Vakspecialist informatievoorziening en gegevensbeheer';
        worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment({ title })]))));
        const board = await mountBoard();
        await ready(board);
        shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
        const dialog = shadow(board).querySelector('dialog')!;
        await waitFor(() => dialog.open);
        const heading = dialog.querySelector('h2')!;
        const text = [...heading.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('Vak'))!;
        // This browser has no hyphenation dictionaries (hyphens: auto does nothing here): a word
        // split over two lines would be split without a hyphen.
        for (const match of text.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index!);
          range.setEnd(text, match.index! + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          expect(lines.size, `"${match[0]}" on one line`).to.equal(1);
        }
        expect(getComputedStyle(heading).hyphens, 'hyphenated where the browser can').to.equal('auto');
        expect(heading.matches(':lang(nl)'), 'in a language, so hyphenation follows its rules').to.be.true;
        expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
        await expect(board).to.be.accessible();
        dialog.close();
      } finally {
        await setViewport({ width: 1280, height: 800 });
      }
    });

    it('makes mailto: and tel: links only of plain contact details', async () => {
      const contactOf = async (board: Board, index: number) => {
        shadow(board).querySelectorAll<HTMLButtonElement>('[part="card-title"] button')[index].click();
        const dialog = shadow(board).querySelector('dialog')!;
        await waitFor(() => dialog.open);
        await board.updateComplete;
        const paragraph = [...dialog.querySelectorAll('h3')].find((h) => h.textContent === 'Contact')!.nextElementSibling!;
        dialog.close();
        await board.updateComplete;
        return { text: paragraph.textContent!, links: [...paragraph.querySelectorAll('a')].map((a) => a.getAttribute('href')) };
      };
      worker.use(
        http.get(`${API}/assignments`, () =>
          HttpResponse.json(
            makePage([
              makeAssignment({ id: 'a', contact: { name: 'Pim', email: 'inkoop@example.nl', phone: '06 1234 5678' } }),
              makeAssignment({ id: 'b', contact: { name: 'Pim', email: 'x@y.nl?bcc=evil@z.nl', phone: null } }),
              makeAssignment({ id: 'c', contact: { name: 'Pim', email: 'javascript:alert(1)', phone: 'geen' } }),
            ]),
          ),
        ),
      );
      const board = await mountBoard();
      await ready(board);
      expect((await contactOf(board, 0)).links).to.deep.equal(['mailto:inkoop@example.nl', 'tel:0612345678']);
      const bcc = await contactOf(board, 1);
      expect(bcc.links, 'no extra headers through the link').to.deep.equal([]);
      expect(bcc.text).to.include('x@y.nl?bcc=evil@z.nl');
      const script = await contactOf(board, 2);
      expect(script.links).to.deep.equal([]);
      expect(script.text).to.include('javascript:alert(1)');
    });

    it('fires assignment-select first; preventDefault keeps the dialog closed', async () => {
      const board = await mountBoard();
      await ready(board);
      board.addEventListener('assignment-select', (e) => e.preventDefault(), { once: true });
      const event = oneEvent(board, 'assignment-select');
      shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
      expect((await event).detail.assignment.id).to.be.a('string');
      await aTimeout(50);
      expect(shadow(board).querySelector('dialog')!.open).to.be.false;
    });

    it('links cards to detail-url instead', async () => {
      const board = await mountBoard('detail-url="/opdrachten/{id}"');
      await ready(board);
      const link = shadow(board).querySelector<HTMLAnchorElement>('[part="card-title"] a')!;
      expect(link.getAttribute('href')).to.match(/^\/opdrachten\/[\w%-]+$/);
    });

    it('shows an external apply link for assignments with applyUrl, and a closed message for closed ones', async () => {
      worker.use(
        http.get(`${API}/assignments`, () =>
          HttpResponse.json(makePage([makeAssignment({ id: 'x', applyUrl: 'https://werkenbij.example.nl/x' }), makeAssignment({ id: 'y', status: 'closed' })])),
        ),
      );
      const board = await mountBoard();
      await ready(board);
      const [external, closed] = shadow(board).querySelectorAll<HTMLButtonElement>('[part="card-title"] button');
      external.click();
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open);
      expect(dialog.querySelector<HTMLAnchorElement>('.apply a')!.href).to.equal('https://werkenbij.example.nl/x');
      dialog.close();
      await board.updateComplete;
      closed.click();
      await waitFor(() => dialog.open && dialog.textContent!.includes('gesloten'));
      expect(dialog.querySelector('apply-form')).to.be.null;
      dialog.close();
    });
  });

  describe('fit for a profile', () => {
    it('asks the backend for "best passend" over the whole result (sort=fit&profile=…) and keeps its order', async () => {
      const profileId = seedProfiles.find((p) => p.visibility === 'public')!.id;
      const client = createClient({ endpoint: API });
      const [all, profile] = await Promise.all([client.listAssignments({ page: 1, pageSize: 10, sort: 'closingDate' }), client.getProfile(profileId)]);
      // The backend's fit order, made to differ from what ranking this page in the browser would give.
      const browserOrder = rank(profile, all.items, { today: today() }).map((r) => r.assignment.id);
      const backendOrder = [...browserOrder].reverse();
      const byId = new Map(all.items.map((a) => [a.id, a]));
      worker.use(
        http.get(`${API}/assignments`, ({ request }) => {
          const params = new URL(request.url).searchParams;
          if (params.get('sort') !== 'fit') return undefined;
          if (params.get('profile') !== profileId) return HttpResponse.json({ title: 'profile required', status: 400 }, { status: 400 });
          return HttpResponse.json(makePage(backendOrder.map((id) => byId.get(id)), { total: 417 }));
        }),
      );
      const board = await mountBoard(`profile-id="${profileId}" filters="q"`);
      await ready(board);
      const select = shadow(board).querySelector<HTMLSelectElement>('select[name="sort"]')!;
      expect([...select.options].map((o) => o.textContent)).to.include('Best passend');
      select.value = 'fit';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => lastRequest().searchParams.get('sort') === 'fit', { message: 'fit request' });
      expect(lastRequest().searchParams.get('profile')).to.equal(profileId);
      await waitFor(() => heading(board) === '417 opdrachten gevonden', { message: 'the fit page' });
      const titles = backendOrder.map((id) => byId.get(id)!.title);
      expect(cardTitles(board), 'the backend\'s order, not re-ranked in the browser').to.deep.equal(titles);
      expect(select.value).to.equal('fit');
    });

    it('hides "best passend" and shows the default order, without an error, when the backend refuses sort=fit (400)', async () => {
      const profileId = seedProfiles.find((p) => p.visibility === 'public')!.id;
      worker.use(
        http.get(`${API}/assignments`, ({ request }) =>
          new URL(request.url).searchParams.get('sort') === 'fit'
            ? HttpResponse.json({ title: 'Invalid parameter', status: 400, invalidParams: [{ name: 'sort', reason: 'unknown' }] }, { status: 400, headers: { 'Content-Type': 'application/problem+json' } })
            : undefined,
        ),
      );
      const reported: Event[] = [];
      const listener = (e: Event) => reported.push(e);
      document.addEventListener('flexschil-error', listener);
      try {
        const board = await mountBoard(`profile-id="${profileId}" filters="q"`);
        await ready(board);
        const before = cardTitles(board);
        const select = shadow(board).querySelector<HTMLSelectElement>('select[name="sort"]')!;
        select.value = 'fit';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await waitFor(() => gets('/assignments').some((u) => u.searchParams.get('sort') === 'fit'), { message: 'fit asked once' });
        await waitFor(() => ![...shadow(board).querySelectorAll('option')].some((o) => o.value === 'fit'), { message: 'option hidden' });
        await ready(board);
        expect(shadow(board).querySelector<HTMLSelectElement>('select[name="sort"]')!.value).to.equal('closingDate');
        expect(cardTitles(board)).to.deep.equal(before);
        expect(shadow(board).querySelector('[part="error"]')).to.be.null;
        expect(reported, 'no flexschil-error').to.be.empty;
        await expect(board).to.be.accessible();
      } finally {
        document.removeEventListener('flexschil-error', listener);
      }
    });

    it('gives every badge the profile the board loaded once', async () => {
      const profileId = seedProfiles.find((p) => p.visibility === 'public')!.id;
      const board = await mountBoard(`profile-id="${profileId}"`);
      await ready(board);
      const badges = await waitFor(() => {
        const all = [...shadow(board).querySelectorAll('match-badge')];
        return all.length === 10 && all.every((b) => b.shadowRoot?.querySelector('[part="score"]')) && all;
      }, { message: 'scores on every card' });
      expect(badges.every((b) => !b.hasAttribute('lang')), 'badges follow the board\'s language').to.be.true;
      expect(requests.filter((r) => new URL(r.url).pathname.includes('/profiles/')).length).to.equal(1);
    });

    it('reports a profile that cannot be loaded once, not once per card', async () => {
      const reported: Event[] = [];
      const listener = (e: Event) => reported.push(e);
      document.addEventListener('flexschil-error', listener);
      try {
        const missing = await mountBoard('profile-id="bestaat-niet"');
        await ready(missing);
        await aTimeout(300);
        expect(reported, 'one event, not one per card').to.have.length(1);
        expect(cards(missing)).to.have.length(10);
        expect(shadow(missing).querySelector('match-badge')).to.be.null;
      } finally {
        document.removeEventListener('flexschil-error', listener);
      }
    });
  });

  describe('structured data', () => {
    it('keeps valid JobPosting JSON-LD for the visible public assignments in the document, and removes it with the board', async () => {
      const board = await mountBoard('structured-data page-size="5"');
      await ready(board);
      const script = await waitFor(() => document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"][data-flexschil]'));
      const data = JSON.parse(script.textContent!);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@graph'].length).to.be.within(1, 5);
      const posting = data['@graph'][0];
      expect(posting['@type']).to.equal('JobPosting');
      expect(posting.validThrough).to.match(/^\d{4}-\d{2}-\d{2}T23:59:59$/);
      expect(posting.hiringOrganization.name).to.be.a('string');
      expect(posting.jobLocation.address.addressCountry).to.equal('NL');
      for (const p of data['@graph']) expect(p.employmentType.every((t: string) => ['CONTRACTOR', 'TEMPORARY'].includes(t))).to.be.true;
      const paid = data['@graph'].find((p: { baseSalary?: unknown }) => p.baseSalary);
      expect(paid.baseSalary['@type']).to.equal('MonetaryAmount');
      expect(paid.baseSalary.value.unitText).to.equal('HOUR');
      expect(paid.baseSalary.value.maxValue).to.be.a('number');

      // It follows the page.
      const firstIds = data['@graph'].map((p: { identifier: { value: string } }) => p.identifier.value);
      shadow(board).querySelector<HTMLButtonElement>('button[aria-label="Pagina 2"]')!.click();
      await waitFor(() => {
        const ids = JSON.parse(script.textContent!)['@graph'].map((p: { identifier: { value: string } }) => p.identifier.value);
        return ids.length > 0 && !ids.some((id: string) => firstIds.includes(id));
      }, { message: 'JSON-LD of page 2' });

      board.closest('div')!.remove();
      expect(document.head.querySelector('script[data-flexschil]')).to.be.null;
    });

    it('removes the JSON-LD when structured-data is switched off or loading fails', async () => {
      // Counted, not compared: a failing assertion on a <script> element would be rendered (and run) by the reporter.
      const scripts = () => document.head.querySelectorAll('script[type="application/ld+json"][data-flexschil]').length;
      const board = await mountBoard('structured-data');
      await ready(board);
      await waitFor(() => scripts() === 1, { message: 'JSON-LD' });
      board.removeAttribute('structured-data');
      await board.updateComplete;
      expect(scripts(), 'switched off').to.equal(0);
      board.setAttribute('structured-data', '');
      await board.updateComplete;
      expect(scripts(), 'switched on again').to.equal(1);

      const quiet = console.warn;
      console.warn = () => {};
      try {
        backend.setFault({ kind: 'error500', times: 3 });
        await typeInto(shadow(board).querySelector<HTMLInputElement>('input[name="q"]')!, 'x');
        await sendKeys({ press: 'Enter' });
        await ready(board, 'error');
        expect(scripts(), 'after a failed load').to.equal(0);
      } finally {
        console.warn = quiet;
        board.closest('div')!.remove();
      }
    });

    it('describes a posting by its text only, without the code in script and style elements', async () => {
      const description = '<script>secret()</script><style>x{}</style><p>Tekst</p><script>secret()</script><style>x{}</style><template>verborgen</template>';
      worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment({ description })]))));
      const board = await mountBoard('structured-data');
      await ready(board);
      const script = await waitFor(() => document.head.querySelector<HTMLScriptElement>('script[data-flexschil]'));
      expect(JSON.parse(script.textContent!)['@graph'][0].description).to.equal('Tekst');
      board.closest('div')!.remove();
    });

    it('leaves out postings whose closing date is past, even when the backend still calls them open', async () => {
      const yesterday = today(new Date(Date.now() - 86_400_000));
      worker.use(
        http.get(`${API}/assignments`, () =>
          HttpResponse.json(makePage([makeAssignment({ id: 'verlopen', closingDate: yesterday }), makeAssignment({ id: 'lopend', closingDate: '2099-01-01' })])),
        ),
      );
      const board = await mountBoard('structured-data');
      await ready(board);
      const script = await waitFor(() => document.head.querySelector<HTMLScriptElement>('script[data-flexschil]'));
      expect(JSON.parse(script.textContent!)['@graph'].map((p: { identifier: { value: string } }) => p.identifier.value)).to.deep.equal(['lopend']);
      board.closest('div')!.remove();
    });

    it('leaves no JSON-LD behind when removed while a load is still settling', async () => {
      worker.use(
        http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment()]))),
        http.get(`${API}/vocabularies`, async () => {
          await delay(200);
          return HttpResponse.json({ field: [], region: [], type: [], kind: [], mode: [] });
        }),
      );
      const board = await mountBoard('structured-data');
      await ready(board);
      await waitFor(() => document.head.querySelector('script[data-flexschil]'), { message: 'JSON-LD' });
      await waitFor(() => gets('/vocabularies').length > 0, { message: 'vocabularies asked' });
      board.closest('div')!.remove();
      await aTimeout(400);
      expect(document.head.querySelectorAll('script[data-flexschil]').length).to.equal(0);
    });

    it('cannot be broken out of with a hostile title', async () => {
      worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment({ title: '</script><script>window.__xss=1</script>' })]))));
      const board = await mountBoard('structured-data');
      await ready(board);
      const script = await waitFor(() =>
        [...document.head.querySelectorAll<HTMLScriptElement>('script[data-flexschil]')].find((s) => s.textContent!.includes('__xss')),
      );
      expect(JSON.parse(script.textContent!)['@graph'][0].title).to.equal('</script><script>window.__xss=1</script>');
      expect(script.textContent).not.to.include('</script');
      board.closest('div')!.remove();
    });
  });

  describe('keyboard and languages', () => {
    it('works from search to filter to detail and back with the keyboard alone', async () => {
      const board = await mountBoard('filters="q,field"');
      await ready(board);
      const input = shadow(board).querySelector<HTMLInputElement>('input[name="q"]')!;
      input.focus();
      await sendKeys({ type: 'beleid' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => lastRequest().searchParams.get('q') === 'beleid');
      await ready(board);

      await sendKeys({ press: 'Tab' }); // the search button
      await sendKeys({ press: 'Tab' }); // the "Werkveld" disclosure
      expect(shadow(board).activeElement!.textContent).to.include('Werkveld');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      const checkbox = shadow(board).activeElement as HTMLInputElement;
      expect(checkbox.name).to.equal('field');
      await sendKeys({ press: 'Space' });
      await waitFor(() => lastRequest().searchParams.getAll('field').includes(checkbox.value));
      await ready(board);

      // On to the first card's title, open it, close it.
      for (let i = 0; i < 40 && !shadow(board).activeElement?.closest('[part="card-title"]'); i++) await sendKeys({ press: 'Tab' });
      const opener = shadow(board).activeElement as HTMLButtonElement;
      expect(opener.closest('[part="card-title"]')).to.exist;
      await sendKeys({ press: 'Enter' });
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open);
      expect(dialog.contains(shadow(board).activeElement), 'focus is inside the dialog').to.be.true;
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open);
      expect(shadow(board).activeElement).to.equal(opener);
    });

    it('marks Dutch text from the backend as Dutch in an English board, and only that', async () => {
      const page = makePage([makeAssignment({ types: ['inhuur'] })], {
        facets: {
          field: [{ value: 'informatievoorziening', label: 'Informatievoorziening', count: 1 }],
          type: [{ value: 'inhuur', label: 'Inhuur', count: 1 }],
        },
      });
      worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(page, { headers: { 'Content-Language': 'nl' } })));
      const board = await mountBoard('filters="field,mode"', { lang: 'en' });
      await ready(board);
      const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? 'en (inherited)';
      const card = cards(board)[0];
      const textIn = (text: string) => [...card.querySelectorAll('*')].find((e) => e.childElementCount === 0 && e.textContent!.trim() === text)!;
      for (const dutch of ['Projectleider informatievoorziening', 'Gemeente Steenbergen', 'Plain text, at most about 300 characters.', 'Informatievoorziening', 'Inhuur', 'Steenbergen']) {
        expect(langOf(textIn(dutch)), dutch).to.equal('nl');
      }
      for (const english of ['Place', 'Hours', 'Rate']) expect(langOf(textIn(english)), english).to.equal('en (inherited)');
      const option = (name: string, value: string) => shadow(board).querySelector(`input[name="${name}"][value="${value}"]`)!.closest('label')!;
      expect(langOf(option('field', 'informatievoorziening').querySelector('span span')!), 'a facet label').to.equal('nl');
      expect(langOf(option('mode', 'remote').querySelector('span span')!), 'our own code label').to.equal('en (inherited)');
      await expect(board).to.be.accessible();

      shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open);
      expect(langOf(dialog.querySelector('h2')!)).to.equal('nl');
      expect(langOf(dialog.querySelector('.description p')!)).to.equal('nl');
      expect(langOf([...dialog.querySelectorAll('.skills span')].find((e) => e.textContent === 'Projectmanagement')!)).to.equal('nl');
      expect(langOf([...dialog.querySelectorAll('h3')].find((h) => h.textContent === 'About the assignment')!)).to.equal('en (inherited)');
      await expect(board).to.be.accessible();
      dialog.close();
    });

    it('adds no lang where the backend answers in the UI language or does not say', async () => {
      worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment()]), { headers: { 'Content-Language': 'nl-NL' } })));
      const dutch = await mountBoard();
      await ready(dutch);
      expect(shadow(dutch).querySelector('[part="list"] [lang]')).to.be.null;
      dutch.closest('div')!.remove();
      worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment()]))));
      resetSharedClients();
      const unknown = await mountBoard('', { lang: 'en' });
      await ready(unknown);
      expect(shadow(unknown).querySelector('[part="list"] [lang]')).to.be.null;
    });

    it('follows a change of the page\'s language, also in the apply form inside the dialog', async () => {
      const before = document.documentElement.lang;
      document.documentElement.lang = 'nl';
      try {
        worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment()]))));
        const wrapper = await fixture(html`<div><marketplace-provider endpoint=${API}><assignment-list></assignment-list></marketplace-provider></div>`);
        const board = wrapper.querySelector<Board>('assignment-list')!;
        await ready(board);
        shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
        const dialog = shadow(board).querySelector('dialog')!;
        const form = await waitFor(() => dialog.open && dialog.querySelector('apply-form')?.shadowRoot?.querySelector('button[type="submit"]') && dialog.querySelector('apply-form'));
        expect(form.shadowRoot!.textContent).to.include('Verstuur reactie');
        expect(form.hasAttribute('lang'), 'inherits the language rather than pinning it').to.be.false;
        document.documentElement.lang = 'en';
        await waitFor(() => form.shadowRoot!.textContent!.includes('Send application'), { message: 'the form in English' });
        expect(dialog.textContent).to.include('About the assignment');
        expect(dialog.querySelector('apply-form')).to.equal(form);
        dialog.close();
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('is accessible in English in every state: results, empty, error and dialog', async () => {
      const board = await mountBoard('', { lang: 'en' });
      await ready(board);
      await expect(board).to.be.accessible();
      shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open);
      expect(dialog.textContent).to.include('About the assignment');
      await expect(board).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open && shadow(board).activeElement?.closest('[part="card-title"]'));

      const input = shadow(board).querySelector<HTMLInputElement>('input[name="q"]')!;
      await typeInto(input, 'xyzzy-none');
      await sendKeys({ press: 'Enter' });
      await ready(board, 'empty');
      expect(shadow(board).querySelector('[part="empty"]')!.textContent).to.include('No assignments found');
      await expect(board).to.be.accessible();

      backend.setFault({ kind: 'error500', times: 1 });
      await typeInto(input, 'x');
      await sendKeys({ press: 'Enter' });
      await ready(board, 'error');
      expect(shadow(board).querySelector('[part="error"]')!.textContent).to.include('Try again');
      await expect(board).to.be.accessible();
    });
  });

  describe('embedding', () => {
    it('takes properties set before the element was defined', async () => {
      const early = document.createElement('late-board') as Board;
      early.pageSize = 3;
      early.endpoint = API;
      document.body.append(early);
      const { AssignmentList } = await import('../src/elements/assignment-list/assignment-list.js');
      define('late-board', class extends AssignmentList {});
      await ready(early);
      expect(cards(early)).to.have.length(3);
      early.remove();
    });

    it('fits a 320 px wide screen without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const board = await mountBoard('filters="q,field,region,type,mode,hours"');
        await ready(board);
        expect(board.scrollWidth).to.be.at.most(board.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 1280, height: 800 });
      }
    });
  });
});
