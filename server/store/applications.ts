/** Applications, the answers kept under Idempotency-Keys, and the outbox (retention: ./retention.ts). */
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { ApplicationRecord, ApplicationsQuery, AuditEntry, GatheredApplication, GatheredMail, Gathering, IdempotencyRecord, MailMessage, QueuedMail, StatusChange, Stored, StoredAnswer, StoredApplication, Ungathering } from '../../backend/ports.js';
import { escapeLike } from '../../backend/search.js';
import type { Lang } from '../../backend/text.js';
import { dutchInstant } from '../../backend/time.js';
import { type ApplicationTable, type DB, toJson } from '../db/schema.js';

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
 * Stores the application, its key, its mails and its announcement in one transaction. Two
 * requests with the same key at the same moment (a double click): the key's primary key lets one
 * win; the other gets `'duplicate'`, stores nothing and answers with the winner's stored answer.
 */
export async function createApplication(
  db: Kysely<DB>,
  application: ApplicationRecord,
  answer: IdempotencyRecord,
  mails: MailMessage[],
  announce?: Gathering | null,
): Promise<Stored> {
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
          language: application.language,
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
      await queueMails(trx, mails, application.receivedAt);
      if (announce) await gatherMail(trx, announce, application);
    });
    return 'stored';
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return 'duplicate'; // unique_violation
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading and changing applications (the organisation's inbox)

type ApplicationRow = Selectable<ApplicationTable> & { organisation_id: string };

function selectApplications(db: Kysely<DB>) {
  return db
    .selectFrom('application as p')
    .innerJoin('assignment as a', 'a.id', 'p.assignment_id')
    .selectAll('p')
    .select('a.organisation_id');
}

function toApplication(row: ApplicationRow): StoredApplication {
  return {
    id: row.id,
    assignmentId: row.assignment_id,
    status: row.status,
    receivedAt: dutchInstant(row.received_at),
    name: row.name,
    email: row.email,
    phone: row.phone,
    kvkNumber: row.kvk_number,
    motivation: row.motivation,
    availableFrom: row.available_from,
    hoursPerWeek: row.hours_per_week,
    rate: row.rate,
    profileId: row.profile_id,
    cv: row.cv_file ? { file: row.cv_file, name: row.cv_name ?? row.cv_file, type: row.cv_type ?? 'application/octet-stream', size: row.cv_size ?? 0 } : null,
    acceptConditions: row.accept_conditions,
    managerConsent: row.manager_consent,
    lang: row.lang as Lang,
    language: row.language,
    applicant: row.applicant,
    version: row.version,
    organisationId: row.organisation_id,
  };
}

export async function listApplications(
  db: Kysely<DB>,
  assignmentId: string,
  query: ApplicationsQuery,
): Promise<{ items: StoredApplication[]; total: number }> {
  let base = selectApplications(db).where('p.assignment_id', '=', assignmentId);
  if (query.status.length) base = base.where('p.status', '=', sql<string>`any(${[...query.status]}::text[])`);
  const part = query.q?.trim().toLowerCase();
  if (part) {
    const like = `%${escapeLike(part)}%`;
    base = base.where((eb) => eb.or([eb(sql<string>`lower(p.name)`, 'like', like), eb(sql<string>`lower(p.email)`, 'like', like)]));
  }
  const [rows, count] = await Promise.all([
    base.orderBy('p.received_at', 'desc').orderBy('p.id').limit(query.limit).offset(query.offset).execute(),
    base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toApplication), total: Number(count.n) };
}

export async function getApplication(db: Kysely<DB>, id: string): Promise<StoredApplication | null> {
  const row = await selectApplications(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toApplication(row) : null;
}

/** One person's applications to an assignment (backend/applicant.ts says who is the same person). */
export async function applicationsByApplicants(db: Kysely<DB>, assignmentId: string, keys: readonly string[]): Promise<{ id: string; email: string; receivedAt: string }[]> {
  if (!keys.length) return [];
  const rows = await db
    .selectFrom('application')
    .select(['id', 'email', 'received_at'])
    .where('assignment_id', '=', assignmentId)
    .where(sql<string>`lower(trim(email))`, '=', sql<string>`any(${[...keys]}::text[])`)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, email: row.email, receivedAt: dutchInstant(row.received_at) }));
}

