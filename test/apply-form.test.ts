import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import type { ApplyForm } from '../src/elements/apply-form/apply-form.js';
import { makeAssignment, makeProfile } from './fixtures.js';
import { API, accessibilityTree, pressWithMouse, waitFor } from './helpers.js';
import { backend, worker } from './msw.js';
import { PRIVACY, MOTIVATION, NONE, ALL, publish, mount, root, control, part, text, focused, formName, posts, errorOf, typeInto, leave, tick, check, choose, pdf, fillMinimum, submit, sent, startEachTestAfresh } from './apply-form.helpers.js';

describe('<apply-form>', () => {
  startEachTestAfresh();

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
      // As heard and as matched by voice control: with the space that shows (a space at the start of
      // a template of its own was left out of the name: "Telefoonnummer(optioneel)").
      const named = (await accessibilityTree()).filter((node) => node.role === 'textbox').map((node) => node.name);
      expect(named).to.include('Telefoonnummer (optioneel)').and.not.include('Telefoonnummer(optioneel)');
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

    it('says no count once the motivation is left: it would talk over the next field', async () => {
      const el = await mount({ assignment: publish() });
      const live = root(el).querySelector('[data-field="motivation"] [aria-live="polite"]')!;
      await typeInto(el, 'motivation', 'Ervaring genoeg');
      await sendKeys({ press: 'Tab' });
      await aTimeout(1500);
      await el.updateComplete;
      expect(text(live)).to.equal('');
      expect(focused(el)?.getAttribute('name')).not.to.equal('motivation');
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
