import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { delay, HttpResponse, http } from 'msw';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { seedProfiles } from '../seed/seed.js';
import { sharedClient } from '../src/api/clients.js';
import '../src/elements/marketplace-provider/define.js';
import '../src/elements/profile-directory/define.js';
import type { ProfileCard } from '../src/elements/profile-card/profile-card.js';
import type { ProfileDirectory } from '../src/elements/profile-directory/profile-directory.js';
import { makePage, makeProfile } from './fixtures.js';
import { API, accessibilityTree, waitFor } from './helpers.js';
import { backend, gets, holdNext, requests, resetMock, worker } from './msw.js';

type Directory = ProfileDirectory;

/** Public profiles in the seed (network and internal ones need a token). */
const PUBLIC_TOTAL = seedProfiles.filter((p) => p.visibility === 'public').length;

async function mountDirectory(attributes = '', { lang = 'nl', token }: { lang?: string; token?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <a href="#top">Begin</a>
    <marketplace-provider endpoint=${API} .getToken=${token ? async () => token : null}>
      ${unsafeHTML(`<profile-directory ${attributes}></profile-directory>`)}
    </marketplace-provider>
  </div>`);
  const directory = wrapper.querySelector<Directory>('profile-directory')!;
  await directory.updateComplete; // in English, after its strings are in
  return directory;
}

const shadow = (d: Directory) => d.shadowRoot!;
const cards = (d: Directory) => [...shadow(d).querySelectorAll<ProfileCard>('profile-card[variant="compact"]')];
const names = (d: Directory) => cards(d).map((c) => c.shadowRoot!.querySelector('[part="name"]')?.textContent?.trim());
const heading = (d: Directory) => shadow(d).querySelector('[part="count"]')!.textContent!.trim();
const liveRegion = (d: Directory) => shadow(d).querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
const lastRequest = () => gets('/profiles').at(-1)!;
const checkbox = (d: Directory, name: string, value: string) => shadow(d).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
const summaries = (d: Directory) => [...shadow(d).querySelectorAll('details summary')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());

async function ready(d: Directory, state = 'ready') {
  await waitFor(() => d.matches(`:state(${state})`) && cards(d).every((c) => c.matches(':state(ready)')), { message: `state ${state}` });
  await d.updateComplete;
}

/**
 * Waits until the directory has asked for a request matching `check` (now or, when the client
 * answers from its cache, earlier) and shows the answer.
 */
async function answered(d: Directory, check: (url: URL) => boolean, state = 'ready') {
  await d.updateComplete;
  await waitFor(() => gets('/profiles').some(check), { message: 'request' });
  await waitFor(() => !shadow(d).querySelector('[aria-busy="true"]') && d.matches(`:state(${state})`), { message: 'answer' });
  await ready(d, state);
}

/** The element that has focus, looking into the directory's shadow root. */
const focused = (d: Directory) => shadow(d).activeElement;

describe('<profile-directory>', () => {
  // axe's start-up is paid once per page, here, not by whichever test checks accessibility first
  // (on a loaded machine it took seconds, and pushed the first test past its timeout).
  before(async () => {
    const warmUp = await fixture(html`<p>axe</p>`);
    await expect(warmUp).to.be.accessible();
  });
  beforeEach(async () => {
    await resetMock();
    sharedClient(API, 'omit', null).clearCache();
    await setViewport({ width: 1280, height: 800 });
  });
  afterEach(() => {
    worker.resetHandlers();
    history.replaceState(null, '', location.pathname);
  });

  describe('showing the directory', () => {
    // Its own test: axe over a directory of shadow roots takes seconds on a loaded machine, and
    // two runs in one test came close to the per-test timeout.
    it('is accessible while loading', async () => {
      backend.setFault({ kind: 'slow', delay: 2000, times: 1 });
      const d = await mountDirectory();
      expect(d.matches(':state(loading)')).to.be.true;
      await expect(d).to.be.accessible();
    });

    it('shows the first page of public professionals as compact cards, accessibly', async () => {
      const d = await mountDirectory();
      await ready(d);
      expect(cards(d)).to.have.length(12);
      expect(heading(d)).to.equal(`${PUBLIC_TOTAL} professionals gevonden`);
      expect(liveRegion(d), 'the first page is not announced').to.equal('');
      const request = lastRequest();
      expect(request.searchParams.get('page')).to.equal('1');
      expect(request.searchParams.get('pageSize')).to.equal('12');
      expect(request.searchParams.get('sort')).to.equal('name');
      expect(names(d).slice(0, 2)).to.deep.equal(['Anne-Marie Backx', 'Arjen Vos']);
      // The names sit one level below the result heading.
      expect(shadow(d).querySelector('[part="count"]')!.tagName).to.equal('H2');
      expect(cards(d)[0].shadowRoot!.querySelector('[part="name"]')!.tagName).to.equal('H3');
      await expect(d).to.be.accessible();
    });

    it('orders by the sort attribute, and by name when it names no order (a host mistake is no broken directory)', async () => {
      const recent = await mountDirectory('sort="-updatedAt"');
      await ready(recent);
      expect(lastRequest().searchParams.get('sort')).to.equal('-updatedAt');
      recent.closest('div')?.remove();
      const before = gets('/profiles').length;
      const d = await mountDirectory('sort="naam"');
      await ready(d);
      expect(gets('/profiles').slice(before).filter((u) => u.searchParams.get('sort') !== 'name')).to.deep.equal([]);
      expect(d.request.sort).to.equal('name');
      expect(cards(d)).to.have.length(12);
    });

    it('speaks English when the page does, and stays accessible while loading, ready and in the dialog', async function () {
      // Three axe runs over a directory of cards and a dialog: past the suite's 15 s for one test on a loaded machine.
      this.timeout(30_000);
      // The first page is held until the loading state has been checked (the English strings
      // come first; with a quick answer the directory would go straight to its results).
      const release = holdNext(/^\/profiles$/);
      const d = await mountDirectory('', { lang: 'en' });
      try {
        expect(d.matches(':state(loading)')).to.be.true;
        expect(shadow(d).textContent, 'the loading state, in English').to.contain('Loading…').and.not.contain('Bezig');
        await expect(d).to.be.accessible();
      } finally {
        release();
      }
      await ready(d);
      expect(heading(d)).to.equal(`${PUBLIC_TOTAL} professionals found`);
      expect(new Headers(requests.filter((r) => r.url.includes('/profiles')).at(-1)!.headers).get('Accept-Language')).to.equal('en');
      expect(summaries(d)).to.deep.equal(['Field', 'Region', 'Kind of professional', 'Availability']);
      expect(cards(d)[0].shadowRoot!.textContent).to.include('hours per week');
      await expect(d).to.be.accessible();
      shadow(d).querySelector<HTMLButtonElement>('.view[data-id="p-0001"]')!.click();
      const dialog = shadow(d).querySelector('dialog')!;
      await waitFor(() => dialog.open && dialog.querySelector('profile-card')?.matches(':state(ready)'), { message: 'dialog' });
      expect(dialog.getAttribute('aria-label')).to.match(/^Profile of /);
      await expect(d).to.be.accessible();
      dialog.close();
    });

    it('offers facets with counts from the backend', async () => {
      const d = await mountDirectory();
      await ready(d);
      expect(summaries(d)).to.deep.equal(['Werkveld', 'Regio', 'Soort professional', 'Beschikbaarheid']);
      const manager = checkbox(d, 'kind', 'manager')!.closest('label')!;
      expect(manager.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Manager (4)');
      // Heard with the space that shows: a space alone in a template of its own was left out ("Manager(4)").
      manager.closest('details')!.open = true;
      expect((await accessibilityTree()).filter((node) => node.role === 'checkbox').map((node) => node.name)).to.include('Manager (4)');
      expect(checkbox(d, 'region', 'west-brabant')!.closest('label')!.textContent).to.match(/West-Brabant \(\d+\)/);
    });

    it('shows one column at 320 px and several on a wide screen', async () => {
      const d = await mountDirectory('filters="none"');
      await ready(d);
      await setViewport({ width: 320, height: 640 });
      await aTimeout(50);
      const lefts = new Set(cards(d).map((c) => Math.round(c.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await setViewport({ width: 1280, height: 800 });
      await aTimeout(50);
      expect(new Set(cards(d).map((c) => Math.round(c.getBoundingClientRect().left))).size).to.be.greaterThan(1);
    });

    it('marks Dutch facet labels from the backend as Dutch in an English directory', async () => {
      const page = makePage([makeProfile()], { pageSize: 12, facets: { field: [{ value: 'organisatieontwikkeling', label: 'Organisatieontwikkeling', count: 1 }] } });
      worker.use(http.get(`${API}/profiles`, () => HttpResponse.json(page, { headers: { 'Content-Language': 'nl' } })));
      const d = await mountDirectory('filters="field,kind"', { lang: 'en' });
      await ready(d);
      const label = (name: string, value: string) => checkbox(d, name, value)!.closest('label')!.querySelector('span span')!;
      expect(label('field', 'organisatieontwikkeling').closest('[lang]')?.getAttribute('lang')).to.equal('nl');
      expect(label('kind', 'zpp').closest('[lang]'), 'our own English label').to.be.null;
      await expect(d).to.be.accessible();
    });

    it('keeps its filters behind one "Filters" button at 320 px, accessibly, open and closed', async () => {
      await setViewport({ width: 320, height: 640 });
      const d = await mountDirectory();
      await ready(d);
      const toggle = shadow(d).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
      const panel = shadow(d).querySelector<HTMLElement>('[part="filters"]')!;
      expect(panel.checkVisibility()).to.be.false;
      await expect(d).to.be.accessible();
      toggle.click();
      await d.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.checkVisibility()).to.be.true;
      await expect(d).to.be.accessible();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('shows network profiles, marked as such, to a member signed in through the provider', async () => {
      const d = await mountDirectory('kind="manager"', { token: 'token-steenbergen' });
      await ready(d);
      expect(new Headers(requests.filter((r) => r.url.includes('/profiles')).at(-1)!.headers).get('Authorization')).to.equal('Bearer token-steenbergen');
      expect(heading(d)).to.equal('6 professionals gevonden');
      const badges = cards(d).map((c) => c.shadowRoot!.querySelector('[part="badges"]')!.textContent!);
      expect(badges.filter((b) => b.includes('Alleen voor het netwerk'))).to.have.length(2);
    });
  });

  describe('search and filters', () => {
    it('searches after a pause in typing, and at once on Enter', async () => {
      const d = await mountDirectory();
      await ready(d);
      const input = shadow(d).querySelector<HTMLInputElement>('input[name="q"]')!;
      input.focus();
      const first = gets('/profiles').length;
      await sendKeys({ type: 'backx' });
      await answered(d, (u) => u.searchParams.get('q') === 'backx');
      // Not one request per keystroke. (Under load a pause between two keystrokes may outlast the
      // debounce: then what is there is sent.) Counted once the answer is in, so none is missed.
      expect(gets('/profiles').length - first, 'no request per keystroke').to.be.below('backx'.length);
      expect(names(d)).to.deep.equal(['Anne-Marie Backx']);
      expect(heading(d)).to.equal('1 professional gevonden');

      const before = gets('/profiles').length;
      input.select();
      await sendKeys({ type: 'interim' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => gets('/profiles').some((u) => u.searchParams.get('q') === 'interim'), { timeout: 250, message: 'an immediate request' });
      await ready(d);
      await aTimeout(400);
      // Not one request per keystroke, and none again after the pause. (A machine under load may
      // pause longer than the debounce between two keystrokes, which rightly sends what is there.)
      const sent = gets('/profiles').slice(before).map((u) => u.searchParams.get('q'));
      expect(sent.filter((q) => q === 'interim')).to.have.length(1);
      expect(sent.length).to.be.below('interim'.length);
    });

    it('filters by kind, field and region with checkboxes, and says how many are chosen', async () => {
      const d = await mountDirectory();
      await ready(d);
      const filtersChanged = oneEvent(d, 'filters-change');
      checkbox(d, 'kind', 'manager')!.click();
      expect((await filtersChanged).detail.filters).to.deep.include({ kind: ['manager'], page: 1 });
      await answered(d, (u) => u.searchParams.getAll('kind').join() === 'manager');
      expect(names(d)).to.have.length(4);
      expect(cards(d).every((c) => c.shadowRoot!.querySelector('.badge.kind')!.textContent === 'Manager')).to.be.true;
      expect(summaries(d)).to.include('Soort professional (1 gekozen)');

      checkbox(d, 'region', 'zeeland')!.click();
      await answered(d, (u) => u.searchParams.getAll('region').join() === 'zeeland');
      expect(lastRequest().searchParams.getAll('kind')).to.deep.equal(['manager']);
      expect(names(d)).to.deep.equal(['Joke Raaijmakers']);

      checkbox(d, 'field', 'organisatieontwikkeling')!.click();
      await answered(d, (u) => u.searchParams.getAll('field').join() === 'organisatieontwikkeling');
      expect(names(d)).to.deep.equal(['Joke Raaijmakers']);
    });

    it('keeps a filter group open, with focus inside, when its last choice is undone', async () => {
      const d = await mountDirectory();
      await ready(d);
      const group = (name: string) => shadow(d).querySelector<HTMLDetailsElement>(`details:has([name="${name}"])`)!;
      group('kind').querySelector('summary')!.click();
      checkbox(d, 'kind', 'manager')!.focus();
      await sendKeys({ press: 'Space' });
      await answered(d, (u) => u.searchParams.getAll('kind').join() === 'manager');
      await sendKeys({ press: 'Space' });
      await answered(d, (u) => !u.searchParams.has('kind'));
      await aTimeout(50);
      expect(group('kind').open).to.be.true;
      expect(focused(d)).to.equal(checkbox(d, 'kind', 'manager'));

      // The date group too: emptying the date must not close it under the visitor's hands.
      group('availableFrom').querySelector('summary')!.click();
      const date = shadow(d).querySelector<HTMLInputElement>('input[name="availableFrom"]')!;
      date.focus();
      date.value = '2026-11-30';
      date.dispatchEvent(new Event('change', { bubbles: true }));
      await answered(d, (u) => u.searchParams.get('availableFrom') === '2026-11-30');
      date.value = '';
      date.dispatchEvent(new Event('change', { bubbles: true }));
      await answered(d, (u) => !u.searchParams.has('availableFrom'));
      await aTimeout(50);
      expect(group('availableFrom').open).to.be.true;
      expect(focused(d)).to.equal(date);
    });

    it('moves focus to the result heading after "Wis filters", whose button is then gone', async () => {
      const d = await mountDirectory();
      await ready(d);
      checkbox(d, 'kind', 'manager')!.click();
      await answered(d, (u) => u.searchParams.getAll('kind').join() === 'manager');
      const clear = [...shadow(d).querySelectorAll<HTMLButtonElement>('[part="filters"] button')].find((b) => b.textContent!.trim() === 'Wis filters')!;
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await answered(d, (u) => !u.searchParams.has('kind'));
      await waitFor(() => focused(d)?.id === 'results-heading', { message: 'focus on the result heading' });
    });

    it('filters by availability with a date (sent as availableFrom)', async () => {
      const d = await mountDirectory();
      await ready(d);
      const date = shadow(d).querySelector<HTMLInputElement>('input[type="date"][name="availableFrom"]')!;
      date.value = '2026-11-30';
      date.dispatchEvent(new Event('change', { bubbles: true }));
      await answered(d, (u) => u.searchParams.get('availableFrom') === '2026-11-30');
      const available = seedProfiles.filter((p) => p.visibility === 'public' && p.availability && p.availability.from <= '2026-11-30');
      expect(heading(d)).to.equal(`${available.length} professionals gevonden`);
      expect(summaries(d)).to.include('Beschikbaarheid');
      expect(shadow(d).querySelector('details:has(input[type="date"])')!.hasAttribute('open')).to.be.true;
      date.value = '';
      date.dispatchEvent(new Event('change', { bubbles: true }));
      await answered(d, (u) => !u.searchParams.has('availableFrom'));
      expect(heading(d)).to.equal(`${PUBLIC_TOTAL} professionals gevonden`);
    });

    it('always sends fixed pre-filters, offers only their values and never lets them be removed', async () => {
      const d = await mountDirectory('kind="zpp,zzp" region="west-brabant"');
      await ready(d);
      expect(lastRequest().searchParams.getAll('kind')).to.deep.equal(['zpp', 'zzp']);
      expect(lastRequest().searchParams.getAll('region')).to.deep.equal(['west-brabant']);
      // One fixed region decides that dimension: no control for it.
      expect(summaries(d)).to.deep.equal(['Werkveld', 'Soort professional', 'Beschikbaarheid']);
      const kinds = [...shadow(d).querySelectorAll<HTMLInputElement>('input[name="kind"]')].map((i) => i.value);
      expect(kinds).to.deep.equal(['zpp', 'zzp']);

      checkbox(d, 'kind', 'zzp')!.click();
      await answered(d, (u) => u.searchParams.getAll('kind').join() === 'zzp');
      expect(lastRequest().searchParams.getAll('region')).to.deep.equal(['west-brabant']);

      [...shadow(d).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Wis filters')!.click();
      await answered(d, (u) => u.searchParams.getAll('kind').join() === 'zpp,zzp');
      expect(lastRequest().searchParams.getAll('region')).to.deep.equal(['west-brabant']);
    });

    it('shows only the controls asked for in `filters`', async () => {
      const d = await mountDirectory('filters="q,kind"');
      await ready(d);
      expect(summaries(d)).to.deep.equal(['Soort professional']);
      expect(shadow(d).querySelector('input[name="q"]')).to.exist;
      const none = await mountDirectory('filters="none"');
      await ready(none);
      expect(shadow(none).querySelector('[part="search"], [part="filters"]')).to.be.null;
    });

    it('explains an empty result and offers to clear the filters', async () => {
      for (const lang of ['nl', 'en']) {
        const d = await mountDirectory('', { lang });
        await ready(d);
        const input = shadow(d).querySelector<HTMLInputElement>('input[name="q"]')!;
        input.focus();
        await sendKeys({ type: 'niemand-heet-zo' });
        await sendKeys({ press: 'Enter' });
        await answered(d, (u) => u.searchParams.get('q') === 'niemand-heet-zo', 'empty');
        const empty = shadow(d).querySelector('[part="empty"]')!;
        expect(shadow(d).querySelector('#results-heading')!.textContent!.trim()).to.equal(lang === 'nl' ? 'Geen professionals gevonden' : 'No professionals found');
        expect(empty.textContent).not.to.include(lang === 'nl' ? 'Geen professionals gevonden' : 'No professionals found');
        expect(empty.textContent).to.include(lang === 'nl' ? 'Probeer een andere zoekterm' : 'Try another search term');
        await expect(d).to.be.accessible();
        empty.querySelector('button')!.click();
        await answered(d, (u) => !u.searchParams.has('q'));
        expect(input.value).to.equal('');
      }
    });
  });

  describe('pages and the address bar', () => {
    it('pages with renderPagination and moves focus to the result heading', async () => {
      const d = await mountDirectory();
      await ready(d);
      const firstPage = names(d);
      [...shadow(d).querySelectorAll<HTMLButtonElement>('[part="pagination"] button')].find((b) => b.textContent!.trim() === 'Volgende')!.click();
      await answered(d, (u) => u.searchParams.get('page') === '2');
      expect(names(d)).to.have.length(PUBLIC_TOTAL - 12);
      expect(names(d)).not.to.include(firstPage[0]);
      expect(shadow(d).querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('2');
      // The heading that takes focus says the count; the live region only which page (not the count twice).
      expect(liveRegion(d)).to.equal('pagina 2 van 2');
      await waitFor(() => focused(d)?.id === 'results-heading', { message: 'focus on the result heading' });
      expect(focused(d)!.textContent!.trim()).to.equal(`${PUBLIC_TOTAL} professionals gevonden`);
    });

    it('respects page-size', async () => {
      const d = await mountDirectory('page-size="5"');
      await ready(d);
      expect(cards(d)).to.have.length(5);
      expect(lastRequest().searchParams.get('pageSize')).to.equal('5');
      shadow(d).querySelector<HTMLButtonElement>('[part="pagination"] button[aria-label="Pagina 2"]')!.click();
      await waitFor(() => liveRegion(d) === 'pagina 2 van 5', { message: 'the second of five pages' });
    });

    it('mirrors filters and page in the URL: a reload opens the same results, back and forward work', async () => {
      const d = await mountDirectory('sync-url page-size="3" id="netwerk"');
      await ready(d);
      checkbox(d, 'kind', 'zpp')!.click();
      await waitFor(() => new URL(location.href).searchParams.get('netwerk-kind') === 'zpp');
      await ready(d);
      shadow(d).querySelector<HTMLButtonElement>('button[aria-label="Pagina 2"]')!.click();
      await waitFor(() => new URL(location.href).searchParams.get('netwerk-page') === '2');
      d.closest('div')!.remove();

      const reloaded = await mountDirectory('sync-url page-size="3" id="netwerk"');
      await ready(reloaded);
      expect(lastRequest().searchParams.getAll('kind')).to.deep.equal(['zpp']);
      expect(lastRequest().searchParams.get('page')).to.equal('2');
      expect(checkbox(reloaded, 'kind', 'zpp')!.checked).to.be.true;
      const currentPage = () => shadow(reloaded).querySelector('[aria-current="page"]')?.textContent?.trim();
      expect(currentPage()).to.equal('2');

      history.back();
      await waitFor(() => currentPage() === '1', { message: 'back' });
      expect(checkbox(reloaded, 'kind', 'zpp')!.checked).to.be.true;
      history.forward();
      await waitFor(() => currentPage() === '2', { message: 'forward' });
    });

    it('uses the prefix "professionals" without an id, and keeps the search text across a reload', async () => {
      const d = await mountDirectory('sync-url');
      await ready(d);
      const input = shadow(d).querySelector<HTMLInputElement>('input[name="q"]')!;
      input.focus();
      await sendKeys({ type: 'water' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => new URL(location.href).searchParams.get('professionals-q') === 'water');
      d.closest('div')!.remove();
      const reloaded = await mountDirectory('sync-url');
      await ready(reloaded);
      expect(shadow(reloaded).querySelector<HTMLInputElement>('input[name="q"]')!.value).to.equal('water');
      expect(lastRequest().searchParams.get('q')).to.equal('water');
    });
  });

  describe('requests in flight', () => {
    it('never lets a slow first answer replace a faster, newer one', async () => {
      worker.use(
        http.get(`${API}/profiles`, async ({ request }) => {
          if (new URL(request.url).searchParams.get('q') === 'traag') await delay(700);
        }),
      );
      const d = await mountDirectory();
      await ready(d);
      const input = shadow(d).querySelector<HTMLInputElement>('input[name="q"]')!;
      input.focus();
      await sendKeys({ type: 'traag' });
      await sendKeys({ press: 'Enter' });
      await aTimeout(50);
      input.select();
      await sendKeys({ type: 'water' });
      await sendKeys({ press: 'Enter' });
      await answered(d, (u) => u.searchParams.get('q') === 'water');
      const waterNames = names(d);
      expect(waterNames.length).to.be.greaterThan(0);
      await aTimeout(900);
      expect(names(d)).to.deep.equal(waterNames);
      expect(input.value).to.equal('water');
    });
  });

  describe('errors', () => {
    const failures: [string, () => void][] = [
      ['a server error (500)', () => backend.setFault({ kind: 'error500', times: 1 })],
      ['an HTML error page', () => backend.setFault({ kind: 'html', times: 3 })],
      ['malformed JSON', () => backend.setFault({ kind: 'malformed', times: 1 })],
      ['schema-invalid data', () => backend.setFault({ kind: 'invalid', times: 1 })],
    ];
    for (const [name, fail] of failures) {
      it(`shows a message and a working retry after ${name}`, async () => {
        const quiet = console.warn;
        console.warn = () => {};
        try {
          fail();
          const reported = oneEvent(document, 'flexschil-error');
          const d = await mountDirectory();
          await ready(d, 'error');
          expect((await reported).detail).to.have.keys(['status', 'title', 'detail']);
          const error = shadow(d).querySelector('[part="error"]')!;
          expect(error.getAttribute('role')).to.equal('alert');
          expect(error.textContent).to.include('Er ging iets mis');
          expect(error.textContent).not.to.match(/<|html|Unexpected|JSON/i);
          await expect(d).to.be.accessible();
          backend.setFault(null);
          const retry = [...error.querySelectorAll('button')].find((b) => b.textContent!.includes('Probeer opnieuw'))!;
          retry.focus();
          await sendKeys({ press: 'Enter' });
          await ready(d);
          expect(cards(d)).to.have.length(12);
          // The retry button is gone: focus is on the result heading, not lost to the page.
          await waitFor(() => focused(d)?.id === 'results-heading', { message: 'focus on the result heading' });
        } finally {
          console.warn = quiet;
        }
      });
    }

    it('says that signing in is needed (401) when the token is not accepted, in both languages', async () => {
      for (const [lang, words] of [
        ['nl', 'Log in om dit te kunnen zien'],
        ['en', 'Please sign in to see this'],
      ]) {
        const d = await mountDirectory('', { lang, token: 'verlopen-token' });
        await ready(d, 'error');
        expect(shadow(d).querySelector('[part="error"]')!.textContent).to.include(words);
        await expect(d).to.be.accessible();
      }
    });

    it('says that access is not allowed (403), and retries', async () => {
      let denied = true;
      worker.use(
        http.get(`${API}/profiles`, () =>
          denied
            ? HttpResponse.json({ type: 'about:blank', title: 'Geen toegang', status: 403, detail: 'Alleen voor leden.' }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } })
            : undefined,
        ),
      );
      const d = await mountDirectory('', { lang: 'en' });
      await ready(d, 'error');
      expect(shadow(d).querySelector('[part="error"]')!.textContent).to.include("You don't have access");
      await expect(d).to.be.accessible();
      denied = false;
      shadow(d).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await ready(d);
      expect(cards(d)).to.have.length(12);
    });

    it('explains a missing endpoint instead of staying blank', async () => {
      const d = await fixture<Directory>(html`<profile-directory></profile-directory>`);
      await ready(d, 'error');
      expect(shadow(d).querySelector('[part="error"]')!.textContent).to.include('geen endpoint');
    });
  });

  describe('opening a profile', () => {
    it('opens the full card in a dialog, accessibly, and returns focus on close; nothing personal is stored', async () => {
      const d = await mountDirectory('sync-url');
      await ready(d);
      const before = location.href;
      const opener = shadow(d).querySelector<HTMLButtonElement>('.view[data-id="p-0001"]')!;
      expect(opener.getAttribute('aria-haspopup')).to.equal('dialog');
      const selected = oneEvent(d, 'profile-select');
      opener.click();
      expect((await selected).detail.profile.id).to.equal('p-0001');
      const dialog = shadow(d).querySelector('dialog')!;
      await waitFor(() => dialog.open && dialog.querySelector('profile-card')?.matches(':state(ready)'), { message: 'dialog' });
      expect(dialog.getAttribute('aria-label')).to.equal('Profiel van Anne-Marie Backx');
      const full = dialog.querySelector<ProfileCard>('profile-card')!;
      expect(full.variant).to.equal('full');
      expect(full.shadowRoot!.querySelector('[part="name"]')!.tagName).to.equal('H2');
      expect(full.shadowRoot!.querySelector('.timeline')).to.exist;
      await expect(d).to.be.accessible();

      // From "Sluiten", Tab reaches the profile itself, and the keys scroll it (not only its links).
      await setViewport({ width: 320, height: 640 });
      try {
        const body = dialog.querySelector<HTMLElement>('.dialog-body')!;
        (dialog.querySelector('.dialog-header button') as HTMLElement).focus();
        await sendKeys({ press: 'Tab' });
        expect(shadow(d).activeElement === body, 'the body has focus').to.be.true;
        expect(body.scrollHeight, 'longer than the screen').to.be.greaterThan(body.clientHeight);
        await sendKeys({ press: 'PageDown' });
        await waitFor(() => body.scrollTop > 0, { message: 'scrolled by Page Down' });
        await expect(d).to.be.accessible();
      } finally {
        await setViewport({ width: 1280, height: 800 });
      }

      // The contact action inside the dialog reaches the host page.
      const contacted = oneEvent(d, 'profile-contact');
      d.addEventListener('profile-contact', (e) => e.preventDefault(), { once: true });
      full.shadowRoot!.querySelector<HTMLAnchorElement>('[part="contact"] a')!.click();
      expect((await contacted).detail.profile.id).to.equal('p-0001');

      dialog.close();
      await waitFor(() => !dialog.open && focused(d) === opener, { message: 'focus back on the opener' });
      expect(location.href).to.equal(before);
      expect(sessionStorage.length + localStorage.length).to.equal(0);
    });

    it('closes the dialog with Back (sync-url) and keeps the filters behind it', async () => {
      const d = await mountDirectory('sync-url');
      await ready(d);
      checkbox(d, 'kind', 'zpp')!.click();
      await answered(d, (u) => u.searchParams.getAll('kind').includes('zpp'));
      const url = location.href;
      const opener = shadow(d).querySelector<HTMLButtonElement>('.view[data-id]')!;
      opener.click();
      const dialog = shadow(d).querySelector('dialog')!;
      await waitFor(() => dialog.open);
      expect(location.href).to.equal(url);
      history.back();
      await waitFor(() => !dialog.open && focused(d) === opener, { message: 'closed, focus on the opener' });
      await aTimeout(100);
      expect(location.href).to.equal(url);
      expect(checkbox(d, 'kind', 'zpp')!.checked).to.be.true;
      expect(JSON.stringify(history.state ?? {}), 'no profile id kept in the history').not.to.include(opener.dataset.id);
    });

    it('fires profile-select first; preventDefault keeps the dialog closed', async () => {
      const d = await mountDirectory();
      await ready(d);
      d.addEventListener('profile-select', (e) => e.preventDefault(), { once: true });
      const event = oneEvent(d, 'profile-select');
      shadow(d).querySelector<HTMLButtonElement>('.view')!.click();
      expect((await event).detail.profile.id).to.be.a('string');
      await aTimeout(50);
      expect(shadow(d).querySelector('dialog')!.open).to.be.false;
    });

    it('links to detail-url instead; preventDefault on profile-select stops the navigation', async () => {
      const d = await mountDirectory('detail-url="/professionals/{id}"');
      await ready(d);
      const link = shadow(d).querySelector<HTMLAnchorElement>('a.view[data-id="p-0001"]')!;
      expect(link.getAttribute('href')).to.equal('/professionals/p-0001');
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Bekijk profiel van Anne-Marie Backx');
      d.addEventListener('profile-select', (e) => e.preventDefault(), { once: true });
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.be.true;
      expect(location.pathname).not.to.include('/professionals/');
    });

    it('works with the keyboard alone: search, open a profile, close it with Escape, focus back', async () => {
      const d = await mountDirectory();
      await ready(d);
      d.closest('div')!.querySelector('a')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(d)).to.equal(shadow(d).querySelector('input[name="q"]'));
      await sendKeys({ type: 'Backx' });
      await sendKeys({ press: 'Enter' });
      await answered(d, (u) => u.searchParams.get('q') === 'Backx');
      expect(names(d)).to.deep.equal(['Anne-Marie Backx']);

      for (let i = 0; i < 25 && !focused(d)?.classList.contains('view'); i++) await sendKeys({ press: 'Tab' });
      const opener = focused(d) as HTMLButtonElement;
      expect(opener.dataset.id).to.equal('p-0001');
      await sendKeys({ press: 'Enter' });
      const dialog = shadow(d).querySelector('dialog')!;
      await waitFor(() => dialog.open, { message: 'dialog open' });
      expect(dialog.contains(focused(d))).to.be.true;
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open, { message: 'dialog closed' });
      await d.updateComplete;
      expect(focused(d)).to.equal(opener);
    });

    it('shows hostile profile data as text in cards and dialog', async () => {
      const hostile = makeProfile({
        id: 'evil"]',
        name: '<img src=x onerror="window.__xss=1">Naam',
        headline: '<script>window.__xss=1</script>',
        skills: ['<svg onload="window.__xss=1">'],
        links: { cv: 'javascript:window.__xss=1', portfolio: 'data:text/html,<script>window.__xss=1</script>', linkedin: null },
      });
      worker.use(http.get(`${API}/profiles`, () => HttpResponse.json(makePage([hostile]))));
      const d = await mountDirectory();
      await ready(d);
      expect(names(d)).to.deep.equal(['<img src=x onerror="window.__xss=1">Naam']);
      const opener = shadow(d).querySelector<HTMLButtonElement>('.view')!;
      opener.click();
      const dialog = shadow(d).querySelector('dialog')!;
      await waitFor(() => dialog.open && dialog.querySelector('profile-card')?.matches(':state(ready)'), { message: 'dialog' });
      const full = dialog.querySelector<ProfileCard>('profile-card')!;
      for (const root of [shadow(d), full.shadowRoot!, cards(d)[0].shadowRoot!]) {
        expect(root.querySelector('script, img, svg')).to.be.null;
        for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')!).not.to.match(/script:|^data:/i);
      }
      expect(full.shadowRoot!.querySelector('.links')).to.be.null;
      dialog.close();
      await waitFor(() => focused(d) === opener, { message: 'focus back (id needing CSS.escape)' });
      expect((window as unknown as { __xss?: unknown }).__xss).to.be.undefined;
    });
  });
});
