import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { sharedClient } from '../src/api/clients.js';
import { type Transport, transport } from '../src/api/core.js';
import '../src/elements/marketplace-provider/define.js';
import '../src/elements/session-list/define.js';
import type { SessionList } from '../src/elements/session-list/session-list.js';
import { API, accessibilityTree, blockSessionStorage, waitFor, whilePressed } from './helpers.js';
import { backend, gets, holdNext, requests, resetMock, worker } from './msw.js';

// The seed's sessions on its own day (2026-11-22), in the order they take place. s-2026-0004 was
// two days before and is not "upcoming".
const OPEN = 's-2026-0001'; // Steenbergen, 10 December, 6 of 10 seats taken
const FULL = 's-2026-0002'; // Bergen op Zoom, 3 December, 3 of 3: sign-ups go to the waitlist
const ONLINE = 's-2026-0003';
const CANCELLED = 's-2026-0005';
const TITLES = [
  'Ontbijtsessie: inkoop bij kleine gemeenten samen organiseren',
  'Zwermsessie: wijkgericht werken in de kernen',
  'Online zwermsessie: datagedreven werken aan natuur en water',
  'Zwermsessie: de flexibele schil van Breda',
  'Zwermsessie: klimaatadaptatie met buurgemeenten',
];

async function mount(attributes = '', { lang = 'nl' } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <marketplace-provider endpoint=${API} privacy-url="/privacy">${unsafeHTML(`<session-list ${attributes}></session-list>`)}</marketplace-provider>
  </div>`);
  const el = wrapper.querySelector<SessionList>('session-list')!;
  await el.updateComplete; // in English, after its strings are in
  return el;
}

const shadow = (el: SessionList) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (el: SessionList) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="card"]')];
const titles = (el: SessionList) => cards(el).map((c) => text(c.querySelector('[part="card-title"]')));
const cardById = (el: SessionList, id: string) => shadow(el).querySelector<HTMLElement>(`[part~="card"][data-session="${id}"]`)!;
/** A card's (or the dialog's) facts by their term: "Wanneer" → its value. */
const facts = (root: Element) => Object.fromEntries([...root.querySelectorAll('.facts > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]));
const heading = (el: SessionList) => text(shadow(el).querySelector('[part="count"]'));
const lastList = () => gets('/sessions').at(-1)!;
const posts = (path: RegExp) => requests.filter((r) => r.method === 'POST' && path.test(new URL(r.url).pathname));
const dialog = (el: SessionList) => shadow(el).querySelector('dialog')!;
const field = (el: SessionList, name: string) => dialog(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const focused = (el: SessionList) => shadow(el).activeElement;

async function ready(el: SessionList, state = 'ready') {
  await waitFor(() => el.matches(`:state(${state})`) && !shadow(el).querySelector('[aria-busy="true"]'), { message: `state ${state}` });
  await el.updateComplete;
}

/** Waits until the list asked for a request matching `check` (now or, when the client answers from its cache, earlier) and shows its answer. */
async function answered(el: SessionList, check: (url: URL) => boolean, state = 'ready') {
  await el.updateComplete;
  await waitFor(() => gets('/sessions').some(check), { message: 'request' });
  await ready(el, state);
}

/** Opens the sign-up dialog of a session with its "Aanmelden" button, as a keyboard user would. */
async function openSignUp(el: SessionList, id: string) {
  const button = shadow(el).querySelector<HTMLButtonElement>(`[part="sign-up"][data-id="${id}"]`)!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await waitFor(() => dialog(el).open && field(el, 'name'), { message: 'dialog' });
  return button;
}

/** Types into the dialog's form like a person: click, type, tick. */
/** The next sign-up arrives, its answer does not: the backend stores it, the browser sees a failure. */
function loseTheNextAnswer() {
  worker.use(
    http.post(
      `${API}/sessions/:id/registrations`,
      async ({ request }) => {
        await backend.handle(request.clone(), { base: API });
        return HttpResponse.error();
      },
      { once: true },
    ),
  );
}

async function fillIn(el: SessionList, { name = '', email = '', consent = false }) {
  if (name) {
    field(el, 'name').focus();
    await sendKeys({ type: name });
  }
  if (email) {
    field(el, 'email').focus();
    await sendKeys({ type: email });
  }
  if (consent) field(el, 'consent').click();
  await el.updateComplete;
}

async function submit(el: SessionList) {
  dialog(el).querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await el.updateComplete;
}

const success = (el: SessionList) => dialog(el).querySelector('[part="success"]');

/** Signs Fatima up for a session, as a keyboard user would, and waits for the confirmation. */
async function signUpAndWait(el: SessionList, id: string) {
  await openSignUp(el, id);
  await fillIn(el, { name: 'Fatima el Amrani', email: 'fatima@example.nl', consent: true });
  await submit(el);
  await waitFor(() => success(el), { message: 'confirmation' });
}

describe('<session-list>', () => {
  beforeEach(async () => {
    await resetMock();
    sharedClient(API, 'omit', null).clearCache();
    sessionStorage.clear();
  });
  afterEach(async () => {
    worker.resetHandlers();
    history.replaceState(null, '', location.pathname);
    await setViewport({ width: 800, height: 600 });
  });

  describe('showing the sessions', () => {
    for (const lang of ['nl', 'en']) {
      it(`is accessible while loading, with the skeleton in place (${lang})`, async () => {
        const release = holdNext(/^\/sessions$/);
        try {
          const el = await mount('', { lang });
          expect(el.matches(':state(loading)')).to.be.true;
          expect(shadow(el).querySelector('.skeletons')).to.exist;
          await expect(el).to.be.accessible();
        } finally {
          release();
        }
      });
    }

    it('shows the upcoming sessions in the order they take place, with date, place, seats and status in words, accessibly', async () => {
      const el = await mount();
      await ready(el);
      expect(heading(el)).to.equal('5 zwermsessies gevonden');
      expect(titles(el)).to.deep.equal(TITLES);
      const open = text(cardById(el, OPEN));
      expect(open).to.include('Gemeente Steenbergen');
      expect(open).to.include('Status: Open voor aanmelding');
      expect(open).to.include('Sociaal domein en Organisatieontwikkeling');
      // A visitor whose clock is not on Dutch time is told which time it is.
      const dutchClock = new Date('2026-12-10T08:30:00+01:00').getHours() === 8;
      expect(facts(cardById(el, OPEN))).to.deep.equal({
        Wanneer: `donderdag 10 december 2026, 08.30–10.30 uur${dutchClock ? '' : ' (Nederlandse tijd)'}`,
        Waar: 'Gemeentehuis Steenbergen, Kaaiweg 2',
        Plekken: 'Nog 4 van de 10 plekken vrij',
        'Aanmelden kan tot en met': '8 december 2026',
      });
      expect(cardById(el, OPEN).querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-10T08:30:00+01:00');
      const full = text(cardById(el, FULL));
      expect(full).to.include('Status: Vol, wachtlijst open');
      expect(full).to.include('Alle 3 plekken zijn bezet; wie zich nu aanmeldt, komt op de wachtlijst');
      expect(text(cardById(el, FULL).querySelector('[part="sign-up"]'))).to.equal('Aanmelden voor de wachtlijst voor Ontbijtsessie: inkoop bij kleine gemeenten samen organiseren');
      expect(facts(cardById(el, ONLINE)).Waar).to.equal('Online');
      const cancelled = cardById(el, CANCELLED);
      expect(text(cancelled)).to.include('Status: Gaat niet door');
      expect(text(cancelled)).to.include('Deze sessie gaat niet door');
      expect(cancelled.querySelector('[part="sign-up"], [part="calendar"]'), 'no sign-up or calendar for a cancelled session').to.be.null;
      // Titles sit one level below the result heading.
      expect(shadow(el).querySelector('[part="count"]')!.tagName).to.equal('H2');
      expect(cards(el)[0].querySelector('[part="card-title"]')!.tagName).to.equal('H3');
      // There is nothing to sort: sessions come in the order they take place.
      expect(shadow(el).querySelector('select[name="sort"]')!.checkVisibility()).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('speaks English when the page does', async () => {
      const el = await mount('', { lang: 'en' });
      await ready(el);
      expect(heading(el)).to.equal('5 swarm sessions found');
      const open = facts(cardById(el, OPEN));
      expect(open.When).to.match(/^Thursday 10 December 2026, 08:30–10:30( \(Dutch time\))?$/);
      expect(open.Seats).to.equal('4 of 10 seats left');
      expect(text(cardById(el, OPEN))).to.include('Status: Open for sign-up');
      expect(text(cardById(el, FULL))).to.include('Full, waitlist open');
      expect(new Headers(requests.filter((r) => r.url.includes('/sessions')).at(-1)!.headers).get('Accept-Language')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('renders the untrusted question as sanitised rich text', async () => {
      const seed = structuredClone(backend.store.sessions.find((s) => s.id === OPEN)!);
      const hostile = {
        ...seed,
        seatsLeft: 4,
        question: '<p>Hoe <strong>samen</strong>?</p><script>window.__xss=1</script><img src=x onerror="window.__xss=1"><a href="javascript:window.__xss=1">klik</a><a href="https://example.nl">meer</a>',
      };
      worker.use(http.get(`${API}/sessions`, () => HttpResponse.json({ items: [hostile], page: 1, pageSize: 10, total: 1 })));
      const el = await mount();
      await ready(el);
      const question = cards(el)[0].querySelector('[part="question"]')!;
      await waitFor(() => question.querySelector('strong'));
      expect(question.querySelector('script, img')).to.be.null;
      expect(question.querySelector('a:not([href])')!.textContent).to.equal('klik');
      expect(question.querySelector('a[href]')!.getAttribute('href')).to.equal('https://example.nl/');
      expect((window as { __xss?: number }).__xss).to.be.undefined;
    });

    it('links each session to its calendar file, which holds the session', async () => {
      const el = await mount();
      await ready(el);
      const link = cardById(el, OPEN).querySelector<HTMLAnchorElement>('[part="calendar"]')!;
      expect(link.href).to.equal(`${API}/sessions/${OPEN}.ics`);
      // What a screen reader says: one name, "agenda: Zwermsessie", not "agenda : Zwermsessie" around a hidden span.
      const links = (await accessibilityTree()).filter((node) => node.role === 'link').map((node) => node.name);
      expect(links).to.include('Zet in je agenda: Zwermsessie: wijkgericht werken in de kernen (agendabestand, ics)');
      const answer = await fetch(link.href);
      expect(answer.headers.get('Content-Type')).to.match(/^text\/calendar/);
      const calendar = await answer.text();
      expect(calendar).to.include('BEGIN:VCALENDAR');
      expect(calendar).to.include('TZID=Europe/Amsterdam:20261210T083000');
    });
  });

  describe('search, filters and pages', () => {
    it('offers field, region and organisation with the counts from the facets', async () => {
      const el = await mount();
      await ready(el);
      expect([...shadow(el).querySelectorAll('details summary')].map((s) => text(s))).to.deep.equal(['Werkveld', 'Regio', 'Organisatie']);
      const option = shadow(el).querySelector<HTMLInputElement>('input[name="organisation"][value="gem-steenbergen"]')!;
      expect(text(option.closest('label'))).to.equal('Gemeente Steenbergen (1)');
    });

    it('sends what the visitor searches and chooses, and shows what comes back', async () => {
      const el = await mount();
      await ready(el);
      const changes: unknown[] = [];
      el.addEventListener('filters-change', (e) => changes.push(e.detail.filters));
      shadow(el).querySelector<HTMLInputElement>('input[name="q"]')!.focus();
      await sendKeys({ type: 'inkoop' });
      await sendKeys({ press: 'Enter' });
      await answered(el, (u) => u.searchParams.get('q') === 'inkoop');
      expect(titles(el)).to.deep.equal([TITLES[0]]);
      expect(heading(el)).to.equal('1 zwermsessie gevonden');

      [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="filters"] button')].find((b) => text(b) === 'Wis zoekterm')!.click();
      await answered(el, (u) => !u.searchParams.has('q'));
      const organisation = shadow(el).querySelector<HTMLInputElement>('input[name="organisation"][value="gem-breda"]')!;
      organisation.closest('details')!.open = true;
      organisation.click();
      await answered(el, (u) => u.searchParams.getAll('organisation').includes('gem-breda'));
      expect(titles(el)).to.deep.equal([TITLES[3]]);
      expect(changes.at(-1)).to.deep.equal({ organisation: ['gem-breda'], page: 1 });
    });

    it('always sends fixed pre-filters, several organisations too, and offers only those', async () => {
      const el = await mount('organisation="gem-steenbergen,gem-breda" field="sociaal-domein,hr"');
      await ready(el);
      const request = lastList();
      expect(request.searchParams.getAll('organisation')).to.deep.equal(['gem-steenbergen', 'gem-breda']);
      expect(request.searchParams.getAll('field')).to.deep.equal(['sociaal-domein', 'hr']);
      const offered = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name="organisation"]')].map((i) => i.value);
      expect(offered.sort()).to.deep.equal(['gem-breda', 'gem-steenbergen']);
      expect(titles(el)).to.deep.equal([TITLES[1], TITLES[3]]);
    });

    it('pages like the board: the next page is asked for, marked and announced, and focus moves to the results heading', async () => {
      const el = await mount('page-size="2"');
      await ready(el);
      expect(lastList().searchParams.get('pageSize')).to.equal('2');
      shadow(el).querySelector<HTMLButtonElement>('[part="pagination"] li:last-child button')!.click();
      await answered(el, (u) => u.searchParams.get('page') === '2');
      expect(titles(el)).to.deep.equal(TITLES.slice(2, 4));
      expect(shadow(el).querySelector('[aria-current="page"]')!.textContent).to.equal('2');
      // The heading that takes focus says the count; the live region only which page.
      expect(text(shadow(el).querySelector('[role="status"][aria-live="polite"]'))).to.equal('pagina 2 van 3');
      await waitFor(() => focused(el)?.id === 'results-heading', { message: 'focus on the results heading' });
      expect(text(focused(el))).to.equal('5 zwermsessies gevonden');
    });

    it('keeps search, filters and page in the query string with sync-url', async () => {
      const el = await mount('sync-url page-size="2"');
      await ready(el);
      shadow(el).querySelector<HTMLButtonElement>('[part="pagination"] li:last-child button')!.click();
      await waitFor(() => new URL(location.href).searchParams.get('zwermsessies-page') === '2');
      el.closest('div')!.remove();
      const again = await mount('sync-url page-size="2"');
      await ready(again);
      expect(lastList().searchParams.get('page')).to.equal('2');
    });

    for (const lang of ['nl', 'en']) {
      it(`shows an error with a working retry, and an empty state with a way back (${lang})`, async () => {
        backend.setFault({ kind: 'error500', paths: /^\/sessions$/, times: 1 });
        const el = await mount('', { lang });
        await ready(el, 'error');
        expect(text(shadow(el).querySelector('[part="error"]'))).to.include(lang === 'nl' ? 'Probeer opnieuw' : 'Try again');
        await expect(el).to.be.accessible();
        shadow(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
        await ready(el);
        shadow(el).querySelector<HTMLInputElement>('input[name="q"]')!.focus();
        await sendKeys({ type: 'nergensopgepland' });
        await sendKeys({ press: 'Enter' });
        await answered(el, (u) => u.searchParams.get('q') === 'nergensopgepland', 'empty');
        expect(text(shadow(el).querySelector('#results-heading'))).to.equal(lang === 'nl' ? 'Geen zwermsessies gevonden' : 'No swarm sessions found');
        expect(text(shadow(el).querySelector('[part="empty"]'))).to.include(lang === 'nl' ? 'Probeer een andere zoekterm' : 'Try another search term');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('signing up', () => {
    it('signs up for an open session in a dialog: a seat, a mail with a cancel link, the card updated, focus back', async () => {
      const el = await mount('profile-id="p-0003"');
      await ready(el);
      const registered = oneEvent(el, 'session-registered');
      const opener = await openSignUp(el, OPEN);
      expect(text(dialog(el).querySelector('#dialog-title'))).to.equal('Aanmelden: Zwermsessie: wijkgericht werken in de kernen');
      expect(dialog(el).contains(focused(el)), 'focus is inside the dialog').to.be.true;
      expect(dialog(el).querySelector('a[href$="/privacy"]')!.textContent).to.include('Lees de privacyverklaring');
      await expect(el).to.be.accessible();

      await fillIn(el, { name: 'Fatima el Amrani', email: 'fatima@example.nl', consent: true });
      await submit(el);
      const { detail } = await registered;
      expect(detail.registration).to.include({ sessionId: OPEN, status: 'registered' });
      await waitFor(() => success(el), { message: 'confirmation' });
      expect(text(success(el))).to.include('Je bent aangemeld');
      expect(text(success(el))).to.include('We sturen een bevestiging naar fatima@example.nl');
      await waitFor(() => focused(el)?.classList.contains('success-title'), { message: 'focus on the confirmation' });

      const [post] = posts(/\/registrations$/);
      expect(new URL(post.url).pathname).to.equal(`/v1/sessions/${OPEN}/registrations`);
      expect(post.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
      expect(await post.json()).to.deep.equal({ name: 'Fatima el Amrani', email: 'fatima@example.nl', profileId: 'p-0003', consent: true });
      const mail = backend.mails.find((m) => m.to === 'fatima@example.nl')!;
      expect(mail.subject).to.equal('Je bent aangemeld: Zwermsessie: wijkgericht werken in de kernen');
      expect(mail.text).to.match(/zwermsessies\.html\?registration=reg-[\w-]+&token=/);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog(el).open);
      await el.updateComplete;
      expect(focused(el)).to.equal(shadow(el).querySelector(`[part="sign-up"][data-id="${OPEN}"]`));
      expect(opener.isConnected).to.be.true;
      await waitFor(() => text(cardById(el, OPEN)).includes('Nog 3 van de 10 plekken vrij'), { message: 'seats updated' });
      expect(text(cardById(el, OPEN))).to.include('Je bent aangemeld voor deze sessie.');
      expect(text(cardById(el, OPEN).querySelector('[part="calendar"]')), 'a seat: into the calendar').to.match(/^Zet in je agenda/);
      expect(text(cardById(el, OPEN).querySelector('[part="sign-up"]'))).to.match(/^Nog iemand aanmelden/);
      expect(sessionStorage.length, 'the draft is gone once received').to.equal(0);
    });

    it('gives a seat the link to join online in its confirmation, a link the list shows no one', async () => {
      const el = await mount();
      await ready(el);
      expect(facts(cardById(el, ONLINE)).Waar).to.equal('Online');
      await signUpAndWait(el, ONLINE);
      expect(text(success(el)!.querySelector('.join-online'))).to.equal('Online meedoen: https://meet.example.nl/zwermsessie-data (opent in een nieuw venster)');
      expect(success(el)!.querySelector<HTMLAnchorElement>('.join-online a')!.href).to.equal('https://meet.example.nl/zwermsessie-data');
      expect(backend.mails.find((m) => m.to === 'fatima@example.nl')!.text).to.include('Online meedoen: https://meet.example.nl/zwermsessie-data');
      await expect(el).to.be.accessible();
    });

    it('reads a session as online from a backend that shows its link to everyone, and gives that link to a seat', async () => {
      // A backend of the contract as written: `onlineUrl` in every session, no `online`, a receipt without a link.
      const link = 'https://teams.example.nl/wijkgericht';
      const asWritten = (s: Record<string, unknown>) => {
        delete s.online;
        if (s.id === OPEN || s.id === FULL) s.onlineUrl = link;
        return s;
      };
      const answer = async (request: Request) => (await backend.handle(request.clone(), { base: API })).json();
      worker.use(
        http.get(`${API}/sessions`, async ({ request }) => {
          const page = await answer(request);
          page.items.forEach(asWritten);
          return HttpResponse.json(page);
        }),
        // The list reads a session again after a sign-up (its seats): the same backend then too.
        http.get(`${API}/sessions/:id`, async ({ request, params }) => (String(params.id).endsWith('.ics') ? undefined : HttpResponse.json(asWritten(await answer(request))))),
      );
      const el = await mount();
      await ready(el);
      expect(facts(cardById(el, OPEN)).Waar).to.equal('Gemeentehuis Steenbergen, Kaaiweg 2, en online');
      await signUpAndWait(el, OPEN);
      // After the list has read the session again (its seats), the link is still there.
      await waitFor(() => text(cardById(el, OPEN)).includes('Nog 3 van de 10 plekken vrij'), { message: 'the session read again' });
      expect(gets(`/sessions/${OPEN}`)).to.have.length(1);
      expect(success(el)!.querySelector<HTMLAnchorElement>('.join-online a')!.href).to.equal(link);

      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog(el).open);
      await signUpAndWait(el, FULL);
      expect(text(success(el))).to.include('Je staat op de wachtlijst');
      expect(success(el)!.querySelector('.join-online'), 'a waitlist place is no seat').to.be.null;
    });

    it('wraps a long e-mail address in the confirmation at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await mount();
      await ready(el);
      await openSignUp(el, FULL);
      const email = 'annemarie.vandenbergdevries@gemeentebergenopzoom.example.nl';
      await fillIn(el, { name: 'Annemarie van den Berg', email, consent: true });
      await submit(el);
      await waitFor(() => success(el), { message: 'confirmation' });
      expect(text(success(el))).to.include(email);
      for (const p of success(el)!.querySelectorAll('p')) expect(p.scrollWidth, text(p)).to.be.at.most(p.clientWidth);
    });

    it('puts a sign-up for a full session on the waitlist and says so plainly, on its card too, without a calendar link', async () => {
      const el = await mount();
      await ready(el);
      expect(cardById(el, FULL).querySelector('[part="calendar"]'), 'a visitor without a sign-up may put it in a calendar').to.exist;
      await openSignUp(el, FULL);
      expect(text(dialog(el))).to.include('Deze sessie is vol. Meld je aan voor de wachtlijst');
      expect(text(dialog(el).querySelector('[part="submit"]'))).to.equal('Zet me op de wachtlijst');
      await fillIn(el, { name: 'Joris Verbeek', email: 'joris@example.nl', consent: true });
      const registered = oneEvent(el, 'session-registered');
      await submit(el);
      expect((await registered).detail.registration.status).to.equal('waitlisted');
      await waitFor(() => success(el));
      expect(text(success(el)!.querySelector('h3'))).to.equal('Je staat op de wachtlijst');
      // The heading says where one stands; the text says only what comes next.
      expect(text(success(el))).to.include('Komt er een plek vrij, dan krijg je bericht.');
      expect(text(success(el)).split('Je staat op de wachtlijst').length, 'said once').to.equal(2);
      expect(backend.mails.find((m) => m.to === 'joris@example.nl')!.subject).to.equal('Op de wachtlijst: Ontbijtsessie: inkoop bij kleine gemeenten samen organiseren');
      await expect(el).to.be.accessible();
      dialog(el).close();
      await waitFor(() => text(cardById(el, FULL)).includes('Je staat op de wachtlijst voor deze sessie.'));
      // A waitlist place is no seat: nothing to put in a calendar yet, as in the confirmation.
      expect(text(cardById(el, FULL))).not.to.include('Zet in je agenda');
      expect(cardById(el, FULL).querySelector('[part="calendar"]') === null, 'no calendar link for a waitlist place').to.be.true;
      expect(cardById(el, OPEN).querySelector('[part="calendar"]'), 'other sessions keep theirs').to.exist;
      // The next one signed up here gets a waitlist place too: the button still says so.
      expect(text(cardById(el, FULL).querySelector('[part="sign-up"]'))).to.match(/^Nog iemand aanmelden voor de wachtlijst/);
      await expect(el).to.be.accessible();
    });

    it('checks the form before sending: a summary that takes focus, inline errors, links to the fields', async () => {
      const el = await mount();
      await ready(el);
      await openSignUp(el, OPEN);
      await fillIn(el, { email: 'niet-een-adres' });
      await submit(el);
      const summary = await waitFor(() => dialog(el).querySelector<HTMLElement>('[part="summary"]'));
      await waitFor(() => focused(el) === summary, { message: 'focus on the summary' });
      expect([...summary.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
        'Vul je naam in',
        'Vul een e-mailadres in zoals naam@voorbeeld.nl',
        'Geef toestemming voor het gebruik van je naam en e-mailadres om je aan te melden',
      ]);
      expect(field(el, 'name').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'name').getAttribute('aria-describedby')).to.equal('name-error');
      expect(text(dialog(el).querySelector('#name-error'))).to.equal('Fout: Vul je naam in');
      const errorColour = getComputedStyle(dialog(el).querySelector('#name-error')!).color;
      expect(getComputedStyle(field(el, 'name')).borderTopColor).to.equal(errorColour);
      await expect(el).to.be.accessible();
      summary.querySelector<HTMLAnchorElement>('a[href="#field-email"]')!.click();
      expect(focused(el)).to.equal(field(el, 'email'));
      expect(location.hash).to.equal('');
      // Only the body scrolls to the field: the dialog keeps its title and "Sluiten" in view.
      if (innerWidth > 480) expect(dialog(el).scrollTop).to.equal(0);
      expect(dialog(el).scrollHeight, 'nothing outside the body stretches the dialog').to.be.at.most(
        Math.max(dialog(el).clientHeight + 1, dialog(el).querySelector('.dialog-body')!.scrollHeight + dialog(el).querySelector('.dialog-header')!.getBoundingClientRect().height + 1),
      );
      // Fixed, the error goes as soon as the field is left.
      field(el, 'email').select();
      await sendKeys({ type: 'anna@example.nl' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(dialog(el).querySelector('#email-error')).to.be.null;
      expect(posts(/\/registrations$/)).to.have.length(0);
    });

    it('says at the e-mail field when that address holds a place already, also when Enter sent the form from that field', async () => {
      const el = await mount();
      await ready(el);
      await openSignUp(el, OPEN);
      // The seed signed up deelnemer1@voorbeeld.nl for this session; the case does not matter.
      await fillIn(el, { name: 'Deelnemer Een', consent: true });
      await fillIn(el, { email: 'Deelnemer1@Voorbeeld.nl' });
      await sendKeys({ press: 'Enter' });
      const summary = await waitFor(() => dialog(el).querySelector<HTMLElement>('[part="summary"]'), { message: 'the summary' });
      await waitFor(() => focused(el) === summary, { message: 'focus on the summary' });
      // Leaving the field for the summary keeps the backend's verdict: it changed nothing.
      await el.updateComplete;
      expect(text(dialog(el).querySelector('#email-error'))).to.equal(
        'Fout: Met dit e-mailadres ben je al aangemeld voor deze zwermsessie (of sta je op de wachtlijst): de bevestiging staat in je mail.',
      );
      expect(field(el, 'name').value, 'what was typed stays').to.equal('Deelnemer Een');
      await expect(el).to.be.accessible();
    });

    it('says the message of a field left with Tab, where a screen reader has moved on to the next one', async () => {
      const el = await mount();
      await ready(el);
      await openSignUp(el, OPEN);
      await fillIn(el, { email: 'niet-een-adres' });
      await sendKeys({ press: 'Tab' });
      await waitFor(() => dialog(el).querySelector('#email-error'), { message: 'the check on leaving' });
      await el.updateComplete;
      expect(focused(el)?.matches('input[name="email"]'), 'focus moved on').to.be.false;
      expect(text(dialog(el).querySelector('form ~ [role="status"]'))).to.equal('Fout: Vul een e-mailadres in zoals naam@voorbeeld.nl');
      await expect(el).to.be.accessible();
    });

    it("holds a field's check while a button is pressed, so its message cannot move the button from under the pointer", async () => {
      const el = await mount();
      await ready(el);
      await openSignUp(el, OPEN);
      await fillIn(el, { email: 'niet-een-adres' });
      await whilePressed(dialog(el).querySelector<HTMLButtonElement>('[part="submit"]')!, async () => {
        await aTimeout(0);
        await el.updateComplete;
        expect(dialog(el).querySelector('#email-error'), 'no message while pressed').to.be.null;
      });
      await waitFor(() => dialog(el).querySelector('#email-error'), { message: 'the check after the release' });
    });

    it('says clearly that a session cancelled in the meantime takes no sign-ups (409), and keeps what was typed', async () => {
      const el = await mount();
      await ready(el);
      await openSignUp(el, OPEN);
      await fillIn(el, { name: 'Sanne de Wit', email: 'sanne@example.nl', consent: true });
      backend.store.sessions.find((s) => s.id === OPEN)!.status = 'cancelled';
      const failed = oneEvent(el, 'flexschil-error');
      await submit(el);
      expect((await failed).detail.status).to.equal(409);
      const failure = await waitFor(() => dialog(el).querySelector<HTMLElement>('[part="failure"]'));
      expect(text(failure)).to.equal(
        'Je kunt je voor deze sessie niet meer aanmelden: de aanmelding is gesloten of de sessie gaat niet door. Je aanmelding is niet verstuurd; wat je invulde staat er nog.',
      );
      await waitFor(() => focused(el) === failure, { message: 'focus on the message' });
      expect(failure.querySelector('button'), 'retrying cannot help').to.be.null;
      expect(field(el, 'name').value).to.equal('Sanne de Wit');
      expect(field(el, 'email').value).to.equal('sanne@example.nl');
      expect(field(el, 'consent').checked).to.be.true;
      // The session as it is now: cancelled, in the dialog and on its card.
      await waitFor(() => text(dialog(el)).includes('Gaat niet door'), { message: 'status refreshed' });
      expect(text(dialog(el))).to.include('Voor deze sessie kun je je niet meer aanmelden.');
      await expect(el).to.be.accessible();
      dialog(el).close();
      await waitFor(() => !cardById(el, OPEN).querySelector('[part="sign-up"]'));
    });

    it('retries a send lost to the network with the same Idempotency-Key, and signs up once', async () => {
      const el = await mount();
      await ready(el);
      await openSignUp(el, OPEN);
      await fillIn(el, { name: 'Kees Bakker', email: 'kees@example.nl', consent: true });
      backend.setFault({ kind: 'network', paths: /\/registrations$/, times: 1 });
      await submit(el);
      const failure = await waitFor(() => dialog(el).querySelector<HTMLElement>('[part="failure"]'));
      expect(text(failure)).to.include('Er is geen verbinding met de server. Alles wat je hebt ingevuld is bewaard.');
      expect(text(failure)).to.include('Opnieuw proberen meldt je nooit twee keer aan.');
      await expect(el).to.be.accessible();
      failure.querySelector('button')!.click();
      await waitFor(() => success(el), { message: 'confirmation' });
      const sent = posts(/\/registrations$/).map((r) => r.headers.get('Idempotency-Key'));
      expect(sent).to.have.length(2);
      expect(sent[1]).to.equal(sent[0]);
      expect(backend.store.registrations.filter((r) => r.email === 'kees@example.nl')).to.have.length(1);
    });

    it('says a sign-up changed after a lost answer had already arrived, and keeps what was typed', async () => {
      const el = await mount();
      await ready(el);
      await openSignUp(el, OPEN);
      await fillIn(el, { name: 'Sam de Wit', email: 'sam@example.nl', consent: true });
      loseTheNextAnswer();
      await submit(el);
      await waitFor(() => dialog(el).querySelector('[part="failure"]'));
      await fillIn(el, { name: ' (gemeente Halderberge)' });
      await submit(el);
      const failure = await waitFor(() => {
        const shown = dialog(el).querySelector<HTMLElement>('[part="failure"]');
        return shown && text(shown).startsWith('Je aanmelding was al aangekomen') && shown;
      }, { message: 'the retry refused for its key' });
      expect(text(failure)).to.equal(
        'Je aanmelding was al aangekomen Ze kwam aan met wat je toen had ingevuld; wat je daarna hebt veranderd, is niet verstuurd. In de bevestigingsmail staat een link om je af te melden. Alles wat je hebt ingevuld is bewaard.',
      );
      expect(text(failure), 'no backend jargon').not.to.contain('Idempotency');
      expect(failure.querySelector('button'), 'sending again would not change the sign-up that arrived').to.be.null;
      expect(field(el, 'name').value).to.equal('Sam de Wit (gemeente Halderberge)');
      expect(backend.store.registrations.filter((r) => r.email === 'sam@example.nl')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('keeps the key and what was typed across a reload, so a retry after it still signs up once', async () => {
      const first = await mount();
      await ready(first);
      await openSignUp(first, OPEN);
      await fillIn(first, { name: 'Lotte Jansen', email: 'lotte@example.nl', consent: true });
      loseTheNextAnswer();
      await submit(first);
      await waitFor(() => dialog(first).querySelector('[part="failure"]'));
      first.closest('div')!.remove();

      const again = await mount();
      await ready(again);
      await openSignUp(again, OPEN);
      expect(text(dialog(again))).to.include('We hebben bewaard wat je eerder hebt ingevuld.');
      expect(field(again, 'name').value).to.equal('Lotte Jansen');
      expect(field(again, 'consent').checked).to.be.true;
      await submit(again);
      await waitFor(() => success(again), { message: 'confirmation' });
      const keys = posts(/\/registrations$/).map((r) => r.headers.get('Idempotency-Key'));
      expect(new Set(keys).size).to.equal(1);
      expect(backend.store.registrations.filter((r) => r.email === 'lotte@example.nl')).to.have.length(1);
    });

    it('takes a kept draft back field by field: what is foreign or of the wrong type never reaches the form', async () => {
      // As an earlier version wrote it, under the same key, then edited by hand.
      const key = `flexschil:session-list:v1:${OPEN}`;
      sessionStorage.setItem(key, JSON.stringify({ values: { name: 'Lotte Jansen', email: 42, consent: 'yes', website: 'spam' }, idempotencyKey: 7 }));
      const el = await mount();
      await ready(el);
      await openSignUp(el, OPEN);
      expect(text(dialog(el))).to.include('We hebben bewaard wat je eerder hebt ingevuld.');
      expect(field(el, 'name').value).to.equal('Lotte Jansen');
      expect(field(el, 'email').value).to.equal('');
      expect(field(el, 'consent').checked).to.be.false;
      await fillIn(el, { email: 'lotte@example.nl' });
      expect(JSON.parse(sessionStorage.getItem(key)!)).to.deep.equal({ values: { name: 'Lotte Jansen', email: 'lotte@example.nl', consent: false }, idempotencyKey: null });
      await fillIn(el, { consent: true });
      await submit(el);
      await waitFor(() => success(el), { message: 'confirmation' });
      const [post] = posts(/\/registrations$/);
      expect(post.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
      expect(await post.json()).to.deep.equal({ name: 'Lotte Jansen', email: 'lotte@example.nl', consent: true });
    });

    it('signs up where the tab keeps no drafts (storage blocked by privacy settings or a sandbox)', async () => {
      const restore = blockSessionStorage();
      try {
        const el = await mount();
        await ready(el);
        await openSignUp(el, OPEN);
        await fillIn(el, { name: 'Pim Vos', email: 'pim@example.nl', consent: true });
        await submit(el);
        await waitFor(() => success(el), { message: 'confirmation' });
        expect(backend.store.registrations.filter((r) => r.email === 'pim@example.nl')).to.have.length(1);
      } finally {
        restore();
      }
    });

    it('cannot send twice: a double click and a repeated Enter make one request', async () => {
      const el = await mount();
      await ready(el);
      await openSignUp(el, OPEN);
      await fillIn(el, { name: 'Pim Vos', email: 'pim@example.nl', consent: true });
      backend.setFault({ kind: 'slow', delay: 300, paths: /\/registrations$/, times: 1 });
      const button = dialog(el).querySelector<HTMLButtonElement>('[part="submit"]')!;
      button.click();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(text(button)).to.equal('Bezig met aanmelden…');
      field(el, 'email').focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => success(el), { message: 'confirmation' });
      expect(posts(/\/registrations$/)).to.have.length(1);
    });

    it('works with the keyboard alone, in English too, and stays accessible in every state of the dialog', async () => {
      const el = await mount('filters="q"', { lang: 'en' });
      await ready(el);
      for (let i = 0; i < 30 && !(focused(el) as HTMLElement | null)?.matches('[part="sign-up"]'); i++) await sendKeys({ press: 'Tab' });
      const opener = focused(el) as HTMLButtonElement;
      expect(opener.dataset.id).to.equal(FULL);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => dialog(el).open);
      expect(text(dialog(el).querySelector('#dialog-title'))).to.equal('Sign up: Ontbijtsessie: inkoop bij kleine gemeenten samen organiseren');
      await expect(el).to.be.accessible();
      field(el, 'name').focus();
      await sendKeys({ press: 'Enter' }); // submits the empty form
      await waitFor(() => focused(el)?.matches('[part="summary"]'));
      expect(text(dialog(el).querySelector('[part="summary"]'))).to.include('Enter your full name');
      await expect(el).to.be.accessible();
      field(el, 'name').focus();
      await sendKeys({ type: 'Ada Lovelace' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'ada@example.org' });
      for (let i = 0; i < 5 && focused(el) !== field(el, 'consent'); i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)!.matches('[part="submit"]')).to.be.true;
      await sendKeys({ press: 'Enter' });
      await waitFor(() => success(el));
      expect(text(success(el))).to.include('If a seat comes free, we will let you know.');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog(el).open);
      expect(focused(el)).to.equal(opener);
    });
  });

  describe('cancelling by the link in the confirmation mail', () => {
    /** Signs someone up through the element and returns the cancel link from their mail. */
    async function signUp(el: SessionList, id: string, name: string, email: string): Promise<URL> {
      await openSignUp(el, id);
      await fillIn(el, { name, email, consent: true });
      await submit(el);
      await waitFor(() => success(el), { message: 'confirmation' });
      dialog(el).close();
      const mail = backend.mails.find((m) => m.to === email)!;
      return new URL(mail.text.match(/https?:\/\/\S+\?registration=\S+/)![0]);
    }

    it('offers to cancel, cancels only on the click, and the first on the waitlist moves up', async () => {
      // One seat left: the first sign-up takes it, the second goes to the waitlist.
      backend.store.sessions.find((s) => s.id === OPEN)!.capacity = 7;
      const board = await mount();
      await ready(board);
      const link = await signUp(board, OPEN, 'Ruben Claes', 'ruben@example.nl');
      const waitlistLink = await signUp(board, OPEN, 'Wendy Ooms', 'wendy@example.nl');
      expect(backend.mails.find((m) => m.to === 'wendy@example.nl')!.subject).to.match(/^Op de wachtlijst/);
      expect(waitlistLink.searchParams.get('list')).to.equal('waitlist');
      board.closest('div')!.remove();

      // The visitor opens the link from the mail: this page, with its query.
      expect(link.pathname).to.equal('/zwermsessies.html');
      history.replaceState(null, '', `${location.pathname}${link.search}`);
      const el = await mount();
      await ready(el);
      const panel = shadow(el).querySelector('[part="cancel"]')!;
      expect(text(panel.querySelector('h2'))).to.equal('Afmelden voor een zwermsessie');
      await waitFor(() => focused(el)?.id === 'cancel-heading', { message: 'focus on the offer' });
      // Before confirming, the visitor sees which session and when.
      const session = backend.store.sessions.find((s) => s.id === OPEN)!;
      await waitFor(() => text(panel).includes('Het gaat om Zwermsessie: wijkgericht werken in de kernen,'), { message: 'the offer names the session' });
      expect(panel.querySelector('time')!.getAttribute('datetime')).to.equal(session.startsAt);
      expect(text(panel.querySelector('time'))).to.equal(text(cardById(el, OPEN).querySelector('time')));
      await expect(el).to.be.accessible();
      // A mail scanner that opened the link cancelled nothing.
      await aTimeout(100);
      expect(posts(/\/cancel$/)).to.have.length(0);

      [...panel.querySelectorAll('button')].find((b) => text(b) === 'Ja, meld mij af')!.click();
      await waitFor(() => text(shadow(el).querySelector('[part="cancel"]')).includes('Je bent afgemeld voor'), { message: 'outcome' });
      const outcome = shadow(el).querySelector('[part="cancel"]')!;
      expect(text(outcome)).to.include('Je bent afgemeld voor Zwermsessie: wijkgericht werken in de kernen.');
      expect(text(outcome)).to.include('Had je een plek, dan gaat die naar de eerste op de wachtlijst; die krijgt daarover bericht.');
      await waitFor(() => focused(el)?.id === 'cancel-heading');
      expect(text(focused(el))).to.equal('Je bent afgemeld');
      expect(posts(/\/cancel$/)).to.have.length(1);
      expect(backend.mails.find((m) => m.to === 'wendy@example.nl' && m.subject.startsWith('Er is een plek vrijgekomen'))).to.exist;
      // The secret has left the address bar.
      expect(new URL(location.href).searchParams.has('token')).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('gives someone who moved up a link for their seat; the waitlist link says where the new one is', async () => {
      backend.store.sessions.find((s) => s.id === OPEN)!.capacity = 7;
      const board = await mount();
      await ready(board);
      const link = await signUp(board, OPEN, 'Ruben Claes', 'ruben@example.nl');
      const waitlistLink = await signUp(board, OPEN, 'Wendy Ooms', 'wendy@example.nl');
      board.closest('div')!.remove();
      const cancelBy = async (url: URL, confirm: string, outcomeSays: string) => {
        history.replaceState(null, '', `${location.pathname}${url.search}`);
        const el = await mount();
        await ready(el);
        const panel = shadow(el).querySelector('[part="cancel"]')!;
        const heading = text(panel.querySelector('h2'));
        [...panel.querySelectorAll('button')].find((b) => text(b) === confirm)!.click();
        await waitFor(() => text(shadow(el).querySelector('[part="cancel"]')).includes(outcomeSays), { message: `the outcome: ${outcomeSays}` });
        const outcome = text(shadow(el).querySelector('[part="cancel"]'));
        el.closest('div')!.remove();
        return { heading, outcome };
      };
      await cancelBy(link, 'Ja, meld mij af', 'Je bent afgemeld voor');
      const promoted = backend.mails.find((m) => m.to === 'wendy@example.nl' && m.subject.startsWith('Er is een plek vrijgekomen'))!;
      expect(promoted.text).to.include('De link in je mail over de wachtlijst werkt niet meer');

      // The old link gives up nothing while it speaks of the waitlist, and says where the new one is.
      await cancelBy(waitlistLink, 'Ja, haal mij van de wachtlijst', 'Kreeg je intussen een plek? Dan staat in die mail (‘Er is een plek vrijgekomen’) een nieuwe link');
      expect(backend.store.registrations.find((r) => r.email === 'wendy@example.nl')!.status).to.equal('registered');

      // The new one speaks of a seat, and gives it up.
      const seatLink = new URL(promoted.text.match(/https?:\/\/\S+\?registration=\S+/)![0]);
      const seat = await cancelBy(seatLink, 'Ja, meld mij af', 'Je bent afgemeld voor Zwermsessie: wijkgericht werken in de kernen.');
      expect(seat.heading).to.equal('Afmelden voor een zwermsessie');
      expect(backend.store.registrations.find((r) => r.email === 'wendy@example.nl')!.status).to.equal('cancelled');
    });

    it('speaks of a place on the waitlist, not a seat, for someone on the waitlist', async () => {
      backend.store.sessions.find((s) => s.id === OPEN)!.capacity = 6;
      const board = await mount();
      await ready(board);
      const link = await signUp(board, OPEN, 'Wendy Ooms', 'wendy@example.nl');
      const mail = backend.mails.find((m) => m.to === 'wendy@example.nl')!;
      expect(mail.text).to.include('Geef hier je plek op de wachtlijst op');
      expect(mail.text).not.to.include('gaat je plek naar een ander');
      board.closest('div')!.remove();

      history.replaceState(null, '', `${location.pathname}${link.search}`);
      const el = await mount();
      await ready(el);
      const panel = shadow(el).querySelector('[part="cancel"]')!;
      expect(text(panel.querySelector('h2'))).to.equal('Afmelden voor de wachtlijst');
      await waitFor(() => text(panel).includes('Het gaat om Zwermsessie: wijkgericht werken in de kernen,'), { message: 'the offer names the session' });
      expect(text(panel)).to.include('Geef dan hier je plek op de wachtlijst op.');
      expect(text(panel)).not.to.match(/je plek gaat naar/);
      expect([...panel.querySelectorAll('button')].map(text)).to.deep.equal(['Ja, haal mij van de wachtlijst', 'Nee, ik blijf op de wachtlijst']);
      await expect(el).to.be.accessible();

      [...panel.querySelectorAll('button')].find((b) => text(b) === 'Ja, haal mij van de wachtlijst')!.click();
      await waitFor(() => text(shadow(el).querySelector('[part="cancel"]')).includes('Je staat niet meer op de wachtlijst voor'), { message: 'outcome' });
      expect(text(focused(el))).to.equal('Je staat niet meer op de wachtlijst');
      expect(new URL(location.href).search).to.equal('');
      await expect(el).to.be.accessible();
    });

    /** A panel's buttons by their words. */
    const cancelButtons = (el: SessionList) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="cancel"] button')].map(text);
    const outcome = (el: SessionList) => text(shadow(el).querySelector('[part="cancel"]'));

    it('tells someone who opens a used link again at once that they had cancelled already, without asking again', async () => {
      backend.store.sessions.find((s) => s.id === OPEN)!.capacity = 7;
      const board = await mount();
      await ready(board);
      const seatLink = await signUp(board, OPEN, 'Ruben Claes', 'ruben@example.nl');
      const waitlistLink = await signUp(board, OPEN, 'Wendy Ooms', 'wendy@example.nl');
      board.closest('div')!.remove();
      history.replaceState(null, '', `${location.pathname}${seatLink.search}`);
      const first = await mount();
      await ready(first);
      expect(cancelButtons(first)).to.deep.equal(['Ja, meld mij af', 'Nee, ik blijf aangemeld']);
      shadow(first).querySelector<HTMLButtonElement>('[part="cancel"] button')!.click();
      await waitFor(() => outcome(first).includes('Je bent afgemeld voor'), { message: 'cancelled' });
      first.closest('div')!.remove();

      // Days later the visitor opens the same link from the mail again. While the page asks
      // where the registration stands, it asks the visitor nothing.
      history.replaceState(null, '', `${location.pathname}${seatLink.search}`);
      // The first visit asked too: this visit's question is the next one (waiting for "one" passed
      // at once, and timed out when this visit's was already logged when the wait began).
      const askedBefore = posts(/\/status$/).length;
      const release = holdNext(/\/status$/, 'POST');
      const again = await mount();
      try {
        await waitFor(() => posts(/\/status$/).length === askedBefore + 1, { message: 'the status is asked' });
        const panel = shadow(again).querySelector('[part="cancel"]')!;
        expect(panel.getAttribute('aria-busy')).to.equal('true');
        expect(cancelButtons(again), 'nothing to click yet').to.deep.equal([]);
        await expect(again).to.be.accessible();
      } finally {
        release();
      }
      await ready(again);
      await waitFor(() => focused(again)?.id === 'cancel-heading', { message: 'focus on the outcome' });
      expect(text(focused(again))).to.equal('Je was al afgemeld');
      await waitFor(() => outcome(again).includes('Je had je al afgemeld voor Zwermsessie: wijkgericht werken in de kernen.'), { message: 'names the session' });
      expect(outcome(again)).to.include('Je hoeft verder niets te doen.');
      expect(outcome(again), 'no seat given up now').not.to.match(/Je bent afgemeld|gaat die naar de eerste op de wachtlijst/);
      expect(cancelButtons(again), 'no question, no button').to.deep.equal([]);
      expect(posts(/\/cancel$/), 'cancelled once, on the first visit').to.have.length(1);
      expect(location.search).to.equal('');
      await expect(again).to.be.accessible();
      again.closest('div')!.remove();

      // Wendy moved up: her waitlist link is known no more (404), so the page asks, and says so
      // when she confirms; her seat stays.
      history.replaceState(null, '', `${location.pathname}${waitlistLink.search}`);
      const stale = await mount();
      await ready(stale);
      expect(cancelButtons(stale)).to.deep.equal(['Ja, haal mij van de wachtlijst', 'Nee, ik blijf op de wachtlijst']);
      shadow(stale).querySelector<HTMLButtonElement>('[part="cancel"] button')!.click();
      await waitFor(() => text(shadow(stale).querySelector('[part="cancel"] [role="alert"]')).includes('Kreeg je intussen een plek?'), { message: '404 for the waitlist link' });
      expect(backend.store.registrations.find((r) => r.email === 'wendy@example.nl')!.status).to.equal('registered');
      stale.closest('div')!.remove();
      expect(posts(/\/cancel$/)).to.have.length(2);
    });

    it('tells someone who left the waitlist and opens the link again that they had left it already, in English too', async () => {
      backend.store.sessions.find((s) => s.id === OPEN)!.capacity = 6;
      const board = await mount();
      await ready(board);
      const link = await signUp(board, OPEN, 'Wendy Ooms', 'wendy@example.nl');
      board.closest('div')!.remove();
      /** Opens the link from the mail and returns the page once its panel has focus. */
      const open = async (lang: string) => {
        history.replaceState(null, '', `${location.pathname}${link.search}`);
        const el = await mount('', { lang });
        await ready(el);
        await waitFor(() => focused(el)?.id === 'cancel-heading', { message: 'focus on the panel' });
        return el;
      };
      const first = await open('nl');
      shadow(first).querySelector<HTMLButtonElement>('[part="cancel"] button')!.click();
      await waitFor(() => shadow(first).querySelector('[part="cancel"] [role="status"]'), { message: 'the outcome' });
      await waitFor(() => text(focused(first)) === 'Je staat niet meer op de wachtlijst');
      first.closest('div')!.remove();

      const nl = await open('nl');
      expect(text(focused(nl))).to.equal('Je stond al niet meer op de wachtlijst');
      await waitFor(() => outcome(nl).includes('Je had je plek op de wachtlijst voor Zwermsessie: wijkgericht werken in de kernen al opgegeven.'));
      expect(cancelButtons(nl)).to.deep.equal([]);
      await expect(nl).to.be.accessible();
      nl.closest('div')!.remove();

      const en = await open('en');
      expect(text(focused(en))).to.equal('You had left the waitlist already');
      await waitFor(() => outcome(en).includes('You had already given up your place on the waitlist for Zwermsessie: wijkgericht werken in de kernen.'));
      expect(outcome(en)).to.include('There is nothing else you need to do.');
      expect(cancelButtons(en)).to.deep.equal([]);
      await expect(en).to.be.accessible();
      expect(posts(/\/cancel$/), 'one cancel, on the first visit').to.have.length(1);
    });

    for (const [why, answer] of [
      ['a backend without the status (405)', () => HttpResponse.json({ type: 'about:blank', title: 'Methode niet toegestaan', status: 405 }, { status: 405, headers: { 'Content-Type': 'application/problem+json' } })],
      ['a status that fails (500)', () => HttpResponse.json({ type: 'about:blank', title: 'Serverfout', status: 500 }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } })],
      ['a status lost to the network', () => HttpResponse.error()],
    ] as const) {
      it(`asks first and cancels as before when it cannot know where the registration stands: ${why}`, async () => {
        const board = await mount();
        await ready(board);
        const link = await signUp(board, OPEN, 'Ruben Claes', 'ruben@example.nl');
        board.closest('div')!.remove();
        worker.use(http.post(`${API}/registrations/:id/status`, answer));
        const errors: Event[] = [];
        const collect = (event: Event) => errors.push(event);
        const confirmBy = async () => {
          history.replaceState(null, '', `${location.pathname}${link.search}`);
          const el = await mount();
          await ready(el);
          await waitFor(() => focused(el)?.id === 'cancel-heading', { message: 'focus on the offer' });
          expect(cancelButtons(el)).to.deep.equal(['Ja, meld mij af', 'Nee, ik blijf aangemeld']);
          shadow(el).querySelector<HTMLButtonElement>('[part="cancel"] button')!.click();
          await waitFor(() => shadow(el).querySelector('[part="cancel"] [role="status"]') && focused(el)?.id === 'cancel-heading', { message: 'the outcome, with focus' });
          return el;
        };
        document.addEventListener('flexschil-error', collect);
        let again: SessionList;
        try {
          (await confirmBy()).closest('div')!.remove();
          again = await confirmBy();
        } finally {
          document.removeEventListener('flexschil-error', collect);
        }
        expect(text(focused(again))).to.equal('Je was al afgemeld');
        expect(errors, 'a status it cannot have is no error to report').to.have.length(0);
        expect(posts(/\/cancel$/)).to.have.length(2);
      });
    }

    /** The page's live region (it also announces the pages of the list). */
    const said = (el: SessionList) => text(shadow(el).querySelector('[role="status"][aria-live="polite"]'));

    it('keeps the place when the visitor declines, says so, and forgets the link', async () => {
      history.replaceState(null, '', `${location.pathname}?registration=reg-123&token=geheim`);
      const el = await mount('', { lang: 'en' });
      await ready(el);
      expect(text(shadow(el).querySelector('[part="cancel"] h2'))).to.equal('Cancel your place at a swarm session');
      await expect(el).to.be.accessible();
      [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="cancel"] button')].find((b) => text(b) === 'No, keep my place')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="cancel"]')).to.be.null;
      await waitFor(() => focused(el)?.id === 'results-heading');
      expect(said(el)).to.equal('You keep your place.');
      expect(location.search).to.equal('');
      expect(posts(/\/cancel$/)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('says that a place on the waitlist is kept when the visitor declines, also for an older link that does not say so', async () => {
      backend.store.sessions.find((s) => s.id === OPEN)!.capacity = 6;
      const board = await mount();
      await ready(board);
      const link = await signUp(board, OPEN, 'Wendy Ooms', 'wendy@example.nl');
      board.closest('div')!.remove();
      // A mail from before `&session=` and `&list=waitlist`: the backend says where she stands.
      link.searchParams.delete('list');
      link.searchParams.delete('session');
      history.replaceState(null, '', `${location.pathname}${link.search}`);
      const el = await mount();
      await ready(el);
      await waitFor(() => focused(el)?.id === 'cancel-heading', { message: 'focus on the offer' });
      expect(text(focused(el))).to.equal('Afmelden voor de wachtlijst');
      await waitFor(() => outcome(el).includes('Het gaat om Zwermsessie: wijkgericht werken in de kernen,'), { message: 'the offer names the session' });
      [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="cancel"] button')].find((b) => text(b) === 'Nee, ik blijf op de wachtlijst')!.click();
      await waitFor(() => focused(el)?.id === 'results-heading');
      expect(said(el)).to.equal('Je blijft op de wachtlijst.');
      expect(backend.store.registrations.find((r) => r.email === 'wendy@example.nl')!.status).to.equal('waitlisted');
      await expect(el).to.be.accessible();
    });

    it('says so when the link does not work, without a retry that cannot help', async () => {
      history.replaceState(null, '', `${location.pathname}?registration=reg-bestaat-niet&token=verkeerd`);
      const el = await mount();
      await ready(el);
      shadow(el).querySelector<HTMLButtonElement>('[part="cancel"] button')!.click();
      await waitFor(() => shadow(el).querySelector('[part="cancel"] [role="alert"]'));
      const panel = shadow(el).querySelector('[part="cancel"]')!;
      expect(text(panel.querySelector('h2'))).to.equal('Je bent nog niet afgemeld');
      expect(text(panel)).to.include('Deze afmeldlink werkt niet.');
      expect(panel.querySelector('button')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('offers a retry when cancelling failed on the way', async () => {
      history.replaceState(null, '', `${location.pathname}?registration=reg-123&token=geheim`);
      backend.setFault({ kind: 'error500', paths: /\/cancel$/, times: 1 });
      const el = await mount();
      await ready(el);
      shadow(el).querySelector<HTMLButtonElement>('[part="cancel"] button')!.click();
      await waitFor(() => shadow(el).querySelector('[part="cancel"] [role="alert"]'));
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part="cancel"] button')!;
      expect(text(retry)).to.equal('Probeer opnieuw af te melden');
      expect(new URL(location.href).searchParams.get('token'), 'the link is kept for the retry').to.equal('geheim');
    });

    it('says when to try again after too many requests (429), signing up and cancelling, and the retry works', async () => {
      const board = await mount();
      await ready(board);
      await openSignUp(board, OPEN);
      await fillIn(board, { name: 'Ruben Claes', email: 'ruben@example.nl', consent: true });
      backend.setFault({ kind: 'rate-limit', paths: /\/registrations$/, times: 1 });
      await submit(board);
      await waitFor(() => dialog(board).querySelector('[part="failure"]'), { message: 'the failure' });
      const failure = dialog(board).querySelector('[part="failure"]')!;
      expect(text(failure)).to.include('Het is even te druk. Probeer het over 1 seconde opnieuw.');
      await expect(board).to.be.accessible();
      failure.querySelector('button')!.click();
      await waitFor(() => success(board), { message: 'confirmation' });
      expect(new Set(posts(/\/registrations$/).map((r) => r.headers.get('Idempotency-Key'))).size, 'the retry is the same sign-up').to.equal(1);
      dialog(board).close();
      const link = new URL(backend.mails.find((m) => m.to === 'ruben@example.nl')!.text.match(/https?:\/\/\S+\?registration=\S+/)![0]);
      board.closest('div')!.remove();

      // The status and the first cancel are refused: the offer comes as from a backend without the status.
      backend.setFault({ kind: 'rate-limit', paths: /^\/registrations\//, times: 2 });
      history.replaceState(null, '', `${location.pathname}${link.search}`);
      const el = await mount();
      await ready(el);
      await waitFor(() => cancelButtons(el).length === 2, { message: 'the offer' });
      shadow(el).querySelector<HTMLButtonElement>('[part="cancel"] button')!.click();
      await waitFor(() => shadow(el).querySelector('[part="cancel"] [role="alert"]'), { message: 'the failure' });
      expect(text(shadow(el).querySelector('[part="cancel"] [role="alert"]'))).to.equal('Het is even te druk. Probeer het over 1 seconde opnieuw.');
      await expect(el).to.be.accessible();
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part="cancel"] button')!;
      expect(text(retry)).to.equal('Probeer opnieuw af te melden');
      retry.click();
      await waitFor(() => outcome(el).includes('Je bent afgemeld voor'), { message: 'cancelled' });
    });

    it('stops asking where the registration stands when the list leaves the page, and asks again when it is back', async () => {
      // The service worker never aborts msw's copy of a request (msw 3 in a browser), so the
      // signal is read where the client sends it, as the apply form's timeout test does.
      const client = transport(sharedClient(API, 'omit', null));
      const signals: AbortSignal[] = [];
      const send = client.send;
      client.send = (async (...args: Parameters<Transport['send']>) => {
        const [url, , signal] = args;
        if (url.endsWith('/status') && signal) signals.push(signal);
        return send.apply(client, args);
      }) as Transport['send'];
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      worker.use(
        http.post(`${API}/registrations/:id/status`, async () => {
          await held;
          return HttpResponse.json({ id: 'reg-123', sessionId: OPEN, status: 'registered', receivedAt: '2026-11-20T10:00:00+01:00' });
        }),
      );
      history.replaceState(null, '', `${location.pathname}?registration=reg-123&token=geheim&session=${OPEN}`);
      const thrown: unknown[] = [];
      const onError = (event: ErrorEvent) => thrown.push(event.error);
      const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const el = await mount();
        await waitFor(() => posts(/\/status$/).length === 1, { message: 'the status is asked' });
        expect(signals, 'the request has a signal').to.have.length(1);
        const wrapper = el.closest('div')!;
        const page = wrapper.parentElement!;
        wrapper.remove();
        expect(signals[0].aborted, 'aborted as the list leaves the page').to.be.true;
        // Lit still renders a list off the page when something changes (strings, data): an update
        // then must not ask again, with a request nothing would abort.
        el.requestUpdate();
        await el.updateComplete;
        expect(posts(/\/status$/), 'nothing asked by a list off the page').to.have.length(1);
        release();
        await aTimeout(50);
        expect(shadow(el).querySelector('[part="cancel"]')!.getAttribute('aria-busy'), 'the list off the page is left as it was').to.equal('true');

        // A host page that moves the list puts it back: it asks again, and offers.
        page.append(wrapper);
        await waitFor(() => cancelButtons(el).length === 2, { message: 'the offer' });
        expect(posts(/\/status$/)).to.have.length(2);
        expect(signals[1].aborted).to.be.false;
        await expect(el).to.be.accessible();
      } finally {
        release();
        client.send = send;
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(thrown).to.deep.equal([]);
    });
  });

  describe('small screens and zoom', () => {
    it('fits 320 px without horizontal scrolling, the dialog too', async () => {
      await setViewport({ width: 320, height: 480 });
      const el = await mount();
      await ready(el);
      await aTimeout(50);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const signUp = shadow(el).querySelector<HTMLElement>('[part="sign-up"]')!;
      expect(signUp.getBoundingClientRect().height).to.be.at.least(24);
      await openSignUp(el, OPEN);
      const box = dialog(el).getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(dialog(el).scrollWidth).to.be.at.most(dialog(el).clientWidth);
    });

    for (const [width, height] of [
      [320, 480],
      [800, 520],
    ]) {
      it(`never hides a focused field under the dialog's header, down the form and back up (${width}×${height})`, async () => {
        await setViewport({ width, height });
        const el = await mount();
        await ready(el);
        await openSignUp(el, OPEN);
        /** The focused control is what a click at its centre would hit: nothing lies over it (WCAG 2.4.11). */
        const visible = async () => {
          await aTimeout(50);
          const target = focused(el) as HTMLElement;
          const rect = target.getClientRects()[0]; // a link's first line
          const hit = shadow(el).elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
          expect(hit === target || target.contains(hit) || hit?.closest('label')?.htmlFor === target.id, `${target.id || target.textContent} is covered by ${hit?.outerHTML.slice(0, 60)}`).to.be.true;
        };
        const submit = dialog(el).querySelector<HTMLElement>('[part="submit"]')!;
        for (let i = 0; i < 12 && focused(el) !== submit; i++) {
          await sendKeys({ press: 'Tab' });
          await visible();
        }
        expect(focused(el)).to.equal(submit);
        for (let i = 0; i < 12 && focused(el) !== field(el, 'name'); i++) {
          await sendKeys({ press: 'Shift+Tab' });
          await visible();
        }
        expect(focused(el)).to.equal(field(el, 'name'));
      });
    }

    it('reflows at 200 % zoom (640 px at twice the text size)', async () => {
      await setViewport({ width: 640, height: 400 });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 200%">
        <marketplace-provider endpoint=${API}><session-list></session-list></marketplace-provider>
      </div>`);
      const el = wrapper.querySelector('session-list')!;
      await ready(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(640);
      await openSignUp(el, OPEN);
      expect(dialog(el).scrollWidth).to.be.at.most(dialog(el).clientWidth);
    });
  });
});
