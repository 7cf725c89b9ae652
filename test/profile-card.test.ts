import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import payloads from './data/xss-payloads.json' with { type: 'json' };
import { seedProfiles } from '../seed/seed.js';
import { sharedClient } from '../src/api/clients.js';
import { Profile } from '../src/api/schemas.js';
import '../src/elements/marketplace-provider/define.js';
import '../src/elements/profile-card/define.js';
import type { ProfileCard } from '../src/elements/profile-card/profile-card.js';
import { makeProfile } from './fixtures.js';
import { accessibilityTree, API, waitFor } from './helpers.js';
import { consoleErrors, otherOrigin } from './hostile.js';
import { backend, holdNext, requests, resetMock, worker } from './msw.js';

type Card = ProfileCard;
type XssWindow = Window & { __xss?: unknown };

/** The seed's first profile as the backend sends it (Dutch labels). */
const anneMarie = () => structuredClone(seedProfiles.find((p) => p.id === 'p-0001')!);

async function mountById(id: string, { lang = 'nl', token, variant = 'full' }: { lang?: string; token?: string; variant?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <marketplace-provider endpoint=${API} .getToken=${token ? async () => token : null}>
      <profile-card profile-id=${id} variant=${variant}></profile-card>
    </marketplace-provider>
  </div>`);
  const card = wrapper.querySelector<Card>('profile-card')!;
  await card.updateComplete; // in English, after its strings are in
  return card;
}

async function mountWith(profile: unknown, { lang = 'nl', variant = 'full', level }: { lang?: string; variant?: string; level?: number } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <profile-card variant=${variant} heading-level=${level ?? 2} .profile=${profile as Profile}></profile-card>
  </div>`);
  const card = wrapper.querySelector<Card>('profile-card')!;
  await card.updateComplete;
  return card;
}

async function ready(card: Card, state = 'ready') {
  await waitFor(() => card.matches(`:state(${state})`), { message: `state ${state}` });
  await card.updateComplete;
}

/** The requests that reached the mock backend (not the page's own files or photos). */
const apiRequests = () => requests.filter((r) => r.url.startsWith(API));

