/**
 * What the one implementation of the contract (backend/app.ts) needs from the world around it.
 * The reference server plugs in PostgreSQL/PGlite (Kysely), the disk, JWTs and SMTP; the mock
 * plugs in memory, fixed test identities and a mail list. Everything that decides what a
 * request means — validation, who may see what, problems, idempotency, facets — stays in the
 * core, so a reader finds each rule in one file.
 */
import type { AssignmentInput, ProfileInput, RegistrationReceipt, RegistrationStatus, SessionInput } from '../src/api/schemas.js';
import type { SearchQuery } from './search.js';
import type { Lang } from './text.js';

// ---------------------------------------------------------------------------------------------
// Who is asking

/** A verified identity (a token's claims). Anonymous requests have none. */
export interface Viewer {
  /** The person (`sub`). */
  sub: string;
  /** Their organisation (`org`): whose internal data they may see, and post for. */
  organisation: string | null;
  /** Member of the regional network: may see `network` data. */
  network: boolean;
  /** `poster`: may post the organisation's assignments and read their applications. */
  roles: readonly string[];
  /** Their own profile, when the token says so (`profile`). */
  profileId: string | null;
}

export interface Identity {
  /**
   * The viewer a token stands for, or null when it is not valid (bad signature, expired, unknown).
   * `log`: the request's logger (its lines carry the request's id), for why a token was refused.
   */
  verify(token: string, log?: Logger): Promise<Viewer | null>;
  /** Development only (`POST /dev/token`): a token for these claims. */
  mint?(claims: TokenClaims, ttlSeconds: number): Promise<string>;
}

