/**
 * Erasing one person's data on request (AVG/GDPR art. 17), by e-mail address: their
 * applications (with their Idempotency-Keys by cascade), session sign-ups and every outbox mail
 * to that address or about or naming what is removed, in one transaction. The CV files are returned for
 * the caller to delete from disk. Profiles are not matched by address: their owners delete or
 * edit them. Audit entries name the employee who read, not the applicant, and stay.
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';

export interface Erased {
  applications: number;
  /** CV files of the removed applications, for the caller to delete from disk. */
  files: string[];
  registrations: number;
  mails: number;
}

export async function erasePerson(db: Kysely<DB>, email: string): Promise<Erased> {
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
    const mails = await trx
      .deleteFrom('outbox')
      .where((eb) =>
        eb.or([
          eb(sql`lower(to_address)`, '=', address),
          eb('reference', '=', sql<string>`any(${gone}::text[])`),
          // A gathered announcement names others too: it goes all the same (they stay in the inbox).
          eb('gathered', '&&', sql<string[]>`${gone}::text[]`),
        ]),
      )
      .executeTakeFirst();
    return {
      applications: applications.length,
      files: applications.flatMap((row) => (row.cv_file ? [row.cv_file] : [])),
      registrations: registrations.length,
      mails: Number(mails.numDeletedRows),
    };
  });
}
