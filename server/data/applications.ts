/** Storing applications with their idempotency record, and deleting them after retention. */
import type { Insertable, Kysely } from 'kysely';
import type { ApplicationReceipt } from '../../src/api/schemas.js';
import { type ApplicationTable, type DB, toJson } from '../db/schema.js';

export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** The answer an earlier request with this key got, if it was accepted. */
export async function findAnswer(db: Kysely<DB>, assignmentId: string, key: string): Promise<StoredAnswer | undefined> {
  return db
    .selectFrom('idempotency')
    .select(['fingerprint', 'status', 'body'])
    .where('assignment_id', '=', assignmentId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/**
 * Stores the application and its key in one transaction. Two requests with the same key at
 * the same moment (a double click): the key's primary key lets one win; the other gets
 * `'duplicate'`, stores nothing and answers with the winner's stored answer.
 */
export async function storeApplication(
  db: Kysely<DB>,
  application: Insertable<ApplicationTable>,
  idempotency: { key: string; fingerprint: string; receipt: ApplicationReceipt },
): Promise<'stored' | 'duplicate'> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('application').values(application).execute();
      await trx
        .insertInto('idempotency')
        .values({
          assignment_id: application.assignment_id,
          key: idempotency.key,
          fingerprint: idempotency.fingerprint,
          application_id: application.id,
          status: 201,
          body: toJson(idempotency.receipt),
        })
        .execute();
    });
    return 'stored';
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return 'duplicate'; // unique_violation
    throw error;
  }
}

/**
 * Remembers the answer given to a key without an application behind it (a honeypot hit), so a
 * replay gets the same receipt. Retention removes it by age.
 */
export async function storeAnswerOnly(
  db: Kysely<DB>,
  assignmentId: string,
  idempotency: { key: string; fingerprint: string; receipt: ApplicationReceipt },
): Promise<void> {
  await db
    .insertInto('idempotency')
    .values({
      assignment_id: assignmentId,
      key: idempotency.key,
      fingerprint: idempotency.fingerprint,
      application_id: null,
      status: 201,
      body: toJson(idempotency.receipt),
    })
    .onConflict((oc) => oc.columns(['assignment_id', 'key']).doNothing())
    .execute();
}

/** Deletes applications received before `before`; returns their CV file names. */
export async function deleteApplicationsBefore(db: Kysely<DB>, before: Date): Promise<{ count: number; files: string[] }> {
  const deleted = await db.deleteFrom('application').where('received_at', '<', before).returning(['cv_file']).execute();
  // Keys of applications are removed by the foreign key's cascade; this catches any leftovers.
  await db.deleteFrom('idempotency').where('created_at', '<', before).execute();
  return { count: deleted.length, files: deleted.flatMap((row) => (row.cv_file ? [row.cv_file] : [])) };
}

/** CV file names still referenced (the retention sweep keeps these). */
export async function referencedFiles(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom('application').select('cv_file').where('cv_file', 'is not', null).execute();
  return new Set(rows.map((row) => row.cv_file as string));
}
