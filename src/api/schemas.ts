/**
 * The HTTP contract (CONTRACT.md §1) as zod/mini schemas. Every response passes through one
 * of these before an element sees it; past this file the types are trusted.
 *
 * zod/mini instead of full zod: ~5 kB instead of ~23 kB gzipped in every visitor's bundle.
 */
import * as z from 'zod/mini';
import { safeUrl } from './url.js';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
/** Year-month as used in a profile's experience ("2024-03"); a full date is accepted too. */
const yearMonth = z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM'));
const instant = z.string().check(z.minLength(10));

/** A nullable backend URL, reduced to `null` unless it is http(s). */
const httpUrl = z.pipe(
  z.optional(z.nullable(z.string())),
  z.transform((v) => safeUrl(v)),
);
/** Like {@link httpUrl}, but `mailto:` is allowed too (contact links). */
const linkUrl = z.pipe(
  z.optional(z.nullable(z.string())),
  z.transform((v) => safeUrl(v, { mailto: true })),
);

export const contractTypes = ['detachering', 'interim', 'inhuur', 'intern', 'belangeloos'] as const;
export const workModes = ['onsite', 'hybrid', 'remote'] as const;
export const profileKinds = ['zpp', 'zzp', 'ondernemend-ambtenaar', 'manager', 'interim'] as const;
export const visibilities = ['public', 'network', 'internal'] as const;
export const statuses = ['open', 'closed'] as const;

export const ContractType = z.enum(contractTypes);
export const WorkMode = z.enum(workModes);
export const ProfileKind = z.enum(profileKinds);
export const Visibility = z.enum(visibilities);
export const Status = z.enum(statuses);

/** An entry of an open code list (`field`, `region`): show `label`, send `value`. */
export const Code = z.object({ value: z.string(), label: z.string() });
export const FacetCount = z.object({ value: z.string(), label: z.string(), count: z.int().check(z.nonnegative()) });

export const Organisation = z.object({ id: z.string(), name: z.string(), logoUrl: httpUrl });

export const Assignment = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  organisation: Organisation,
  summary: z.optional(z.nullable(z.string())),
  /** HTML fragment from a CMS: UNTRUSTED, sanitise before showing (src/shared/sanitize.ts). */
  description: z.string(),
  field: Code,
  skills: z.array(z.object({ name: z.string(), required: z.boolean() })),
  location: z.object({ place: z.string(), region: Code, mode: WorkMode }),
  hoursPerWeek: z.object({ min: z.number().check(z.nonnegative()), max: z.number().check(z.nonnegative()) }),
  startDate: z.optional(z.nullable(isoDate)),
  endDate: z.optional(z.nullable(isoDate)),
  closingDate: isoDate,
  types: z.array(ContractType),
  rate: z.optional(
    z.nullable(
      z.object({
        min: z.nullable(z.number()),
        max: z.nullable(z.number()),
        currency: z.string(),
        unit: z.string(),
        publicRate: z.boolean(),
      }),
    ),
  ),
  visibility: Visibility,
  status: Status,
  publishedAt: instant,
  contact: z.optional(
    z.nullable(z.object({ name: z.string(), email: z.nullable(z.string()), phone: z.optional(z.nullable(z.string())) })),
  ),
  url: httpUrl,
  applyUrl: httpUrl,
  requirements: z.object({
    kvkNumber: z.boolean(),
    cv: z.boolean(),
    conditionsUrl: httpUrl,
    managerConsent: z.boolean(),
  }),
});

export const Profile = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  headline: z.string(),
  photoUrl: httpUrl,
  kind: ProfileKind,
  organisation: z.optional(z.nullable(Organisation)),
  fields: z.array(Code),
  coreQualities: z.array(z.string()),
  skills: z.array(z.string()),
  experience: z.array(
    z.object({ title: z.string(), organisation: z.string(), from: yearMonth, to: z.optional(z.nullable(yearMonth)) }),
  ),
  availability: z.optional(z.nullable(z.object({ hoursPerWeek: z.number().check(z.nonnegative()), from: isoDate }))),
  region: Code,
  rate: z.optional(
    z.nullable(z.object({ amount: z.number(), currency: z.string(), unit: z.string(), publicRate: z.boolean() })),
  ),
  bio: z.optional(z.nullable(z.string())),
  links: z.object({ cv: linkUrl, portfolio: linkUrl, linkedin: linkUrl }),
  contact: z.optional(z.nullable(z.object({ email: z.nullable(z.string()), phone: z.optional(z.nullable(z.string())) }))),
  visibility: Visibility,
  updatedAt: instant,
});

