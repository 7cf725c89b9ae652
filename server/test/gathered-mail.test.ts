/**
 * An assignment's contact gets at most one mail about new applications per
 * APPLICATION_MAIL_GATHER_MINUTES (backend/mail.ts `announcement`): the first at once, what
 * follows gathered into one mail at the end of the window. Found by an HR team that had 323
 * mails for 323 applications in a few minutes. The same behaviour from the server's store
 * (PGlite, or PostgreSQL with DATABASE_URL: there also from two instances at once) and from the
 * mock's memory store; and once through the API, with the applicants' acknowledgements.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { APPLICATION_MAIL_GATHER_MINUTES, announcement, withoutRemoved } from '../../backend/mail.js';
import { deliverMail, LEASE_MS, MAIL_BATCH } from '../../backend/outbox.js';
import type { ApplicationRecord, GatheredMail, Mailer, Store, StoredAssignment } from '../../backend/ports.js';
import { dutchInstant } from '../../backend/time.js';
import { MemoryStore } from '../../mock/memory-store.js';
import { seedAssignments } from '../../seed/seed.js';
import { type Database, openDatabase } from '../db/database.js';
import { silentLogger } from '../http/log.js';
import { lockGatherKey } from '../store/applications.js';
import { erasePerson } from '../store/erase.js';
import { kyselyStore } from '../store/index.js';
import { deletePersonalData } from '../store/retention.js';
import { applicationRecord } from './fixtures.js';
import { createTestApp, openTestDatabase, type TestApp } from './helpers.js';

const INBOX = 'https://intranet.example.nl/inbox';
const MINUTE = 60_000;
const WINDOW = APPLICATION_MAIL_GATHER_MINUTES * MINUTE;

const seeded = (id: string) => seedAssignments.find((a) => a.id === id)! as StoredAssignment;
// Two assignments with one contact (Pim Kroes, p.kroes@…), and a third with another.
const first = seeded('a-2026-0105');
const second = seeded('a-2026-0102');

type Sent = { to: string; subject: string; text: string };

/** What the outbox sends at `at`: every mail then due, as a worker would send it. */
async function sentAt(store: Store, at: number): Promise<Sent[]> {
  const sent: Sent[] = [];
  const mailer: Mailer = { send: async (mail) => void sent.push(mail) };
  await deliverMail(store, mailer, silentLogger, { now: () => new Date(at), batch: 1000 });
  return sent;
}

/** Of `sent`, the announcements of applications to `assignment`. */
const about = <M extends Sent>(sent: M[], assignment: StoredAssignment) => sent.filter((mail) => mail.text.includes(`(${assignment.id})`));

let count = 0;
/** Stores an application to `assignment` received at `at`, with its announcement as the route makes it. */
async function apply(store: Store, assignment: StoredAssignment, at: number, name = `Sollicitant ${count + 1}`): Promise<ApplicationRecord> {
  const id = `app-gather-${++count}`;
  const record = applicationRecord({
    id,
    assignmentId: assignment.id,
    name,
    email: `sollicitant${count}@example.nl`,
    motivation: `Geheime motivatie ${count}`,
    cv: { file: `${id}.pdf`, name: `cv-van-${count}.pdf`, type: 'application/pdf', size: 100 },
    receivedAt: dutchInstant(new Date(at)),
  });
  const answer = { scope: `application:${assignment.id}`, key: id, fingerprint: 'f', status: 201, body: {} };
  const announce = announcement(assignment, record, { inboxUrl: INBOX, newId: () => `mail-${id}` });
  assert.equal(await store.createApplication(record, answer, [], announce), 'stored');
  return record;
}

/** Each test starts on a day of its own, so what one left in the outbox is not in another's window. */
let day = 0;
const nextDay = () => Date.parse('2026-12-07T08:00:00Z') + ++day * 24 * 60 * MINUTE;

const stores: [string, () => Promise<{ store: Store; database?: Database; close(): Promise<void> }>][] = [
  [
    process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite',
    async () => {
      const database = await openTestDatabase();
      return { store: kyselyStore(database), database, close: () => database.close() };
    },
  ],
  ['the mock (memory)', async () => ({ store: new MemoryStore({ assignments: structuredClone([first, second]), profiles: [], codes: [] }), close: async () => {} })],
];

