import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { HttpResponse, http } from 'msw';
import '../src/elements/assignment-editor/define.js';
import '../src/elements/marketplace-provider/define.js';
import { mockToken, mockTokens } from '../mock/backend.js';
import { cleanHtml } from '../src/shared/rich-text.js';
import { allowedAttributes, allowedElements } from '../src/api/rules/html.js';
import type { AssignmentEditor } from '../src/elements/assignment-editor/assignment-editor.js';
import { API, accessibilityTree, retypeInto, typeDateInto, waitFor, whilePressed } from './helpers.js';
import { backend, requests, resetMock, worker } from './msw.js';

const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
/** Open, public, of Gemeente Steenbergen (the poster's organisation). */
const OWN = 'a-2026-0101';
/** Of another organisation. */
const OTHERS = 'a-2026-0107';
const CLOSING = '2027-03-01';

interface MountOptions {
  id?: string;
  lang?: string;
  token?: string | null;
}

async function mount({ id, lang = 'nl', token = POSTER }: MountOptions = {}): Promise<AssignmentEditor> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <button type="button" id="before">Vorige</button>
    <marketplace-provider endpoint=${API} .getToken=${token ? async () => token : null}>
      <assignment-editor assignment-id=${id ?? nothing}></assignment-editor>
    </marketplace-provider>
  </div>`);
  const el = wrapper.querySelector('assignment-editor')!;
  await settled(el);
  return el;
}

async function settled(el: AssignmentEditor) {
  await waitFor(() => el.matches(':state(ready)') || el.matches(':state(empty)') || el.matches(':state(error)'), { message: 'editor settled' });
  await el.updateComplete;
}

const root = (el: AssignmentEditor) => el.shadowRoot!;
const control = <T extends HTMLElement = HTMLInputElement>(el: AssignmentEditor, name: string) => root(el).querySelector<T>(`[name="${name}"]`)!;
const part = (el: AssignmentEditor, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: AssignmentEditor) => root(el).activeElement as HTMLElement | null;
const editable = (el: AssignmentEditor) => root(el).querySelector<HTMLElement>('#f-description')!;
const writes = (method: string) => requests.filter((r) => r.method === method && new URL(r.url).pathname.includes('/assignments'));
const errorOf = (el: AssignmentEditor, name: string) => text(root(el).querySelector(`[data-field="${name}"] .error-message`));
const stored = (id: string) => backend.assignments.find((a) => a.id === id);

/** The shared backend's answer to `request` without its ETag: a backend that sends none. */
async function withoutEtag(request: Request): Promise<Response> {
  const answer = await backend.handle(request, { base: API });
  const headers = new Headers(answer.headers);
  headers.delete('ETag');
  return new HttpResponse(await answer.text(), { status: answer.status, headers });
}

async function tick(el: AssignmentEditor) {
  await aTimeout(0);
  await el.updateComplete;
}

async function typeInto(el: AssignmentEditor, name: string, value: string) {
  control(el, name).focus();
  await sendKeys({ type: value });
  await tick(el);
}

/** Replaces what a text field holds, as a person would: select all, then type. */
async function retype(el: AssignmentEditor, name: string, value: string) {
  await retypeInto(control(el, name), value);
  await tick(el);
}

async function typeDate(el: AssignmentEditor, name: string, iso: string) {
  await typeDateInto(control(el, name), iso);
  await tick(el);
}

/** Type-ahead on a focused select, as a keyboard user picks an option. */
async function choose(el: AssignmentEditor, name: string, typed: string) {
  control(el, name).focus();
  await sendKeys({ type: typed });
  await tick(el);
}

async function click(el: AssignmentEditor, target: HTMLElement | null) {
  target!.click();
  await tick(el);
}

async function fillRequired(el: AssignmentEditor) {
  await typeInto(el, 'title', 'Kwartiermaker wijkteams');
  await choose(el, 'field', 'Sociaal');
  await typeInto(el, 'location.place', 'Roosendaal');
  await choose(el, 'location.region', 'West');
  await click(el, root(el).querySelector('#f-location-mode-hybrid'));
  await typeInto(el, 'hoursPerWeek.min', '16');
  await typeDate(el, 'closingDate', CLOSING);
  await click(el, root(el).querySelector('#f-types-interim'));
}

async function save(el: AssignmentEditor) {
  part(el, 'submit')!.click();
  await tick(el);
}

async function saved(el: AssignmentEditor) {
  await waitFor(() => part(el, 'saved'), { message: 'saved notice' });
  await tick(el);
}

/** Posts a new assignment with the required fields, as a poster would; its id once saved. */
async function postOne(el: AssignmentEditor): Promise<string> {
  await fillRequired(el);
  const posted = oneEvent(el, 'assignment-saved');
  await save(el);
  const { detail } = await posted;
  await saved(el);
  return detail.assignment.id;
}

/** Pastes HTML into the description as a clipboard would hand it over. */
async function paste(el: AssignmentEditor, markup: string) {
  const data = new DataTransfer();
  data.setData('text/html', markup);
  data.setData('text/plain', markup.replace(/<[^>]*>/g, ''));
  editable(el).focus();
  editable(el).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  await tick(el);
}

describe('<assignment-editor>', () => {
  beforeEach(async () => {
    await resetMock();
    sessionStorage.clear();
    await setViewport({ width: 1280, height: 900 });
  });
  afterEach(() => {
    worker.resetHandlers();
  });

  describe('for a poster', () => {
    it('groups the fields as a poster thinks, each control named by its contract path, accessibly', async () => {
      const el = await mount();
      const legends = [...root(el).querySelectorAll('form > fieldset > legend')].map(text);
      expect(legends).to.deep.equal(['De opdracht', 'Waar en wanneer', 'Voorwaarden', 'Contact', 'Wat je vraagt van wie reageert']);
      const names = [...new Set([...root(el).querySelectorAll('[part="form"] [name]')].map((c) => c.getAttribute('name')))];
      expect(names).to.deep.equal([
        'title', 'summary', 'field', 'language', 'location.place', 'location.region', 'location.mode', 'hoursPerWeek.min', 'hoursPerWeek.max',
        'startDate', 'endDate', 'closingDate', 'types', 'rate.min', 'rate.max', 'rate.publicRate', 'visibility',
        'contact.name', 'contact.email', 'contact.phone', 'url', 'applyUrl',
        'requirements.kvkNumber', 'requirements.cv', 'requirements.conditionsUrl', 'requirements.managerConsent',
      ]);
      // Field and region come from GET /vocabularies.
      expect([...control<HTMLSelectElement>(el, 'field').options].map((o) => o.textContent)).to.include('Sociaal domein');
      expect([...control<HTMLSelectElement>(el, 'location.region').options].map((o) => o.textContent)).to.include('West-Brabant');
      // The description is a rich-text editor with a name, a description and a toolbar.
      expect(editable(el).getAttribute('role')).to.equal('textbox');
      expect(text(root(el).getElementById(editable(el).getAttribute('aria-labelledby')!))).to.equal('Omschrijving (optioneel)');
      expect(part(el, 'submit')!.textContent!.trim()).to.equal('Opdracht plaatsen');
      expect(part(el, 'close')).to.equal(null);
      const ids = [...root(el).querySelectorAll('[id]')].map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('speaks English where the page does', async () => {
      const en = await mount({ lang: 'en' });
      expect([...root(en).querySelectorAll('form > fieldset > legend')].map(text)).to.deep.equal([
        'The assignment', 'Where and when', 'Conditions', 'Contact', 'What you ask of applicants',
      ]);
      expect(part(en, 'submit')!.textContent!.trim()).to.equal('Post assignment');
      await expect(en).to.be.accessible();
    });

    it('creates an assignment typed by keyboard: it is stored once, sanitised, announced and the form goes on editing it', async () => {
      const el = await mount();
      await fillRequired(el);
      await typeInto(el, 'summary', 'Zet in drie maanden de wijkteams neer.');
      editable(el).focus();
      await sendKeys({ type: 'Je bouwt de wijkteams op met ' });
      await sendKeys({ press: 'ControlOrMeta+B' });
      await sendKeys({ type: 'bewoners' });
      await sendKeys({ press: 'ControlOrMeta+B' });
      await sendKeys({ type: '.' });
      // A paste from a hostile page: what is not text or allowed formatting does not get in.
      await paste(el, '<p>Meer op <a href="https://example.nl/wijk" onclick="x()">de site</a>.</p><script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">klik</a>');
      await tick(el);
      expect(editable(el).querySelector('script, img, [onclick], [onerror]')).to.equal(null);
      expect(editable(el).querySelector('a[href^="javascript"]')).to.equal(null);

      const event = oneEvent(el, 'assignment-saved');
      await save(el);
      const { detail } = await event;
      await saved(el);

      const posts = writes('POST');
      expect(posts).to.have.length(1);
      expect(posts[0].headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
      const created = stored(detail.assignment.id)!;
      expect(created).to.include({ title: 'Kwartiermaker wijkteams', closingDate: CLOSING, visibility: 'public', status: 'open' });
      expect(created.organisation.id).to.equal('gem-steenbergen');
      expect(created.location).to.deep.include({ place: 'Roosendaal', mode: 'hybrid' });
      expect(created.location.region.value).to.equal('west-brabant');
      expect(created.hoursPerWeek).to.deep.equal({ min: 16, max: 16 });
      expect(created.types).to.deep.equal(['interim']);
      expect(created.description).to.contain('<b>bewoners</b>').and.contain('<a href="https://example.nl/wijk">de site</a>');
      const holder = document.createElement('template');
      holder.innerHTML = created.description;
      for (const node of holder.content.querySelectorAll('*')) {
        expect(allowedElements, node.localName).to.include(node.localName);
        for (const attribute of node.getAttributeNames()) expect(allowedAttributes, attribute).to.include(attribute);
      }
      expect(created.description).not.to.match(/script|onerror|onclick|javascript|<img/i);

      // The confirmation takes focus; the form now edits what was created.
      expect(focused(el)?.textContent).to.contain('"Kwartiermaker wijkteams" is geplaatst.');
      expect(part(el, 'submit')!.textContent!.trim()).to.equal('Wijzigingen opslaan');
      expect(part(el, 'close')).to.exist;
      expect(sessionStorage.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('shows every problem of an invalid draft in a summary that takes focus, with links to the fields', async () => {
      const el = await mount();
      await typeInto(el, 'title', 'Kort');
      await typeInto(el, 'hoursPerWeek.min', '90');
      await typeInto(el, 'contact.email', 'geen-adres');
      await save(el);
      const summary = part(el, 'summary')!;
      expect(focused(el)).to.equal(summary);
      const items = [...summary.querySelectorAll('li')].map(text);
      expect(items).to.deep.equal([
        'Maak de titel langer: minstens 5 tekens',
        'Kies het werkveld',
        'Vul de plaats in',
        'Kies de regio',
        'Kies de werkwijze',
        'Vul bij het minimum aantal uren per week een getal in van 1 tot en met 40',
        'Vul de sluitingsdatum in',
        'Kies de contractvorm',
        'Vul de naam van de contactpersoon in',
        'Vul het e-mailadres in zoals naam@voorbeeld.nl',
      ]);
      expect(writes('POST')).to.have.length(0);
      // Inline too, tied to the control.
      expect(errorOf(el, 'title')).to.equal('Fout: Maak de titel langer: minstens 5 tekens');
      expect(control(el, 'title').getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'title').getAttribute('aria-describedby')).to.contain('f-title-error');
      // A link goes to its field.
      summary.querySelectorAll('a')[3].click();
      expect(focused(el)).to.equal(control(el, 'location.region'));
      await expect(el).to.be.accessible();
      // Fixing a field takes its error away at once.
      await retype(el, 'title', 'Kwartiermaker wijkteams');
      expect(errorOf(el, 'title')).to.equal('');
      // The contact's address is checked whether or not it has a name yet.
      expect(errorOf(el, 'contact.email')).to.equal('Fout: Vul het e-mailadres in zoals naam@voorbeeld.nl');
      await typeInto(el, 'contact.name', 'Pim Kroes');
      expect(errorOf(el, 'contact.name')).to.equal('');
      expect(errorOf(el, 'contact.email')).to.equal('Fout: Vul het e-mailadres in zoals naam@voorbeeld.nl');
    });

    it('says the message of a field left with Tab, where a screen reader has moved on to the next one', async () => {
      const el = await mount();
      await typeInto(el, 'title', 'Klus');
      await sendKeys({ press: 'Tab' });
      await tick(el);
      expect(focused(el)).to.equal(control(el, 'summary'));
      expect(text(root(el).querySelector('form ~ [role="status"]'))).to.equal('Fout: Maak de titel langer: minstens 5 tekens');
      await expect(el).to.be.accessible();
    });

    it("holds a field's check while a button is pressed, so its message cannot move the button from under the pointer", async () => {
      const el = await mount();
      await typeInto(el, 'requirements.conditionsUrl', 'niet-een-link');
      await whilePressed(part(el, 'submit')!, async () => {
        await tick(el);
        expect(errorOf(el, 'requirements.conditionsUrl'), 'no message while pressed').to.equal('');
      });
      await waitFor(() => errorOf(el, 'requirements.conditionsUrl') !== '', { message: 'the check after the release' });
    });

    it("holds a field's check while a checkbox below it is pressed, so the box is ticked where it was pressed", async () => {
      const el = await mount();
      await typeInto(el, 'requirements.conditionsUrl', 'niet-een-link');
      const box = el.shadowRoot!.querySelector<HTMLElement>('input[name="types"][value="inhuur"]')!;
      await whilePressed(box, async () => {
        await tick(el);
        expect(errorOf(el, 'requirements.conditionsUrl'), 'no message while pressed').to.equal('');
      });
      await waitFor(() => errorOf(el, 'requirements.conditionsUrl') !== '', { message: 'the check after the release' });
    });

    it("maps the backend's invalidParams by their dotted names onto the same fields, skills by their row", async () => {
      worker.use(
        http.post(`${API}/assignments`, () =>
          HttpResponse.json(
            {
              title: 'Ongeldige invoer',
              status: 400,
              invalidParams: [
                { name: 'location.place', code: 'unknown', reason: 'Deze plaats kennen we niet' },
                { name: 'skills.0.name', code: 'tooLong', reason: 'Die vaardigheid is te lang' },
                { name: 'body', code: 'type', reason: 'Er ging iets mis met het verzoek' },
              ],
            },
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      const el = await mount();
      await fillRequired(el);
      // An empty first row is no skill: the backend's skills.0 is the second row.
      await click(el, root(el).querySelector('.add-skill'));
      await click(el, root(el).querySelector('.add-skill'));
      await typeInto(el, 'skills.1.name', 'Verandermanagement');
      await save(el);
      await waitFor(() => part(el, 'summary'));
      await tick(el);
      expect([...part(el, 'summary')!.querySelectorAll('li')].map(text)).to.deep.equal([
        'Vaardigheid 2: Die vaardigheid is te lang',
        'Deze plaats kennen we niet',
        'Er ging iets mis met het verzoek',
      ]);
      expect(errorOf(el, 'location.place')).to.equal('Fout: Deze plaats kennen we niet');
      expect(control(el, 'skills.1.name').getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el)).to.equal(part(el, 'summary'));
    });
  });

  describe('never loses what was typed', () => {
    it('retries a create after a network fault with the same Idempotency-Key, and stores it once', async () => {
      const el = await mount();
      await fillRequired(el);
      const before = backend.assignments.length;
      backend.setFault({ kind: 'network', times: 1, paths: /^\/assignments$/ });
      const reported = oneEvent(el, 'flexschil-error');
      await save(el);
      expect((await reported).detail.status).to.equal(0);
      await waitFor(() => part(el, 'failure'));
      await tick(el);
      expect(focused(el)).to.equal(part(el, 'failure'));
      expect(text(part(el, 'failure'))).to.contain('Er is geen verbinding met de server. Alles wat je hebt ingevuld is bewaard.');
      expect(text(part(el, 'failure'))).to.contain('Opnieuw proberen plaatst de opdracht nooit twee keer.');
      expect(control(el, 'title').value).to.equal('Kwartiermaker wijkteams');
      await expect(el).to.be.accessible();

      part(el, 'failure')!.querySelector('button')!.click();
      await saved(el);
      const keys = writes('POST').map((r) => r.headers.get('Idempotency-Key'));
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(backend.assignments.length).to.equal(before + 1);
    });

    it('says nothing of posting twice when a change fails: it retries the change', async () => {
      const el = await mount({ id: OWN });
      await retype(el, 'location.place', 'Halsteren');
      backend.setFault({ kind: 'network', times: 1, paths: /^\/assignments\/a-2026-0101$/ });
      await save(el);
      await waitFor(() => part(el, 'failure'), { message: 'the failure' });
      expect(text(part(el, 'failure'))).to.contain('Alles wat je hebt ingevuld is bewaard.').and.not.contain('plaatst');
      part(el, 'failure')!.querySelector('button')!.click();
      await saved(el);
      expect(stored(OWN)!.location.place).to.equal('Halsteren');
    });

    it('sends the same request again after a reload, so an assignment that did arrive is not posted twice', async () => {
      const el = await mount();
      await fillRequired(el);
      // The answer is lost on the way back: stored, but the form does not know.
      backend.latency = 0;
      worker.use(
        http.post(`${API}/assignments`, async ({ request }) => {
          await backend.handle(request.clone() as Request, { base: API });
          return HttpResponse.error();
        }),
      );
      const before = backend.assignments.length;
      await save(el);
      await waitFor(() => part(el, 'failure'));
      expect(backend.assignments.length).to.equal(before + 1);
      worker.resetHandlers();

      el.remove();
      const again = await mount();
      expect(part(again, 'draft-notice')).to.exist;
      expect(control(again, 'title').value).to.equal('Kwartiermaker wijkteams');
      await save(again);
      await saved(again);
      const keys = writes('POST').map((r) => r.headers.get('Idempotency-Key'));
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(backend.assignments.length).to.equal(before + 1);
    });

    it('keeps a draft across a reload, and throws it away on request', async () => {
      const el = await mount();
      await typeInto(el, 'title', 'Kwartiermaker');
      await click(el, root(el).querySelector('.add-skill'));
      await sendKeys({ type: 'Participatie' });
      editable(el).focus();
      await sendKeys({ type: 'Eerste regel' });
      await tick(el);
      el.remove();

      const again = await mount();
      expect(text(part(again, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder invulde');
      // Said too, where focus is elsewhere: its status region gets the words a moment after it appeared.
      const said = part(again, 'draft-notice')!.querySelector('[role="status"]')!;
      await waitFor(() => text(said).startsWith('We hebben bewaard wat je eerder invulde'), { message: 'the notice said' });
      expect(control(again, 'title').value).to.equal('Kwartiermaker');
      expect(control(again, 'skills.0.name').value).to.equal('Participatie');
      expect(text(editable(again))).to.equal('Eerste regel');
      await expect(again).to.be.accessible();

      part(again, 'draft-notice')!.querySelector('button')!.click();
      await tick(again);
      await tick(again);
      expect(control(again, 'title').value).to.equal('');
      expect(focused(again)).to.equal(control(again, 'title'));
      expect(sessionStorage.length).to.equal(0);
      expect(text(part(again, 'draft-notice'))).to.equal('Je wijzigingen zijn weggegooid. Zet terug');
      await waitFor(() => text(root(again).querySelector('[role="status"][aria-live="polite"]')) === 'Je wijzigingen zijn weggegooid. Met ‘Zet terug’ boven het formulier haal je ze terug.', { message: 'said with the way back' });
      await expect(again).to.be.accessible();

      // A mistaken click loses nothing: back to the notice's button, by keyboard.
      await sendKeys({ press: 'Shift+Tab' });
      expect(text(focused(again))).to.equal('Zet terug');
      await sendKeys({ press: 'Enter' });
      await tick(again);
      await tick(again);
      expect(control(again, 'title').value).to.equal('Kwartiermaker');
      expect(control(again, 'skills.0.name').value).to.equal('Participatie');
      expect(text(editable(again))).to.equal('Eerste regel');
      expect(focused(again)).to.equal(control(again, 'title'));
      expect(text(part(again, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder invulde');
      again.remove();
      const third = await mount();
      expect(control(third, 'title').value).to.equal('Kwartiermaker');
      expect(text(editable(third))).to.equal('Eerste regel');

      // Until the form is changed: then "Zet terug" would throw away what was typed since.
      part(third, 'draft-notice')!.querySelector('button')!.click();
      await tick(third);
      await typeInto(third, 'title', 'Projectleider');
      expect(part(third, 'draft-notice')).to.equal(null);
    });
  });

  describe('editing', () => {
    it('starts on another assignment after posting one, and tells the host page so', async () => {
      const el = await mount();
      const id = await postOne(el);
      const another = [...part(el, 'saved')!.querySelectorAll('button')].find((b) => text(b) === 'Nog een opdracht plaatsen')!;
      another.focus();
      const started = oneEvent(el, 'assignment-new');
      await sendKeys({ press: 'Enter' });
      expect((await started).detail.previous.id).to.equal(id);
      await tick(el);
      expect(control(el, 'title').value).to.equal('');
      expect(focused(el)).to.equal(control(el, 'title'));
      expect(text(part(el, 'submit'))).to.equal('Opdracht plaatsen');
    });

    it('leaves the maximum hours empty when they are fixed, so changing the minimum later needs no second field', async () => {
      const el = await mount();
      const id = await postOne(el);
      expect(stored(id)!.hoursPerWeek).to.deep.equal({ min: 16, max: 16 });
      // The form goes on with what was stored: the maximum the poster left empty is still empty.
      expect(control(el, 'hoursPerWeek.max').value).to.equal('');
      await retype(el, 'hoursPerWeek.min', '20');
      await save(el);
      await saved(el);
      expect(part(el, 'summary')).to.equal(null);
      expect(stored(id)!.hoursPerWeek).to.deep.equal({ min: 20, max: 20 });
      // A range stays a range.
      const range = await mount({ id: OWN });
      expect([control(range, 'hoursPerWeek.min').value, control(range, 'hoursPerWeek.max').value]).to.deep.equal(['16', '24']);
    });

    it('takes the notice of a restored draft away once the draft is saved', async () => {
      const el = await mount({ id: OWN });
      await retype(el, 'location.place', 'Halsteren');
      el.remove();
      const again = await mount({ id: OWN });
      expect(part(again, 'draft-notice')).to.exist;
      await save(again);
      await saved(again);
      expect(part(again, 'draft-notice'), 'nothing unsaved is left').to.equal(null);
      expect(stored(OWN)!.location.place).to.equal('Halsteren');
    });

    it("loads the assignment, and saves only what changed with the version's If-Match", async () => {
      const el = await mount({ id: OWN });
      expect(control(el, 'title').value).to.equal('Projectleider informatievoorziening');
      expect(control<HTMLSelectElement>(el, 'field').value).to.equal(stored(OWN)!.field.value);
      expect(text(editable(el))).to.contain('Steenbergen vervangt zijn zaaksysteem');
      expect(part(el, 'submit')!.textContent!.trim()).to.equal('Wijzigingen opslaan');
      await retype(el, 'location.place', 'Halsteren');
      const event = oneEvent(el, 'assignment-saved');
      const seen: string[] = [];
      el.addEventListener('assignment-saved', () => seen.push(part(el, 'saved') ? 'saved shown' : 'not shown yet'));
      await save(el);
      const { detail } = await event;
      await saved(el);
      expect(seen, 'once, with the saved message on screen').to.deep.equal(['saved shown']);
      expect(detail.assignment).to.deep.include({ id: OWN, title: 'Projectleider informatievoorziening' });
      expect(detail.assignment.location.place).to.equal('Halsteren');
      const [patch] = writes('PATCH');
      expect(patch.headers.get('If-Match')).to.equal('"v1"');
      expect(patch.headers.get('Content-Type')).to.contain('merge-patch');
      expect(Object.keys(await patch.clone().json())).to.deep.equal(['location']);
      expect(stored(OWN)!.location.place).to.equal('Halsteren');
      expect(text(part(el, 'saved'))).to.contain('Je wijzigingen zijn opgeslagen.');
    });

    it('goes on from the version it saved when it is removed and added again, so its next save is no conflict', async () => {
      const el = await mount({ id: OWN });
      await retype(el, 'location.place', 'Halsteren');
      await save(el);
      await saved(el);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await tick(el);
      expect(control(el, 'location.place').value).to.equal('Halsteren');
      await retype(el, 'title', 'Projectleider informatievoorziening en archief');
      await save(el);
      await saved(el);
      expect(writes('PATCH').map((p) => p.headers.get('If-Match'))).to.deep.equal(['"v1"', '"v2"']);
      expect(part(el, 'conflict')).to.equal(null);
      expect(stored(OWN)).to.deep.include({ title: 'Projectleider informatievoorziening en archief', version: 3 });
      expect(stored(OWN)!.location.place).to.equal('Halsteren');
    });

    it('shows a stored rate in the notation of its hint (100,50 in Dutch, 100.50 in English), and a save leaves it alone', async () => {
      stored(OWN)!.rate = { ...stored(OWN)!.rate!, min: 85, max: 100.5 };
      const english = await mount({ id: OWN, lang: 'en' });
      expect([control(english, 'rate.min').value, control(english, 'rate.max').value]).to.deep.equal(['85', '100.50']);
      english.closest('div')!.remove();
      const el = await mount({ id: OWN });
      expect([control(el, 'rate.min').value, control(el, 'rate.max').value]).to.deep.equal(['85', '100,50']);
      await retype(el, 'location.place', 'Halsteren');
      await save(el);
      await saved(el);
      expect(Object.keys(await writes('PATCH')[0].clone().json()), 'the rate unchanged').to.deep.equal(['location']);
      expect(control(el, 'rate.max').value, 'after saving').to.equal('100,50');
    });

    it('on a 412 shows what changed next to what the poster typed, keeps their edits, and saves the choice with the new ETag', async () => {
      const el = await mount({ id: OWN });
      await retype(el, 'title', 'Projectleider zaakgericht werken');
      // Meanwhile a colleague changes the title and the summary.
      const current = stored(OWN)!;
      await backend.store.updateAssignment({ ...structuredClone(current), title: 'Projectleider informatiebeheer', summary: 'Nieuwe samenvatting van een collega.' } as never, 1);

      await save(el);
      await waitFor(() => part(el, 'conflict') && !el.shadowRoot!.querySelector('[aria-busy="true"]'), { message: 'conflict shown' });
      await tick(el);
      const conflict = part(el, 'conflict')!;
      expect(focused(el)).to.equal(conflict);
      const rows = [...conflict.querySelectorAll('fieldset')];
      expect(rows.map((row) => text(row.querySelector('legend')))).to.deep.equal(['Titel', 'Samenvatting']);
      expect(text(rows[0])).to.contain('Jouw versie: Projectleider zaakgericht werken').and.contain('Nieuwe versie: Projectleider informatiebeheer');
      expect(text(rows[0])).to.contain('Jij en de ander hebben dit allebei gewijzigd.');
      // The poster's own edit stays; what only the colleague changed is taken over.
      expect(control(el, 'title').value).to.equal('Projectleider zaakgericht werken');
      expect(control<HTMLTextAreaElement>(el, 'summary').value).to.equal('Nieuwe samenvatting van een collega.');
      expect(rows[0].querySelector<HTMLInputElement>('input[value="mine"]')!.checked).to.equal(true);
      await expect(el).to.be.accessible();

      // Taking theirs and back again, by keyboard on the radio group.
      rows[0].querySelector<HTMLInputElement>('input[value="mine"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await tick(el);
      expect(control(el, 'title').value).to.equal('Projectleider informatiebeheer');
      await sendKeys({ press: 'ArrowUp' });
      await tick(el);
      expect(control(el, 'title').value).to.equal('Projectleider zaakgericht werken');

      await save(el);
      await saved(el);
      const patches = writes('PATCH');
      expect(patches.map((p) => p.headers.get('If-Match'))).to.deep.equal(['"v1"', '"v2"']);
      expect(stored(OWN)).to.include({ title: 'Projectleider zaakgericht werken', summary: 'Nieuwe samenvatting van een collega.' });
      expect(part(el, 'conflict')).to.equal(null);
    });

    it('says so, keeping the edits, when a backend gives no version to send back: it does not silently do nothing', async () => {
      // A backend that answers the editor's GET without an ETag, and insists on If-Match (428).
      worker.use(
        http.get(`${API}/assignments/${OWN}`, ({ request }) => withoutEtag(request.clone())),
      );
      const el = await mount({ id: OWN });
      await retype(el, 'location.place', 'Halsteren');
      const reported = oneEvent(el, 'flexschil-error');
      await save(el);
      expect((await reported).detail.status).to.equal(428);
      await waitFor(() => part(el, 'failure'), { message: 'a failure shown' });
      expect(text(part(el, 'failure'))).to.contain('De server wil bij een wijziging de versie van de opdracht, maar gaf die niet mee.').and.contain('Alles wat je hebt ingevuld is bewaard.');
      expect(part(el, 'failure')!.querySelector('button'), 'no retry that cannot help').to.equal(null);
      const [patch] = writes('PATCH');
      expect(patch.headers.has('If-Match'), 'no version to send').to.be.false;
      expect(control(el, 'location.place').value).to.equal('Halsteren');
      expect(stored(OWN)!.location.place).not.to.equal('Halsteren');
      await expect(el).to.be.accessible();
    });

    it('saves without If-Match where a backend gives no ETag and takes the change without one', async () => {
      // A lenient backend: no ETag on the editor's GET, a PATCH taken without If-Match.
      worker.use(
        http.get(`${API}/assignments/${OWN}`, ({ request }) => withoutEtag(request.clone())),
        http.patch(`${API}/assignments/${OWN}`, async ({ request }) => {
          const headers = new Headers(request.headers);
          if (!headers.has('If-Match')) {
            // What a lenient backend does: saves over whatever version it has.
            const current = await backend.handle(new Request(request.url, { headers: { Authorization: request.headers.get('Authorization') ?? '' } }), { base: API });
            headers.set('If-Match', current.headers.get('ETag') ?? '');
          }
          return withoutEtag(new Request(request.url, { method: 'PATCH', headers, body: await request.text() }));
        }),
      );
      const el = await mount({ id: OWN });
      await retype(el, 'location.place', 'Halsteren');
      await save(el);
      await saved(el);
      expect(writes('PATCH').map((p) => p.headers.has('If-Match'))).to.deep.equal([false]);
      expect(stored(OWN)!.location.place).to.equal('Halsteren');

      // Someone else changes it meanwhile: without a version to send, the editor reads it again
      // before it saves, shows what changed, and sends nothing over it.
      await retype(el, 'title', 'Projectleider zaakgericht werken');
      await backend.store.updateAssignment({ ...structuredClone(stored(OWN)!), summary: 'Nieuwe samenvatting van een collega.' } as never, 2);
      await save(el);
      await waitFor(() => part(el, 'conflict'), { message: 'the newer version shown' });
      expect(writes('PATCH')).to.have.length(1);
      expect(stored(OWN)!.title).to.equal('Projectleider informatievoorziening');
      expect(control(el, 'title').value).to.equal('Projectleider zaakgericht werken');
    });

    it('closes an open assignment after a confirmation, and can be cancelled', async () => {
      const el = await mount({ id: OWN });
      // Its name says what closes (a screen reader's list of buttons has no form around it).
      expect(text(part(el, 'close'))).to.equal('Opdracht nu sluiten');
      part(el, 'close')!.focus();
      await sendKeys({ press: 'Enter' });
      await tick(el);
      const dialog = root(el).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(text(dialog)).to.contain('Opdracht nu sluiten?');
      // The safe choice has focus; Escape cancels and focus returns.
      expect(focused(el)?.textContent?.trim()).to.equal('Niet sluiten');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await tick(el);
      await tick(el);
      expect(dialog.open).to.equal(false);
      expect(focused(el)).to.equal(part(el, 'close'));
      expect(writes('PATCH')).to.have.length(0);

      part(el, 'close')!.click();
      await tick(el);
      const event = oneEvent(el, 'assignment-saved');
      [...dialog.querySelectorAll('button')].find((b) => b.textContent?.includes('Ja, sluit'))!.click();
      const { detail } = await event;
      await saved(el);
      expect(detail.assignment.status).to.equal('closed');
      expect(await writes('PATCH')[0].clone().json()).to.deep.equal({ status: 'closed' });
      expect(stored(OWN)!.status).to.equal('closed');
      expect(text(part(el, 'saved'))).to.contain('De opdracht is gesloten.');
      expect(part(el, 'close')).to.equal(null);
      expect(text(part(el, 'closed'))).to.contain('Deze opdracht is gesloten');
      await expect(el).to.be.accessible();
    });

    it('says an assignment that is not there cannot be found, without a retry that cannot help', async () => {
      const el = await mount({ id: 'a-2026-bestaatniet' });
      expect(el.matches(':state(error)')).to.be.true;
      const message = part(el, 'error')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(text(message)).to.equal(
        'Deze opdracht is niet te vinden Misschien is ze verwijderd, of klopt de link niet. Controleer het adres, of ga terug naar het overzicht van je opdrachten.',
      );
      expect(message.querySelector('button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it("says so instead of editing another organisation's assignment", async () => {
      const el = await mount({ id: OTHERS });
      expect(part(el, 'form')).to.equal(null);
      expect(text(part(el, 'sign-in'))).to.contain('van een andere organisatie');
    });
  });

  describe('who may post', () => {
    it('shows only a sign-in hint without a token, and a no-access hint to an employee who is no poster', async () => {
      const anonymous = await mount({ token: null });
      expect(anonymous.matches(':state(empty)')).to.equal(true);
      expect(part(anonymous, 'form')).to.equal(null);
      expect(text(part(anonymous, 'sign-in'))).to.contain('Log in om opdrachten te plaatsen');
      // The part's name as on the other editors; the first name still styles it.
      expect(part(anonymous, 'signin')).to.equal(part(anonymous, 'sign-in'));
      await expect(anonymous).to.be.accessible();

      const employee = await mount({ token: mockTokens.steenbergen });
      expect(part(employee, 'form')).to.equal(null);
      expect(text(part(employee, 'sign-in'))).to.contain('Je kunt hier geen opdrachten plaatsen');
      await expect(employee).to.be.accessible();
      // No vocabularies, no form code asked for.
      expect(requests.filter((r) => r.url.includes('/vocabularies'))).to.have.length(0);
    });
  });

  describe('the rich-text editor', () => {
    it('has a toolbar of toggle buttons with shortcuts, reachable by arrow keys, that shows the formatting at the caret', async () => {
      const el = await mount();
      const tools = [...root(el).querySelectorAll<HTMLButtonElement>('.rt-toolbar button')];
      expect(tools.map((b) => text(b.querySelector('.rt-label')))).to.deep.equal(['Vet', 'Cursief', 'Opsomming', 'Genummerde lijst', 'Link']);
      expect(tools.map((b) => b.getAttribute('aria-keyshortcuts'))).to.deep.equal(['Control+B', 'Control+I', 'Control+Shift+8', 'Control+Shift+7', 'Control+K']);
      expect(tools.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      tools[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await tick(el);
      expect(focused(el)).to.equal(tools[1]);

      editable(el).focus();
      await sendKeys({ press: 'ControlOrMeta+B' });
      await sendKeys({ type: 'Vet' });
      // The toolbar follows the selection on `selectionchange`, which the browser fires in a task of its own.
      await waitFor(() => tools[0].getAttribute('aria-pressed') === 'true', { message: 'the bold button to show it is on' });
      await sendKeys({ press: 'ControlOrMeta+Shift+Digit8' });
      await tick(el);
      expect(editable(el).querySelector('ul > li')).to.exist;
      expect(tools[2].getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('does not carry bold that was switched off into the next paragraph or list', async () => {
      const el = await mount();
      editable(el).focus();
      await sendKeys({ type: 'Tekst ' });
      await sendKeys({ press: 'ControlOrMeta+B' });
      await sendKeys({ type: 'vet' });
      await sendKeys({ press: 'ControlOrMeta+B' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ControlOrMeta+Shift+Digit8' });
      await sendKeys({ type: 'Punt' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Nog een' });
      await tick(el);
      const html = cleanHtml(editable(el).innerHTML);
      expect(html).to.contain('<b>vet</b>');
      expect(html).to.match(/<li>Punt<\/li>\s*<li>Nog een<\/li>/);
    });

    it('adds a link with Ctrl+K through an inline field, and refuses a javascript: address', async () => {
      const el = await mount();
      editable(el).focus();
      await sendKeys({ type: 'Lees de site' });
      await sendKeys({ press: 'Shift+Home' });
      await sendKeys({ press: 'ControlOrMeta+K' });
      await tick(el);
      await tick(el);
      const input = root(el).querySelector<HTMLInputElement>('.rt-link-form input')!;
      expect(focused(el)).to.equal(input);
      await sendKeys({ press: 'ControlOrMeta+A' });
      await sendKeys({ type: 'javascript:alert(1)' });
      await sendKeys({ press: 'Enter' });
      await tick(el);
      expect(text(root(el).querySelector('.rt-error'))).to.contain('https://');
      // Announced: focus stays in the field (WCAG 4.1.3).
      expect(root(el).querySelector('.rt-error')!.getAttribute('role')).to.equal('alert');
      expect(writes('POST')).to.have.length(0);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'ControlOrMeta+A' });
      await sendKeys({ type: 'https://example.nl/' });
      await sendKeys({ press: 'Enter' });
      await tick(el);
      expect(root(el).querySelector('.rt-link-form')).to.equal(null);
      expect(editable(el).querySelector('a')?.getAttribute('href')).to.equal('https://example.nl/');
      expect(focused(el)).to.equal(editable(el));
    });

    it('keeps only the allowlist from anything pasted', () => {
      expect(cleanHtml('<div><h1>Kop</h1><p style="color:red">Tekst <span class="x">met</span> <u>opmaak</u></p></div>')).to.equal('<p>Kop</p><p>Tekst met opmaak</p>');
      expect(cleanHtml('<ul><li><p>Een</p></li>  <li>Twee<ul><li>Diep</li></ul></li></ul>')).to.equal('<ul><li>Een</li><li>Twee<ul><li>Diep</li></ul></li></ul>');
      expect(cleanHtml('<a href="mailto:a@example.nl">mail</a> <a href="data:text/html,x">data</a><iframe src="https://x"></iframe>')).to.equal('<p><a href="mailto:a@example.nl">mail</a> data</p>');
      expect(cleanHtml('<p> </p><p><br></p>')).to.equal('');
      expect(cleanHtml('<table><tr><td>a</td><td>b</td></tr></table>')).to.equal('<p>a b </p>');
    });
  });

  describe('skills and preview', () => {
    it('adds skills with Enter, marks them required, removes them with focus kept, and shows the card as the board does', async () => {
      const el = await mount();
      await fillRequired(el);
      await click(el, root(el).querySelector('.add-skill'));
      expect(focused(el)).to.equal(control(el, 'skills.0.name'));
      await sendKeys({ type: 'Verandermanagement' });
      await sendKeys({ press: 'Enter' });
      await tick(el);
      await tick(el);
      expect(focused(el)).to.equal(control(el, 'skills.1.name'));
      await sendKeys({ type: 'Participatie' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await tick(el);
      expect(control(el, 'skills.1.required').checked).to.equal(true);
      // Each "Vereist" names its skill (a list of checkboxes all called "Vereist" says nothing), the visible word first.
      const checkboxes = (await accessibilityTree()).filter((node) => node.role === 'checkbox' && /^Vereist/.test(node.name ?? '')).map((node) => node.name);
      expect(checkboxes.sort()).to.deep.equal(['Vereist: vaardigheid 1, Verandermanagement', 'Vereist: vaardigheid 2, Participatie']);
      // Remove the first: focus goes to the row that took its place.
      root(el).querySelector<HTMLButtonElement>('.skill .remove')!.click();
      await tick(el);
      await tick(el);
      expect(focused(el)).to.equal(control(el, 'skills.0.name'));
      expect(control(el, 'skills.0.name').value).to.equal('Participatie');
      expect(text(root(el).querySelector('[role="status"][aria-live]'))).to.contain('Vaardigheid Verandermanagement verwijderd.');

      const card = part(el, 'preview')!.querySelector('[part="card"]')!;
      expect(text(card.querySelector('[part="card-title"]'))).to.equal('Kwartiermaker wijkteams');
      expect(text(card)).to.contain('Gemeente Steenbergen').and.contain('Sociaal domein').and.contain('Interim').and.contain('Roosendaal · Hybride');
      await typeInto(el, 'rate.min', '85');
      expect(text(part(el, 'preview'))).to.contain('€ 85 per uur');
      await expect(el).to.be.accessible();
    });
  });

  describe('the language of the text', () => {
    it('offers each language in its own words, marks the preview with the choice, and posts it', async () => {
      const el = await mount();
      const language = control<HTMLSelectElement>(el, 'language');
      expect(text(root(el).querySelector('label[for="f-language"]'))).to.equal('Taal van de tekst');
      expect([...language.options].map((o) => [o.textContent, o.lang])).to.deep.equal([['Nederlands', 'nl'], ['English', 'en']]);
      expect(language.value, 'Dutch first').to.equal('nl');
      await fillRequired(el);
      const title = () => part(el, 'preview')!.querySelector('[part="card-title"] span')!;
      expect(title().hasAttribute('lang'), 'Dutch on a Dutch page').to.equal(false);

      await retype(el, 'title', 'Policy adviser for newcomers');
      await choose(el, 'language', 'Eng');
      expect(language.value).to.equal('en');
      expect(title().getAttribute('lang')).to.equal('en');
      const marked = [...part(el, 'preview')!.querySelectorAll('[lang="en"]')].map(text);
      expect(marked).to.include.members(['Policy adviser for newcomers', 'Roosendaal']);
      await expect(el).to.be.accessible();

      const event = oneEvent(el, 'assignment-saved');
      await save(el);
      const { detail } = await event;
      await saved(el);
      expect((await writes('POST')[0].clone().json()).language).to.equal('en');
      expect(stored(detail.assignment.id)!.language).to.equal('en');
    });

    it('marks what the poster writes with that language, as the choice changes; labels, numbers, dates and addresses not', async () => {
      const el = await mount();
      await click(el, root(el).querySelector('.add-skill'));
      // The assignment's own words (as the board marks them): spellchecked and read aloud in their language.
      const written = ['title', 'summary', 'skills.0.name', 'location.place', 'contact.name'];
      const languages = () => [...written.map((name) => control(el, name).getAttribute('lang')), editable(el).getAttribute('lang')];
      expect(languages(), 'Dutch first').to.deep.equal(Array(6).fill('nl'));

      await choose(el, 'language', 'Eng');
      await typeInto(el, 'title', 'Policy adviser for newcomers');
      await typeInto(el, 'skills.0.name', 'Stakeholder management');
      expect(languages()).to.deep.equal(Array(6).fill('en'));
      const others = [...root(el).querySelectorAll<HTMLElement>('form input, form select, form textarea')].filter((c) => !written.includes(c.getAttribute('name')!));
      expect(others.filter((c) => c.hasAttribute('lang')).map((c) => c.getAttribute('name')), 'hours, dates, amounts, e-mail, phone, links, choices').to.deep.equal([]);
      expect(root(el).querySelectorAll('label[lang], legend[lang], .hint[lang]').length, 'what the form says stays Dutch').to.equal(0);
      await expect(el).to.be.accessible();

      await choose(el, 'language', 'Ned');
      expect(languages(), 'back to Dutch').to.deep.equal(Array(6).fill('nl'));
    });

    it("changes only the language of a stored assignment, and names it in the comparison after a 412 in its own words", async () => {
      const el = await mount({ id: OWN });
      expect(control<HTMLSelectElement>(el, 'language').value).to.equal('nl');
      await choose(el, 'language', 'Eng');
      await save(el);
      await saved(el);
      expect(await writes('PATCH')[0].clone().json()).to.deep.equal({ language: 'en' });
      expect(stored(OWN)!.language).to.equal('en');

      // A colleague puts it back in Dutch while the poster changes the title.
      await retype(el, 'title', 'Project leader information management');
      await backend.store.updateAssignment({ ...structuredClone(stored(OWN)!), language: 'nl' } as never, 2);
      await save(el);
      await waitFor(() => part(el, 'conflict') && !el.shadowRoot!.querySelector('[aria-busy="true"]'), { message: 'conflict shown' });
      await tick(el);
      const row = [...part(el, 'conflict')!.querySelectorAll('fieldset')].find((r) => text(r.querySelector('legend')) === 'Taal van de tekst')!;
      expect(text(row)).to.contain('Jouw versie: English').and.contain('Nieuwe versie: Nederlands');
      expect(row.querySelector('[lang="en"]')).to.exist;
      expect(control<HTMLSelectElement>(el, 'language').value, 'only the colleague changed it since').to.equal('nl');
      await expect(el).to.be.accessible();
      // Back to the poster's English: that option was picked, so only the select's value can move it back (HTML's dirtiness).
      row.querySelector<HTMLInputElement>('input[value="mine"]')!.click();
      await tick(el);
      expect(control<HTMLSelectElement>(el, 'language').value).to.equal('en');
    });
  });

  describe('layout', () => {
    it('keeps each bullet of the error summary on the first line of its message at 320 px', async () => {
      const el = await mount();
      await setViewport({ width: 320, height: 640 });
      try {
        await save(el);
        const links = [...part(el, 'summary')!.querySelectorAll('a')];
        const wrapped = links.filter((a) => a.getBoundingClientRect().height > 30);
        expect(wrapped.length, 'some messages take two lines here').to.be.at.least(1);
        // A list item's bullet stands on its first line box; an inline-block's line is its last.
        for (const a of links) expect(getComputedStyle(a).display, text(a)).to.equal('block');
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 1280, height: 900 });
      }
    });

    it('fits 320 px and 200 % zoom without sideways scrolling, with targets of at least 24 px', async () => {
      // A title of one long compound word, which the preview's column once grew to fit.
      await backend.store.updateAssignment({ ...structuredClone(stored(OWN)!), title: 'Gebiedsontwikkelingsprojectleider' } as never, 1);
      const el = await mount({ id: OWN });
      // A municipal site's text (18 px sans-serif, 20 px page margins), where the long example link
      // of a hint once pushed the page sideways.
      Object.assign(el.closest<HTMLElement>('div')!.style, { font: "18px 'Liberation Sans', Arial, sans-serif", paddingInline: '20px' });
      try {
        for (const [width, height] of [[320, 640], [640, 450]]) {
          await setViewport({ width, height });
          await tick(el);
          expect(document.documentElement.scrollWidth, `${width} px`).to.be.at.most(width);
          for (const target of root(el).querySelectorAll<HTMLElement>('button, input, select, [contenteditable]')) {
            const box = target.getBoundingClientRect();
            if (!box.width) continue; // hidden (the dialog's buttons)
            expect(box.width, `${target.outerHTML.slice(0, 60)} at ${width}`).to.be.at.least(24);
            expect(box.height, `${target.outerHTML.slice(0, 60)} at ${width}`).to.be.at.least(24);
            expect(box.right, `${target.outerHTML.slice(0, 60)} at ${width}`).to.be.at.most(width + 1);
          }
        }
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 1280, height: 900 });
      }
    });
  });
});
