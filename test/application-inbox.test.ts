import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { delay, HttpResponse, http } from 'msw';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ApplicationInbox } from '../src/elements/application-inbox/application-inbox.js';
import '../src/elements/application-inbox/define.js';
import '../src/elements/marketplace-provider/define.js';
import { makeAssignment } from './fixtures.js';
import { API, waitFor } from './helpers.js';
import { requests, resetMock, worker } from './msw.js';

type Inbox = ApplicationInbox;

// Until the shared backend serves the inbox endpoints, these tests answer them per test.
const TOKEN = 'poster-token';
const ASSIGNMENT = makeAssignment({ id: 'a-1', title: 'Projectleider informatievoorziening' });
const OTHER = makeAssignment({ id: 'a-2', title: 'Adviseur inkoop', closingDate: '2026-11-01', status: 'closed' });

function makeApplication(overrides: Record<string, unknown> = {}) {
  return {
    id: 'app-1',
    assignmentId: 'a-1',
    status: 'received',
    receivedAt: '2026-11-21T10:15:00+01:00',
    name: 'Anne-Marie Backx',
    email: 'a.backx@example.nl',
    phone: '06 12345678',
    kvkNumber: '12345678',
    motivation: 'Ik heb ervaring met informatievoorziening bij drie gemeenten.\nEn ik wil graag bijdragen.',
    availableFrom: '2027-01-01',
    hoursPerWeek: 16,
    rate: 85,
    profileId: null,
    cv: { name: 'cv Ærø.pdf', type: 'application/pdf', size: 48213 },
    ...overrides,
  };
}

const problem = (status: number, title: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ title, status, ...extra }, { status, headers: { 'Content-Type': 'application/problem+json' } });

type Fake = ReturnType<typeof answerAsPoster>;

/** The inbox endpoints for one organisation's poster, with versions for If-Match. */
function answerAsPoster({ can = true } = {}) {
  const applications = [
    makeApplication(),
    makeApplication({ id: 'app-2', name: 'Bram de Vries', status: 'in-behandeling', receivedAt: '2026-11-20T09:00:00+01:00', cv: null, phone: null }),
  ];
  const versions = new Map(applications.map((a) => [a.id, 1]));
  const fake = { applications, versions, patches: [] as { id: string; ifMatch: string | null; body: unknown }[] };
  const unauthorised = (request: Request) =>
    request.headers.get('Authorization') !== `Bearer ${TOKEN}`
      ? problem(401, 'Niet ingelogd')
      : null;
  const versioned = (a: Record<string, unknown>) => HttpResponse.json(a, { headers: { ETag: `"${a.id}-${versions.get(a.id as string)}"`, 'Cache-Control': 'private, no-store' } });
  worker.use(
    http.get(`${API}/me`, ({ request }) =>
      unauthorised(request) ??
      HttpResponse.json({
        organisation: { id: 'gem-steenbergen', name: 'Gemeente Steenbergen', logoUrl: null },
        profileId: null,
        can: { postAssignments: can, readApplications: can, editProfile: false },
      }),
    ),
    http.get(`${API}/me/assignments`, ({ request }) =>
      unauthorised(request) ??
      HttpResponse.json({
        items: [
          { assignment: ASSIGNMENT, applications: { total: applications.length, new: applications.filter((a) => a.status === 'received').length } },
          { assignment: OTHER, applications: { total: 0, new: 0 } },
        ],
        page: 1,
        pageSize: 10,
        total: 2,
      }),
    ),
    http.get(`${API}/assignments/:id`, ({ params }) => HttpResponse.json(params.id === 'a-2' ? OTHER : ASSIGNMENT)),
    http.get(`${API}/assignments/:id/applications`, ({ request, params }) => {
      const denied = unauthorised(request);
      if (denied) return denied;
      const items = applications.filter((a) => a.assignmentId === params.id);
      if (request.headers.get('Accept') === 'text/csv') {
        return new HttpResponse(`\uFEFFnaam;status\r\n${items.map((a) => `${a.name};${a.status}`).join('\r\n')}\r\n`, {
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="sollicitaties-${params.id}.csv"` },
        });
      }
      return HttpResponse.json({ items, page: 1, pageSize: 10, total: items.length });
    }),
    http.get(`${API}/applications/:id`, ({ request, params }) => unauthorised(request) ?? versioned(applications.find((a) => a.id === params.id)!)),
    http.patch(`${API}/applications/:id`, async ({ request, params }) => {
      const denied = unauthorised(request);
      if (denied) return denied;
      const a = applications.find((x) => x.id === params.id)!;
      const body = (await request.json()) as { status: string };
      const ifMatch = request.headers.get('If-Match');
      fake.patches.push({ id: a.id, ifMatch, body });
      if (ifMatch !== `"${a.id}-${versions.get(a.id)}"`) {
        return problem(412, 'Gewijzigd', { current: a });
      }
      a.status = body.status;
      versions.set(a.id, versions.get(a.id)! + 1);
      return versioned(a);
    }),
    http.get(`${API}/applications/:id/cv`, () =>
      new HttpResponse(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="cv Aero.pdf"; filename*=UTF-8''${encodeURIComponent('cv Ærø.pdf')}`,
          'X-Content-Type-Options': 'nosniff',
        },
      }),
    ),
  );
  return fake;
}

/** Someone else changes an application behind the poster's back. */
function changeElsewhere(fake: Fake, id: string, status: string) {
  const a = fake.applications.find((x) => x.id === id)!;
  a.status = status;
  fake.versions.set(id, fake.versions.get(id)! + 1);
}

async function mount(attributes = '', { lang = 'nl', token = TOKEN as string | null } = {}) {
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
/** Compares elements by identity without putting DOM nodes into the failure message (they are too big to report). */
function expectFocus(el: Inbox, expected: Element | null) {
  const actual = focused(el);
  const describe = (node: Element | null) => (node ? `<${node.localName}${node.id ? `#${node.id}` : ''}> "${text(node).slice(0, 40)}"` : 'nothing');
  expect(actual === expected, `focus on ${describe(actual)}, expected ${describe(expected)}`).to.equal(true);
}
const live = (el: Inbox) => text(shadow(el).querySelector('[role="status"][aria-live="polite"]'));
const dialog = (el: Inbox) => shadow(el).querySelector('dialog')!;
const rows = (el: Inbox) => parts(el, 'row').map((r) => [...r.children].map((c) => text(c)));
const button = (el: Inbox, label: RegExp | string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))));

