/**
 * Delivering the outbox. Mail is written to the store in the transaction that stores what it
 * announces, and sent afterwards by this loop: an SMTP server that is down loses nothing (the
 * mail waits and is retried with backoff, also after a restart), nor does a missing one (the
 * mail waits until there is one), and a mail is sent once — a worker leases what it sends, so
 * two instances never send the same mail.
 */
import type { Logger, Mailer, Store } from './ports.js';

/** Minutes to wait before attempt 2, 3, …; after the last, the mail is given up (and logged). */
const RETRY_MINUTES = [1, 5, 15, 60, 180, 720];
/** A mail being sent is invisible to other workers this long. */
const LEASE_MS = 2 * 60_000;

export async function deliverMail(store: Store, mailer: Mailer | null, now: Date, log: Logger, batch = 20): Promise<{ sent: number; failed: number }> {
  // Without a mailer the mail stays in the outbox, not given up: once SMTP is configured (and
  // the server restarted) it goes out. The start says how many wait (server/app.ts).
  if (!mailer) return { sent: 0, failed: 0 };
  const due = await store.claimMail(now, batch, LEASE_MS);
  let sent = 0;
  let failed = 0;
  for (const mail of due) {
    try {
      await mailer.send({ to: mail.to, subject: mail.subject, text: mail.text });
      await store.finishMail(mail.id, { sentAt: new Date() });
      log.info('mail.sent', { reference: mail.reference, attempt: mail.attempts });
      sent++;
    } catch (error) {
      const wait = RETRY_MINUTES[mail.attempts - 1];
      const retryAt = wait === undefined ? null : new Date(now.getTime() + wait * 60_000);
      log.warn('mail.failed', { reference: mail.reference, attempt: mail.attempts, retry: retryAt?.toISOString() ?? 'never', message: String((error as Error)?.message ?? error).slice(0, 200) });
      await store.finishMail(mail.id, { error: String((error as Error)?.message ?? error).slice(0, 500), retryAt });
      failed++;
    }
  }
  return { sent, failed };
}
