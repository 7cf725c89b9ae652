/**
 * Query objects for the list endpoints and their serialisation (CONTRACT.md §1): repeatable
 * parameters become repeated keys (`field=a&field=b`), empty values are left out.
 */
import type { ContractType, ProfileKind, WorkMode } from './schemas.js';

/** The longest search text (`q`) a list takes, in characters: the backend refuses more (400), the search field holds no more. */
export const SEARCH_TEXT_MAX = 200;
/** The most values a repeatable parameter (`field`, `region`, …) takes; more is a 400. */
export const QUERY_VALUES_MAX = 50;
/** The longest code (`field`, `region`, `organisation` value) a list takes; longer is a 400. */
export const QUERY_CODE_MAX = 100;
/** The highest `page` a list takes; higher is a 400. */
export const PAGE_MAX = 10_000;

export interface AssignmentQuery {
  q?: string;
  field?: string[];
  region?: string[];
  organisation?: string[];
  type?: ContractType[] | string[];
  mode?: WorkMode[] | string[];
  visibility?: 'public' | 'internal' | 'all';
  hoursMin?: number;
  hoursMax?: number;
  status?: 'open' | 'closed' | 'all';
  /** `fit` (best match first over the whole result) needs `profile`; a backend without it answers 400. */
  sort?: 'closingDate' | '-publishedAt' | 'title' | 'fit';
  /** The profile id that `sort=fit` ranks for. */
  profile?: string;
  /** Extension of contract 1.2: `summary` gives the items an empty `description` (a page a third to half smaller); `GET /assignments/{id}` has it in full. A backend without it ignores it or answers 400. */
  fields?: 'full' | 'summary';
  page?: number;
  pageSize?: number;
}

export interface ProfileQuery {
  q?: string;
  field?: string[];
  region?: string[];
  kind?: ProfileKind[] | string[];
  /** `YYYY-MM-DD`: available on or before this date. */
  availableFrom?: string;
  hoursMin?: number;
  sort?: 'name' | '-updatedAt';
  page?: number;
  pageSize?: number;
}

export interface SessionQuery {
  q?: string;
  field?: string[];
  region?: string[];
  organisation?: string[];
  /** Extension: only sessions that present one of these assignments (their `assignmentId`), at most 100. */
  assignment?: string[];
  /** `YYYY-MM-DD`: sessions starting on or after this date (default today). */
  from?: string;
  page?: number;
  pageSize?: number;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** Serialises a query in a stable order (sorted keys), so equal queries give equal URLs and share a cache entry. */
export function toSearchParams(query: object): URLSearchParams {
  const params = new URLSearchParams();
  const entries = Object.entries(query as Record<string, QueryValue>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, value] of entries) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== '' && item !== undefined && item !== null) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
  return params;
}