export interface TokenClaims {
  sub?: string;
  org?: string | null;
  roles?: string[];
  profile?: string | null;
  network?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Data

export type CodeList = 'field' | 'region' | 'type' | 'kind' | 'mode';

export interface CodeEntry {
  list: CodeList;
  value: string;
  /** Display order within the list. */
  position: number;
  labels: Partial<Record<Lang, string>>;
  /** Part of the network's vocabulary; false for values first met in data (they may be internal-only). */
  curated: boolean;
}

/** A value of a code list. */
export interface CodeRef {
  list: CodeList;
  value: string;
}

/** What a viewer may see beyond public data (backend/policy.ts `scopeOf`, `inScope`). */
export interface Scope {
  network: boolean;
  /** The organisation whose `internal` data is visible. */
  internalOf: string | null;
  /** The viewer (`sub`), who sees the profile they own whatever its visibility. */
  owner: string | null;
}

export interface AssignmentFilter {
  scope: Scope;
  visibility: 'public' | 'internal' | 'all';
  status: 'open' | 'closed' | 'all';
  /** Dutch calendar date: an assignment whose closing date is before it is closed. */
  today: string;
  search: SearchQuery | null;
  hoursMin?: number;
  hoursMax?: number;
}

export const assignmentFacets = ['field', 'region', 'type', 'mode', 'organisation'] as const;
export type AssignmentFacet = (typeof assignmentFacets)[number];
/** `-newApplications`: most applications still `received` first, then newest published (the inbox's `sort=-new`). */
/**
 * `openByClosingDate` (the inbox's `closingDate`, over open and closed alike): the open ones
 * closing soonest first, then the closed ones, most recently closed first.
 */
export type AssignmentSort = 'closingDate' | '-publishedAt' | 'title' | 'relevance' | '-newApplications' | 'openByClosingDate';

export interface ProfileFilter {
  scope: Scope;
  search: SearchQuery | null;
  /** Available on or before this date. */
  availableFrom?: string;
  hoursMin?: number;
}

export const profileFacets = ['field', 'region', 'kind'] as const;
export type ProfileFacet = (typeof profileFacets)[number];
export type ProfileSort = 'name' | '-updatedAt';

/** A list query: a filter, chosen facet values (OR within a facet, AND across), order, window. */
export interface ListQuery<Filter, Facet extends string, Sort> {
  filter: Filter;
  selected: Record<Facet, readonly string[]>;
  sort: Sort;
  offset: number;
  limit: number;
}

/** Counts per facet value, each facet counted over every filter but its own (standard faceted search). */
export type FacetCounts<Facet extends string> = Record<Facet, { value: string; count: number; label?: string }[]>;

export interface ListResult<Item, Facet extends string> {
  items: Item[];
  total: number;
  counts: FacetCounts<Facet>;
}

/**
 * An assignment as stored: the contract's shape (labels may be stale: the core relabels), and
 * its version (raised on every change: the ETag that `If-Match` names). Seed and imported data
 * start without one, at version 1.
 */
export type StoredAssignment = AssignmentInput & { version?: number };
/** A profile as stored, with its version and its owner (the `sub` that created it), when it has one. */
export type StoredProfile = ProfileInput & { version?: number; owner?: string | null };

/** A session as stored, with how many seats are taken (status `registered`) and its version. */
export type StoredSession = SessionInput & { version?: number; registered: number };

export interface SessionFilter {
  search: SearchQuery | null;
  /** Sessions that start on or after this Dutch date. */
  from: string;
  /** Extension: only sessions whose `assignmentId` is one of these (none: no such filter). */
  assignment: readonly string[];
}

export const sessionFacets = ['field', 'region', 'organisation'] as const;
export type SessionFacet = (typeof sessionFacets)[number];

export interface StoredRegistration {
  id: string;
  sessionId: string;
  status: RegistrationStatus;
  receivedAt: string;
  name: string;
  email: string;
  profileId: string | null;
  lang: Lang;
  /** SHA-256 of the secret in the mail's cancel link (the secret itself is never stored). */
  tokenHash: string;
}

/** The result of a compare-and-set on a version: `stale` carries the current one; null when unknown. */
export type VersionedChange<T> = { outcome: 'updated' | 'stale'; value: T } | null;

/**
 * A session's change, or `overbooked` when its capacity is below the seats taken at the moment
 * of the change (under the lock sign-ups take): the capacity is never exceeded. `value` is the
 * session as it is, with its seats taken.
 */
export type SessionChange = VersionedChange<StoredSession> | { outcome: 'overbooked'; value: StoredSession };

/** Moving up from the waitlist to a seat: a new cancel link (for a seat) and the mail that says so. */
export interface Promotion {
  next: () => Promise<{ hash: string; token: string }>;
  mails: (promoted: StoredRegistration, session: StoredSession, token: string) => MailMessage[];
}

/** An accepted request's answer, kept under its `Idempotency-Key`. */
export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

export interface IdempotencyRecord extends StoredAnswer {
  /** What the key belongs to, e.g. `application:a-2026-0042`. */
  scope: string;
  key: string;
}

export interface ApplicationRecord {
  id: string;
  assignmentId: string;
  status: string;
  receivedAt: string;
  name: string;
  email: string;
  phone: string | null;
  kvkNumber: string | null;
  motivation: string;
  availableFrom: string | null;
  hoursPerWeek: number | null;
  rate: number | null;
  profileId: string | null;
  /** The stored file: its generated name, the applicant's own name, type and size. */
  cv: { file: string; name: string; type: string; size: number } | null;
  acceptConditions: boolean;
  managerConsent: boolean;
  /** The applicant's language (mails in it). */
  lang: Lang;
  /** The language of the applicant's texts (`language`), as the form said (absent: Dutch); `lang` is that of the answers and mails. */
  language: string;
  /** Who applied when signed in (`sub`), else null. */
  applicant: string | null;
}

export type Stored = 'stored' | 'duplicate';

/** An application with what the store keeps about it: its version (ETag) and organisation. */
/** Which of an assignment's applications a poster asks for (`GET /assignments/{id}/applications`). */
export interface ApplicationsQuery {
  status: readonly string[];
  /** A part of the applicant's name or e-mail address, in any case. */
  q?: string;
  offset: number;
  limit: number;
}

export interface StoredApplication extends ApplicationRecord {
  version: number;
  /** The organisation of the assignment it was sent to: whose posters may read it. */
  organisationId: string;
}

export type StatusChange = { outcome: 'updated' | 'stale'; application: StoredApplication } | null;

/** A mail waiting in the outbox: written in the same transaction as what it announces. */
export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  /** What it is about (an application id), for logs; never its content. */
  reference: string | null;
}

export interface QueuedMail extends MailMessage {
  attempts: number;
}

/**
 * A mail that gathers what arrives for one recipient while it waits: the announcement of
 * applications to an assignment's contact (backend/mail.ts `announcement`). The rule — mail at
 * once, gather, or add to the mail that waits — and the text are the caller's; the store finds
 * the latest mail under `key` and writes what `compose` returns, atomically with what it
 * announces.
 */
