/**
 * The reference server's store: backend/ports.ts over PostgreSQL or PGlite through Kysely.
 * The query semantics are those of mock/memory-store.ts, in SQL; the conformance suite runs
 * against both.
 */
import { type Kysely, sql } from 'kysely';
import type { Store } from '../../backend/ports.js';
import { type Database, searchIndexed } from '../db/database.js';
import type { DB } from '../db/schema.js';
import {
  applicationCounts,
  applicationsByApplicants,
  audit,
  claimMail,
  createApplication,
  findAnswer,
  finishMail,
  waitingMail,
  getApplication,
  listApplications,
  newApplicationCount,
  saveAnswer,
  updateApplicationStatus,
} from './applications.js';
import { createAssignment, findAssignment, organisationNames, searchAssignments, updateAssignment } from './assignments.js';
import { codesInUse, loadCodes } from './codes.js';
import { createProfile, findProfile, profileOwnedBy, searchProfiles, updateProfile } from './profiles.js';
import { cancelRegistration, createSession, getSession, listRegistrations, register, registrationByToken, searchSessions, updateSession } from './sessions.js';

/** The store over `database`; list reads are tied to the request's signal (server/db/database.ts `withSignal`). */
export function kyselyStore(database: Pick<Database, 'db' | 'withSignal'>): Store {
  const { db } = database;
  /** The database for one list read: its queries end when the request's client goes away. */
  const reading = (signal: AbortSignal | undefined) => (signal ? database.withSignal(signal) : db);
  /** Whether `q` is served by the pg_trgm index: asked at the first search, then known. */
  let trigram: Promise<boolean> | null = null;
  const trigramIndexed = () => {
    trigram ??= searchIndexed(db).catch(() => {
      trigram = null; // asked again at the next search
      return false;
    });
    return trigram;
  };
  const version = dataVersion(db);
  /** After a write through this instance its own answers change at once (others within a second). */
  const writing = <A extends unknown[], R>(write: (...args: A) => Promise<R>) => async (...args: A) => {
    try {
      return await write(...args);
    } finally {
      version.forget();
    }
  };
  return {
    codes: () => loadCodes(db),
    codesInUse: (scope, codes) => codesInUse(db, scope, codes),
    dataVersion: () => version.read(),
    searchAssignments: async (query, signal) => searchAssignments(reading(signal), query, await trigramIndexed()),
    getAssignment: (id) => findAssignment(db, id),
    organisationNames: (ids) => organisationNames(db, ids),
    searchProfiles: (query, signal) => searchProfiles(reading(signal), query),
    getProfile: (id) => findProfile(db, id),
    createAssignment: writing((assignment, answer) => createAssignment(db, assignment, answer)),
    updateAssignment: writing((assignment, version) => updateAssignment(db, assignment, version)),
    profileOwnedBy: (sub) => profileOwnedBy(db, sub),
    createProfile: writing((profile, answer) => createProfile(db, profile, answer)),
    updateProfile: writing((profile, version) => updateProfile(db, profile, version)),
    searchSessions: (query) => searchSessions(db, query),
    getSession: (id) => getSession(db, id),
    createSession: (session, answer) => createSession(db, session, answer),
    updateSession: (session, version, tell, promote) => updateSession(db, session, version, tell, promote),
    register: (registration, answer, decide, mails, receipt) => register(db, registration, answer, decide, mails, receipt),
    cancelRegistration: (id, hash, promotion) => cancelRegistration(db, id, hash, promotion),
    registrationByToken: (id, hash) => registrationByToken(db, id, hash),
    listRegistrations: (sessionId, query) => listRegistrations(db, sessionId, query),
    findAnswer: (scope, key) => findAnswer(db, scope, key),
    saveAnswer: (record) => saveAnswer(db, record),
    createApplication: (application, answer, mails, announce) => createApplication(db, application, answer, mails, announce),
    listApplications: (assignmentId, query) => listApplications(db, assignmentId, query),
    applicationsByApplicants: (assignmentId, keys) => applicationsByApplicants(db, assignmentId, keys),
    getApplication: (id) => getApplication(db, id),
    updateApplicationStatus: (id, status, version, mails) => updateApplicationStatus(db, id, status, version, mails),
    applicationCounts: (ids) => applicationCounts(db, ids),
    newApplicationCount: (organisationId) => newApplicationCount(db, organisationId),
    async organisation(id) {
      const row = await db.selectFrom('organisation').select(['id', 'name', 'logo_url']).where('id', '=', id).executeTakeFirst();
      return row ? { id: row.id, name: row.name, logoUrl: row.logo_url } : null;
    },
    audit: (entry) => audit(db, entry),
    claimMail: (now, limit, leaseMs) => claimMail(db, now, limit, leaseMs),
    finishMail: (id, result) => finishMail(db, id, result),
    waitingMail: () => waitingMail(db),
    async hit(key, windowMs, now) {
      // One row per client and window, shared by every instance: the limit holds behind a load balancer.
      const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
      const row = await sql<{ count: number }>`
        insert into rate_limit (key, window_start, count) values (${key}, ${start.toISOString()}, 1)
        on conflict (key) do update set
          count = case when rate_limit.window_start = excluded.window_start then rate_limit.count + 1 else 1 end,
          window_start = excluded.window_start
        returning count`.execute(db);
      return { count: Number(row.rows[0]?.count ?? 1), resetAt: start.getTime() + windowMs };
    },
  };
}

/** How long an instance trusts the data version it read: changes through other instances show within it. */
export const DATA_VERSION_MAX_AGE_MS = 1_000;

/**
 * The data version of migration 0006 (a row raised by triggers on every write), read at most
 * once per {@link DATA_VERSION_MAX_AGE_MS} by one query that concurrent requests share, so a
 * revalidation costs no database round trip most of the time.
 */
function dataVersion(db: Kysely<DB>) {
  let cached: { at: number; version: Promise<string> } | null = null;
  return {
    read(): Promise<string> {
      const now = performance.now();
      if (!cached || now - cached.at >= DATA_VERSION_MAX_AGE_MS) {
        const version = sql<{ version: string }>`select version::text as version from data_version`
          .execute(db)
          .then((result) => result.rows[0]?.version ?? '0');
        cached = { at: now, version };
        // A failed read is not kept: the next request tries again.
        version.catch(() => {
          if (cached?.version === version) cached = null;
        });
      }
      return cached.version;
    },
    forget(): void {
      cached = null;
    },
  };
}