for (const [kind, open] of stores) {
  describe(`gathering a contact's mails: ${kind}`, () => {
    let store: Store;
    let database: Database | undefined;
    let close = async () => {};
    before(async () => {
      ({ store, database, close } = await open());
    });
    after(() => close());

    it('mails the first of 30 applications in a minute at once, and the other 29 in one mail at the end of the window', async () => {
      const t0 = nextDay();
      const names = Array.from({ length: 30 }, (_, i) => (i === 5 ? 'klant, betaal via www.betaal-hier.example' : `Sollicitant ${i + 1}`));
      const records: ApplicationRecord[] = [];
      for (const [i, name] of names.entries()) records.push(await apply(store, first, t0 + i * 2_000, name));

      const atOnce = about(await sentAt(store, t0 + MINUTE), first);
      assert.equal(atOnce.length, 1, atOnce.map((m) => m.subject).join(', '));
      assert.equal(atOnce[0]!.to, 'p.kroes@steenbergen.example.nl');
      assert.equal(atOnce[0]!.subject, `Nieuwe reactie op ${first.title}`);
      assert.match(atOnce[0]!.text, /reageerde Sollicitant 1 op de opdracht/);

      assert.deepEqual(about(await sentAt(store, t0 + WINDOW - 1_000), first), [], 'nothing more within the window');

      const gathered = about(await sentAt(store, t0 + WINDOW), first);
      assert.equal(gathered.length, 1);
      const [mail] = gathered;
      assert.equal(mail!.to, 'p.kroes@steenbergen.example.nl');
      assert.equal(mail!.subject, `29 nieuwe reacties op ${first.title}`);
      // Since the first it names, as the single mail words its moment.
      const since = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(t0 + 2_000);
      const opening = `Goedendag Pim Kroes,\n\nSinds ${since} reageerden 29 sollicitanten op de opdracht "${first.title}" (a-2026-0105):\n\n- Sollicitant 2\n`;
      assert.ok(mail!.text.startsWith(opening), mail!.text);
      const listed = mail!.text.split('\n').filter((line) => line.startsWith('- '));
      assert.deepEqual(listed, [...names.slice(1, 5), 'een sollicitant', ...names.slice(6, 21)].map((name) => `- ${name}`));
      assert.match(mail!.text, /\n- Sollicitant 21\nen 9 anderen\n\nLees de reacties in de inbox: https:\/\/intranet\.example\.nl\/inbox\?assignment=a-2026-0105\n/);
      assert.match(mail!.text, /Deze e-mail noemt alleen de namen van wie reageerden/);
      for (const record of records) {
        for (const secret of [record.email, record.motivation, record.cv!.name]) assert.ok(!mail!.text.includes(secret), `the mail names ${secret}`);
      }
      assert.ok(!mail!.text.includes('betaal'), 'a name that reads as a link is left out');
      assert.deepEqual(about(await sentAt(store, t0 + 3 * WINDOW), first), [], 'and nothing after');
    });

    it('mails at once again once the window of the last mail is over', async () => {
      const t0 = nextDay();
      await apply(store, first, t0, 'Anne');
      assert.equal(about(await sentAt(store, t0), first).length, 1);
      // Within the window of the first: gathered; after the window of that one: at once.
      await apply(store, first, t0 + 10 * MINUTE, 'Bert');
      assert.deepEqual(about(await sentAt(store, t0 + 10 * MINUTE), first), [], 'Bert waits for the end of the window');
      const told = about(await sentAt(store, t0 + WINDOW), first);
      assert.deepEqual(told.map((m) => m.subject), [`Nieuwe reactie op ${first.title}`]);
      assert.match(told[0]!.text, /reageerde Bert op/);
      await apply(store, first, t0 + 2 * WINDOW + MINUTE, 'Carla');
      const again = about(await sentAt(store, t0 + 2 * WINDOW + MINUTE), first);
      assert.equal(again.length, 1, 'at once');
      assert.match(again[0]!.text, /reageerde Carla op/);
    });

    it('never rewrites a gathered mail a worker has leased: what arrives meanwhile gets a mail of its own', async () => {
      const t0 = nextDay();
      await apply(store, first, t0, 'Anne');
      assert.equal(about(await sentAt(store, t0), first).length, 1);
      await apply(store, first, t0 + MINUTE, 'Bert');
      // A worker claims the gathered mail and is sending it when Carla applies.
      const [leased, ...more] = about(await store.claimMail(new Date(t0 + WINDOW), 10, LEASE_MS), first);
      assert.deepEqual(more, []);
      assert.match(leased!.text, /reageerde Bert op/);
      await apply(store, first, t0 + WINDOW + 5_000, 'Carla');
      // The send failed: the retry sends the mail as the worker had it, naming Bert alone.
      await store.finishMail(leased!.id, { error: '451 try again later', retryAt: new Date(t0 + WINDOW + MINUTE) });
      const retried = about(await sentAt(store, t0 + WINDOW + MINUTE), first);
      assert.deepEqual(retried.map((m) => m.subject), [`Nieuwe reactie op ${first.title}`]);
      assert.match(retried[0]!.text, /reageerde Bert op/);
      assert.ok(!retried[0]!.text.includes('Carla'));
      // Carla's is due at the end of the gathered mail's window.
      assert.deepEqual(about(await sentAt(store, t0 + 2 * WINDOW - 1_000), first), []);
      const carla = about(await sentAt(store, t0 + 2 * WINDOW), first);
      assert.equal(carla.length, 1);
      assert.match(carla[0]!.text, /reageerde Carla op/);
    });

    it('reads no more of a waiting mail than the names it shows, however many it names', async () => {
      const t0 = nextDay();
      const seen: { shown: number; total: number }[] = [];
      for (let i = 0; i < 30; i++) {
        const record = applicationRecord({ id: `app-gather-${++count}`, assignmentId: first.id, name: `Sollicitant ${i + 1}`, receivedAt: dutchInstant(new Date(t0 + i * 1_000)) });
        const announce = announcement(first, record, { inboxUrl: INBOX, newId: () => `mail-${record.id}` })!;
        const watched = {
          ...announce,
          compose(latest: GatheredMail | null) {
            if (latest?.open) seen.push({ shown: latest.applications.length, total: latest.total });
            return announce.compose(latest);
          },
        };
        await store.createApplication(record, { scope: `application:${first.id}`, key: record.id, fingerprint: 'f', status: 201, body: {} }, [], watched);
      }
      // The first went at once (not open); the second waits, and each after it is added to that one.
      assert.deepEqual(seen.at(-1), { shown: 20, total: 28 });
      assert.ok(seen.every(({ shown, total }) => shown === Math.min(total, 20)), JSON.stringify(seen));
      const told = about(await sentAt(store, t0 + WINDOW), first);
      assert.deepEqual(told.map((m) => m.subject), [`Nieuwe reactie op ${first.title}`, `29 nieuwe reacties op ${first.title}`]);
      assert.match(told[1]!.text, /\n- Sollicitant 2\n[\s\S]*\n- Sollicitant 21\nen 9 anderen\n/);
    });

    it('gathers per assignment, also for one contact', async () => {
      const t0 = nextDay();
      for (let i = 0; i < 6; i++) await apply(store, i % 2 ? second : first, t0 + i * 1_000, `Sollicitant ${i}`);
      const atOnce = await sentAt(store, t0 + MINUTE);
      assert.deepEqual(about(atOnce, first).map((m) => m.text.match(/reageerde (.+?) op de opdracht/)?.[1]), ['Sollicitant 0']);
      assert.deepEqual(about(atOnce, second).map((m) => m.text.match(/reageerde (.+?) op de opdracht/)?.[1]), ['Sollicitant 1']);
      const gathered = await sentAt(store, t0 + WINDOW + 1_000);
      assert.deepEqual(about(gathered, first).map((m) => m.text.split('\n').filter((line) => line.startsWith('- '))), [['- Sollicitant 2', '- Sollicitant 4']]);
      assert.deepEqual(about(gathered, second).map((m) => m.text.split('\n').filter((line) => line.startsWith('- '))), [['- Sollicitant 3', '- Sollicitant 5']]);
    });

    it('gathers per contact address: a new contact is told at once, and not in the mail to the one before', async () => {
      const t0 = nextDay();
      const handedOver = { ...first, contact: { name: 'Sanne de Wit', email: 's.dewit@steenbergen.example.nl', phone: null } } as StoredAssignment;
      await apply(store, first, t0, 'Anne');
      await apply(store, handedOver, t0 + MINUTE, 'Bert');
      await apply(store, first, t0 + 2 * MINUTE, 'Carla');
      await apply(store, handedOver, t0 + 3 * MINUTE, 'Daan');
      await apply(store, handedOver, t0 + 4 * MINUTE, 'Eva');
      const atOnce = about(await sentAt(store, t0 + 4 * MINUTE), first);
      assert.deepEqual(
        atOnce.map((m) => [m.to, m.subject]),
        [
          ['p.kroes@steenbergen.example.nl', `Nieuwe reactie op ${first.title}`],
          ['s.dewit@steenbergen.example.nl', `Nieuwe reactie op ${first.title}`],
        ],
      );
      assert.match(atOnce[1]!.text, /^Goedendag Sanne de Wit,\n\nOp .* reageerde Bert op/);
      const gathered = about(await sentAt(store, t0 + WINDOW + MINUTE), first);
      const byAddress = Object.fromEntries(gathered.map((m) => [m.to, m.text]));
      assert.deepEqual(Object.keys(byAddress).sort(), ['p.kroes@steenbergen.example.nl', 's.dewit@steenbergen.example.nl']);
      assert.match(byAddress['p.kroes@steenbergen.example.nl']!, /^Goedendag Pim Kroes,\n\nOp .* reageerde Carla op/);
      assert.match(byAddress['s.dewit@steenbergen.example.nl']!, /^Goedendag Sanne de Wit,\n\nSinds .* reageerden 2 sollicitanten .*\n\n- Daan\n- Eva\n\n/);
    });

    it('gathers 30 applications that arrive at once, also through two instances, into one mail now and one later', async () => {
      const t0 = nextDay();
      // On PostgreSQL a second instance: its own pool on the same schema.
      const url = process.env.DATABASE_URL;
      const schema = database && url ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]!.schema : null;
      const other = url && schema ? await openDatabase({ url, schema }) : null;
      try {
        const instances = [store, other ? kyselyStore(other) : store];
        await Promise.all(Array.from({ length: 30 }, (_, i) => apply(instances[i % 2]!, first, t0 + i)));
        assert.equal(about(await sentAt(store, t0 + MINUTE), first).length, 1);
        const gathered = about(await sentAt(store, t0 + WINDOW + MINUTE), first);
        assert.deepEqual(gathered.map((m) => m.subject), [`29 nieuwe reacties op ${first.title}`]);
      } finally {
        await other?.close();
      }
    });
  });
}