export interface Gathering {
  /** Which mails gather together (an assignment and its contact's address): one mail at a time per key. */
  key: string;
  /**
   * How many of the applications a mail names `compose` needs to read (the oldest); the others
   * it only counts, so a mail naming thousands costs the store no more than one naming this many.
   */
  names: number;
  /**
   * Called once, in the transaction that stores the application, while every other caller with
   * the same key waits (in every instance), with the latest mail under `key` (null: none yet).
   * Returns the mail to write: new, or with `replaces` the id of `latest`, rewritten in place,
   * which only a `latest` that is `open` may be.
   */
  compose(latest: GatheredMail | null): GatheredWrite;
}

/** A mail under a {@link Gathering}'s key, as the store hands it to `compose`. */
export interface GatheredMail {
  id: string;
  /** When it was written. */
  queuedAt: Date;
  /** When it was to go out when written: leases and retries do not move it. */
  dueAt: Date;
  /**
   * Not sent, and never leased by a worker (`attempts` 0): its text may still change. Until the
   * transaction ends no worker claims it (it sends the rewritten text afterwards); one that
   * claimed it first has made it not open here.
   */
  open: boolean;
  /** The oldest of the applications it names, at most the {@link Gathering}'s `names`, oldest first; empty unless `open`. */
  applications: GatheredApplication[];
  /** How many applications it names in all (0 unless `open`). */
  total: number;
}

/** An application a gathered mail names: what its text may say of it (never the address, motivation or CV). */
export interface GatheredApplication {
  id: string;
  name: string;
  receivedAt: string;
  /** Whether a CV came with it (not its name). */
  cv: boolean;
}

/**
 * What becomes of the gathered mails that name applications being removed (erased on request,
 * or aged out by retention): backend/mail.ts `withoutRemoved`. The store takes each such mail's
 * key lock (as a {@link Gathering} does), takes the removed ones out of what it names, and
 * writes what `compose` returns in the transaction that removes them: the mail rewritten in
 * place (`replaces` its id), deleted and a new one written for the others (`replaces` null),
 * or (null) only deleted.
 */
export interface Ungathering {
  /** As a {@link Gathering}'s: how many of the names left `compose` needs to read. */
  names: number;
  compose(mail: UngatheredMail): GatheredWrite | null;
}

/** A gathered mail some of whose applications are being removed, as the store hands it to `compose`. */
export interface UngatheredMail {
  id: string;
  to: string;
  /** Not sent, and never leased by a worker: it may be rewritten in place. */
  open: boolean;
  sent: boolean;
  /** When it was to go out when written. */
  dueAt: Date;
  /** The assignment of the applications left, as it is now (null when none is left). */
  assignment: Pick<StoredAssignment, 'id' | 'title' | 'contact'> | null;
  /** The oldest of the applications it still names, at most `names`, oldest first. */
  applications: GatheredApplication[];
  /** How many applications it still names. */
  total: number;
}

/**
 * The mail `compose` wants written, due at `dueAt`; it names the application being stored besides
 * those of the mail it `replaces` (null: a new mail), whose id stays.
 */
export interface GatheredWrite {
  mail: MailMessage;
  dueAt: Date;
  replaces: string | null;
}

/** Who read or changed personal data, and when (AVG); never the data itself. */
export interface AuditEntry {
  at: string;
  actor: string;
  organisation: string | null;
  action: 'applications.list' | 'applications.export' | 'application.read' | 'application.cv' | 'application.status';
  target: string;
}

export interface Store {
  /** Every code of every list. The core caches it briefly. */
  codes(): Promise<CodeEntry[]>;
  /**
   * Which of `codes` the data a viewer with `scope` may see uses (assignments of any status,
   * profiles, sessions): a value first met in data is shown only to those who may see that data.
   */
  codesInUse(scope: Scope, codes: readonly CodeRef[]): Promise<CodeRef[]>;

  /**
   * A version of everything public answers are made of (assignments, profiles, codes and
   * organisations), different after every change to them; null when the store keeps none. Public
   * answers take their ETag from it, so `If-None-Match` is answered before any list query runs.
   * It may lag a change made through another instance by at most a second.
   */
  dataVersion?(): Promise<string | null>;

