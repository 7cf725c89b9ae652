/**
 * Swarm sessions on the reference server: capacity under concurrent sign-ups (50 at once for
 * 10 seats), the full loop with mails (sign up, waitlist, cancel by the mail's link, the first
 * on the waitlist moves up and is told), and the .ics as a calendar reads it.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { seedAssignments, seedFor, seedSessions } from '../../seed/seed.js';
import { sessionsOf } from '../../seed/sessions.js';
import { MAILS_PER_TYPED_ADDRESS_PER_DAY } from '../../backend/mail.js';
import * as schemas from '../../src/api/schemas.js';
import { kyselyStore } from '../store/index.js';
import { createTestApp, type TestApp } from './helpers.js';

const mails: { to: string; subject: string; text: string }[] = [];
let t: TestApp;
before(async () => {
  t = await createTestApp({ mailer: { send: async (m) => void mails.push(m) }, sessionsUrl: 'https://netwerk.example.nl/zwermsessies' });
});
after(() => t.close());

function later(days: number, time = '09:30'): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return `${date.toISOString().slice(0, 10)}T${time}:00+01:00`;
}

async function createSession(
  capacity: number,
  extra: { assignmentId?: string; startsIn?: number; title?: string; language?: string; startsAt?: string; endsAt?: string; onlineUrl?: string } = {},
  app = t,
): Promise<schemas.Session> {
  const days = extra.startsIn ?? 20;
  const token = await app.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
  const response = await app.request('/sessions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      title: extra.title ?? `Zwermsessie voor ${capacity} mensen`,
      question: '<p>Hoe organiseren we de <em>wijkteams</em>?</p><script>alert(1)</script>',
      startsAt: extra.startsAt ?? later(days),
      endsAt: extra.endsAt ?? later(days, '11:30'),
      place: 'Gemeentehuis, Kaaiweg 2',
      capacity,
      signUpDeadline: (extra.startsAt ? new Date(Date.parse(extra.startsAt) - 2 * 86_400_000).toISOString() : later(days - 2)).slice(0, 10),
      fields: [{ value: 'sociaal-domein' }],
      ...(extra.assignmentId ? { assignmentId: extra.assignmentId } : {}),
      ...(extra.language ? { language: extra.language } : {}),
      ...(extra.onlineUrl ? { onlineUrl: extra.onlineUrl } : {}),
    }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  const session = schemas.Session.parse(await response.json());
  assert.match(session.id, /^s-\d{4}-[0-9a-hjkmnp-tv-z]{10}$/, '50 random bits, not 32');
  return session;
}

const signUp = (sessionId: string, i: number) =>
  t.request(`/sessions/${sessionId}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({ name: `Deelnemer ${i}`, email: `deelnemer${i}@voorbeeld.nl`, consent: true }),
  });

describe('a JSON body past 256 kB', () => {
  /** A body of `total` bytes in chunks of 64 kB, counting how much of it the server pulled. */
  function endless(total: number) {
    const pulled = { bytes: 0 };
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled.bytes >= total) return controller.close();
        pulled.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return { body, pulled };
  }
  const cancel = (init: RequestInit & { duplex?: 'half' }) => t.request('/registrations/reg-unknown/cancel', { method: 'POST', duplex: 'half', ...init } as RequestInit);

  it('is refused (413) without reading it when its Content-Length says so', async () => {
    const { body, pulled } = endless(400 * 1024 * 1024);
    const answer = await cancel({ headers: { 'Content-Type': 'application/json', 'Content-Length': String(400 * 1024 * 1024) }, body });
    assert.equal(answer.status, 413);
    assert.ok(pulled.bytes <= 128 * 1024, `read ${pulled.bytes} bytes`);
  });

  it('is refused (413) as soon as it passes the limit when it names no length', async () => {
    const { body, pulled } = endless(400 * 1024 * 1024);
    const answer = await cancel({ headers: { 'Content-Type': 'application/json' }, body });
    assert.equal(answer.status, 413);
    assert.ok(pulled.bytes <= 512 * 1024, `read ${pulled.bytes} bytes, not the 400 MB sent`);
  });
});

describe('the registrations as CSV', () => {
  it("are named by the session's title and id", async () => {
    const session = await createSession(5, { title: 'Zwermsessie: wijkteams één' });
    const token = await t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
    const csv = await t.request(`/sessions/${session.id}/registrations`, { headers: { Accept: 'text/csv', Authorization: `Bearer ${token}` } });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('Content-Disposition') ?? '', new RegExp(`^attachment; filename="aanmeldingen-zwermsessie-wijkteams-een-${session.id}\\.csv"`));
  });
});

describe('capacity', () => {
  it('never exceeds the capacity: 50 at once for 10 seats gives 10 registered and 40 waitlisted, nobody lost', async () => {
    const session = await createSession(10);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => signUp(session.id, i)));
    assert.deepEqual([...new Set(answers.map((a) => a.status))], [201]);
    const receipts = await Promise.all(answers.map(async (a) => schemas.RegistrationReceipt.parse(await a.json())));
    const count = (status: string) => receipts.filter((r) => r.status === status).length;
    assert.deepEqual([count('registered'), count('waitlisted')], [10, 40]);
    const stored = await t.app.database.db.selectFrom('registration').select(['status']).where('session_id', '=', session.id).execute();
    assert.equal(stored.length, 50, 'nobody lost');
    assert.equal(stored.filter((r) => r.status === 'registered').length, 10);
    const after = schemas.Session.parse(await (await t.request(`/sessions/${session.id}`)).json());
    assert.deepEqual([after.seatsLeft, after.status], [0, 'full']);
  });
});

