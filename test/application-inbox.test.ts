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
      ? HttpResponse.json({ title: 'Niet ingelogd', status: 401 }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } })
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
        return HttpResponse.json({ title: 'Gewijzigd', status: 412, current: a }, { status: 412, headers: { 'Content-Type': 'application/problem+json' } });
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
      worker.use(http.get(`${API}/me/assignments`, async () => {
        await delay(200);
        return undefined;
      }));
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
});
