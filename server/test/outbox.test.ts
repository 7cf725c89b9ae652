/**
 * The outbox against SMTP servers that misbehave: one that refuses a recipient for good (the
 * mail is given up at once, and no log line names an address), one that takes the connection
 * and then says nothing (the round ends within the mailer's timeouts, and a stop does not wait
 * for it longer than it is told), and one that answers a byte at a time (the send is abandoned
 * at its deadline, well within the lease).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { MemoryStore } from '../../mock/memory-store.js';
import { deliverMail, LEASE_MS, MAIL_BATCH, SEND_DEADLINE_MS, withoutAddresses } from '../../backend/outbox.js';
import { MailError, type Mailer, type Store } from '../../backend/ports.js';
import { type LogFields, silentLogger } from '../http/log.js';
import { MailWorker, SMTP_TIMEOUTS, smtpMailer } from '../mail.js';
import { startServer } from '../server.js';
import { kyselyStore } from '../store/index.js';
import { applicationRecord } from './fixtures.js';
import { createTestApp, openTestDatabase, type TestApp } from './helpers.js';

const PDF = '%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n';
/** Short timeouts, so a silent server ends a send in half a second. */
const SHORT = { dnsTimeout: 500, connectionTimeout: 500, greetingTimeout: 500, socketTimeout: 500 };

type Line = { level: string; event: string } & LogFields;
function recorder() {
  const lines: Line[] = [];
  const at = (level: string) => (event: string, fields?: LogFields) => void lines.push({ level, event, ...fields });
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
}

/** An application with its two mails: the announcement to the contact, the acknowledgement to `email`. */
async function apply(t: { request: TestApp['request'] }, email: string): Promise<string> {
  const form = new FormData();
  for (const [name, value] of Object.entries({ name: 'Anne', email, motivation: 'x'.repeat(60), consent: 'true' })) form.append(name, value);
  form.append('cv', new Blob([PDF]), 'cv.pdf');
  const response = await t.request('/assignments/a-2026-0105/applications', { method: 'POST', body: form, headers: { 'Idempotency-Key': randomUUID() } });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).id;
}

/**
 * A fake SMTP server on a free port: it greets as `host`, then does with each connection what
 * `talk` does (nothing: a server that greets and then never answers again, as the operator's
 * tryout had it), and stops that when the client hangs up. `closed()` resolves at the first hang-up.
 */
async function fakeSmtp(host: string, talk: (socket: Socket) => () => void = () => () => {}) {
  const sockets = new Set<Socket>();
  let connections = 0;
  let hungUp = () => {};
  const closedOnce = new Promise<void>((resolve) => {
    hungUp = resolve;
  });
  const server: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => {});
    const stop = talk(socket);
    socket.on('close', () => {
      stop();
      sockets.delete(socket);
      hungUp();
    });
    socket.write(`220 ${host} ESMTP\r\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.address() as { port: number }).port}`,
    connections: () => connections,
    closed: () => closedOnce,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const silentSmtp = () => fakeSmtp('silent.example.nl');

/**
 * A server that greets at once and then answers EHLO one byte every 50 ms, a line of its
 * capabilities after another and never the last: each byte resets the mailer's `socketTimeout`,
 * so only a deadline on the whole send ends it.
 */
const dribblingSmtp = () =>
  fakeSmtp('dribble.example.nl', (socket) => {
    const answer = Buffer.from('250-dribble.example.nl\r\n');
    let at = 0;
    let dribble: ReturnType<typeof setInterval> | undefined;
    socket.once('data', () => {
      dribble = setInterval(() => {
        socket.write(answer.subarray(at, at + 1));
        at = (at + 1) % answer.length;
      }, 50);
    });
    return () => clearInterval(dribble);
  });

describe('an SMTP server that refuses a recipient for good', () => {
  let clock = Date.now();
  let t: TestApp;
  const { lines, logger } = recorder();
  // Refuses the applicant with 550 and the contact with 451 (come back later), naming each.
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // It looks the client's address up in DNS before greeting (up to 1.5 s): a slow resolver
    // made the greeting miss a short timeout, and the test fail now and then.
    disableReverseLookup: true,
    onRcptTo({ address }, _session, callback) {
      if (address === 'rejected.person@example.nl') return callback(Object.assign(new Error(`5.1.1 <${address}>: Recipient address rejected: User unknown`), { responseCode: 550 }));
      callback(Object.assign(new Error(`4.7.1 <${address}>: Recipient address rejected: try again later`), { responseCode: 451 }));
    },
  });
  before(async () => {
    const port = await new Promise<number>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as { port: number }).port)));
    // The mailer's own timeouts: this server answers, and short ones would test a pause of the machine.
    t = await createTestApp({ mailer: smtpMailer(`smtp://127.0.0.1:${port}`, 'Flexschil <noreply@localhost>'), logger, now: () => new Date(clock) });
  });
  after(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('gives the mail up at once as mail.rejected, keeps retrying the 4xx, and logs no address', async () => {
    const reference = await apply(t, 'rejected.person@example.nl');
    assert.deepEqual(await t.app.deliverMail(), { sent: 0, failed: 2 });
    for (let day = 1; day <= 2; day++) {
      clock += 86_400_000;
      await t.app.deliverMail();
    }
    const rejected = lines.filter((line) => line.event === 'mail.rejected');
    assert.equal(rejected.length, 1, 'given up once, not retried');
    assert.equal(rejected[0]?.reference, reference);
    assert.match(String(rejected[0]?.message), /550 5\.1\.1 <address>: Recipient address rejected: User unknown$/, 'the code and the reason stay');
    const failed = lines.filter((line) => line.event === 'mail.failed');
    assert.equal(failed.length, 3, 'the 451 is retried');
    assert.match(String(failed[0]?.retry), /^\d{4}-/);
    assert.match(String(failed[0]?.message), /451 4\.7\.1 <address>: Recipient address rejected/);
    assert.ok(!JSON.stringify(lines).includes('@'), JSON.stringify(lines, null, 1));

    const rows = await t.app.database.db.selectFrom('outbox').select(['to_address', 'attempts', 'due_at', 'last_error']).where('reference', '=', reference).execute();
    const row = rows.find((r) => r.to_address === 'rejected.person@example.nl');
    assert.equal(row?.attempts, 1);
    assert.equal(new Date(row?.due_at ?? 0).getUTCFullYear(), 9999, 'given up as a mail whose retries ran out is');
    assert.ok(!row?.last_error?.includes('@'), row?.last_error ?? '');
  });
});

