/**
 * A host page's script changes an attribute of an element that has already rendered: the id of
 * what it shows or edits (`assignment-id`, `profile-id`, `session-id`), or the size of its pages
 * (`page-size`). The element then asks for the new value, shows it, never lets a late answer for
 * the old value take its place, and stays accessible. A form keeps what was typed for the old id
 * in that id's draft, and offers it again when the page comes back to it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { http } from 'msw';
import '../src/index.js';
import { mockToken } from '../mock/backend.js';
import { nextTask } from '../src/shared/next-task.js';
import { makeAssignment } from './fixtures.js';
import { API, retypeInto, waitFor } from './helpers.js';
import { backend, gets, resetMock, worker } from './msw.js';

const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
/** A coordinator of the regional network: edits other people's profiles, and has none of their own. */
const COORDINATOR = mockToken({ sub: 'coordinator-1', org: 'net-west-brabant', roles: ['coordinator'], network: true });

/** The page's own `fetch`, and every request made through it in this test, with its answer read (slowAnswer()). */
const pageFetch = globalThis.fetch;
const fetched: { url: URL; settled: Promise<void> }[] = [];

/** A host page with the element in a provider; `token` signs the visitor in. */
async function mount<E extends LitElement>(markup: string, token: string | null = null): Promise<E> {
  const page = await fixture<HTMLDivElement>(html`<div lang="nl">
    <marketplace-provider endpoint=${API} .getToken=${token ? async () => token : null}>${unsafeHTML(markup)}</marketplace-provider>
  </div>`);
  return page.querySelector('marketplace-provider')!.firstElementChild as E;
}

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const control = (el: Element, name: string) => root(el).querySelector<HTMLInputElement>(`[name="${name}"]`);
/** A form's name as a screen reader gives it: the text its `aria-labelledby` points at. */
const formName = (el: Element) => text(root(el).getElementById(part(el, 'form')?.getAttribute('aria-labelledby') ?? ''));

/** Waits until the element shows what `check` looks for, then for the update under way. */
async function shows(el: LitElement, check: () => unknown, message: string) {
  await waitFor(check, { message });
  await el.updateComplete;
}

/**
 * The backend's answer to the first GET whose URL matches, held back as a slow network holds it.
 * `arrive()` lets it come, and resolves once it is in the page (read to its end) or the element
 * gave its request up: only then can a test tell that it changed nothing.
 */
function slowAnswer(matches: (url: URL) => boolean) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  // After the release the handler answers nothing, and the mock backend behind it answers.
  worker.use(http.get(({ request }) => matches(new URL(request.url)), () => held, { once: true }));
  return {
    release,
    async arrive(el: LitElement) {
      release();
      await Promise.all(fetched.filter((f) => matches(f.url)).map((f) => f.settled));
      await nextTask();
      await el.updateComplete;
    },
  };
}

/** An API path (after `/v1`) and, when given, query parameters a request's URL must have. */
const request =
  (path: string, query: Record<string, string> = {}) =>
  (url: URL) =>
    url.pathname === new URL(API).pathname + path && Object.entries(query).every(([name, value]) => url.searchParams.get(name) === value);

/** Whether the backend was asked for `path` (with `query`). */
const asked = (path: string, query: Record<string, string> = {}) => gets(path).some((url) => request(path, query)(url));

