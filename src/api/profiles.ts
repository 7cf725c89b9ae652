/**
 * A professional's own profile (contract 1.1): to edit, create and change. `<profile-editor>`
 * imports these; host scripts have them as methods of `FlexschilClient`.
 */
import type { ClientCore, RequestOptions, SubmitOptions, Versioned } from './core.js';
import { ifMatch, personal } from './personal.js';
import type { ProfileDraft } from './rules/profile.js';
import type * as schemas from './schemas.js';

const loadProfile = () => import('./validators/profile.js').then((m) => m.Profile);

/** A profile to edit, with its version ETag. */
export function getProfileForEditing(client: ClientCore, id: string, options: RequestOptions = {}): Promise<Versioned<schemas.Profile>> {
  return personal(client, 'GET', `/profiles/${encodeURIComponent(id)}`, loadProfile, options);
}

/** `POST /profiles`: the caller's own profile (a 409 `conflict` when they have one: `members.profileId`). */
export function createProfile(client: ClientCore, draft: ProfileDraft, options: SubmitOptions): Promise<Versioned<schemas.Profile>> {
  return personal(client, 'POST', '/profiles', loadProfile, { ...options, body: draft, headers: { 'Idempotency-Key': options.idempotencyKey } });
}

/** `PATCH /profiles/{id}` (JSON Merge Patch, `If-Match`); a 412 carries `members.current`. */
export function updateProfile(
  client: ClientCore,
  id: string,
  patch: Partial<ProfileDraft>,
  etag: string | null,
  options: RequestOptions = {},
): Promise<Versioned<schemas.Profile>> {
  return personal(client, 'PATCH', `/profiles/${encodeURIComponent(id)}`, loadProfile, { ...options, body: patch, headers: ifMatch(etag) });
}
