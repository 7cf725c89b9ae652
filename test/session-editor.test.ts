import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { HttpResponse, http } from 'msw';
import '../src/elements/marketplace-provider/define.js';
import '../src/elements/session-editor/define.js';
import { mockToken } from '../mock/backend.js';
import type { SessionEditor } from '../src/elements/session-editor/session-editor.js';
import { API, retypeInto, typeDateInto, typeTimeInto, waitFor } from './helpers.js';
import { backend, requests, resetMock, worker } from './msw.js';

const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
const OTHER_POSTER = mockToken({ sub: 'poster-2', org: 'gem-steenbergen', roles: ['poster'] });
/** Gemeente Steenbergen's: 10 seats, 6 taken, on 10 December 2026 from 08.30 to 10.30 (Dutch time). */
const OWN = 's-2026-0001';
/** Gemeente Bergen op Zoom's. */
const OTHERS = 's-2026-0002';

async function mount({ id, lang = 'nl', token = POSTER as string | null, assignment }: { id?: string; lang?: string; token?: string | null; assignment?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <marketplace-provider endpoint=${API} .getToken=${token ? async () => token : null}>
      <session-editor session-id=${id ?? nothing} assignment-id=${assignment ?? nothing}></session-editor>
    </marketplace-provider>
  </div>`);
  const el = wrapper.querySelector('session-editor')!;
  await waitFor(() => el.matches(':state(ready)') || el.matches(':state(empty)') || el.matches(':state(error)'), { message: 'editor settled' });
  await el.updateComplete;
  return el;
}

const root = (el: SessionEditor) => el.shadowRoot!;
const control = <T extends HTMLElement = HTMLInputElement>(el: SessionEditor, name: string) => root(el).querySelector<T>(`[name="${name}"]`)!;
const part = (el: SessionEditor, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: SessionEditor) => root(el).activeElement as HTMLElement | null;
const errorOf = (el: SessionEditor, name: string) => text(root(el).querySelector(`[data-field="${name}"] .error-message`));
const writes = (method: string) => requests.filter((r) => r.method === method && /\/sessions(\/[^/]+)?$/.test(new URL(r.url).pathname));
const stored = (id: string) => backend.store.sessions.find((s) => s.id === id)!;

async function tick(el: SessionEditor) {
  await aTimeout(0);
  await el.updateComplete;
}

async function typeInto(el: SessionEditor, name: string, value: string) {
  control(el, name).focus();
  await sendKeys({ type: value });
  await tick(el);
}

async function retype(el: SessionEditor, name: string, value: string) {
  await retypeInto(control(el, name), value);
  await tick(el);
}

async function typeDate(el: SessionEditor, name: string, iso: string) {
  await typeDateInto(control(el, name), iso);
  await tick(el);
}

async function typeTime(el: SessionEditor, name: string, time: string) {
  await typeTimeInto(control(el, name), time);
  await tick(el);
}

async function click(el: SessionEditor, target: HTMLElement | null) {
  target!.click();
  await tick(el);
}

async function save(el: SessionEditor) {
  part(el, 'submit')!.click();
  await tick(el);
}

async function fillNew(el: SessionEditor) {
  await typeInto(el, 'title', 'Zwermsessie: de omgevingsvisie');
  root(el).querySelector<HTMLElement>('#f-question')!.focus();
  await sendKeys({ type: 'Hoe betrekken we inwoners bij de omgevingsvisie?' });
  await click(el, root(el).querySelector('#f-fields'));
  await typeDate(el, 'date', '2027-02-11');
  await typeTime(el, 'startTime', '09:30');
  await typeTime(el, 'endTime', '11:45');
  await typeDate(el, 'signUpDeadline', '2027-02-09');
  await typeInto(el, 'place', 'Gemeentehuis Steenbergen, Kaaiweg 2');
  await typeInto(el, 'capacity', '12');
}

describe('<session-editor>', () => {
  beforeEach(async () => {
    await resetMock();
    sessionStorage.clear();
    await setViewport({ width: 1280, height: 900 });
  });
  afterEach(() => worker.resetHandlers());

  it('shows a visitor who may not post only a sign-in hint', async () => {
    const el = await mount({ token: null });
    expect(el.matches(':state(empty)')).to.be.true;
    expect(text(part(el, 'sign-in'))).to.contain('Log in om zwermsessies te plannen');
    expect(root(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('plans a new session: the day and times on the Dutch clock, posted once, and says so', async () => {
    const el = await mount({ assignment: 'a-2026-0101' });
    expect(text(root(el).querySelector('#form-label'))).to.equal('Nieuwe zwermsessie');
    // The session's place is not the poster's own address: the browser must not offer to fill that in.
    expect(control(el, 'place').getAttribute('autocomplete')).to.equal('off');
    await expect(el).to.be.accessible();
    await fillNew(el);
    const saved = oneEvent(el, 'session-saved');
    await save(el);
    const { detail } = await saved;
    const [post] = writes('POST');
    expect(post.headers.get('Idempotency-Key')).to.match(/\S{16,}/);
    const body = await post.clone().json();
    expect(body).to.deep.include({
      title: 'Zwermsessie: de omgevingsvisie',
      startsAt: '2027-02-11T09:30:00+01:00',
      endsAt: '2027-02-11T11:45:00+01:00',
      signUpDeadline: '2027-02-09',
      place: 'Gemeentehuis Steenbergen, Kaaiweg 2',
      capacity: 12,
      assignmentId: 'a-2026-0101',
    });
    expect(body.question).to.contain('Hoe betrekken we inwoners');
    expect(body.fields).to.have.length(1);
    expect(stored(detail.session.id)).to.deep.include({ title: 'Zwermsessie: de omgevingsvisie', capacity: 12 });
    await waitFor(() => focused(el)?.classList.contains('saved-title'), { message: 'focus on the message' });
    expect(text(part(el, 'saved'))).to.contain('‘Zwermsessie: de omgevingsvisie’ is geplaatst.');
    // From now on it edits what it created, with who signs up.
    await waitFor(() => text(part(el, 'registrations')).includes('Nog niemand heeft zich aangemeld.'), { message: 'sign-ups' });
    expect(text(part(el, 'registrations'))).to.contain('0 van 12 plaatsen bezet.');
    expect(part(el, 'cancel')).to.exist;
    await expect(el).to.be.accessible();
    // "Nog een zwermsessie plannen": an empty form that creates a new one, focus on its first field.
    const another = oneEvent(el, 'session-new');
    await click(el, [...part(el, 'saved')!.querySelectorAll('button')].find((b) => text(b) === 'Nog een zwermsessie plannen')!);
    expect((await another).detail.previous.id).to.equal(detail.session.id);
    expect(control(el, 'title').value).to.equal('');
    expect(part(el, 'registrations')).to.equal(null);
    await waitFor(() => focused(el) === control(el, 'title'), { message: 'focus on the title' });
  });

  it('lists every problem at once in a summary that takes focus, and sends nothing', async () => {
    const el = await mount();
    await save(el);
    await waitFor(() => focused(el)?.classList.contains('error-summary'), { message: 'summary focused' });
    const items = [...part(el, 'summary')!.querySelectorAll('li')].map(text);
    expect(items).to.deep.equal([
      'Vul de titel in',
      'Vul de datum in',
      'Vul de begintijd in',
      'Vul de eindtijd in',
      'Vul de laatste dag om je aan te melden in',
      'Vul de plaats in',
      'Vul het aantal plaatsen in',
    ]);
    expect(errorOf(el, 'startTime')).to.equal('Fout: Vul de begintijd in');
    expect(control(el, 'startTime').getAttribute('aria-invalid')).to.equal('true');
    expect(writes('POST')).to.have.length(0);
    await expect(el).to.be.accessible();
    // A link in the summary takes the visitor to the control.
    await click(el, [...part(el, 'summary')!.querySelectorAll('a')].find((a) => text(a) === 'Vul de eindtijd in')!);
    expect(focused(el)).to.equal(control(el, 'endTime'));
  });

  it('says in words what is wrong with the times: an end before the start, a sign-up deadline after the day', async () => {
    const el = await mount();
    await fillNew(el);
    await retype(el, 'capacity', '12');
    control(el, 'endTime').focus();
    await typeTime(el, 'endTime', '08:00');
    await typeDate(el, 'signUpDeadline', '2027-02-12');
    await save(el);
    expect(errorOf(el, 'endTime')).to.equal('Fout: Laat de sessie eindigen na het begin');
    expect(errorOf(el, 'signUpDeadline')).to.equal('Fout: De laatste dag om je aan te melden mag niet na de dag van de sessie liggen');
    expect(writes('POST')).to.have.length(0);
  });

  it('says a time the clock skips at the start of summer time is none, and sends nothing', async () => {
    const el = await mount();
    await fillNew(el);
    await typeDate(el, 'date', '2027-03-28');
    await typeTime(el, 'startTime', '02:30');
    await typeTime(el, 'endTime', '04:00');
    await typeDate(el, 'signUpDeadline', '2027-03-26');
    await save(el);
    expect(errorOf(el, 'startTime')).to.equal('Fout: Die tijd bestaat die dag niet: om 02.00 uur gaat de klok een uur vooruit. Kies een andere tijd.');
    expect(writes('POST')).to.have.length(0);
    // An hour later is a time like any other, in summer time.
    await typeTime(el, 'startTime', '03:30');
    const saved = oneEvent(el, 'session-saved');
    await save(el);
    expect((await saved).detail.session.startsAt).to.equal('2027-03-28T03:30:00+02:00');
  });

  it('reads the seats taken again when the backend refuses fewer seats because people signed up meanwhile', async () => {
    const el = await mount({ id: OWN });
    for (const i of [1, 2]) {
      backend.store.registrations.push({ id: `reg-late-${i}`, sessionId: OWN, status: 'registered', receivedAt: '2026-12-01T10:00:00+01:00', name: `Laat ${i}`, email: `laat${i}@example.nl`, profileId: null, lang: 'nl', tokenHash: '-' });
    }
    await retype(el, 'capacity', '7');
    await save(el);
    await waitFor(() => errorOf(el, 'capacity'), { message: "the backend's refusal" });
    await waitFor(() => text(part(el, 'registrations')).includes('8 van 10 plaatsen bezet.'), { message: 'counted again' });
    expect(text(root(el).querySelector('[data-field="capacity"] .hint'))).to.contain('8 mensen hebben al een plaats');
    expect(root(el).querySelectorAll('[part~="registrations"] tbody tr')).to.have.length(8);
    // The backend's words stay, also after focus left the field: its verdict stands until the field changes.
    expect(errorOf(el, 'capacity')).to.equal('Fout: Er zijn al 8 mensen aangemeld met een plaats: kies minstens 8 plaatsen');
    control(el, 'capacity').focus();
    control(el, 'title').focus();
    await tick(el);
    expect(errorOf(el, 'capacity')).to.contain('Er zijn al 8 mensen');
  });

  it('says so with a retry when the session cannot be loaded, fires flexschil-error, and loads it on the retry', async () => {
    backend.setFault({ kind: 'error500', paths: new RegExp(`^/sessions/${OWN}$`), times: 1 });
    const errors: unknown[] = [];
    document.addEventListener('flexschil-error', (event) => errors.push((event as CustomEvent).detail), { once: true });
    const el = await mount({ id: OWN });
    expect(el.matches(':state(error)')).to.be.true;
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ status: 500 }).and.to.have.keys('status', 'title', 'detail');
    expect(part(el, 'form')).to.be.null;
    await expect(el).to.be.accessible();

    part(el, 'error')!.querySelector('button')!.click();
    await waitFor(() => el.matches(':state(ready)'), { message: 'loaded on the retry' });
    await el.updateComplete;
    expect(control(el, 'title').value).to.equal('Zwermsessie: wijkgericht werken in de kernen');
  });

  it('changes a session with If-Match, sending only what changed, and refuses fewer seats than are taken', async () => {
    const el = await mount({ id: OWN });
    expect(control(el, 'title').value).to.equal('Zwermsessie: wijkgericht werken in de kernen');
    expect([control(el, 'date').value, control(el, 'startTime').value, control(el, 'endTime').value]).to.deep.equal(['2026-12-10', '08:30', '10:30']);
    await waitFor(() => root(el).querySelectorAll('[part~="registrations"] tbody tr').length === 6, { message: 'the six sign-ups' });
    expect(text(part(el, 'registrations'))).to.contain('6 van 10 plaatsen bezet.');
    expect(text(root(el).querySelector('[data-field="capacity"] .hint'))).to.contain('6 mensen hebben al een plaats');
    await expect(el).to.be.accessible();

    await retype(el, 'capacity', '5');
    await save(el);
    expect(errorOf(el, 'capacity')).to.equal('Fout: Er hebben al 6 mensen een plaats: kies minstens 6 plaatsen');
    expect(writes('PATCH')).to.have.length(0);

    await retype(el, 'capacity', '14');
    const saved = oneEvent(el, 'session-saved');
    const seen: string[] = [];
    el.addEventListener('session-saved', () => seen.push(part(el, 'saved') ? 'saved shown' : 'not shown yet'));
    await save(el);
    const { detail } = await saved;
    expect(detail.session).to.deep.include({ id: OWN, capacity: 14 });
    expect(seen, 'once, with the saved message on screen').to.deep.equal(['saved shown']);
    const [patch] = writes('PATCH');
    expect(patch.headers.get('If-Match')).to.match(/^"v\d+"$/);
    expect(await patch.clone().json()).to.deep.equal({ capacity: 14 });
    expect(stored(OWN).capacity).to.equal(14);
    await waitFor(() => text(part(el, 'registrations')).includes('6 van 14 plaatsen bezet.'), { message: 'the seats again' });
  });

  it('says before saving who is told of a new time or place, and after it how many were', async () => {
    const el = await mount({ id: OWN });
    await waitFor(() => root(el).querySelectorAll('[part~="registrations"] tbody tr').length === 6, { message: 'the six sign-ups' });
    const hint = () => root(el).querySelector('.tell-hint');
    const describedBy = () => part(el, 'submit')!.getAttribute('aria-describedby');
    expect(hint(), 'nothing changed').to.equal(null);
    await retype(el, 'title', 'Zwermsessie: wijkgericht werken in de dorpen');
    expect(hint(), 'only the title').to.equal(null);

    await retype(el, 'place', 'Raadhuis Welberg');
    expect(text(hint())).to.equal('Wie een plaats heeft of op de wachtlijst staat, krijgt een mail met de nieuwe tijd of plaats als je dit opslaat.');
    expect(root(el).getElementById(describedBy()!)).to.equal(hint());
    await expect(el).to.be.accessible();
    await retype(el, 'place', stored(OWN).place!);
    expect([hint(), describedBy()], 'the place as it was').to.deep.equal([null, null]);

    // Another day (in the coming year, by this browser's clock, which the form checks a start against).
    await typeDate(el, 'date', `${new Date().getFullYear() + 1}-01-14`);
    expect(hint()).not.to.equal(null);
    const before = backend.store.outbox.length;
    await save(el);
    await waitFor(() => part(el, 'saved'), { message: 'saved' });
    expect(text(part(el, 'saved'))).to.equal('Je wijzigingen zijn opgeslagen. 6 mensen krijgen er een mail over.');
    const told = backend.store.outbox.slice(before);
    expect(told.map((m) => m.subject)).to.deep.equal(Array(6).fill('Gewijzigd: Zwermsessie: wijkgericht werken in de dorpen'));
    expect(hint(), 'saved: nothing left to tell').to.equal(null);
  });

  it('calls a session off after asking, and says so', async () => {
    const el = await mount({ id: OWN });
    await click(el, part(el, 'cancel'));
    const dialog = part(el, 'cancel-dialog') as HTMLDialogElement;
    await waitFor(() => dialog.open, { message: 'dialog open' });
    expect(text(dialog)).to.contain('6 mensen hebben zich aangemeld');
    await expect(el).to.be.accessible();
    // "Niet afgelasten" keeps it, and focus goes back to the button.
    await click(el, [...dialog.querySelectorAll('button')].find((b) => text(b) === 'Niet afgelasten')!);
    await waitFor(() => !dialog.open, { message: 'closed' });
    await waitFor(() => focused(el) === part(el, 'cancel'), { message: 'focus back' });
    expect(writes('PATCH')).to.have.length(0);

    await click(el, part(el, 'cancel'));
    await waitFor(() => dialog.open, { message: 'open again' });
    await click(el, [...dialog.querySelectorAll('button')].find((b) => text(b) === 'Ja, afgelasten')!);
    await waitFor(() => stored(OWN).status === 'cancelled', { message: 'called off' });
    expect(await writes('PATCH')[0].clone().json()).to.deep.equal({ status: 'cancelled' });
    await waitFor(() => focused(el)?.classList.contains('saved-title'), { message: 'focus on the message' });
    expect(text(part(el, 'saved'))).to.equal('De zwermsessie is afgelast. Wie zich aanmeldde, krijgt een bericht.');
    expect(text(part(el, 'cancelled'))).to.contain('Deze zwermsessie is afgelast');
    expect(part(el, 'cancel')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('downloads the sign-ups as CSV under the backend’s name', async () => {
    const caught: string[] = [];
    const listener = (event: Event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
        event.preventDefault();
        caught.push(target.download);
      }
    };
    document.addEventListener('click', listener, true);
    try {
      const el = await mount({ id: OWN });
      await waitFor(() => part(el, 'export'), { message: 'export' });
      await click(el, part(el, 'export'));
      await waitFor(() => caught.length, { message: 'download' });
      expect(caught[0]).to.match(/^aanmeldingen-zwermsessie-wijkgericht-werken-in-de-kernen-s-2026-0001\.csv$/);
      await waitFor(() => text(part(el, 'registrations')).includes('is gedownload'), { message: 'said' });
    } finally {
      document.removeEventListener('click', listener, true);
    }
  });

  it('shows a newer version saved by someone else beside the poster’s own, and saves the choice', async () => {
    const el = await mount({ id: OWN });
    // Someone else renames it meanwhile.
    const current = await fetch(`${API}/sessions/${OWN}`, { headers: { Authorization: `Bearer ${OTHER_POSTER}` } });
    const renamed = await fetch(`${API}/sessions/${OWN}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${OTHER_POSTER}`, 'Content-Type': 'application/merge-patch+json', 'If-Match': current.headers.get('ETag')! },
      body: JSON.stringify({ title: 'Zwermsessie: de kernen en hun wijkteams' }),
    });
    expect(renamed.status).to.equal(200);
    await retype(el, 'title', 'Zwermsessie: wijkteams in de kleine kernen');
    await save(el);
    const conflict = await waitFor(() => part(el, 'conflict'), { message: 'conflict shown' });
    await waitFor(() => focused(el) === conflict, { message: 'conflict focused' });
    expect(text(conflict)).to.contain('Zwermsessie: de kernen en hun wijkteams').and.contain('Zwermsessie: wijkteams in de kleine kernen');
    await expect(el).to.be.accessible();
    // The poster keeps their own title and saves again: with the newer version's ETag.
    expect(control(el, 'title').value).to.equal('Zwermsessie: wijkteams in de kleine kernen');
    const saved = oneEvent(el, 'session-saved');
    await save(el);
    // The element has its answer (the backend may have stored it a while before the answer is read).
    await saved;
    expect(stored(OWN).title, 'saved over the newer version').to.equal('Zwermsessie: wijkteams in de kleine kernen');
    const mine = writes('PATCH').filter((r) => r.headers.get('Authorization') === `Bearer ${POSTER}`);
    expect(mine, 'the refused save and the one after it').to.have.length(2);
    expect(mine[1].headers.get('If-Match'), 'with the newer version').not.to.equal(mine[0].headers.get('If-Match'));
    expect(part(el, 'conflict')).to.equal(null);
  });

  it("says the backend's own words for a refusal that names no field, keeping what was typed", async () => {
    worker.use(
      http.post(`${API}/sessions`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Ongeldige invoer', status: 400, detail: 'Zwermsessies van deze organisatie zijn tijdelijk gesloten.' },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await mount();
    await fillNew(el);
    await save(el);
    const failure = await waitFor(() => part(el, 'failure'), { message: 'failure shown' });
    expect(text(failure)).to.contain('Zwermsessies van deze organisatie zijn tijdelijk gesloten.');
    expect(control(el, 'title').value).to.equal('Zwermsessie: de omgevingsvisie');
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed when saving fails, retries with the same key, and restores a draft after a reload', async () => {
    let fail = true;
    worker.use(http.post(`${API}/sessions`, () => (fail ? HttpResponse.error() : undefined)));
    const el = await mount();
    await fillNew(el);
    await save(el);
    const failure = await waitFor(() => part(el, 'failure'), { message: 'failure shown' });
    await waitFor(() => focused(el) === failure, { message: 'failure focused' });
    expect(text(failure)).to.contain('Opslaan is niet gelukt').and.contain('Alles wat je hebt ingevuld is bewaard.').and.contain('nooit twee keer');
    expect(control(el, 'title').value).to.equal('Zwermsessie: de omgevingsvisie');
    await expect(el).to.be.accessible();

    // A reload: the same form comes back with a notice.
    el.closest('div')!.remove();
    const again = await mount();
    expect(control(again, 'title').value).to.equal('Zwermsessie: de omgevingsvisie');
    expect([control(again, 'startTime').value, control(again, 'capacity').value]).to.deep.equal(['09:30', '12']);
    expect(text(part(again, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder invulde');
    fail = false;
    await save(again);
    await waitFor(() => part(again, 'saved'), { message: 'saved' });
    const keys = writes('POST').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[1], 'the same key after the reload: posted once').to.equal(keys[0]);
    expect(backend.store.sessions.filter((s) => s.title === 'Zwermsessie: de omgevingsvisie')).to.have.length(1);
  });

  it('keeps a change made after a create whose answer was lost, to save as a change (posted once)', async () => {
    let lost = false;
    worker.use(
      http.post(`${API}/sessions`, async ({ request }) => {
        if (lost) return undefined;
        lost = true;
        await backend.handle(request.clone(), { base: API }); // stored, but the answer never comes
        return HttpResponse.error();
      }),
    );
    const el = await mount();
    await fillNew(el);
    await save(el);
    await waitFor(() => part(el, 'failure'), { message: 'failure shown' });
    await retype(el, 'capacity', '9');
    const saved = oneEvent(el, 'session-saved');
    await save(el);
    const { detail } = await saved;
    expect(text(part(el, 'saved'))).to.contain('De zwermsessie was al geplaatst met wat je eerder verstuurde');
    expect(detail.session.capacity, 'what arrived first').to.equal(12);
    expect(control(el, 'capacity').value, 'the change is still in the form').to.equal('9');
    await tick(el); // the event comes before its save has ended: a click in the same task is a double click
    const changed = oneEvent(el, 'session-saved');
    await save(el);
    await changed;
    expect(await writes('PATCH')[0].clone().json()).to.deep.equal({ capacity: 9 });
    expect(backend.store.sessions.filter((s) => s.title === 'Zwermsessie: de omgevingsvisie').map((s) => s.capacity)).to.deep.equal([9]);
  });

  it('throws a restored draft away with a way back', async () => {
    const first = await mount({ id: OWN });
    await retype(first, 'title', 'Zwermsessie: een nieuwe titel');
    first.closest('div')!.remove();
    const el = await mount({ id: OWN });
    expect(control(el, 'title').value).to.equal('Zwermsessie: een nieuwe titel');
    await click(el, [...part(el, 'draft-notice')!.querySelectorAll('button')].find((b) => text(b) === 'Gooi mijn wijzigingen weg')!);
    expect(control(el, 'title').value).to.equal('Zwermsessie: wijkgericht werken in de kernen');
    await waitFor(() => focused(el) === control(el, 'title'), { message: 'focus on the first field, not lost with the button' });
    await click(el, [...part(el, 'draft-notice')!.querySelectorAll('button')].find((b) => text(b) === 'Zet terug')!);
    expect(control(el, 'title').value).to.equal('Zwermsessie: een nieuwe titel');
  });

  it('keeps the day a session ends on when that is not the day it starts', async () => {
    // Over midnight, made through the API: 21 January 22.00 until 22 January 01.00.
    const session = backend.store.sessions.find((s) => s.id === OWN)!;
    Object.assign(session, { startsAt: '2027-01-21T22:00:00+01:00', endsAt: '2027-01-22T01:00:00+01:00', signUpDeadline: '2027-01-20' });
    const el = await mount({ id: OWN });
    expect([control(el, 'date').value, control(el, 'startTime').value, control(el, 'endTime').value, control(el, 'endDate').value]).to.deep.equal(['2027-01-21', '22:00', '01:00', '2027-01-22']);
    await retype(el, 'title', 'Zwermsessie: een nachtelijke sessie');
    const saved = oneEvent(el, 'session-saved');
    await save(el);
    await saved;
    expect(await writes('PATCH')[0].clone().json(), 'only the title: the times are as they were').to.deep.equal({ title: 'Zwermsessie: een nachtelijke sessie' });
    // A new session over two days: the end date is sent with the end time.
    await retype(el, 'endTime', '');
    await typeTime(el, 'endTime', '17:00');
    await typeDate(el, 'endDate', '2027-01-23');
    const again = oneEvent(el, 'session-saved');
    await save(el);
    await again;
    expect(stored(OWN).endsAt).to.equal('2027-01-23T17:00:00+01:00');
  });

  it('counts every sign-up, not the 50 shown: the waitlist, and whom calling it off tells; "Toon meer" keeps focus in the table', async () => {
    const session = backend.store.sessions.find((s) => s.id === OWN)!;
    session.capacity = 40;
    for (let i = 0; i < 54; i++) {
      backend.store.registrations.push({ id: `reg-extra-${i}`, sessionId: OWN, status: i < 34 ? 'registered' : 'waitlisted', receivedAt: '2026-11-30T10:00:00+01:00', name: `Deelnemer ${i}`, email: `deelnemer${i}@example.nl`, profileId: null, lang: 'nl', tokenHash: '-' });
    }
    const el = await mount({ id: OWN });
    await waitFor(() => text(part(el, 'registrations')).includes('40 van 40 plaatsen bezet, 20 op de wachtlijst.'), { message: 'counted from all 60' });
    expect(root(el).querySelectorAll('[part~="registrations"] tbody tr')).to.have.length(50);
    await click(el, part(el, 'cancel'));
    expect(text(part(el, 'cancel-dialog'))).to.contain('60 mensen hebben zich aangemeld');
    await click(el, [...part(el, 'cancel-dialog')!.querySelectorAll('button')].find((b) => text(b) === 'Niet afgelasten')!);
    await click(el, root(el).querySelector('.show-more'));
    expect(root(el).querySelectorAll('[part~="registrations"] tbody tr')).to.have.length(60);
    expect(root(el).querySelector('.show-more'), 'all shown').to.equal(null);
    await waitFor(() => focused(el) === root(el).querySelector('.table-scroll'), { message: 'focus in the table, not lost' });
    expect(text(part(el, 'registrations'))).to.contain('60 van de 60 aanmeldingen getoond.');
  });

  it('says nobody is told when a session without sign-ups is called off', async () => {
    const el = await mount({ assignment: 'a-2026-0101' });
    await fillNew(el);
    await save(el);
    await waitFor(() => text(part(el, 'registrations')).includes('Nog niemand heeft zich aangemeld.'), { message: 'its sign-ups read' });
    await click(el, part(el, 'cancel'));
    const dialog = part(el, 'cancel-dialog') as HTMLDialogElement;
    await waitFor(() => dialog.open, { message: 'dialog open' });
    expect(text(dialog)).to.contain('Nog niemand heeft zich aangemeld.');
    await click(el, [...dialog.querySelectorAll('button')].find((b) => text(b) === 'Ja, afgelasten')!);
    await waitFor(() => focused(el)?.classList.contains('saved-title'), { message: 'focus on the message' });
    expect(text(part(el, 'saved'))).to.equal('De zwermsessie is afgelast. Er had zich nog niemand aangemeld.');
  });

  it('says a session called off meanwhile by someone else is called off, when the poster calls it off too', async () => {
    const el = await mount({ id: OWN });
    const current = await fetch(`${API}/sessions/${OWN}`, { headers: { Authorization: `Bearer ${OTHER_POSTER}` } });
    await fetch(`${API}/sessions/${OWN}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${OTHER_POSTER}`, 'Content-Type': 'application/merge-patch+json', 'If-Match': current.headers.get('ETag')! },
      body: JSON.stringify({ status: 'cancelled' }),
    });
    await click(el, part(el, 'cancel'));
    const told = oneEvent(el, 'session-saved');
    await click(el, [...part(el, 'cancel-dialog')!.querySelectorAll('button')].find((b) => text(b) === 'Ja, afgelasten')!);
    // The host page learns it as from the poster's own call-off.
    expect((await told).detail.session.status).to.equal('cancelled');
    await waitFor(() => focused(el)?.classList.contains('saved-title'), { message: 'said' });
    expect(text(part(el, 'saved'))).to.contain('De zwermsessie is afgelast.');
    expect(part(el, 'conflict')).to.equal(null);
    expect(part(el, 'cancel')).to.equal(null);
  });

  it("does not open another organisation's session", async () => {
    const el = await mount({ id: OTHERS });
    expect(el.matches(':state(empty)')).to.be.true;
    expect(text(part(el, 'sign-in'))).to.contain('van een andere organisatie');
    expect(root(el).querySelector('form')).to.equal(null);
  });

  it('speaks English on an English page, and fits a phone', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount({ id: OWN, lang: 'en' });
    expect(text(root(el).querySelector('[data-field="startTime"] label'))).to.equal('Start time');
    await waitFor(() => text(part(el, 'registrations')).includes('6 of 10 seats taken.'), { message: 'sign-ups in English' });
    expect(document.documentElement.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(320);
    await expect(el).to.be.accessible();
    // The sign-ups fit too, caption and every column, in either language, on a page with 18 px
    // text and 20 px margins (as the demo's): nothing to scroll to.
    for (const lang of ['en', 'nl']) {
      const shown = lang === 'en' ? el : await mount({ id: OWN });
      shown.parentElement!.closest('div')!.style.cssText = 'font-size: 18px; padding-inline: 20px';
      await waitFor(() => root(shown).querySelector('.table-scroll tbody tr'), { message: `the sign-ups in ${lang}` });
      const table = root(shown).querySelector<HTMLElement>('.table-scroll')!;
      expect(table.scrollWidth, `the table in ${lang}`).to.be.at.most(table.clientWidth);
    }
  });
});
