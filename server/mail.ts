/**
 * Mail from the reference server: SMTP through nodemailer (`SMTP_URL`, e.g.
 * `smtp://user:password@mail.example.nl:587`, `smtps://…` for TLS on connect; `MAIL_FROM`), and
 * the worker that empties the outbox (backend/outbox.ts) — on a timer, and at once when a
 * request queued mail. A restart resumes what was left: the outbox is in the database.
 */
import nodemailer from 'nodemailer';
import type { Logger, Mailer } from '../backend/ports.js';
import { describeError } from './http/log.js';

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
