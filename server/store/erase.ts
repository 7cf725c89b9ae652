/**
 * Erasing one person's data on request (AVG/GDPR art. 17), by e-mail address: their
 * applications (with their Idempotency-Keys by cascade), session sign-ups and every outbox mail
 * to that address or about what is removed, in one transaction. A gathered announcement that
 * names them among others is written anew without them (`ungathering`, backend/mail.ts
 * `withoutRemoved`): the others are still announced. The CV files are returned for
 * the caller to delete from disk. Profiles are not matched by address: their owners delete or
 * edit them. Audit entries name the employee who read, not the applicant, and stay.
 */
import { type Kysely, sql } from 'kysely';
import type { Ungathering } from '../../backend/ports.js';
import type { DB } from '../db/schema.js';
import { ungatherMail } from './applications.js';

export interface Erased {
  applications: number;
  /** CV files of the removed applications, for the caller to delete from disk. */
  files: string[];
  registrations: number;
  /** Mails deleted. */
  mails: number;
  /** Gathered announcements written anew without the person (or replaced by a new one: deleted and counted in `mails` too). */
  rewritten: number;
}

export async function erasePerson(db: Kysely<DB>, email: string, ungathering: Ungathering): Promise<Erased> {
  const address = email.trim().toLowerCase();
  return db.transaction().execute(async (trx) => {
    const applications = await trx.deleteFrom('application').where(sql`lower(email)`, '=', address).returning(['id', 'cv_file']).execute();
    const registrations = await trx.deleteFrom('registration').where(sql`lower(email)`, '=', address).returning('id').execute();
    const gone = [...applications.map((row) => row.id), ...registrations.map((row) => row.id)];
    // The answer kept for a sign-up's Idempotency-Key names its id (an application's goes by cascade).
    if (registrations.length) {
      await trx
        .deleteFrom('idempotency_key')
        .where('scope', 'like', 'registration:%')
        .where(sql`body->>'id'`, '=', sql<string>`any(${registrations.map((row) => row.id)}::text[])`)
        .execute();
    }
    // First: a gathered mail whose first name goes would go by its `reference` below.
    const gathered = await ungatherMail(trx, gone, ungathering);
    const mails = await trx
      .deleteFrom('outbox')
      .where((eb) => eb.or([eb(sql`lower(to_address)`, '=', address), eb('reference', '=', sql<string>`any(${gone}::text[])`)]))
      .executeTakeFirst();
    return {
      applications: applications.length,
      files: applications.flatMap((row) => (row.cv_file ? [row.cv_file] : [])),
      registrations: registrations.length,
      mails: Number(mails.numDeletedRows) + gathered.deleted,
      rewritten: gathered.rewritten,
    };
  });
}
