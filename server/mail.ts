/**
 * Mail from the reference server: SMTP through nodemailer (`SMTP_URL`, e.g.
 * `smtp://user:password@mail.example.nl:587`, `smtps://…` for TLS on connect; `MAIL_FROM`), and
 * the worker that empties the outbox (backend/outbox.ts) — on a timer, and at once when a
 * request queued mail. A restart resumes what was left: the outbox is in the database.
 */
import nodemailer from 'nodemailer';
import type { Logger, Mailer } from '../backend/ports.js';
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

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url, { from });
  return {
    async send(message) {
      // Internationalised addresses (josé@voorbeeld.nl) need SMTPUTF8; nodemailer asks for it when needed.
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

export class MailWorker {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<unknown> | null = null;
  private again = false;

  constructor(
    private readonly deliver: () => Promise<unknown>,
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
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliver()
      .catch((error) => this.log.error('mail.delivery-failed', describeError(error)))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Stops the timer and waits for the round under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.again = false;
    await this.running;
  }
}
