/**
 * Swarm sessions and registrations in SQL: the store's semantics of backend/ports.ts (the
 * mock runs the same in JavaScript). A sign-up locks its session row (`FOR UPDATE`), counts
 * the taken seats and inserts in one transaction, so concurrent sign-ups never exceed the
 * capacity; a cancellation moves the first on the waitlist up in the same transaction.
 */
import { type Insertable, type Kysely, type Selectable, type SqlBool, sql, type Transaction } from 'kysely';
import type {
  IdempotencyRecord,
  ListQuery,
  ListResult,
  MailMessage,
  SessionChange,
  SessionFacet,
  SessionFilter,
  Stored,
  Promotion,
  StoredRegistration,
  StoredSession,
} from '../../backend/ports.js';
import { textLanguage } from '../../backend/present.js';
import { sessionSearchKey } from '../../backend/search.js';
import type { Lang } from '../../backend/text.js';
import { dutchInstant } from '../../backend/time.js';
import type { RegistrationReceipt, RegistrationStatus } from '../../src/api/schemas.js';
import { type DB, type RegistrationTable, type SessionTable, toJson } from '../db/schema.js';
import { queueMails } from './applications.js';
import { and, type Condition, matchesSearch, oneOf } from './conditions.js';

type Row = Selectable<SessionTable> & { organisation_name: string; organisation_logo_url: string | null; registered: number };

function selectSessions(db: Kysely<DB> | Transaction<DB>) {
  return db
    .selectFrom('session as s')
    .innerJoin('organisation as o', 'o.id', 's.organisation_id')
    .selectAll('s')
    .select([
      'o.name as organisation_name',
      'o.logo_url as organisation_logo_url',
      sql<number>`(select count(*) from registration r where r.session_id = s.id and r.status = 'registered')`.as('registered'),
    ]);
}

function toSession(row: Row): StoredSession {
  return {
    id: row.id,
    title: row.title,
    question: row.question,
    organisation: { id: row.organisation_id, name: row.organisation_name, logoUrl: row.organisation_logo_url },
    startsAt: dutchInstant(row.starts_at),
    endsAt: dutchInstant(row.ends_at),
    place: row.place,
    onlineUrl: row.online_url,
    capacity: row.capacity,
    seatsLeft: 0,
    signUpDeadline: row.sign_up_deadline,
    fields: row.fields.map((value) => ({ value, label: value })),
    status: row.status as StoredSession['status'],
    url: row.url,
    region: row.region ? { value: row.region, label: row.region } : null,
    assignmentId: row.assignment_id,
    language: row.language,
    registered: Number(row.registered),
    version: row.version,
  };
}

export function sessionRow(s: StoredSession): Omit<Insertable<SessionTable>, 'version'> {
  return {
    id: s.id,
    title: s.title,
    question: s.question,
    organisation_id: s.organisation.id,
    starts_at: s.startsAt,
    ends_at: s.endsAt,
    place: s.place ?? null,
    online_url: s.onlineUrl ?? null,
    capacity: s.capacity,
    sign_up_deadline: s.signUpDeadline,
    fields: toJson(s.fields.map((f) => f.value)),
    region: s.region?.value ?? null,
    assignment_id: s.assignmentId ?? null,
    url: s.url ?? null,
    status: s.status === 'cancelled' ? 'cancelled' : 'open',
    language: textLanguage(s),
    search_text: sessionSearchKey(s),
  };
}

