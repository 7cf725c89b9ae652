/**
 * The organisation's side of applications: who may read them (every 401/403 path), the
 * status with If-Match, CSV for Dutch Excel, the CV with its own name, the audit log, and the
 * mail outbox with a real SMTP server that is down first and up later.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { exportFileName } from '../../backend/routes/inbox.js';
import * as schemas from '../../src/api/schemas.js';
import { createTestApp, json, openTestDatabase, type TestApp } from './helpers.js';

const PDF = '%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n';
const ASSIGNMENT = 'a-2026-0101'; // gem-steenbergen, public; asks for KvK, CV and the conditions
const OTHER_ORG_ASSIGNMENT = 'a-2026-0107'; // gem-bergen-op-zoom
const INTERNAL_ASSIGNMENT = 'a-2026-0103'; // gem-steenbergen, internal; asks for the manager's consent

let t: TestApp;
let clock = Date.now();
/** Mail that reached the SMTP server, once it is up. */
const received: { to: string; data: string }[] = [];
let smtpUp = false;
// A local catcher as `npm start` runs one: plain SMTP, no TLS certificate to trust. While "down"
// it answers every connection with 421 (service not available), as a mail server going down
// does; it keeps its port throughout, so no other test file's socket can take that port between
// a probe and the moment the server comes up.
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onConnect(_session, callback) {
    if (smtpUp) return callback();
    callback(Object.assign(new Error('Mail service not available'), { responseCode: 421 }));
  },
  onData(stream, session, done) {
    let data = '';
    stream.on('data', (chunk) => {
      data += chunk;
    });
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), data });
      done();
    });
  },
});
before(async () => {
  const smtpPort = await new Promise<number>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as { port: number }).port)));
  t = await createTestApp({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, inboxUrl: 'https://intranet.example.nl/inbox', now: () => new Date(clock) });
});
after(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function apply(id = ASSIGNMENT, overrides: Record<string, string> = {}, cvName = 'Cv José Ünal.pdf', token?: string): Promise<string> {
  const form = new FormData();
  const fields = {
    name: 'Anne-Marie Backx',
    email: 'a.backx@example.nl',
    kvkNumber: '12345678',
    motivation: 'Ik heb ruime ervaring met de vervanging van zaaksystemen in gemeenten van deze omvang.',
    rate: '85.50',
    consent: 'true',
    acceptConditions: 'true',
    ...overrides,
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('cv', new Blob([PDF]), cvName);
  const headers: Record<string, string> = { 'Idempotency-Key': randomUUID(), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  const response = await t.request(`/assignments/${id}/applications`, { method: 'POST', body: form, headers });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).id;
}

const poster = (org = 'gem-steenbergen') => t.token({ sub: `poster-${org}`, org, roles: ['poster'] });
const as = async (token: string | Promise<string>, init: RequestInit = {}) => ({ ...init, headers: { ...(init.headers as object), Authorization: `Bearer ${await token}` } });

describe('who may read applications', () => {
  it('GET /me: 401 anonymous; says what a poster, an employee and a professional may do', async () => {
    assert.equal((await t.request('/me')).status, 401);
    const me = schemas.Me.parse(await json(await t.request('/me', await as(poster()))));
    assert.deepEqual(me.can, { postAssignments: true, readApplications: true, editProfile: true });
    assert.equal(me.organisation?.name, 'Gemeente Steenbergen');
    assert.equal(typeof me.newApplications, 'number');
    const employee = schemas.Me.parse(await json(await t.request('/me', await as(t.token({ sub: 'e-1', org: 'gem-steenbergen' })))));
    assert.equal(employee.can.readApplications, false);
    assert.equal(employee.newApplications, undefined);
    const professional = schemas.Me.parse(await json(await t.request('/me', await as(t.token({ sub: 'p-1', profile: 'p-0007' })))));
    assert.deepEqual([professional.organisation, professional.profileId], [null, 'p-0007']);
  });

  it('GET /me: a poster of an organisation this marketplace does not know may post nothing, as POST /assignments says', async () => {
    const unknown = poster('gem-nergenshuizen');
    const me = schemas.Me.parse(await json(await t.request('/me', await as(unknown))));
    assert.equal(me.organisation, null);
    assert.deepEqual(me.can, { postAssignments: false, readApplications: false, editProfile: true });
    assert.equal(me.newApplications, undefined);
    const draft = {
      title: 'Projectleider van een onbekende gemeente',
      description: '<p>Tekst.</p>',
      field: { value: 'sociaal-domein' },
      skills: [],
      location: { place: 'Roosendaal', region: { value: 'west-brabant' }, mode: 'hybrid' },
      hoursPerWeek: { min: 16, max: 24 },
      closingDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      types: ['inhuur'],
    };
    const posted = await t.request(
      '/assignments',
      await as(unknown, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-unknown-org' }, body: JSON.stringify(draft) }),
    );
    assert.equal(posted.status, 403, await posted.clone().text());
  });

  it('refuses every route to anyone but a poster of the organisation: 401 without or with a bad token, 403 otherwise', async () => {
    const id = await apply();
    const routes = [`/assignments/${ASSIGNMENT}/applications`, `/applications/${id}`, `/applications/${id}/cv`, '/me/assignments'];
    const employee = t.token({ sub: 'e-2', org: 'gem-steenbergen' });
    const otherPoster = poster('gem-bergen-op-zoom');
    for (const route of routes) {
      assert.equal((await t.request(route)).status, 401, `${route} anonymous`);
      assert.equal((await t.request(route, { headers: { Authorization: 'Bearer not-a-token' } })).status, 401, `${route} bad token`);
      assert.equal((await t.request(route, await as(employee))).status, 403, `${route} employee without the poster role`);
      if (route !== '/me/assignments') assert.equal((await t.request(route, await as(otherPoster))).status, 403, `${route} another organisation's poster`);
    }
    const csv = await t.request(`/assignments/${ASSIGNMENT}/applications`, await as(otherPoster, { headers: { Accept: 'text/csv' } }));
    assert.equal(csv.status, 403, 'the CSV too');
    const patch = await t.request(`/applications/${id}`, await as(otherPoster, { method: 'PATCH', headers: { 'If-Match': '"v1"', 'Content-Type': 'application/merge-patch+json' }, body: '{"status":"afgewezen"}' }));
    assert.equal(patch.status, 403, 'and the status');
  });

  it('an expired or forged token is a 401', async () => {
    const expired = await t.app.mintToken!({ sub: 'x', org: 'gem-steenbergen', roles: ['poster'] }, -120);
    assert.equal((await t.request('/me/assignments', { headers: { Authorization: `Bearer ${expired}` } })).status, 401);
    const token = await poster();
    const forged = `${token.slice(0, -4)}AAAA`;
    assert.equal((await t.request('/me/assignments', { headers: { Authorization: `Bearer ${forged}` } })).status, 401);
  });

  it("counts never leak another organisation's applications", async () => {
    await apply(OTHER_ORG_ASSIGNMENT, { kvkNumber: '', acceptConditions: '' });
    const inbox = schemas.InboxPage.parse(await json(await t.request('/me/assignments?pageSize=100', await as(poster()))));
    assert.ok(inbox.items.length > 0);
    assert.ok(inbox.items.every((item) => item.assignment.organisation.id === 'gem-steenbergen'), 'only the own organisation');
    assert.ok(inbox.items.some((item) => item.assignment.visibility === 'internal'), 'internal assignments too');
    const own = inbox.items.find((item) => item.assignment.id === ASSIGNMENT);
    assert.ok(own && own.applications.total >= 1 && own.applications.new >= 1);
  });
});

describe('reading and changing an application', () => {
  it('finds applications by a part of the name or e-mail address (extension q), with the status filter, in JSON and CSV', async () => {
    await apply(ASSIGNMENT, { name: 'Jorien van Zoeken-Ergens', email: 'J.ZOEKEN@voorbeeld.nl' });
    await apply(ASSIGNMENT, { name: 'Karel Anders', email: 'karel@zoekenbv.nl' });
    await apply(ASSIGNMENT, { name: '100%_zeker', email: 'procent@voorbeeld.nl' });
    const list = async (query: string) =>
      schemas.ApplicationPage.parse(await json(await t.request(`/assignments/${ASSIGNMENT}/applications?${query}&pageSize=100`, await as(poster())))).items.map((a) => a.name);
    assert.deepEqual((await list('q=zoeken')).sort(), ['Jorien van Zoeken-Ergens', 'Karel Anders'], 'in the name or the address, any case');
    assert.deepEqual(await list('q=J.Zoeken%40'), ['Jorien van Zoeken-Ergens']);
    assert.deepEqual(await list('q=%25_'), ['100%_zeker'], '% and _ are letters, not patterns');
    assert.deepEqual(await list('q=zoeken&status=uitgenodigd'), [], 'and the status');
    const csv = await (await t.request(`/assignments/${ASSIGNMENT}/applications?q=zoekenbv`, await as(poster(), { headers: { Accept: 'text/csv' } }))).text();
    assert.deepEqual(csv.split('\r\n').filter(Boolean).length, 2, `the header and Karel: ${csv}`);
    const tooLong = await t.request(`/assignments/${ASSIGNMENT}/applications?q=${'x'.repeat(201)}`, await as(poster()));
    assert.equal(tooLong.status, 400);
  });

  it('lists, opens and changes the status with If-Match: 428 without, 412 with the current version when outdated', async () => {
    const id = await apply();
    const list = schemas.ApplicationPage.parse(await json(await t.request(`/assignments/${ASSIGNMENT}/applications?status=received`, await as(poster()))));
    assert.ok(list.items.some((a) => a.id === id));
    const one = await t.request(`/applications/${id}`, await as(poster()));
    assert.equal(one.headers.get('Cache-Control'), 'private, no-store');
    const etag = one.headers.get('ETag');
    assert.ok(etag);
    const application = schemas.Application.parse(await one.json());
    assert.deepEqual([application.status, application.cv?.name, application.rate], ['received', 'Cv José Ünal.pdf', 85.5]);

    const change = (status: string, headers: Record<string, string>) =>
      t.request(`/applications/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/merge-patch+json', ...headers }, body: JSON.stringify({ status }) });
    const auth = (await as(poster())).headers as Record<string, string>;
    assert.equal((await change('uitgenodigd', auth)).status, 428);
    const done = await change('uitgenodigd', { ...auth, 'If-Match': etag });
    assert.equal(done.status, 200);
    assert.equal(schemas.Application.parse(await done.json()).status, 'uitgenodigd');
    assert.notEqual(done.headers.get('ETag'), etag);
    const stale = await change('afgewezen', { ...auth, 'If-Match': etag });
    assert.equal(stale.status, 412);
    const problem = await stale.json();
    assert.equal(problem.current.status, 'uitgenodigd', 'the newer version comes along');
    assert.equal((await change('verloren', { ...auth, 'If-Match': done.headers.get('ETag')! })).status, 400);
  });

  it('changes the status with If-Match: * whatever the version (RFC 9110 §13.1.1)', async () => {
    const id = await apply();
    const auth = (await as(poster())).headers as Record<string, string>;
    const changed = await t.request(`/applications/${id}`, { method: 'PATCH', headers: { ...auth, 'Content-Type': 'application/merge-patch+json', 'If-Match': '*' }, body: JSON.stringify({ status: 'in-behandeling' }) });
    assert.equal(changed.status, 200, await changed.clone().text());
    assert.equal(schemas.Application.parse(await changed.json()).status, 'in-behandeling');
  });

  it('checks a status change as the other JSON writes: required, named problems in the asked language, 415 for another type, 413 over 256 kB', async () => {
    const id = await apply();
    const auth = (await as(poster())).headers as Record<string, string>;
    const send = (body: string, headers: Record<string, string> = {}) =>
      t.request(`/applications/${id}`, { method: 'PATCH', headers: { ...auth, 'Content-Type': 'application/merge-patch+json', 'If-Match': '*', ...headers }, body });
    const problemOf = async (response: Response) => {
      assert.equal(response.status, 400);
      return ((await response.json()) as schemas.Problem).invalidParams;
    };
    assert.deepEqual(await problemOf(await send('{}')), [{ name: 'status', code: 'required', reason: 'Kies de status' }]);
    assert.deepEqual(await problemOf(await send(JSON.stringify({ status: 'verloren', notify: 'ja' }), { 'Accept-Language': 'en' })), [
      { name: 'status', code: 'format', reason: 'Choose the status from received, in-behandeling, uitgenodigd, afgewezen, ingetrokken' },
      { name: 'notify', code: 'type', reason: 'Send notify as true or false' },
    ]);
    const unknownMember = await send(JSON.stringify({ status: 'in-behandeling', note: 'ignored, as in the other writes' }));
    assert.equal(unknownMember.status, 200, await unknownMember.clone().text());
    assert.equal((await send('status=afgewezen', { 'Content-Type': 'application/x-www-form-urlencoded' })).status, 415);
    assert.equal((await send(JSON.stringify({ status: 'afgewezen', padding: 'x'.repeat(300 * 1024) }))).status, 413);
    assert.equal((await send('{"status":')).status, 400);
    const after = schemas.Application.parse(await json(await t.request(`/applications/${id}`, await as(poster()))));
    assert.equal(after.status, 'in-behandeling', 'none of the refused ones changed it');
  });

  it('tells the applicant of an invitation or a decline by mail when the poster asks (notify), once, and of nothing else', async () => {
    const id = await apply();
    const auth = (await as(poster())).headers as Record<string, string>;
    let etag = (await t.request(`/applications/${id}`, await as(poster()))).headers.get('ETag')!;
    const change = async (body: object, ifMatch = etag) => {
      const response = await t.request(`/applications/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/merge-patch+json', ...auth, 'If-Match': ifMatch }, body: JSON.stringify(body) });
      if (response.ok) etag = response.headers.get('ETag')!;
      return response.status;
    };
    const told = async () => t.app.database.db.selectFrom('outbox').select(['to_address', 'subject', 'body']).where('reference', '=', id).where('subject', 'like', 'Je reactie op%').where('subject', 'not like', '% is ontvangen').execute();
    assert.equal(await change({ status: 'in-behandeling', notify: true }), 200);
    assert.deepEqual(await told(), [], 'under review: nothing to tell');
    const stale = etag;
    assert.equal(await change({ status: 'uitgenodigd', notify: true }), 200);
    const [invited, ...more] = await told();
    assert.equal(more.length, 0);
    assert.equal(invited.subject, 'Je reactie op Projectleider informatievoorziening');
    assert.match(invited.body, /wil graag met je verder praten over "Projectleider informatievoorziening" en neemt contact met je op/);
    assert.match(invited.body, new RegExp(`Je ontvangstnummer: ${id}\\.`));
    assert.equal(await change({ status: 'afgewezen', notify: true }, stale), 412);
    assert.equal(await change({ status: 'afgewezen' }), 200);
    assert.equal((await told()).length, 1, 'a refused change and one without notify tell nothing');
    assert.equal(await change({ status: 'afgewezen', notify: 'ja' }), 400);
  });

  it('names an export by what it holds, the title in ASCII and the id', () => {
    assert.equal(exportFileName('reacties', 'Beleidsadviseur Zoë & Ünal: "sociaal/fysiek"?', 'a-2026-0101', 'csv'), 'reacties-beleidsadviseur-zoe-unal-sociaal-fysiek-a-2026-0101.csv');
    assert.equal(exportFileName('aanmeldingen', '数据 <script>', 's-2026-x', 'csv'), 'aanmeldingen-script-s-2026-x.csv');
    assert.equal(exportFileName('reacties', '', 'a-1', 'csv'), 'reacties-a-1.csv');
    const long = exportFileName('reacties', 'Projectleider '.repeat(20), 'a-1', 'csv');
    assert.ok(long.length <= 'reacties-'.length + 50 + '-a-1.csv'.length, long);
    assert.match(long, /^reacties-projectleider-projectleider-[a-z-]*[a-z]-a-1\.csv$/);
  });

  it('exports CSV that Dutch Excel opens: BOM, semicolons, decimal commas, CRLF, and formulas defused', async () => {
    await apply(ASSIGNMENT, { name: '=HYPERLINK("http://evil")', rate: '92.25' });
    const response = await t.request(`/assignments/${ASSIGNMENT}/applications`, await as(poster(), { headers: { Accept: 'text/csv' } }));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/csv; charset=utf-8/);
    assert.match(response.headers.get('Content-Disposition') ?? '', /^attachment; filename="reacties-projectleider-informatievoorziening-a-2026-0101\.csv"/);
    assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    assert.equal(lines[0], 'Ontvangstnummer;Ontvangen;Status;Naam;E-mailadres;Telefoon;KvK-nummer;Akkoord inkoopvoorwaarden;Toestemming leidinggevende;Beschikbaar vanaf;Uren per week;Uurtarief (EUR);Profiel;Cv;Motivatie');
    const row = lines.find((line) => line.includes('HYPERLINK'));
    assert.ok(row?.includes(`"'=HYPERLINK(""http://evil"")"`), `the formula is text: ${row}`);
    assert.ok(row?.includes(';92,25;'), 'decimal comma');
    assert.ok(row?.includes(';Ontvangen;'), 'the status in words');
  });

  it('keeps the leading zero of a KvK or phone number in the CSV (Excel would read 01234567 as 1234567), and a +31 without an apostrophe', async () => {
    await apply(ASSIGNMENT, { name: 'Nul Voorop', kvkNumber: '01234567', phone: '0612345678' });
    await apply(ASSIGNMENT, { name: 'Plus Voorop', kvkNumber: '12345678', phone: '+31 6 1234 5678' });
    const response = await t.request(`/assignments/${ASSIGNMENT}/applications`, await as(poster(), { headers: { Accept: 'text/csv' } }));
    const lines = (await response.text()).split('\r\n');
    const row = lines.find((line) => line.includes('Nul Voorop'));
    assert.ok(row?.includes(';="0612345678";="01234567";'), `digits kept as text: ${row}`);
    const plus = lines.find((line) => line.includes('Plus Voorop'));
    assert.ok(plus?.includes(';="+31 6 1234 5678";12345678;'), `the international number as text, not '+31…: ${plus}`);
    // Received: a date and time Dutch Excel reads as one (no comma after the date), in Dutch time.
    assert.match(plus!, /^[^;]+;\d{2}-\d{2}-\d{4} \d{2}:\d{2};/);
  });

  it("says whether the applicant accepted the conditions and had their manager's consent (extension), in JSON and the CSV", async () => {
    const hired = await apply();
    const employee = await t.token({ sub: 'employee-8', org: 'gem-steenbergen' });
    const internal = await apply(INTERNAL_ASSIGNMENT, { name: 'Kees Intern', kvkNumber: '', acceptConditions: '', managerConsent: 'true' }, 'cv.pdf', employee);
    const flags = (a: schemas.Application) => [a.acceptConditions, a.managerConsent];
    const one = async (id: string) => schemas.Application.parse(await json(await t.request(`/applications/${id}`, await as(poster()))));
    assert.deepEqual(flags(await one(hired)), [true, false], 'the conditions accepted, no consent asked');
    assert.deepEqual(flags(await one(internal)), [false, true], 'the manager consented, no conditions asked');
    const list = schemas.ApplicationPage.parse(await json(await t.request(`/assignments/${INTERNAL_ASSIGNMENT}/applications`, await as(poster()))));
    assert.deepEqual(flags(list.items.find((a) => a.id === internal)!), [false, true], 'in the list too');

    const csv = async (id: string, lang: string) => {
      const response = await t.request(`/assignments/${id}/applications`, await as(poster(), { headers: { Accept: 'text/csv', 'Accept-Language': lang } }));
      return (await response.text()).split('\r\n');
    };
    const [header, ...rows] = await csv(ASSIGNMENT, 'nl');
    assert.deepEqual(header.split(';').slice(6, 9), ['KvK-nummer', 'Akkoord inkoopvoorwaarden', 'Toestemming leidinggevende']);
    assert.ok(rows.find((row) => row.startsWith(`${hired};`))?.includes(';12345678;ja;;'), 'ja after the KvK number; empty where nothing was asked (not "nee": that reads as a refusal)');
    const [headerEn, ...rowsEn] = await csv(INTERNAL_ASSIGNMENT, 'en');
    assert.deepEqual(headerEn.split(';').slice(6, 9), ['KvK number', 'Accepted procurement conditions', 'Manager consent']);
    assert.ok(rowsEn.find((row) => row.startsWith(`${internal};`))?.includes(';;;yes;'), 'yes in English, the conditions not asked left empty');
  });

  it('downloads the CV with its own name (RFC 6266 for a name beyond ASCII), nosniff, never cached', async () => {
    const id = await apply();
    const response = await t.request(`/applications/${id}/cv`, await as(poster()));
    assert.equal(response.status, 200);
    assert.equal(await response.text(), PDF);
    assert.equal(response.headers.get('Content-Type'), 'application/pdf');
    assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
    assert.equal(response.headers.get('Content-Disposition'), `attachment; filename="Cv Jose Unal.pdf"; filename*=UTF-8''Cv%20Jos%C3%A9%20%C3%9Cnal.pdf`);
  });

  it('writes who read or changed what to the audit log, without the content', async () => {
    const id = await apply();
    await t.request(`/applications/${id}`, await as(poster()));
    await t.request(`/applications/${id}/cv`, await as(poster()));
    const rows = await t.app.database.db.selectFrom('audit_log').selectAll().where('target', '=', id).orderBy('id').execute();
    assert.deepEqual(rows.map((r) => [r.action, r.actor, r.organisation]), [
      ['application.read', 'poster-gem-steenbergen', 'gem-steenbergen'],
      ['application.cv', 'poster-gem-steenbergen', 'gem-steenbergen'],
    ]);
    assert.ok(!JSON.stringify(rows).includes('Backx'), 'no personal data in the log');
  });
});

describe('mail', () => {
  it('keeps mail in the outbox while SMTP is down, and sends each exactly once when it is up', async () => {
    await t.app.deliverMail(); // whatever the tests above queued: SMTP is down, so it waits
    await t.app.database.db.deleteFrom('outbox').execute();
    const id = await apply(ASSIGNMENT, { email: 'josé@voorbeeld.nl' });
    // A server that is down fails the first mail and ends the round: the next would fail alike.
    assert.deepEqual(await t.app.deliverMail(), { sent: 0, failed: 1 });
    assert.deepEqual(await t.app.deliverMail(), { sent: 0, failed: 1 });
    const waiting = await t.app.database.db.selectFrom('outbox').selectAll().execute();
    assert.equal(waiting.length, 2);
    assert.ok(waiting.every((m) => m.sent_at === null && m.reference === id));

    smtpUp = true;
    assert.deepEqual(await t.app.deliverMail(), { sent: 0, failed: 0 }, 'not before the retry is due');
    clock += 2 * 60_000;
    assert.deepEqual(await t.app.deliverMail(), { sent: 2, failed: 0 });
    assert.deepEqual(await t.app.deliverMail(), { sent: 0, failed: 0 }, 'nothing twice');
    assert.deepEqual(received.map((m) => m.to).sort(), ['inkoop@steenbergen.example.nl', 'josé@voorbeeld.nl']);
    // The body as a mail client shows it: quoted-printable undone.
    const decode = (qp: string) =>
      new TextDecoder().decode(Uint8Array.from(qp.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})|([\s\S])/g, (_, hex, ch) => String.fromCharCode(hex ? Number.parseInt(hex, 16) : ch.charCodeAt(0))), (c) => c.charCodeAt(0)));
    const announcement = decode(received.find((m) => m.to.startsWith('inkoop'))?.data ?? '');
    assert.match(announcement, /intranet\.example\.nl\/inbox\?assignment=a-2026-0101/, 'links to the inbox');
    assert.ok(!announcement.includes('zaaksystemen'), 'no motivation in the mail');
    assert.ok(!/%PDF/.test(announcement), 'no CV');
  });

  it('keeps the mail while no SMTP is configured, says at start how many wait, and sends them once it is', async () => {
    const database = await openTestDatabase();
    const warnings: Record<string, unknown>[] = [];
    const logger = { info() {}, error() {}, warn: (event: string, fields?: object) => warnings.push({ event, ...fields }) };
    const received: string[] = [];
    try {
      const unconfigured = await createTestApp({ database, logger });
      const form = new FormData();
      for (const [name, value] of Object.entries({ name: 'Anne', email: 'anne@example.nl', motivation: 'x'.repeat(60), consent: 'true' })) form.append(name, value);
      form.append('cv', new Blob([PDF]), 'cv.pdf');
      const response = await unconfigured.request('/assignments/a-2026-0105/applications', { method: 'POST', body: form, headers: { 'Idempotency-Key': randomUUID() } });
      assert.equal(response.status, 201);
      assert.deepEqual(await unconfigured.app.deliverMail(), { sent: 0, failed: 0 });
      await unconfigured.close();

      // Restarted, still without SMTP: the start says what waits.
      await (await createTestApp({ database, logger })).close();
      const [, again] = warnings.filter((line) => line.event === 'mail.unconfigured');
      assert.equal(again?.waiting, 2, 'the applicant\'s confirmation and the announcement');

      // Restarted with SMTP: both go out.
      const configured = await createTestApp({ database, logger, mailer: { send: async (mail) => void received.push(mail.to) } });
      assert.deepEqual(await configured.app.deliverMail(), { sent: 2, failed: 0 });
      await configured.close();
      assert.ok(received.includes('anne@example.nl'));
    } finally {
      await database.close();
    }
  });
});