describe('a gathered mail names several applicants (AVG)', () => {
  let database: Database;
  let store: Store;
  before(async () => {
    database = await openTestDatabase();
    store = kyselyStore(database);
  });
  after(() => database.close());
  const waiting = async () =>
    (await database.db.selectFrom('outbox').select(['reference', 'gathered']).where('sent_at', 'is', null).orderBy('created_at').execute()).filter((row) => row.gathered?.length);
  const erase = (email: string, at: number) => erasePerson(database.db, email, withoutRemoved({ inboxUrl: INBOX, newId: () => `mail-anew-${at}`, now: new Date(at) }));
  /** Every announcement to the first assignment sent from `from` to `to`, a minute at a time. */
  const sentBetween = async (from: number, to: number) => {
    const all: Sent[] = [];
    for (let at = from; at <= to; at += MINUTE) all.push(...about(await sentAt(store, at), first));
    return all;
  };

  it('is written anew without an applicant who is erased: the others are still announced at the end of the window', async () => {
    const t0 = nextDay();
    await apply(store, first, t0, 'Anne');
    await sentAt(store, t0);
    const bert = await apply(store, first, t0 + MINUTE, 'Bert');
    const carla = await apply(store, first, t0 + 2 * MINUTE, 'Carla');
    assert.deepEqual(await waiting(), [{ reference: bert.id, gathered: [bert.id, carla.id] }]);
    assert.deepEqual(await erase(carla.email, t0 + 3 * MINUTE), { applications: 1, files: [carla.cv!.file], registrations: 0, mails: 0, rewritten: 1 });
    assert.deepEqual(await waiting(), [{ reference: bert.id, gathered: [bert.id] }]);
    assert.deepEqual(await sentBetween(t0 + 3 * MINUTE, t0 + WINDOW - MINUTE), [], 'when it was to go, not before');
    const told = await sentBetween(t0 + WINDOW, t0 + 3 * WINDOW);
    assert.deepEqual(told.map((m) => m.subject), [`Nieuwe reactie op ${first.title}`]);
    assert.match(told[0]!.text, /^Goedendag Pim Kroes,\n\nOp .* reageerde Bert op de opdracht/);
    assert.ok(!told[0]!.text.includes('Carla'));
  });

  it('is written anew when the first it names is erased, though it is theirs by its reference', async () => {
    const t0 = nextDay();
    await apply(store, first, t0, 'Anne');
    await sentAt(store, t0);
    const bert = await apply(store, first, t0 + MINUTE, 'Bert');
    const carla = await apply(store, first, t0 + 2 * MINUTE, 'Carla');
    const daan = await apply(store, first, t0 + 3 * MINUTE, 'Daan');
    assert.equal((await erase(bert.email, t0 + 4 * MINUTE)).rewritten, 1);
    assert.deepEqual(await waiting(), [{ reference: carla.id, gathered: [carla.id, daan.id] }]);
    const told = await sentBetween(t0 + WINDOW, t0 + 3 * WINDOW);
    assert.deepEqual(told.map((m) => m.subject), [`2 nieuwe reacties op ${first.title}`]);
    assert.match(told[0]!.text, /\n\n- Carla\n- Daan\n\n/);
  });

  it('goes when everyone it names is erased', async () => {
    const t0 = nextDay();
    await apply(store, first, t0, 'Anne');
    await sentAt(store, t0);
    const bert = await apply(store, first, t0 + MINUTE, 'Bert');
    assert.deepEqual(await erase(bert.email, t0 + 2 * MINUTE), { applications: 1, files: [bert.cv!.file], registrations: 0, mails: 1, rewritten: 0 });
    assert.deepEqual(await waiting(), []);
    assert.deepEqual(await sentBetween(t0 + 2 * MINUTE, t0 + 3 * WINDOW), []);
  });

  it('naming an erased applicant never goes out once a worker has leased it: the others get a new mail, at once', async () => {
    const t0 = nextDay();
    await apply(store, first, t0, 'Anne');
    await sentAt(store, t0);
    const bert = await apply(store, first, t0 + MINUTE, 'Bert');
    const carla = await apply(store, first, t0 + 2 * MINUTE, 'Carla');
    // A worker took the gathered mail; the mail server refused it, to be tried again in an hour.
    const [leased] = about(await store.claimMail(new Date(t0 + WINDOW), 10, LEASE_MS), first);
    await store.finishMail(leased!.id, { error: '451 try again later', retryAt: new Date(t0 + 3 * WINDOW) });
    assert.deepEqual(await erase(carla.email, t0 + WINDOW + MINUTE), { applications: 1, files: [carla.cv!.file], registrations: 0, mails: 1, rewritten: 0 });
    assert.deepEqual(await waiting(), [{ reference: bert.id, gathered: [bert.id] }]);
    const told = about(await sentAt(store, t0 + WINDOW + MINUTE), first);
    assert.deepEqual(told.map((m) => m.subject), [`Nieuwe reactie op ${first.title}`]);
    assert.match(told[0]!.text, /reageerde Bert op/);
    // The new mail went at once, so one who applies now waits for the end of its window.
    await apply(store, first, t0 + WINDOW + 2 * MINUTE, 'Daan');
    const later = await sentBetween(t0 + WINDOW + 2 * MINUTE, t0 + 4 * WINDOW);
    assert.deepEqual(later.map((m) => m.subject), [`Nieuwe reactie op ${first.title}`]);
    assert.match(later[0]!.text, /reageerde Daan op/);
    assert.ok(![...told, ...later].some((m) => m.text.includes('Carla')), 'the failed mail is not tried again');
  });

  it('is written anew by retention without the applications that age out: the recent ones are still announced', async () => {
    const t0 = nextDay();
    await apply(store, first, t0, 'Anne');
    await sentAt(store, t0);
    const daan = await apply(store, first, t0 + MINUTE, 'Daan');
    const eva = await apply(store, first, t0 + 4 * MINUTE, 'Eva');
    assert.deepEqual(await waiting(), [{ reference: daan.id, gathered: [daan.id, eva.id] }]);
    // Retention removes applications by age, so the first a mail names (its reference) goes first.
    const ungathering = withoutRemoved({ inboxUrl: INBOX, newId: () => 'mail-anew-retention', now: new Date(t0 + 5 * MINUTE) });
    const removed = await deletePersonalData(database.db, new Date(t0 + 2 * MINUTE), new Date(t0 + 5 * MINUTE), ungathering);
    assert.equal(removed.rewritten, 1);
    assert.deepEqual(await waiting(), [{ reference: eva.id, gathered: [eva.id] }]);
    const told = await sentBetween(t0 + WINDOW, t0 + 3 * WINDOW);
    assert.deepEqual(told.map((m) => m.subject), [`Nieuwe reactie op ${first.title}`]);
    assert.match(told[0]!.text, /reageerde Eva op/);
    assert.ok(!told[0]!.text.includes('Daan'));
  });
});

