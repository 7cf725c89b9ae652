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
 * send starts, so one send must end well within it: the SMTP mailer's timeouts (server/mail.ts)
 * are kept far below. A worker that dies mid-send (or a stop that leaves the send) leaves the
 * mail to whichever instance claims it after the lease, this one after a restart included.
 */
export const LEASE_MS = 2 * 60_000;

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

export async function deliverMail(
  store: Store,
  mailer: Mailer | null,
  log: Logger,
  options: { now: () => Date; batch?: number; signal?: AbortSignal },
): Promise<{ sent: number; failed: number }> {
  // Without a mailer the mail stays in the outbox, not given up: once SMTP is configured (and
  // the server restarted) it goes out. The start says how many wait (server/app.ts).
  if (!mailer) return { sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  // One mail claimed at a time, so its lease starts when its send does: a batch leased at once
  // ran out for its last mails behind a slow server, and another instance sent them too.
  for (let n = 0; n < (options.batch ?? 20) && !options.signal?.aborted; n++) {
    const now = options.now();
    const [mail] = await store.claimMail(now, 1, LEASE_MS);
    if (!mail) break;
    try {
      await mailer.send({ to: mail.to, subject: mail.subject, text: mail.text });
      await store.finishMail(mail.id, { sentAt: new Date() });
      log.info('mail.sent', { reference: mail.reference, attempt: mail.attempts });
      sent++;
    } catch (error) {
      failed++;
      const message = withoutAddresses(String((error as Error)?.message ?? error));
      const kind = error instanceof MailError ? error.kind : null;
      if (kind === 'rejected') {
        // Given up as a mail whose retries ran out is (retryAt null): kept, never due again.
        log.warn('mail.rejected', { reference: mail.reference, attempt: mail.attempts, message: message.slice(0, 200) });
        await store.finishMail(mail.id, { error: message.slice(0, 500), retryAt: null });
        continue;
      }
      const wait = RETRY_MINUTES[mail.attempts - 1];
      const retryAt = wait === undefined ? null : new Date(now.getTime() + wait * 60_000);
      log.warn('mail.failed', { reference: mail.reference, attempt: mail.attempts, retry: retryAt?.toISOString() ?? 'never', message: message.slice(0, 200) });
      await store.finishMail(mail.id, { error: message.slice(0, 500), retryAt });
      if (kind === 'unavailable') break;
    }
  }
  return { sent, failed };
}
