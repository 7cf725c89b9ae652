/**
 * The backend's store in memory: what the mock runs on in the browser (tests, Storybook, the
 * `start:mock` demo). It holds the contract's own objects in plain arrays that tests may read
 * and change, and answers the store's questions (backend/ports.ts) the way the reference
 * server's SQL does: the same filters, facet counts, orders and search (backend/search.ts).
 * The conformance suite runs against both and proves they agree.
 */
import { isClosed } from '../src/api/rules/assignment.js';
import type { RegistrationReceipt } from '../src/api/schemas.js';
import type {
  ApplicationRecord,
  AuditEntry,
  GatheredApplication,
  GatheredMail,
  Gathering,
  MailMessage,
  QueuedMail,
  StatusChange,
  StoredApplication,
  AssignmentFacet,
  AssignmentFilter,
  AssignmentSort,
  CodeEntry,
  CodeRef,
  FacetCounts,
  IdempotencyRecord,
  ListQuery,
  ApplicationsQuery,
  ListResult,
  ProfileFacet,
  ProfileFilter,
  ProfileSort,
  Scope,
  Store,
  Stored,
  StoredAnswer,
  StoredAssignment,
  StoredProfile,
  SessionFacet,
  SessionFilter,
  Promotion,
  StoredRegistration,
  StoredSession,
  SessionChange,
  VersionedChange,
} from '../backend/ports.js';
import { applicantKey } from '../backend/applicant.js';
import { inScope } from '../backend/policy.js';
import { assignmentSearchKey, matchesSearch, profileSearchKey, relevance, type SearchQuery, sessionSearchKey } from '../backend/search.js';
import { sortKey } from '../backend/text.js';

export interface MemoryData {
  assignments: StoredAssignment[];
  profiles: StoredProfile[];
  codes: CodeEntry[];
  sessions?: StoredSession[];
  registrations?: StoredRegistration[];
}

type Facet<T> = (item: T) => { value: string; label?: string }[];

/** A mail in the outbox; a gathering one (backend/ports.ts `Gathering`) with its key, when it was to go out as written, and the applications it names. */
type OutboxEntry = QueuedMail & {
  dueAt: number;
  sentAt: string | null;
  error: string | null;
  gather?: { key: string; queuedAt: number; scheduledAt: number; applications: string[] };
};

export class MemoryStore implements Store {
  /** Current data: tests may read and change these arrays. */
  readonly assignments: StoredAssignment[] = [];
  readonly profiles: StoredProfile[] = [];
  /** Sessions without their seat count (counted from `registrations`). */
  readonly sessions: Omit<StoredSession, 'registered'>[] = [];
  readonly registrations: StoredRegistration[] = [];
  readonly applications: StoredApplication[] = [];
  readonly answers = new Map<string, IdempotencyRecord>();
  /** Every read and change of personal data (AVG), newest last. */
  readonly auditLog: AuditEntry[] = [];
  /** Mail waiting or sent: `sentAt` null until sent. */
  readonly outbox: OutboxEntry[] = [];
  private codeEntries: CodeEntry[] = [];
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(data: MemoryData) {
    this.load(data);
  }

  /** Replaces everything with `data` (a reset). */
  load(data: MemoryData): void {
    this.assignments.splice(0, this.assignments.length, ...structuredClone(data.assignments));
    this.profiles.splice(0, this.profiles.length, ...structuredClone(data.profiles));
    this.codeEntries = structuredClone(data.codes);
    this.sessions.splice(0, this.sessions.length, ...structuredClone(data.sessions ?? []));
    this.registrations.splice(0, this.registrations.length, ...structuredClone(data.registrations ?? []));
    this.applications.length = 0;
    this.answers.clear();
    this.auditLog.length = 0;
    this.outbox.length = 0;
    this.windows.clear();
  }

  /**
   * No version: tests change the arrays above in place, which no counter would see, so public
   * answers keep an ETag hashed from their body (backend/http/respond.ts).
   */
  async dataVersion(): Promise<string | null> {
    return null;
  }

