/**
 * The tables as Kysely sees them. Column names are snake_case SQL; the HTTP shapes
 * (src/api/schemas.ts) are built from rows in server/store/*.ts.
 *
 * Assignments and profiles keep their filterable and sortable facts in columns (indexed, typed)
 * and the nested parts that are only ever shown (skills, rate, contact, …) as jsonb.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A jsonb column: pg parses it on the way out; on the way in we pass JSON text (see toJson). */
type Json<T> = ColumnType<T, string, string>;
/** A `timestamptz`: a Date comes out, an ISO string goes in. */
type Instant = ColumnType<Date, string | Date, string | Date>;
/** A `date`: the pool's type parser keeps it as `YYYY-MM-DD` text (no time-zone shifts). */
type DateText = string;

export interface OrganisationTable {
  id: string;
  name: string;
  logo_url: string | null;
}

/** Every code list (`field`, `region`, `type`, `kind`, `mode`) with labels per language. */
export interface CodeTable {
  list: string;
  value: string;
  /** Display order within the list. */
  position: number;
  /** `{ "nl": "Inkoop", "en": "Procurement" }`. */
  labels: Json<Record<string, string>>;
}

export interface AssignmentSkill {
  name: string;
  required: boolean;
}

export interface AssignmentTable {
  id: string;
  title: string;
  /** Folded title (lower case, no accents) for a stable, accent-blind `sort=title`. */
  title_key: string;
  organisation_id: string;
  summary: string | null;
  description: string;
  field: string;
  skills: Json<AssignmentSkill[]>;
  place: string;
  region: string;
  mode: string;
  hours_min: number;
  hours_max: number;
  start_date: DateText | null;
  end_date: DateText | null;
  closing_date: DateText;
  types: string[];
  rate: Json<{ min: number | null; max: number | null; currency: string; unit: string; publicRate: boolean } | null>;
  visibility: string;
  status: string;
  published_at: Instant;
  contact: Json<{ name: string; email: string | null; phone?: string | null } | null>;
  url: string | null;
  apply_url: string | null;
  requirements: Json<{ kvkNumber: boolean; cv: boolean; conditionsUrl: string | null; managerConsent: boolean }>;
  /** The search key of backend/search.ts (title, summary, organisation, skills): what `q` looks in. */
  search_text: string;
  /** Raised on every change: the assignment's ETag for If-Match. */
  version: Generated<number>;
  /** The language of its own texts (BCP 47), as its writer chose: `nl` unless said otherwise. */
  language: Generated<string>;
}

export interface ProfileTable {
  id: string;
  name: string;
  name_key: string;
  headline: string;
  photo_url: string | null;
  kind: string;
  organisation_id: string | null;
  fields: string[];
  core_qualities: string[];
  skills: string[];
  experience: Json<{ title: string; organisation: string; from: string; to?: string | null }[]>;
  available_hours: number | null;
  available_from: DateText | null;
  region: string;
  rate: Json<{ amount: number; currency: string; unit: string; publicRate: boolean } | null>;
  bio: string | null;
  links: Json<{ cv: string | null; portfolio: string | null; linkedin: string | null }>;
  contact: Json<{ email: string | null; phone?: string | null } | null>;
  visibility: string;
  updated_at: Instant;
  search_text: string;
  version: Generated<number>;
  /** `sub` of the person who created it (one profile per person); null for imported ones. */
  owner: Generated<string | null>;
  /** The language of its own texts (BCP 47), as its writer chose: `nl` unless said otherwise. */
  language: Generated<string>;
}

/** Personal data (AVG): deleted with its file after `retentionDays`. */
export interface ApplicationTable {
  id: string;
  assignment_id: string;
  name: string;
  email: string;
  phone: string | null;
  kvk_number: string | null;
  motivation: string;
  available_from: DateText | null;
  hours_per_week: number | null;
  rate: number | null;
  profile_id: string | null;
  /** Generated file name under the upload folder; never the applicant's own file name. */
  cv_file: string | null;
  /** The applicant's own file name: shown and used for the download, never on disk. */
  cv_name: string | null;
  cv_type: string | null;
  cv_size: number | null;
  accept_conditions: boolean;
  manager_consent: boolean;
  /** Organisation claim of the applicant's token, when they applied signed in (before 0002). */
  applicant_org: Generated<string | null>;
  /** `received`, `in-behandeling`, `uitgenodigd`, `afgewezen`, `ingetrokken`. */
  status: string;
  /** The applicant's language: mails to them are in it. */
  lang: string;
  /** The language of the applicant's texts (the motivation): of the form they wrote in. */
  language: Generated<string>;
  /** `sub` of the applicant's token, when they applied signed in. */
  applicant: string | null;
  received_at: Instant;
  /** Raised on every change: the application's ETag. */
  version: Generated<number>;
}