describe('changing an attribute after the first render', () => {
  before(async () => {
    // Every request's answer, read to its end in a copy, or its failure (an abort): see slowAnswer().
    globalThis.fetch = (input, init) => {
      const answer = pageFetch(input, init);
      const url = new URL(input instanceof Request ? input.url : String(input));
      fetched.push({ url, settled: answer.then((response) => response.clone().arrayBuffer()).then(noop, noop) });
      return answer;
    };
    // axe's start-up is paid once, here, not by the first test that checks accessibility.
    await expect(await fixture(html`<p>axe</p>`)).to.be.accessible();
  });
  after(() => {
    globalThis.fetch = pageFetch;
  });
  beforeEach(async () => {
    await resetMock();
    sessionStorage.clear();
    fetched.length = 0;
  });
  afterEach(() => worker.resetHandlers());

  describe('<apply-form assignment-id>', () => {
    const KWARTIERMAKER = 'a-test-0001';
    const INKOOP = 'a-test-0002';
    const publish = () => {
      const none = { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false };
      backend.assignments.push(
        makeAssignment({ id: KWARTIERMAKER, title: 'Kwartiermaker wijkteams', requirements: none }),
        makeAssignment({ id: INKOOP, title: 'Inkoopadviseur sociaal domein', requirements: { ...none, kvkNumber: true } }),
      );
    };
    const kvk = (el: Element) => control(el, 'kvkNumber');

    it('asks for the new assignment and shows its form, accessibly', async () => {
      publish();
      const form = await mount(`<apply-form assignment-id="${KWARTIERMAKER}"></apply-form>`);
      await shows(form, () => formName(form) === 'Reageren op Kwartiermaker wijkteams', 'the first form');
      expect(kvk(form), 'no KvK number asked for the first').to.equal(null);

      form.setAttribute('assignment-id', INKOOP);
      await shows(form, () => formName(form) === 'Reageren op Inkoopadviseur sociaal domein', 'the form of the new assignment');
      expect(asked(`/assignments/${INKOOP}`)).to.be.true;
      expect(text(kvk(form)?.closest('.field')), 'its own requirements').to.contain('KvK-nummer');
      await expect(form).to.be.accessible();
    });

    it('never lets a late answer for the old assignment replace the new one', async () => {
      publish();
      const late = slowAnswer(request(`/assignments/${KWARTIERMAKER}`));
      try {
        const form = await mount(`<apply-form assignment-id="${KWARTIERMAKER}"></apply-form>`);
        await waitFor(() => asked(`/assignments/${KWARTIERMAKER}`), { message: 'the first request' });
        form.setAttribute('assignment-id', INKOOP);
        await shows(form, () => formName(form) === 'Reageren op Inkoopadviseur sociaal domein', 'the new form');
        await late.arrive(form);
        expect(formName(form)).to.equal('Reageren op Inkoopadviseur sociaal domein');
        expect(kvk(form)).not.to.equal(null);
      } finally {
        late.release();
      }
    });

    it('keeps what was typed for the old assignment, and offers it again when the page returns to it', async () => {
      publish();
      const form = await mount(`<apply-form assignment-id="${KWARTIERMAKER}"></apply-form>`);
      await shows(form, () => control(form, 'motivation'), 'the first form');
      await retypeInto(control(form, 'motivation')!, 'Ik bouwde in Roosendaal drie wijkteams op.');

      form.setAttribute('assignment-id', INKOOP);
      await shows(form, () => formName(form) === 'Reageren op Inkoopadviseur sociaal domein', 'the new form');
      expect(control(form, 'motivation')!.value, 'not carried over to another assignment').to.equal('');
      expect(part(form, 'draft-notice')).to.equal(null);

      form.setAttribute('assignment-id', KWARTIERMAKER);
      await shows(form, () => formName(form) === 'Reageren op Kwartiermaker wijkteams', 'the first form again');
      expect(control(form, 'motivation')!.value).to.equal('Ik bouwde in Roosendaal drie wijkteams op.');
      expect(text(part(form, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder hebt ingevuld.');
    });
  });

  describe('<assignment-editor assignment-id>', () => {
    // Both open, of Gemeente Steenbergen: the poster's organisation.
    const PROJECTLEIDER = 'a-2026-0101';
    const INKOOP = 'a-2026-0102';
    const title = (el: Element) => control(el, 'title')?.value;
    const previewTitle = (el: Element) => text(part(el, 'card-title'));

    it('asks for the new assignment and shows it in the form and the preview, accessibly', async () => {
      const editor = await mount(`<assignment-editor assignment-id="${PROJECTLEIDER}"></assignment-editor>`, POSTER);
      await shows(editor, () => title(editor) === 'Projectleider informatievoorziening', 'the first assignment');

      editor.setAttribute('assignment-id', INKOOP);
      await shows(editor, () => title(editor) === 'Inkoopadviseur sociaal domein', 'the new assignment');
      expect(asked(`/assignments/${INKOOP}`)).to.be.true;
      expect(previewTitle(editor)).to.equal('Inkoopadviseur sociaal domein');
      expect(formName(editor)).to.equal('Opdracht Inkoopadviseur sociaal domein wijzigen');
      await expect(editor).to.be.accessible();
    });

    it('never lets a late answer for the old assignment replace the new one', async () => {
      const late = slowAnswer(request(`/assignments/${PROJECTLEIDER}`));
      try {
        const editor = await mount(`<assignment-editor assignment-id="${PROJECTLEIDER}"></assignment-editor>`, POSTER);
        await waitFor(() => asked(`/assignments/${PROJECTLEIDER}`), { message: 'the first request' });
        editor.setAttribute('assignment-id', INKOOP);
        await shows(editor, () => title(editor) === 'Inkoopadviseur sociaal domein', 'the new assignment');
        await late.arrive(editor);
        expect(title(editor)).to.equal('Inkoopadviseur sociaal domein');
        expect(previewTitle(editor)).to.equal('Inkoopadviseur sociaal domein');
      } finally {
        late.release();
      }
    });

    it('keeps what was typed for the old assignment, and offers it again when the page returns to it', async () => {
      const editor = await mount(`<assignment-editor assignment-id="${PROJECTLEIDER}"></assignment-editor>`, POSTER);
      await shows(editor, () => title(editor) === 'Projectleider informatievoorziening', 'the first assignment');
      await retypeInto(control(editor, 'title')!, 'Projectleider informatievoorziening en archief');
      await shows(editor, () => previewTitle(editor) === 'Projectleider informatievoorziening en archief', 'the preview following');

      editor.setAttribute('assignment-id', INKOOP);
      await shows(editor, () => title(editor) === 'Inkoopadviseur sociaal domein', 'the new assignment, as stored');
      expect(part(editor, 'draft-notice')).to.equal(null);

      editor.setAttribute('assignment-id', PROJECTLEIDER);
      await shows(editor, () => title(editor) === 'Projectleider informatievoorziening en archief', 'what was typed, back');
      expect(text(part(editor, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder invulde en nog niet opsloeg.');
    });
  });

  describe('<session-editor session-id>', () => {
    const WIJKGERICHT = 's-2026-0001';
    const OMGEVINGSVISIE = 's-2026-0901';
    /** A second session of Gemeente Steenbergen, the poster's organisation, as one planned earlier. */
    const planAnother = () => {
      const first = structuredClone(backend.store.sessions.find((s) => s.id === WIJKGERICHT)!);
      backend.store.sessions.push({ ...first, id: OMGEVINGSVISIE, title: 'Zwermsessie: de omgevingsvisie' });
    };
    const title = (el: Element) => control(el, 'title')?.value;

    it('asks for the new session and shows it with its sign-ups, accessibly', async () => {
      planAnother();
      const editor = await mount(`<session-editor session-id="${WIJKGERICHT}"></session-editor>`, POSTER);
      await shows(editor, () => title(editor) === 'Zwermsessie: wijkgericht werken in de kernen', 'the first session');
      await shows(editor, () => part(editor, 'registrations')?.querySelector('table'), 'the first session’s sign-ups');

      editor.setAttribute('session-id', OMGEVINGSVISIE);
      await shows(editor, () => title(editor) === 'Zwermsessie: de omgevingsvisie', 'the new session');
      expect(asked(`/sessions/${OMGEVINGSVISIE}`)).to.be.true;
      expect(formName(editor)).to.equal('Zwermsessie ‘Zwermsessie: de omgevingsvisie’ wijzigen');
      // Its own sign-ups, not the first one's six.
      await shows(editor, () => text(part(editor, 'registrations')).includes('Nog niemand heeft zich aangemeld.'), 'its sign-ups');
      expect(asked(`/sessions/${OMGEVINGSVISIE}/registrations`)).to.be.true;
      await expect(editor).to.be.accessible();
    });

    it('never lets a late answer for the old session replace the new one', async () => {
      planAnother();
      const late = slowAnswer(request(`/sessions/${WIJKGERICHT}`));
      try {
        const editor = await mount(`<session-editor session-id="${WIJKGERICHT}"></session-editor>`, POSTER);
        await waitFor(() => asked(`/sessions/${WIJKGERICHT}`), { message: 'the first request' });
        editor.setAttribute('session-id', OMGEVINGSVISIE);
        await shows(editor, () => title(editor) === 'Zwermsessie: de omgevingsvisie', 'the new session');
        await late.arrive(editor);
        expect(title(editor)).to.equal('Zwermsessie: de omgevingsvisie');
        expect(formName(editor)).to.equal('Zwermsessie ‘Zwermsessie: de omgevingsvisie’ wijzigen');
      } finally {
        late.release();
      }
    });

    it('keeps what was typed for the old session, and offers it again when the page returns to it', async () => {
      planAnother();
      const editor = await mount(`<session-editor session-id="${WIJKGERICHT}"></session-editor>`, POSTER);
      await shows(editor, () => title(editor) === 'Zwermsessie: wijkgericht werken in de kernen', 'the first session');
      await retypeInto(control(editor, 'title')!, 'Zwermsessie: wijkteams in de kernen');

      editor.setAttribute('session-id', OMGEVINGSVISIE);
      await shows(editor, () => title(editor) === 'Zwermsessie: de omgevingsvisie', 'the new session, as stored');
      expect(part(editor, 'draft-notice')).to.equal(null);

      editor.setAttribute('session-id', WIJKGERICHT);
      await shows(editor, () => title(editor) === 'Zwermsessie: wijkteams in de kernen', 'what was typed, back');
      expect(text(part(editor, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder invulde en nog niet opsloeg.');
    });
  });

  describe('<profile-card profile-id>', () => {
    const name = (el: Element) => text(part(el, 'name'));

    it('asks for the new profile and shows it, accessibly', async () => {
      const card = await mount('<profile-card profile-id="p-0001"></profile-card>');
      await shows(card, () => name(card) === 'Anne-Marie Backx', 'the first profile');

      card.setAttribute('profile-id', 'p-0002');
      await shows(card, () => name(card) === 'Jeroen van den Heuvel', 'the new profile');
      expect(asked('/profiles/p-0002')).to.be.true;
      expect(text(part(card, 'card'))).to.contain('Inkoopadviseur met hart voor het sociaal domein').and.not.contain('Anne-Marie');
      await expect(card).to.be.accessible();
    });

    it('never lets a late answer for the old profile replace the new one', async () => {
      const late = slowAnswer(request('/profiles/p-0001'));
      try {
        const card = await mount('<profile-card profile-id="p-0001"></profile-card>');
        await waitFor(() => asked('/profiles/p-0001'), { message: 'the first request' });
        card.setAttribute('profile-id', 'p-0002');
        await shows(card, () => name(card) === 'Jeroen van den Heuvel', 'the new profile');
        await late.arrive(card);
        expect(name(card)).to.equal('Jeroen van den Heuvel');
      } finally {
        late.release();
      }
    });
  });

  describe('<profile-editor profile-id>', () => {
    const name = (el: Element) => control(el, 'name')?.value;
    const previewName = (el: Element) => text(root(el).querySelector('profile-card')?.shadowRoot?.querySelector('[part="name"]'));
    const experience = (el: Element) => [...root(el).querySelectorAll<HTMLInputElement>('input[name$=".title"]')].map((i) => i.value);

    it('asks for the new profile and shows it in the form and the preview, accessibly', async () => {
      const editor = await mount('<profile-editor profile-id="p-0001"></profile-editor>', COORDINATOR);
      await shows(editor, () => name(editor) === 'Anne-Marie Backx', 'the first profile');

      editor.setAttribute('profile-id', 'p-0002');
      await shows(editor, () => name(editor) === 'Jeroen van den Heuvel', 'the new profile');
      expect(asked('/profiles/p-0002')).to.be.true;
      expect(experience(editor)).to.deep.equal(['Inkoopadviseur jeugdhulp', 'Contractmanager Wmo']);
      await shows(editor, () => previewName(editor) === 'Jeroen van den Heuvel', 'the preview of the new profile');
      await expect(editor).to.be.accessible();
    });

    it('never lets a late answer for the old profile replace the new one', async () => {
      const late = slowAnswer(request('/profiles/p-0001'));
      try {
        const editor = await mount('<profile-editor profile-id="p-0001"></profile-editor>', COORDINATOR);
        await waitFor(() => asked('/profiles/p-0001'), { message: 'the first request' });
        editor.setAttribute('profile-id', 'p-0002');
        await shows(editor, () => name(editor) === 'Jeroen van den Heuvel', 'the new profile');
        await late.arrive(editor);
        expect(name(editor)).to.equal('Jeroen van den Heuvel');
        expect(previewName(editor)).to.equal('Jeroen van den Heuvel');
      } finally {
        late.release();
      }
    });

    it('keeps what was typed for the old profile, and offers it again when the page returns to it', async () => {
      const editor = await mount('<profile-editor profile-id="p-0001"></profile-editor>', COORDINATOR);
      await shows(editor, () => name(editor) === 'Anne-Marie Backx', 'the first profile');
      await retypeInto(control(editor, 'headline')!, 'Projectleider en bruggenbouwer');

      editor.setAttribute('profile-id', 'p-0002');
      await shows(editor, () => name(editor) === 'Jeroen van den Heuvel', 'the new profile, as stored');
      expect(control(editor, 'headline')!.value).to.equal('Inkoopadviseur met hart voor het sociaal domein');
      expect(part(editor, 'draft-notice')).to.equal(null);

      editor.setAttribute('profile-id', 'p-0001');
      await shows(editor, () => name(editor) === 'Anne-Marie Backx', 'the first profile again');
      expect(control(editor, 'headline')!.value).to.equal('Projectleider en bruggenbouwer');
      expect(text(part(editor, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder invulde en nog niet opsloeg.');
    });

    it('keeps a new profile typed before the page named one, for when the page returns to it, out of the named profile', async () => {
      const editor = await mount('<profile-editor></profile-editor>', COORDINATOR);
      await shows(editor, () => control(editor, 'name'), 'the form for a new profile');
      await retypeInto(control(editor, 'name')!, 'Sanne Verhoeven');

      editor.setAttribute('profile-id', 'p-0002');
      await shows(editor, () => name(editor) === 'Jeroen van den Heuvel', 'the named profile, as stored');
      expect(part(editor, 'conflict'), 'nothing of the new profile offered as a version of this one').to.equal(null);
      expect(part(editor, 'draft-notice')).to.equal(null);

      editor.removeAttribute('profile-id');
      await shows(editor, () => name(editor) === 'Sanne Verhoeven', 'the new profile, as typed');
      expect(text(part(editor, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder invulde en nog niet opsloeg.');
    });

    it('offers no "Zet terug" for an entry removed from the old profile', async () => {
      const editor = await mount('<profile-editor profile-id="p-0001"></profile-editor>', COORDINATOR);
      await shows(editor, () => name(editor) === 'Anne-Marie Backx', 'the first profile');
      root(editor).querySelectorAll<HTMLButtonElement>('.entry [id$="-remove"]')[1].click();
      await shows(editor, () => part(editor, 'undo'), '"Zet terug" for the removed entry');
      expect(experience(editor)).to.deep.equal(['Projectleider kunst in de binnenstad']);

      editor.setAttribute('profile-id', 'p-0002');
      await shows(editor, () => name(editor) === 'Jeroen van den Heuvel', 'the new profile');
      expect(experience(editor)).to.deep.equal(['Inkoopadviseur jeugdhulp', 'Contractmanager Wmo']);
      expect(part(editor, 'undo'), 'another person’s entry cannot be put into this profile').to.equal(null);
    });
  });

  describe('<match-badge profile-id>', () => {
    // Seed pairs of the mock backend: a-2026-0101 fits p-0003 for 93 points, p-0002 for 45.
    const shown = (el: Element) => `${text(part(el, 'score'))} · ${text(part(el, 'level'))}`;
    const match = (profile: string) => request('/assignments/a-2026-0101/match', { profile });

    it('asks how well the new profile fits and shows that, accessibly', async () => {
      const badge = await mount('<match-badge assignment-id="a-2026-0101" profile-id="p-0003"></match-badge>');
      await shows(badge, () => shown(badge) === '93% · sterke match', 'the first profile’s fit');

      badge.setAttribute('profile-id', 'p-0002');
      await shows(badge, () => shown(badge) === '45% · gedeeltelijke match', 'the new profile’s fit');
      expect(gets('/assignments/a-2026-0101/match').some(match('p-0002'))).to.be.true;
      await expect(badge).to.be.accessible();
    });

    it('never lets a late answer for the old profile replace the new one', async () => {
      const late = slowAnswer(match('p-0003'));
      try {
        const badge = await mount('<match-badge assignment-id="a-2026-0101" profile-id="p-0003"></match-badge>');
        await waitFor(() => gets('/assignments/a-2026-0101/match').some(match('p-0003')), { message: 'the first request' });
        badge.setAttribute('profile-id', 'p-0002');
        await shows(badge, () => shown(badge) === '45% · gedeeltelijke match', 'the new profile’s fit');
        await late.arrive(badge);
        expect(shown(badge)).to.equal('45% · gedeeltelijke match');
      } finally {
        late.release();
      }
    });
  });

  describe('<assignment-list profile-id>', () => {
    /** The badge on the card of "Projectleider informatievoorziening" (a-2026-0101), as a person reads it. */
    const fit = (board: Element) => {
      const card = [...root(board).querySelectorAll('[part="card"]')].find((c) => text(c.querySelector('[part="card-title"]')) === 'Projectleider informatievoorziening');
      const badge = card?.querySelector('match-badge');
      return badge ? `${text(part(badge, 'score'))} · ${text(part(badge, 'level'))}` : '';
    };
    const markup = (profile: string) => `<assignment-list organisation="gem-steenbergen" filters="none" profile-id="${profile}"></assignment-list>`;

    it('asks for the new profile and shows how well each card fits it, accessibly', async () => {
      const board = await mount(markup('p-0003'));
      await shows(board, () => fit(board) === '93% · sterke match', 'the first profile’s fit');

      board.setAttribute('profile-id', 'p-0002');
      await shows(board, () => fit(board) === '45% · gedeeltelijke match', 'the new profile’s fit');
      expect(asked('/profiles/p-0002')).to.be.true;
      await expect(board).to.be.accessible();
    });

    it('shows no card the old profile’s fit while the new profile is on its way', async () => {
      const board = await mount(markup('p-0003'));
      await shows(board, () => fit(board) === '93% · sterke match', 'the first profile’s fit');
      const held = slowAnswer(request('/profiles/p-0002'));
      try {
        board.setAttribute('profile-id', 'p-0002');
        await waitFor(() => asked('/profiles/p-0002'), { message: 'the new profile asked for' });
        await board.updateComplete;
        expect(root(board).querySelectorAll('match-badge'), 'no badge says how well someone else fits').to.have.length(0);
        await held.arrive(board);
        await shows(board, () => fit(board) === '45% · gedeeltelijke match', 'the new profile’s fit');
      } finally {
        held.release();
      }
    });

    it('never lets a late answer for the old profile replace the new one', async () => {
      const late = slowAnswer(request('/profiles/p-0003'));
      try {
        const board = await mount(markup('p-0003'));
        await waitFor(() => asked('/profiles/p-0003'), { message: 'the first request' });
        board.setAttribute('profile-id', 'p-0002');
        await shows(board, () => fit(board) === '45% · gedeeltelijke match', 'the new profile’s fit');
        await late.arrive(board);
        expect(fit(board)).to.equal('45% · gedeeltelijke match');
      } finally {
        late.release();
      }
    });
  });

  describe('page-size', () => {
    const lists = [
      { tag: 'assignment-list', path: '/assignments', from: 10, to: 4 },
      { tag: 'profile-directory', path: '/profiles', from: 12, to: 5 },
      // The seed has five upcoming sessions.
      { tag: 'session-list', path: '/sessions', from: 2, to: 1 },
    ];
    for (const { tag, path, from, to } of lists) {
      describe(`<${tag}>`, () => {
        const cards = (list: Element) => root(list).querySelectorAll('[part~="card"]').length;
        const status = (list: Element) => text(root(list).querySelector('[role="status"][aria-live="polite"]'));
        /** What the live region says of a page of `size`: "24 professionals gevonden, pagina 1 van 5". */
        const saysFirstOf = (list: Element, size: number) => {
          const [, total, page, pages] = status(list).match(/^(\d+) .*, pagina (\d+) van (\d+)$/) ?? [];
          return page === '1' && Number(pages) === Math.ceil(Number(total) / size);
        };
        const pageOf = (size: number) => request(path, { pageSize: String(size) });
        const mountList = (size: number) => mount(`<${tag} page-size="${size}"></${tag}>`);

        it(`asks for pages of the new size and shows the first, accessibly`, async () => {
          const list = await mountList(from);
          await shows(list, () => list.matches(':state(ready)') && cards(list) === from, 'the first page');

          list.setAttribute('page-size', String(to));
          await shows(list, () => cards(list) === to && saysFirstOf(list, to), 'a page of the new size');
          expect(gets(path).at(-1)!.searchParams.get('pageSize')).to.equal(String(to));
          expect(gets(path).at(-1)!.searchParams.get('page')).to.equal('1');
          await expect(list).to.be.accessible();
        });

        it('keeps the first result on screen when the visitor was on a later page', async () => {
          const list = await mountList(from);
          await shows(list, () => list.matches(':state(ready)') && cards(list) === from, 'the first page');
          root(list).querySelector<HTMLButtonElement>('[part="pagination"] button[aria-label="Pagina 2"]')!.click();
          await shows(list, () => /pagina 2 van/.test(status(list)), 'the second page');
          /** A card's title, or a profile card's name in its own shadow root. */
          const titles = () => [...root(list).querySelectorAll('[part~="card"]')].map((card) => text((card.shadowRoot ?? card).querySelector('[part~="card-title"], [part~="name"]')));
          const firstShown = titles()[0];
          expect(firstShown).not.to.equal('');

          list.setAttribute('page-size', String(to));
          // Result number from + 1 is on page ⌊from / to⌋ + 1 of the new size.
          const page = Math.floor(from / to) + 1;
          await shows(list, () => new RegExp(`pagina ${page} van`).test(status(list)), `page ${page} of the new size`);
          expect(gets(path).at(-1)!.searchParams.get('page')).to.equal(String(page));
          expect(titles(), 'what the visitor was reading').to.include(firstShown);
          await expect(list).to.be.accessible();
        });

        it('never lets a late page of the old size replace one of the new size', async () => {
          const late = slowAnswer(pageOf(from));
          try {
            const list = await mountList(from);
            await waitFor(() => gets(path).some(pageOf(from)), { message: 'the first request' });
            list.setAttribute('page-size', String(to));
            await shows(list, () => cards(list) === to, 'a page of the new size');
            await late.arrive(list);
            expect(cards(list)).to.equal(to);
            // Its first page, which no visitor asked for, is not announced; the late one is neither.
            expect(status(list)).to.equal('');
          } finally {
            late.release();
          }
        });
      });
    }
  });
});

function noop(): void {}
