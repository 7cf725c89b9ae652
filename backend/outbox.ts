/**
 * Delivering the outbox. Mail is written to the store in the transaction that stores what it
 * announces, and sent afterwards by this loop: an SMTP server that is down loses nothing (the
 * mail waits and is retried with backoff, also after a restart), nor does a missing one (the
 * mail waits until there is one), and a mail is sent once — a worker leases what it sends, so
 * two instances never send the same mail.
 */
import { type Logger, MailError, type Mailer, type Store } from './ports.js';

/** Minutes to wait before attempt 2, 3, …; after the last, the mail is given up (and logged). */
const RETRY_MINUTES = [1, 5, 15, 60, 180, 720];
/**
 * A mail being sent is invisible to other workers this long. Each mail is leased when its own
 * send starts, so one send must end well within it: {@link SEND_DEADLINE_MS} bounds it. A
 * worker that dies mid-send (or a stop that leaves the send) leaves the mail to whichever
 * instance claims it after the lease, this one after a restart included.
 */
export const LEASE_MS = 2 * 60_000;

/**
 * The longest one send may take before it is abandoned (its connection closed) and retried as a
 * mail that failed: half the lease. The mailer's timeouts end a server that goes silent, but not
 * one that keeps answering a byte at a time, which held a send past the lease, and another
 * instance sent the same mail again. The other half is for what the lease must also cover:
 * writing the outcome (a statement may take STATEMENT_TIMEOUT_MS, 5 s) and instances whose
 * clocks differ (the lease is written by one and read by another). A plain-text mail of a few
 * kB goes out in a second; the SMTP mailer's own timeouts add up to this much (server/mail.ts),
 * so they, and their more telling messages, end a silent server first.
 */
export const SEND_DEADLINE_MS = LEASE_MS / 2;

/**
 * Anything in an SMTP server's answer that reads as an e-mail address: `<jan@example.nl>`, a
 * bare `jan@example.nl`, a quoted local part (`"jan de vries"@example.nl`), an address literal
 * (`jan@[192.0.2.1]`). Logs never name an
 * address (server/README.md), and the answer quotes the recipient more often than not
 * (`550 5.1.1 <jan@example.nl>: Recipient address rejected`).
 */
const ADDRESS = /<[^<>]*@[^<>]*>|(?:"[^"]*"|[^\s<>()[\]{},;:"'`]*)@(?:\[[^\]\s]*\]|[^\s<>()[\]{},;:"'`]+)/gu;

/** `text` with every address in it replaced by `<address>`; the reply code and the reason stay. */
export function withoutAddresses(text: string): string {
  return text.replace(ADDRESS, '<address>');
}

/** How many mails one round of {@link deliverMail} sends at most (the server starts the next round at once when it sent that many). */
export const MAIL_BATCH = 20;

export async function deliverMail(
  store: Store,
  mailer: Mailer | null,
  log: Logger,
  options: { now: () => Date; batch?: number; signal?: AbortSignal; sendDeadlineMs?: number },
): Promise<{ sent: number; failed: number }> {
  // Without a mailer the mail stays in the outbox, not given up: once SMTP is configured (and
  // the server restarted) it goes out. The start says how many wait (server/app.ts).
  if (!mailer) return { sent: 0, failed: 0 };
  const deadlineMs = options.sendDeadlineMs ?? SEND_DEADLINE_MS;
  let sent = 0;
  let failed = 0;
  // One mail claimed at a time, so its lease starts when its send does: a batch leased at once
  // ran out for its last mails behind a slow server, and another instance sent them too.
  for (let n = 0; n < (options.batch ?? MAIL_BATCH) && !options.signal?.aborted; n++) {
    const now = options.now();
    const [mail] = await store.claimMail(now, 1, LEASE_MS);
    if (!mail) break;
    const deadline = AbortSignal.timeout(deadlineMs);
    try {
      await mailer.send({ to: mail.to, subject: mail.subject, text: mail.text }, { signal: deadline });
      await store.finishMail(mail.id, { sentAt: new Date() });
      log.info('mail.sent', { reference: mail.reference, attempt: mail.attempts });
      sent++;
    } catch (error) {
      failed++;
      const retryAt = nextAttempt(mail.attempts, now);
      if (deadline.aborted) {
        // Whatever the mailer threw, the deadline ended it: the server was still answering, and
        // the next mail would only take as long.
        log.warn('mail.send-abandoned', { reference: mail.reference, attempt: mail.attempts, retry: retryAt?.toISOString() ?? 'never', deadlineMs });
        await store.finishMail(mail.id, { error: `send abandoned at its deadline of ${deadlineMs / 1000} s: the SMTP server was still answering`, retryAt });
        break;
      }
      const message = withoutAddresses(String((error as Error)?.message ?? error));
      const kind = error instanceof MailError ? error.kind : null;
      if (kind === 'rejected') {
        // Given up as a mail whose retries ran out is (retryAt null): kept, never due again.
        log.warn('mail.rejected', { reference: mail.reference, attempt: mail.attempts, message: message.slice(0, 200) });
        await store.finishMail(mail.id, { error: message.slice(0, 500), retryAt: null });
        continue;
      }
      log.warn('mail.failed', { reference: mail.reference, attempt: mail.attempts, retry: retryAt?.toISOString() ?? 'never', message: message.slice(0, 200) });
      await store.finishMail(mail.id, { error: message.slice(0, 500), retryAt });
      if (kind === 'unavailable') break;
    }
  }
  return { sent, failed };
}

/** When a mail that failed its `attempts`th time is tried again; null: its retries ran out. */
function nextAttempt(attempts: number, now: Date): Date | null {
  const wait = RETRY_MINUTES[attempts - 1];
  return wait === undefined ? null : new Date(now.getTime() + wait * 60_000);
}