  /** `signal`: the request's; once it aborts (the client went away) the store may stop its queries. */
  searchAssignments(
    query: ListQuery<AssignmentFilter, AssignmentFacet, AssignmentSort>,
    signal?: AbortSignal,
  ): Promise<ListResult<StoredAssignment, AssignmentFacet>>;
  getAssignment(id: string): Promise<StoredAssignment | null>;
  /** Names of organisations by id (labels of the `organisation` facet). */
  organisationNames(ids: readonly string[]): Promise<Map<string, string>>;

  /** Stores a new assignment with its key; `duplicate` when the key was taken meanwhile. */
  createAssignment(assignment: StoredAssignment, answer: IdempotencyRecord): Promise<Stored>;
  /** Replaces an assignment when `expectedVersion` is current (the version is raised). */
  updateAssignment(assignment: StoredAssignment, expectedVersion: number): Promise<VersionedChange<StoredAssignment>>;

  searchProfiles(query: ListQuery<ProfileFilter, ProfileFacet, ProfileSort>, signal?: AbortSignal): Promise<ListResult<StoredProfile, ProfileFacet>>;
  getProfile(id: string): Promise<StoredProfile | null>;
  /** The profile a person created (one per person). */
  profileOwnedBy(sub: string): Promise<StoredProfile | null>;
  /** Stores a new profile for `profile.owner`; `exists` when that person has one, `duplicate` when the key was taken. */
  createProfile(profile: StoredProfile, answer: IdempotencyRecord): Promise<Stored | 'exists'>;
  updateProfile(profile: StoredProfile, expectedVersion: number): Promise<VersionedChange<StoredProfile>>;

  searchSessions(query: ListQuery<SessionFilter, SessionFacet, 'startsAt'>): Promise<ListResult<StoredSession, SessionFacet>>;
  getSession(id: string): Promise<StoredSession | null>;
  createSession(session: StoredSession, answer: IdempotencyRecord): Promise<Stored>;
  /**
   * Replaces a session when `expectedVersion` is current and its capacity leaves a seat for
   * everyone who has one (else `overbooked`), both decided under the lock sign-ups take; `tell`
   * gives the mails for those who hold a seat or a waitlist place (a cancelled session's), queued
   * in the same transaction. With `promote`, seats a higher capacity adds go to the first on the
   * waitlist, in the order they signed up, each with a cancel link of its own (`promote.next`,
   * stored as the registration's token) and told by `promote.mails`, in the same transaction.
   */
  updateSession(session: StoredSession, expectedVersion: number, tell?: (holders: StoredRegistration[]) => MailMessage[], promote?: Promotion): Promise<SessionChange>;
  /**
   * Signs someone up, atomically with the seat count: `decide` sees the session and its taken
   * seats under a lock and says `registered`, `waitlisted` or null (closed); the mails for that
   * outcome are queued in the same transaction. Capacity is never exceeded. Someone who holds a
   * seat or a waitlist place already, by the same e-mail address in any case, takes no other:
   * `already`.
   */
  register(
    registration: Omit<StoredRegistration, 'status'>,
    /** The key; its answer is the receipt, which `receipt` makes and the store writes. */
    answer: Omit<IdempotencyRecord, 'body'>,
    decide: (session: StoredSession) => 'registered' | 'waitlisted' | null,
    mails: (registration: StoredRegistration, session: StoredSession) => MailMessage[],
    receipt: (registration: StoredRegistration, session: StoredSession) => RegistrationReceipt,
  ): Promise<{ outcome: 'stored'; registration: StoredRegistration; receipt: RegistrationReceipt } | { outcome: 'duplicate' | 'closed' | 'unknown' | 'already' }>;
  /**
   * Cancels with the link's token. A freed seat goes to the first on the waitlist, whose cancel
   * link changes to the promotion's (`promotion.tokenHash`, sent in its mail): the waitlist
   * link no longer works, so it cannot give up a seat while it speaks of a waitlist place. The
   * promotion's mails are queued in the same transaction.
   */
  cancelRegistration(
    id: string,
    tokenHash: string,
    promotion: { tokenHash: string; mails: (promoted: StoredRegistration, session: StoredSession) => MailMessage[] },
  ): Promise<{ outcome: 'cancelled' | 'already'; registration: StoredRegistration; promoted: StoredRegistration | null } | { outcome: 'unknown' }>;
  /** The registration a cancel link names, when the token is its own (else null: no telling which ids exist). */
  registrationByToken(id: string, tokenHash: string): Promise<StoredRegistration | null>;
  listRegistrations(sessionId: string, query: { offset: number; limit: number }): Promise<{ items: StoredRegistration[]; total: number }>;

