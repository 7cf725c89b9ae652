/**
 * Deleting personal data after the retention period (server/retention.ts says when), from every
 * table that holds it, in one place: a table left out here is a broken AVG promise, as the
 * outbox was (the application was gone, the mails naming the applicant were not).
 */
import { type Kysely, sql } from 'kysely';
import type { Ungathering } from '../../backend/ports.js';
import type { DB } from '../db/schema.js';
import { ungatherMail } from './applications.js';

/**
 * Every rate limit counts per minute (backend/routes/applications.ts `rateLimit`); a row whose
 * window began longer ago than this counts nothing any more and only keeps an IP address.
 * An hour leaves room for a longer window without cutting one short.
 */
export const RATE_LIMIT_ROW_MAX_AGE_MS = 3_600_000;

export interface Removed {
  applications: number;
  /** CV files of the removed applications, for the caller to delete from disk. */
  files: string[];
  registrations: number;
  /** Mails deleted. */
  mails: number;
  /** Gathered announcements written anew without the applications removed (see {@link deletePersonalData}). */
  rewritten: number;
  rateLimits: number;
  auditEntries: number;
}

/**
 * Removes, in one transaction (so no mail outlives the application it names after a crash):
 * - applications received before `before`, with their Idempotency-Keys;
 * - sign-ups of sessions that ended before `before` (until then the organiser needs the list);
 * - the outbox's mails about either (sent or not), every mail sent before `before`, and older
 *   mails whose application or sign-up is already gone (left by a release before this one);
 *   a gathered announcement that names applications which stay too is written anew without the
 *   removed ones (`ungathering`, backend/mail.ts `withoutRemoved`): an old first name ageing out
 *   does not take the announcement of recent applicants with it;
 * - audit entries older than `before`: they name the employee who read, and every application
 *   read then is gone; entries about a session whose sign-ups are still kept stay with them;
 * - rate-limit rows older than {@link RATE_LIMIT_ROW_MAX_AGE_MS} before `now`.
 */
export async function deletePersonalData(db: Kysely<DB>, before: Date, now: Date, ungathering: Ungathering): Promise<Removed> {
  return db.transaction().execute(async (trx) => {
    const applications = await trx.deleteFrom('application').where('received_at', '<', before).returning(['id', 'cv_file']).execute();
    // Keys of applications go by the foreign key's cascade; this catches the other kinds by age.
    await trx.deleteFrom('idempotency_key').where('created_at', '<', before).execute();
    const registrations = await trx
      .deleteFrom('registration')
      .where('session_id', 'in', (eb) => eb.selectFrom('session').select('id').where('ends_at', '<', before))
      .returning('id')
      .execute();
    const gone = [...applications.map((row) => row.id), ...registrations.map((row) => row.id)];
    // First: a gathered mail whose first name goes would go by its `reference` below.
    const gathered = await ungatherMail(trx, gone, ungathering);
    const mails = await trx
      .deleteFrom('outbox')
      .where((eb) =>
        eb.or([
          eb('reference', '=', sql<string>`any(${gone}::text[])`),
          eb('sent_at', '<', before),
          eb.and([
            eb('created_at', '<', before),
            eb.not(eb.exists(eb.selectFrom('application').select('id').whereRef('application.id', '=', 'outbox.reference'))),
            eb.not(eb.exists(eb.selectFrom('registration').select('id').whereRef('registration.id', '=', 'outbox.reference'))),
          ]),
        ]),
      )
      .executeTakeFirst();
    const audit = await trx
      .deleteFrom('audit_log')
      .where('at', '<', before)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('registration').select('id').whereRef('registration.session_id', '=', 'audit_log.target'))))
      .executeTakeFirst();
    const rateLimits = await trx
      .deleteFrom('rate_limit')
      .where('window_start', '<', new Date(now.getTime() - RATE_LIMIT_ROW_MAX_AGE_MS))
      .executeTakeFirst();
    return {
      applications: applications.length,
      files: applications.flatMap((row) => (row.cv_file ? [row.cv_file] : [])),
      registrations: registrations.length,
      mails: Number(mails.numDeletedRows) + gathered.deleted,
      rewritten: gathered.rewritten,
      rateLimits: Number(rateLimits.numDeletedRows),
      auditEntries: Number(audit.numDeletedRows),
    };
  });
}

/** CV file names still referenced (the retention sweep keeps these). */
export async function referencedFiles(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom('application').select('cv_file').where('cv_file', 'is not', null).execute();
  return new Set(rows.map((row) => row.cv_file as string));
}
