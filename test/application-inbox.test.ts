import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { mockToken } from '../mock/backend.js';
import { applicationStatuses } from '../src/api/schemas.js';
import type { ApplicationInbox } from '../src/elements/application-inbox/application-inbox.js';
import '../src/elements/application-inbox/define.js';
import '../src/elements/marketplace-provider/define.js';
import { API, retypeInto, textSpacing, waitFor } from './helpers.js';
import { backend, gets, requests, resetMock, worker } from './msw.js';

type Inbox = ApplicationInbox;

const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
/** Gemeente Steenbergen's open public assignment in the seed (KvK number, CV and conditions required). */
const ASSIGNMENT = 'a-2026-0101';
const TITLE = 'Projectleider informatievoorziening';
/** The seed's assignments of Gemeente Steenbergen, public and internal. */
const STEENBERGEN_ASSIGNMENTS = 6;
const PDF = '%PDF-1.4\n% cv\n';

/** Applies as a visitor would, through the shared backend's own `POST /assignments/{id}/applications`; returns the id. */
async function apply(
  name: string,
  {
    cv = 'cv.pdf',
    motivation = 'Ik wil graag meewerken aan deze opdracht omdat ik er veel ervaring mee heb.',
    assignment = ASSIGNMENT,
    kvkNumber = '12345678',
    acceptConditions = true,
    managerConsent = false,
    token = null as string | null,
    language = null as string | null,
    // Each person an address of their own ('Anne-Marie Backx': a.backx@example.nl).
    email = `${name[0]}.${name.split(/[\s-]+/).at(-1)}@example.nl`.toLowerCase(),
  } = {},
) {
  const body = new FormData();
  const fields = { name, email, phone: '06 12345678', kvkNumber, motivation, availableFrom: '2027-01-01', hoursPerWeek: '16', rate: '85' };
  for (const [key, value] of Object.entries(fields)) if (value) body.append(key, value);
  body.append('cv', new File([PDF], cv, { type: 'application/pdf' }));
  body.append('consent', 'true');
  if (acceptConditions) body.append('acceptConditions', 'true');
  if (managerConsent) body.append('managerConsent', 'true');
  if (language) body.append('language', language);
  const headers: Record<string, string> = { 'Idempotency-Key': crypto.randomUUID(), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  const request = new Request(`${API}/assignments/${assignment}/applications`, { method: 'POST', headers, body });
  const response = await backend.handle(request, { base: API });
  expect(response.status, await response.clone().text()).to.equal(201);
  return ((await response.json()) as { id: string }).id;
}

/** A status change by someone else (another poster of the organisation), straight to the backend. */
async function changeElsewhere(id: string, status: string, version: number) {
  const response = await backend.handle(
    new Request(`${API}/applications/${id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${mockToken({ sub: 'poster-2', org: 'gem-steenbergen', roles: ['poster'] })}`, 'If-Match': `"v${version}"`, 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ status }),
    }),
    { base: API },
  );
  expect(response.status).to.equal(200);
}

const problem = (status: number, title: string) =>
  HttpResponse.json({ title, status }, { status, headers: { 'Content-Type': 'application/problem+json' } });

