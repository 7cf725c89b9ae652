import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { SEARCH_TEXT_MAX } from '../src/api/query.js';
import { today } from '../src/i18n/format.js';
import { AssignmentList } from '../src/elements/assignment-list/assignment-list.js';
import { define } from '../src/shared/define.js';
import { type Board, cards, cardTitles, heading, lastRequest, mountBoard, ready, shadow, status, typeInto } from './assignment-list.helpers.js';
import { makeAssignment, makePage } from './fixtures.js';
import { accessibilityTree, API, waitFor } from './helpers.js';
import { backend, gets, holdNext, requests, resetMock, worker } from './msw.js';

describe('<assignment-list>', () => {
  // axe's start-up is paid once per page, here, not by whichever test checks accessibility first
  // (on a loaded machine it took seconds, and pushed the first test past its timeout).
  before(async () => {
    const warmUp = await fixture(html`<p>axe</p>`);
    await expect(warmUp).to.be.accessible();
  });
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
      // The heading shows the count; the first page is not announced (the page has just opened).
      expect(status(board)).to.equal('');
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
      for (const expected of ['Gemeente Steenbergen', 'Informatievoorziening', 'Detachering', 'Inhuur (zzp/zpp)', 'Steenbergen · Hybride', '16–24 uur per week', '15 januari 2027', 'sluit vandaag', '€ 75 – € 95 per uur (publiek tarief)', 'Alleen voor medewerkers']) {
        expect(first).to.include(expected);
      }
      const time = cards(board)[0].querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(today());
      expect(time.querySelector('.visually-hidden')!.textContent).to.match(/^sluit (vandaag|morgen|over \d+ dagen), op \d+ \w+ \d{4}$/);
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

    it('names its clear button after what it takes away: the searched words, the filters, or both', async () => {
      const board = await mountBoard();
      await ready(board);
      const clearButtons = () => [...shadow(board).querySelectorAll<HTMLButtonElement>('[part="filters"] button')].map((b) => b.textContent!.trim()).filter((t) => t.startsWith('Wis'));
      expect(clearButtons()).to.deep.equal([]);
      const input = shadow(board).querySelector<HTMLInputElement>('input[name="q"]')!;
      await typeInto(input, 'adviseur');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => lastRequest().searchParams.get('q') === 'adviseur');
      await ready(board);
      expect(clearButtons()).to.deep.equal(['Wis zoekterm']);
      shadow(board).querySelector<HTMLInputElement>('input[name="region"]')!.click();
      await waitFor(() => lastRequest().searchParams.has('region'));
      await ready(board);
      expect(clearButtons()).to.deep.equal(['Wis zoekterm en filters']);
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

    /** A board with the hours filter, its group opened as a visitor opens it. */
    async function hoursBoard() {
      const board = await mountBoard('filters="hours"');
      await ready(board);
      [...shadow(board).querySelectorAll('summary')].find((s) => s.textContent!.includes('Uren per week'))!.click();
      const field = (name: string) => shadow(board).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      await waitFor(() => field('hoursMin').checkVisibility(), { message: 'the hours group open' });
      return { board, field };
    }

    it('says so when the hours maximum is below the minimum, and searches on the minimum alone', async () => {
      const { board, field } = await hoursBoard();
      const note = () => shadow(board).querySelector('#hours-note')!.textContent!.trim() || null;
      await typeInto(field('hoursMin'), '30');
      await sendKeys({ press: 'Tab' });
      await waitFor(() => lastRequest().searchParams.get('hoursMin') === '30');
      await ready(board);
      expect(note(), 'a minimum alone is searched, and needs no word').to.be.null;
      expect(field('hoursMin').hasAttribute('aria-invalid')).to.be.false;
      await typeInto(field('hoursMax'), '10');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => note() !== null, { message: 'a note beside the hours' });
      expect(note()).to.equal('Het maximum is lager dan het minimum: alleen het minimum is meegezocht.');
      expect(field('hoursMax').value, 'what was typed stays').to.equal('10');
      expect(field('hoursMax').getAttribute('aria-invalid')).to.equal('true');
      expect(field('hoursMax').getAttribute('aria-describedby')).to.equal('hours-note');
      expect(field('hoursMin').hasAttribute('aria-invalid')).to.be.false;
      expect(shadow(board).querySelector('#hours-note')!.getAttribute('role'), 'announced where it shows').to.equal('status');
      expect(lastRequest().searchParams.get('hoursMin')).to.equal('30');
      expect(lastRequest().searchParams.has('hoursMax'), 'no request a backend must refuse').to.be.false;
      expect(board.matches(':state(ready)'), 'results, not an error').to.be.true;
      await expect(board).to.be.accessible();

      // A maximum above the minimum again: searched for, and the note goes.
      field('hoursMax').select();
      await sendKeys({ type: '40' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => lastRequest().searchParams.get('hoursMax') === '40');
      await waitFor(() => note() === null, { message: 'the note gone' });
      expect(field('hoursMax').hasAttribute('aria-invalid')).to.be.false;
    });

    it('keeps an hours value typed while the other one is being searched for (what a visitor typed is never lost)', async () => {
      const { board, field } = await hoursBoard();
      const release = holdNext(/^\/assignments$/);
      await typeInto(field('hoursMin'), '40');
      await sendKeys({ press: 'Tab' });
      await waitFor(() => lastRequest().searchParams.get('hoursMin') === '40');
      // The minimum's results arrive while the visitor types the maximum, before it is sent.
      await typeInto(field('hoursMax'), '8');
      release();
      await ready(board);
      await waitFor(() => cards(board).length > 0 && !shadow(board).querySelector('[aria-busy="true"]'), { message: 'the results of the minimum' });
      expect(field('hoursMax').value, 'what was typed stays').to.equal('8');
      expect(shadow(board).activeElement, 'still typing there').to.equal(field('hoursMax'));
      await sendKeys({ press: 'Enter' });
      await waitFor(() => shadow(board).querySelector('#hours-note')!.textContent!.trim() !== '', { message: 'a note beside the hours' });
      expect(field('hoursMax').value).to.equal('8');
      expect(field('hoursMax').getAttribute('aria-invalid')).to.equal('true');
      await expect(board).to.be.accessible();

      // What the query changes is still written into the fields: clearing the filters empties them.
      [...shadow(board).querySelectorAll<HTMLButtonElement>('.filters button')].find((b) => b.textContent!.trim() === 'Wis filters')!.click();
      await waitFor(() => field('hoursMin').value === '' && field('hoursMax').value === '', { message: 'the hours emptied' });
    });

    it('says so when an hours value is not a whole number of hours in a week, and leaves it out', async () => {
      const { board, field } = await hoursBoard();
      await typeInto(field('hoursMin'), '200');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => shadow(board).querySelector('#hours-note')!.textContent!.trim() !== '', { message: 'a note beside the hours' });
      expect(shadow(board).querySelector('#hours-note')!.textContent).to.contain('0 tot en met 168');
      expect(field('hoursMin').getAttribute('aria-invalid')).to.equal('true');
      expect(field('hoursMin').value).to.equal('200');
      expect(lastRequest().searchParams.has('hoursMin')).to.be.false;
      expect(board.matches(':state(ready)')).to.be.true;
    });

    it('always sends fixed pre-filters and offers no control to remove them', async () => {
      const before = gets('/assignments').length;
      const board = await mountBoard('organisation="gem-steenbergen" field="inkoop"');
      await ready(board);
      // This board's requests are the ones since it was mounted (one that dropped a pre-filter
      // is among them, and fails the check below).
      const mine = () => gets('/assignments').slice(before);
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
      expect(link().href).to.equal(`${API}/assignments/feed?lang=nl&organisation=gem-steenbergen&organisation=gem-bergen-op-zoom`);

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

    it("gives the feed the page's language, whatever language the feed reader asks in", async () => {
      /** The feed behind a board's link, fetched as a feed reader set to `readerLanguage` would. */
      const feedOf = async (board: Board, readerLanguage: string) => {
        const href = shadow(board).querySelector<HTMLAnchorElement>('[part="feed"]')!.href;
        const response = await fetch(href, { headers: { 'Accept-Language': readerLanguage } });
        const feed = new DOMParser().parseFromString(await response.text(), 'application/xml').documentElement;
        return { language: feed.getAttribute('xml:lang'), title: feed.querySelector(':scope > title')!.textContent };
      };
      const english = await mountBoard('feed filters="type"', { lang: 'en' });
      await ready(english);
      shadow(english).querySelector<HTMLInputElement>('input[name="type"][value="inhuur"]')!.click();
      await waitFor(() => lastRequest().searchParams.get('type') === 'inhuur');
      await waitFor(() => english.matches(':state(ready)') && !shadow(english).querySelector('[aria-busy="true"]'), { message: 'the answer' });
      await english.updateComplete;
      expect(await feedOf(english, 'nl-NL,nl;q=0.9')).to.deep.equal({ language: 'en', title: 'Assignments: Freelance (zzp/zpp)' });
      english.closest('div')!.remove();

      const dutch = await mountBoard('feed');
      await ready(dutch);
      expect(await feedOf(dutch, 'en-GB,en;q=0.9')).to.deep.equal({ language: 'nl', title: 'Opdrachten' });
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

    it('fires filters-change once per change, and not for the same query again', async () => {
      const board = await mountBoard();
      await ready(board);
      const fired: unknown[] = [];
      board.addEventListener('filters-change', (e) => fired.push(e.detail.filters));
      // The current page's button, and a search sent unchanged: nothing changed.
      shadow(board).querySelector<HTMLButtonElement>('[part="pagination"] [aria-current="page"]')!.click();
      shadow(board).querySelector<HTMLInputElement>('input[type="search"]')!.form!.requestSubmit();
      await aTimeout(50);
      expect(fired).to.deep.equal([]);
      await typeInto(shadow(board).querySelector<HTMLInputElement>('input[type="search"]')!, 'adviseur');
      await waitFor(() => fired.length === 1, { message: 'the search, after the pause' });
      // Enter after the pause sends nothing new.
      shadow(board).querySelector<HTMLInputElement>('input[type="search"]')!.form!.requestSubmit();
      await aTimeout(50);
      expect(fired).to.have.length(1);
      expect(fired[0]).to.deep.include({ q: 'adviseur', page: 1 });
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

    it('says the count of a search once the typing pauses, not between the letters a screen reader echoes', async () => {
      const board = await mountBoard();
      await ready(board);
      const before = heading(board);
      const input = shadow(board).querySelector<HTMLInputElement>('input[name="q"]')!;
      await typeInto(input, 'beleid');
      const typed = performance.now();
      await waitFor(() => lastRequest().searchParams.get('q') === 'beleid' && board.matches(':state(ready)') && heading(board) !== before, { message: 'the results of the search' });
      await waitFor(() => /opdrachten gevonden/.test(status(board)), { message: 'the count, said after the pause' });
      expect(performance.now() - typed, 'not before a second without a key').to.be.at.least(950);
      expect(status(board)).to.equal(heading(board));
    });

    it('shows an empty state with a way to widen the search', async () => {
      const board = await mountBoard();
      await ready(board);
      const input = shadow(board).querySelector<HTMLInputElement>('input[name="q"]')!;
      await typeInto(input, 'xyzzy-bestaat-niet');
      await sendKeys({ press: 'Enter' });
      await ready(board, 'empty');
      const empty = shadow(board).querySelector('[part="empty"]')!;
      // Said once, by the heading (and the live region); the empty state says what to try.
      expect(shadow(board).querySelector('#results-heading')!.textContent!.trim()).to.equal('Geen opdrachten gevonden');
      expect(empty.textContent).to.include('Probeer een andere zoekterm of minder filters.');
      expect(empty.textContent).not.to.include('Geen opdrachten gevonden');
      expect(status(board)).to.equal('Geen opdrachten gevonden');
      await expect(board).to.be.accessible();
      // The button says what it takes away: here only the searched words.
      expect([...empty.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Wis zoekterm']);
      [...empty.querySelectorAll('button')].find((b) => b.textContent!.includes('Wis zoekterm'))!.click();
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
      // The heading that takes focus says the count: the live region says only which page, not the count twice.
      expect(status(board)).to.match(/^pagina 2 van \d+$/);
      expect(heading(board)).to.match(/^\d+ opdrachten gevonden$/);
      await expect(board).to.be.accessible();
      const previous = [...shadow(board).querySelectorAll<HTMLButtonElement>('[part="pagination"] button')].find((b) => b.textContent!.trim() === 'Vorige')!;
      previous.click();
      await waitFor(() => shadow(board).querySelector('[aria-current="page"]')?.textContent?.trim() === '1', { message: 'back to page 1' });
    });

    it('keeps the old page at full contrast while the next one loads, with a bar above it that says so (WCAG 1.4.3, 1.4.11)', async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      worker.use(
        http.get(`${API}/assignments`, async ({ request }) => {
          if (new URL(request.url).searchParams.get('page') === '2') await held;
        }),
      );
      const board = await mountBoard('page-size="5"');
      await ready(board);
      const results = shadow(board).querySelector<HTMLElement>('.results')!;
      const title = cards(board)[0].querySelector<HTMLElement>('[part="card-title"]')!;
      const colourBefore = getComputedStyle(title).color;
      const topBefore = title.getBoundingClientRect().top;
      const bar = () => getComputedStyle(results, '::before');
      expect(bar().content, 'no bar while nothing loads').to.equal('none');
      shadow(board).querySelector<HTMLButtonElement>('[part="pagination"] button[aria-label="Pagina 2"]')!.click();
      try {
        await waitFor(() => results.getAttribute('aria-busy') === 'true', { message: 'busy' });
        expect(getComputedStyle(results).opacity, 'the old page is not dimmed').to.equal('1');
        expect(getComputedStyle(title).color).to.equal(colourBefore);
        expect(title.getBoundingClientRect().top, 'the bar takes no room: nothing moves').to.equal(topBefore);
        expect(parseFloat(bar().height)).to.be.at.least(3);
        // The visitor who paged is at the bottom of the page: the bar sticks to the viewport's top,
        // and a second one sits under the page buttons (sticking to the viewport's bottom from above).
        expect(bar().position).to.equal('sticky');
        const below = getComputedStyle(results, '::after');
        expect([below.position, below.bottom, below.backgroundColor]).to.deep.equal(['sticky', '0px', 'rgb(0, 80, 140)']);
        expect(parseFloat(below.height)).to.be.at.least(3);
        // It pulses (the skeleton's keyframes, from another stylesheet of the same shadow root).
        expect(results.getAnimations({ subtree: true }).map((a) => (a as CSSAnimation).animationName)).to.include('pulse');
        expect(bar().backgroundColor, 'the bar has the primary colour').to.equal('rgb(0, 80, 140)');
        await emulateMedia({ forcedColors: 'active' });
        expect(bar().backgroundColor, 'and the text colour in forced colours').to.equal(getComputedStyle(document.body).color);
        await expect(board).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
        release();
      }
      await waitFor(() => results.getAttribute('aria-busy') === 'false' && status(board).includes('pagina 2 van'), { message: 'page 2' });
    });

    it('shows the focus ring of the current page in forced colours, where its own colours are kept (WCAG 2.4.7)', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const board = await mountBoard('page-size="5"');
        await ready(board);
        const current = shadow(board).querySelector<HTMLButtonElement>('[aria-current="page"]')!;
        current.focus();
        await sendKeys({ press: 'Shift+Tab' });
        await sendKeys({ press: 'Tab' });
        expect(shadow(board).activeElement).to.equal(current);
        // The outline is drawn on the canvas around the button: it takes the system's text colour, as the page's text does.
        expect(getComputedStyle(current).outlineColor).to.equal(getComputedStyle(document.body).color);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
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
      // The filtered page is held until the busy state has been seen: with a quick answer the
      // board goes straight to the new page without one (ResultsController.send).
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      worker.use(
        http.get(`${API}/assignments`, async ({ request }) => {
          if (new URL(request.url).searchParams.has('region')) await held;
        }),
      );
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
      try {
        // The held answer cannot come first, so the board then shows that it is loading.
        await waitFor(() => shadow(board).querySelector('.results')!.getAttribute('aria-busy') === 'true', { message: 'then busy' });
        expect(cards(board).every((c, i) => c === oldCards[i] && c.textContent === oldText[i]), 'the old cards untouched while loading').to.be.true;
      } finally {
        release();
      }
      await ready(board);
    });

    it('renders its first page in one update per state it shows: what it does not use (profile, sessions, vocabularies) costs it none', async () => {
      const states: (string | null)[] = [];
      const updated = Object.getOwnPropertyDescriptor(AssignmentList.prototype, 'updated')!;
      Object.defineProperty(AssignmentList.prototype, 'updated', {
        ...updated,
        value(this: AssignmentList, changed: Map<PropertyKey, unknown>) {
          updated.value.call(this, changed);
          states.push(this.getAttribute('data-state'));
        },
      });
      try {
        const board = await mountBoard();
        await ready(board);
        await aTimeout(50);
        // Loading then ready; or only ready, when the answer came before the first render.
        expect(states.at(-1)).to.equal('ready');
        expect(states.filter((state, i) => state === states[i - 1]), 'updates that showed nothing new').to.deep.equal([]);
      } finally {
        Object.defineProperty(AssignmentList.prototype, 'updated', updated);
      }
    });

    it('gives the browser no whitespace between the blocks of a card to style and lay out', async () => {
      const board = await mountBoard('page-size="30"');
      await ready(board);
      const blank = (card: Element) => {
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        let count = 0;
        while (walker.nextNode()) if (!walker.currentNode.textContent!.trim()) count++;
        return count;
      };
      expect(cards(board).map(blank).filter((n) => n > 0)).to.deep.equal([]);
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
      // The page and its scripts load, the backend does not answer: not the visitor's connection.
      ['a backend that does not answer', () => backend.setFault({ kind: 'network', times: 99 }), /De server van deze dienst antwoordt nu niet\. Je internetverbinding werkt wel\./],
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

    it('keeps focus on the board while the retry loads: on the results heading at once, then the count said once', async () => {
      backend.setFault({ kind: 'error500', times: 3 });
      const board = await mountBoard();
      await ready(board, 'error');
      backend.setFault(null);
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      // The retry's request waits until released, then goes on to the backend.
      worker.use(http.get(`${API}/assignments`, async () => void (await held)));
      const retry = shadow(board).querySelector<HTMLButtonElement>('[part="error"] button')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await aTimeout(50);
      expect(shadow(board).querySelector('[part="error"]'), 'the error and its button are gone').to.equal(null);
      expect(document.activeElement, 'not lost to the page').to.equal(board);
      expect(shadow(board).activeElement).to.equal(shadow(board).querySelector('[part="count"]'));
      release();
      await ready(board);
      expect(shadow(board).activeElement, 'still on the heading').to.equal(shadow(board).querySelector('[part="count"]'));
      // The heading was read while it said "loading": the count comes with the live region.
      expect(status(board)).to.match(/^\d+ opdrachten gevonden/);
    });

    it('holds no more search text than the backend takes', async () => {
      const board = await mountBoard();
      await ready(board);
      expect(shadow(board).querySelector('input[name="q"]')!.getAttribute('maxlength')).to.equal(String(SEARCH_TEXT_MAX));
    });

    it("says the page's settings or its link are not right, without a retry that cannot help, when the backend refuses a fixed filter (a typo), and tells the web team why in the console", async () => {
      const logged: unknown[][] = [];
      const quiet = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        const board = await mountBoard('type="interim,inkoop"');
        await ready(board, 'error');
        const error = shadow(board).querySelector('[part="error"]')!;
        expect(error.textContent).to.include('de instellingen van deze widget of de link naar deze pagina kloppen niet');
        expect(error.querySelector('button'), 'trying again cannot help').to.equal(null);
        const said = logged.map((args) => args.join(' ')).find((line) => line.includes('<assignment-list>'));
        expect(said, 'the console names the refused parameter and the backend\'s reason').to.match(/type: .*inkoop/);
        await expect(board).to.be.accessible();
      } finally {
        console.error = quiet;
      }
    });

    it('asks the visitor to check their connection only when the browser is offline', async () => {
      backend.setFault({ kind: 'network', times: 99 });
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        const board = await mountBoard();
        await ready(board, 'error');
        const error = shadow(board).querySelector('[part="error"]')!;
        expect(error.textContent).to.include('Er is geen verbinding. Controleer je internetverbinding');
        await expect(board).to.be.accessible();
      } finally {
        delete (navigator as unknown as Record<string, unknown>).onLine;
      }
    });

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
      expect(cards(board).every((c) => c.querySelector('.badge.internal')?.textContent === 'Alleen voor medewerkers')).to.be.true;
    });

    it('explains a missing endpoint instead of staying blank', async () => {
      const el = await fixture<Board>(html`<assignment-list></assignment-list>`);
      await ready(el, 'error');
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('geen endpoint');
    });
  });

  describe('embedding', () => {
    it('takes properties set before the element was defined', async () => {
      // As a CMS page does: the element in the page with its attributes, a script that sets a property, then our script.
      const early = document.createElement('late-board') as Board;
      early.setAttribute('endpoint', API);
      early.setAttribute('page-size', '5');
      early.pageSize = 3;
      document.body.append(early);
      const { AssignmentList } = await import('../src/elements/assignment-list/assignment-list.js');
      define('late-board', class extends AssignmentList {});
      await ready(early);
      expect(cards(early)).to.have.length(3);
      // One request, already with them: a CMS page that configures its board by script costs no
      // request with the attributes' or the defaults' values first.
      expect(gets('/assignments').map((url) => url.searchParams.get('pageSize'))).to.deep.equal(['3']);
      early.remove();
    });

    it('gives its search and page navigation the name of `label`, so two boards on one page can be told apart', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <marketplace-provider endpoint=${API}>
          <assignment-list label="Alleen voor medewerkers" filters="q" page-size="5"></assignment-list>
          <assignment-list filters="q" page-size="5"></assignment-list>
        </marketplace-provider>
      </div>`);
      const [internal, plain] = page.querySelectorAll<Board>('assignment-list');
      await Promise.all([ready(internal), ready(plain)]);
      const landmarks = (await accessibilityTree()).filter((node) => node.role === 'search' || node.role === 'navigation').map((node) => node.name);
      expect(landmarks.sort()).to.deep.equal(['Paginering', 'Paginering – Alleen voor medewerkers', 'Zoek in opdrachten', 'Zoek in opdrachten – Alleen voor medewerkers']);
      expect(shadow(internal).querySelector('label[for="q"]')!.textContent).to.equal('Zoek in opdrachten');
      await expect(page).to.be.accessible();
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
