/**
 * Mail from the reference server: SMTP through nodemailer (`SMTP_URL`, e.g.
 * `smtp://user:password@mail.example.nl:587`, `smtps://…` for TLS on connect; `MAIL_FROM`), and
 * the worker that empties the outbox (backend/outbox.ts) — on a timer, and at once when a
 * request queued mail. A restart resumes what was left: the outbox is in the database.
 */
import nodemailer from 'nodemailer';
import type MailMessage from 'nodemailer/lib/mailer/mail-message.js';
import SMTPConnection from 'nodemailer/lib/smtp-connection/index.js';
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { type Logger, MailError, type Mailer } from '../backend/ports.js';
import { LEASE_MS } from '../backend/outbox.js';
import { describeError } from './http/log.js';

/**
 * An SMTP URL (`smtp://user:password@mail.example.nl:587`, `smtps://…`), checked before it
 * reaches nodemailer: it reads any other string as something else and fails on the first mail
 * with `Cannot create property 'mailer' on string`, naming no setting. `name` is the setting's
 * name in the message (SMTP_URL, or smtpUrl for createApp); the value is not repeated (it may
 * hold a password).
 */
export function checkSmtpUrl(name: string, value: string): string {
  const shape = `${name} must be a URL like smtp://user:password@mail.example.nl:587 (smtps:// for TLS on connect)`;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${shape}; got something that is not a URL (percent-encode @, #, / and : in the password)`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`${shape}; got a URL starting with ${url.protocol}//`);
  if (!url.hostname) throw new Error(`${shape}; got one without a host`);
  return value.trim();
}

/**
 * How long the SMTP mailer waits, in milliseconds. nodemailer's own defaults are minutes (a
 * socket silent for 10 minutes before it gives up): one server that took the connection and
 * went quiet held up every mail behind it, unlogged, and outlived the outbox's lease
 * (`LEASE_MS`, 2 minutes, backend/outbox.ts), after which another instance sends the same mail
 * again. Together they stay well below the lease: looking up the host, connecting, the
 * greeting, and a silence in the conversation (`socketTimeout` is the longest the server may
 * say nothing; a test checks that the sum is within the send's deadline, `SEND_DEADLINE_MS`,
 * which ends a server that is never silent long enough). Query parameters of `SMTP_URL`
 * override them (`?socketTimeout=…`), as nodemailer reads them.
 */
export const SMTP_TIMEOUTS = { dnsTimeout: 10_000, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function smtpMailer(url: string, from: string, timeouts: typeof SMTP_TIMEOUTS = SMTP_TIMEOUTS): Mailer {
  // The transport itself, not its options: createTransport reads only the URL of an options
  // object that has one, and would drop the timeouts. SMTPTransport merges the URL's last.
  const transport = nodemailer.createTransport(new AbandonableSmtp({ url, ...timeouts }), { from });
  return {
    async send(message, { signal } = {}) {
      try {
        // Internationalised addresses (josé@voorbeeld.nl) need SMTPUTF8; nodemailer asks for it when needed.
        // `signal` rides along in the mail's data, which nodemailer hands to the transport as given.
        await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text, signal } as nodemailer.SendMailOptions);
      } catch (error) {
        const kind = failureKind(error as SmtpError);
        throw kind ? new MailError(kind, (error as Error).message, { cause: error }) : error;
      }
    },
  };
}

/**
 * nodemailer's SMTP transport with a send that can be abandoned: when the `signal` in the mail's
 * data aborts, the connection is closed and the send fails with the signal's reason. Its own
 * `send` keeps the connection to itself, so a server that answers a byte at a time (each byte
 * starts `socketTimeout` again) held a send as long as it liked. The conversation is the one
 * SMTPTransport holds (node_modules/nodemailer/lib/smtp-transport/index.js `send`): connect
 * (looking up the host, TLS, the greeting, with their timeouts), log in when the URL names a
 * user and the server offers AUTH, send, close. Left out are its logging and its proxy hook
 * (`getSocket`), which nodemailer sets up only for a transport it makes itself, never for this one.
 */