async function state(el: Inbox, name: string) {
  await waitFor(() => el.matches(`:state(${name})`), { message: `state ${name}` });
  await el.updateComplete;
}

async function openAssignment(el: Inbox, id = 'a-1') {
  await state(el, 'ready');
  shadow(el).querySelector<HTMLButtonElement>(`[data-assignment="${id}"]`)!.click();
  await waitFor(() => part(el, 'table'), { message: 'applications table' });
  await el.updateComplete;
}

async function openDetail(el: Inbox, id = 'app-1') {
  shadow(el).querySelector<HTMLButtonElement>(`[data-id="${id}"]`)!.click();
  await waitFor(() => dialog(el).open && dialog(el).querySelector('#detail-title'), { message: 'dialog' });
  await el.updateComplete;
}

function patches() {
  return requests.filter((r) => r.method === 'PATCH');
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

describe('<application-inbox>', () => {
  beforeEach(async () => {
    await resetMock();
  });
  afterEach(async () => {
    worker.resetHandlers();
    await setViewport({ width: 800, height: 600 });
  });

  describe('who may see it', () => {
    it('asks to sign in, and nothing more, without credentials', async () => {
      answerAsPoster();
      const failed = new Promise<CustomEvent>((resolve) => document.addEventListener('flexschil-error', (e) => resolve(e as CustomEvent), { once: true }));
      const el = await mount('', { token: null });
      await state(el, 'error');
      expect(text(part(el, 'sign-in'))).to.contain('Log in om sollicitaties te lezen');
      expect((await failed).detail.status).to.equal(401);
      expect(requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/v1/me']);
      expect(part(el, 'list')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says the visitor may not read applications when GET /me says so, and asks nothing else', async () => {
      answerAsPoster({ can: false });
      const el = await mount('', { lang: 'en' });
      await state(el, 'error');
      expect(text(part(el, 'sign-in'))).to.contain('You cannot read applications here');
      expect(requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/v1/me']);
      await expect(el).to.be.accessible();
    });
  });

  describe('the overview', () => {
    it('lists the organisation\'s assignments with their new applications, accessibly while loading and ready', async () => {
      answerAsPoster();
      worker.use(
        http.get(`${API}/me/assignments`, async () => {
          await delay(200);
          return undefined;
        }),
      );
      const el = await mount();
      await state(el, 'loading');
      await expect(el).to.be.accessible();
      await state(el, 'ready');
      expect(text(part(el, 'heading'))).to.equal('Opdrachten van Gemeente Steenbergen');
      const cards = parts(el, 'assignment').map(text);
      expect(cards[0]).to.contain('Projectleider informatievoorziening').and.contain('2 sollicitaties').and.contain('1 nieuw');
      expect(cards[1]).to.contain('Adviseur inkoop').and.contain('Nog geen sollicitaties').and.contain('gesloten');
      expect(live(el)).to.equal('2 opdrachten');
      await expect(el).to.be.accessible();
    });
  });

  describe('one assignment\'s applications', () => {
    it('opens an assignment\'s applications in a table, with focus on its heading, and goes back to the same button', async () => {
      answerAsPoster();
      const el = await mount();
      await openAssignment(el);
      expectFocus(el, part(el, 'heading'));
      expect(text(part(el, 'heading'))).to.equal('Projectleider informatievoorziening');
      expect(text(shadow(el).querySelector('caption'))).to.equal('Sollicitaties op Projectleider informatievoorziening: 2 sollicitaties');
      expect(rows(el)).to.deep.equal([
        ['Anne-Marie Backx', '21 nov 2026', 'Nieuw'],
        ['Bram de Vries', '20 nov 2026', 'In behandeling'],
      ]);
      expect(live(el)).to.equal('2 sollicitaties');
      await expect(el).to.be.accessible();
      part(el, 'back')!.click();
      await state(el, 'ready');
      await waitFor(() => focused(el)?.dataset.assignment === 'a-1', { message: 'focus back on the assignment' });
      expect(part(el, 'table')).to.equal(null);
    });

    it('pins one assignment with assignment-id: no overview, no way back', async () => {
      answerAsPoster();
      const el = await mount('assignment-id="a-1"', { lang: 'en' });
      await state(el, 'ready');
      expect(text(part(el, 'heading'))).to.equal('Projectleider informatievoorziening');
      expect(rows(el).map((r) => r[2])).to.deep.equal(['New', 'Under review']);
      expect(part(el, 'back')).to.equal(null);
      expect(requests.some((r) => new URL(r.url).pathname === '/v1/me/assignments')).to.equal(false);
      // The pinned view does not take focus from the page on load.
      expectFocus(el, null);
      await expect(el).to.be.accessible();
    });

    it('says so when an assignment has no applications yet', async () => {
      answerAsPoster();
      const el = await mount();
      await openAssignment(el, 'a-2').catch(() => null);
      await state(el, 'empty');
      expect(text(part(el, 'empty'))).to.contain('Nog geen sollicitaties');
      expect(part(el, 'export')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows a failed load with a retry that brings the table and focus back', async () => {
      answerAsPoster();
      let fail = true;
      worker.use(
        http.get(`${API}/assignments/:id/applications`, () => {
          if (!fail) return undefined;
          return problem(500, 'Serverfout');
        }),
      );
      const errors: CustomEvent[] = [];
      document.addEventListener('flexschil-error', (e) => errors.push(e as CustomEvent));
      const el = await mount('assignment-id="a-1"');
      await state(el, 'error');
      expect(text(part(el, 'error'))).to.contain('Probeer opnieuw');
      expect(errors.map((e) => e.detail.status)).to.include(500);
      await expect(el).to.be.accessible();
      fail = false;
      part(el, 'error')!.querySelector('button')!.click();
      await state(el, 'ready');
      await waitFor(() => focused(el) === part(el, 'heading'), { message: 'focus on the heading' });
    });
  });

  describe('one application', () => {
    it('opens in a dialog with its facts, motivation and CV, and closing returns focus to its row', async () => {
      answerAsPoster();
      const el = await mount();
      await openAssignment(el);
      await openDetail(el);
      const d = dialog(el);
      expectFocus(el, d.querySelector('#detail-title'));
      expect(text(d.querySelector('#detail-title'))).to.equal('Sollicitatie van Anne-Marie Backx');
      const facts = text(d.querySelector('.facts'));
      expect(facts).to.contain('a.backx@example.nl').and.contain('06 12345678').and.contain('12345678').and.contain('1 januari 2027').and.contain('16 uur per week');
      expect(d.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:a.backx@example.nl');
      expect(d.querySelector('.motivation')!.textContent).to.contain('drie gemeenten.\nEn ik');
      expect(text(part(el, 'cv'))).to.match(/^Download cv \(cv Ærø\.pdf, 48 kB\)$/);
      expect(shadow(el).querySelector<HTMLSelectElement>('select[name="status"]')!.value).to.equal('received');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !d.open, { message: 'dialog closed' });
      await waitFor(() => focused(el)?.dataset.id === 'app-1', { message: 'focus back on the row' });
    });

    it('is accessible in English, with no CV', async () => {
      answerAsPoster();
      const el = await mount('assignment-id="a-1"', { lang: 'en' });
      await state(el, 'ready');
      await openDetail(el, 'app-2');
      expect(text(dialog(el))).to.contain('No CV was attached.').and.contain('Not given');
      await expect(el).to.be.accessible();
    });

    it('downloads the CV under its own (non-ASCII) name and says so', async () => {
      answerAsPoster();
      const downloads = catchDownloads();
      try {
        const el = await mount('assignment-id="a-1"');
        await state(el, 'ready');
        await openDetail(el);
        part(el, 'cv')!.focus();
        await sendKeys({ press: 'Enter' });
        await waitFor(() => downloads.caught.length, { message: 'download' });
        expect(downloads.caught[0].name).to.equal('cv Ærø.pdf');
        const bytes = new Uint8Array(await (await fetch(downloads.caught[0].href)).arrayBuffer());
        expect([...bytes.slice(0, 4)]).to.deep.equal([0x25, 0x50, 0x44, 0x46]);
        await waitFor(() => live(el) === 'cv Ærø.pdf is gedownload.', { message: 'announcement' });
        expectFocus(el, part(el, 'cv'));
      } finally {
        downloads.stop();
      }
    });
  });

  describe('setting a status', () => {
    async function choose(el: Inbox, status: string) {
      const select = shadow(el).querySelector<HTMLSelectElement>('select[name="status"]')!;
      select.focus();
      select.value = status;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    }
    async function save(el: Inbox) {
      button(el, 'Status opslaan')!.focus();
      await sendKeys({ press: 'Enter' });
    }
    const rowStatus = (el: Inbox, id: string) => text(shadow(el).querySelector(`[data-id="${id}"]`)!.closest('tr')!.querySelector('[part~="status"]'));

    it('shows the new status at once, saves it with If-Match and tells the host page', async () => {
      const fake = answerAsPoster();
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      worker.use(
        http.patch(`${API}/applications/:id`, async () => {
          await held;
          return undefined;
        }),
      );
      const el = await mount();
      await openAssignment(el);
      await openDetail(el);
      await choose(el, 'uitgenodigd');
      const changed = oneEvent(el, 'application-status-change');
      await save(el);
      // Optimistic: the table shows it before the backend answered.
      await waitFor(() => rowStatus(el, 'app-1') === 'Uitgenodigd', { message: 'optimistic status' });
      release();
      const event = await changed;
      expect(event.detail.application).to.include({ id: 'app-1', status: 'uitgenodigd' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(fake.patches).to.deep.equal([{ id: 'app-1', ifMatch: '"app-1-1"', body: { status: 'uitgenodigd' } }]);
      expect(patches()[0].headers.get('Content-Type')).to.equal('application/merge-patch+json');
      await waitFor(() => live(el) === 'De status van Anne-Marie Backx is nu: Uitgenodigd.', { message: 'announcement' });
      expectFocus(el, button(el, 'Status opslaan') ?? null);
      await expect(el).to.be.accessible();
    });

    it('works with the keyboard alone', async () => {
      const fake = answerAsPoster();
      const el = await mount();
      await state(el, 'ready');
      shadow(el).querySelector<HTMLButtonElement>('[data-assignment="a-1"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => part(el, 'table') && focused(el) === part(el, 'heading'), { message: 'table' });
      // Heading → "Export to CSV" → first applicant.
      await sendKeys({ press: 'Tab' });
      expectFocus(el, part(el, 'export'));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.dataset.id).to.equal('app-1');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => dialog(el).open && focused(el)?.id === 'detail-title', { message: 'dialog' });
      await sendKeys({ press: 'Tab' }); // close
      await sendKeys({ press: 'Tab' }); // status
      expect(focused(el)?.getAttribute('name')).to.equal('status');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal('Status opslaan');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => fake.patches.length === 1, { message: 'patch' });
      expect(fake.patches[0].body).to.deep.equal({ status: 'in-behandeling' });
      await sendKeys({ press: 'Escape' });
      await waitFor(() => focused(el)?.dataset.id === 'app-1', { message: 'focus back on the row' });
      await waitFor(() => rowStatus(el, 'app-1') === 'In behandeling', { message: 'status in the row' });
    });

    it('rolls back with a message when saving fails, keeps the choice, and saves it on a second try', async () => {
      const fake = answerAsPoster();
      let fail = true;
      worker.use(
        http.patch(`${API}/applications/:id`, () =>
          fail ? problem(500, 'Serverfout') : undefined,
        ),
      );
      const errors: CustomEvent[] = [];
      document.addEventListener('flexschil-error', (e) => errors.push(e as CustomEvent));
      const el = await mount('assignment-id="a-1"');
      await state(el, 'ready');
      await openDetail(el);
      await choose(el, 'afgewezen');
      await save(el);
      await waitFor(() => part(el, 'problem'), { message: 'problem' });
      const message = part(el, 'problem')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(text(message)).to.contain('De status kon niet worden opgeslagen; hij is weer: Nieuw.');
      expect(rowStatus(el, 'app-1')).to.equal('Nieuw');
      expect(shadow(el).querySelector<HTMLSelectElement>('select[name="status"]')!.value).to.equal('afgewezen');
      expect(errors.map((e) => e.detail.status)).to.include(500);
      await expect(el).to.be.accessible();
      fail = false;
      await save(el);
      await waitFor(() => fake.patches.length === 1 && rowStatus(el, 'app-1') === 'Afgewezen' && !part(el, 'problem'), { message: 'saved' });
    });

    it('shows the newer status after a 412 and overwrites nothing unseen', async () => {
      const fake = answerAsPoster();
      const el = await mount('assignment-id="a-1"');
      await state(el, 'ready');
      await openDetail(el);
      // Someone else saves a moment before the poster does.
      let first = true;
      worker.use(
        http.patch(`${API}/applications/:id`, () => {
          if (first) changeElsewhere(fake, 'app-1', 'afgewezen');
          first = false;
          return undefined;
        }),
      );
      await choose(el, 'uitgenodigd');
      let changed = false;
      el.addEventListener('application-status-change', () => {
        changed = true;
      });
      await save(el);
      await waitFor(() => part(el, 'problem'), { message: 'conflict message' });
      expect(text(part(el, 'problem'))).to.contain('Iemand anders heeft de status intussen gewijzigd in: Afgewezen.');
      expect(shadow(el).querySelector<HTMLSelectElement>('select[name="status"]')!.value).to.equal('afgewezen');
      expect(rowStatus(el, 'app-1')).to.equal('Afgewezen');
      expect(fake.applications[0].status).to.equal('afgewezen');
      expect(changed).to.equal(false);
      // Choosing again now saves against the newer version.
      await choose(el, 'uitgenodigd');
      await save(el);
      await waitFor(() => fake.applications[0].status === 'uitgenodigd', { message: 'second save' });
      expect(fake.patches.map((p) => p.ifMatch)).to.deep.equal(['"app-1-1"', '"app-1-2"']);
    });
  });

  describe('export', () => {
    it('downloads the applications as CSV under the backend\'s name and announces it', async () => {
      answerAsPoster();
      const downloads = catchDownloads();
      try {
        const el = await mount('assignment-id="a-1"', { lang: 'en' });
        await state(el, 'ready');
        expect(text(part(el, 'export'))).to.equal('Export to CSV');
        part(el, 'export')!.click();
        await waitFor(() => downloads.caught.length, { message: 'download' });
        expect(downloads.caught[0].name).to.equal('sollicitaties-a-1.csv');
        const csv = await (await fetch(downloads.caught[0].href)).text();
        expect(csv).to.contain('Anne-Marie Backx;received');
        const asked = requests.find((r) => r.headers.get('Accept') === 'text/csv')!;
        expect(new URL(asked.url).pathname).to.equal('/v1/assignments/a-1/applications');
        expect(asked.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
        await waitFor(() => live(el) === 'sollicitaties-a-1.csv has been downloaded.', { message: 'announcement' });
      } finally {
        downloads.stop();
      }
    });

    it('says so when the export fails, next to the button', async () => {
      answerAsPoster();
      worker.use(
        http.get(`${API}/assignments/:id/applications`, ({ request }) =>
          request.headers.get('Accept') === 'text/csv' ? problem(403, 'Verboden') : undefined,
        ),
      );
      const el = await mount('assignment-id="a-1"');
      await state(el, 'ready');
      part(el, 'export')!.click();
      await waitFor(() => part(el, 'problem'), { message: 'problem' });
      expect(text(part(el, 'problem'))).to.equal('De CSV kon niet worden gedownload. Je hebt geen toegang tot deze gegevens.');
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('fits 320 px without scrolling sideways, in the table and the dialog', async () => {
      answerAsPoster();
      await setViewport({ width: 320, height: 640 });
      const el = await mount();
      await openAssignment(el);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(part(el, 'table')!.getBoundingClientRect().right).to.be.at.most(320);
      await openDetail(el);
      const d = dialog(el);
      expect(d.scrollWidth).to.be.at.most(d.clientWidth);
      await expect(el).to.be.accessible();
    });
  });
});
