/**
 * Posting an assignment (contract 1.1): a poster's own assignment to edit, creating and changing
 * it. `<assignment-editor>` imports these; host scripts have them as methods of `FlexschilClient`.
 */
import type { ClientCore, RequestOptions, SubmitOptions, Versioned } from './core.js';
import { ifMatch, personal } from './personal.js';
import type { AssignmentDraft } from './rules/posting.js';
import type * as schemas from './schemas.js';

const loadAssignment = () => import('./validators/assignment.js').then((m) => m.Assignment);

/** An assignment to edit: fetched with the caller's credentials, with the version ETag for If-Match. */
export function getAssignmentForEditing(client: ClientCore, id: string, options: RequestOptions = {}): Promise<Versioned<schemas.Assignment>> {
  return personal(client, 'GET', `/assignments/${encodeURIComponent(id)}`, loadAssignment, options);
}

/**
 * `POST /assignments` with an `Idempotency-Key` (keep it across retries of one post). A 400
 * rejects with `invalidParams` for every field (src/api/rules/posting.ts names them).
 */
export function createAssignment(client: ClientCore, draft: AssignmentDraft, options: SubmitOptions): Promise<Versioned<schemas.Assignment>> {
  return personal(client, 'POST', '/assignments', loadAssignment, { ...options, body: draft, headers: { 'Idempotency-Key': options.idempotencyKey } });
}

/** `PATCH /assignments/{id}` (JSON Merge Patch, `If-Match`); a 412 carries `members.current`. */
export function updateAssignment(
  client: ClientCore,
  id: string,
  patch: Partial<AssignmentDraft>,
  etag: string | null,
  options: RequestOptions = {},
): Promise<Versioned<schemas.Assignment>> {
  return personal(client, 'PATCH', `/assignments/${encodeURIComponent(id)}`, loadAssignment, { ...options, body: patch, headers: ifMatch(etag) });
}