const shadow = (card: Card) => card.shadowRoot!;
const part = (card: Card, name: string) => shadow(card).querySelector<HTMLElement>(`[part~="${name}"]`);
/** What a sighted reader sees, whitespace collapsed. */
const text = (card: Card) => part(card, 'card')!.textContent!.replace(/\s+/g, ' ').trim();
const terms = (card: Card) => [...shadow(card).querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
const fact = (card: Card, term: string) =>
  [...shadow(card).querySelectorAll('dt')].find((dt) => dt.textContent!.trim() === term)?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
const nbsp = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');

describe('<profile-card>', () => {
  beforeEach(async () => {
    await resetMock();
    // Each test starts from the backend, not from the previous test's cached answers.
    sharedClient(API, 'omit', null).clearCache();
  });
  afterEach(() => worker.resetHandlers());

  describe('every state, in both languages, passes axe', () => {
    for (const lang of ['nl', 'en']) {
      it(`loading, ready (full and compact) and error in ${lang}`, async () => {
        const release = holdNext(/^\/profiles\/p-0001$/);
        try {
          const loading = await mountById('p-0001', { lang });
          expect(loading.matches(':state(loading)')).to.be.true;
          expect(shadow(loading).querySelector('[role="status"]')!.textContent).to.equal(lang === 'nl' ? 'Bezig met laden…' : 'Loading…');
          await expect(loading).to.be.accessible();
        } finally {
          release();
        }
        for (const variant of ['full', 'compact']) {
          const card = await mountWith(anneMarie(), { lang, variant });
          await ready(card);
          await expect(card).to.be.accessible();
        }
        const failing = await mountById('p-0006', { lang });
        await ready(failing, 'error');
        expect(part(failing, 'error')!.textContent).to.include(lang === 'nl' ? 'Probeer opnieuw' : 'Try again');
        await expect(failing).to.be.accessible();
      });
    }
  });

  describe('the e-portfolio (full)', () => {
    it('fetches a profile by id and shows it accessibly', async () => {
      backend.setFault({ kind: 'slow', delay: 300, times: 1 });
      const card = await mountById('p-0001');
      expect(card.matches(':state(loading)')).to.be.true;
      await ready(card);
      expect(apiRequests().map((r) => new URL(r.url).pathname)).to.deep.equal(['/v1/profiles/p-0001']);
      const name = part(card, 'name')!;
      expect(name.tagName).to.equal('H2');
      expect(name.textContent!.trim()).to.equal('Anne-Marie Backx');
      await expect(card).to.be.accessible();
    });

    it('shows everything the profile has, in words', async () => {
      // A start far ahead, so the text does not depend on today's date.
      const card = await mountWith({ ...anneMarie(), availability: { hoursPerWeek: 16, from: '2099-01-01' } });
      await ready(card);
      expect(text(card)).to.include('Projectleider en verbinder tussen gemeenten');
      const badges = [...part(card, 'badges')!.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(badges).to.deep.equal(['Zelfstandig publiek professional (zpp)', 'Organisatieontwikkeling', 'Informatievoorziening']);
      // "Organisatie", not "Werkgever": an independent professional (zpp, zzp) has no employer.
      expect(fact(card, 'Organisatie')).to.equal('Gemeente Bergen op Zoom');
      expect(fact(card, 'Beschikbaar')).to.equal('16 uur per week vanaf 1 januari 2099');
      expect(fact(card, 'Regio')).to.equal('West-Brabant');
      expect(nbsp(fact(card, 'Tarief'))).to.equal('€ 85 per uur (publiek tarief)');
      const sections = [...shadow(card).querySelectorAll('section h3')].map((h) => h.textContent!.trim());
      expect(sections).to.deep.equal(['Over mij', 'Kernkwaliteiten', 'Vaardigheden', 'Ervaring', 'Meer over mij', 'Contact']);
      const items = (section: string) => [...shadow(card).querySelectorAll(`section.${section} li`)].map((li) => li.textContent!.trim());
      expect(items('qualities')).to.deep.equal(['Verbinden', 'Ondernemend', 'Resultaatgericht']);
      expect(items('skills')).to.deep.equal(['Projectmanagement', 'Informatievoorziening', 'Participatie', 'Zaakgericht werken']);
      const timeline = [...shadow(card).querySelectorAll('.timeline li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(timeline).to.deep.equal([
        'Projectleider kunst in de binnenstad Gemeente Steenbergen maart 2024 – heden',
        'Teamleider Burgerzaken Gemeente Bergen op Zoom september 2018 – februari 2024',
      ]);
      const cv = shadow(card).querySelector<HTMLAnchorElement>('.links a')!;
      expect(cv.href).to.equal('https://www.example.nl/cv/p-0001.pdf');
      expect(cv.target).to.equal('_blank');
      expect(cv.rel).to.include('noopener');
      expect(cv.textContent).to.include('opent in een nieuw venster');
      const contact = part(card, 'contact')!;
      expect(contact.querySelector('a')!.getAttribute('href')).to.equal('mailto:a.backx@example.nl');
      expect(contact.textContent).to.include('a.backx@example.nl');
      // Links that stand on their own, in lists: 24 px high at least (WCAG 2.5.8).
      for (const a of shadow(card).querySelectorAll<HTMLAnchorElement>('.link-list a, .contact-list a')) {
        expect(a.getBoundingClientRect().height, a.textContent!).to.be.at.least(24);
      }
      // Initials stand in for the missing photo, hidden from assistive tech (the name is right there).
      expect(part(card, 'photo')!.textContent!.trim()).to.equal('AB');
      expect(part(card, 'photo')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('renders the same from an id, from raw API JSON and from a parsed Profile', async () => {
      const byId = await mountById('p-0001');
      await ready(byId);
      const raw = await mountWith(anneMarie());
      await ready(raw);
      const parsed = await mountWith(Profile.parse(anneMarie()));
      await ready(parsed);
      expect(text(raw)).to.equal(text(byId));
      expect(text(parsed)).to.equal(text(byId));
      expect(shadow(raw).innerHTML.replace(/<!--[\s\S]*?-->/g, '')).to.equal(shadow(byId).innerHTML.replace(/<!--[\s\S]*?-->/g, ''));
    });

    it('speaks English', async () => {
      const card = await mountById('p-0001', { lang: 'en' });
      await ready(card);
      const request = apiRequests().filter((r) => r.url.endsWith('/profiles/p-0001')).at(-1)!;
      expect(new Headers(request.headers).get('Accept-Language')).to.equal('en');
      expect(fact(card, 'Available')).to.match(/^16 hours per week( from 1 January 2027|, available now)$/);
      expect(nbsp(fact(card, 'Rate'))).to.equal('€85 per hour (public rate)');
      expect(part(card, 'badges')!.textContent).to.include('Independent public professional (zpp)');
      expect(text(card)).to.include('March 2024 – present');
      await expect(card).to.be.accessible();
    });

    it('says "available now" when the availability has started, and "indicatie" for a rate that is not the same for every client', async () => {
      const card = await mountWith(
        makeProfile({ availability: { hoursPerWeek: 32, from: '2020-01-01' }, rate: { amount: 115, currency: 'EUR', unit: 'hour', publicRate: false } }),
      );
      await ready(card);
      expect(fact(card, 'Beschikbaar')).to.equal('32 uur per week, direct beschikbaar');
      expect(nbsp(fact(card, 'Tarief'))).to.equal('€ 115 per uur (indicatie)');
    });

    it('lets the host choose the heading level of the name; sections sit one level below', async () => {
      const card = await mountWith(anneMarie(), { level: 4 });
      await ready(card);
      expect(part(card, 'name')!.tagName).to.equal('H4');
      expect(shadow(card).querySelectorAll('section h5').length).to.equal(6);
    });

    it('stands twice on one page (a featured card and one in a dialog) without two sets of landmarks of the same name', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <profile-card .profile=${anneMarie()}></profile-card>
        <profile-card .profile=${makeProfile({ id: 'p-other' })}></profile-card>
      </div>`);
      const cards = [...page.querySelectorAll<Card>('profile-card')];
      await Promise.all(cards.map((card) => ready(card)));
      const regions = (await accessibilityTree()).filter((node) => node.role === 'region');
      expect(regions, 'its parts are found by their headings').to.deep.equal([]);
      await expect(page).to.be.accessible();
    });

    it('marks profiles that only the network or the employer may see', async () => {
      const card = await mountWith(makeProfile({ visibility: 'network' }));
      await ready(card);
      expect(part(card, 'badges')!.textContent).to.include('Alleen voor het netwerk');
    });
  });

  describe('missing data', () => {
    const bare = () =>
      makeProfile({
        photoUrl: null,
        organisation: null,
        fields: [],
        coreQualities: [],
        skills: [],
        experience: [],
        availability: null,
        rate: null,
        bio: null,
        links: { cv: null, portfolio: null, linkedin: null },
        contact: null,
      });

    for (const variant of ['full', 'compact']) {
      it(`leaves no empty labels, "null" or "undefined" (${variant})`, async () => {
        const card = await mountWith(bare(), { variant });
        await ready(card);
        const shown = shadow(card).textContent!;
        expect(shown).not.to.match(/null|undefined|NaN|\[object/);
        expect(terms(card)).to.deep.equal(['Regio']);
        expect(shadow(card).querySelectorAll('section')).to.have.length(0);
        expect(part(card, 'contact')).to.be.null;
        expect(shadow(card).querySelector('a')).to.be.null;
        for (const el of shadow(card).querySelectorAll('dd, li, p, h2, h3')) expect(el.textContent!.trim(), el.outerHTML).not.to.equal('');
        await expect(card).to.be.accessible();
      });
    }

    it('shows only the contact details that are published', async () => {
      const card = await mountWith(makeProfile({ contact: { email: null, phone: '06 0123 4567' } }));
      await ready(card);
      const contact = part(card, 'contact')!;
      expect(contact.querySelectorAll('a')).to.have.length(1);
      expect(contact.querySelector('a')!.getAttribute('href')).to.equal('tel:0601234567');
      expect(contact.textContent).not.to.include('E-mail');
    });

    it('omits an empty headline and a blank bio', async () => {
      const card = await mountWith(makeProfile({ headline: '  ', bio: '  ' }));
      await ready(card);
      expect(shadow(card).querySelector('.headline')).to.be.null;
      expect(shadow(card).querySelector('.bio')).to.be.null;
    });
  });

  describe('language of the backend\'s text', () => {
    /** The profile as a backend answers it: in Dutch, whatever the visitor's language. */
    const inDutch = () =>
      worker.use(http.get(`${API}/profiles/:id`, () => HttpResponse.json(makeProfile({ contact: { email: 'a.backx@example.nl', phone: null } }), { headers: { 'Content-Language': 'nl' } })));
    const marked = (card: Card) => [...shadow(card).querySelectorAll('[lang]')].map((el) => `${el.localName}.${el.className || el.getAttribute('part')}:${el.textContent!.trim()}`);

    it('marks Dutch profile text lang="nl" in English, and only that', async () => {
      inDutch();
      const card = await mountById('p-0007', { lang: 'en' });
      await ready(card);
      expect(part(card, 'name')!.getAttribute('lang')).to.equal('nl');
      const texts = marked(card);
      for (const text of ['Projectleider en verbinder tussen gemeenten', 'Organisatieontwikkeling', 'Gemeente Bergen op Zoom', 'West-Brabant', 'Verbinden', 'Projectleider kunst in de binnenstad', 'Plain text.']) {
        expect(texts.some((t) => t.includes(text)), text).to.be.true;
      }
      // UI words stay unmarked: the terms, the headings, the kind, the period.
      for (const text of ['Organisation', 'Skills', 'Independent', 'present']) expect(texts.some((t) => t.includes(text)), text).to.be.false;
      const email = shadow(card).querySelector('.contact-list a')!;
      expect(email.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Email Anne-Marie Backx');
      expect(email.querySelector('span[lang="nl"]')!.textContent).to.equal('Anne-Marie Backx');
      await expect(card).to.be.accessible();
    });

    it("marks the professional's own words with the profile's language where the backend translated only its labels", async () => {
      const profile = makeProfile({ region: { value: 'west-brabant', label: 'West Brabant' }, fields: [{ value: 'informatievoorziening', label: 'Information management' }], language: 'nl' });
      worker.use(http.get(`${API}/profiles/:id`, () => HttpResponse.json(profile, { headers: { 'Content-Language': 'en' } })));
      const card = await mountById('p-0007', { lang: 'en' });
      await ready(card);
      expect(part(card, 'name')!.getAttribute('lang')).to.equal('nl');
      const texts = marked(card);
      for (const text of ['Projectleider en verbinder tussen gemeenten', 'Gemeente Bergen op Zoom', 'Verbinden', 'Plain text.']) expect(texts.some((t) => t.includes(text)), text).to.be.true;
      for (const label of ['West Brabant', 'Information management']) expect(texts.some((t) => t.includes(label)), label).to.be.false;
      await expect(card).to.be.accessible();
    });

    it('marks nothing when the text is in the UI language, or its language is unknown', async () => {
      inDutch();
      const dutch = await mountById('p-0007', { lang: 'nl' });
      await ready(dutch);
      expect(marked(dutch)).to.deep.equal([]);
      const given = await mountWith(makeProfile(), { lang: 'en' });
      await ready(given);
      expect(marked(given)).to.deep.equal([]);
    });
  });

  describe('320 px', () => {
    afterEach(() => setViewport({ width: 1280, height: 800 }));

    /** Whether each word of an element's text lies on one line. */
    const wordsWhole = (element: Element) => {
      const node = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()!;
      const value = node.textContent!;
      return value.split(/[\s-]+/).every((word) => {
        const range = document.createRange();
        const start = value.indexOf(word);
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size === 1;
      });
    };

    for (const variant of ['full', 'compact']) {
      it(`gives the name room below the photo on a phone, and beside it where it fits (${variant})`, async () => {
        const profile = makeProfile({ name: 'Gerardina Oosterhuis-Vandenberghe', photoUrl: null });
        await setViewport({ width: 320, height: 640 });
        const card = await mountWith(profile, { variant });
        await ready(card);
        const name = part(card, 'name')!;
        const photo = part(card, 'photo')!.getBoundingClientRect();
        // The full card's larger photo leaves too little beside it: the name goes below. The
        // compact card's smaller one leaves twelve characters' room: the name stays beside it.
        if (variant === 'full') expect(name.getBoundingClientRect().top, 'below the photo').to.be.at.least(photo.bottom);
        expect(name.getBoundingClientRect().width, 'room for the name').to.be.at.least(180);
        expect(wordsWhole(name), 'no word broken').to.be.true;
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expect(card).to.be.accessible();

        await setViewport({ width: 1280, height: 800 });
        await card.updateComplete;
        expect(name.getBoundingClientRect().left, 'beside the photo').to.be.at.least(part(card, 'photo')!.getBoundingClientRect().right);
      });
    }
  });

  describe('photo', () => {
    it('shows the photo, without leaking the page as referrer, and falls back to initials when it fails to load', async () => {
      const card = await mountWith(makeProfile({ name: 'Jeroen van den Heuvel', photoUrl: `${location.origin}/no-such-photo.jpg` }));
      await ready(card);
      const img = part(card, 'photo') as HTMLImageElement;
      expect(img.tagName).to.equal('IMG');
      expect(img.alt).to.equal('');
      expect(img.referrerPolicy).to.equal('no-referrer');
      await waitFor(() => part(card, 'photo')?.tagName === 'SPAN', { message: 'initials after a failed photo' });
      expect(part(card, 'photo')!.textContent!.trim()).to.equal('JH');
      await expect(card).to.be.accessible();
    });
  });

  describe('compact', () => {
    it('links the CV, portfolio and LinkedIn the profile publishes, each in a new window', async () => {
      const card = await mountWith(
        makeProfile({
          links: { cv: 'https://example.nl/cv.pdf', portfolio: 'https://portfolio.example.nl/', linkedin: 'https://www.linkedin.com/in/voorbeeld' },
        }),
      );
      await ready(card);
      const links = [...shadow(card).querySelectorAll<HTMLAnchorElement>('.links a')];
      expect(links.map((a) => a.href)).to.deep.equal(['https://example.nl/cv.pdf', 'https://portfolio.example.nl/', 'https://www.linkedin.com/in/voorbeeld']);
      expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim().split(' (')[0])).to.deep.equal(['Cv', 'Portfolio', 'LinkedIn']);
      expect(links.every((a) => a.target === '_blank' && a.rel.includes('noopener'))).to.be.true;
    });

    it('fits a tile: a few skills, no experience, links or contact', async () => {
      const card = await mountWith(makeProfile({ skills: ['A', 'B', 'C', 'D', 'E', 'F'] }), { variant: 'compact', level: 3 });
      await ready(card);
      expect(part(card, 'name')!.tagName).to.equal('H3');
      const skills = [...shadow(card).querySelectorAll('.tags li')].map((li) => li.textContent!.trim());
      expect(skills).to.deep.equal(['A', 'B', 'C', 'D', 'en 2 meer']);
      expect(shadow(card).querySelector('.timeline, .links')).to.be.null;
      expect(part(card, 'contact')).to.be.null;
      await expect(card).to.be.accessible();
    });
  });

  describe('contact', () => {
    it('fires profile-contact when the visitor uses the e-mail link; preventDefault keeps the mail program closed', async () => {
      const card = await mountWith(anneMarie());
      await ready(card);
      const link = part(card, 'contact')!.querySelector('a')!;
      const event = oneEvent(card, 'profile-contact');
      card.addEventListener('profile-contact', (e) => e.preventDefault(), { once: true });
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      const { detail } = await event;
      expect(detail.profile.id).to.equal('p-0001');
      expect(detail.profile.name).to.equal('Anne-Marie Backx');
      expect(click.defaultPrevented).to.be.true;
    });

    it('reaches the contact link from the keyboard', async () => {
      const card = await mountWith(anneMarie());
      await ready(card);
      card.addEventListener('profile-contact', (e) => e.preventDefault());
      const event = oneEvent(card, 'profile-contact');
      const link = part(card, 'contact')!.querySelector('a')!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.profile.id).to.equal('p-0001');
    });
  });

  describe('privacy and errors', () => {
    it('fetches a network profile with the provider\'s token', async () => {
      const card = await mountById('p-0006', { token: 'token-steenbergen' });
      await ready(card);
      const request = apiRequests().filter((r) => r.url.endsWith('/profiles/p-0006')).at(-1)!;
      expect(new Headers(request.headers).get('Authorization')).to.equal('Bearer token-steenbergen');
      expect(part(card, 'badges')!.textContent).to.include('Alleen voor het netwerk');
    });

    const cases: [string, () => Promise<Card>, RegExp][] = [
      ['401 (not signed in)', () => mountById('p-0006'), /Log in om dit te kunnen zien/],
      ['403 (signed in, not a member)', () => mountById('p-0006', { token: 'token-guest' }), /geen toegang/],
      ['404', () => mountById('p-9999'), /niet \(meer\) te vinden/],
    ];
    for (const [name, mount, message] of cases) {
      it(`gives a clear message for ${name}`, async () => {
        const card = await mount();
        await ready(card, 'error');
        const error = part(card, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.match(message);
        await expect(card).to.be.accessible();
      });
    }

    for (const [name, kind] of [
      ['a server error', 'error500'],
      ['malformed JSON', 'malformed'],
    ] as const) {
      it(`shows a message and a working retry after ${name}`, async () => {
        const quiet = console.warn;
        console.warn = () => {};
        try {
          backend.setFault({ kind, paths: /^\/profiles\// });
          const reported = oneEvent(document, 'flexschil-error');
          const card = await mountById('p-0001');
          await ready(card, 'error');
          expect((await reported).detail).to.have.keys(['status', 'title', 'detail']);
          const error = part(card, 'error')!;
          expect(error.textContent).to.include('Er ging iets mis');
          expect(error.textContent).not.to.match(/<|Unexpected|JSON/);
          await expect(card).to.be.accessible();
          backend.setFault(null);
          error.querySelector('button')!.click();
          await ready(card);
          expect(part(card, 'name')!.textContent!.trim()).to.equal('Anne-Marie Backx');
        } finally {
          console.warn = quiet;
        }
      });
    }

    it('reports a property that is not a profile instead of rendering half of it', async () => {
      const quiet = console.warn;
      console.warn = () => {};
      try {
        const reported = oneEvent(document, 'flexschil-error');
        const card = await mountWith({ id: 'p-1', name: 'Zonder de rest' });
        await ready(card, 'error');
        await reported;
        expect(part(card, 'name')).to.be.null;
        expect(part(card, 'error')!.textContent).to.include('Er ging iets mis');
      } finally {
        console.warn = quiet;
      }
    });

    for (const lang of ['nl', 'en']) {
      it(`says the service is unavailable, not to check the internet, when the server refuses this page (CORS), in ${lang}`, async () => {
        const { result: card, logged } = await consoleErrors(async () => {
          const card = await fixture<Card>(html`<profile-card lang=${lang} endpoint="${otherOrigin()}/api/${lang}" profile-id="p-0001"></profile-card>`);
          await ready(card, 'error');
          return card;
        });
        const message = part(card, 'error')!.textContent!;
        expect(message).to.include(lang === 'nl' ? 'Deze dienst is op deze website nu niet beschikbaar' : 'This service is not available on this website');
        expect(message).not.to.match(/Controleer|Check your/);
        expect(part(card, 'error')!.querySelector('button'), 'no retry: only the server can change its CORS').to.be.null;
        expect(logged.join('\n')).to.include('CORS_ORIGINS');
        await expect(card).to.be.accessible();
      });
    }

    it('explains a missing endpoint instead of staying blank', async () => {
      const card = await fixture<Card>(html`<profile-card profile-id="p-0001"></profile-card>`);
      await ready(card, 'error');
      expect(part(card, 'error')!.textContent).to.include('geen endpoint');
      expect(part(card, 'error')!.querySelector('button'), 'no retry: only the page can set one').to.be.null;
    });

    it('renders nothing (state empty) with neither an id nor a profile', async () => {
      const card = await fixture<Card>(html`<profile-card endpoint=${API}></profile-card>`);
      await ready(card, 'empty');
      expect(shadow(card).textContent!.trim()).to.equal('');
      expect(apiRequests()).to.have.length(0);
    });

    it('takes a profile set before the element was defined', async () => {
      const el = document.createElement('profile-card-late') as HTMLElement & { profile?: unknown };
      el.profile = anneMarie();
      document.body.append(el);
      const { ProfileCard } = await import('../src/elements/profile-card/profile-card.js');
      customElements.define('profile-card-late', class extends ProfileCard {});
      const card = el as unknown as Card;
      await ready(card);
      expect(part(card, 'name')!.textContent!.trim()).to.equal('Anne-Marie Backx');
      el.remove();
    });
  });

  describe('hostile data', () => {
    let restore: () => void;
    beforeEach(() => {
      const w = window as unknown as XssWindow & Record<string, unknown>;
      delete w.__xss;
      const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt };
      const caught = () => {
        w.__xss = 'dialog';
        return null;
      };
      Object.assign(w, { alert: caught, confirm: caught, prompt: caught });
      restore = () => Object.assign(w, saved);
    });
    afterEach(() => restore());

    /** Nothing that could run, load or navigate reached the card's DOM. */
    function assertInert(card: Card, label: string) {
      const root = shadow(card);
      expect(root.querySelector('script, iframe, object, embed, svg, math, form, input, style, link, meta, base, template'), label).to.be.null;
      for (const img of root.querySelectorAll('img')) expect(img.getAttribute('part'), label).to.equal('photo');
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${label}: ${attr} on <${el.localName}>`).to.be.false;
      }
      for (const a of root.querySelectorAll('a')) {
        expect(new URL(a.href).protocol, `${label}: ${a.href}`).to.be.oneOf(['http:', 'https:', 'mailto:', 'tel:']);
      }
    }

    it('shows every naughty string as text and runs none of them', async function () {
      // About 600 cards, each with a payload in every field: 2–4 s on an idle machine, past the
      // suite's 15 s for one test when two other test runs share the two cores. The work is the point.
      this.timeout(60_000);
      const strings = [
        ...payloads.blns,
        ...payloads.dp,
        '<img src=x onerror="window.__xss=1">',
        '"><script>window.__xss=1</script>',
        '<svg onload="window.__xss=1">',
        '{{constructor.constructor("window.__xss=1")()}}',
        '\u0024{window.__xss=1}',
      ];
      // Twenty-five cards at a time: each shows one payload in every field. (One card re-rendered
      // 500 times waited for a timer per payload, which a loaded machine stretched past the timeout.)
      const hostile = (s: string, i: number) =>
        makeProfile({
          id: `p-x${i}`,
          name: s,
          headline: s,
          bio: s,
          skills: [s, 'Projectmanagement'],
          coreQualities: [s],
          fields: [{ value: 'x', label: s }],
          organisation: { id: 'o', name: s, logoUrl: s },
          region: { value: 'r', label: s },
          experience: [{ title: s, organisation: s, from: '2024-03', to: null }],
          contact: { email: s, phone: s },
          photoUrl: s,
        });
      for (let start = 0; start < strings.length; start += 25) {
        const batch = strings.slice(start, start + 25);
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang="nl">${batch.map((s, i) => html`<profile-card .profile=${hostile(s, start + i) as Profile}></profile-card>`)}</div>`,
        );
        const cards = [...wrapper.querySelectorAll<Card>('profile-card')];
        await Promise.all(cards.map((card) => ready(card)));
        batch.forEach((s, i) => {
          const card = cards[i];
          const label = `payload ${start + i}: ${s.slice(0, 60)}`;
          expect(part(card, 'name')!.textContent!.trim(), label).to.equal(s.trim() || 'Profiel zonder naam');
          expect(shadow(card).querySelector('.bio')?.textContent ?? s, label).to.equal(s);
          assertInert(card, label);
        });
        wrapper.remove();
      }
      await aTimeout(300);
      expect((window as XssWindow).__xss).to.be.undefined;
    });

    it('never makes a link or image of a javascript:, data: or vbscript: URL', async () => {
      for (const href of [...payloads.href, 'javascript:window.__xss=1', ' JaVaScRiPt:window.__xss=1']) {
        const card = await mountWith(makeProfile({ photoUrl: href, links: { cv: href, portfolio: href, linkedin: href } }));
        await ready(card);
        expect(shadow(card).querySelector('.links'), href).to.be.null;
        expect(part(card, 'photo')!.tagName, href).to.equal('SPAN');
        for (const a of shadow(card).querySelectorAll('a')) expect(a.getAttribute('href')!.toLowerCase(), href).not.to.include('script:');
        assertInert(card, href);
        // Activating every link there is still runs nothing.
        card.addEventListener('profile-contact', (e) => e.preventDefault());
        for (const a of shadow(card).querySelectorAll('a')) a.dispatchEvent(new MouseEvent('click', { cancelable: true }));
      }
      await aTimeout(100);
      expect((window as XssWindow).__xss).to.be.undefined;
    });

    it('never turns a hostile e-mail address into a link that is not mailto:', async () => {
      const card = await mountWith(makeProfile({ contact: { email: 'javascript:window.__xss=1//@x.nl', phone: 'javascript:alert(1)' } }));
      await ready(card);
      const contact = part(card, 'contact')!;
      for (const a of contact.querySelectorAll('a')) expect(new URL(a.href).protocol).to.be.oneOf(['mailto:', 'tel:']);
      expect(contact.textContent).to.include('javascript:window.__xss=1//@x.nl');
    });
  });
});
