/** Applications, the answers kept under Idempotency-Keys, and deleting both after retention. */
import type { Kysely } from 'kysely';
import type { ApplicationRecord, IdempotencyRecord, Stored, StoredAnswer } from '../../backend/ports.js';
import { type DB, toJson } from '../db/schema.js';

/** The answer an earlier request with this key got, if it was accepted. */
export async function findAnswer(db: Kysely<DB>, scope: string, key: string): Promise<StoredAnswer | null> {
  const row = await db
    .selectFrom('idempotency_key')
    .select(['fingerprint', 'status', 'body'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
  return row ?? null;
}

/** Remembers an answer without anything behind it (a honeypot hit); retention removes it by age. */
export async function saveAnswer(db: Kysely<DB>, record: IdempotencyRecord): Promise<void> {
  await db
    .insertInto('idempotency_key')
    .values({ scope: record.scope, key: record.key, fingerprint: record.fingerprint, status: record.status, body: toJson(record.body), application_id: null })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .execute();
}

/**
 * Stores the application and its key in one transaction. Two requests with the same key at
 * the same moment (a double click): the key's primary key lets one win; the other gets
 * `'duplicate'`, stores nothing and answers with the winner's stored answer.
 */
export async function createApplication(db: Kysely<DB>, application: ApplicationRecord, answer: IdempotencyRecord): Promise<Stored> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('application')
        .values({
          id: application.id,
          assignment_id: application.assignmentId,
          status: application.status,
          name: application.name,
          email: application.email,
          phone: application.phone,
          kvk_number: application.kvkNumber,
          motivation: application.motivation,
          available_from: application.availableFrom,
          hours_per_week: application.hoursPerWeek,
          rate: application.rate,
          profile_id: application.profileId,
          cv_file: application.cv?.file ?? null,
          cv_name: application.cv?.name ?? null,
          cv_type: application.cv?.type ?? null,
          cv_size: application.cv?.size ?? null,
          accept_conditions: application.acceptConditions,
          manager_consent: application.managerConsent,
          lang: application.lang,
          applicant: application.applicant,
          received_at: application.receivedAt,
        })
        .execute();
      await trx
        .insertInto('idempotency_key')
        .values({
          scope: answer.scope,
          key: answer.key,
          fingerprint: answer.fingerprint,
          application_id: application.id,
          status: answer.status,
          body: toJson(answer.body),
        })
        .execute();
    });
    return 'stored';
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return 'duplicate'; // unique_violation
    throw error;
  }
}

/** Deletes applications received before `before`; returns their CV file names. */
export async function deleteApplicationsBefore(db: Kysely<DB>, before: Date): Promise<{ count: number; files: string[] }> {
  const deleted = await db.deleteFrom('application').where('received_at', '<', before).returning(['cv_file']).execute();
  // Keys of applications are removed by the foreign key's cascade; this catches any leftovers.
  await db.deleteFrom('idempotency_key').where('created_at', '<', before).execute();
  return { count: deleted.length, files: deleted.flatMap((row) => (row.cv_file ? [row.cv_file] : [])) };
}

/** CV file names still referenced (the retention sweep keeps these). */
export async function referencedFiles(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom('application').select('cv_file').where('cv_file', 'is not', null).execute();
  return new Set(rows.map((row) => row.cv_file as string));
}