  async codes(): Promise<CodeEntry[]> {
    // Values met in data but not in the vocabulary are open-list growth: kept, after the known ones.
    const known = new Set(this.codeEntries.map((e) => `${e.list}\u0000${e.value}`));
    const extra: CodeEntry[] = [];
    const add = (list: CodeEntry['list'], value: string, label: string) => {
      const id = `${list}\u0000${value}`;
      if (known.has(id)) return;
      known.add(id);
      extra.push({ list, value, position: 10_000, labels: { nl: label }, curated: false });
    };
    for (const a of this.assignments) {
      add('field', a.field.value, a.field.label);
      add('region', a.location.region.value, a.location.region.label);
    }
    for (const p of this.profiles) {
      for (const f of p.fields) add('field', f.value, f.label);
      add('region', p.region.value, p.region.label);
    }
    return [...this.codeEntries, ...extra];
  }

  async codesInUse(scope: Scope, codes: readonly CodeRef[]): Promise<CodeRef[]> {
    const used = new Set<string>();
    for (const a of this.assignments) {
      if (!inScope(scope, { visibility: a.visibility, organisationId: a.organisation.id })) continue;
      used.add(`field\u0000${a.field.value}`).add(`region\u0000${a.location.region.value}`);
    }
    for (const p of this.profiles) {
      if (!inScope(scope, { visibility: p.visibility, organisationId: p.organisation?.id, owner: p.owner })) continue;
      for (const f of p.fields) used.add(`field\u0000${f.value}`);
      used.add(`region\u0000${p.region.value}`);
    }
    // Sessions are public.
    for (const session of this.sessions) {
      for (const f of session.fields) used.add(`field\u0000${f.value}`);
      if (session.region) used.add(`region\u0000${session.region.value}`);
    }
    return codes.filter((c) => used.has(`${c.list}\u0000${c.value}`));
  }

  async searchAssignments(query: ListQuery<AssignmentFilter, AssignmentFacet, AssignmentSort>): Promise<ListResult<StoredAssignment, AssignmentFacet>> {
    const { filter } = query;
    const base = this.assignments.filter((a) => inScope(filter.scope, { visibility: a.visibility, organisationId: a.organisation.id }) && passesAssignment(a, filter));
    const facets: Record<AssignmentFacet, Facet<StoredAssignment>> = {
      field: (a) => [{ value: a.field.value }],
      region: (a) => [{ value: a.location.region.value }],
      type: (a) => a.types.map((value) => ({ value })),
      mode: (a) => [{ value: a.location.mode }],
      organisation: (a) => [{ value: a.organisation.id, label: a.organisation.name }],
    };
    const received = query.sort === '-newApplications' ? this.receivedCounts() : new Map<string, number>();
    return list(base, facets, query.selected, compareAssignments(query.sort, filter.search, received, filter.today), query.offset, query.limit);
  }