export async function searchSessions(db: Kysely<DB>, query: ListQuery<SessionFilter, SessionFacet, 'startsAt'>): Promise<ListResult<StoredSession, SessionFacet>> {
  const { filter, selected } = query;
  const base = and([sql`starts_at >= ${filter.from}::date`, oneOf('assignment_id', filter.assignment), matchesSearch(filter.search)]);
  const facetFilters: Record<SessionFacet, Condition | null> = {
    field: selected.field.length ? sql`fields ?| ${[...selected.field]}::text[]` : null,
    region: oneOf('region', selected.region),
    organisation: oneOf('organisation_id', selected.organisation),
  };
  const [rows, counted] = await Promise.all([
    selectSessions(db)
      .where(and([base, ...Object.values(facetFilters)]))
      .orderBy('s.starts_at')
      .orderBy('s.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    countSessionFacets(db, base, facetFilters),
  ]);
  return { items: rows.map(toSession), total: counted.total, counts: counted.counts };
}

/** Facets of sessions: `fields` is a JSON array, so it is unnested here rather than in countFacets. */
async function countSessionFacets(db: Kysely<DB>, base: Condition, filters: Record<SessionFacet, Condition | null>) {
  const others = (skip: SessionFacet | null) => and((Object.keys(filters) as SessionFacet[]).filter((f) => f !== skip).map((f) => filters[f]));
  const { rows } = await sql<{ facet: string; value: string | null; count: number }>`
    with base as (select fields, region, organisation_id from session where ${base})
    select 'total' as facet, null::text as value, count(*) as count from base where ${others(null)}
    union all select 'field', f, count(*) from base cross join lateral jsonb_array_elements_text(fields) as f where ${others('field')} group by 2
    union all select 'region', region, count(*) from base where ${others('region')} and region is not null group by 2
    union all select 'organisation', organisation_id, count(*) from base where ${others('organisation')} group by 2`.execute(db);
  let total = 0;
  const counts: Record<SessionFacet, { value: string; count: number; label?: string }[]> = { field: [], region: [], organisation: [] };
  for (const row of rows) {
    if (row.facet === 'total') total = Number(row.count);
    else if (row.value !== null) counts[row.facet as SessionFacet].push({ value: row.value, count: Number(row.count) });
  }
  if (counts.organisation.length) {
    const names = await db.selectFrom('organisation').select(['id', 'name']).where('id', '=', sql<string>`any(${counts.organisation.map((c) => c.value)}::text[])`).execute();
    for (const entry of counts.organisation) entry.label = names.find((n) => n.id === entry.value)?.name;
  }
  return { total, counts };
}

export async function getSession(db: Kysely<DB> | Transaction<DB>, id: string): Promise<StoredSession | null> {
  const row = await selectSessions(db).where('s.id', '=', id).executeTakeFirst();
  return row ? toSession(row as Row) : null;
}

export async function createSession(db: Kysely<DB>, session: StoredSession, answer: IdempotencyRecord): Promise<Stored> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('session').values({ ...sessionRow(session), version: 1 }).execute();
      await trx
        .insertInto('idempotency_key')
        .values({ scope: answer.scope, key: answer.key, fingerprint: answer.fingerprint, status: answer.status, body: toJson(answer.body), application_id: null })
        .execute();
    });
    return 'stored';
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return 'duplicate';
    throw error;
  }
}

export async function updateSession(
  db: Kysely<DB>,
  session: StoredSession,
  expectedVersion: number,
  tell?: (holders: StoredRegistration[]) => MailMessage[],
  promote?: Promotion,
): Promise<SessionChange> {
  const { id, ...row } = sessionRow(session);
  return db.transaction().execute(async (trx) => {
    // The lock sign-ups take (register): no seat is taken between this count and the change.
    const locked = await trx.selectFrom('session').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    const current = locked ? await getSession(trx, id) : null;
    if (!current) return null;
    if (current.version !== expectedVersion) return { outcome: 'stale' as const, value: current };
    if (current.registered > session.capacity) return { outcome: 'overbooked' as const, value: current };
    await trx.updateTable('session').set({ ...row, version: expectedVersion + 1 }).where('id', '=', id).execute();
    if (tell) {
      const holders = await trx.selectFrom('registration').selectAll().where('session_id', '=', id).where('status', 'in', ['registered', 'waitlisted']).orderBy('seq').execute();
      await queueMails(trx, tell(holders.map(toRegistration)), new Date().toISOString());
    }
    const free = session.capacity - current.registered;
    if (promote && session.status !== 'cancelled' && free > 0) {
      const waiting = await trx.selectFrom('registration').selectAll().where('session_id', '=', id).where('status', '=', 'waitlisted').orderBy('seq').limit(free).execute();
      const seated = await getSession(trx, id);
      for (const row of waiting) {
        const link = await promote.next();
        await trx.updateTable('registration').set({ status: 'registered', token_hash: link.hash }).where('id', '=', row.id).execute();
        if (seated) await queueMails(trx, promote.mails({ ...toRegistration(row), status: 'registered', tokenHash: link.hash }, seated, link.token), new Date().toISOString());
      }
    }
    const updated = await getSession(trx, id);
    return updated && { outcome: 'updated' as const, value: updated };
  });
}

function toRegistration(row: Omit<Selectable<RegistrationTable>, 'seq'>): StoredRegistration {
  return {
    id: row.id,
    sessionId: row.session_id,
    status: row.status as RegistrationStatus,
    receivedAt: dutchInstant(row.received_at),
    name: row.name,
    email: row.email,
    profileId: row.profile_id,
    lang: row.lang as Lang,
    tokenHash: row.token_hash,
  };
}