class AbandonableSmtp extends SMTPTransport {
  override send(mail: MailMessage<SMTPTransport.SentMessageInfo>, callback: (error: Error | null, info: SMTPTransport.SentMessageInfo) => void): void {
    const signal = (mail.data as { signal?: AbortSignal }).signal;
    const connection = new SMTPConnection(this.options);
    let done = false;
    const finish = (error: Error | null, info?: SMTPConnection.SentMessageInfo) => {
      if (done) return;
      done = true;
      signal?.removeEventListener('abort', abandon);
      connection.close();
      callback(error, info as unknown as SMTPTransport.SentMessageInfo);
    };
    // Destroyed, not ended: a server that dribbles its answers is not waited on to say goodbye.
    const abandon = () => {
      connection._socket?.destroy();
      finish(signal?.reason instanceof Error ? signal.reason : new Error('send abandoned'));
    };
    if (signal?.aborted) {
      abandon();
      return;
    }
    signal?.addEventListener('abort', abandon, { once: true });

    connection.once('error', (error: Error) => finish(error));
    // A server that hangs up without a word ends the connection with no error: as SMTPTransport
    // does, give the answer a second to arrive first.
    connection.once('end', () => setTimeout(() => finish(Object.assign(new Error('Unexpected socket close'), { code: 'ECONNECTION', command: 'CONN' })), 1000).unref());
    const transmit = () => connection.send(mail.message.getEnvelope(), mail.message.createReadStream(), (error, info) => finish(error ?? null, info));
    connection.connect(() => {
      if (done) return;
      // The login SMTPTransport made of the URL (false without a user); the types miss what it reads.
      const auth = this.auth as unknown as SMTPConnection.AuthenticationCredentials | false;
      const { allowsAuth, options } = connection as unknown as { allowsAuth: boolean; options: { forceAuth?: boolean } };
      if (auth && (allowsAuth || options.forceAuth)) connection.login(auth, (error) => (error ? finish(error) : transmit()));
      else transmit();
    });
  }
}

/** The fields nodemailer sets on the errors of an SMTP conversation. */
interface SmtpError extends Error {
  code?: string;
  /** The command the server answered, or `CONN` (connecting, the greeting, a timeout), `API` (nodemailer itself). */
  command?: string;
  responseCode?: number;
}

/**
 * What an SMTP failure says about the mail (backend/ports.ts `MailError`). Only a 5xx to the
 * recipient or the message rejects the mail itself; a 5xx at the greeting, to AUTH or to MAIL
 * FROM is about this server and its settings (a wrong password, a sender it does not take) and
 * would reject every mail alike, so those are retried while an operator puts them right.
 */
function failureKind(error: SmtpError): MailError['kind'] | null {
  const aboutTheMail = error.command === 'RCPT TO' || error.command === 'DATA';
  if (aboutTheMail) return (error.responseCode ?? 0) >= 500 ? 'rejected' : null;
  const unreachable = error.command === 'CONN' || error.code === 'ECONNECTION' || error.code === 'ETIMEDOUT' || error.code === 'EDNS' || error.code === 'ESOCKET';
  return unreachable ? 'unavailable' : null;
}

export class MailWorker {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<unknown> | null = null;
  private again = false;
  /** Aborted by `stop`: the round under way takes no further mail, and no round starts. */
  private readonly stopping = new AbortController();

  /**
   * `deliver` sends one round and says whether more mail may be due (it stopped at its batch): the
   * next round then starts at once, so a backlog (a burst of applications, a session's change told
   * to everyone) goes out as fast as SMTP takes it, not a batch per interval.
   */
  constructor(
    private readonly deliver: (signal: AbortSignal) => Promise<boolean>,
    private readonly log: Logger,
    private readonly intervalMs = 15_000,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => this.kick(), this.intervalMs);
    this.timer.unref(); // the outbox alone does not keep the process alive
    this.kick();
  }

  /** Delivers now; a kick while a round runs starts one more round after it. */
  kick(): void {
    if (this.stopping.signal.aborted) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliver(this.stopping.signal)
      .catch((error) => {
        this.log.error('mail.delivery-failed', describeError(error));
        return false;
      })
      .then((more) => {
        this.running = null;
        if (this.again || more) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Whether a round is sending mail now (a stop that has to leave it says so). */
  busy(): boolean {
    return this.running !== null;
  }

  /**
   * Stops the timer and waits for the round under way, which ends after the mail it is sending,
   * for at most `waitMs`. A round still sending then is left: its mail stays leased
   * (backend/outbox.ts `LEASE_MS`) and goes out from the next start or another instance.
   */
  async stop(waitMs = Number.POSITIVE_INFINITY): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.again = false;
    this.stopping.abort();
    const round = this.running;
    if (!round) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<'left'>((resolve) => {
      if (Number.isFinite(waitMs)) timer = setTimeout(() => resolve('left'), waitMs);
    });
    const outcome = await Promise.race([round, waited]);
    clearTimeout(timer);
    if (outcome === 'left') {
      this.log.warn('mail.round-left', {
        waitedMs: waitMs,
        detail: `a mail was still being sent when the stop could wait no longer: it stays leased for ${LEASE_MS / 60_000} minutes, then the next start or another instance sends it (twice, should this SMTP server have taken it after all)`,
      });
    }
  }
}
