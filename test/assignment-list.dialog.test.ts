/**
 * The board's details dialog, its history entry, "best passend", JSON-LD, the keyboard and the
 * languages (the rest of the board is in assignment-list.test.ts; one file would outlast the
 * runner's time per file on a loaded machine).
 */
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { seedProfiles } from '../seed/seed.js';
import { createClient } from '../src/api/client.js';
import { resetSharedClients } from '../src/api/clients.js';
import { today } from '../src/i18n/format.js';
import { rank } from '../src/match/match.js';
import { type Board, cards, cardTitles, heading, lastRequest, mountBoard, ready, serveOpenAssignments, shadow, typeInto } from './assignment-list.helpers.js';
import { makeAssignment, makePage } from './fixtures.js';
import { API, waitFor } from './helpers.js';
import { backend, gets, requests, resetMock, worker } from './msw.js';

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

describe('<assignment-list> details, history, fit, JSON-LD and languages', () => {
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

    it('opens a made-up or cut-off link with results, asking only what a backend takes', async () => {
      const search = new URLSearchParams([
        ['werk-type', 'bestaat-niet'],
        ['werk-type', 'inhuur'],
        ['werk-mode', 'javascript:alert(1)'],
        ['werk-q', `${'zaak'.repeat(50)}😀lang`],
        ['werk-page', '20000'],
        ...Array.from({ length: 55 }, (_, i) => ['werk-field', `veld-${i % 52}`]),
        ['werk-region', 'west\u0000brabant'],
        ['werk-region', 'x'.repeat(101)],
        ['werk-region', 'west-brabant'],
      ]);
      history.replaceState(history.state, '', `${location.pathname}?${search}`);
      const board = await mountBoard('sync-url page-size="10" id="werk"');
      // Nothing matches fifty made-up fields: the board says so (empty), not that the link is wrong (error).
      await waitFor(() => board.matches(':state(empty)') || board.matches(':state(error)'), { message: 'the board settled' });
      expect(board.getAttribute('data-state')).to.equal('empty');
      const asked = gets('/assignments')[0].searchParams;
      expect(asked.getAll('type')).to.deep.equal(['inhuur']);
      expect(asked.getAll('mode')).to.deep.equal([]);
      expect(asked.get('q')).to.equal('zaak'.repeat(50));
      expect(asked.getAll('field')).to.have.length(50);
      expect(new Set(asked.getAll('field')).size, 'each value once').to.equal(50);
      expect(asked.getAll('region')).to.deep.equal(['west-brabant']);
      expect(Number(asked.get('page'))).to.be.within(1, 10_000);
      await expect(board).to.be.accessible();
    });

    it('opens a stale link to a page past the last on the last page, in place of it in the history, and never shows or announces page 99', async () => {
      const length = history.length;
      history.replaceState(history.state, '', `${location.pathname}?werk-page=99`);
      // The stale page's answer comes after the observer below is in place.
      worker.use(http.get(`${API}/assignments`, async ({ request }) => (new URL(request.url).searchParams.get('page') === '99' ? delay(300) : undefined)));
      const board = await mountBoard('sync-url page-size="10" id="werk"');
      // Everything the board showed and announced on the way, update by update.
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(`${shadow(board).querySelector('[role="status"][aria-live]')?.textContent} | ${heading(board)}`));
      observer.observe(shadow(board), { subtree: true, childList: true, characterData: true, attributes: true });
      // Page 99 has no cards; the last page has.
      await waitFor(() => cards(board).length > 0, { message: 'cards of the last page' });
      await ready(board);
      observer.disconnect();
      expect(seen.filter((s) => s.includes('99')), 'the stale page').to.deep.equal([]);
      const last = String(Math.ceil(Number(heading(board).match(/^\d+/)![0]) / 10));
      expect(shadow(board).querySelector('[aria-current="page"]')?.textContent?.trim()).to.equal(last);
      expect(lastRequest().searchParams.get('page')).to.equal(last);
      expect(new URL(location.href).searchParams.get('werk-page')).to.equal(last);
      expect(history.length, 'no history entry added').to.equal(length);
      await expect(board).to.be.accessible();
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
      const opened = new URL(location.href);
      expect(opened.searchParams.get('werk-id'), "the URL names what is open: a link to share").to.equal(opener.dataset.id);
      opened.searchParams.delete('werk-id');
      expect(opened.href, 'and keeps the search behind it').to.equal(url);

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

    it('opens the assignment a copied link names; Back or closing shows the search behind it, focus on the results', async () => {
      const first = await mountBoard('sync-url id="werk"');
      await ready(first);
      const opener = shadow(first).querySelectorAll<HTMLButtonElement>('[part="card-title"] button')[2];
      const title = opener.textContent!.trim();
      opener.click();
      await waitFor(() => new URL(location.href).searchParams.has('werk-id'), { message: 'id in the URL' });
      const link = location.href;
      await waitFor(() => shadow(first).querySelector('dialog')!.open);
      first.closest('div')!.remove();

      // Someone opens the copied link.
      history.replaceState(null, '', link);
      const board = await mountBoard('sync-url id="werk"');
      const dialog = await waitFor(() => shadow(board).querySelector('dialog'), { message: 'the board rendered' });
      await waitFor(() => dialog.open, { message: 'the dialog open from the link' });
      expect(dialog.querySelector('#dialog-title')!.textContent!.trim()).to.equal(title);
      expect(location.href, 'the link stays what the address bar shows').to.equal(link);
      await ready(board);
      await expect(board).to.be.accessible();

      // Back closes it and shows the board, not the page before the link.
      history.back();
      await waitFor(() => !dialog.open, { message: 'Back closes the dialog' });
      expect(new URL(location.href).searchParams.has('werk-id'), 'the id leaves the URL').to.be.false;
      expect(cards(board).length).to.be.above(0);
      // Forward opens it again; Escape closes it, and focus goes to the results heading.
      history.forward();
      await waitFor(() => dialog.open, { message: 'Forward opens it again' });
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open && !new URL(location.href).searchParams.has('werk-id'), { message: 'closed, the id gone' });
      expect(shadow(board).activeElement, 'focus on the results heading').to.equal(shadow(board).querySelector('[part="count"]'));
    });

    it("takes the open dialog's id out of the address when a script removes the board, so a board added again does not open it", async () => {
      const first = await mountBoard('sync-url id="werk"');
      await ready(first);
      shadow(first).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
      await waitFor(() => new URL(location.href).searchParams.has('werk-id') && shadow(first).querySelector('dialog')!.open, { message: 'open, its id in the URL' });
      const entries = history.length;
      first.closest('div')!.remove();
      expect(new URL(location.href).searchParams.has('werk-id'), 'the id left the address').to.equal(false);
      expect(history.length, 'no navigation').to.equal(entries);

      const again = await mountBoard('sync-url id="werk"');
      await ready(again);
      expect(shadow(again).querySelector('dialog')!.open, 'no dialog opens by itself').to.equal(false);
      // Its dialog works as any: opening names the assignment in a new entry, Escape takes it away.
      const before = history.length;
      shadow(again).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
      await waitFor(() => new URL(location.href).searchParams.has('werk-id') && shadow(again).querySelector('dialog')!.open, { message: 'open again, its id in the URL' });
      expect(history.length, 'an entry of its own').to.equal(before + 1);
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !new URL(location.href).searchParams.has('werk-id'), { message: 'closed, the id gone' });
    });

    it('shows its open dialog as a modal again when a script moves the board, with what it held', async () => {
      const board = await mountBoard('');
      await ready(board);
      const opener = shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!;
      const title = opener.textContent!.trim();
      opener.click();
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open, { message: 'open' });
      const wrapper = board.closest('div')!;
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.lang = 'nl';
      elsewhere.append(board.closest('marketplace-provider')!);
      wrapper.remove();
      expect(dialog.matches(':modal'), 'modal again').to.be.true;
      expect(dialog.querySelector('#dialog-title')!.textContent!.trim()).to.equal(title);
      await expect(board).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open, { message: 'Escape closes it' });
      elsewhere.remove();
    });

    it('keeps its id in the address when a script moves the board with its dialog open, and Back still closes it', async () => {
      const board = await mountBoard('sync-url id="werk"');
      await ready(board);
      shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open && new URL(location.href).searchParams.has('werk-id'), { message: 'open, its id in the URL' });
      const [id, entries] = [new URL(location.href).searchParams.get('werk-id'), history.length];
      const elsewhere = document.createElement('section');
      elsewhere.lang = 'nl';
      document.body.append(elsewhere);
      try {
        elsewhere.append(board.closest('marketplace-provider')!);
        expect(dialog.matches(':modal'), 'modal again').to.be.true;
        expect(new URL(location.href).searchParams.get('werk-id'), 'the address names it again').to.equal(id);
        expect(history.length, 'no navigation').to.equal(entries);
        history.back();
        await waitFor(() => !dialog.open, { message: 'Back closes it' });
        expect(new URL(location.href).searchParams.has('werk-id'), 'the search behind it').to.equal(false);
      } finally {
        elsewhere.remove();
      }
    });

    it('holds no page behind an unseen modal when a script moves the board into a hidden panel', async () => {
      const board = await mountBoard('');
      await ready(board);
      shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open, { message: 'open' });
      const panel = document.createElement('div');
      panel.hidden = true;
      panel.lang = 'nl';
      document.body.append(panel);
      try {
        panel.append(board.closest('marketplace-provider')!);
        expect(dialog.matches(':modal'), 'not modal while out of sight').to.be.false;
        expect(document.querySelector(':modal'), 'nothing on the page is').to.equal(null);
      } finally {
        panel.remove();
      }
    });

    it('opens a linked assignment again after Back and Forward that both come before the board updates', async () => {
      const linked = backend.store.assignments.find((a) => a.status === 'open' && a.visibility === 'public')!;
      history.replaceState(null, '', `${location.pathname}?werk-id=${linked.id}`);
      const board = await mountBoard('sync-url id="werk"');
      const dialog = await waitFor(() => shadow(board).querySelector('dialog'), { message: 'the board rendered' });
      await waitFor(() => dialog.open, { message: 'the dialog open from the link' });
      await ready(board);
      const [dialogEntry, dialogUrl] = [history.state, location.href];
      // Back and Forward in one go, as a browser may deliver them: no update, no event in between.
      history.replaceState(null, '', location.pathname);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
      expect(dialog.open, 'Back closed it').to.be.false;
      history.replaceState(dialogEntry, '', dialogUrl);
      window.dispatchEvent(new PopStateEvent('popstate', { state: dialogEntry }));
      await waitFor(() => dialog.open && dialog.querySelector('#dialog-title')?.textContent?.trim() === linked.title, { message: 'open again' });
      await aTimeout(100);
      expect(dialog.open, 'and stays open').to.be.true;
    });

    it('asks the backend for a linked assignment that is not on the page', async () => {
      const other = backend.store.assignments.find((a) => a.field.value !== 'water' && a.status === 'open' && a.visibility === 'public')!;
      history.replaceState(null, '', `${location.pathname}?werk-field=water&werk-id=${other.id}`);
      const board = await mountBoard('sync-url id="werk"');
      const dialog = await waitFor(() => shadow(board).querySelector('dialog'), { message: 'the board rendered' });
      await waitFor(() => dialog.open, { message: 'the dialog open from the link' });
      expect(dialog.querySelector('#dialog-title')!.textContent!.trim()).to.equal(other.title);
      expect(gets(`/assignments/${other.id}`)).to.have.length(1);
      expect(lastRequest().searchParams.getAll('field'), 'the search behind it as linked').to.deep.equal(['water']);
    });

    it("shows a linked assignment that is not on the page in the page's new language too", async () => {
      const other = backend.store.assignments.find((a) => a.field.value === 'communicatie' && a.status === 'open' && a.visibility === 'public')!;
      history.replaceState(null, '', `${location.pathname}?werk-field=water&werk-id=${other.id}`);
      const board = await mountBoard('sync-url id="werk"', { lang: 'en' });
      const dialog = await waitFor(() => shadow(board).querySelector('dialog'), { message: 'the board rendered' });
      await waitFor(() => dialog.open && dialog.textContent!.includes('Communications'), { message: 'open from the link, in English' });
      board.parentElement!.closest('[lang]')!.setAttribute('lang', 'nl');
      await waitFor(() => dialog.textContent!.includes('Communicatie') && !dialog.textContent!.includes('Communications'), { message: 'in Dutch' });
      expect(gets(`/assignments/${other.id}`), 'asked again, in the new language').to.have.length(2);
    });

    it('says so when a linked assignment is gone, offers a retry only when one can help, and keeps the board working', async () => {
      history.replaceState(null, '', `${location.pathname}?werk-id=a-bestaat-niet`);
      const board = await mountBoard('sync-url id="werk"');
      await ready(board);
      const notice = await waitFor(() => shadow(board).querySelector('[part="link-error"]'), { message: 'a notice' });
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('De opdracht uit de link kan nu niet worden getoond. Dit is niet (meer) te vinden.');
      expect(notice.querySelector('button'), 'no retry for what is not there').to.be.null;
      expect(shadow(board).querySelector('dialog')!.open).to.be.false;
      expect(cards(board).length).to.be.above(0);
      await expect(board).to.be.accessible();
      // Searching on: the notice goes, and the id with it.
      shadow(board).querySelector<HTMLInputElement>('input[name="region"]')!.click();
      await waitFor(() => shadow(board).querySelector('[part="link-error"]') === null, { message: 'notice gone' });
      expect(new URL(location.href).searchParams.has('werk-id')).to.be.false;
    });

    it('offers a retry when a linked assignment could not be loaded, and opens it then', async () => {
      const linked = backend.store.assignments.find((a) => a.status === 'open' && a.visibility === 'public')!;
      let fail = true;
      worker.use(http.get(`${API}/assignments/${linked.id}`, () => (fail ? HttpResponse.error() : undefined)));
      history.replaceState(null, '', `${location.pathname}?werk-q=nergens-te-vinden&werk-id=${linked.id}`);
      const board = await mountBoard('sync-url id="werk"');
      const notice = await waitFor(() => shadow(board).querySelector('[part="link-error"]'), { message: 'a notice' });
      expect(notice.textContent).to.contain('De opdracht uit de link kan nu niet worden getoond.');
      fail = false;
      notice.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open, { message: 'the dialog open after the retry' });
      expect(dialog.querySelector('#dialog-title')!.textContent!.trim()).to.equal(linked.title);
      expect(shadow(board).querySelector('[part="link-error"]')).to.be.null;
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

    it('puts focus on the results heading on close when the card that opened it left with a page that came meanwhile', async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const [first, second, other] = ['a-1', 'a-2', 'a-3'].map((id) => makeAssignment({ id, title: `Opdracht ${id}` }));
      worker.use(
        http.get(`${API}/assignments`, async ({ request }) => {
          if (!new URL(request.url).searchParams.has('mode')) return HttpResponse.json(makePage([first, second]));
          await held;
          return HttpResponse.json(makePage([other]));
        }),
      );
      const board = await mountBoard('filters="mode"');
      await ready(board);
      shadow(board).querySelector<HTMLInputElement>('input[name="mode"]')!.click();
      const results = shadow(board).querySelector('.results')!;
      await waitFor(() => results.getAttribute('aria-busy') === 'true', { message: 'the filter loading' });
      // The old page can still be used: the visitor opens one of its assignments.
      const opener = shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button[data-id="a-1"]')!;
      opener.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open);
      release();
      await waitFor(() => cardTitles(board).join() === 'Opdracht a-3', { message: 'the filtered page' });
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open);
      await board.updateComplete;
      expect(shadow(board).activeElement, 'focus on the results heading, not lost on the page').to.equal(shadow(board).querySelector('[part="count"]'));
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

    for (const [width, height] of [[320, 640], [1280, 800]]) {
      it(`keeps the dialog's header in view when a link of the error summary moves to its field at ${width}×${height}`, async () => {
        await setViewport({ width, height });
        try {
          const board = await mountBoard();
          await ready(board);
          shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
          const dialog = shadow(board).querySelector('dialog')!;
          const form = await waitFor(() => dialog.open && dialog.querySelector('apply-form')?.shadowRoot?.querySelector('form') && dialog.querySelector('apply-form')!, { message: 'the form in the dialog' });
          form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
          const link = await waitFor(() => form.shadowRoot!.querySelector<HTMLAnchorElement>('[part="summary"] a'), { message: 'the error summary' });
          link.click();
          await waitFor(() => deepActiveElement()?.localName === 'input', { message: 'focus on the field' });
          // Only the body scrolls: the dialog itself never does, so its title and "Sluiten" stay.
          expect(dialog.scrollTop).to.equal(0);
          expect(dialog.scrollHeight, 'nothing outside the body stretches the dialog').to.be.at.most(dialog.clientHeight + 1);
          const close = dialog.querySelector<HTMLButtonElement>('.dialog-header button')!;
          expect(obscured(close, dialog)).to.be.null;
          expect(obscured(deepActiveElement()!, dialog)).to.be.null;
          dialog.close();
        } finally {
          await setViewport({ width: 1280, height: 800 });
        }
      });
    }

    for (const zoom of ['1.25', '2']) {
      it(`fits the dialog on the screen, its close and send buttons reachable, on a page zoomed with CSS zoom ${zoom} (a CMS's text-size button)`, async () => {
        await setViewport({ width: 1280, height: 800 });
        document.documentElement.style.zoom = zoom;
        try {
          const board = await mountBoard();
          await ready(board);
          shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
          const dialog = shadow(board).querySelector('dialog')!;
          const form = await waitFor(() => dialog.open && dialog.querySelector('apply-form')?.shadowRoot?.querySelector('[part="submit"]') && dialog.querySelector('apply-form')!, {
            message: 'the form in the dialog',
          });
          const frame = dialog.getBoundingClientRect();
          expect([frame.top >= 0, frame.bottom <= innerHeight, frame.left >= 0, frame.right <= innerWidth], `the dialog at ${Math.round(frame.top)}–${Math.round(frame.bottom)} in ${innerHeight}`).to.deep.equal([
            true,
            true,
            true,
            true,
          ]);
          expect(obscured(dialog.querySelector<HTMLButtonElement>('.dialog-header button')!, dialog), 'Sluiten').to.be.null;
          const submit = form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
          submit.scrollIntoView({ block: 'nearest' });
          expect(obscured(submit, dialog), 'the send button, scrolled to').to.be.null;
          dialog.close();
        } finally {
          document.documentElement.style.zoom = '';
        }
      });
    }

    it('breaks a dialog title at 320 px between words, never inside one, and a long e-mail address anywhere', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const title = 'Vakspecialist informatievoorziening en gegevensbeheer';
        // And an address with nowhere to break, as the demo's water board has one.
        const contact = { name: 'R. Verbunt', email: 'r.verbunt-van-den-heuvel@waterschapbrabantsedelta.example.nl', phone: null };
        worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment({ title, contact })]))));
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
        const body = dialog.querySelector<HTMLElement>('.dialog-body')!;
        expect(body.textContent).to.contain('r.verbunt-van-den-heuvel@waterschapbrabantsedelta.example.nl');
        expect(body.scrollWidth, 'the body does not scroll sideways').to.be.at.most(body.clientWidth);
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
      const opener = shadow(board).querySelectorAll<HTMLButtonElement>('[part="card-title"] button')[1];
      opener.click();
      const fired = await event;
      expect(fired.cancelable).to.be.true;
      expect(fired.detail.assignment.id, 'the card clicked').to.equal(opener.dataset.id);
      expect(fired.detail.assignment.title).to.equal(opener.textContent!.trim());
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

    it('orders by fit from the start with sort="fit" (as the API), and by closing date without a profile or with an unknown order', async () => {
      const profileId = seedProfiles.find((p) => p.visibility === 'public')!.id;
      const withProfile = await mountBoard(`sort="fit" profile-id="${profileId}"`);
      await ready(withProfile);
      expect(lastRequest().searchParams.get('sort')).to.equal('fit');
      expect(lastRequest().searchParams.get('profile')).to.equal(profileId);
      expect(shadow(withProfile).querySelector<HTMLSelectElement>('select[name="sort"]')!.value).to.equal('fit');
      withProfile.closest('div')!.remove();

      // A host's mistake is no broken board: the default order, no request the backend must refuse.
      for (const attributes of ['sort="fit"', 'sort="nieuwste"']) {
        const before = gets('/assignments').length;
        const board = await mountBoard(attributes);
        await ready(board);
        // (The second may be answered from the client's cache: the same request as the first.)
        const sent = gets('/assignments').slice(before);
        expect(sent.filter((u) => u.searchParams.get('sort') !== 'closingDate' || u.searchParams.has('profile')), attributes).to.deep.equal([]);
        expect(board.request.sort, attributes).to.equal('closingDate');
        expect(shadow(board).querySelector<HTMLSelectElement>('select[name="sort"]')!.value, attributes).to.equal('closingDate');
        expect(cards(board).length, attributes).to.be.greaterThan(0);
        board.closest('div')!.remove();
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
      expect(badges.map((b) => (b as HTMLElement & { uiLang: string }).uiLang), "the board's language").to.deep.equal(Array(10).fill('nl'));
      expect(badges[0].shadowRoot!.textContent, 'in Dutch').to.match(/(sterke|goede|gedeeltelijke|zwakke) match/);
      expect(requests.filter((r) => new URL(r.url).pathname.includes('/profiles/')).length).to.equal(1);
    });

    it("fills the dialog's application form from the board's profile, so what the board knows is not asked again (WCAG 3.3.7)", async () => {
      const profile = seedProfiles.find((p) => p.visibility === 'public' && p.contact?.email)!;
      const board = await mountBoard(`profile-id="${profile.id}"`);
      await ready(board);
      shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
      const form = await waitFor(() => shadow(board).querySelector('dialog[open] apply-form'), { message: 'form in the dialog' });
      expect(form.getAttribute('profile-id')).to.equal(profile.id);
      const name = await waitFor(() => form.shadowRoot?.querySelector<HTMLInputElement>('[name="name"]')?.value || null, { message: 'prefilled' });
      expect(name).to.equal(profile.name);
      expect(form.shadowRoot!.querySelector<HTMLInputElement>('[name="email"]')!.value).to.equal(profile.contact!.email);
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
      serveOpenAssignments(10);
      const board = await mountBoard('structured-data page-size="5"');
      await ready(board);
      const script = await waitFor(() => document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"][data-flexschil]'));
      const data = JSON.parse(script.textContent!);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@graph'].length).to.equal(5);
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
      await waitFor(() => scripts() === 1, { message: 'JSON-LD switched on again' });

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
      worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([makeAssignment({ description, closingDate: '2099-01-01' })]))));
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
    it("shows the open dialog's assignment in the page's new language, its labels from the backend included", async () => {
      const board = await mountBoard('field="communicatie" page-size="3"', { lang: 'en' });
      await ready(board);
      shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open && dialog.textContent!.includes('Communications'), { message: 'the English label in the dialog' });
      board.parentElement!.closest('[lang]')!.setAttribute('lang', 'nl');
      await waitFor(() => dialog.textContent!.includes('Communicatie') && !dialog.textContent!.includes('Communications'), {
        message: 'the Dutch label in the dialog',
      });
      expect(dialog.open, 'still open').to.equal(true);
      await expect(board).to.be.accessible();
    });

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

    /** The language a node is read in: the nearest `lang` inside the board, else the page's. */
    const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? 'en (inherited)';
    /** The element under `root` whose own text is `text`. */
    const textIn = (root: Element, text: string) => [...root.querySelectorAll('*')].find((e) => e.childElementCount === 0 && e.textContent!.trim() === text)!;
    /** Opens the first card's dialog and checks that its title and description are marked Dutch. */
    const openFirstWithDutchTitleAndDescription = async (board: Board) => {
      shadow(board).querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
      const dialog = shadow(board).querySelector('dialog')!;
      await waitFor(() => dialog.open);
      expect(langOf(dialog.querySelector('h2')!)).to.equal('nl');
      // The description is sanitised asynchronously (the sanitiser loads with the first one).
      await waitFor(() => dialog.querySelector('.description p'));
      expect(langOf(dialog.querySelector('.description p')!)).to.equal('nl');
      return dialog;
    };

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
      const card = cards(board)[0];
      for (const dutch of ['Projectleider informatievoorziening', 'Gemeente Steenbergen', 'Plain text, at most about 300 characters.', 'Informatievoorziening', 'Inhuur', 'Steenbergen']) {
        expect(langOf(textIn(card, dutch)), dutch).to.equal('nl');
      }
      for (const english of ['Place', 'Hours', 'Rate', 'Deadline']) expect(langOf(textIn(card, english)), english).to.equal('en (inherited)');
      const option = (name: string, value: string) => shadow(board).querySelector(`input[name="${name}"][value="${value}"]`)!.closest('label')!;
      expect(langOf(option('field', 'informatievoorziening').querySelector('span span')!), 'a facet label').to.equal('nl');
      expect(langOf(option('mode', 'remote').querySelector('span span')!), 'our own code label').to.equal('en (inherited)');
      await expect(board).to.be.accessible();

      const dialog = await openFirstWithDutchTitleAndDescription(board);
      expect(langOf([...dialog.querySelectorAll('.skills span')].find((e) => e.textContent === 'Projectmanagement')!)).to.equal('nl');
      expect(langOf([...dialog.querySelectorAll('h3')].find((h) => h.textContent === 'About the assignment')!)).to.equal('en (inherited)');
      await expect(board).to.be.accessible();
      dialog.close();
    });

    it("marks an assignment's own words with its language where the backend translated only its labels (the `language` extension)", async () => {
      const assignment = makeAssignment({
        field: { value: 'informatievoorziening', label: 'Information management' },
        location: { place: 'Steenbergen', region: { value: 'west-brabant', label: 'West Brabant' }, mode: 'hybrid' },
        language: 'nl',
      });
      worker.use(http.get(`${API}/assignments`, () => HttpResponse.json(makePage([assignment]), { headers: { 'Content-Language': 'en' } })));
      const board = await mountBoard('', { lang: 'en' });
      await ready(board);
      const card = cards(board)[0];
      for (const dutch of ['Projectleider informatievoorziening', 'Gemeente Steenbergen', 'Plain text, at most about 300 characters.', 'Steenbergen']) {
        expect(langOf(textIn(card, dutch)), dutch).to.equal('nl');
      }
      expect(langOf(textIn(card, 'Information management')), 'a label in English').to.equal('en (inherited)');
      await expect(board).to.be.accessible();

      const dialog = await openFirstWithDutchTitleAndDescription(board);
      expect(langOf(textIn(dialog, 'Steenbergen')), 'the place').to.equal('nl');
      expect(langOf(textIn(dialog, 'West Brabant')), 'the region, a label').to.equal('en (inherited)');
      expect(langOf(textIn(dialog, 'Pim Kroes')), 'the contact').to.equal('nl');
      expect(langOf([...dialog.querySelectorAll('.skills span')].find((e) => e.textContent === 'Projectmanagement')!)).to.equal('nl');
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
      expect(shadow(board).querySelector('#results-heading')!.textContent!.trim()).to.equal('No assignments found');
      expect(shadow(board).querySelector('[part="empty"]')!.textContent).to.include('Try another search term or fewer filters.');
      await expect(board).to.be.accessible();

      backend.setFault({ kind: 'error500', times: 1 });
      await typeInto(input, 'x');
      await sendKeys({ press: 'Enter' });
      await ready(board, 'error');
      expect(shadow(board).querySelector('[part="error"]')!.textContent).to.include('Try again');
      await expect(board).to.be.accessible();
    });
  });

});
