/**
 * The HTTP contract (CONTRACT.md §1) as zod/mini schemas: the one description of every object,
 * for the server, the mock, the conformance kit and host scripts (`flexschil/api`).
 *
 * The browser checks responses with validators generated from these (`validators/`, written by
 * `scripts/generate-validators.ts`; `npm test` checks they are current and agree with zod), so
 * no page loads zod: every response still passes through one before an element sees it, and
 * past that point the types are trusted. Both live in one module per part of the contract, and
 * the client loads a part with the first request that needs it: a board loads the assignment
 * validators, never the inbox's or the sessions'. The code lists are plain arrays
 * (`schemas/lists.ts`), so elements that only show them load no validation code at all.
 */
export * from './schemas/lists.js';
export {
  ApplicationStatus,
  Code,
  ContractType,
  FacetCount,
  InvalidParam,
  Me,
  Organisation,
  type Page,
  Problem,
  ProfileKind,
  RegistrationStatus,
  SessionStatus,
  Status,
  Visibility,
  Vocabularies,
  WorkMode,
} from './schemas/base.js';
export * from './schemas/assignment.js';
export * from './schemas/profile.js';
export * from './schemas/match.js';
export * from './schemas/application.js';
export * from './schemas/session.js';
