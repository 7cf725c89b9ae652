/**
 * The HTTP contract (CONTRACT.md §1) as zod/mini schemas. Every response passes through one
 * of these before an element sees it; past this point the types are trusted.
 *
 * zod/mini instead of full zod: ~5 kB instead of ~23 kB gzipped in every visitor's bundle. The
 * schemas live in one module per part of the contract (`schemas/`), and the client loads a
 * part with the first request that needs it: a board loads the assignment schemas, never the
 * inbox's or the sessions'. The code lists are plain arrays (`schemas/lists.ts`), so elements
 * that only show them load no schema code at all.
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