describe('changing a session', () => {
  const change = async (id: string, body: unknown) => {
    const token = await t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
    return t.request(`/sessions/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': '*', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  };

  it('is a JSON Merge Patch as for assignments: null removes a member, a body that is no object is refused', async () => {
    const session = await createSession(5);
    const online = await change(session.id, { onlineUrl: 'https://teams.example.nl/zwerm' });
    assert.equal(online.status, 200, await online.clone().text());
    const removed = await change(session.id, { onlineUrl: null, capacity: 6 });
    assert.equal(removed.status, 200, await removed.clone().text());
    const changed = schemas.Session.parse(await removed.json());
    assert.deepEqual([changed.onlineUrl, changed.place, changed.capacity], [null, 'Gemeentehuis, Kaaiweg 2', 6]);
    for (const body of [[{ capacity: 8 }], 'capacity', 8]) {
      const refused = await change(session.id, body);
      assert.equal(refused.status, 400, JSON.stringify(body));
    }
    const after = schemas.Session.parse(await (await t.request(`/sessions/${session.id}`)).json());
    assert.equal(after.capacity, 6, 'none of the refused bodies changed it');
  });
});

describe('lowering the capacity', () => {
  const change = async (id: string, body: object) => {
    const token = await t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
    return t.request(`/sessions/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', 'If-Match': '*', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  };

  it('never below the seats taken: a 400 that says how many hold one, and the session keeps its seats', async () => {
    const session = await createSession(10);
    for (let i = 0; i < 7; i++) assert.equal((await signUp(session.id, 100 + i)).status, 201);
    const refused = await change(session.id, { capacity: 5, title: 'Kort' });
    assert.equal(refused.status, 400);
    assert.deepEqual(((await refused.json()) as schemas.Problem).invalidParams, [
      { name: 'title', code: 'tooShort', reason: 'Maak de titel langer: minstens 5 tekens' },
      { name: 'capacity', code: 'range', reason: 'Er zijn al 7 mensen aangemeld met een plaats: kies minstens 7 plaatsen' },
    ]);
    const after = schemas.Session.parse(await (await t.request(`/sessions/${session.id}`)).json());
    assert.deepEqual([after.capacity, after.seatsLeft], [10, 3]);
    const full = await change(session.id, { capacity: 7 });
    assert.equal(full.status, 200, await full.clone().text());
    assert.deepEqual(((await full.json()) as schemas.Session).status, 'full', 'down to the seats taken: full, the next one waitlisted');
  });

  it("names a session's fields in words, not by their JSON names", async () => {
    const session = await createSession(10);
    const refused = await change(session.id, { capacity: 0, signUpDeadline: 'morgen', onlineUrl: 'teams' });
    assert.equal(refused.status, 400);
    const reasons = (((await refused.json()) as schemas.Problem).invalidParams ?? []).map((p) => p.reason).join(' | ');
    for (const words of ['het aantal plaatsen', 'de laatste dag om je aan te melden', 'de link om online mee te doen']) assert.match(reasons, new RegExp(words, 'i'), reasons);
    assert.doesNotMatch(reasons, /capacity|signUpDeadline|onlineUrl/);
  });

  it('also when seats are taken after the route counted them: the store decides under the lock sign-ups take', async () => {
    const session = await createSession(10);
    const store = kyselyStore(t.app.database);
    const read = await store.getSession(session.id);
    assert.ok(read);
    // Read with no seat taken; four are taken before the change reaches the database.
    for (let i = 0; i < 4; i++) await signUp(session.id, 200 + i);
    const change = await store.updateSession({ ...read, capacity: 3 }, read.version ?? 1);
    assert.equal(change?.outcome, 'overbooked');
    assert.equal(change?.value.registered, 4);
    const after = schemas.Session.parse(await (await t.request(`/sessions/${session.id}`)).json());
    assert.deepEqual([after.capacity, after.seatsLeft], [10, 6]);
  });
});

describe('mails to the address someone signing up typed', () => {
  it(`confirms at most ${MAILS_PER_TYPED_ADDRESS_PER_DAY} sign-ups a day to one address; the rest are stored, without one`, async () => {
    const address = 'aanmelder.veel@voorbeeld.nl';
    const confirmations = async () => (await t.app.database.db.selectFrom('outbox').select('id').where('to_address', '=', address).execute()).length;
    for (let i = 0; i <= MAILS_PER_TYPED_ADDRESS_PER_DAY; i++) {
      const session = await createSession(8);
      const response = await t.request(`/sessions/${session.id}/registrations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ name: 'Veel Aanmelder', email: address, consent: true }),
      });
      assert.equal(response.status, 201, await response.clone().text());
    }
    assert.equal(await confirmations(), MAILS_PER_TYPED_ADDRESS_PER_DAY);
  });
});

describe('the loop', () => {
  /** Sends everything in the outbox (20 at a time). */
  const drain = async () => {
    while ((await t.app.deliverMail()).sent > 0) {}
  };

  it('12 people for 10 seats; one cancels by the link in the mail, the first on the waitlist moves up and is told', async () => {
    await drain();
    mails.length = 0;
    const session = await createSession(10);
    const receipts = [];
    for (let i = 0; i < 12; i++) receipts.push(schemas.RegistrationReceipt.parse(await (await signUp(session.id, i)).json()));
    assert.deepEqual(receipts.map((r) => r.status), [...Array(10).fill('registered'), 'waitlisted', 'waitlisted']);
    for (const r of receipts) assert.match(r.id, /^reg-[0-9a-hjkmnp-tv-z]{10}$/);
    await drain();
    assert.equal(mails.length, 12, 'a mail for each sign-up');
    const mailTo = (i: number) => mails.find((m) => m.to === `deelnemer${i}@voorbeeld.nl`);
    assert.match(mailTo(0)?.subject ?? '', /^Je bent aangemeld/);
    assert.match(mailTo(10)?.subject ?? '', /^Op de wachtlijst/);

    const found = /https:\/\/netwerk\.example\.nl\/zwermsessies\?registration=\S+/.exec(mailTo(3)?.text ?? '');
    assert.ok(found, `the confirmation carries a cancel link: ${mailTo(3)?.text}`);
    const link = new URL(found[0]).searchParams;
    const registration = link.get('registration');
    const token = encodeURIComponent(link.get('token') ?? '');
    assert.equal(link.get('session'), session.id, 'the link names the session, so the page can show it before confirming');
    assert.equal(link.has('list'), false, 'a seat: not the waitlist');
    assert.match(mailTo(3)?.text ?? '', /dan gaat je plek naar een ander/);
    assert.match(mailTo(3)?.text ?? '', /Wanneer: \S+ \d+ \S+ \d{4}, \d\d\.30–\d\d\.30 uur\n/, 'when it starts and ends, written as the widget writes it');
    // A place on the waitlist is not a seat: its mail and link say so.
    const waitlisted = mailTo(10)?.text ?? '';
    assert.doesNotMatch(waitlisted, /gaat je plek naar een ander/);
    assert.match(waitlisted, /Geef hier je plek op de wachtlijst op: https:\S+&session=[\w-]+&list=waitlist/);
    const wrong = await t.request(`/registrations/${registration}/cancel`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: 'guessed' }) });
    assert.equal(wrong.status, 404, 'a wrong token cancels nothing');
    const cancelled = await t.request(`/registrations/${registration}/cancel`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: decodeURIComponent(token) }) });
    assert.equal(cancelled.status, 200, await cancelled.clone().text());
    assert.equal(schemas.RegistrationReceipt.parse(await cancelled.json()).status, 'cancelled');

    const rows = await t.app.database.db.selectFrom('registration').select(['id', 'status', 'name']).where('session_id', '=', session.id).orderBy('received_at').orderBy('id').execute();
    const first = rows.find((r) => r.name === 'Deelnemer 10');
    assert.equal(first?.status, 'registered', 'the first on the waitlist moved up');
    assert.equal(rows.find((r) => r.name === 'Deelnemer 11')?.status, 'waitlisted');
    await drain();
    const told = mails.at(-1);
    assert.equal(told?.to, 'deelnemer10@voorbeeld.nl');
    assert.match(told?.subject ?? '', /^Er is een plek vrijgekomen/);

    // The one who moved up can cancel the seat: a link of its own, for a seat, and the waitlist
    // link (which speaks of a waitlist place) no longer gives anything up.
    const cancelOf = (text: string) => new URL(text.match(/https:\S+registration=\S+/)![0]).searchParams;
    const seatLink = cancelOf(told?.text ?? '');
    assert.match(told?.text ?? '', /dan gaat je plek naar een ander/);
    assert.equal(seatLink.has('list'), false, 'a seat: not the waitlist');
    const waitlistLink = cancelOf(waitlisted);
    const cancel = (link: URLSearchParams) =>
      t.request(`/registrations/${link.get('registration')}/cancel`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: link.get('token') }) });
    assert.equal((await cancel(waitlistLink)).status, 404, 'the waitlist link gives up no seat');
    assert.equal((await cancel(seatLink)).status, 200);
    const after = await t.app.database.db.selectFrom('registration').select(['status', 'name']).where('session_id', '=', session.id).execute();
    assert.equal(after.find((r) => r.name === 'Deelnemer 10')?.status, 'cancelled');
    assert.equal(after.find((r) => r.name === 'Deelnemer 11')?.status, 'registered', 'and the next moves up');
  });

  it('answers a cancel link used again with 200 and Idempotent-Replayed: true, and gives up nothing more; the first answer has no such header', async () => {
    const session = await createSession(1);
    for (const i of [51, 52, 53]) assert.equal((await signUp(session.id, i)).status, 201);
    await drain();
    const mail = mails.find((m) => m.to === 'deelnemer51@voorbeeld.nl')?.text ?? '';
    const link = new URL(mail.match(/https:\S+registration=\S+/)![0]).searchParams;
    // From a page on another site (the widget's host), which must be allowed to read the header.
    const cancel = () =>
      t.request(`/registrations/${link.get('registration')}/cancel`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'https://netwerk.example.nl' },
        body: JSON.stringify({ token: link.get('token') }),
      });
    const first = await cancel();
    assert.equal(first.status, 200, await first.clone().text());
    assert.equal(first.headers.get('Idempotent-Replayed'), null, 'cancelled now');
    await drain();
    const sent = mails.length;

    const again = await cancel();
    assert.equal(again.status, 200, await again.clone().text());
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true', 'cancelled before');
    assert.match(again.headers.get('Access-Control-Expose-Headers') ?? '', /\bIdempotent-Replayed\b/);
    assert.deepEqual(schemas.RegistrationReceipt.parse(await again.json()), schemas.RegistrationReceipt.parse(await first.json()));
    const rows = await t.app.database.db.selectFrom('registration').select(['name', 'status']).where('session_id', '=', session.id).orderBy('name').execute();
    assert.deepEqual(rows.map((r) => r.status), ['cancelled', 'registered', 'waitlisted'], 'one moved up, once');
    await drain();
    assert.equal(mails.length, sent, 'no one is told again');
  });

  it("tells the cancel link's page where the registration stands, without changing it, and nothing to a stranger", async () => {
    const session = await createSession(1);
    for (const i of [61, 62]) assert.equal((await signUp(session.id, i)).status, 201);
    await drain();
    const linkOf = (i: number) => new URL(mails.find((m) => m.to === `deelnemer${i}@voorbeeld.nl`)!.text.match(/https:\S+registration=\S+/)![0]).searchParams;
    const [seat, waitlist] = [linkOf(61), linkOf(62)];
    const ask = (path: string, registration: string | null, body: unknown) =>
      t.request(`/registrations/${registration}/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'https://netwerk.example.nl' },
        body: JSON.stringify(body),
      });
    const status = (link: URLSearchParams) => ask('status', link.get('registration'), { token: link.get('token') });

    const before = await status(seat);
    assert.equal(before.status, 200, await before.clone().text());
    assert.equal(before.headers.get('Cache-Control'), 'private, no-store');
    const receipt = schemas.RegistrationReceipt.parse(await before.json());
    assert.deepEqual([receipt.id, receipt.sessionId, receipt.status], [seat.get('registration'), session.id, 'registered']);
    assert.equal(schemas.RegistrationReceipt.parse(await (await status(waitlist)).json()).status, 'waitlisted');
    assert.equal((await status(seat)).status, 200, 'asked twice');
    const rows = () => t.app.database.db.selectFrom('registration').select(['name', 'status']).where('session_id', '=', session.id).orderBy('name').execute();
    assert.deepEqual((await rows()).map((r) => r.status), ['registered', 'waitlisted'], 'asking changes nothing');

    assert.equal((await ask('cancel', seat.get('registration'), { token: seat.get('token') })).status, 200);
    assert.equal(schemas.RegistrationReceipt.parse(await (await status(seat)).json()).status, 'cancelled', 'a used link says so');

    // A wrong token and an unknown id get the same answer; no token is a 400, as for cancelling.
    const wrong = await ask('status', seat.get('registration'), { token: 'geraden' });
    const unknown = await ask('status', 'reg-bestaatniet', { token: 'geraden' });
    assert.deepEqual([wrong.status, unknown.status], [404, 404]);
    assert.equal((await wrong.json()).title, (await unknown.json()).title);
    assert.equal((await ask('status', seat.get('registration'), {})).status, 400);
    // The secret never goes in the address: a GET is not how this is asked.
    assert.equal((await t.request(`/registrations/${seat.get('registration')}/status?token=${seat.get('token')}`)).status, 405);
  });

  it('takes one place per e-mail address: signing up again, in any case, is refused on the e-mail field; after cancelling it works again', async () => {
    const session = await createSession(3);
    const as = (email: string) =>
      t.request(`/sessions/${session.id}/registrations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ name: 'Piet Pieters', email, consent: true }),
      });
    const first = await as('piet@voorbeeld.nl');
    assert.equal(first.status, 201, await first.clone().text());
    // At once, twice more: the lock sees them one after the other.
    const again = await Promise.all([as('piet@voorbeeld.nl'), as('PIET@voorbeeld.nl')]);
    for (const response of again) {
      assert.equal(response.status, 400);
      const { invalidParams } = (await response.json()) as { invalidParams: { name: string; code: string; reason: string }[] };
      assert.deepEqual(invalidParams.map((p) => [p.name, p.code]), [['email', 'registered']]);
      assert.match(invalidParams[0].reason, /^Met dit e-mailadres ben je al aangemeld/);
    }
    const seats = async () => schemas.Session.parse(await (await t.request(`/sessions/${session.id}`)).json()).seatsLeft;
    assert.equal(await seats(), 2, 'one seat taken');

    const rows = await t.app.database.db.selectFrom('registration').select(['id', 'token_hash']).where('session_id', '=', session.id).execute();
    assert.equal(rows.length, 1);
    await t.app.database.db.updateTable('registration').set({ status: 'cancelled' }).where('id', '=', rows[0].id).execute();
    assert.equal((await as('piet@voorbeeld.nl')).status, 201, 'a cancelled sign-up holds no place');
  });

  it('refuses a profile that does not exist, as an application does; takes one that does', async () => {
    const session = await createSession(5);
    const send = (profileId: string, i: number) =>
      t.request(`/sessions/${session.id}/registrations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ name: `Profiel ${i}`, email: `profiel${i}@voorbeeld.nl`, profileId, consent: true }),
      });
    const unknown = await send('p-bestaat-niet', 1);
    assert.equal(unknown.status, 400);
    assert.deepEqual(((await unknown.json()) as schemas.Problem).invalidParams?.map((p) => [p.name, p.code]), [['profileId', 'unknown']]);
    assert.equal((await send('p-0007', 2)).status, 201);
    // Someone else's internal profile is answered as one that does not exist.
    const owner = await t.token({ sub: 'signs-up-with-internal', org: 'gem-steenbergen' });
    const created = await t.request('/profiles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${owner}` },
      body: JSON.stringify({ name: 'Ilse Intern', headline: 'Alleen voor de eigen organisatie', kind: 'ondernemend-ambtenaar', region: { value: 'west-brabant' }, visibility: 'internal' }),
    });
    const { id } = (await created.json()) as { id: string };
    const hidden = await send(id, 3);
    assert.equal(hidden.status, 400);
    assert.deepEqual(((await hidden.json()) as schemas.Problem).invalidParams?.map((p) => [p.name, p.code]), [['profileId', 'unknown']]);
  });

  it("names a missing Idempotency-Key on a new session together with the body's problems", async () => {
    const token = await t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
    const response = await t.request('/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Kort', startsAt: later(20), endsAt: later(20, '11:30'), capacity: 5, signUpDeadline: later(18).slice(0, 10) }),
    });
    assert.equal(response.status, 400);
    const names = ((await response.json()) as schemas.Problem).invalidParams?.map((p) => p.name) ?? [];
    assert.equal(names[0], 'Idempotency-Key');
    assert.ok(names.includes('title'), names.join(', '));
  });

  it('409 when the session is cancelled', async () => {
    const session = await createSession(5);
    const token = await t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
    const current = await t.request(`/sessions/${session.id}`, { headers: { Authorization: `Bearer ${token}` } });
    const cancel = await t.request(`/sessions/${session.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': current.headers.get('ETag') ?? '', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ status: 'cancelled' }),
    });
    assert.equal(cancel.status, 200, await cancel.clone().text());
    assert.equal((await signUp(session.id, 99)).status, 409);
    // Called off stays called off: those told it is not going on would silently hold places again.
    const reopen = await t.request(`/sessions/${session.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': cancel.headers.get('ETag') ?? '', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ status: 'open' }),
    });
    assert.equal(reopen.status, 409, await reopen.clone().text());
    assert.equal(((await reopen.json()) as schemas.Problem).type?.endsWith('cancelled'), true);
    const after = await t.request(`/sessions/${session.id}`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(schemas.Session.parse(await after.json()).status, 'cancelled');
    // Its other fields may still be put right (a typo in the title people were mailed about).
    const retitled = await t.request(`/sessions/${session.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': after.headers.get('ETag') ?? '', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Zwermsessie wijkteams (afgelast)' }),
    });
    assert.equal(retitled.status, 200, await retitled.clone().text());
  });

  it('gives seats a higher capacity adds to the first on the waitlist, in order, each told with a link for a seat', async () => {
    const session = await createSession(2);
    for (const i of [61, 62, 63, 64, 65]) assert.equal((await signUp(session.id, i)).status, 201);
    await drain();
    mails.length = 0;
    const token = await t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
    const response = await t.request(`/sessions/${session.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': '*', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ capacity: 4 }),
    });
    assert.equal(response.status, 200, await response.clone().text());
    const changed = schemas.Session.parse(await response.json());
    assert.deepEqual([changed.capacity, changed.seatsLeft, changed.status], [4, 0, 'full']);
    const rows = await t.app.database.db.selectFrom('registration').select(['status', 'name']).where('session_id', '=', session.id).orderBy('seq').execute();
    assert.deepEqual(
      rows.map((r) => `${r.name}: ${r.status}`),
      ['Deelnemer 61: registered', 'Deelnemer 62: registered', 'Deelnemer 63: registered', 'Deelnemer 64: registered', 'Deelnemer 65: waitlisted'],
    );
    await drain();
    assert.deepEqual(mails.map((m) => m.to).sort(), ['deelnemer63@voorbeeld.nl', 'deelnemer64@voorbeeld.nl']);
    for (const m of mails) assert.match(m.subject, /^Er is een plek vrijgekomen/);
    // Each can give the seat up with the link in that mail.
    const link = new URL(mails[0].text.match(/https:\S+registration=\S+/)![0]).searchParams;
    assert.equal(link.has('list'), false, 'a seat: not the waitlist');
    const cancel = await t.request(`/registrations/${link.get('registration')}/cancel`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: link.get('token') }) });
    assert.equal(cancel.status, 200);
  });

  it('tells everyone with a seat or a waitlist place when the session is called off, once', async () => {
    const session = await createSession(2);
    for (const i of [41, 42, 43]) assert.equal((await signUp(session.id, i)).status, 201);
    await drain();
    mails.length = 0;
    const token = await t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
    const patch = async (body: object) => {
      const current = await t.request(`/sessions/${session.id}`, { headers: { Authorization: `Bearer ${token}` } });
      const response = await t.request(`/sessions/${session.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': current.headers.get('ETag') ?? '', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      assert.equal(response.status, 200, await response.clone().text());
    };
    await patch({ status: 'cancelled' });
    await drain();
    assert.deepEqual(mails.map((m) => m.to).sort(), ['deelnemer41@voorbeeld.nl', 'deelnemer42@voorbeeld.nl', 'deelnemer43@voorbeeld.nl']);
    for (const m of mails) assert.equal(m.subject, `Gaat niet door: ${session.title}`);
    assert.match(mails.find((m) => m.to === 'deelnemer41@voorbeeld.nl')!.text, /gaat niet door, en daarmee vervalt je aanmelding\./);
    assert.match(mails.find((m) => m.to === 'deelnemer43@voorbeeld.nl')!.text, /vervalt je plek op de wachtlijst\./);
    // A later change to the cancelled session tells no one again.
    await patch({ place: 'Raadzaal' });
    await drain();
    assert.equal(mails.length, 3);
  });

  it('gives the link to join online to the poster and to whoever has a seat, in the receipt and the mail, and to no one else', async () => {
    await drain();
    mails.length = 0;
    const link = 'https://teams.example.nl/zwerm-71';
    const session = await createSession(1, { onlineUrl: link });
    assert.equal(session.onlineUrl, link, "the poster's own answer");
    const poster = await t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
    const others = [
      await t.token({ sub: 'medewerker-b', org: 'gem-bergen-op-zoom', roles: [] }),
      await t.token({ sub: 'poster-b', org: 'gem-bergen-op-zoom', roles: ['poster'] }),
      await t.token({ sub: 'medewerker-s', org: 'gem-steenbergen', roles: [] }),
    ];
    const read = async (headers: Record<string, string> = {}) => schemas.Session.parse(await (await t.request(`/sessions/${session.id}`, { headers })).json());
    const listed = async (headers: Record<string, string> = {}) =>
      schemas.SessionPage.parse(await (await t.request('/sessions?pageSize=100', { headers })).json()).items.find((s) => s.id === session.id)!;
    const asPoster = { Authorization: `Bearer ${poster}` };
    assert.deepEqual([(await read(asPoster)).onlineUrl, (await listed(asPoster)).onlineUrl], [link, link]);
    for (const headers of [{}, ...others.map((token) => ({ Authorization: `Bearer ${token}` }))]) {
      for (const reader of [await read(headers), await listed(headers)]) assert.deepEqual([reader.onlineUrl, reader.online, reader.place], [null, true, 'Gemeentehuis, Kaaiweg 2']);
    }
    // The calendar file is public and cached as such: without the link, also when the poster fetches it.
    for (const headers of [{}, asPoster]) {
      const file = await t.request(`/sessions/${session.id}.ics`, { headers });
      assert.match(file.headers.get('Cache-Control') ?? '', /^public/);
      const calendar = await file.text();
      assert.doesNotMatch(calendar, /teams\.example/, 'the public calendar file');
      assert.match(calendar, /^LOCATION[^:]*:Gemeentehuis\\, Kaaiweg 2\r$/m);
    }

    const key = randomUUID();
    const signUpWith = (i: number, idempotencyKey = randomUUID()) =>
      t.request(`/sessions/${session.id}/registrations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify({ name: `Deelnemer ${i}`, email: `deelnemer${i}@voorbeeld.nl`, consent: true }),
      });
    const seat = schemas.RegistrationReceipt.parse(await (await signUpWith(71, key)).json());
    assert.deepEqual([seat.status, seat.onlineUrl], ['registered', link]);
    const replayed = await signUpWith(71, key);
    assert.equal(replayed.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(schemas.RegistrationReceipt.parse(await replayed.json()).onlineUrl, link, 'a replay is the same receipt');
    const waitlisted = schemas.RegistrationReceipt.parse(await (await signUpWith(72)).json());
    assert.deepEqual([waitlisted.status, waitlisted.onlineUrl], ['waitlisted', undefined]);

    await drain();
    const mailTo = (i: number) => mails.find((m) => m.to === `deelnemer${i}@voorbeeld.nl`)!.text;
    assert.match(mailTo(71), /^Waar: Gemeentehuis, Kaaiweg 2$/m);
    assert.match(mailTo(71), new RegExp(`^Online meedoen: ${link}$`, 'm'));
    assert.match(mailTo(72), /^Waar: Gemeentehuis, Kaaiweg 2, en online$/m);
    assert.doesNotMatch(mailTo(72), /teams\.example/, 'a waitlist place is no seat');

    // The seat's link in the mail: its status carries the link too; given up, the seat and its link go to the waitlist.
    const own = new URL(mailTo(71).match(/https:\S+registration=\S+/)![0]).searchParams;
    const post = (path: string) =>
      t.request(`/registrations/${own.get('registration')}/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: own.get('token') }) });
    assert.equal(schemas.RegistrationReceipt.parse(await (await post('status')).json()).onlineUrl, link);
    const cancelled = schemas.RegistrationReceipt.parse(await (await post('cancel')).json());
    assert.deepEqual([cancelled.status, cancelled.onlineUrl], ['cancelled', undefined]);
    mails.length = 0;
    await drain();
    assert.match(mailTo(72), /^Er is een plek vrijgekomen|Iemand heeft zich afgemeld/m);
    assert.match(mailTo(72), new RegExp(`^Online meedoen: ${link}$`, 'm'));

    // A new link: each seat is sent it; someone who gave theirs up is not.
    mails.length = 0;
    const moved = 'https://teams.example.nl/zwerm-71-nieuw';
    const patched = await t.request(`/sessions/${session.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': '*', Authorization: `Bearer ${poster}` },
      body: JSON.stringify({ onlineUrl: moved }),
    });
    assert.equal(patched.status, 200, await patched.clone().text());
    await drain();
    assert.deepEqual(mails.map((m) => [m.to, m.subject]), [['deelnemer72@voorbeeld.nl', `Link om online mee te doen: ${session.title}`]]);
    assert.match(mails[0].text, new RegExp(`^${moved}$`, 'm'));
  });

  it('tells whoever holds a seat or a waitlist place when the session moves or goes elsewhere, and moves no start into the past', async () => {
    await drain();
    mails.length = 0;
    const session = await createSession(1, { startsIn: 30 });
    assert.equal((await signUp(session.id, 81)).status, 201);
    assert.equal((await signUp(session.id, 82)).status, 201);
    const poster = await t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
    const patch = (body: object) =>
      t.request(`/sessions/${session.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': '*', Authorization: `Bearer ${poster}` },
        body: JSON.stringify(body),
      });
    await drain();
    mails.length = 0;

    // A typo in the year would end it for everyone: a start in the past is refused, and nobody is told.
    const past = await patch({ startsAt: later(-3), endsAt: later(-3, '11:30'), signUpDeadline: later(-5).slice(0, 10) });
    assert.equal(past.status, 400);
    assert.deepEqual((await past.json()).invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['startsAt', 'range']]);

    // Two days later, afternoon, in another building: both are told how it stands now, and when it was.
    const moved = await patch({ startsAt: later(32, '14:00'), endsAt: later(32, '16:00'), place: 'Raadhuis Welberg' });
    assert.equal(moved.status, 200, await moved.clone().text());
    await drain();
    assert.deepEqual(mails.map((m) => [m.to, m.subject]).sort(), [
      ['deelnemer81@voorbeeld.nl', `Gewijzigd: ${session.title}`],
      ['deelnemer82@voorbeeld.nl', `Gewijzigd: ${session.title}`],
    ]);
    const seat = mails.find((m) => m.to === 'deelnemer81@voorbeeld.nl')!.text;
    assert.match(seat, /^Wanneer: \w+ \d+ \w+ \d{4}, 14\.00–16\.00 uur$/m);
    assert.match(seat, /^Eerst was het: \w+ \d+ \w+ \d{4}, 09\.30–11\.30 uur$/m);
    assert.match(seat, /^Waar: Raadhuis Welberg$/m);
    assert.match(seat, /^Je plaats blijft van jou\.$/m);
    assert.match(mails.find((m) => m.to === 'deelnemer82@voorbeeld.nl')!.text, /^Je plek op de wachtlijst blijft van jou\.$/m);

    // Only the question changed: nobody is mailed.
    mails.length = 0;
    assert.equal((await patch({ question: '<p>Hoe organiseren we de wijkteams, en met wie?</p>' })).status, 200);
    await drain();
    assert.deepEqual(mails, []);
  });
});

describe('rate limits (SESSION_RATE_LIMIT)', () => {
  const limitMails: typeof mails = [];
  let limited: TestApp;
  // One minute of the limit's window for the whole test: no window can end between two requests.
  const clock = new Date();
  before(async () => {
    limited = await createTestApp({
      sessionRateLimit: 3,
      // The client is the address in X-Forwarded-For (in process there is no socket): one per test below.
      trustProxy: 1,
      now: () => clock,
      mailer: { send: async (m) => void limitMails.push(m) },
      sessionsUrl: 'https://netwerk.example.nl/zwermsessies',
    });
  });
  after(() => limited.close());

  const from = (address: string, i: number, sessionId: string) =>
    limited.request(`/sessions/${sessionId}/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': address },
      body: JSON.stringify({ name: `Deelnemer ${i}`, email: `deelnemer${i}@voorbeeld.nl`, consent: true }),
    });
  const withLink = (address: string, path: 'status' | 'cancel', registration: string | null, token: string | null) =>
    limited.request(`/registrations/${registration}/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ token }),
    });
  async function assertLimited(response: Response): Promise<void> {
    assert.equal(response.status, 429);
    assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    const retryAfter = Number(response.headers.get('Retry-After'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
  }

  it('lets a person sign up, look at the link and cancel; a script that fills seats meets 429 with Retry-After', async () => {
    const session = await createSession(20, {}, limited);
    assert.equal((await from('198.51.100.20', 1, session.id)).status, 201);
    while ((await limited.app.deliverMail()).sent > 0) {}
    const link = new URL(limitMails.find((m) => m.to === 'deelnemer1@voorbeeld.nl')!.text.match(/https:\S+registration=\S+/)![0]).searchParams;
    const [registration, token] = [link.get('registration'), link.get('token')];
    // The page of the link asks where it stands, the person cancels, and opens the link once more.
    const person = [await withLink('198.51.100.20', 'status', registration, token), await withLink('198.51.100.20', 'cancel', registration, token), await withLink('198.51.100.20', 'status', registration, token)];
    assert.deepEqual(person.map((r) => r.status), [200, 200, 200], 'a sign-up and three requests with its link, from one address, at a limit of 3');

    const script = [];
    for (let i = 100; i < 105; i++) script.push(await from('198.51.100.21', i, session.id));
    assert.deepEqual(script.map((r) => r.status), [201, 201, 201, 429, 429]);
    await assertLimited(script[3]);
    const rows = await limited.app.database.db.selectFrom('registration').select('name').where('session_id', '=', session.id).where('name', 'like', 'Deelnemer 10_').execute();
    assert.equal(rows.length, 3, 'the script took 3 seats, not 5');
    assert.equal((await from('198.51.100.22', 200, session.id)).status, 201, 'another address signs up as before');
  });

  it('stops a guesser of cancel secrets: status and cancel count together, apart from sign-ups', async () => {
    const session = await createSession(5, {}, limited);
    const guesses = [];
    for (const path of ['status', 'cancel', 'status', 'cancel', 'status'] as const) guesses.push(await withLink('198.51.100.30', path, 'reg-0000000000', `geraden-${guesses.length}`));
    assert.deepEqual(guesses.map((r) => r.status), [404, 404, 404, 429, 429]);
    await assertLimited(guesses[3]);
    await assertLimited(guesses[4]);
    assert.equal((await from('198.51.100.30', 300, session.id)).status, 201, 'signing up is a budget of its own');
  });
});

describe('GET /sessions/{id}.ics', () => {
  it('imports as one event at the right local time in Europe/Amsterdam', async () => {
    const session = await createSession(8);
    const response = await t.request(`/sessions/${session.id}.ics`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/calendar/);
    const text = await response.text();
    assert.ok(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75), 'lines folded at 75 octets');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    assert.ok(zone);
    ICAL.TimezoneService.register(zone);
    const vevent = calendar.getFirstSubcomponent('vevent');
    assert.ok(vevent);
    const event = new ICAL.Event(vevent);
    assert.equal(event.summary, session.title);
    assert.equal(event.startDate.zone?.tzid, 'Europe/Amsterdam');
    assert.equal(event.startDate.toString().slice(11, 16), '09:30', 'the wall-clock time of the session');
    assert.equal(event.startDate.toJSDate().getTime(), Date.parse(session.startsAt), 'the same instant');
    assert.equal(event.endDate.toJSDate().getTime(), Date.parse(session.endsAt));
    assert.equal(event.location, 'Gemeentehuis, Kaaiweg 2');
    assert.ok(!/script/.test(event.description), 'the question as plain text');
    assert.equal(event.sequence, 0, 'the first version');
    // Revalidated: the same event is a 304, made at another moment (DTSTAMP) or not.
    const etag = response.headers.get('ETag') ?? '';
    assert.match(etag, /^W\/"/);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const again = await t.request(`/sessions/${session.id}.ics`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('ETag'), etag);

    // A change (here: called off) is a newer version of the same event for a calendar that holds it.
    const token = await t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
    const cancelled = await t.request(`/sessions/${session.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': '"v1"', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ status: 'cancelled' }),
    });
    assert.equal(cancelled.status, 200, await cancelled.clone().text());
    const newer = await t.request(`/sessions/${session.id}.ics`, { headers: { 'If-None-Match': etag } });
    assert.equal(newer.status, 200, 'a change is not the version the calendar holds');
    assert.notEqual(newer.headers.get('ETag'), etag);
    const changed = new ICAL.Event(new ICAL.Component(ICAL.parse(await newer.text())).getFirstSubcomponent('vevent')!);
    assert.equal(changed.uid, event.uid);
    assert.equal(changed.sequence, 1);
    assert.equal(changed.component.getFirstPropertyValue('status'), 'CANCELLED');
  });

  it('puts a session in the hour the clock goes back at its own instant, the first of the two 02:30s and the second', async () => {
    // The last Sunday of October after today: 02:00–03:00 happens twice, first in summer time.
    const year = new Date().getUTCFullYear() + 1;
    const sunday = new Date(Date.UTC(year, 9, 31));
    sunday.setUTCDate(31 - sunday.getUTCDay());
    const day = sunday.toISOString().slice(0, 10);
    for (const [startsAt, endsAt] of [
      [`${day}T02:30:00+02:00`, `${day}T02:45:00+02:00`],
      [`${day}T02:30:00+01:00`, `${day}T02:45:00+01:00`],
    ]) {
      const session = await createSession(8, { startsAt, endsAt });
      const text = await (await t.request(`/sessions/${session.id}.ics`)).text();
      const calendar = new ICAL.Component(ICAL.parse(text));
      ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      assert.equal(event.startDate.toJSDate().getTime(), Date.parse(startsAt), `${startsAt} starts at its own instant`);
      assert.equal(event.endDate.toJSDate().getTime(), Date.parse(endsAt), `${endsAt} ends at its own instant`);
    }
  });

  it("says the language of the session's own words (RFC 5545 §3.2.10), and writes its own in it where it can", async () => {
    // Long, with a two-octet "é" across the 75th octet once `;LANGUAGE=en` lengthens the line.
    const title = 'Welcoming newcomers: how the neighbourhood teams use één intake in Steenbergen and Roosendaal';
    const session = await createSession(8, { title, language: 'en' });
    const text = await (await t.request(`/sessions/${session.id}.ics`)).text();
    assert.ok(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75), 'lines folded at 75 octets');
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    assert.ok(vevent);
    const property = (name: string) => {
      const found = vevent.getFirstProperty(name);
      assert.ok(found, name);
      return { value: found.getFirstValue(), language: found.getParameter('language') };
    };
    assert.deepEqual(property('summary'), { value: title, language: 'en' });
    assert.deepEqual(property('location'), { value: 'Gemeentehuis, Kaaiweg 2', language: 'en' }, 'the place, as the cards mark it');
    // The question, then the file's own "Organisation: …", in the session's language too.
    assert.equal(property('description').language, 'en');
    assert.match(String(property('description').value), /\n\nOrganisation: Gemeente Steenbergen$/);

    // A language the file has no words in: its "Organisatie:" is Dutch, so the value says none.
    const german = await createSession(8, { title: 'Neue Kolleginnen willkommen heißen', language: 'de' });
    const inGerman = new ICAL.Component(ICAL.parse(await (await t.request(`/sessions/${german.id}.ics`)).text())).getFirstSubcomponent('vevent');
    assert.equal(inGerman?.getFirstProperty('summary')?.getParameter('language'), 'de');
    assert.equal(inGerman?.getFirstProperty('description')?.getParameter('language'), undefined);
    assert.match(String(inGerman?.getFirstPropertyValue('description')), /Organisatie: Gemeente Steenbergen$/);

    const dutch = await createSession(8);
    const calendar = new ICAL.Component(ICAL.parse(await (await t.request(`/sessions/${dutch.id}.ics`)).text())).getFirstSubcomponent('vevent');
    assert.deepEqual(['summary', 'description', 'location'].map((name) => calendar?.getFirstProperty(name)?.getParameter('language')), ['nl', 'nl', 'nl']);
  });
});

