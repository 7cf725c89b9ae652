/**
 * The database's own identity: a random id, made on the first start of this version and kept in
 * `meta`, so it travels with the data (a backup restored keeps it). CV files live in a folder of
 * that name under UPLOAD_DIR (server/files.ts): two databases, or two schemas of one, that share
 * an UPLOAD_DIR each see only their own folder, and the retention's orphan sweep of one can never
 * reach the other's files.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export const DATABASE_ID = 'database_id';

/** This database's id, made once; instances starting at the same moment agree on the first one written. */
export async function databaseId(db: Kysely<DB>): Promise<string> {
  await db
    .insertInto('meta')
    .values({ key: DATABASE_ID, value: randomUUID() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('meta').select('value').where('key', '=', DATABASE_ID).executeTakeFirstOrThrow();
  if (!/^[0-9a-f-]{36}$/i.test(row.value)) throw new Error(`meta.${DATABASE_ID} is not an id made by this server ("${row.value.slice(0, 40)}"): it names the database's folder in UPLOAD_DIR`);
  return row.value;
}