  /** How many applications to each assignment are still `received` (new), by assignment id. */
  private receivedCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const a of this.applications) if (a.status === 'received') counts.set(a.assignmentId, (counts.get(a.assignmentId) ?? 0) + 1);
    return counts;
  }

  async getAssignment(id: string): Promise<StoredAssignment | null> {
    return this.assignments.find((a) => a.id === id) ?? null;
  }

  async createAssignment(assignment: StoredAssignment, answer: IdempotencyRecord): Promise<Stored> {
    const id = `${answer.scope}\u0000${answer.key}`;
    if (this.answers.has(id)) return 'duplicate';
    this.answers.set(id, structuredClone(answer));
    this.assignments.push(structuredClone(assignment));
    return 'stored';
  }

  async updateAssignment(assignment: StoredAssignment, expectedVersion: number): Promise<VersionedChange<StoredAssignment>> {
    const index = this.assignments.findIndex((a) => a.id === assignment.id);
    const current = this.assignments[index];
    if (!current) return null;
    if ((current.version ?? 1) !== expectedVersion) return { outcome: 'stale', value: current };
    const next = { ...structuredClone(assignment), version: expectedVersion + 1 };
    this.assignments[index] = next;
    return { outcome: 'updated', value: next };
  }

  async organisationNames(ids: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const o of [...this.assignments.map((a) => a.organisation), ...this.profiles.flatMap((p) => (p.organisation ? [p.organisation] : []))]) {
      if (ids.includes(o.id)) names.set(o.id, o.name);
    }
    return names;
  }

  async searchProfiles(query: ListQuery<ProfileFilter, ProfileFacet, ProfileSort>): Promise<ListResult<StoredProfile, ProfileFacet>> {
    const { filter } = query;
    const base = this.profiles.filter((p) => inScope(filter.scope, { visibility: p.visibility, organisationId: p.organisation?.id, owner: p.owner }) && passesProfile(p, filter));
    const facets: Record<ProfileFacet, Facet<StoredProfile>> = {
      field: (p) => p.fields.map((f) => ({ value: f.value })),
      region: (p) => [{ value: p.region.value }],
      kind: (p) => [{ value: p.kind }],
    };
    return list(base, facets, query.selected, compareProfiles(query.sort), query.offset, query.limit);
  }

  async getProfile(id: string): Promise<StoredProfile | null> {
    return this.profiles.find((p) => p.id === id) ?? null;
  }

  async profileOwnedBy(sub: string): Promise<StoredProfile | null> {
    return this.profiles.find((p) => p.owner === sub) ?? null;
  }

  async createProfile(profile: StoredProfile, answer: IdempotencyRecord): Promise<Stored | 'exists'> {
    const id = `${answer.scope}\u0000${answer.key}`;
    if (this.answers.has(id)) return 'duplicate';
    if (profile.owner && this.profiles.some((p) => p.owner === profile.owner)) return 'exists';
    this.answers.set(id, structuredClone(answer));
    this.profiles.push(structuredClone(profile));
    return 'stored';
  }

  async updateProfile(profile: StoredProfile, expectedVersion: number): Promise<VersionedChange<StoredProfile>> {
    const index = this.profiles.findIndex((p) => p.id === profile.id);
    const current = this.profiles[index];
    if (!current) return null;
    if ((current.version ?? 1) !== expectedVersion) return { outcome: 'stale', value: current };
    const next = { ...structuredClone(profile), version: expectedVersion + 1 };
    this.profiles[index] = next;
    return { outcome: 'updated', value: next };
  }

  private withSeats(session: Omit<StoredSession, 'registered'>): StoredSession {
    return { ...session, registered: this.registrations.filter((r) => r.sessionId === session.id && r.status === 'registered').length };
  }

  async searchSessions(query: ListQuery<SessionFilter, SessionFacet, 'startsAt'>): Promise<ListResult<StoredSession, SessionFacet>> {
    const { filter } = query;
    const base = this.sessions
      .filter(
        (s) =>
          s.startsAt.slice(0, 10) >= filter.from &&
          (!filter.assignment.length || (!!s.assignmentId && filter.assignment.includes(s.assignmentId))) &&
          (!filter.search || matchesSearch(sessionSearchKey(s), filter.search)),
      )
      .map((s) => this.withSeats(s));
    const facets: Record<SessionFacet, Facet<StoredSession>> = {
      field: (s) => s.fields.map((f) => ({ value: f.value })),
      region: (s) => (s.region ? [{ value: s.region.value }] : []),
      organisation: (s) => [{ value: s.organisation.id, label: s.organisation.name }],
    };
    return list(base, facets, query.selected, (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || byKey(a.id, b.id), query.offset, query.limit);
  }

  async getSession(id: string): Promise<StoredSession | null> {
    const session = this.sessions.find((s) => s.id === id);
    return session ? this.withSeats(session) : null;
  }

  async createSession(session: StoredSession, answer: IdempotencyRecord): Promise<Stored> {
    const id = `${answer.scope}\u0000${answer.key}`;
    if (this.answers.has(id)) return 'duplicate';
    this.answers.set(id, structuredClone(answer));
    const { registered: _registered, ...stored } = structuredClone(session);
    this.sessions.push(stored);
    return 'stored';
  }

  async updateSession(session: StoredSession, expectedVersion: number, tell?: (holders: StoredRegistration[]) => MailMessage[], promote?: Promotion): Promise<SessionChange> {
    const index = this.sessions.findIndex((s) => s.id === session.id);
    const current = this.sessions[index];
    if (!current) return null;
    if ((current.version ?? 1) !== expectedVersion) return { outcome: 'stale', value: this.withSeats(current) };
    const seated = this.withSeats(current);
    if (seated.registered > session.capacity) return { outcome: 'overbooked', value: seated };
    const { registered: _registered, ...next } = { ...structuredClone(session), version: expectedVersion + 1 };
    this.sessions[index] = next;
    if (tell) this.queue(tell(this.registrations.filter((r) => r.sessionId === session.id && (r.status === 'registered' || r.status === 'waitlisted'))), new Date().toISOString());
    const free = next.capacity - seated.registered;
    if (promote && next.status !== 'cancelled' && free > 0) {
      for (const r of this.registrations.filter((r) => r.sessionId === session.id && r.status === 'waitlisted').slice(0, free)) {
        const link = await promote.next();
        r.status = 'registered';
        r.tokenHash = link.hash;
        this.queue(promote.mails(structuredClone(r), this.withSeats(next), link.token), new Date().toISOString());
      }
    }
    return { outcome: 'updated', value: this.withSeats(next) };
  }

  // JavaScript runs one of these at a time: the seat count and the insert cannot interleave.
  async register(
    registration: Omit<StoredRegistration, 'status'>,
    answer: Omit<IdempotencyRecord, 'body'>,
    decide: (session: StoredSession) => 'registered' | 'waitlisted' | null,
    mails: (registration: StoredRegistration, session: StoredSession) => MailMessage[],
    receipt: (registration: StoredRegistration, session: StoredSession) => RegistrationReceipt,
  ): Promise<{ outcome: 'stored'; registration: StoredRegistration; receipt: RegistrationReceipt } | { outcome: 'duplicate' | 'closed' | 'unknown' | 'already' }> {
    const key = `${answer.scope}\u0000${answer.key}`;
    if (this.answers.has(key)) return { outcome: 'duplicate' };
    const session = await this.getSession(registration.sessionId);
    if (!session) return { outcome: 'unknown' };
    const email = registration.email.toLowerCase();
    if (this.registrations.some((r) => r.sessionId === session.id && r.status !== 'cancelled' && r.email.toLowerCase() === email)) return { outcome: 'already' };
    const status = decide(session);
    if (!status) return { outcome: 'closed' };
    const stored: StoredRegistration = { ...structuredClone(registration), status };
    this.registrations.push(stored);
    const body = receipt(stored, session);
    this.answers.set(key, { ...answer, body });
    this.queue(mails(stored, session), stored.receivedAt);
    return { outcome: 'stored', registration: stored, receipt: body };
  }

  async cancelRegistration(
    id: string,
    tokenHash: string,
    promotion: { tokenHash: string; mails: (promoted: StoredRegistration, session: StoredSession) => MailMessage[] },
  ): Promise<{ outcome: 'cancelled' | 'already'; registration: StoredRegistration; promoted: StoredRegistration | null } | { outcome: 'unknown' }> {
    const registration = this.registrations.find((r) => r.id === id && r.tokenHash === tokenHash);
    if (!registration) return { outcome: 'unknown' };
    if (registration.status === 'cancelled') return { outcome: 'already', registration, promoted: null };
    const freed = registration.status === 'registered';
    registration.status = 'cancelled';
    let promoted: StoredRegistration | null = null;
    if (freed) {
      // The array is in sign-up order: the first waitlisted one is the first to move up.
      promoted = this.registrations.find((r) => r.sessionId === registration.sessionId && r.status === 'waitlisted') ?? null;
      if (promoted) {
        promoted.status = 'registered';
        promoted.tokenHash = promotion.tokenHash;
        const session = await this.getSession(registration.sessionId);
        if (session) this.queue(promotion.mails(promoted, session), new Date().toISOString());
      }
    }
    return { outcome: 'cancelled', registration, promoted };
  }

  async registrationByToken(id: string, tokenHash: string): Promise<StoredRegistration | null> {
    return this.registrations.find((r) => r.id === id && r.tokenHash === tokenHash) ?? null;
  }

  async listRegistrations(sessionId: string, query: { offset: number; limit: number }): Promise<{ items: StoredRegistration[]; total: number }> {
    const all = this.registrations.filter((r) => r.sessionId === sessionId);
    return { items: all.slice(query.offset, query.offset + query.limit), total: all.length };
  }

  private queue(mails: MailMessage[], _at: string): void {
    for (const mail of mails) this.outbox.push({ ...structuredClone(mail), attempts: 0, dueAt: 0, sentAt: null, error: null });
  }

  async findAnswer(scope: string, key: string): Promise<StoredAnswer | null> {
    return this.answers.get(`${scope}\u0000${key}`) ?? null;
  }

  async saveAnswer(record: IdempotencyRecord): Promise<void> {
    const id = `${record.scope}\u0000${record.key}`;
    if (!this.answers.has(id)) this.answers.set(id, structuredClone(record));
  }

  async createApplication(application: ApplicationRecord, answer: IdempotencyRecord, mails: MailMessage[], announce?: Gathering | null): Promise<Stored> {
    const id = `${answer.scope}\u0000${answer.key}`;
    if (this.answers.has(id)) return 'duplicate';
    const assignment = this.assignments.find((a) => a.id === application.assignmentId);
    this.answers.set(id, structuredClone(answer));
    this.applications.push({ ...structuredClone(application), version: 1, organisationId: assignment?.organisation.id ?? '' });
    for (const mail of mails) this.outbox.push({ ...structuredClone(mail), attempts: 0, dueAt: 0, sentAt: null, error: null });
    if (announce) this.gather(announce, application);
    return 'stored';
  }

  /** As the server's store (server/store/applications.ts `gatherMail`); nothing runs between the read and the write here. */
  private gather(gathering: Gathering, application: ApplicationRecord): void {
    const under = this.outbox.filter((m) => m.gather?.key === gathering.key);
    const row = under.reduce<OutboxEntry | null>((last, m) => (!last || m.gather!.scheduledAt >= last.gather!.scheduledAt ? m : last), null);
    const open = !!row && row.sentAt === null && row.attempts === 0;
    const latest: GatheredMail | null = row
      ? {
          id: row.id,
          queuedAt: new Date(row.gather!.queuedAt),
          dueAt: new Date(row.gather!.scheduledAt),
          open,
          applications: open ? this.gatheredNames(row, gathering.names) : [],
          total: open ? row.gather!.applications.length : 0,
        }
      : null;
    const { mail, dueAt, replaces } = gathering.compose(latest);
    if (replaces !== null) {
      if (!row || !open || replaces !== row.id) throw new Error(`a gathering may rewrite only the open mail under its key, not ${replaces}`);
      Object.assign(row, { to: mail.to, subject: mail.subject, text: mail.text, reference: mail.reference });
      row.gather!.applications.push(application.id);
      return;
    }
    this.outbox.push({
      ...structuredClone(mail),
      attempts: 0,
      dueAt: dueAt.getTime(),
      sentAt: null,
      error: null,
      gather: { key: gathering.key, queuedAt: Date.parse(application.receivedAt), scheduledAt: dueAt.getTime(), applications: [application.id] },
    });
  }

  /** As the server's store: the first `limit` applications a mail names (as they arrived), oldest first. */
  private gatheredNames(row: OutboxEntry, limit: number): GatheredApplication[] {
    const first = row.gather!.applications.slice(0, limit);
    return this.applications
      .filter((a) => first.includes(a.id))
      .sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || byKey(a.id, b.id))
      .map((a) => ({ id: a.id, name: a.name, receivedAt: a.receivedAt, cv: a.cv !== null }));
  }

  async listApplications(assignmentId: string, query: ApplicationsQuery): Promise<{ items: StoredApplication[]; total: number }> {
    const part = query.q?.trim().toLowerCase();
    const all = this.applications
      .filter((a) => a.assignmentId === assignmentId && (!query.status.length || query.status.includes(a.status)))
      .filter((a) => !part || a.name.toLowerCase().includes(part) || a.email.toLowerCase().includes(part))
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || byKey(a.id, b.id));
    return { items: all.slice(query.offset, query.offset + query.limit), total: all.length };
  }

  async applicationsByApplicants(assignmentId: string, keys: readonly string[]): Promise<{ id: string; email: string; receivedAt: string }[]> {
    return this.applications
      .filter((a) => a.assignmentId === assignmentId && keys.includes(applicantKey(a.email)))
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || byKey(a.id, b.id))
      .map(({ id, email, receivedAt }) => ({ id, email, receivedAt }));
  }

  async getApplication(id: string): Promise<StoredApplication | null> {
    return this.applications.find((a) => a.id === id) ?? null;
  }

  async updateApplicationStatus(id: string, status: string, expectedVersion: number, mails: MailMessage[] = []): Promise<StatusChange> {
    const application = this.applications.find((a) => a.id === id);
    if (!application) return null;
    if (application.version !== expectedVersion) return { outcome: 'stale', application };
    application.status = status;
    application.version++;
    this.queue(mails, new Date().toISOString());
    return { outcome: 'updated', application };
  }

  async applicationCounts(assignmentIds: readonly string[]): Promise<Map<string, { total: number; new: number }>> {
    const counts = new Map<string, { total: number; new: number }>();
    for (const a of this.applications) {
      if (!assignmentIds.includes(a.assignmentId)) continue;
      const count = counts.get(a.assignmentId) ?? { total: 0, new: 0 };
      count.total++;
      if (a.status === 'received') count.new++;
      counts.set(a.assignmentId, count);
    }
    return counts;
  }

  async newApplicationCount(organisationId: string): Promise<number> {
    return this.applications.filter((a) => a.organisationId === organisationId && a.status === 'received').length;
  }

  async organisation(id: string): Promise<{ id: string; name: string; logoUrl: string | null } | null> {
    const found = [...this.assignments.map((a) => a.organisation), ...this.profiles.flatMap((p) => (p.organisation ? [p.organisation] : []))].find((o) => o.id === id);
    return found ? { id: found.id, name: found.name, logoUrl: found.logoUrl ?? null } : null;
  }

  async audit(entry: AuditEntry): Promise<void> {
    this.auditLog.push({ ...entry });
  }

  async claimMail(now: Date, limit: number, leaseMs: number): Promise<QueuedMail[]> {
    const due = this.outbox.filter((m) => m.sentAt === null && m.dueAt <= now.getTime()).slice(0, limit);
    for (const mail of due) {
      mail.attempts++;
      mail.dueAt = now.getTime() + leaseMs;
    }
    return due.map(({ id, to, subject, text, reference, attempts }) => ({ id, to, subject, text, reference, attempts }));
  }

  async waitingMail(): Promise<number> {
    return this.outbox.filter((m) => m.sentAt === null && Number.isFinite(m.dueAt)).length;
  }

  async finishMail(id: string, result: { sentAt: Date } | { error: string; retryAt: Date | null }): Promise<void> {
    const mail = this.outbox.find((m) => m.id === id);
    if (!mail) return;
    if ('sentAt' in result) mail.sentAt = result.sentAt.toISOString();
    else {
      mail.error = result.error;
      mail.dueAt = result.retryAt ? result.retryAt.getTime() : Number.POSITIVE_INFINITY;
    }
  }

  async hit(key: string, windowMs: number, now: Date): Promise<{ count: number; resetAt: number }> {
    const time = now.getTime();
    let window = this.windows.get(key);
    if (!window || time - window.start >= windowMs) {
      window = { start: time, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    return { count: window.count, resetAt: window.start + windowMs };
  }
}

// ---------------------------------------------------------------------------------------------
// The query semantics of backend/ports.ts, in JavaScript (server/store does the same in SQL)


/** Search keys are built per query, not kept: tests change the arrays' objects at will. */
function keyOf<T extends object>(item: T, build: (item: T) => string, keys?: Map<T, string>): string {
  let key = keys?.get(item);
  if (key === undefined) {
    key = build(item);
    keys?.set(item, key);
  }
  return key;
}

function passesAssignment(a: StoredAssignment, filter: AssignmentFilter): boolean {
  if (filter.visibility === 'public' && a.visibility !== 'public') return false;
  if (filter.visibility === 'internal' && a.visibility === 'public') return false;
  if (filter.status !== 'all' && isClosed(a, filter.today) !== (filter.status === 'closed')) return false;
  // The assignment's hours overlap the asked range.
  if (filter.hoursMin !== undefined && a.hoursPerWeek.max < filter.hoursMin) return false;
  if (filter.hoursMax !== undefined && a.hoursPerWeek.min > filter.hoursMax) return false;
  return !filter.search || matchesSearch(keyOf(a, assignmentSearchKey), filter.search);
}

function passesProfile(p: StoredProfile, filter: ProfileFilter): boolean {
  // A profile without availability is not "available from" anything.
  if (filter.availableFrom !== undefined && !(p.availability && p.availability.from <= filter.availableFrom)) return false;
  if (filter.hoursMin !== undefined && !(p.availability && p.availability.hoursPerWeek >= filter.hoursMin)) return false;
  return !filter.search || matchesSearch(keyOf(p, profileSearchKey), filter.search);
}

/**
 * Filters by the chosen facet values, counts each facet over every filter but its own, sorts
 * and cuts out the page.
 */
function list<T, F extends string>(
  base: T[],
  facets: Record<F, Facet<T>>,
  selected: Record<F, readonly string[]>,
  compare: (a: T, b: T) => number,
  offset: number,
  limit: number,
): ListResult<T, F> {
  const names = Object.keys(facets) as F[];
  const accepts = (item: T, facet: F) => !selected[facet].length || facets[facet](item).some((c) => selected[facet].includes(c.value));
  const counts = {} as FacetCounts<F>;
  for (const name of names) {
    const found = new Map<string, { value: string; count: number; label?: string }>();
    for (const item of base) {
      if (!names.every((other) => other === name || accepts(item, other))) continue;
      const seen = new Set<string>();
      for (const code of facets[name](item)) {
        if (seen.has(code.value)) continue;
        seen.add(code.value);
        const entry = found.get(code.value) ?? { value: code.value, count: 0, ...(code.label ? { label: code.label } : {}) };
        entry.count++;
        found.set(code.value, entry);
      }
    }
    counts[name] = [...found.values()];
  }
  const results = base.filter((item) => names.every((name) => accepts(item, name))).sort(compare);
  return { items: results.slice(offset, offset + limit), total: results.length, counts };
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const titleThenId = (a: StoredAssignment, b: StoredAssignment) => byKey(sortKey(a.title), sortKey(b.title)) || byKey(a.id, b.id);
const published = (a: StoredAssignment) => Date.parse(a.publishedAt);

function compareAssignments(
  sort: AssignmentSort,
  search: SearchQuery | null,
  /** New (`received`) applications by assignment id, for `-newApplications`. */
  received: ReadonlyMap<string, number>,
  /** Today, for `openByClosingDate` (what is open). */
  today: string,
): (a: StoredAssignment, b: StoredAssignment) => number {
  const keys = new Map<StoredAssignment, string>();
  const byClosing = (a: StoredAssignment, b: StoredAssignment) => byKey(a.closingDate, b.closingDate) || titleThenId(a, b);
  switch (sort) {
    case 'closingDate':
      return byClosing;
    case '-publishedAt':
      return (a, b) => published(b) - published(a) || titleThenId(a, b);
    case 'openByClosingDate': {
      const closed = (a: StoredAssignment) => (isClosed(a, today) ? 1 : 0);
      return (a, b) => closed(a) - closed(b) || (closed(a) ? byKey(b.closingDate, a.closingDate) || titleThenId(a, b) : byClosing(a, b));
    }
    case '-newApplications': {
      const count = (a: StoredAssignment) => received.get(a.id) ?? 0;
      return (a, b) => count(b) - count(a) || published(b) - published(a) || titleThenId(a, b);
    }
    case 'title':
      return titleThenId;
    case 'relevance':
      return (a, b) =>
        (search ? relevance(keyOf(b, assignmentSearchKey, keys), search) - relevance(keyOf(a, assignmentSearchKey, keys), search) : 0) ||
        byClosing(a, b);
  }
}

function compareProfiles(sort: ProfileSort): (a: StoredProfile, b: StoredProfile) => number {
  if (sort === '-updatedAt') return (a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || byKey(a.id, b.id);
  return (a, b) => byKey(sortKey(a.name), sortKey(b.name)) || byKey(a.id, b.id);
}