describe('GET /sessions/{id}.ics, text as a calendar shows it', () => {
  const vevent = async (id: string) => {
    const text = await (await t.request(`/sessions/${id}.ics`)).text();
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    assert.ok(event);
    return { text, event };
  };

  it('shows the question without character references: &nbsp;, numeric ones, and an escaped one once', async () => {
    const session = await createSession(8);
    // As the sanitiser stores it (a no-break space as &nbsp;), and as an older row or the seed may hold it.
    await t.app.database.db
      .updateTable('session')
      .set({ question: '<p>Wie&nbsp;denkt mee over &#8364;&#160;5 per inwoner &amp; de &#x27;wijkteams&#x27;?</p><p>Schrijf &amp;lt;p&amp;gt; niet uit. &#0;&#x1F3D8;&copy;</p>' })
      .where('id', '=', session.id)
      .execute();
    const { event } = await vevent(session.id);
    assert.equal(
      String(event.getFirstPropertyValue('description')),
      "Wie\u00a0denkt mee over €\u00a05 per inwoner & de 'wijkteams'?\nSchrijf &lt;p&gt; niet uit. \ufffd🏘&copy;\n\nOrganisatie: Gemeente Steenbergen",
    );
  });

  it('writes a carriage return in the question as a line break, never raw: no content line ends inside a value', async () => {
    const session = await createSession(8);
    await t.app.database.db.updateTable('session').set({ question: '<p>Eerste regel\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Nep</p>' }).where('id', '=', session.id).execute();
    const { text, event } = await vevent(session.id);
    assert.ok(!/\r(?!\n)/.test(text), 'no CR but before its LF');
    assert.equal(text.split(/\r\n|\r|\n/).filter((line) => line === 'BEGIN:VEVENT').length, 1, 'one event, however the lines are split');
    assert.match(String(event.getFirstPropertyValue('description')), /^Eerste regel\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Nep\n\nOrganisatie:/);
  });

  it("quotes the organiser's name, so a colon, semicolon or comma in it does not break the line (RFC 5545 §3.2)", async () => {
    await t.app.database.db.insertInto('organisation').values({ id: 'stichting-punt', name: 'Stichting "Wijk: Oost; West, Zuid"', logo_url: null }).execute();
    const token = await t.token({ sub: 'poster-punt', org: 'stichting-punt', roles: ['poster'] });
    const created = await t.request('/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Zwermsessie in de wijk', startsAt: later(20), endsAt: later(20, '11:30'), place: 'Buurthuis', capacity: 8, signUpDeadline: later(18).slice(0, 10) }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { text, event } = await vevent((await created.json()).id);
    assert.match(text.replace(/\r\n /g, ''), /\r\nORGANIZER;CN="Stichting 'Wijk: Oost; West, Zuid'":mailto:noreply@localhost\r\n/);
    const organizer = event.getFirstProperty('organizer');
    assert.equal(organizer?.getParameter('cn'), "Stichting 'Wijk: Oost; West, Zuid'");
    assert.equal(organizer?.getFirstValue(), 'mailto:noreply@localhost');
  });
});

