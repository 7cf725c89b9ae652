import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import '../src/elements/apply-form/define.js';
import '../src/elements/marketplace-provider/define.js';
import type { ApplyForm } from '../src/elements/apply-form/apply-form.js';
import type { AssignmentInput } from '../src/api/schemas.js';
import { sharedClient } from '../src/api/clients.js';
import { type Transport, transport } from '../src/api/core.js';
import { FlexschilError } from '../src/api/errors.js';
import { makeAssignment, makeProfile } from './fixtures.js';
import { API, pressWithMouse, waitFor } from './helpers.js';
import { consoleErrors, otherOrigin } from './hostile.js';
import { backend, requests, resetMock, worker } from './msw.js';

const ID = 'a-test-0001';
const PRIVACY = 'https://example.nl/privacy';
const MOTIVATION = 'Ik heb tien jaar ervaring als projectleider bij gemeenten in West-Brabant.';
type Requirements = AssignmentInput['requirements'];
const NONE: Requirements = { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false };
const ALL: Requirements = { kvkNumber: true, cv: true, conditionsUrl: 'https://example.nl/inkoopvoorwaarden', managerConsent: true };

/** An assignment the mock backend knows, so applications to it are accepted. */
function publish(overrides: Partial<AssignmentInput> = {}): AssignmentInput {
  const assignment = makeAssignment({ id: ID, requirements: NONE, ...overrides });
  backend.assignments.push(assignment);
  return assignment;
}

interface MountOptions {
  assignment?: AssignmentInput | null;
  id?: string;
  lang?: string;
  profileId?: string;
  headingLevel?: number;
  endpoint?: string;
}

