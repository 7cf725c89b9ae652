/**
 * `<apply-form>` sending and keeping what was typed (a file of its own beside apply-form.test.ts:
 * together they took more than the runner's time for one file on a loaded machine).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { sharedClient } from '../src/api/clients.js';
import { type Transport, transport } from '../src/api/core.js';
import { FlexschilError } from '../src/api/errors.js';
import { makeAssignment } from './fixtures.js';
import { API, waitFor } from './helpers.js';
import { consoleErrors, otherOrigin } from './hostile.js';
import { backend, resetMock, worker } from './msw.js';
import { ID, MOTIVATION, NONE, ALL, publish, mount, root, control, part, text, focused, posts, errorOf, typeInto, tick, check, choose, pdf, fillMinimum, submit, loseTheFirstAnswer, sent, startEachTestAfresh } from './apply-form.helpers.js';

describe('<apply-form>: sending, and nothing lost', () => {
  startEachTestAfresh();

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
});