async function mount(attributes = '', { lang = 'nl', token = POSTER as string | null } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <marketplace-provider endpoint=${API} .getToken=${token ? async () => token : null}>
      ${unsafeHTML(`<application-inbox ${attributes}></application-inbox>`)}
    </marketplace-provider>
  </div>`);
  return wrapper.querySelector<Inbox>('application-inbox')!;
}

const shadow = (el: Inbox) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: Inbox, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Inbox, name: string) => [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const focused = (el: Inbox) => shadow(el).activeElement as HTMLElement | null;
/** What a screen reader hears said: with a modal dialog open, only what is said inside it. */
const live = (el: Inbox) => text((shadow(el).querySelector('dialog[open]') ?? shadow(el)).querySelector('[role="status"][aria-live="polite"]'));
/** What each of the two live regions says now: the page's, the dialog's. */
const regions = (el: Inbox) => [[...shadow(el).children].find((c) => c.matches('[role="status"]')), dialog(el).querySelector('[role="status"][aria-live="polite"]')].map(text);
const dialog = (el: Inbox) => shadow(el).querySelector('dialog')!;
const select = (el: Inbox) => shadow(el).querySelector<HTMLSelectElement>('select[name="status"]')!;
const rows = (el: Inbox) => parts(el, 'row').map((r) => [...r.children].map((c) => text(c)));
const rowStatus = (el: Inbox, id: string) => text(shadow(el).querySelector(`[data-id="${id}"]`)?.closest('tr')?.querySelector('[part~="status"]'));
const card = (el: Inbox, id: string) => shadow(el).querySelector(`[data-assignment="${id}"]`)!.closest('[part~="assignment"]');
const button = (el: Inbox, label: string) => [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label) ?? null;
const paths = () => requests.map((r) => `${r.method} ${new URL(r.url).pathname.replace('/v1', '')}`);

/** Compares by identity without putting DOM nodes into the failure message (they are too big to report). */
function expectFocus(el: Inbox, expected: Element | null) {
  const actual = focused(el);
  const describe = (node: Element | null) => (node ? `<${node.localName}${node.id ? `#${node.id}` : ''}> "${text(node).slice(0, 40)}"` : 'nothing');
  expect(actual === expected, `focus on ${describe(actual)}, expected ${describe(expected)}`).to.equal(true);
}

async function state(el: Inbox, name: string) {
  await waitFor(() => el.matches(`:state(${name})`), { message: `state ${name}` });
  await el.updateComplete;
}

async function openAssignment(el: Inbox, id = ASSIGNMENT) {
  await state(el, 'ready');
  shadow(el).querySelector<HTMLButtonElement>(`[data-assignment="${id}"]`)!.click();
  await waitFor(() => !el.matches(':state(loading)') && part(el, 'heading')?.id === 'view-heading', { message: 'the assignment' });
  await el.updateComplete;
}

async function openDetail(el: Inbox, id: string) {
  shadow(el).querySelector<HTMLButtonElement>(`[data-id="${id}"]`)!.click();
  await waitFor(() => dialog(el).open && dialog(el).querySelector('#detail-title'), { message: 'dialog' });
  await el.updateComplete;
}

async function choose(el: Inbox, status: string) {
  select(el).focus();
  select(el).value = status;
  select(el).dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function save(el: Inbox) {
  button(el, 'Status opslaan')!.focus();
  await sendKeys({ press: 'Enter' });
}

/**
 * Holds every `method` request for one application until `release()` is called; then it goes on
 * to the mock backend, or gets `answer` instead.
 */
function holdApplicationRequests(method: 'get' | 'patch', answer: () => Response | undefined = () => undefined): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  worker.use(
    http[method](`${API}/applications/:id`, async () => {
      await held;
      return answer();
    }),
  );
  return () => release();
}

/** Holds every status change until `release()` is called (see holdApplicationRequests). */
const holdStatusChanges = (answer?: () => Response | undefined) => holdApplicationRequests('patch', answer);

/** Opens an application, chooses a status, saves it and closes the dialog at once (Escape), as a hurried poster does. */
async function saveAndClose(el: Inbox, id: string, status: string) {
  await openDetail(el, id);
  await choose(el, status);
  await save(el);
  await sendKeys({ press: 'Escape' });
  await waitFor(() => !dialog(el).open, { message: 'closed while saving' });
}

/** On how many lines a word inside `element` stands, as laid out. */
function linesOf(element: Element, word: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.textContent!.indexOf(word);
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + word.length);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  }
  throw new Error(`"${word}" is not in ${element.localName}`);
}

/** Downloads the page is asked to save: the `<a download>` click is caught before the browser acts. */
function catchDownloads() {
  const caught: { name: string; href: string }[] = [];
  const listener = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
      event.preventDefault();
      caught.push({ name: target.download, href: target.href });
    }
  };
  document.addEventListener('click', listener, true);
  return { caught, stop: () => document.removeEventListener('click', listener, true) };
}

function errorsFired() {
  const statuses: number[] = [];
  const listener = (event: Event) => statuses.push((event as CustomEvent).detail.status);
  document.addEventListener('flexschil-error', listener);
  return { statuses, stop: () => document.removeEventListener('flexschil-error', listener) };
}

describe('<application-inbox>', () => {
  let anne: string;
  let bram: string;

  beforeEach(async () => {
    await resetMock();
    anne = await apply('Anne-Marie Backx', { cv: 'cv Ærø.pdf', motivation: 'Ik heb ervaring met informatievoorziening bij drie gemeenten.\nEn ik wil graag bijdragen.' });
    bram = await apply('Bram de Vries');
    await changeElsewhere(bram, 'in-behandeling', 1);
    requests.length = 0;
  });
  afterEach(async () => {
    worker.resetHandlers();
    await setViewport({ width: 800, height: 600 });
  });

  describe('who may see it', () => {
    it('asks to sign in, and asks the backend nothing more, without credentials', async () => {
      const errors = errorsFired();
      try {
        const el = await mount('', { token: null });
        await state(el, 'empty');
        expect(text(part(el, 'sign-in'))).to.contain('Log in om reacties te lezen');
        expect(errors.statuses).to.deep.equal([401]);
        expect(paths()).to.deep.equal(['GET /me']);
        expect(part(el, 'list')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        errors.stop();
      }
    });

    it('asks to sign in again when the token is not accepted (expired)', async () => {
      const el = await mount('', { token: 'verlopen-token' });
      await state(el, 'empty');
      expect(text(part(el, 'sign-in'))).to.contain('Log in om reacties te lezen');
    });

    it('says an employee without the poster role may not read applications, and asks nothing else', async () => {
      const el = await mount('', { lang: 'en', token: mockToken({ sub: 'employee-1', org: 'gem-steenbergen' }) });
      await state(el, 'empty');
      expect(text(part(el, 'sign-in'))).to.contain('You cannot read applications here');
      expect(paths()).to.deep.equal(['GET /me']);
      await expect(el).to.be.accessible();
    });

    it("shows another organisation's poster no access to this organisation's applications", async () => {
      const el = await mount(`assignment-id="${ASSIGNMENT}"`, { token: mockToken({ sub: 'poster-3', org: 'prov-noord-brabant', roles: ['poster'] }) });
      // Refused, not broken: `empty`, as the editors say another organisation's item.
      await state(el, 'empty');
      // A refusal, not a fault: said plainly, with no retry that could never help.
      await waitFor(() => part(el, 'no-access'), { message: 'the no-access message' });
      expect(text(part(el, 'no-access'))).to.contain('Je kunt de reacties op deze opdracht niet lezen');
      expect(part(el, 'no-access')!.querySelector('button')).to.equal(null);
      expect(part(el, 'error')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('Anne-Marie');
      await expect(el).to.be.accessible();
    });
  });

  describe('the overview', () => {
    it("lists the organisation's assignments with their new applications, accessibly while loading and ready", async () => {
      backend.setFault({ kind: 'slow', delay: 300, times: 1, paths: /^\/me\/assignments$/ });
      const el = await mount();
      await state(el, 'loading');
      await expect(el).to.be.accessible();
      await state(el, 'ready');
      expect(text(part(el, 'heading'))).to.equal('Opdrachten van Gemeente Steenbergen');
      expect(parts(el, 'assignment')).to.have.length(STEENBERGEN_ASSIGNMENTS);
      expect(text(card(el, ASSIGNMENT))).to.contain(TITLE).and.contain('2 reacties').and.contain('1 nieuw');
      expect(text(card(el, 'a-2026-0106'))).to.contain('Nog geen reacties').and.contain('gesloten');
      expect(live(el)).to.equal(`${STEENBERGEN_ASSIGNMENTS} opdrachten`);
      // The name of each button says which assignment it opens (WCAG 2.4.6), starting with its visible words (2.5.3).
      expect(text(card(el, ASSIGNMENT)!.querySelector('button'))).to.equal(`Bekijk reacties voor ${TITLE}`);
      await expect(el).to.be.accessible();
    });

    it('speaks English when the page does', async () => {
      const el = await mount('', { lang: 'en' });
      await state(el, 'ready');
      expect(text(part(el, 'heading'))).to.equal('Assignments of Gemeente Steenbergen');
      expect(text(card(el, ASSIGNMENT))).to.contain('2 applications').and.contain('1 new');
      expect(text(card(el, ASSIGNMENT)!.querySelector('button'))).to.equal(`View applications for ${TITLE}`);
      await expect(el).to.be.accessible();
    });

    it('marks Dutch assignment titles as Dutch in an English inbox (WCAG 3.1.2)', async () => {
      worker.use(
        http.get(`${API}/me/assignments`, async ({ request }) => {
          const answer = await backend.handle(request.clone(), { base: API });
          return new HttpResponse(await answer.text(), { status: answer.status, headers: { 'Content-Type': 'application/json', 'Content-Language': 'nl' } });
        }),
      );
      const el = await mount('', { lang: 'en' });
      await state(el, 'ready');
      expect(card(el, ASSIGNMENT)!.querySelector('.card-title')!.getAttribute('lang')).to.equal('nl');
      expect(card(el, ASSIGNMENT)!.querySelector(`button span[lang="nl"]`)!.textContent).to.equal(TITLE);
      part(el, 'assignment')!.querySelector('button')!.click();
      await waitFor(() => part(el, 'heading')?.id === 'view-heading', { message: 'the assignment' });
      expect(part(el, 'heading')!.getAttribute('lang')).to.equal('nl');
    });

    it('pages through many assignments and puts focus on the heading', async () => {
      const el = await mount('page-size="4"');
      await state(el, 'ready');
      expect(parts(el, 'assignment')).to.have.length(4);
      expect(live(el)).to.equal(`${STEENBERGEN_ASSIGNMENTS} opdrachten, pagina 1 van 2`);
      button(el, 'Volgende')!.click();
      await waitFor(() => parts(el, 'assignment').length === STEENBERGEN_ASSIGNMENTS - 4, { message: 'page 2' });
      await waitFor(() => focused(el)?.id === 'overview-heading', { message: 'focus on the heading' });
      expect(paths().filter((p) => p.startsWith('GET /me/assignments'))).to.have.length(2);
    });
  });

  describe('ordering the overview', () => {
    /** Gemeente Steenbergen's assignments as the overview shows them, by id. */
    const shownIds = (el: Inbox) => parts(el, 'assignment').map((p) => p.querySelector<HTMLElement>('[data-assignment]')!.dataset.assignment);
    const sortSelect = (el: Inbox) => shadow(el).querySelector<HTMLSelectElement>('select[name="sort"]');
    /** Published before all but one of them: newest first it is on the second page of four. */
    const OLDER = 'a-2026-0102';

    it('lists the most new applications first when the poster chooses so by keyboard, from page 1, keeping focus on the select', async () => {
      await apply('Cor Jansen', { assignment: OLDER });
      await apply('Dina Smit', { assignment: OLDER });
      const el = await mount('page-size="4"');
      await state(el, 'ready');
      expect(shownIds(el)).to.deep.equal([ASSIGNMENT, 'a-2026-0105', 'a-2026-0104', 'a-2026-0103']);
      button(el, 'Volgende')!.click();
      await waitFor(() => parts(el, 'assignment').length === 2, { message: 'page 2' });
      expect(shownIds(el)).to.deep.equal([OLDER, 'a-2026-0106']);

      const select = sortSelect(el)!;
      expect(text(select.closest('label'))).to.match(/^Sorteer op/);
      expect([...select.options].map((o) => o.text)).to.deep.equal(['Nieuwste eerst', 'Meeste nieuwe reacties', 'Sluit het eerst']);
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitFor(() => shownIds(el)[0] === OLDER && !el.matches(':state(loading)'), { message: 'the new order' });
      await el.updateComplete;

      const asked = gets('/me/assignments').at(-1)!;
      expect(asked.searchParams.get('sort')).to.equal('-new');
      expect(asked.searchParams.get('page') ?? '1', 'page 1 of the new order').to.equal('1');
      // Two new, one new (Bram's is read), then newest published first.
      expect(shownIds(el)).to.deep.equal([OLDER, ASSIGNMENT, 'a-2026-0105', 'a-2026-0104']);
      expect(text(card(el, OLDER))).to.contain('2 nieuw');
      expectFocus(el, sortSelect(el));
      expect(sortSelect(el)!.value).to.equal('-new');
      // Said even though the count did not change (WCAG 4.1.3).
      expect(live(el)).to.equal(`${STEENBERGEN_ASSIGNMENTS} opdrachten, pagina 1 van 2, meeste nieuwe reacties eerst`);
      await expect(el).to.be.accessible();

      // The order stays while the poster reads an assignment and comes back.
      await openAssignment(el, OLDER);
      part(el, 'back')!.click();
      await waitFor(() => shownIds(el).length === 4 && !el.matches(':state(loading)'), { message: 'back in the overview' });
      expect(gets('/me/assignments').at(-1)!.searchParams.get('sort')).to.equal('-new');
      expect(shownIds(el)[0]).to.equal(OLDER);
      expect(sortSelect(el)!.value).to.equal('-new');
    });

    it('lists what closes soonest first, and speaks English when the page does', async () => {
      const el = await mount('', { lang: 'en' });
      await state(el, 'ready');
      const select = sortSelect(el)!;
      expect(text(select.closest('label'))).to.match(/^Sort by/);
      expect([...select.options].map((o) => o.text)).to.deep.equal(['Newest first', 'Most new applications', 'Closing soonest']);
      select.focus();
      await sendKeys({ press: 'End' });
      await waitFor(() => gets('/me/assignments').at(-1)?.searchParams.get('sort') === 'closingDate' && !el.matches(':state(loading)'), { message: 'closing soonest' });
      await el.updateComplete;
      // The open ones by their closing date; the closed a-2026-0106 (closed earliest of all) after them, not first.
      expect(shownIds(el)).to.deep.equal(['a-2026-0104', 'a-2026-0103', OLDER, ASSIGNMENT, 'a-2026-0105', 'a-2026-0106']);
      expect(live(el)).to.equal(`${STEENBERGEN_ASSIGNMENTS} assignments, closing soonest first`);
    });

    it('offers no order against a backend that refuses sort (400), and shows its own order without an error', async () => {
      worker.use(
        http.get(`${API}/me/assignments`, ({ request }) =>
          new URL(request.url).searchParams.has('sort')
            ? HttpResponse.json(
                { title: 'Ongeldige invoer', status: 400, invalidParams: [{ name: 'sort', code: 'unknown', reason: 'Onbekende parameter.' }] },
                { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
              )
            : undefined,
        ),
      );
      const el = await mount('page-size="4"');
      await state(el, 'ready');
      sortSelect(el)!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitFor(() => !sortSelect(el) && !el.matches(':state(loading)'), { message: 'the select gone' });
      await el.updateComplete;
      expect(gets('/me/assignments').map((u) => u.searchParams.get('sort'))).to.deep.equal([null, '-new', null]);
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(part(el, 'error')).to.equal(null);
      expect(shownIds(el)[0]).to.equal(ASSIGNMENT);
      // The select went away under focus: the heading has it now, not the page's body.
      expectFocus(el, shadow(el).querySelector('#overview-heading'));
      // Said, since the count alone is what the region said before: the choice went without a word.
      expect(live(el)).to.equal(`${STEENBERGEN_ASSIGNMENTS} opdrachten, pagina 1 van 2, sorteren kan hier niet`);
      await expect(el).to.be.accessible();
      // The refused order is not asked again: one request a page.
      button(el, 'Volgende')!.click();
      await waitFor(() => parts(el, 'assignment').length === 2, { message: 'page 2' });
      await waitFor(() => live(el) === `${STEENBERGEN_ASSIGNMENTS} opdrachten, pagina 2 van 2`, { message: 'page 2 said without the refusal' });
      expect(gets('/me/assignments').map((u) => u.searchParams.get('sort'))).to.deep.equal([null, '-new', null, null]);
    });
  });

  describe('against a backend of the contract alone (no GET /me/assignments)', () => {
    beforeEach(() => worker.use(http.get(`${API}/me/assignments`, () => problem(404, 'Niet gevonden'))));

    it("builds the overview from the contract's own requests: the same assignments, counts and order", async () => {
      const el = await mount();
      await state(el, 'ready');
      expect(parts(el, 'assignment')).to.have.length(STEENBERGEN_ASSIGNMENTS);
      expect(text(card(el, ASSIGNMENT))).to.contain(TITLE).and.contain('2 reacties').and.contain('1 nieuw');
      expect(text(card(el, 'a-2026-0106'))).to.contain('Nog geen reacties').and.contain('gesloten');
      expect(live(el)).to.equal(`${STEENBERGEN_ASSIGNMENTS} opdrachten`);
      // Ordering by new applications would take every assignment's counts first: no order is offered.
      expect(part(el, 'sort')).to.equal(null);
      const shown = (inbox: Inbox) => parts(inbox, 'assignment').map((p) => text(p));
      const fromContract = shown(el);
      expect(paths().filter((p) => p === 'GET /assignments')).to.have.length(1);
      // One page of each assignment's applications tells both counts.
      expect(paths().filter((p) => p.endsWith('/applications'))).to.have.length(STEENBERGEN_ASSIGNMENTS);
      await expect(el).to.be.accessible();

      // The same assignments, order and counts as the extension gives.
      worker.resetHandlers();
      const withExtension = await mount();
      await state(withExtension, 'ready');
      expect(paths().filter((p) => p === 'GET /me/assignments'), 'the extension asked by the second inbox').to.have.length(2);
      expect(paths().filter((p) => p === 'GET /assignments'), 'and no fallback').to.have.length(1);
      expect(shown(withExtension)).to.deep.equal(fromContract);
    });

    it('pages through them, and opens an assignment as before', async () => {
      const el = await mount('page-size="4"');
      await state(el, 'ready');
      expect(live(el)).to.equal(`${STEENBERGEN_ASSIGNMENTS} opdrachten, pagina 1 van 2`);
      button(el, 'Volgende')!.click();
      await waitFor(() => parts(el, 'assignment').length === STEENBERGEN_ASSIGNMENTS - 4, { message: 'page 2' });
      expect(paths().filter((p) => p === 'GET /me/assignments'), 'the missing route asked once').to.have.length(1);
      button(el, 'Vorige')!.click();
      await waitFor(() => parts(el, 'assignment').length === 4, { message: 'page 1' });
      part(el, 'assignment')!.querySelector('button')!.click();
      await waitFor(() => part(el, 'heading')?.id === 'view-heading', { message: 'the assignment' });
    });
  });

  describe("one assignment's applications", () => {
    it("opens an assignment's applications in a table, with focus on its heading, and goes back to the same button", async () => {
      const el = await mount();
      await openAssignment(el);
      expectFocus(el, part(el, 'heading'));
      expect(text(part(el, 'heading'))).to.equal(TITLE);
      expect(text(shadow(el).querySelector('caption'))).to.equal(`Reacties op ${TITLE}: 2 reacties`);
      // The day and the time: on a busy day every row has the same date.
      expect(rows(el).sort().map(([name, date, status]) => [name, date.replace(/\d\d\.\d\d$/, 'hh.mm'), status])).to.deep.equal([
        ['Anne-Marie Backx', '22 nov 2026 hh.mm', 'Ontvangen'],
        ['Bram de Vries', '22 nov 2026 hh.mm', 'In behandeling'],
      ]);
      expect(live(el)).to.equal('2 reacties');
      await expect(el).to.be.accessible();
      part(el, 'back')!.click();
      await state(el, 'ready');
      await waitFor(() => focused(el)?.dataset.assignment === ASSIGNMENT, { message: 'focus back on the assignment' });
      expect(part(el, 'table')).to.equal(null);
    });

    it('finds one person by part of a name or address, and the applications of a status; none found offers all again', async () => {
      await apply('Carla Zoetemelk', { email: 'c.zoetemelk@example.nl' });
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      const find = part(el, 'find')!;
      expect(find.getAttribute('role')).to.equal('search');
      const field = find.querySelector<HTMLInputElement>('input[name="q"]')!;
      field.focus();
      await sendKeys({ type: 'ZOETE' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => rows(el).length === 1, { message: 'one found' });
      expect(rows(el)[0][0]).to.equal('Carla Zoetemelk');
      expect(new URL(requests.filter((r) => r.url.includes('/applications')).at(-1)!.url).searchParams.get('q')).to.equal('ZOETE');
      await waitFor(() => live(el) === '1 reactie', { message: 'the count said' });
      await expect(el).to.be.accessible();
      // Typed on, not sent yet: a page that arrives meanwhile keeps it.
      await sendKeys({ type: 'MELK' });
      el.requestUpdate();
      await el.updateComplete;
      expect(field.value).to.equal('ZOETEMELK');

      // A status, and a part that no one has: nothing found, with the way back to all.
      await retypeInto(field, 'backx');
      const status = find.querySelector<HTMLSelectElement>('select[name="find-status"]')!;
      status.value = 'uitgenodigd';
      button(el, 'Zoeken')!.click();
      await waitFor(() => part(el, 'empty'), { message: 'none found' });
      const asked = new URL(requests.filter((r) => r.url.includes('/applications')).at(-1)!.url).searchParams;
      expect([asked.get('q'), asked.get('status'), asked.get('page')]).to.deep.equal(['backx', 'uitgenodigd', '1']);
      expect(text(part(el, 'empty'))).to.contain('Geen reacties gevonden');
      await expect(el).to.be.accessible();
      button(el, 'Toon alle reacties')!.click();
      await waitFor(() => rows(el).length === 3, { message: 'all again' });
      expect([field.value, status.value]).to.deep.equal(['', '']);
    });

    it('pins one assignment with assignment-id: no overview, no way back, no focus taken on load', async () => {
      const el = await mount(`assignment-id="${ASSIGNMENT}"`, { lang: 'en' });
      await state(el, 'ready');
      expect(text(part(el, 'heading'))).to.equal(TITLE);
      expect(rows(el).map((r) => r[2]).sort()).to.deep.equal(['Received', 'Under review']);
      expect(part(el, 'back')).to.equal(null);
      expect(paths()).not.to.include('GET /me/assignments');
      expectFocus(el, null);
      await expect(el).to.be.accessible();
    });

    it('says so when an assignment has no applications yet', async () => {
      const el = await mount('assignment-id="a-2026-0105"');
      await state(el, 'empty');
      expect(text(part(el, 'empty'))).to.contain('Nog geen reacties');
      expect(part(el, 'export')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows a failed load with a retry that brings the table and focus back', async () => {
      backend.setFault({ kind: 'error500', times: 1, paths: /\/applications$/ });
      const errors = errorsFired();
      try {
        const el = await mount(`assignment-id="${ASSIGNMENT}"`);
        await state(el, 'error');
        expect(text(part(el, 'error'))).to.contain('Probeer opnieuw');
        expect(errors.statuses).to.include(500);
        await expect(el).to.be.accessible();
        part(el, 'error')!.querySelector('button')!.click();
        await state(el, 'ready');
        await waitFor(() => focused(el) === part(el, 'heading'), { message: 'focus on the heading' });
      } finally {
        errors.stop();
      }
    });
  });

  describe('one application', () => {
    it('opens in a dialog with its facts, motivation and CV, and closing returns focus to its row', async () => {
      const el = await mount();
      await openAssignment(el);
      await openDetail(el, anne);
      const d = dialog(el);
      expectFocus(el, d.querySelector('#detail-title'));
      expect(text(d.querySelector('#detail-title'))).to.equal('Reactie van Anne-Marie Backx');
      const facts = text(d.querySelector('.facts'));
      const reference = [...d.querySelectorAll('.facts dt')].find((dt) => dt.textContent === 'Ontvangstnummer');
      expect(reference?.nextElementSibling?.textContent, 'the number the applicant was told to quote').to.equal(anne);
      expect(facts).to.contain('a.backx@example.nl').and.contain('06 12345678').and.contain('12345678').and.contain('1 januari 2027').and.contain('16 uur per week');
      expect(d.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:a.backx@example.nl');
      // Line breaks as the applicant typed them (a form sends them as CRLF).
      expect(d.querySelector('.motivation')!.textContent).to.match(/drie gemeenten\.\r?\nEn ik/);
      expect(getComputedStyle(d.querySelector('.motivation')!).whiteSpace).to.equal('pre-wrap');
      expect(text(part(el, 'cv'))).to.equal('Download cv (cv Ærø.pdf, 1 kB)');
      expect(select(el).value).to.equal('received');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !d.open, { message: 'dialog closed' });
      await waitFor(() => focused(el)?.dataset.id === anne, { message: 'focus back on the row' });
    });

    it('says when one person applied more than once, in the row and in the dialog, with the other’s date and number', async () => {
      // The form invites a second application to add something; the address, whatever its case, is the same.
      const again = await apply('Anne-Marie Backx', { email: ' A.Backx@Example.nl', motivation: 'Een aanvulling: ik ben ook in het weekend beschikbaar.' });
      const el = await mount();
      await openAssignment(el);
      const others = (id: string) => shadow(el).querySelector(`[data-id="${id}"]`)!.closest('tr')!.querySelector('[part~="others"]');
      expect(text(others(anne))).to.equal('2 reacties van deze persoon');
      expect(text(others(again))).to.equal('2 reacties van deze persoon');
      expect(others(bram)).to.equal(null);
      await expect(el).to.be.accessible();

      await openDetail(el, again);
      const said = `Deze persoon reageerde vaker op deze opdracht: op 22 november 2026 12.00 (ontvangstnummer ${anne}).`;
      expect(text(part(el, 'other-applications'))).to.equal(said);
      await expect(el).to.be.accessible();
      // Still said after a status change (the backend's answer to it says it too).
      await choose(el, 'in-behandeling');
      await save(el);
      await waitFor(() => backend.applications.find((a) => a.id === again)!.status === 'in-behandeling', { message: 'saved' });
      await waitFor(() => part(el, 'status-saved'), { message: 'saved, said' });
      expect(text(part(el, 'other-applications'))).to.equal(said);
    });

    it('still says so after a status change on a backend that names the other applications in its reads only', async () => {
      const again = await apply('Anne-Marie Backx', { email: 'a.backx@example.nl', motivation: 'Een aanvulling: ik ben ook in het weekend beschikbaar.' });
      worker.use(
        http.patch(`${API}/applications/:id`, async ({ request }) => {
          const answer = await backend.handle(request.clone(), { base: API });
          const { otherApplications: _, ...saved } = (await answer.json()) as Record<string, unknown>;
          return HttpResponse.json(saved, { status: answer.status, headers: { ETag: answer.headers.get('ETag') ?? '' } });
        }),
      );
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, again);
      const said = text(part(el, 'other-applications'));
      expect(said).to.contain(anne);
      await choose(el, 'in-behandeling');
      await save(el);
      await waitFor(() => part(el, 'status-saved'), { message: 'saved, said' });
      expect(backend.applications.find((a) => a.id === again)!.status).to.equal('in-behandeling');
      expect(text(part(el, 'other-applications')), 'in the dialog').to.equal(said);
      const row = shadow(el).querySelector(`[data-id="${again}"]`)!.closest('tr')!;
      expect(text(row.querySelector('[part~="others"]')), 'in its row').to.equal('2 reacties van deze persoon');
    });

    it('names the KvK number only where the assignment asks for one, or the applicant gave one', async () => {
      // Gemeente Steenbergen's secondment: no hiring, so no KvK number asked.
      const SECONDMENT = 'a-2026-0105';
      const without = await apply('Kees Zonder', { assignment: SECONDMENT, kvkNumber: '' });
      const kvk = (el: Inbox) => [...dialog(el).querySelectorAll('.facts dt')].some((dt) => dt.textContent === 'KvK-nummer');
      for (const attributes of ['', `assignment-id="${SECONDMENT}"`]) {
        const el = await mount(attributes);
        if (attributes) await state(el, 'ready');
        else await openAssignment(el, SECONDMENT);
        await openDetail(el, without);
        expect(kvk(el), `not asked, not given (${attributes || 'from the overview'})`).to.be.false;
      }
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      expect(kvk(el), 'asked').to.be.true;
    });

    it("says in words that the applicant accepted the procurement conditions or had their manager's consent, where the assignment asks", async () => {
      // Gemeente Steenbergen's internal assignment: the manager's consent asked, not the conditions.
      const INTERNAL = 'a-2026-0103';
      const employee = mockToken({ sub: 'employee-1', org: 'gem-steenbergen' });
      const kees = await apply('Kees Intern', { assignment: INTERNAL, kvkNumber: '', acceptConditions: false, managerConsent: true, token: employee });
      const facts = (el: Inbox) => Object.fromEntries([...dialog(el).querySelectorAll('.facts dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));

      let el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      expect(facts(el)).to.include({ Inkoopvoorwaarden: 'Geaccepteerd' });
      expect(facts(el), 'no consent asked, none given').not.to.have.property('Toestemming leidinggevende');
      await expect(el).to.be.accessible();

      el = await mount(`assignment-id="${INTERNAL}"`, { lang: 'en' });
      await state(el, 'ready');
      await openDetail(el, kees);
      expect(facts(el)).to.include({ "Manager's consent": 'Given' });
      expect(facts(el), 'no conditions asked, none accepted').not.to.have.property('Procurement conditions');
      await expect(el).to.be.accessible();

      // A backend without the extension does not say, so neither is claimed.
      const withoutFlags = async ({ request }: { request: Request }) => {
        const answer = await backend.handle(request.clone(), { base: API });
        const older = JSON.stringify(await answer.json(), (key, value) => (key === 'acceptConditions' || key === 'managerConsent' ? undefined : value));
        return new HttpResponse(older, { headers: { 'Content-Type': 'application/json', ETag: answer.headers.get('ETag') ?? '' } });
      };
      worker.use(http.get(`${API}/assignments/:id/applications`, withoutFlags), http.get(`${API}/applications/:id`, withoutFlags));
      el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      expect(facts(el)).to.include({ 'KvK-nummer': '12345678' }).and.not.to.have.property('Inkoopvoorwaarden');
    });

    it('marks a motivation in another language than the inbox with it: English in a Dutch inbox, Dutch in an English one (WCAG 3.1.2)', async () => {
      const jane = await apply('Jane Doe', { motivation: 'I helped three municipalities welcome newcomers, and would like to do so here.', language: 'en' });
      const motivationLang = (el: Inbox) => dialog(el).querySelector('.motivation')!.getAttribute('lang');
      const readBoth = async (el: Inbox) => {
        await state(el, 'ready');
        await openDetail(el, jane);
        const english = motivationLang(el);
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Escape' });
        await waitFor(() => !dialog(el).open, { message: 'dialog closed' });
        await openDetail(el, anne);
        return [english, motivationLang(el)];
      };
      expect(await readBoth(await mount(`assignment-id="${ASSIGNMENT}"`)), 'a Dutch inbox').to.deep.equal(['en', null]);
      expect(await readBoth(await mount(`assignment-id="${ASSIGNMENT}"`, { lang: 'en' })), 'an English inbox').to.deep.equal([null, 'nl']);
    });

    it('is accessible in English', async () => {
      const el = await mount(`assignment-id="${ASSIGNMENT}"`, { lang: 'en' });
      await state(el, 'ready');
      await openDetail(el, bram);
      expect(text(dialog(el))).to.contain('Application from Bram de Vries').and.contain('Under review');
      await expect(el).to.be.accessible();
    });

    it('downloads the CV under its own (non-ASCII) name and says so', async () => {
      const downloads = catchDownloads();
      try {
        const el = await mount(`assignment-id="${ASSIGNMENT}"`);
        await state(el, 'ready');
        await openDetail(el, anne);
        part(el, 'cv')!.focus();
        await sendKeys({ press: 'Enter' });
        await waitFor(() => downloads.caught.length, { message: 'download' });
        expect(downloads.caught[0].name).to.equal('cv Ærø.pdf');
        expect(await (await fetch(downloads.caught[0].href)).text()).to.equal(PDF);
        await waitFor(() => live(el) === 'cv Ærø.pdf is gedownload.', { message: 'announcement' });
        expectFocus(el, part(el, 'cv'));
      } finally {
        downloads.stop();
      }
    });
  });

  describe('setting a status', () => {
    it('shows the new status at once, saves it with If-Match and tells the host page', async () => {
      const release = holdStatusChanges();
      const el = await mount();
      await openAssignment(el);
      await openDetail(el, anne);
      await choose(el, 'uitgenodigd');
      // An invitation is told to the applicant by mail, unless the poster unticks it.
      const notify = shadow(el).querySelector<HTMLInputElement>('input[name="notify"]')!;
      expect(notify.checked).to.be.true;
      expect(text(notify.labels![0])).to.equal('Laat Anne-Marie Backx dit per e-mail weten');
      const changed = oneEvent(el, 'application-status-change');
      await save(el);
      // Optimistic: the table shows it before the backend answered.
      await waitFor(() => rowStatus(el, anne) === 'Uitgenodigd', { message: 'optimistic status' });
      expect(backend.applications.find((a) => a.id === anne)!.status).to.equal('received');
      release();
      const event = await changed;
      expect(event.detail.application).to.include({ id: anne, status: 'uitgenodigd' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(backend.applications.find((a) => a.id === anne)!.status).to.equal('uitgenodigd');
      const patch = requests.find((r) => r.method === 'PATCH')!;
      expect(patch.headers.get('If-Match')).to.equal('"v1"');
      expect(patch.headers.get('Content-Type')).to.equal('application/merge-patch+json');
      expect(await patch.clone().json()).to.deep.equal({ status: 'uitgenodigd', notify: true });
      const said = 'De status van Anne-Marie Backx is nu: Uitgenodigd. Anne-Marie Backx krijgt er een e-mail over.';
      await waitFor(() => live(el) === said, { message: 'announcement' });
      expect(backend.mails.filter((m) => m.to === 'a.backx@example.nl' && m.subject === `Je reactie op ${TITLE}`)).to.have.length(1);
      // Seen too, under the control, until the next pick.
      expect(text(part(el, 'status-saved'))).to.equal(said);
      expect(part(el, 'status-saved')!.checkVisibility()).to.be.true;
      expectFocus(el, button(el, 'Status opslaan'));
      await expect(el).to.be.accessible();
      await choose(el, 'afgewezen');
      expect(part(el, 'status-saved')).to.equal(null);
    });

    it('tells the applicant nothing when the poster unticks the mail, or for a status that is not an outcome', async () => {
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      await choose(el, 'in-behandeling');
      expect(shadow(el).querySelector('input[name="notify"]'), 'under review: nothing to tell').to.equal(null);
      await choose(el, 'afgewezen');
      const notify = shadow(el).querySelector<HTMLInputElement>('input[name="notify"]')!;
      notify.focus();
      await sendKeys({ press: 'Space' });
      expect(notify.checked).to.be.false;
      await save(el);
      await waitFor(() => live(el) === 'De status van Anne-Marie Backx is nu: Afgewezen.', { message: 'announcement' });
      expect(await requests.find((r) => r.method === 'PATCH')!.clone().json()).to.deep.equal({ status: 'afgewezen' });
      expect(backend.mails.filter((m) => m.to === 'a.backx@example.nl' && m.subject === `Je reactie op ${TITLE}`)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('works with the keyboard alone', async () => {
      const el = await mount();
      await state(el, 'ready');
      shadow(el).querySelector<HTMLButtonElement>(`[data-assignment="${ASSIGNMENT}"]`)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => part(el, 'table') && focused(el) === part(el, 'heading'), { message: 'table' });
      // Heading → "Download als spreadsheet (CSV)" → the search (text, status, "Zoeken") → the first applicant.
      await sendKeys({ press: 'Tab' });
      expectFocus(el, part(el, 'export'));
      for (const name of ['q', 'find-status']) {
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.getAttribute('name')).to.equal(name);
      }
      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal('Zoeken');
      await sendKeys({ press: 'Tab' });
      const id = focused(el)!.dataset.id!;
      const before = backend.applications.find((a) => a.id === id)!.status;
      await sendKeys({ press: 'Enter' });
      await waitFor(() => dialog(el).open && focused(el)?.id === 'detail-title', { message: 'dialog' });
      await sendKeys({ press: 'Tab' }); // Close
      await sendKeys({ press: 'Tab' }); // the application's body, a region to scroll
      await sendKeys({ press: 'Tab' }); // Status
      expect(focused(el)?.getAttribute('name')).to.equal('status');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      // Past the mail's checkbox, for a status the applicant is told of.
      if (focused(el)?.getAttribute('name') === 'notify') await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal('Status opslaan');
      await sendKeys({ press: 'Enter' });
      const next = applicationStatuses[applicationStatuses.indexOf(before as (typeof applicationStatuses)[number]) + 1];
      await waitFor(() => backend.applications.find((a) => a.id === id)!.status === next, { message: 'saved' });
      await sendKeys({ press: 'Escape' });
      await waitFor(() => focused(el)?.dataset.id === id, { message: 'focus back on the row' });
      const label = { 'in-behandeling': 'In behandeling', uitgenodigd: 'Uitgenodigd' }[next as string];
      await waitFor(() => rowStatus(el, id) === label, { message: 'status in the row' });
    });

    it('rolls back with a message when saving fails, keeps the choice, and saves it on a second try', async () => {
      let fail = true;
      worker.use(http.patch(`${API}/applications/:id`, () => (fail ? problem(500, 'Serverfout') : undefined)));
      const errors = errorsFired();
      try {
        const el = await mount(`assignment-id="${ASSIGNMENT}"`);
        await state(el, 'ready');
        await openDetail(el, anne);
        await choose(el, 'afgewezen');
        await save(el);
        await waitFor(() => part(el, 'problem'), { message: 'problem' });
        const message = part(el, 'problem')!;
        expect(message.getAttribute('role')).to.equal('alert');
        expect(text(message)).to.equal('Er ging iets mis bij de server. De status is nog: Ontvangen; je keuze Afgewezen is nog niet opgeslagen. Kies Status opslaan om het opnieuw te proberen.');
        expect(rowStatus(el, anne)).to.equal('Ontvangen');
        expect(select(el).value).to.equal('afgewezen');
        expect(errors.statuses).to.include(500);
        await expect(el).to.be.accessible();
        fail = false;
        await save(el);
        // The mail goes with the change that succeeds, as it was ticked.
        await waitFor(() => live(el) === 'De status van Anne-Marie Backx is nu: Afgewezen. Anne-Marie Backx krijgt er een e-mail over.', { message: 'saved' });
        expect(rowStatus(el, anne)).to.equal('Afgewezen');
        expect(part(el, 'problem')).to.equal(null);
        expect(backend.applications.find((a) => a.id === anne)!.status).to.equal('afgewezen');
      } finally {
        errors.stop();
      }
    });

    it('shows the newer status after a 412 and overwrites nothing unseen', async () => {
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      // Another poster saves a moment before this one does.
      let first = true;
      worker.use(
        http.patch(`${API}/applications/:id`, async () => {
          if (first) await changeElsewhere(anne, 'afgewezen', 1);
          first = false;
          return undefined;
        }),
      );
      let changed = false;
      el.addEventListener('application-status-change', () => {
        changed = true;
      });
      await choose(el, 'uitgenodigd');
      await save(el);
      await waitFor(() => part(el, 'problem'), { message: 'conflict message' });
      expect(text(part(el, 'problem'))).to.contain('Iemand anders heeft de status intussen gewijzigd in: Afgewezen.');
      expect(select(el).value).to.equal('afgewezen');
      expect(rowStatus(el, anne)).to.equal('Afgewezen');
      expect(backend.applications.find((a) => a.id === anne)!.status).to.equal('afgewezen');
      expect(changed).to.equal(false);
      await expect(el).to.be.accessible();
      // Choosing again now saves against the newer version.
      await choose(el, 'uitgenodigd');
      await save(el);
      await waitFor(() => backend.applications.find((a) => a.id === anne)!.status === 'uitgenodigd', { message: 'second save' });
      expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.headers.get('If-Match'))).to.deep.equal(['"v1"', '"v2"']);
    });
  });

  describe('a status whose answer was lost', () => {
    /**
     * The first change arrives and is stored, but its answer never comes (a connection cut, a
     * timeout). `onLost` runs then (the connection staying away a while).
     */
    function loseTheAnswer(onLost = () => {}, answer: () => Response = () => HttpResponse.error()) {
      let lost = false;
      worker.use(
        http.patch(`${API}/applications/:id`, async ({ request, params }) => {
          if (lost) return undefined;
          lost = true;
          const { status } = (await request.clone().json()) as { status: string };
          await changeElsewhere(String(params.id), status, Number(request.headers.get('If-Match')!.replace(/\D/g, '')));
          onLost();
          return answer();
        }),
      );
    }

    it('is shown as saved when the backend holds it, not rolled back with a message that it failed', async () => {
      loseTheAnswer();
      const errors = errorsFired();
      try {
        const el = await mount(`assignment-id="${ASSIGNMENT}"`);
        await state(el, 'ready');
        await openDetail(el, anne);
        const changed = oneEvent(el, 'application-status-change');
        await choose(el, 'uitgenodigd');
        await save(el);
        await changed;
        // Saved; whether its mail went out is not known here, so nothing is said of one.
        await waitFor(() => live(el) === 'De status van Anne-Marie Backx is nu: Uitgenodigd.', { message: 'saved' });
        expect(part(el, 'problem')).to.equal(null);
        expect(errors.statuses, 'a save that arrived is no error for the host page').to.deep.equal([]);
        expect(rowStatus(el, anne)).to.equal('Uitgenodigd');
        expect(select(el).value).to.equal('uitgenodigd');
        expect(requests.filter((r) => r.method === 'GET' && r.url.endsWith(`/applications/${anne}`)).length, 'read again').to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      } finally {
        errors.stop();
      }
    });

    it('is read again after a gateway error too (502), where the change may have arrived', async () => {
      loseTheAnswer(undefined, () => problem(502, 'Bad Gateway'));
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      await choose(el, 'in-behandeling');
      await save(el);
      await waitFor(() => live(el) === 'De status van Anne-Marie Backx is nu: In behandeling.', { message: 'saved' });
      expect(part(el, 'problem')).to.equal(null);
    });

    it('keeps a status picked while the save was under way, and asks before closing with it unsaved', async () => {
      const release = holdStatusChanges();
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      await choose(el, 'in-behandeling');
      await save(el);
      await waitFor(() => requests.some((r) => r.method === 'PATCH'), { message: 'the save under way' });
      await choose(el, 'afgewezen');
      release();
      await waitFor(() => live(el) === 'De status van Anne-Marie Backx is nu: In behandeling.', { message: 'saved' });
      expect(select(el).value, 'the later pick kept').to.equal('afgewezen');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => part(el, 'unsaved'), { message: 'the note' });
      expect(text(part(el, 'unsaved'))).to.contain('Je hebt de status gewijzigd in Afgewezen');
    });

    it('is taken as saved when a second try finds its own change (412), not as someone else\'s', async () => {
      // Reading it again fails as well: the poster is told it failed, and tries again.
      let unreachable = false;
      loseTheAnswer(() => {
        unreachable = true;
      });
      worker.use(http.get(`${API}/applications/:id`, () => (unreachable ? HttpResponse.error() : undefined)));
      const errors = errorsFired();
      try {
        const el = await mount(`assignment-id="${ASSIGNMENT}"`);
        await state(el, 'ready');
        await openDetail(el, anne);
        await choose(el, 'afgewezen');
        await save(el);
        // After the read's own retries (with their back-off) fail too.
        await waitFor(() => part(el, 'problem'), { message: 'the failure', timeout: 10_000 });
        expect(text(part(el, 'problem'))).to.contain('je keuze Afgewezen is nog niet opgeslagen');
        unreachable = false;
        await save(el);
        await waitFor(() => live(el) === 'De status van Anne-Marie Backx is nu: Afgewezen.', { message: 'saved' });
        expect(part(el, 'problem')).to.equal(null);
        expect(rowStatus(el, anne)).to.equal('Afgewezen');
        expect(requests.filter((r) => r.method === 'PATCH').length, paths().join(' | ')).to.equal(2);
      } finally {
        errors.stop();
      }
    });
  });

  describe('telling the applicant', () => {
    it('offers the mail before "Status opslaan", so the keyboard passes it first', async () => {
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      select(el).focus();
      await sendKeys({ press: 'ArrowDown' }); // In behandeling
      await sendKeys({ press: 'ArrowDown' }); // Uitgenodigd
      await waitFor(() => select(el).value === 'uitgenodigd', { message: 'picked' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.getAttribute('name')).to.equal('notify');
      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal('Status opslaan');
      // Closing asks first, and says the mail goes with "Opslaan".
      await sendKeys({ press: 'Escape' });
      await waitFor(() => part(el, 'unsaved'), { message: 'the note' });
      expect(text(part(el, 'unsaved'))).to.contain('Je hebt de status gewijzigd in Uitgenodigd, maar nog niet opgeslagen. Bij opslaan krijgt Anne-Marie Backx er een e-mail over.');
      await expect(el).to.be.accessible();
    });
  });

  describe("an applicant's name that holds a direction control", () => {
    /** Where `word` begins on screen, left to right. */
    const xOf = (element: Element, word: string): number => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue!.indexOf(word);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect().x;
      }
      throw new Error(`no "${word}" in ${element.textContent}`);
    };

    it("cannot turn the inbox's own words around it (U+202E, RIGHT-TO-LEFT OVERRIDE)", async () => {
      const eve = await apply('Eve\u202E', { email: 'eve@example.nl' });
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, eve);
      await choose(el, 'uitgenodigd');
      const label = await waitFor(() => dialog(el).querySelector('label[for="status-notify"]'), { message: 'the mail offered' });
      // "Laat Eve dit per e-mail weten", read left to right as it is written.
      const words = ['Laat', 'Eve', 'dit', 'per', 'weten'].map((word) => xOf(label, word));
      expect(words, 'each word right of the one before').to.deep.equal([...words].sort((a, b) => a - b));
      expect(xOf(label, 'dit')).to.be.lessThan(xOf(label, 'weten'));
    });
  });

  describe('a dialog closed before its application was read', () => {
    it('still saves the status chosen in it, and the next one too', async () => {
      // The dialog shows the row at once; its own read of the application is held.
      const readIn = holdApplicationRequests('get');
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await saveAndClose(el, anne, 'in-behandeling');
      readIn();
      await waitFor(() => backend.applications.find((a) => a.id === anne)!.status === 'in-behandeling', { message: 'saved' });
      await waitFor(() => rowStatus(el, anne) === 'In behandeling', { message: 'shown in the list' });
      // Nothing is left "saving": the next change goes too.
      await openDetail(el, anne);
      await choose(el, 'uitgenodigd');
      await save(el);
      await waitFor(() => backend.applications.find((a) => a.id === anne)!.status === 'uitgenodigd', { message: 'the next one saved' });
    });
  });

  describe('a failure after the dialog closed', () => {
    it('names the applicant in the list and opens the application again with the choice kept', async () => {
      const release = holdStatusChanges(() => problem(500, 'Serverfout'));
      const errors = errorsFired();
      try {
        const el = await mount(`assignment-id="${ASSIGNMENT}"`);
        await state(el, 'ready');
        await saveAndClose(el, anne, 'afgewezen');
        release();
        await waitFor(() => part(el, 'problem'), { message: 'the failure in the list' });
        expect(text(part(el, 'problem'))).to.contain('De status van Anne-Marie Backx is nog: Ontvangen; je keuze Afgewezen is nog niet opgeslagen.');
        await expect(el).to.be.accessible();
        button(el, 'Open de reactie van Anne-Marie Backx opnieuw')!.click();
        await waitFor(() => dialog(el).open, { message: 'open again' });
        await el.updateComplete;
        expect(select(el).value, 'the choice kept').to.equal('afgewezen');
      } finally {
        errors.stop();
      }
    });
  });

  describe('reading a long application', () => {
    it('scrolls the application by keyboard from a named region after the close button (WCAG 2.1.1)', async () => {
      backend.applications.find((a) => a.id === anne)!.motivation = 'Een lange motivatie. '.repeat(400);
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      await sendKeys({ press: 'Tab' }); // Sluiten
      await sendKeys({ press: 'Tab' });
      const body = focused(el)!;
      expect(body.classList.contains('dialog-body')).to.equal(true);
      expect(body.getAttribute('role')).to.equal('region');
      expect(body.getAttribute('aria-label'), 'a name of its own, not the dialog\'s again').to.equal('Gegevens, motivatie en cv');
      await sendKeys({ press: 'PageDown' });
      await waitFor(() => body.scrollTop > 0, { message: 'scrolled' });
    });
  });

  describe('an unsaved status', () => {
    for (const how of ['Escape', 'Sluiten'] as const) {
      it(`is not thrown away when the dialog is closed with ${how}: a note asks, and "Niet opslaan" closes`, async () => {
        const el = await mount(`assignment-id="${ASSIGNMENT}"`);
        await state(el, 'ready');
        await openDetail(el, anne);
        select(el).focus();
        await sendKeys({ press: 'ArrowDown' }); // Ontvangen → In behandeling, as a person picks
        await waitFor(() => select(el).value === 'in-behandeling', { message: 'picked' });
        if (how === 'Escape') await sendKeys({ press: 'Escape' });
        else button(el, 'Sluiten')!.click();
        await waitFor(() => part(el, 'unsaved'), { message: 'the note' });
        await el.updateComplete;
        expect(dialog(el).open, 'the dialog stays open').to.equal(true);
        expectFocus(el, part(el, 'unsaved'));
        expect(text(part(el, 'unsaved'))).to.contain('Je hebt de status gewijzigd in In behandeling, maar nog niet opgeslagen.');
        expect(select(el).value).to.equal('in-behandeling');
        const buttons = [...part(el, 'unsaved')!.querySelectorAll('button')];
        expect(buttons.map((b) => text(b))).to.deep.equal(['Opslaan', 'Niet opslaan']);
        await expect(el).to.be.accessible();

        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        expect(text(focused(el))).to.equal('Niet opslaan');
        await sendKeys({ press: 'Enter' });
        await waitFor(() => !dialog(el).open, { message: 'closed' });
        await waitFor(() => focused(el)?.dataset.id === anne, { message: 'focus back on the row' });
        expect(rowStatus(el, anne)).to.equal('Ontvangen');
        expect(requests.filter((r) => r.method === 'PATCH')).to.have.length(0);
        expect(backend.applications.find((a) => a.id === anne)!.status).to.equal('received');
      });
    }

    it('says each thing once: not the count again when the dialog opens, nor a saved status again when it closes (WCAG 4.1.3)', async () => {
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await waitFor(() => /reacties?$/.test(regions(el)[0]), { message: 'the count, on the page' });
      await openDetail(el, anne);
      expect(regions(el), 'opened: the title is read, nothing said').to.deep.equal(['', '']);
      await choose(el, 'in-behandeling');
      await save(el);
      const said = 'De status van Anne-Marie Backx is nu: In behandeling.';
      await waitFor(() => regions(el)[1] === said, { message: 'said in the dialog' });
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog(el).open && focused(el)?.dataset.id === anne, { message: 'closed' });
      await el.updateComplete;
      expect(regions(el), 'closed: not said again on the page').to.deep.equal(['', '']);
    });

    it('keeps focus on "Status opslaan" when Enter in the mail\'s checkbox saves (the checkbox goes with the save)', async () => {
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      await choose(el, 'uitgenodigd');
      shadow(el).querySelector<HTMLInputElement>('input[name="notify"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => backend.applications.find((a) => a.id === anne)!.status === 'uitgenodigd', { message: 'saved' });
      await el.updateComplete;
      expect(shadow(el).querySelector('input[name="notify"]'), 'nothing left to mail').to.equal(null);
      expectFocus(el, button(el, 'Status opslaan'));
    });

    it('"Opslaan" in the note saves the status and closes the dialog', async () => {
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      await choose(el, 'uitgenodigd');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => part(el, 'unsaved'), { message: 'the note' });
      await el.updateComplete;
      expectFocus(el, part(el, 'unsaved'));
      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal('Opslaan');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => !dialog(el).open, { message: 'closed after saving' });
      await waitFor(() => focused(el)?.dataset.id === anne, { message: 'focus back on the row' });
      expect(backend.applications.find((a) => a.id === anne)!.status).to.equal('uitgenodigd');
      expect(rowStatus(el, anne)).to.equal('Uitgenodigd');
      // The dialog closed as it was saved: the page says so (the dialog's region went with it).
      await waitFor(() => regions(el)[0].startsWith('De status van Anne-Marie Backx is nu: Uitgenodigd.'), { message: 'said on the page' });
    });

    it('closes at once when the status was not changed, or changed back', async () => {
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      await choose(el, 'uitgenodigd');
      await choose(el, 'received');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog(el).open, { message: 'closed' });
      expect(part(el, 'unsaved')).to.equal(null);
    });
  });

  describe('the order of the list', () => {
    it('stays as it is while the poster opens, reads and sets statuses', async () => {
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      const names = () => rows(el).map((r) => r[0]);
      const before = names();
      expect(before.length).to.be.at.least(2);
      const second = parts(el, 'row')[1].querySelector<HTMLButtonElement>('[data-id]')!;
      const id = second.dataset.id!;
      second.click();
      await waitFor(() => dialog(el).open && dialog(el).querySelector('#detail-title'), { message: 'dialog' });
      await waitFor(() => requests.some((r) => r.method === 'GET' && r.url.endsWith(`/applications/${id}`)), { message: 'read' });
      await el.updateComplete;
      expect(names(), 'under the dialog').to.deep.equal(before);
      await choose(el, 'afgewezen');
      await save(el);
      await waitFor(() => backend.applications.find((a) => a.id === id)!.status === 'afgewezen', { message: 'saved' });
      await el.updateComplete;
      expect(names(), 'after a status change').to.deep.equal(before);
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog(el).open, { message: 'closed' });
      await el.updateComplete;
      expect(names(), 'after closing').to.deep.equal(before);
      expect(parts(el, 'row')[1].querySelector('[data-id]')).to.equal(focused(el));
    });
  });

  describe('export', () => {
    it("downloads the applications as CSV under the backend's name and announces it", async () => {
      const downloads = catchDownloads();
      try {
        const el = await mount(`assignment-id="${ASSIGNMENT}"`, { lang: 'en' });
        await state(el, 'ready');
        expect(text(part(el, 'export'))).to.equal('Download as a spreadsheet (CSV)');
        part(el, 'export')!.focus();
        await sendKeys({ press: 'Enter' });
        await waitFor(() => downloads.caught.length, { message: 'download' });
        expect(downloads.caught[0].name).to.equal(`applications-projectleider-informatievoorziening-${ASSIGNMENT}.csv`);
        const csv = await (await fetch(downloads.caught[0].href)).text();
        expect(csv.split('\r\n')[0]).to.match(/^\uFEFF?Reference;Received;Status;Name;/);
        expect(csv).to.contain('Anne-Marie Backx').and.contain('Bram de Vries');
        const asked = requests.find((r) => r.headers.get('Accept') === 'text/csv')!;
        expect(new URL(asked.url).pathname).to.equal(`/v1/assignments/${ASSIGNMENT}/applications`);
        await waitFor(() => live(el) === `applications-projectleider-informatievoorziening-${ASSIGNMENT}.csv has been downloaded.`, { message: 'announcement' });
        expectFocus(el, part(el, 'export'));
      } finally {
        downloads.stop();
      }
    });

    it('says so when the export fails, next to the button', async () => {
      worker.use(
        http.get(`${API}/assignments/:id/applications`, ({ request }) => (request.headers.get('Accept') === 'text/csv' ? problem(403, 'Verboden') : undefined)),
      );
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      part(el, 'export')!.click();
      await waitFor(() => part(el, 'problem'), { message: 'problem' });
      expect(text(part(el, 'problem'))).to.equal('De CSV kon niet worden gedownload. Je hebt geen toegang tot deze gegevens.');
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('fits 320 px with the text spacing of WCAG 1.4.12, long Dutch words and all', async () => {
      await setViewport({ width: 320, height: 640 });
      // A title of one long compound word, which a card's grid column once grew to fit.
      const current = backend.assignments.find((a) => a.id === ASSIGNMENT)!;
      await backend.store.updateAssignment({ ...structuredClone(current), title: 'Gebiedsontwikkelingsprojectleider' } as never, 1);
      const el = await mount();
      shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, textSpacing];
      await state(el, 'ready');
      const widest = Math.max(...[...shadow(el).querySelectorAll('*')].map((e) => e.getBoundingClientRect().right));
      expect(widest, 'nothing sticks out on the right').to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it("keeps the page at 320 px with the text spacing of WCAG 1.4.12 when the applications' table is wider: the table scrolls on its own", async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await mount();
      shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, textSpacing];
      // The longest status in words, a long Dutch surname, and a host page's margins (the demo's 20 px).
      backend.applications.find((a) => a.id === anne)!.status = 'in-behandeling';
      await apply('Maximiliaan Schimmelpenninck');
      el.style.margin = '0 12px';
      await openAssignment(el);
      expect(text(shadow(el).querySelector('[part~="table"] tbody'))).to.contain('In behandeling');
      expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
      const scroller = part(el, 'table')!.parentElement!;
      expect(scroller.getBoundingClientRect().right, "the table's region ends at the edge").to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('fits 320 px without scrolling sideways, in the table and the dialog', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await mount();
      await openAssignment(el);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(part(el, 'table')!.getBoundingClientRect().right).to.be.at.most(320);
      await openDetail(el, anne);
      const d = dialog(el);
      expect(d.scrollWidth).to.be.at.most(d.clientWidth);
      // The CV button's words stay whole ("Download cv"), only a long file name breaks anywhere.
      expect(linesOf(part(el, 'cv')!, 'Download'), '"Download" on one line').to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('asks about an unsaved status at 320 px inside the scrolling part, leaving the application room', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      await openDetail(el, anne);
      await choose(el, 'afgewezen');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => part(el, 'unsaved'), { message: 'the note' });
      await el.updateComplete;
      const body = shadow(el).querySelector<HTMLElement>('.dialog-body')!;
      expect(body.contains(part(el, 'unsaved'))).to.equal(true);
      expect(body.clientHeight, 'room to read and scroll').to.be.at.least(300);
      expectFocus(el, part(el, 'unsaved'));
      await expect(el).to.be.accessible();
    });

    it('gives a long name its words whole at 320 px, broken between them rather than inside', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = await apply('Geertruida Wilhelmina van Oldenbarnevelt-Heemskerck tot Nederhorst', { motivation: 'Ik heb ervaring met informatievoorziening bij drie gemeenten.' });
      const el = await mount(`assignment-id="${ASSIGNMENT}"`);
      await state(el, 'ready');
      expect(linesOf(shadow(el).querySelector<HTMLElement>(`[data-id="${long}"]`)!, 'Geertruida'), '"Geertruida" on one line').to.equal(1);
    });
  });
});
