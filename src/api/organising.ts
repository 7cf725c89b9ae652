/**
 * Organising swarm sessions (contract 1.2): a poster's own session to edit, creating and
 * changing it (calling it off is a change of `status`). `<session-editor>` imports these; host
 * scripts have them as methods of `FlexschilClient`. Who signed up is in `inbox.ts`.
 */
import type { ClientCore, RequestOptions, SubmitOptions, Versioned } from './core.js';
import { ifMatch, personal } from './personal.js';
import type { SessionDraft } from './rules/session-draft.js';
import type * as schemas from './schemas.js';

const loadSession = () => import('./validators/session.js').then((m) => m.Session);

/** A session to edit: fetched with the caller's credentials, with the version ETag for If-Match. */
export function getSessionForEditing(client: ClientCore, id: string, options: RequestOptions = {}): Promise<Versioned<schemas.Session>> {
  return personal(client, 'GET', `/sessions/${encodeURIComponent(id)}`, loadSession, options);
}

/**
 * `POST /sessions` with an `Idempotency-Key` (keep it across retries of one post). A 400 rejects
 * with `invalidParams` for every field (src/api/rules/session-draft.ts names them).
 */
export function createSession(client: ClientCore, draft: SessionDraft, options: SubmitOptions): Promise<Versioned<schemas.Session>> {
  return personal(client, 'POST', '/sessions', loadSession, { ...options, body: draft, headers: { 'Idempotency-Key': options.idempotencyKey } });
}

/** `PATCH /sessions/{id}` (JSON Merge Patch, `If-Match`); a 412 carries `members.current`. */
export function updateSession(
  client: ClientCore,
  id: string,
  patch: Partial<SessionDraft>,
  etag: string | null,
  options: RequestOptions = {},
): Promise<Versioned<schemas.Session>> {
  return personal(client, 'PATCH', `/sessions/${encodeURIComponent(id)}`, loadSession, { ...options, body: patch, headers: ifMatch(etag) });
}