describe('a session presents an assignment of its own organisation', () => {
  const post = async (org: string, assignmentId: string | null, lang = 'nl') => {
    const token = await t.token({ sub: `poster-${org}`, org, roles: ['poster'] });
    return t.request('/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang, 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: 'Zwermsessie over een opdracht',
        startsAt: later(20),
        endsAt: later(20, '11:30'),
        place: 'Gemeentehuis',
        capacity: 8,
        signUpDeadline: later(18).slice(0, 10),
        fields: [{ value: 'sociaal-domein' }],
        assignmentId,
      }),
    });
  };
  const reasons = async (response: Response) => ((await response.json()) as { invalidParams: { name: string; code: string; reason: string }[] }).invalidParams;

  it("refuses another organisation's assignment, and one that does not exist, naming the field", async () => {
    // a-2026-0131 is Gemeente Eindhoven's: its cards would show Steenbergen's session.
    const foreign = await post('gem-steenbergen', 'a-2026-0131');
    assert.equal(foreign.status, 400);
    assert.deepEqual(await reasons(foreign), [{ name: 'assignmentId', code: 'unknown', reason: 'Kies een opdracht van je eigen organisatie' }]);
    const missing = await post('gem-steenbergen', 'a-bestaat-niet', 'en');
    assert.equal(missing.status, 400);
    assert.deepEqual(await reasons(missing), [{ name: 'assignmentId', code: 'unknown', reason: 'Choose an assignment of your own organisation' }]);
  });

  it("names another organisation's assignment together with the other problems, not after them", async () => {
    const token = await t.token({ sub: 'poster-gem-steenbergen', org: 'gem-steenbergen', roles: ['poster'] });
    const response = await t.request('/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Kort', startsAt: later(20), endsAt: later(20, '11:30'), place: 'Gemeentehuis', capacity: 0, signUpDeadline: later(18).slice(0, 10), assignmentId: 'a-2026-0131' }),
    });
    assert.equal(response.status, 400);
    assert.deepEqual((await reasons(response)).map((p) => [p.name, p.code]), [['title', 'tooShort'], ['capacity', 'range'], ['assignmentId', 'unknown']]);
  });

  it("holds for the seed: the demo shows no session on another organisation's card", () => {
    const linked = seedSessions.filter((x) => x.assignmentId);
    assert.ok(linked.length > 0, 'the seed has a session that presents an assignment');
    for (const x of linked) {
      assert.equal(seedAssignments.find((a) => a.id === x.assignmentId)?.organisation.id, x.organisation.id, `${x.id} presents ${x.assignmentId}`);
    }
  });

  it('holds for the seed: its sign-ups came in before the day it is seeded and before sign-up closed, in their order', () => {
    for (const today of ['2026-11-22', '2026-12-03', '2027-03-28', '2027-10-31']) {
      const { sessions, registrations } = sessionsOf(seedFor(today).sessions);
      assert.ok(registrations.length > 10, 'the seed has sign-ups');
      for (const session of sessions) {
        const times = registrations.filter((r) => r.sessionId === session.id).map((r) => r.receivedAt);
        for (const at of times) {
          assert.ok(Date.parse(at) < Date.parse(`${today}T00:00:00+01:00`) - 3_600_000, `${session.id} on ${today}: ${at}`);
          assert.ok(at.slice(0, 10) < session.signUpDeadline, `${session.id} closed ${session.signUpDeadline}: ${at}`);
        }
        assert.deepEqual(times, [...times].sort(), `${session.id}: in order`);
      }
    }
  });

  it('accepts its own assignment, or none', async () => {
    const own = await post('gem-steenbergen', 'a-2026-0105');
    assert.equal(own.status, 201, await own.clone().text());
    assert.equal(((await own.json()) as schemas.Session).assignmentId, 'a-2026-0105');
    assert.equal((await post('gem-steenbergen', null)).status, 201);
  });

  it("refuses a change to another organisation's assignment, and keeps the session as it was", async () => {
    const session = await createSession(6, { assignmentId: 'a-2026-0106' });
    const token = await t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
    const read = await t.request(`/sessions/${session.id}`, { headers: { Authorization: `Bearer ${token}` } });
    const patch = (body: object) =>
      t.request(`/sessions/${session.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': read.headers.get('ETag')!, Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    const refused = await patch({ assignmentId: 'a-2026-0131' });
    assert.equal(refused.status, 400);
    assert.equal((await reasons(refused))[0].name, 'assignmentId');
    const after = await t.request(`/sessions/${session.id}`);
    assert.equal(((await after.json()) as schemas.Session).assignmentId, 'a-2026-0106');
    // Other changes are not held up by the link the session already has.
    const renamed = await patch({ title: 'Zwermsessie, nieuwe titel' });
    assert.equal(renamed.status, 200, await renamed.clone().text());
  });
});

describe('the codes of a session', () => {
  const poster = () => t.token({ sub: 'poster-s', org: 'gem-steenbergen', roles: ['poster'] });
  const problemOf = async (response: Response) => (await response.json()) as { invalidParams: { name: string; code: string; reason: string }[] };

  it('refuses a field or region that is in no code list, on a create and on a change, as an assignment does', async () => {
    const created = await t.request('/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${await poster()}` },
      body: JSON.stringify({
        title: 'Zwermsessie met een verzonnen werkveld',
        startsAt: later(20),
        endsAt: later(20, '11:30'),
        place: 'Gemeentehuis',
        capacity: 8,
        signUpDeadline: later(18).slice(0, 10),
        fields: [{ value: 'sociaal-domein' }, { value: 'nope' }],
        region: { value: 'nope' },
      }),
    });
    assert.equal(created.status, 400);
    assert.deepEqual((await problemOf(created)).invalidParams.map((p) => [p.name, p.code]), [['fields.1', 'unknown'], ['region', 'unknown']]);

    const session = await createSession(8);
    const read = await t.request(`/sessions/${session.id}`, { headers: { Authorization: `Bearer ${await poster()}` } });
    const changed = await t.request(`/sessions/${session.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': read.headers.get('ETag')!, Authorization: `Bearer ${await poster()}` },
      body: JSON.stringify({ region: { value: 'nope' } }),
    });
    assert.equal(changed.status, 400);
    assert.deepEqual((await problemOf(changed)).invalidParams.map((p) => [p.name, p.code]), [['region', 'unknown']]);
    const facets = (await (await t.request('/sessions?pageSize=100')).json()) as schemas.SessionPage;
    assert.ok(!facets.facets?.region?.some((r) => r.value === 'nope'), 'nothing made up reaches the public facets');
  });
});

describe('GET /sessions?assignment= (extension)', () => {
  const list = async (query: string) => {
    const response = await t.request(`/sessions?${query}`);
    assert.equal(response.status, 200, await response.clone().text());
    return schemas.SessionPage.parse(await response.json());
  };

  it('answers the sessions of a page of assignments in one request, in the order they take place', async () => {
    const last = await createSession(5, { assignmentId: 'a-2026-0101', startsIn: 40 });
    const sooner = await createSession(5, { assignmentId: 'a-2026-0101', startsIn: 30 });
    const other = await createSession(5, { assignmentId: 'a-2026-0102', startsIn: 35 });
    await createSession(5, { assignmentId: 'a-2026-0103', startsIn: 25 });
    await createSession(5, { startsIn: 25 });

    const page = await list('assignment=a-2026-0101&assignment=a-2026-0102&pageSize=100');
    assert.deepEqual(
      page.items.map((s) => s.id),
      [sooner.id, other.id, last.id],
    );
    assert.equal(page.total, 3);
    assert.deepEqual(new Set(page.items.map((s) => s.assignmentId)), new Set(['a-2026-0101', 'a-2026-0102']));
    // The facets count within the filter too.
    assert.equal(page.facets?.organisation?.find((f) => f.value === 'gem-steenbergen')?.count, 3);
  });

  it('finds nothing for an assignment without sessions, and filters nothing without the parameter', async () => {
    assert.equal((await list('assignment=a-zonder-sessie')).total, 0);
    const all = await list('pageSize=100');
    assert.ok(all.items.some((s) => !s.assignmentId), 'sessions without an assignment are listed as before');
  });

  it('keeps to the other filters and to upcoming sessions', async () => {
    await createSession(5, { assignmentId: 'a-2026-0104', startsIn: 30 });
    assert.equal((await list('assignment=a-2026-0104&organisation=gem-breda')).total, 0);
    assert.equal((await list(`assignment=a-2026-0104&from=${later(60).slice(0, 10)}`)).total, 0);
    assert.equal((await list('assignment=a-2026-0104')).total, 1);
  });

  it('refuses more ids than a page holds, with a problem naming the parameter', async () => {
    const query = Array.from({ length: 101 }, (_, i) => `assignment=a-${i}`).join('&');
    const response = await t.request(`/sessions?${query}`);
    assert.equal(response.status, 400);
    const body = await response.json();
    assert.ok(JSON.stringify(body).includes('assignment'), JSON.stringify(body));
  });
});