/** Compare-and-set on the version: two posters changing one application at once cannot both win. */
export async function updateApplicationStatus(db: Kysely<DB>, id: string, status: string, expectedVersion: number, mails: MailMessage[] = []): Promise<StatusChange> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('application')
      .set((eb) => ({ status, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
    if (updated) await queueMails(trx, mails, new Date().toISOString());
    const application = await getApplication(trx, id);
    if (!application) return null;
    return { outcome: updated ? ('updated' as const) : ('stale' as const), application };
  });
}

export async function applicationCounts(db: Kysely<DB>, assignmentIds: readonly string[]): Promise<Map<string, { total: number; new: number }>> {
  if (!assignmentIds.length) return new Map();
  const rows = await db
    .selectFrom('application')
    .select(['assignment_id', (eb) => eb.fn.countAll<number>().as('total'), sql<number>`count(*) filter (where status = 'received')`.as('new')])
    .where('assignment_id', '=', sql<string>`any(${[...assignmentIds]}::text[])`)
    .groupBy('assignment_id')
    .execute();
  return new Map(rows.map((row) => [row.assignment_id, { total: Number(row.total), new: Number(row.new) }]));
}

export async function newApplicationCount(db: Kysely<DB>, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('application as p')
    .innerJoin('assignment as a', 'a.id', 'p.assignment_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('a.organisation_id', '=', organisationId)
    .where('p.status', '=', 'received')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function audit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(entry).execute();
}

// ---------------------------------------------------------------------------------------------
// The outbox

/** Puts mails in the outbox, due at `at`: inside the transaction of what they announce. */
export async function queueMails(trx: Transaction<DB>, mails: MailMessage[], at: string): Promise<void> {
  if (!mails.length) return;
  await trx
    .insertInto('outbox')
    .values(mails.map((m) => ({ id: m.id, to_address: m.to, subject: m.subject, body: m.text, reference: m.reference, due_at: at, created_at: at })))
    .execute();
}

/**
 * Writes a gathering mail (backend/ports.ts `Gathering`) for `application`, inside its
 * transaction. A transaction-level advisory lock on the key makes every other application with
 * that key wait, in every instance, from reading the latest mail until the commit: two at once
 * never both start a mail. The latest mail's row is locked too, so a worker claiming it
 * (`claimMail`, `FOR UPDATE SKIP LOCKED`) skips it until the rewrite is committed; had a worker
 * claimed it first, this waits for that and reads it as leased (`attempts` > 0): never rewritten.
 */
async function gatherMail(trx: Transaction<DB>, gathering: Gathering, application: ApplicationRecord): Promise<void> {
  await lockGatherKey(trx, gathering.key);
  const row = await trx
    .selectFrom('outbox')
    .select(['id', 'created_at', 'scheduled_at', 'sent_at', 'attempts', sql<number>`coalesce(cardinality(gathered), 0)`.as('total')])
    .where('gather_key', '=', gathering.key)
    .orderBy('scheduled_at', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
  const open = !!row && row.sent_at === null && row.attempts === 0;
  const latest: GatheredMail | null = row
    ? {
        id: row.id,
        queuedAt: new Date(row.created_at),
        dueAt: new Date(row.scheduled_at ?? row.created_at),
        open,
        applications: open ? await gatheredNames(trx, row.id, gathering.names) : [],
        total: open ? Number(row.total) : 0,
      }
    : null;
  const { mail, dueAt, replaces } = gathering.compose(latest);
  if (replaces !== null) {
    if (!latest?.open || replaces !== latest.id) throw new Error(`a gathering may rewrite only the open mail under its key, not ${replaces}`);
    await trx
      .updateTable('outbox')
      .set({ to_address: mail.to, subject: mail.subject, body: mail.text, reference: mail.reference, gathered: sql<string[]>`array_append(gathered, ${application.id})` })
      .where('id', '=', replaces)
      .execute();
    return;
  }
  await trx
    .insertInto('outbox')
    .values({
      id: mail.id,
      to_address: mail.to,
      subject: mail.subject,
      body: mail.text,
      reference: mail.reference,
      created_at: application.receivedAt,
      due_at: dueAt,
      gather_key: gathering.key,
      scheduled_at: dueAt,
      gathered: [application.id],
    })
    .execute();
}

/**
 * The transaction-level advisory lock on a gathering key, which every writer of a mail under
 * it takes first. Its number hashes the schema with the key: instances of two deployments that
 * share one PostgreSQL database (`DATABASE_SCHEMA`) do not wait for each other.
 */
export async function lockGatherKey(trx: Transaction<DB>, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(current_schema() || ' ' || ${key}, 0))`.execute(trx);
}

/**
 * The first `limit` applications a gathered mail names (by `gathered`, which lists them as they
 * arrived), oldest first: at most `limit` rows, however many it names.
 */
export async function gatheredNames(trx: Transaction<DB>, mailId: string, limit: number): Promise<GatheredApplication[]> {
  const rows = await trx
    .selectFrom('application')
    .select(['id', 'name', 'received_at', 'cv_file'])
    .where('id', 'in', sql<string>`(select unnest(gathered[1:${limit}::int]) from outbox where id = ${mailId})`)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
  return rows.map((a) => ({ id: a.id, name: a.name, receivedAt: dutchInstant(a.received_at), cv: a.cv_file !== null }));
}

/**
 * Takes the applications `gone` (being removed in this transaction: erased or aged out) out of
 * every gathered mail that names them, and writes what `ungathering` (backend/mail.ts
 * `withoutRemoved`) makes of each: rewritten in place, replaced by a new mail, or deleted. The
 * keys' locks are taken in order, as `gatherMail` takes one: no application is added to these
 * mails meanwhile, and a worker's claim of one is waited for, then seen (`attempts`).
 */
export async function ungatherMail(trx: Transaction<DB>, gone: readonly string[], ungathering: Ungathering): Promise<{ deleted: number; rewritten: number }> {
  const result = { deleted: 0, rewritten: 0 };
  if (!gone.length) return result;
  const removed = sql<string[]>`${[...gone]}::text[]`;
  const keys = await trx.selectFrom('outbox').select('gather_key').distinct().where('gathered', '&&', removed).where('gather_key', 'is not', null).orderBy('gather_key').execute();
  for (const { gather_key } of keys) await lockGatherKey(trx, gather_key!);
  const rows = await trx
    .updateTable('outbox')
    .set({ gathered: sql<string[]>`array(select x from unnest(gathered) with ordinality as u(x, o) where x <> all(${removed}) order by o)` })
    .where('gathered', '&&', removed)
    .returning(['id', 'to_address', 'gather_key', 'created_at', 'scheduled_at', 'sent_at', 'attempts', 'gathered'])
    .execute();
  for (const row of rows) {
    const applications = row.gathered?.length ? await gatheredNames(trx, row.id, ungathering.names) : [];
    const assignment = applications.length
      ? await trx
          .selectFrom('assignment as a')
          .innerJoin('application as p', 'p.assignment_id', 'a.id')
          .select(['a.id', 'a.title', 'a.contact'])
          .where('p.id', '=', applications[0]!.id)
          .executeTakeFirst()
      : undefined;
    const open = row.sent_at === null && row.attempts === 0;
    const write = ungathering.compose({
      id: row.id,
      to: row.to_address,
      open,
      sent: row.sent_at !== null,
      dueAt: new Date(row.scheduled_at ?? row.created_at),
      assignment: assignment ? { id: assignment.id, title: assignment.title, contact: assignment.contact } : null,
      applications,
      total: row.gathered?.length ?? 0,
    });
    if (write && write.replaces !== null && (write.replaces !== row.id || !open)) throw new Error(`an ungathering may rewrite only the open mail it is handed, not ${write.replaces}`);
    if (write?.replaces === row.id) {
      const { mail } = write;
      await trx.updateTable('outbox').set({ to_address: mail.to, subject: mail.subject, body: mail.text, reference: mail.reference }).where('id', '=', row.id).execute();
      result.rewritten++;
      continue;
    }
    await trx.deleteFrom('outbox').where('id', '=', row.id).execute();
    result.deleted++;
    if (!write) continue;
    const { mail, dueAt } = write;
    await trx
      .insertInto('outbox')
      .values({ id: mail.id, to_address: mail.to, subject: mail.subject, body: mail.text, reference: mail.reference, created_at: dueAt, due_at: dueAt, gather_key: row.gather_key, scheduled_at: dueAt, gathered: row.gathered })
      .execute();
  }
  return result;
}

/**
 * Leases the mail that is due: `FOR UPDATE SKIP LOCKED` lets several instances claim at once
 * without taking the same mail; the lease (a later `due_at`) hides it until it is finished or
 * the worker that took it has died.
 */
export async function claimMail(db: Kysely<DB>, now: Date, limit: number, leaseMs: number): Promise<QueuedMail[]> {
  const { rows } = await sql<{ id: string; to_address: string; subject: string; body: string; reference: string | null; attempts: number }>`
    update outbox set attempts = attempts + 1, due_at = ${new Date(now.getTime() + leaseMs).toISOString()}
    where id in (
      select id from outbox where sent_at is null and due_at <= ${now.toISOString()}
      order by created_at, id limit ${limit} for update skip locked
    )
    returning id, to_address, subject, body, reference, attempts`.execute(db);
  return rows.map((r) => ({ id: r.id, to: r.to_address, subject: r.subject, text: r.body, reference: r.reference, attempts: r.attempts }));
}

/** Where a mail that is given up waits: never due again, kept to read what went wrong. */
const GIVEN_UP = new Date('9999-12-31T00:00:00Z');

/** Mails not sent yet and not given up: what the outbox still means to send. */
export async function waitingMail(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sent_at', 'is', null)
    .where('due_at', '<', GIVEN_UP)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What the outbox holds back, as /health tells it: counts and a time, never an address or an id. */
export interface MailBacklog {
  /** Mails not sent and not given up: waiting, being sent, or waiting to be tried again. */
  queued: number;
  /** Of those, the ones whose last attempt failed (`last_error`). */
  failing: number;
  /**
   * When the oldest of them was to go out (ISO 8601, UTC): when it was written, a gathered
   * announcement at the end of its window, which may lie ahead; null when none waits.
   */
  oldestQueuedAt: string | null;
}

/**
 * One statement over the mails not yet sent, which the partial index `outbox_due` (`sent_at is
 * null`, migration 0003) holds: the cost grows with the backlog, not with the sent mails the table
 * keeps for RETENTION_DAYS, so every health probe may ask.
 */
export async function mailBacklog(db: Kysely<DB>): Promise<MailBacklog> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.countAll<string>().as('queued'), eb.fn.count<string>('last_error').as('failing'), eb.fn.min(eb.fn.coalesce('scheduled_at', 'created_at')).as('oldest')])
    .where('sent_at', 'is', null)
    .where('due_at', '<', GIVEN_UP)
    .executeTakeFirstOrThrow();
  return { queued: Number(row.queued), failing: Number(row.failing), oldestQueuedAt: row.oldest === null ? null : new Date(row.oldest).toISOString() };
}

export async function finishMail(db: Kysely<DB>, id: string, result: { sentAt: Date } | { error: string; retryAt: Date | null }): Promise<void> {
  if ('sentAt' in result) {
    await db.updateTable('outbox').set({ sent_at: result.sentAt, last_error: null }).where('id', '=', id).execute();
  } else {
    await db
      .updateTable('outbox')
      .set({ last_error: result.error, due_at: result.retryAt ?? GIVEN_UP })
      .where('id', '=', id)
      .execute();
  }
}