export async function register(
  db: Kysely<DB>,
  registration: Omit<StoredRegistration, 'status'>,
  answer: Omit<IdempotencyRecord, 'body'>,
  decide: (session: StoredSession) => 'registered' | 'waitlisted' | null,
  mails: (registration: StoredRegistration, session: StoredSession) => MailMessage[],
  receipt: (registration: StoredRegistration, session: StoredSession) => RegistrationReceipt,
): Promise<{ outcome: 'stored'; registration: StoredRegistration; receipt: RegistrationReceipt } | { outcome: 'duplicate' | 'closed' | 'unknown' | 'already' }> {
  try {
    return await db.transaction().execute(async (trx) => {
      // The lock that keeps the seat count honest: concurrent sign-ups for this session wait here.
      const locked = await trx.selectFrom('session').select('id').where('id', '=', registration.sessionId).forUpdate().executeTakeFirst();
      if (!locked) return { outcome: 'unknown' as const };
      const session = await getSession(trx, registration.sessionId);
      if (!session) return { outcome: 'unknown' as const };
      // Under the same lock: two sign-ups with one address at once take one place.
      const held = await trx
        .selectFrom('registration')
        .select('id')
        .where('session_id', '=', registration.sessionId)
        .where(sql<SqlBool>`lower(email) = lower(${registration.email})`)
        .where('status', '<>', 'cancelled')
        .executeTakeFirst();
      if (held) return { outcome: 'already' as const };
      const status = decide(session);
      if (!status) return { outcome: 'closed' as const };
      const stored: StoredRegistration = { ...registration, status };
      const body = receipt(stored, session);
      await trx
        .insertInto('registration')
        .values({
          id: stored.id,
          session_id: stored.sessionId,
          status,
          received_at: stored.receivedAt,
          name: stored.name,
          email: stored.email,
          profile_id: stored.profileId,
          lang: stored.lang,
          token_hash: stored.tokenHash,
        })
        .execute();
      await trx
        .insertInto('idempotency_key')
        .values({
          scope: answer.scope,
          key: answer.key,
          fingerprint: answer.fingerprint,
          status: answer.status,
          body: toJson(body),
          application_id: null,
        })
        .execute();
      await queueMails(trx, mails(stored, session), stored.receivedAt);
      return { outcome: 'stored' as const, registration: stored, receipt: body };
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return { outcome: 'duplicate' };
    throw error;
  }
}

export async function cancelRegistration(
  db: Kysely<DB>,
  id: string,
  tokenHash: string,
  promotion: { tokenHash: string; mails: (promoted: StoredRegistration, session: StoredSession) => MailMessage[] },
): Promise<{ outcome: 'cancelled' | 'already'; registration: StoredRegistration; promoted: StoredRegistration | null } | { outcome: 'unknown' }> {
  return db.transaction().execute(async (trx) => {
    const found = await trx.selectFrom('registration').selectAll().where('id', '=', id).where('token_hash', '=', tokenHash).executeTakeFirst();
    if (!found) return { outcome: 'unknown' as const };
    await trx.selectFrom('session').select('id').where('id', '=', found.session_id).forUpdate().execute();
    const current = await trx.selectFrom('registration').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    if (current.status === 'cancelled') return { outcome: 'already' as const, registration: toRegistration(current), promoted: null };
    await trx.updateTable('registration').set({ status: 'cancelled' }).where('id', '=', id).execute();
    let promoted: StoredRegistration | null = null;
    if (current.status === 'registered') {
      const next = await trx
        .selectFrom('registration')
        .selectAll()
        .where('session_id', '=', current.session_id)
        .where('status', '=', 'waitlisted')
        .orderBy('seq')
        .limit(1)
        .executeTakeFirst();
      if (next) {
        await trx.updateTable('registration').set({ status: 'registered', token_hash: promotion.tokenHash }).where('id', '=', next.id).execute();
        promoted = { ...toRegistration(next), status: 'registered' };
        const session = await getSession(trx, current.session_id);
        if (session) await queueMails(trx, promotion.mails(promoted, session), new Date().toISOString());
      }
    }
    return { outcome: 'cancelled' as const, registration: { ...toRegistration(current), status: 'cancelled' as const }, promoted };
  });
}

export async function registrationByToken(db: Kysely<DB>, id: string, tokenHash: string): Promise<StoredRegistration | null> {
  const row = await db.selectFrom('registration').selectAll().where('id', '=', id).where('token_hash', '=', tokenHash).executeTakeFirst();
  return row ? toRegistration(row) : null;
}

export async function listRegistrations(db: Kysely<DB>, sessionId: string, query: { offset: number; limit: number }): Promise<{ items: StoredRegistration[]; total: number }> {
  const base = db.selectFrom('registration').where('session_id', '=', sessionId);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('seq').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRegistration), total: Number(count.n) };
}

/** Seeds sessions and their registrations (first start, demo data). */
export async function importSessions(db: Kysely<DB> | Transaction<DB>, sessions: StoredSession[], registrations: StoredRegistration[]): Promise<void> {
  for (const session of sessions) {
    await db.insertInto('session').values({ ...sessionRow(session), version: 1 }).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
  for (const r of registrations) {
    await db
      .insertInto('registration')
      .values({ id: r.id, session_id: r.sessionId, status: r.status, received_at: r.receivedAt, name: r.name, email: r.email, profile_id: r.profileId, lang: r.lang, token_hash: r.tokenHash })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}