async function mount(options: MountOptions = {}): Promise<ApplyForm> {
  const { assignment = null, id, lang = 'nl', profileId, headingLevel } = options;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <button type="button" id="before">Vorige</button>
    <marketplace-provider endpoint=${options.endpoint ?? API} privacy-url=${PRIVACY}>
      <apply-form
        .assignment=${assignment}
        assignment-id=${id ?? ''}
        profile-id=${profileId ?? ''}
        heading-level=${headingLevel ?? 2}
      ></apply-form>
    </marketplace-provider>
  </div>`);
  const form = wrapper.querySelector('apply-form')!;
  await waitFor(() => form.matches(':state(ready)') || form.matches(':state(error)'), { message: 'form ready' });
  await form.updateComplete;
  return form;
}

const root = (el: ApplyForm) => el.shadowRoot!;
const control = <T extends HTMLElement = HTMLInputElement>(el: ApplyForm, name: string) => root(el).querySelector<T>(`[name="${name}"]`)!;
const part = (el: ApplyForm, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: ApplyForm) => root(el).activeElement as HTMLElement | null;
/** The form's accessible name: the text of what labels it. */
const formName = (el: ApplyForm) => text(root(el).getElementById(part(el, 'form')!.getAttribute('aria-labelledby')!));
const posts = () => requests.filter((r) => r.method === 'POST');
const errorOf = (el: ApplyForm, name: string) => {
  const input = control(el, name);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.length ? text(root(el).getElementById(ids[0])) : '';
};

async function typeInto(el: ApplyForm, name: string, value: string) {
  control(el, name).focus();
  await sendKeys({ type: value });
}

async function leave(el: ApplyForm, name: string) {
  control(el, name).focus();
  control(el, name).blur();
  await el.updateComplete;
}

async function tick(el: ApplyForm) {
  await aTimeout(0);
  await el.updateComplete;
}

async function check(el: ApplyForm, name: string) {
  control(el, name).click();
  await el.updateComplete;
}

/**
 * A file input cannot be driven by keys (it opens the system's chooser): set it as a drop would.
 * The form reads the file's first bytes in its own time; wait for what it then shows, not for a clock.
 */
async function choose(el: ApplyForm, file: File) {
  const input = control(el, 'cv');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const pdf = (name = 'cv.pdf', size?: number) => {
  const head = new TextEncoder().encode('%PDF-1.7\n');
  return new File(size ? [head, new Uint8Array(size - head.length)] : [head, 'inhoud'], name, { type: 'application/pdf' });
};

async function fillMinimum(el: ApplyForm) {
  await typeInto(el, 'name', 'Anne Backx');
  await typeInto(el, 'email', 'anne@example.nl');
  await typeInto(el, 'motivation', MOTIVATION);
  await check(el, 'consent');
}

async function submit(el: ApplyForm) {
  part(el, 'submit')!.click();
  await tick(el);
}

/** The first application's answer is lost on the way back: the backend stores it, the browser sees a failure. */
function loseTheFirstAnswer() {
  let first = true;
  worker.use(
    http.post(`${API}/assignments/:id/applications`, async ({ request }) => {
      const answer = await backend.handle(request.clone(), { base: API });
      if (!first) return answer;
      first = false;
      return HttpResponse.error();
    }),
  );
}

async function sent(el: ApplyForm) {
  await waitFor(() => part(el, 'success'), { message: 'confirmation' });
  await el.updateComplete;
}

describe('<apply-form>', () => {
  beforeEach(async () => {
    await resetMock();
    sessionStorage.clear();
  });
  afterEach(() => {
    worker.resetHandlers();
    backend.latency = 0;
  });

  describe('the empty form', () => {
    it('shows the contract fields, each control named as its part, accessibly', async () => {
      const el = await mount({ assignment: publish({ requirements: ALL }) });
      const names = [...root(el).querySelectorAll('[part="form"] [name]')].map((c) => c.getAttribute('name'));
      expect(names).to.deep.equal([
        'name', 'email', 'phone', 'kvkNumber', 'motivation', 'cv', 'availableFrom', 'hoursPerWeek', 'rate',
        'consent', 'acceptConditions', 'managerConsent', 'website',
      ]);
      expect(root(el).querySelectorAll('[part="field"]')).to.have.length(12);
      expect(control(el, 'name').autocomplete).to.equal('name');
      expect(control(el, 'email').autocomplete).to.equal('email');
      expect(control(el, 'phone').autocomplete).to.equal('tel');
      expect(control(el, 'email').type).to.equal('email');
      expect(control(el, 'phone').type).to.equal('tel');
      expect(text(root(el).querySelector('label[for="field-phone"]'))).to.equal('Telefoonnummer (optioneel)');
      expect(formName(el)).to.equal('Reageren op Projectleider informatievoorziening');
      expect(part(el, 'submit')!.textContent!.trim()).to.equal('Verstuur reactie');
      await expect(el).to.be.accessible();
    });

    it('speaks English and stays accessible', async () => {
      const el = await mount({ assignment: publish({ requirements: ALL }), lang: 'en' });
      expect(text(root(el).querySelector('label[for="field-name"]'))).to.equal('Full name');
      expect(part(el, 'submit')!.textContent!.trim()).to.equal('Send application');
      await expect(el).to.be.accessible();
    });

    it('shows the KvK number, the conditions and the manager consent only when required, and marks an optional CV', async () => {
      const el = await mount({ assignment: publish({ requirements: NONE }) });
      for (const name of ['kvkNumber', 'acceptConditions', 'managerConsent']) expect(control(el, name), name).to.be.null;
      expect(text(root(el).querySelector('label[for="field-cv"]'))).to.equal('Cv (optioneel)');
      expect(control(el, 'cv').accept).to.contain('.pdf').and.contain('.docx').and.contain('.odt');
    });

    it('links the privacy statement of the provider and the conditions of the assignment, opening in a new window', async () => {
      const el = await mount({ assignment: publish({ requirements: ALL }) });
      const privacy = root(el).querySelector<HTMLAnchorElement>('#consent-hint a')!;
      expect(privacy.href).to.equal(PRIVACY);
      expect(privacy.target).to.equal('_blank');
      expect(text(privacy)).to.contain('privacyverklaring');
      const conditions = root(el).querySelector<HTMLAnchorElement>('#acceptConditions-hint a')!;
      expect(conditions.href).to.equal('https://example.nl/inkoopvoorwaarden');
      expect(control(el, 'consent').getAttribute('aria-describedby')).to.equal('consent-hint');
    });

    it("resolves its own relative privacy-url against the page, as the provider does", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
        <marketplace-provider endpoint=${API}><apply-form .assignment=${publish({ requirements: ALL })} privacy-url="/privacy"></apply-form></marketplace-provider>
      </div>`);
      const form = wrapper.querySelector('apply-form')!;
      await waitFor(() => form.matches(':state(ready)'), { message: 'form ready' });
      await form.updateComplete;
      expect(root(form).querySelector<HTMLAnchorElement>('#consent-hint a')?.href).to.equal(new URL('/privacy', document.baseURI).href);
    });

    it('hides the honeypot from people and screen readers', async () => {
      const el = await mount({ assignment: publish() });
      const website = control(el, 'website');
      expect(website.tabIndex).to.equal(-1);
      expect(website.getAttribute('autocomplete')).to.equal('off');
      expect(website.closest('[aria-hidden="true"]')).to.exist;
      const box = website.getBoundingClientRect();
      expect(box.right).to.be.lessThan(0);
    });

    it('asks no rate for internal or pro bono work', async () => {
      const el = await mount({ assignment: publish({ types: ['intern'], requirements: { ...NONE, managerConsent: true } }) });
      expect(control(el, 'rate')).to.be.null;
      expect(control(el, 'managerConsent')).to.exist;
    });

    it("asks a manager's consent without calling a public assignment internal", async () => {
      const el = await mount({ assignment: publish({ visibility: 'public', requirements: { ...NONE, managerConsent: true } }) });
      const hint = el.shadowRoot!.getElementById(control(el, 'managerConsent')!.getAttribute('aria-describedby')!.split(' ')[0])!;
      expect(hint.textContent!.trim()).to.equal('Deze opdracht vraagt de toestemming van je leidinggevende.');
    });
  });

  describe('an assignment given as a property', () => {
    it('that does not match the contract: says so, fires flexschil-error once, and offers no retry that cannot help', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
        <marketplace-provider endpoint=${API}><apply-form></apply-form></marketplace-provider>
      </div>`);
      const el = wrapper.querySelector('apply-form')!;
      const errors: unknown[] = [];
      el.addEventListener('flexschil-error', (event) => errors.push(event.detail));
      el.assignment = { ...publish(), closingDate: 'morgen' } as never;
      await waitFor(() => el.matches(':state(error)'), { message: 'the error state' });
      await el.updateComplete;
      expect(errors).to.deep.equal([{ status: 0, title: 'Invalid assignment', detail: 'The assignment property does not match the contract' }]);
      expect(part(el, 'form')).to.be.null;
      expect(part(el, 'error')!.querySelector('button'), 'no retry').to.be.null;
      await expect(el).to.be.accessible();

      el.assignment = publish();
      await waitFor(() => part(el, 'form'), { message: 'a valid one shows the form' });
      expect(errors).to.have.length(1);
    });
  });

  describe('validation', () => {
    it('on an invalid submit, focuses a summary that links to every field and sends nothing', async () => {
      const el = await mount({ assignment: publish({ requirements: ALL }) });
      await submit(el);
      const summary = part(el, 'summary')!;
      expect(focused(el)).to.equal(summary);
      expect(text(summary.querySelector('h2'))).to.equal('Er is een probleem');
      const links = [...summary.querySelectorAll('a')].map((a) => text(a));
      expect(links).to.deep.equal([
        'Vul je naam in',
        'Vul je e-mailadres in',
        'Vul je KvK-nummer in',
        'Schrijf je motivatie (minstens 50 tekens)',
        'Kies je cv (pdf, docx of odt)',
        'Geef toestemming voor het gebruik van je gegevens om te kunnen reageren',
        'Ga akkoord met de inkoopvoorwaarden om te kunnen reageren',
        'Bevestig dat je leidinggevende akkoord is met deze opdracht',
      ]);
      expect(posts()).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('moves focus to the field when a summary link is followed, without touching the page URL', async () => {
      const el = await mount({ assignment: publish() });
      const url = location.href;
      await submit(el);
      const link = [...part(el, 'summary')!.querySelectorAll('a')].find((a) => text(a).startsWith('Vul je e-mailadres'))!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      expect(focused(el)).to.equal(control(el, 'email'));
      expect(location.href).to.equal(url);
    });

    it('shows inline messages tied to their control with aria-invalid and aria-describedby', async () => {
      const el = await mount({ assignment: publish({ requirements: ALL }) });
      await submit(el);
      const email = control(el, 'email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.equal('email-hint email-error');
      expect(errorOf(el, 'email')).to.equal('Fout: Vul je e-mailadres in');
      expect(control(el, 'consent').getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(el, 'consent')).to.contain('Geef toestemming');
      expect(control(el, 'phone').getAttribute('aria-invalid')).to.equal('false');
      // The invalid field's border takes the error colour too (with the text, never colour alone).
      const errorColour = getComputedStyle(el.shadowRoot!.querySelector('#email-error')!).color;
      expect(getComputedStyle(email).borderTopColor).to.equal(errorColour);
      expect(getComputedStyle(control(el, 'phone')).borderTopColor).not.to.equal(errorColour);
      // An invalid checkbox is outlined in the error colour, but with keyboard focus the focus ring shows (WCAG 2.4.7).
      const consent = control(el, 'consent');
      expect(getComputedStyle(consent).outlineColor).to.equal(errorColour);
      consent.focus();
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(consent);
      expect(consent.matches(':focus-visible')).to.be.true;
      const ring = getComputedStyle(consent);
      expect(ring.outlineColor, 'the focus ring, not the error outline').not.to.equal(errorColour);
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    });

    it('names the problem in English too, accessibly', async () => {
      const el = await mount({ assignment: publish({ requirements: ALL }), lang: 'en' });
      await submit(el);
      expect(text(part(el, 'summary')!.querySelector('h2'))).to.equal('There is a problem');
      expect(errorOf(el, 'name')).to.equal('Error: Enter your full name');
      await expect(el).to.be.accessible();
    });

    it('checks a field when it is left only once it was touched, and clears the error as soon as it is fixed', async () => {
      const el = await mount({ assignment: publish() });
      await leave(el, 'name');
      expect(errorOf(el, 'name')).to.equal('');
      await typeInto(el, 'email', 'anne@');
      await leave(el, 'email');
      expect(errorOf(el, 'email')).to.equal('Fout: Vul een e-mailadres in zoals naam@voorbeeld.nl');
      await typeInto(el, 'email', 'example.nl');
      await el.updateComplete;
      expect(errorOf(el, 'email')).to.equal('');
      expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('false');
    });

    it('says the message of a field left with Tab, where a screen reader has moved on to the next field', async () => {
      const el = await mount({ assignment: publish() });
      const status = root(el).querySelector('form ~ [role="status"]')!;
      await typeInto(el, 'email', 'anne@');
      await sendKeys({ press: 'Tab' });
      await tick(el);
      expect(focused(el)).to.equal(control(el, 'phone'));
      expect(text(status)).to.equal('Fout: Vul een e-mailadres in zoals naam@voorbeeld.nl');
      // Fixed, then the same mistake again: said again, although the words are the same.
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'End' });
      await sendKeys({ type: 'example.nl' });
      await sendKeys({ press: 'Tab' });
      await tick(el);
      expect(errorOf(el, 'email')).to.equal('');
      expect(text(status), 'a mistake put right is no longer there to be found in browse mode').to.equal('');
      const before = status.textContent;
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'End' });
      for (let i = 0; i < 'example.nl'.length; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Tab' });
      await tick(el);
      expect(text(status)).to.equal('Fout: Vul een e-mailadres in zoals naam@voorbeeld.nl');
      expect(status.textContent, 'changed, so the live region speaks').not.to.equal(before);
      await expect(el).to.be.accessible();
    });

    it('keeps a mouse click on the send button when leaving a field puts its message above the button', async () => {
      const el = await mount({ assignment: publish() });
      await typeInto(el, 'email', 'anne@');
      await pressWithMouse(part(el, 'submit')!);
      // Leaving the e-mail field shows its message and moves the button down; the click still counts.
      await waitFor(() => part(el, 'summary'), { message: 'the click went through: the summary' });
      expect(focused(el)).to.equal(part(el, 'summary'));
      expect(errorOf(el, 'email')).to.equal('Fout: Vul een e-mailadres in zoals naam@voorbeeld.nl');
      // The summary says it (role="alert"): not said a second time by the status region.
      expect(text(root(el).querySelector('form ~ [role="status"]'))).not.to.contain('e-mailadres');
      await setViewport({ width: 800, height: 600 });
    });

    it('says how to fix each rule', async () => {
      const el = await mount({ assignment: publish({ requirements: ALL }) });
      await typeInto(el, 'name', 'A');
      await typeInto(el, 'kvkNumber', '1234');
      await typeInto(el, 'motivation', 'Te kort.');
      await typeInto(el, 'hoursPerWeek', '60');
      await typeInto(el, 'rate', 'veel');
      await typeInto(el, 'phone', 'bel me');
      await submit(el);
      expect(errorOf(el, 'name')).to.contain('minstens 2 tekens');
      expect(errorOf(el, 'kvkNumber')).to.contain('8 cijfers');
      expect(errorOf(el, 'motivation')).to.contain('minstens 50 tekens hebben; nu zijn het er 8');
      expect(errorOf(el, 'hoursPerWeek')).to.contain('van 1 tot en met 40');
      expect(errorOf(el, 'rate')).to.contain('zoals 85 of 85,50');
      expect(errorOf(el, 'phone')).to.contain('telefoonnummer');
      expect(posts()).to.have.length(0);
    });

    it('counts the motivation visibly at once and announces it politely after a pause', async () => {
      const el = await mount({ assignment: publish() });
      const field = root(el).querySelector('[data-field="motivation"]')!;
      const visible = field.querySelector('.count')!;
      const live = field.querySelector('[aria-live="polite"]')!;
      expect(visible.getAttribute('aria-hidden')).to.equal('true');
      expect(text(visible)).to.equal('Nog 50 tekens nodig');
      await typeInto(el, 'motivation', 'Ervaring genoeg');
      await el.updateComplete;
      expect(text(visible)).to.equal('Nog 35 tekens nodig');
      expect(text(live)).to.equal('');
      await waitFor(() => text(live) === 'Nog 35 tekens nodig', { timeout: 2000, message: 'announced count' });
      await typeInto(el, 'motivation', ` ${'x'.repeat(40)}`);
      await el.updateComplete;
      expect(text(visible)).to.equal('Je hebt nog 4944 tekens over');
      expect(text(live)).to.equal('Nog 35 tekens nodig');
    });

    it('says how many characters are too many', async () => {
      const el = await mount({ assignment: publish() });
      const textarea = control<HTMLTextAreaElement>(el, 'motivation');
      textarea.focus();
      textarea.value = 'x'.repeat(5002); // pasted
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      await el.updateComplete;
      expect(text(root(el).querySelector('.count'))).to.equal('Je hebt 2 tekens te veel');
    });
  });

  describe('the CV', () => {
    for (const [what, file, message] of [
      ['a renamed executable called cv.pdf', new File([new TextEncoder().encode('MZ\x90\x00\x03\x00'), 'x'.repeat(100)], 'cv.pdf'), 'geen echt pdf'],
      ['an empty file', new File([], 'cv.pdf'), 'is leeg'],
      ['a 6 MB file', pdf('cv.pdf', 6 * 1024 * 1024), 'kleiner zijn dan 5 MB'],
      ['a spreadsheet', new File(['a,b'], 'cv.csv'), 'pdf-, docx- of odt-bestand'],
    ] as const) {
      it(`refuses ${what} before sending`, async () => {
        const el = await mount({ assignment: publish({ requirements: { ...NONE, cv: true } }) });
        await fillMinimum(el);
        await choose(el, file);
        await waitFor(() => errorOf(el, 'cv').includes(message), { message: `the CV's error: ${message}` });
        // Said at once, where focus stays on the file control.
        await waitFor(() => text(root(el).querySelector('[role="status"][aria-live="polite"]')).includes(message), { message: 'said' });
        await submit(el);
        await waitFor(() => focused(el) === part(el, 'summary'), { message: 'focus on the error summary' });
        expect(text(part(el, 'summary'))).to.contain(message);
        expect(posts()).to.have.length(0);
      });
    }

    it('takes a refused file\'s message back from the status region once a good file is chosen', async () => {
      const el = await mount({ assignment: publish({ requirements: { ...NONE, cv: true } }) });
      await fillMinimum(el);
      const status = root(el).querySelector('form ~ [role="status"]')!;
      await choose(el, new File(['a,b'], 'cv.csv'));
      await waitFor(() => text(status).includes('pdf-, docx- of odt-bestand'), { message: 'the refusal said' });
      await choose(el, pdf('cv.pdf', 2048));
      await waitFor(() => errorOf(el, 'cv') === '', { message: 'the error gone' });
      await waitFor(() => text(status) === '', { message: 'the refusal taken back' });
      // Refused again: said again; and once more right after, changed (a no-break space) so it is said once more.
      await choose(el, new File(['a,b'], 'cv.csv'));
      await waitFor(() => text(status).includes('pdf-, docx- of odt-bestand'), { message: 'said again' });
      const said = status.textContent;
      await choose(el, new File(['c,d'], 'ander-cv.csv'));
      await waitFor(() => status.textContent !== said, { message: 'the same refusal said once more' });
      expect(text(status)).to.include('pdf-, docx- of odt-bestand');
    });

    it('sends a real PDF along', async () => {
      const el = await mount({ assignment: publish({ requirements: { ...NONE, cv: true } }) });
      await fillMinimum(el);
      await choose(el, pdf());
      expect(errorOf(el, 'cv')).to.equal('');
      await submit(el);
      await sent(el);
      expect(backend.applications[0].cv).to.include({ name: 'cv.pdf' });
    });
  });

  describe('sending', () => {
    it('says, when the form is opened again in the tab, that an application was sent, with its date and reference', async () => {
      const assignment = publish();
      const el = await mount({ assignment });
      await fillMinimum(el);
      await submit(el);
      await sent(el);
      const reference = backend.applications[0].id;
      const again = await mount({ assignment });
      const note = await waitFor(() => part(again, 'sent-before'), { message: 'the note' });
      expect(text(note)).to.match(new RegExp(`^Je hebt op \\d+ \\w+ \\d{4} al op deze opdracht gereageerd \\(kenmerk ${reference}\\)\\.`));
      expect(part(again, 'form'), 'and a new application can still be sent').to.exist;
      expect(JSON.stringify({ ...sessionStorage }), 'nothing personal kept').not.to.contain('@');
      await expect(again).to.be.accessible();
    });

    it('sends the application, confirms with focus on the heading, fires application-submitted and forgets the draft', async () => {
      const el = await mount({ assignment: publish({ requirements: ALL }) });
      await fillMinimum(el);
      await typeInto(el, 'phone', '06 12345678');
      await typeInto(el, 'kvkNumber', '1234 5678');
      await typeInto(el, 'hoursPerWeek', '24');
      await typeInto(el, 'rate', '85,50');
      await choose(el, pdf());
      await check(el, 'acceptConditions');
      await check(el, 'managerConsent');
      const event = oneEvent(el, 'application-submitted');
      // What a host's listener finds on the element, at the moment it hears the event.
      const seen: string[] = [];
      el.addEventListener('application-submitted', () => seen.push(part(el, 'success') && !part(el, 'form') ? 'confirmed' : 'form still shown'));
      await submit(el);
      const { detail } = await event;
      await sent(el);
      expect(seen, 'once, with the confirmation on screen').to.deep.equal(['confirmed']);

      expect(backend.applications).to.have.length(1);
      const stored = backend.applications[0];
      expect(stored).to.include({ name: 'Anne Backx', email: 'anne@example.nl', phone: '06 12345678', kvkNumber: '12345678', hoursPerWeek: 24, rate: 85.5, acceptConditions: true, managerConsent: true });
      expect(stored.motivation).to.equal(MOTIVATION);
      expect((await posts()[0].clone().formData()).get('language'), 'written on a Dutch page').to.equal('nl');
      expect(stored.language).to.equal('nl');
      expect(detail.application.id).to.equal(stored.id);
      expect(posts()[0].headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);

      const success = part(el, 'success')!;
      expect(part(el, 'form')).to.be.null;
      expect(focused(el)).to.equal(success.querySelector('h2'));
      expect(text(success.querySelector('h2'))).to.equal('Je reactie is verstuurd');
      expect(text(success)).to.contain(stored.id);
      expect(text(success)).to.contain('Wat gebeurt er nu?');
      expect(text(success)).to.contain('anne@example.nl');
      expect(Object.keys(sessionStorage).filter((key) => !key.startsWith('flexschil:apply-form:sent:')), 'the draft forgotten').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('confirms in English, accessibly, with the heading level asked for, and says the application is in English', async () => {
      const el = await mount({ assignment: publish(), lang: 'en', headingLevel: 3 });
      await fillMinimum(el);
      await submit(el);
      await sent(el);
      const heading = part(el, 'success')!.querySelector('h3')!;
      expect(text(heading)).to.equal('Your application has been sent');
      expect(part(el, 'success')!.querySelector('h4')).to.exist;
      expect(new Headers(posts()[0].headers).get('Accept-Language')).to.equal('en');
      // The poster's inbox marks the motivation with it (WCAG 3.1.2).
      expect((await posts()[0].clone().formData()).get('language')).to.equal('en');
      expect(backend.applications[0].language).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('shows the reference number and date whole at 320 px and at 200 % zoom, accessibly', async () => {
      const id = '0b6e0a0e-7c1d-4f7e-9a55-3c2f0d7e8b41';
      worker.use(
        http.post(`${API}/assignments/:id/applications`, () =>
          HttpResponse.json({ id, assignmentId: ID, status: 'received', receivedAt: '2026-12-01T10:00:00+01:00' }, { status: 201 }),
        ),
      );
      /** The lines a text is laid out on. */
      const lines = (node: Element) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      };
      try {
        // 320 px wide, and 640 px at 200 % zoom: the same CSS width as 1280 px at 200 %.
        for (const [width, height] of [[320, 640], [640, 400]]) {
          await setViewport({ width, height });
          sessionStorage.clear();
          const el = await mount({ assignment: publish() });
          await fillMinimum(el);
          await submit(el);
          await sent(el);
          const [reference, date] = [...part(el, 'success')!.querySelectorAll('dd')];
          expect(text(reference)).to.equal(id);
          // Whole groups: on one line where it fits, else broken only after a hyphen.
          expect(lines(reference), `reference at ${width} px`).to.be.at.most(width < 400 ? 2 : 1);
          for (const group of [...reference.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) {
            const range = document.createRange();
            range.selectNodeContents(group);
            expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, group.textContent!).to.equal(1);
          }
          expect(text(date)).to.equal('1 december 2026');
          expect(lines(date), `date at ${width} px`).to.equal(1);
          expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
          await expect(el).to.be.accessible();
          backend.applications.length = 0;
        }
      } finally {
        await setViewport({ width: 1280, height: 800 });
      }
    });

    it('wraps a long e-mail address in the confirmation at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mount({ assignment: publish() });
        const email = 'annemarie.vandenbergdevries@gemeentebergenopzoom.example.nl';
        await typeInto(el, 'name', 'Annemarie van den Berg');
        await typeInto(el, 'email', email);
        await typeInto(el, 'motivation', MOTIVATION);
        await check(el, 'consent');
        await submit(el);
        await sent(el);
        const success = part(el, 'success')!;
        expect(text(success)).to.contain(email);
        for (const p of success.querySelectorAll('p')) expect(p.scrollWidth, text(p)).to.be.at.most(p.clientWidth);
      } finally {
        await setViewport({ width: 1280, height: 800 });
      }
    });

    it('cannot send twice: a double click and repeated Enter make one request', async () => {
      backend.latency = 300;
      const el = await mount({ assignment: publish() });
      await fillMinimum(el);
      const button = part(el, 'submit')!;
      button.click();
      button.click();
      await tick(el);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      control(el, 'name').focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await sent(el);
      expect(posts()).to.have.length(1);
      expect(backend.applications).to.have.length(1);
    });

    it('shows that it is sending, accessibly, in both languages', async function () {
      // Two mounts, typing and two axe runs: more than the default 8 s on a loaded machine.
      this.timeout(30_000);
      for (const lang of ['nl', 'en']) {
        backend.setFault({ kind: 'slow', delay: 20_000, paths: /\/applications$/ });
        const el = await mount({ assignment: publish(), lang });
        await fillMinimum(el);
        await submit(el);
        await waitFor(() => posts().length === 1, { message: 'request sent' });
        const button = part(el, 'submit')!;
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        expect(button.textContent!.trim()).to.equal(lang === 'nl' ? 'Bezig met versturen…' : 'Sending…');
        expect(part(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
        expect(text(root(el).querySelector('[role="status"]'))).to.equal(lang === 'nl' ? 'Je reactie wordt verstuurd…' : 'Sending your application…');
        await expect(el).to.be.accessible();
        el.remove();
        await resetMock();
        sessionStorage.clear();
      }
    });

    it('after a network failure keeps everything, says so, and a retry creates exactly one application with the same key', async () => {
      const el = await mount({ assignment: publish() });
      await fillMinimum(el);
      backend.setFault({ kind: 'network', times: 1, paths: /\/applications$/ });
      const error = oneEvent(el, 'application-error');
      await submit(el);
      const { detail } = await error;
      expect(detail).to.have.keys(['status', 'title', 'detail']);
      expect(detail.status).to.equal(0);
      await waitFor(() => part(el, 'failure'), { message: 'failure message' });
      await el.updateComplete;
      const failure = part(el, 'failure')!;
      expect(focused(el)).to.equal(failure);
      // Without an answer it may have arrived: "niet verstuurd" could be untrue.
      expect(text(failure)).to.contain('We weten niet of je reactie is aangekomen');
      expect(text(failure)).to.contain('Opnieuw proberen stuurt je reactie nooit twee keer.');
      expect(text(failure)).to.contain('Alles wat je hebt ingevuld is bewaard');
      expect(control(el, 'motivation').value).to.equal(MOTIVATION);
      expect(backend.applications).to.have.length(0);
      await expect(el).to.be.accessible();

      failure.querySelector('button')!.click();
      await sent(el);
      expect(backend.applications).to.have.length(1);
      const keys = posts().map((r) => r.headers.get('Idempotency-Key'));
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
    });

    it('when the server refuses this page (CORS) says applying is not possible here, not to check the internet, and keeps everything', async () => {
      const el = await mount({ assignment: publish(), endpoint: `${otherOrigin()}/api/v1` });
      await fillMinimum(el);
      const { logged } = await consoleErrors(async () => {
        await submit(el);
        await waitFor(() => part(el, 'failure'), { message: 'failure message', timeout: 8000 });
      });
      await el.updateComplete;
      const failure = text(part(el, 'failure'));
      expect(failure).to.contain('Reageren kan op deze website nu niet');
      expect(failure).not.to.contain('geen verbinding');
      expect(failure).to.contain('Alles wat je hebt ingevuld is bewaard');
      expect(focused(el)).to.equal(part(el, 'failure'));
      expect(logged.join('\n')).to.include('Idempotency-Key').and.include('CORS_ORIGINS');
      await expect(el).to.be.accessible();
    });

    it('a replay of an application that did arrive stores nothing new', async () => {
      const el = await mount({ assignment: publish() });
      await fillMinimum(el);
      loseTheFirstAnswer();
      await submit(el);
      await waitFor(() => part(el, 'failure'), { message: 'failure message' });
      expect(backend.applications).to.have.length(1);
      part(el, 'failure')!.querySelector('button')!.click();
      await sent(el);
      expect(backend.applications).to.have.length(1);
      expect(text(part(el, 'success'))).to.contain(backend.applications[0].id);
    });

    it('says an application changed after a lost answer had already arrived, keeps the change, and sends it as a second one only when asked', async () => {
      const el = await mount({ assignment: publish() });
      await fillMinimum(el);
      loseTheFirstAnswer();
      await submit(el);
      await waitFor(() => part(el, 'failure'), { message: 'failure message' });
      await typeInto(el, 'motivation', ' Ook ken ik de Omgevingswet goed.');
      part(el, 'failure')!.querySelector('button')!.click();
      await waitFor(() => text(part(el, 'failure')).startsWith('Je reactie was al aangekomen'), { message: 'the retry refused for its key' });
      const failure = part(el, 'failure')!;
      expect(text(failure)).to.equal(
        'Je reactie was al aangekomen Ze kwam aan met wat je toen had ingevuld; wat je daarna hebt veranderd, is niet verstuurd. Alles wat je hebt ingevuld is bewaard. Verstuur je het nu, dan krijgt de organisatie een tweede reactie van je. Verstuur als nieuwe reactie',
      );
      expect(failure.getAttribute('role')).to.equal('alert');
      expect(text(failure), 'no backend jargon').not.to.contain('Idempotency');
      expect(focused(el)).to.equal(failure);
      expect(control<HTMLTextAreaElement>(el, 'motivation').value).to.equal(`${MOTIVATION} Ook ken ik de Omgevingswet goed.`);
      expect(backend.applications).to.have.length(1);
      await expect(el).to.be.accessible();

      failure.querySelector('button')!.click();
      await sent(el);
      expect(backend.applications, 'a second application, as the applicant chose').to.have.length(2);
      const keys = posts().map((r) => r.headers.get('Idempotency-Key'));
      expect(keys[1], 'the retry').to.equal(keys[0]);
      expect(keys[2], 'the new application').not.to.equal(keys[0]);
      expect(backend.applications[1].motivation).to.contain('Omgevingswet');
    });

    for (const [what, fault, message] of [
      ['a server error', { kind: 'error500' }, 'Er ging iets mis bij de server'],
      ['a timeout-like HTML page from a proxy', { kind: 'html' }, 'Er ging iets mis bij de server'],
      ['rate limiting with Retry-After', { kind: 'rate-limit' }, 'Probeer het over 1 seconde opnieuw'],
    ] as const) {
      it(`after ${what} keeps everything and offers to try again`, async () => {
        const el = await mount({ assignment: publish() });
        await fillMinimum(el);
        backend.setFault({ ...fault, times: 1, paths: /\/applications$/ });
        await submit(el);
        await waitFor(() => part(el, 'failure'), { message: 'failure message' });
        expect(text(part(el, 'failure'))).to.contain(message);
        part(el, 'failure')!.querySelector('button')!.click();
        await sent(el);
        expect(backend.applications).to.have.length(1);
      });
    }

    it('after a timeout keeps everything, says so, and a retry sends the same key once', async () => {
      const client = transport(sharedClient(API, 'omit', null));
      const keys: string[] = [];
      const send = client.send;
      // The upload timeout itself is the client's (test/api/client.test.ts); here the form meets it.
      client.send = (async (...args: Parameters<Transport['send']>) => {
        const [url, init] = args;
        if (init.method === 'POST' && url.endsWith('/applications')) {
          keys.push(new Headers(init.headers).get('Idempotency-Key') ?? '');
          if (keys.length === 1) throw new FlexschilError({ kind: 'timeout', status: 0, title: 'Timeout' });
        }
        return send.apply(client, args);
      }) as Transport['send'];
      try {
        const el = await mount({ assignment: publish() });
        await fillMinimum(el);
        await submit(el);
        await waitFor(() => part(el, 'failure'), { message: 'failure message' });
        expect(text(part(el, 'failure'))).to.contain('De server antwoordde niet op tijd.');
        expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="name"]')!.value).not.to.equal('');
        part(el, 'failure')!.querySelector('button')!.click();
        await sent(el);
        expect(backend.applications).to.have.length(1);
        expect(keys).to.have.length(2);
        expect(keys[1]).to.equal(keys[0]);
      } finally {
        client.send = send;
      }
    });

    it('puts the backend\'s invalidParams on the right fields, and unknown names in the summary', async () => {
      worker.use(
        http.post(`${API}/assignments/:id/applications`, () =>
          HttpResponse.json(
            {
              title: 'Ongeldige invoer',
              status: 400,
              invalidParams: [
                { name: 'email', code: 'blocked', reason: 'Dit e-mailadres kan niet worden gebruikt.' },
                { name: 'motivation', code: 'spam', reason: 'Je motivatie lijkt op spam.' },
                { name: 'sessie', code: 'expired', reason: 'Je sessie is verlopen.' },
              ],
            },
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      const el = await mount({ assignment: publish() });
      await fillMinimum(el);
      const error = oneEvent(el, 'application-error');
      await submit(el);
      expect((await error).detail.status).to.equal(400);
      await waitFor(() => part(el, 'summary'), { message: 'summary' });
      await el.updateComplete;
      expect(errorOf(el, 'email')).to.equal('Fout: Dit e-mailadres kan niet worden gebruikt.');
      expect(errorOf(el, 'motivation')).to.equal('Fout: Je motivatie lijkt op spam.');
      const summary = part(el, 'summary')!;
      expect(focused(el)).to.equal(summary);
      expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal(['Dit e-mailadres kan niet worden gebruikt.', 'Je motivatie lijkt op spam.']);
      expect(text(summary)).to.contain('Je sessie is verlopen.');
    });

    it('shows a problem of the real backend that belongs to no field in the summary (an unknown profile)', async () => {
      const el = await mount({ assignment: publish(), profileId: 'p-bestaat-niet' });
      await fillMinimum(el);
      await submit(el);
      await waitFor(() => part(el, 'summary'), { message: 'summary' });
      expect(text(part(el, 'summary'))).to.contain('Dit profiel bestaat niet (meer)');
      expect(backend.applications).to.have.length(0);
    });

    it('says the assignment has closed when the backend answers 409', async () => {
      const el = await mount({ assignment: publish() });
      backend.assignments.find((a) => a.id === ID)!.status = 'closed';
      await fillMinimum(el);
      await submit(el);
      await waitFor(() => part(el, 'failure'), { message: 'failure message' });
      expect(text(part(el, 'failure'))).to.contain('Deze opdracht is inmiddels gesloten');
      expect(part(el, 'failure')!.querySelector('button')).to.be.null;
      expect(control(el, 'motivation').value).to.equal(MOTIVATION);
    });

    it('says the file is too large when the backend answers 413', async () => {
      worker.use(
        http.post(`${API}/assignments/:id/applications`, () =>
          HttpResponse.json({ title: 'Bestand te groot', status: 413 }, { status: 413, headers: { 'Content-Type': 'application/problem+json' } }),
        ),
      );
      const el = await mount({ assignment: publish() });
      await fillMinimum(el);
      await choose(el, pdf());
      await submit(el);
      await waitFor(() => part(el, 'summary'), { message: 'summary' });
      expect(errorOf(el, 'cv')).to.contain('kleiner zijn dan 5 MB');
    });
  });

  describe('nothing lost', () => {
    it('keeps a draft per assignment while typing and restores it after a reload, with a way to discard it', async () => {
      const assignment = publish({ requirements: { ...NONE, cv: true } });
      let el = await mount({ assignment });
      await fillMinimum(el);
      await typeInto(el, 'hoursPerWeek', '16');
      await choose(el, pdf('mijn-cv.pdf'));
      expect(Object.keys(sessionStorage).some((key) => key.includes(ID))).to.be.true;
      el.remove();

      el = await mount({ assignment });
      expect(control(el, 'name').value).to.equal('Anne Backx');
      expect(control(el, 'email').value).to.equal('anne@example.nl');
      expect(control(el, 'motivation').value).to.equal(MOTIVATION);
      expect(control(el, 'hoursPerWeek').value).to.equal('16');
      expect(control(el, 'consent').checked).to.be.true;
      expect(control(el, 'website').value).to.equal('');
      const notice = part(el, 'draft-notice')!;
      expect(text(notice)).to.contain('We hebben bewaard wat je eerder hebt ingevuld');
      // Said where the visitor looks first, not only beside the file field further down.
      expect(text(notice)).to.contain('Alleen je cv (mijn-cv.pdf) moet je opnieuw kiezen.');
      expect(text(root(el).querySelector('#cv-hint'))).to.contain('Je koos eerder mijn-cv.pdf');
      // Said too, with the file to choose again, a moment after it appeared (focus is elsewhere).
      const said = notice.querySelector('[role="status"]')!;
      await waitFor(() => text(said).includes('Alleen je cv (mijn-cv.pdf) moet je opnieuw kiezen.'), { message: 'the notice said' });
      await expect(el).to.be.accessible();

      notice.querySelector('button')!.click();
      await tick(el);
      expect(control(el, 'name').value).to.equal('');
      expect(control(el, 'consent').checked).to.be.false;
      expect(text(part(el, 'draft-notice'))).to.equal('Het formulier is leeggemaakt. Zet terug');
      expect(focused(el)).to.equal(control(el, 'name'));
      el.remove();
      el = await mount({ assignment });
      expect(control(el, 'name').value).to.equal('');
      expect(part(el, 'draft-notice')).to.be.null;
    });

    it('puts a discarded draft back with "Zet terug", the chosen CV and the key of a send that may have arrived included', async () => {
      const assignment = publish({ requirements: { ...NONE, cv: true } });
      let el = await mount({ assignment });
      await fillMinimum(el);
      await choose(el, pdf('mijn-cv.pdf'));
      backend.setFault({ kind: 'network', times: 1, paths: /\/applications$/ });
      await submit(el);
      await waitFor(() => part(el, 'failure'), { message: 'failure message' });
      el.remove();

      el = await mount({ assignment });
      await choose(el, pdf('mijn-cv.pdf'));
      part(el, 'draft-notice')!.querySelector('button')!.click();
      await tick(el);
      expect(control(el, 'motivation').value).to.equal('');
      expect(control(el, 'cv').files).to.have.length(0);
      const status = root(el).querySelector('form ~ [role="status"]')!;
      expect(text(status)).to.equal('Het formulier is leeggemaakt. Met ‘Zet terug’ boven het formulier haal je het terug.');
      await expect(el).to.be.accessible();

      // From the first field, where focus went, back to the notice's button, by keyboard.
      expect(focused(el)).to.equal(control(el, 'name'));
      await sendKeys({ press: 'Shift+Tab' });
      expect(text(focused(el))).to.equal('Zet terug');
      await sendKeys({ press: 'Enter' });
      await tick(el);
      expect(control(el, 'name').value).to.equal('Anne Backx');
      expect(control(el, 'motivation').value).to.equal(MOTIVATION);
      expect(control(el, 'consent').checked).to.be.true;
      expect([...control(el, 'cv').files!].map((f) => f.name)).to.deep.equal(['mijn-cv.pdf']);
      expect(text(status)).to.equal('Wat je had ingevuld staat er weer.');
      expect(focused(el)).to.equal(control(el, 'name'));
      expect(text(part(el, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder hebt ingevuld');

      // Kept again, with the key of the send whose answer was lost: the backend stores it once.
      el.remove();
      el = await mount({ assignment });
      expect(control(el, 'motivation').value).to.equal(MOTIVATION);
      await choose(el, pdf('mijn-cv.pdf'));
      await submit(el);
      await sent(el);
      const keys = posts().map((r) => r.headers.get('Idempotency-Key'));
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
    });

    it('offers "Zet terug" until the form is changed', async () => {
      const assignment = publish();
      let el = await mount({ assignment });
      await fillMinimum(el);
      el.remove();
      el = await mount({ assignment });
      part(el, 'draft-notice')!.querySelector('button')!.click();
      await tick(el);
      expect(text(part(el, 'draft-notice'))).to.contain('Zet terug');
      await typeInto(el, 'name', 'B');
      expect(part(el, 'draft-notice')).to.be.null;
      expect(control(el, 'name').value).to.equal('B');
    });

    it('does not mix drafts of different assignments', async () => {
      const assignment = publish();
      let el = await mount({ assignment });
      await typeInto(el, 'name', 'Anne Backx');
      el.remove();
      const other = makeAssignment({ id: 'a-test-0002', requirements: NONE });
      backend.assignments.push(other);
      el = await mount({ assignment: other });
      expect(control(el, 'name').value).to.equal('');
      expect(part(el, 'draft-notice')).to.be.null;
    });

    it('after a failure and a reload, a retry reuses the idempotency key', async () => {
      const assignment = publish();
      let el = await mount({ assignment });
      await fillMinimum(el);
      backend.setFault({ kind: 'network', times: 1, paths: /\/applications$/ });
      await submit(el);
      await waitFor(() => part(el, 'failure'), { message: 'failure message' });
      el.remove();

      el = await mount({ assignment });
      expect(control(el, 'motivation').value).to.equal(MOTIVATION);
      await submit(el);
      await sent(el);
      const keys = posts().map((r) => r.headers.get('Idempotency-Key'));
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(backend.applications).to.have.length(1);
      el.remove();

      el = await mount({ assignment });
      expect(control(el, 'name').value).to.equal('');
      expect(part(el, 'draft-notice')).to.be.null;
    });

    it('retried from the English page after the answer was lost, sends the same key with the language of the first send, and is received', async () => {
      const assignment = publish();
      let el = await mount({ assignment });
      await fillMinimum(el);
      loseTheFirstAnswer();
      await submit(el);
      await waitFor(() => part(el, 'failure'), { message: 'failure message' });
      await expect(el).to.be.accessible();
      expect(backend.applications).to.have.length(1);
      el.remove();

      // The same draft, on the English page of the same site (the same tab, the same storage).
      el = await mount({ assignment, lang: 'en' });
      expect(control(el, 'motivation').value).to.equal(MOTIVATION);
      await expect(el).to.be.accessible();
      await submit(el);
      await sent(el);
      expect(text(part(el, 'success')!.querySelector('h2'))).to.equal('Your application has been sent');
      expect(text(part(el, 'success'))).to.contain(backend.applications[0].id);
      await expect(el).to.be.accessible();
      const [sentFirst, retried] = posts();
      expect(posts()).to.have.length(2);
      expect(retried.headers.get('Idempotency-Key')).to.equal(sentFirst.headers.get('Idempotency-Key'));
      expect((await sentFirst.clone().formData()).get('language')).to.equal('nl');
      expect((await retried.clone().formData()).get('language'), 'the motivation was written on the Dutch page').to.equal('nl');
      expect(retried.headers.get('Accept-Language'), 'what the person reads follows the page').to.equal('en');
      expect(backend.applications).to.have.length(1);
      expect(backend.applications[0].language).to.equal('nl');
    });
  });

  describe('the assignment', () => {
    it('marks the Dutch title and organisation lang="nl" in an English form, in its name and on the confirmation', async () => {
      publish({ id: 'a-test-lang-1' });
      worker.use(
        http.get(`${API}/assignments/a-test-lang-1`, () =>
          HttpResponse.json(makeAssignment({ id: 'a-test-lang-1', requirements: NONE }), { headers: { 'Content-Language': 'nl' } }),
        ),
      );
      const el = await mount({ id: 'a-test-lang-1', lang: 'en' });
      expect(formName(el)).to.equal('Apply for Projectleider informatievoorziening');
      const label = root(el).getElementById('form-label')!;
      expect(label.querySelector('[lang="nl"]')!.textContent).to.equal('Projectleider informatievoorziening');
      await expect(el).to.be.accessible();
      await fillMinimum(el);
      await submit(el);
      await sent(el);
      const organisation = part(el, 'success')!.querySelector('[lang="nl"]')!;
      expect(organisation.textContent).to.equal('Gemeente Steenbergen');
      expect(text(organisation.parentElement)).to.match(/^Gemeente Steenbergen reviews all applications/);
      await expect(el).to.be.accessible();
    });

    // Each test asks for an id of its own: the shared client caches answers for a while.
    it('loads it from assignment-id, with a loading state', async () => {
      publish({ id: 'a-test-load-1' });
      backend.latency = 200;
      const wrapper = await fixture<HTMLDivElement>(
        html`<marketplace-provider endpoint=${API}><apply-form assignment-id="a-test-load-1"></apply-form></marketplace-provider>`,
      );
      const el = wrapper.querySelector('apply-form')!;
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.be.true;
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Bezig met laden…');
      await waitFor(() => el.matches(':state(ready)'), { message: 'ready' });
      await el.updateComplete;
      expect(part(el, 'form')).to.exist;
    });

    it('shows an error with a retry when it cannot be loaded, and fires flexschil-error', async () => {
      publish({ id: 'a-test-load-2' });
      backend.setFault({ kind: 'error500', times: 1 });
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const event = oneEvent(wrapper, 'flexschil-error');
      wrapper.innerHTML = `<marketplace-provider endpoint="${API}"><apply-form assignment-id="a-test-load-2"></apply-form></marketplace-provider>`;
      const el = wrapper.querySelector('apply-form')!;
      expect((await event).detail.status).to.equal(500);
      await waitFor(() => el.matches(':state(error)'), { message: 'error state' });
      await el.updateComplete;
      const error = part(el, 'error')!;
      expect(text(error)).to.contain('Probeer opnieuw');
      await expect(el).to.be.accessible();
      error.querySelector('button')!.click();
      await waitFor(() => el.matches(':state(ready)'), { message: 'ready after retry' });
      await el.updateComplete;
      expect(part(el, 'form')).to.exist;
    });

    it('accepts raw API JSON as the assignment property and makes its URLs safe', async () => {
      const raw = JSON.parse(JSON.stringify(publish({ applyUrl: 'javascript:alert(1)', requirements: { ...NONE, conditionsUrl: 'javascript:alert(2)' } })));
      const el = await mount({ assignment: raw });
      expect(part(el, 'form')).to.exist;
      expect(part(el, 'external')).to.be.null;
      expect(control(el, 'acceptConditions')).to.be.null;
    });

    it('shows a message instead of the form for a closed assignment', async () => {
      const el = await mount({ assignment: publish({ status: 'closed' }) });
      expect(part(el, 'form')).to.be.null;
      expect(text(part(el, 'closed'))).to.contain('Deze opdracht is gesloten');
      await expect(el).to.be.accessible();
    });

    it('links to the organisation\'s own site when the assignment has an applyUrl', async () => {
      const el = await mount({ assignment: publish({ applyUrl: 'https://werkenbij.example.nl/opdracht' }), lang: 'en' });
      expect(part(el, 'form')).to.be.null;
      const link = part(el, 'external')!.querySelector('a')!;
      expect(link.href).to.equal('https://werkenbij.example.nl/opdracht');
      expect(text(link)).to.contain('Apply on the website of Gemeente Steenbergen');
      await expect(el).to.be.accessible();
    });

    it('prefills from the profile and sends profileId', async () => {
      backend.profiles.push(
        makeProfile({
          id: 'p-test',
          name: 'Sanne de Wit',
          contact: { email: 'sanne@example.nl', phone: '06 98765432' },
          availability: { hoursPerWeek: 24, from: '2027-02-01' },
          rate: { amount: 90, currency: 'EUR', unit: 'hour', publicRate: true },
        }),
      );
      const el = await mount({ assignment: publish(), profileId: 'p-test' });
      await waitFor(() => control(el, 'name').value === 'Sanne de Wit', { message: 'prefill' });
      expect(control(el, 'email').value).to.equal('sanne@example.nl');
      expect(control(el, 'phone').value).to.equal('06 98765432');
      expect(control(el, 'hoursPerWeek').value).to.equal('24');
      expect(control(el, 'availableFrom').value).to.equal('2027-02-01');
      expect(control(el, 'rate').value).to.equal('90');
      await typeInto(el, 'motivation', MOTIVATION);
      await check(el, 'consent');
      await submit(el);
      await sent(el);
      expect(backend.applications[0]).to.include({ profileId: 'p-test', name: 'Sanne de Wit', hoursPerWeek: 24, rate: 90, availableFrom: '2027-02-01' });
    });

    it('works inside another element\'s shadow root with only the assignment property set', async () => {
      const assignment = publish();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('apply-form');
      el.assignment = assignment;
      el.endpoint = API;
      shadow.append(el);
      await waitFor(() => el.matches(':state(ready)'), { message: 'ready' });
      await el.updateComplete;
      await fillMinimum(el);
      await submit(el);
      await sent(el);
      expect(backend.applications).to.have.length(1);
    });
  });

  describe('keyboard only', () => {
    async function tabTo(el: ApplyForm, matches: (node: HTMLElement) => boolean, what: string) {
      for (let i = 0; i < 30; i++) {
        await sendKeys({ press: 'Tab' });
        const active = focused(el);
        expect(active?.getAttribute('name'), 'the honeypot is never reached').not.to.equal('website');
        if (active && matches(active)) return active;
      }
      throw new Error(`could not Tab to ${what}`);
    }
    const named = (name: string) => (node: HTMLElement) => node.getAttribute('name') === name;

    it('completes the whole form with Tab, typing, Space and Enter', async () => {
      const el = await mount({ assignment: publish({ requirements: ALL }) });
      (el.parentElement!.parentElement!.querySelector('#before') as HTMLElement).focus();
      for (const [name, value] of [
        ['name', 'Anne Backx'],
        ['email', 'anne@example.nl'],
        ['phone', '0612345678'],
        ['kvkNumber', '12345678'],
        ['motivation', MOTIVATION],
      ]) {
        await tabTo(el, named(name), name);
        await sendKeys({ type: value });
      }
      const cv = await tabTo(el, named('cv'), 'cv');
      // The system file chooser cannot be driven; choosing the file is the one programmatic step.
      await choose(el, pdf());
      cv.focus();
      await tabTo(el, named('hoursPerWeek'), 'hoursPerWeek');
      await sendKeys({ type: '24' });
      for (const name of ['consent', 'acceptConditions', 'managerConsent']) {
        await tabTo(el, named(name), name);
        await sendKeys({ press: 'Space' });
      }
      await tabTo(el, (node) => node.getAttribute('part') === 'submit', 'submit');
      await sendKeys({ press: 'Enter' });
      await sent(el);
      expect(backend.applications).to.have.length(1);
      expect(backend.applications[0]).to.include({ name: 'Anne Backx', kvkNumber: '12345678', hoursPerWeek: 24, managerConsent: true, acceptConditions: true });
      expect(focused(el)?.tagName).to.equal('H2');
    });
  });
});