  findAnswer(scope: string, key: string): Promise<StoredAnswer | null>;
  /** Keeps an answer without anything behind it (a honeypot hit); a second one for the key is ignored. */
  saveAnswer(record: IdempotencyRecord): Promise<void>;
  /**
   * Stores an application, its key, the mails about it (`mails`: the acknowledgement) and its
   * announcement (`announce`: a mail gathered by key, see {@link Gathering}) atomically;
   * `duplicate` (and nothing stored, nothing composed) when the key was taken meanwhile.
   */
  createApplication(application: ApplicationRecord, answer: IdempotencyRecord, mails: MailMessage[], announce?: Gathering | null): Promise<Stored>;
  /** `q`: a part of the applicant's name or e-mail address, in any case. */
  listApplications(assignmentId: string, query: ApplicationsQuery): Promise<{ items: StoredApplication[]; total: number }>;
  getApplication(id: string): Promise<StoredApplication | null>;
  /**
   * The applications to an assignment whose applicant's e-mail address, by `applicantKey`
   * (backend/applicant.ts), is one of `keys`, oldest first: one person's several applications.
   */
  applicationsByApplicants(assignmentId: string, keys: readonly string[]): Promise<{ id: string; email: string; receivedAt: string }[]>;
  /**
   * Sets the status when `expectedVersion` is the current one (`stale` with the current one
   * otherwise); null when unknown. `mails` (telling the applicant) are queued in the same
   * transaction, only when the status was set.
   */
  updateApplicationStatus(id: string, status: string, expectedVersion: number, mails?: MailMessage[]): Promise<StatusChange>;
  /** Applications per assignment: all, and those still `received` (new). */
  applicationCounts(assignmentIds: readonly string[]): Promise<Map<string, { total: number; new: number }>>;
  /** New (`received`) applications to all of an organisation's assignments. */
  newApplicationCount(organisationId: string): Promise<number>;
  organisation(id: string): Promise<{ id: string; name: string; logoUrl: string | null } | null>;
  audit(entry: AuditEntry): Promise<void>;

  /** Mails due at `now`, leased for `leaseMs` (another worker skips them meanwhile). */
  claimMail(now: Date, limit: number, leaseMs: number): Promise<QueuedMail[]>;
  /** Sent, or failed with the time of the next attempt (null: give up). */
  finishMail(id: string, result: { sentAt: Date } | { error: string; retryAt: Date | null }): Promise<void>;
  /** Mails still to be sent (not sent, not given up). */
  waitingMail(): Promise<number>;

  /** Counts one hit in a fixed window shared by every instance; returns the window's count and end. */
  hit(key: string, windowMs: number, now: Date): Promise<{ count: number; resetAt: number }>;
}

// ---------------------------------------------------------------------------------------------
// Files, mail, logs

/** A file written under a temporary name: `commit` after the row referring to it is committed. */
export interface StagedFile {
  /** The name the row stores (never the uploader's own file name). */
  name: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export interface FileStore {
  stage(bytes: Uint8Array, extension: string): Promise<StagedFile>;
  read(name: string): Promise<Uint8Array | null>;
  remove(name: string): Promise<void>;
}

/**
 * Sends one mail (SMTP on the server, a list in the mock). Throws when it could not: a
 * {@link MailError} when the failure says more than "try this mail again later". Once `signal`
 * aborts (the send's deadline, backend/outbox.ts), it stops sending, closes its connection and
 * throws.
 */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }, options?: { signal?: AbortSignal }): Promise<void>;
}

/**
 * Why a mail did not go, where that changes what the outbox does (backend/outbox.ts):
 * - `rejected`: the mail server refused this recipient or this message for good (SMTP 5xx to
 *   RCPT TO or DATA); sending it again gets the same answer, so the mail is given up at once.
 * - `unavailable`: the mail server could not be reached or stopped answering; nothing is wrong
 *   with this mail, which is retried, and the round ends: the next mail would only wait as long.
 * Anything else a mailer throws is a failure of this mail, retried with backoff.
 */
export class MailError extends Error {
  constructor(
    readonly kind: 'rejected' | 'unavailable',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'MailError';
  }
}

export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}
