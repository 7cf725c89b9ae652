/**
 * What every part of the contract shares: dates, safe URLs, the code-list enums, codes,
 * organisations, pages, vocabularies, who the visitor is (`/me`) and problem details (RFC 9457).
 */
import * as z from 'zod/mini';
import { isCalendarDate, isInstant, isYearMonth } from '../rules/dates.js';
import { httpUrlOrNull, linkUrlOrNull } from '../url.js';
import { applicationStatuses, contractTypes, profileKinds, registrationStatuses, sessionStatuses, statuses, visibilities, workModes } from './lists.js';

/**
 * Dates and instants are checked by the rules every form, the server and the mock use
 * (`rules/dates.ts`): a real date, and an instant that is a real moment with its offset. A
 * widget formats them with `Intl`, which throws on a date that is none: a backend that sends one
 * gets the element's failure message with its retry, not a blank element and an error thrown
 * into the host page.
 */
export const isoDate = z.string().check(z.refine(isCalendarDate, 'expected a date YYYY-MM-DD'));
/** Year-month as used in a profile's experience ("2024-03"); a full date is accepted too. */
export const yearMonth = z.string().check(z.refine(isYearMonth, 'expected YYYY-MM'));
/** An ISO 8601 instant with its offset (`2026-11-20T09:00:00+01:00`, `…Z`). */
export const instant = z.string().check(z.refine(isInstant, 'expected an instant with its offset'));
export const count = z.int().check(z.nonnegative());

/**
 * A nullable backend URL, reduced to `null` unless it is http(s). The transform is a named
 * function of `url.ts`: the generated validators (`src/api/validators/`) call the same one.
 */
export const httpUrl = z.pipe(z.optional(z.nullable(z.string())), z.transform(httpUrlOrNull));
/** Like {@link httpUrl}, but `mailto:` is allowed too (contact links). */
export const linkUrl = z.pipe(z.optional(z.nullable(z.string())), z.transform(linkUrlOrNull));

export const ContractType = z.enum(contractTypes);
export const WorkMode = z.enum(workModes);
export const ProfileKind = z.enum(profileKinds);
export const Visibility = z.enum(visibilities);
export const Status = z.enum(statuses);
export const ApplicationStatus = z.enum(applicationStatuses);
export const SessionStatus = z.enum(sessionStatuses);
export const RegistrationStatus = z.enum(registrationStatuses);

/** An entry of an open code list (`field`, `region`): show `label`, send `value`. */
export const Code = z.object({ value: z.string(), label: z.string() });
export const FacetCount = z.object({ value: z.string(), label: z.string(), count });

export const Organisation = z.object({ id: z.string(), name: z.string(), logoUrl: httpUrl });

/**
 * Extension: the language (BCP 47) an item's own texts are written in — its title, summary,
 * description, names, places — where `Content-Language` gives the language of the labels.
 * Absent: the texts are in the labels' language as far as the backend says. Read leniently: a
 * value that is no language tag marks nothing (`isLanguageTag`, src/api/content-language.ts,
 * the same rule by which a backend takes `language` in a request: src/api/rules).
 */
export const TextLanguage = z.optional(z.string());

const pageShape = <T extends z.ZodMiniType>(item: T) => ({
  items: z.array(item),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
  total: count,
});

/** A page of a list endpoint. */
export function list<T extends z.ZodMiniType>(item: T) {
  return z.object(pageShape(item));
}

/** A page of a search endpoint, with the counts per filter value. */
export function page<T extends z.ZodMiniType>(item: T) {
  return z.object({ ...pageShape(item), facets: z.optional(z.record(z.string(), z.array(FacetCount))) });
}

export const Vocabularies = z.object({
  field: z.array(Code),
  region: z.array(Code),
  type: z.array(Code),
  kind: z.array(Code),
  mode: z.array(Code),
});

/**
 * `GET /me`: who the visitor is to this backend and what they may do. Here rather than with the
 * applications: the editors and the inbox all ask it first.
 */
export const Me = z.object({
  organisation: z.nullable(Organisation),
  profileId: z.nullable(z.string()),
  can: z.object({ postAssignments: z.boolean(), readApplications: z.boolean(), editProfile: z.boolean() }),
  /** Extension: applications with status `received` across the organisation's assignments. */
  newApplications: z.optional(count),
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
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;
export type SessionStatus = z.infer<typeof SessionStatus>;
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;
export type Code = z.infer<typeof Code>;
export type FacetCount = z.infer<typeof FacetCount>;
export type Organisation = z.infer<typeof Organisation>;
export type Page<T> = { items: T[]; page: number; pageSize: number; total: number; facets?: Record<string, FacetCount[]> };
export type Vocabularies = z.infer<typeof Vocabularies>;
export type Me = z.infer<typeof Me>;
export type InvalidParam = z.infer<typeof InvalidParam>;
export type Problem = z.infer<typeof Problem>;