describe('the lock on a gathering key', () => {
  it('is one per schema: deployments sharing a database (DATABASE_SCHEMA) do not wait for each other', async () => {
    const database = await openTestDatabase();
    try {
      const held = await database.db.transaction().execute(async (trx) => {
        const key = JSON.stringify(['announcement', first.id, 'p.kroes@steenbergen.example.nl']);
        await lockGatherKey(trx, key);
        const other = sql.id(`other_${randomUUID().replaceAll('-', '')}`);
        await sql`create schema ${other}`.execute(trx);
        await sql`set local search_path to ${other}`.execute(trx);
        await lockGatherKey(trx, key);
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()`.execute(trx);
        await sql`drop schema ${other}`.execute(trx);
        return rows[0]!.n;
      });
      assert.equal(held, 2, 'the same key in two schemas is two locks');
    } finally {
      await database.close();
    }
  });
});

describe('through the API', () => {
  const PDF = '%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n';
  let t: TestApp;
  let clock = Date.now();
  const sent: Sent[] = [];
  before(async () => {
    t = await createTestApp({ mailer: { send: async (mail) => void sent.push(mail) }, now: () => new Date(clock), inboxUrl: INBOX });
  });
  after(() => t.close());

  it('announces 30 applications to the contact in two mails, and acknowledges each to its applicant', async () => {
    for (let i = 1; i <= 30; i++) {
      const form = new FormData();
      for (const [name, value] of Object.entries({ name: `Sollicitant ${i}`, email: `sollicitant${i}@example.nl`, motivation: 'x'.repeat(60), consent: 'true' })) form.append(name, value);
      form.append('cv', new Blob([PDF]), 'cv.pdf');
      const response = await t.request(`/assignments/${first.id}/applications`, { method: 'POST', body: form, headers: { 'Idempotency-Key': randomUUID() } });
      assert.equal(response.status, 201, await response.clone().text());
      clock += 2_000;
    }
    const deliver = async () => {
      while ((await t.app.deliverMail()).sent >= MAIL_BATCH);
    };
    await deliver();
    const contact = () => sent.filter((mail) => mail.to === 'p.kroes@steenbergen.example.nl');
    assert.deepEqual(contact().map((m) => m.subject), [`Nieuwe reactie op ${first.title}`]);
    assert.equal(sent.filter((mail) => mail.subject === `Je reactie op ${first.title} is ontvangen`).length, 30, 'one acknowledgement per application, at once');
    clock += WINDOW;
    await deliver();
    assert.deepEqual(contact().map((m) => m.subject), [`Nieuwe reactie op ${first.title}`, `29 nieuwe reacties op ${first.title}`]);
    assert.match(contact()[1]!.text, /- Sollicitant 2\n[\s\S]*- Sollicitant 21\nen 9 anderen\n/);
  });
});