/** Who read or changed personal data, and when; never the data itself. */
export interface AuditLogTable {
  id: Generated<string>;
  at: Instant;
  actor: string;
  organisation: string | null;
  action: string;
  target: string;
}

/** Mail written with what it announces, sent afterwards (backend/outbox.ts). */
export interface OutboxTable {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  reference: string | null;
  created_at: ColumnType<Date, string | Date | undefined, string | Date>;
  attempts: Generated<number>;
  due_at: ColumnType<Date, string | Date | undefined, string | Date>;
  sent_at: Date | null;
  last_error: string | null;
  /** Which mails gather together (backend/ports.ts `Gathering`); null for a mail that does not. */
  gather_key: ColumnType<string | null, string | null | undefined, string | null>;
  /** When a gathering mail was to go out as written (`due_at` moves with leases and retries). */
  scheduled_at: ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
  /** The applications a gathering mail names, as they arrived (erasing one writes the mail anew without it: backend/mail.ts `withoutRemoved`). */
  gathered: ColumnType<string[] | null, string[] | null | undefined, string[] | null>;
}

/** An accepted `Idempotency-Key` with the answer it got, so a replay gets the same answer. */
export interface IdempotencyKeyTable {
  /** What the key belongs to: `application:<assignment id>`, … */
  scope: string;
  key: string;
  /** SHA-256 of the request's parts: the same key with another body is a 422. */
  fingerprint: string;
  application_id: string | null;
  status: number;
  body: Json<unknown>;
  created_at: Generated<Date>;
}

/** Hits per client and fixed window (the application rate limit), shared by every instance. */
export interface RateLimitTable {
  key: string;
  window_start: Instant;
  count: number;
}

/** A swarm session: a client's question on a date (contract 1.2). */
export interface SessionTable {
  id: string;
  title: string;
  /** Sanitised HTML. */
  question: string;
  organisation_id: string;
  starts_at: Instant;
  ends_at: Instant;
  place: string | null;
  online_url: string | null;
  capacity: number;
  sign_up_deadline: DateText;
  /** Field values (codes). */
  fields: Json<string[]>;
  region: string | null;
  assignment_id: string | null;
  url: string | null;
  status: string;
  version: Generated<number>;
  search_text: string;
  /** The language of its own texts (BCP 47), as its writer chose: `nl` unless said otherwise. */
  language: Generated<string>;
}

/** Someone signed up for a session: a seat, the waitlist, or cancelled. Personal data. */
export interface RegistrationTable {
  id: string;
  session_id: string;
  status: string;
  received_at: Instant;
  name: string;
  email: string;
  profile_id: string | null;
  lang: string;
  /** SHA-256 of the cancel link's secret. */
  token_hash: string;
  /** Sign-up order. */
  seq: Generated<string>;
}

/** Small key/value facts about the database itself (e.g. whether it was seeded). */
export interface MetaTable {
  key: string;
  value: string;
}

export interface DB {
  organisation: OrganisationTable;
  code: CodeTable;
  assignment: AssignmentTable;
  profile: ProfileTable;
  application: ApplicationTable;
  idempotency_key: IdempotencyKeyTable;
  rate_limit: RateLimitTable;
  audit_log: AuditLogTable;
  session: SessionTable;
  registration: RegistrationTable;
  outbox: OutboxTable;
  meta: MetaTable;
}

export type AssignmentRow = Selectable<AssignmentTable>;
export type ProfileRow = Selectable<ProfileTable>;
export type NewAssignment = Insertable<AssignmentTable>;
export type NewProfile = Insertable<ProfileTable>;

/** jsonb parameters go in as text: node-postgres would turn a JS array into a Postgres array. */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}