const Facets = z.optional(z.record(z.string(), z.array(FacetCount)));

function page<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.int().check(z.positive()),
    pageSize: z.int().check(z.positive()),
    total: z.int().check(z.nonnegative()),
    facets: Facets,
  });
}

export const AssignmentPage = page(Assignment);
export const ProfilePage = page(Profile);

export const Vocabularies = z.object({
  field: z.array(Code),
  region: z.array(Code),
  type: z.array(Code),
  kind: z.array(Code),
  mode: z.array(Code),
});

export const criteria = ['skills', 'field', 'hours', 'start', 'region', 'rate'] as const;
export const MatchLevel = z.enum(['strong', 'good', 'partial', 'weak']);
export const MatchReason = z.object({
  criterion: z.enum(criteria),
  score: z.number().check(z.gte(0), z.lte(1)),
  matched: z.optional(z.array(z.string())),
  missing: z.optional(z.array(z.string())),
});
export const Match = z.object({
  score: z.int().check(z.gte(0), z.lte(100)),
  level: MatchLevel,
  reasons: z.array(MatchReason),
});

export const ApplicationReceipt = z.object({
  id: z.string(),
  assignmentId: z.string(),
  status: z.string(),
  receivedAt: instant,
});

// ---------------------------------------------------------------------------------------------
// The other half of the marketplace (contract version 1.1)

export const applicationStatuses = ['received', 'in-behandeling', 'uitgenodigd', 'afgewezen', 'ingetrokken'] as const;
export const ApplicationStatus = z.enum(applicationStatuses);

/** `GET /me`: who the visitor is to this backend and what they may do. */
export const Me = z.object({
  organisation: z.nullable(Organisation),
  profileId: z.nullable(z.string()),
  can: z.object({ postAssignments: z.boolean(), readApplications: z.boolean(), editProfile: z.boolean() }),
  /** Extension: applications with status `received` across the organisation's assignments. */
  newApplications: z.optional(z.int().check(z.nonnegative())),
});

/** An application as the organisation reads it (`GET /applications/{id}`). Personal data. */
export const Application = z.object({
  id: z.string().check(z.minLength(1)),
  assignmentId: z.string(),
  status: ApplicationStatus,
  receivedAt: instant,
  name: z.string(),
  email: z.string(),
  phone: z.nullable(z.string()),
  kvkNumber: z.nullable(z.string()),
  motivation: z.string(),
  availableFrom: z.nullable(isoDate),
  hoursPerWeek: z.nullable(z.number()),
  rate: z.nullable(z.number()),
  profileId: z.nullable(z.string()),
  cv: z.nullable(z.object({ name: z.string(), type: z.string(), size: z.int().check(z.nonnegative()) })),
});

export const ApplicationPage = z.object({
  items: z.array(Application),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
  total: z.int().check(z.nonnegative()),
});

/**
 * Extension (`GET /me/assignments`): the organisation's assignments, each with how many
 * applications it has and how many are new — the first view of an inbox.
 */
export const InboxAssignment = z.object({
  assignment: Assignment,
  applications: z.object({ total: z.int().check(z.nonnegative()), new: z.int().check(z.nonnegative()) }),
});
export const InboxPage = z.object({
  items: z.array(InboxAssignment),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
  total: z.int().check(z.nonnegative()),
});

// ---------------------------------------------------------------------------------------------
// Swarm sessions (contract version 1.2)

export const sessionStatuses = ['open', 'full', 'closed', 'cancelled'] as const;
export const SessionStatus = z.enum(sessionStatuses);