describe('an SMTP server that asks for a login', () => {
  it("logs in with the user and password of SMTP_URL, and a wrong password keeps the mail for a retry", async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      allowInsecureAuth: true,
      onAuth({ username, password }, _session, callback) {
        if (username === 'flexschil' && password === 'p@ss#1') return callback(null, { user: username });
        callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
      },
      onData(stream, session, done) {
        stream.resume().on('end', () => {
          received.push(session.envelope.rcptTo.map((r) => r.address).join(','));
          done();
        });
      },
    });
    const port = await new Promise<number>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as { port: number }).port)));
    const message = { to: 'anne@example.nl', subject: 'Onderwerp', text: 'Tekst' };
    try {
      await smtpMailer(`smtp://flexschil:p%40ss%231@127.0.0.1:${port}`, 'Flexschil <noreply@localhost>').send(message);
      assert.deepEqual(received, ['anne@example.nl']);
      const wrong = smtpMailer(`smtp://flexschil:wrong@127.0.0.1:${port}`, 'Flexschil <noreply@localhost>').send(message);
      await assert.rejects(wrong, (error: Error) => !(error instanceof MailError && error.kind === 'rejected') && /535/.test(error.message));
      assert.deepEqual(received, ['anne@example.nl']);
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});

describe('a backlog in the outbox', () => {
  it('goes out round after round at once, not a batch per interval, and the worker rests when it is out', async () => {
    const store = new MemoryStore({ assignments: [], profiles: [], codes: [] });
    const mailer: Mailer = { send: async () => {} };
    // A burst of applications: each queues an announcement and an acknowledgement.
    for (let i = 0; i < MAIL_BATCH + 3; i++) {
      const id = `app-burst-${i}`;
      const answer = { scope: 'application:a-2026-0101', key: `k-${i}`, fingerprint: 'f', status: 201, body: {}, createdAt: new Date().toISOString() };
      const mails = [`sollicitant${i}@example.nl`, 'inkoop@example.nl'].map((to, n) => ({ id: `mail-${i}-${n}`, to, subject: 'Onderwerp', text: 'Tekst', reference: id }));
      assert.equal(await store.createApplication(applicationRecord({ id, email: `sollicitant${i}@example.nl`, receivedAt: answer.createdAt }), answer as never, mails), 'stored');
    }
    const waiting = () => store.waitingMail();
    const before = await waiting();
    assert.equal(before, 2 * MAIL_BATCH + 6);
    const rounds: number[] = [];
    // An interval of an hour: only the rounds' own "more may be due" can send the rest now.
    const worker = new MailWorker(
      async (signal) => {
        const { sent, failed } = await deliverMail(store, mailer, silentLogger, { now: () => new Date(), signal });
        rounds.push(sent);
        return sent + failed >= MAIL_BATCH;
      },
      silentLogger,
      3_600_000,
    );
    try {
      worker.start();
      for (let waited = 0; (await waiting()) > 0 && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      while (worker.busy()) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.equal(await waiting(), 0, 'every mail out within seconds');
      assert.equal(rounds.at(-1)! < MAIL_BATCH, true, `the last round found the outbox empty: ${rounds}`);
      assert.equal(rounds.reduce((a, b) => a + b, 0), before);
    } finally {
      await worker.stop();
    }
  });
});

describe('the backlog in /health', () => {
  it('counts the mails waiting and failing and says since when, naming no address or id, and stays 200', async () => {
    const t = await createTestApp({ mailer: null });
    const store = kyselyStore(t.app.database);
    const health = async () => {
      const response = await t.app.fetch(new Request('http://localhost/health'));
      assert.equal(response.status, 200, 'a backlog leaves the instance in the load balancer');
      const text = await response.text();
      assert.ok(!text.includes('@') && !text.includes('mail-'), text);
      return JSON.parse(text).mail;
    };
    try {
      assert.deepEqual(await health(), { queued: 0, failing: 0, oldestQueuedAt: null });
      const reference = await apply(t, 'anne@example.nl');
      const [written] = await t.app.database.db.selectFrom('outbox').select('created_at').where('reference', '=', reference).execute();
      const since = new Date(written?.created_at ?? 0).toISOString();
      assert.deepEqual(await health(), { queued: 2, failing: 0, oldestQueuedAt: since });

      const down: Mailer = {
        async send() {
          throw new Error('421 4.3.2 Service not available');
        },
      };
      assert.deepEqual(await deliverMail(store, down, silentLogger, { now: () => new Date() }), { sent: 0, failed: 2 });
      assert.deepEqual(await health(), { queued: 2, failing: 2, oldestQueuedAt: since });

      // An hour on, both are due again: one goes out, the other is refused for good (given up, not waiting).
      const refusing: Mailer = {
        async send({ to }) {
          if (to === 'anne@example.nl') throw new MailError('rejected', '550 5.1.1 Recipient address rejected');
        },
      };
      assert.deepEqual(await deliverMail(store, refusing, silentLogger, { now: () => new Date(Date.now() + 3_600_000) }), { sent: 1, failed: 1 });
      assert.deepEqual(await health(), { queued: 0, failing: 0, oldestQueuedAt: null });
    } finally {
      await t.close();
    }
  });
});

describe('an SMTP answer in the log', () => {
  it('names no address in any of the forms servers write them, and keeps the rest', () => {
    const answers = [
      '550 5.1.1 <jan@example.nl>: Recipient address rejected',
      '550 5.1.1 jan.de.vries+werk@gemeente.example.nl: unknown',
      '553 "jan de vries"@example.nl mailbox name not allowed',
      '550 5.1.1 jan@[192.0.2.1]: Relay access denied',
    ];
    for (const answer of answers) {
      const logged = withoutAddresses(answer);
      assert.ok(!logged.includes('@'), logged);
      assert.match(logged, /^55\d 5\.1\.1 <address>|^553 <address>/, logged);
    }
  });
});

describe('a mail given up, in either store', () => {
  const application = applicationRecord({
    id: 'app-rejected-01',
    receivedAt: new Date().toISOString(),
    name: 'Anne',
    email: 'rejected.person@example.nl',
    motivation: 'x'.repeat(60),
  });
  const answer = { scope: 'application:a-2026-0101', key: 'k-rejected', fingerprint: 'f', status: 201, body: {}, createdAt: application.receivedAt };
  const mails = ['rejected.person@example.nl', 'inkoop@example.nl'].map((to, i) => ({ id: `mail-${i}`, to, subject: 'Onderwerp', text: 'Tekst', reference: application.id }));
  const sentTo: string[] = [];
  const mailer: Mailer = {
    async send({ to }) {
      sentTo.push(to);
      if (to.startsWith('rejected')) throw new MailError('rejected', `550 5.1.1 <${to}>: Recipient address rejected`);
    },
  };

  async function check(store: Store) {
    sentTo.length = 0;
    assert.equal(await store.createApplication(application, answer as never, mails), 'stored');
    const { lines, logger } = recorder();
    const now = new Date();
    assert.deepEqual(await deliverMail(store, mailer, logger, { now: () => now }), { sent: 1, failed: 1 });
    assert.equal(await store.waitingMail(), 0, 'not waiting: given up');
    assert.deepEqual(await store.claimMail(new Date(now.getTime() + 365 * 86_400_000), 10, LEASE_MS), [], 'never due again');
    assert.deepEqual(sentTo.sort(), ['inkoop@example.nl', 'rejected.person@example.nl']);
    assert.deepEqual(lines.map((line) => line.event), ['mail.rejected', 'mail.sent']);
    assert.ok(!JSON.stringify(lines).includes('@'));
  }

  it('the server store (PostgreSQL, PGlite)', async () => {
    const database = await openTestDatabase();
    try {
      await check(kyselyStore(database));
    } finally {
      await database.close();
    }
  });

  it("the mock's store", async () => {
    await check(new MemoryStore({ assignments: [], profiles: [], codes: [] }));
  });
});

describe('an SMTP server that greets and then says nothing', () => {
  it('keeps the timeouts and the deadline of a send below the lease, so no other instance claims a mail still being sent', () => {
    const longest = SMTP_TIMEOUTS.dnsTimeout + SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout;
    assert.ok(longest <= SEND_DEADLINE_MS, `the timeouts (${longest} ms) end a silent server's send before the deadline (${SEND_DEADLINE_MS} ms) does`);
    assert.ok(SEND_DEADLINE_MS <= LEASE_MS / 2, `a deadline of ${SEND_DEADLINE_MS} ms against a lease of ${LEASE_MS} ms`);
  });

  it('ends the round within the timeout, says so in the log, and leaves the other mail for the next round', { timeout: 15_000 }, async () => {
    const smtp = await silentSmtp();
    const { lines, logger } = recorder();
    const t = await createTestApp({ mailer: smtpMailer(smtp.url, 'Flexschil <noreply@localhost>', SHORT), logger });
    try {
      await apply(t, 'anne@example.nl');
      const started = Date.now();
      assert.deepEqual(await t.app.deliverMail(), { sent: 0, failed: 1 });
      const took = Date.now() - started;
      assert.ok(took < 2_000, `took ${took} ms`);
      const failed = lines.filter((line) => line.event === 'mail.failed');
      assert.equal(failed.length, 1);
      assert.match(String(failed[0]?.message), /Timeout/);
      assert.equal(smtp.connections(), 1, 'the second mail waits for the next round');
    } finally {
      await t.close();
      await smtp.close();
    }
  });

  it('a stop waits no longer than told for the mail being sent, and says it left it', { timeout: 15_000 }, async () => {
    const smtp = await silentSmtp();
    const database = await openTestDatabase();
    const { lines, logger } = recorder();
    // The server's own timeouts are long here: only the stop's bound can end the wait.
    const slow = { ...SHORT, socketTimeout: 10_000 };
    const server = await startServer({ port: 0, hostname: '127.0.0.1', database, logger, mailer: smtpMailer(smtp.url, 'Flexschil <noreply@localhost>', slow) });
    try {
      await apply({ request: (path, init) => fetch(`${server.url}${server.basePath}${path}`, init) }, 'anne@example.nl');
      while (smtp.connections() === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(server.sendingMail(), true);
      const started = Date.now();
      await server.close({ mailWaitMs: 300 });
      const took = Date.now() - started;
      assert.ok(took < 3_000, `took ${took} ms`);
      assert.deepEqual(
        lines.filter((line) => line.event.startsWith('mail.')).map(({ event }) => event),
        ['mail.round-left'],
      );
    } finally {
      await smtp.close();
      await database.close();
    }
  });
});

describe('an SMTP server that answers one byte at a time', () => {
  it('abandons the send at its deadline, closes the connection, logs it once and retries the mail later', { timeout: 15_000 }, async () => {
    const smtp = await dribblingSmtp();
    const { lines, logger } = recorder();
    const t = await createTestApp({ mailer: null });
    try {
      const reference = await apply(t, 'anne@example.nl');
      const now = new Date(); // after the mails were written: they are due
      // The mailer's own timeouts, far longer than this deadline: only the deadline can end the send.
      const mailer = smtpMailer(smtp.url, 'Flexschil <noreply@localhost>');
      const result = await deliverMail(kyselyStore(t.app.database), mailer, logger, { now: () => now, sendDeadlineMs: 1_000 });
      assert.deepEqual(result, { sent: 0, failed: 1 });
      await smtp.closed(); // the test's timeout says so if the connection stays open
      assert.equal(smtp.connections(), 1, 'the round ended: the second mail waits for the next');

      assert.deepEqual(lines.map(({ event }) => event), ['mail.send-abandoned'], 'logged once');
      assert.equal(lines[0]?.reference, reference);
      assert.equal(lines[0]?.deadlineMs, 1_000);
      assert.equal(lines[0]?.retry, new Date(now.getTime() + 60_000).toISOString(), 'retried as a first failure is, after a minute');
      assert.ok(!JSON.stringify(lines).includes('@'), JSON.stringify(lines));

      const rows = await t.app.database.db.selectFrom('outbox').select(['attempts', 'due_at', 'sent_at', 'last_error']).where('reference', '=', reference).orderBy('attempts', 'desc').execute();
      assert.equal(rows[0]?.attempts, 1);
      assert.equal(rows[0]?.sent_at, null);
      assert.equal(new Date(rows[0]?.due_at ?? 0).getTime(), now.getTime() + 60_000);
      assert.match(String(rows[0]?.last_error), /deadline/);
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});