/** A client's question presented on a date to professionals who sign up to think along. */
export const Session = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  /** HTML fragment: UNTRUSTED, sanitised like a description. */
  question: z.string(),
  organisation: Organisation,
  startsAt: instant,
  endsAt: instant,
  place: z.nullable(z.string()),
  onlineUrl: httpUrl,
  capacity: z.int().check(z.positive()),
  seatsLeft: z.int().check(z.nonnegative()),
  signUpDeadline: isoDate,
  fields: z.array(Code),
  status: SessionStatus,
  url: httpUrl,
  /** Extension: the region it takes place in (for the region filter). */
  region: z.optional(z.nullable(Code)),
  /** Extension: the assignment whose question it presents, when there is one. */
  assignmentId: z.optional(z.nullable(z.string())),
});

export const SessionPage = page(Session);

export const registrationStatuses = ['registered', 'waitlisted', 'cancelled'] as const;
export const RegistrationStatus = z.enum(registrationStatuses);

export const RegistrationReceipt = z.object({
  id: z.string(),
  sessionId: z.string(),
  status: RegistrationStatus,
  receivedAt: instant,
});

/** A registration as the session's organisation reads it (personal data). */
export const Registration = z.object({
  id: z.string(),
  sessionId: z.string(),
  status: RegistrationStatus,
  receivedAt: instant,
  name: z.string(),
  email: z.string(),
  profileId: z.nullable(z.string()),
});

export const RegistrationPage = z.object({
  items: z.array(Registration),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
  total: z.int().check(z.nonnegative()),
});

export const InvalidParam = z.object({ name: z.string(), code: z.optional(z.string()), reason: z.string() });
/** RFC 9457 problem details, with the NLGov `invalidParams` extension. */
export const Problem = z.object({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  invalidParams: z.optional(z.array(InvalidParam)),
});

export type ContractType = z.infer<typeof ContractType>;
export type WorkMode = z.infer<typeof WorkMode>;
export type ProfileKind = z.infer<typeof ProfileKind>;
export type Visibility = z.infer<typeof Visibility>;
export type Code = z.infer<typeof Code>;
export type FacetCount = z.infer<typeof FacetCount>;
export type Organisation = z.infer<typeof Organisation>;
export type Assignment = z.infer<typeof Assignment>;
export type Profile = z.infer<typeof Profile>;
export type Page<T> = { items: T[]; page: number; pageSize: number; total: number; facets?: Record<string, FacetCount[]> };
export type AssignmentPage = z.infer<typeof AssignmentPage>;
export type ProfilePage = z.infer<typeof ProfilePage>;
export type Vocabularies = z.infer<typeof Vocabularies>;
export type MatchLevel = z.infer<typeof MatchLevel>;
export type MatchReason = z.infer<typeof MatchReason>;
export type Match = z.infer<typeof Match>;
export type Criterion = (typeof criteria)[number];
export type ApplicationReceipt = z.infer<typeof ApplicationReceipt>;
export type InvalidParam = z.infer<typeof InvalidParam>;
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;
export type Me = z.infer<typeof Me>;
export type Application = z.infer<typeof Application>;
export type ApplicationPage = z.infer<typeof ApplicationPage>;
export type InboxAssignment = z.infer<typeof InboxAssignment>;
export type InboxPage = z.infer<typeof InboxPage>;
export type SessionStatus = z.infer<typeof SessionStatus>;
export type Session = z.infer<typeof Session>;
export type SessionInput = z.input<typeof Session>;
export type SessionPage = z.infer<typeof SessionPage>;
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;
export type RegistrationReceipt = z.infer<typeof RegistrationReceipt>;
export type Registration = z.infer<typeof Registration>;
export type RegistrationPage = z.infer<typeof RegistrationPage>;
export type Problem = z.infer<typeof Problem>;
/** What a backend sends for an assignment, before URLs are made safe (seed data, servers). */
export type AssignmentInput = z.input<typeof Assignment>;
export type ProfileInput = z.input<typeof Profile>;
