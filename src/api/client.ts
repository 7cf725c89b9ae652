/**
 * The client of the public API (`flexschil/api`, `dist/flexschil-api.js`): one class with every
 * request of the contract, for host scripts. It is composed from the client's core (`core.ts`:
 * the transport and the public reads, which every page loads) and the modules of personal and
 * writing requests, which the elements import one by one so a page loads only what it uses
 * (issue 15). Each method is the function of the same name with this client as its first argument.
 */
import * as applications from './applications.js';
import * as inbox from './inbox.js';
import * as organising from './organising.js';
import * as personal from './personal.js';
import * as posting from './posting.js';
import * as profiles from './profiles.js';
import * as sessions from './sessions.js';
import { ClientCore, type ClientOptions, type Download, type RequestOptions, type SubmitOptions, type Versioned } from './core.js';
import type { AssignmentDraft } from './rules/posting.js';
import type { InboxSort } from './rules/inbox.js';
import type { ProfileDraft } from './rules/profile.js';
import type { SessionDraft } from './rules/session-draft.js';
import type * as schemas from './schemas.js';

export { type ClientOptions, type Download, parseRetryAfter, type RequestOptions, type SubmitOptions, type TokenGetter, type Versioned } from './core.js';
export { fileNameOf } from './inbox.js';
export { newIdempotencyKey } from './personal.js';
export type { CancelReceipt } from './sessions.js';

export class FlexschilClient extends ClientCore {
  /**
   * `POST /assignments/{id}/applications` as multipart. Not retried here: the form keeps what
   * was typed and offers a retry with the same idempotency key.
   */
  submitApplication(assignmentId: string, body: FormData, options: SubmitOptions): Promise<schemas.ApplicationReceipt> {
    return applications.submitApplication(this, assignmentId, body, options);
  }

  // --- The other half of the marketplace (contract 1.1): personal, never cached -----------------

  /** `GET /me`: who the visitor is to this backend and what they may do. */
  getMe(options: RequestOptions = {}): Promise<schemas.Me> {
    return personal.getMe(this, options);
  }

  /** The organisation's assignments with their application counts (`GET /me/assignments`, an extension; from the contract's own requests when a backend lacks it). */
  listInbox(query: { page?: number; pageSize?: number; status?: 'open' | 'closed' | 'all'; sort?: InboxSort } = {}, options: RequestOptions = {}): Promise<schemas.InboxPage> {
    return inbox.listInbox(this, query, options);
  }

  /** `GET /assignments/{id}/applications`. */
  listApplications(
    assignmentId: string,
    query: { status?: schemas.ApplicationStatus[]; page?: number; pageSize?: number } = {},
    options: RequestOptions = {},
  ): Promise<schemas.ApplicationPage> {
    return inbox.listApplications(this, assignmentId, query, options);
  }

  /** `GET /applications/{id}` with its `ETag`, to change it later. */
  getApplication(id: string, options: RequestOptions = {}): Promise<Versioned<schemas.Application>> {
    return inbox.getApplication(this, id, options);
  }

  /**
   * `PATCH /applications/{id}` with `If-Match`. A 412 rejects with a FlexschilError whose
   * `members.current` is the newer version.
   */
  updateApplication(id: string, patch: { status: schemas.ApplicationStatus }, etag: string | null, options: RequestOptions = {}): Promise<Versioned<schemas.Application>> {
    return inbox.updateApplication(this, id, patch, etag, options);
  }

  /** The applications of an assignment as CSV (`Accept: text/csv`), for HR's spreadsheet. */
  downloadApplications(assignmentId: string, options: RequestOptions = {}): Promise<Download> {
    return inbox.downloadApplications(this, assignmentId, options);
  }

  /** An application's CV file, with the applicant's own file name. */
  downloadCv(applicationId: string, options: RequestOptions = {}): Promise<Download> {
    return inbox.downloadCv(this, applicationId, options);
  }

  /** An assignment to edit: fetched with the caller's credentials, with the version ETag for If-Match. */
  getAssignmentForEditing(id: string, options: RequestOptions = {}): Promise<Versioned<schemas.Assignment>> {
    return posting.getAssignmentForEditing(this, id, options);
  }

  /**
   * `POST /assignments` with an `Idempotency-Key` (keep it across retries of one post). A 400
   * rejects with `invalidParams` for every field (src/api/rules/posting.ts names them).
   */
  createAssignment(draft: AssignmentDraft, options: SubmitOptions): Promise<Versioned<schemas.Assignment>> {
    return posting.createAssignment(this, draft, options);
  }

  /** `PATCH /assignments/{id}` (JSON Merge Patch, `If-Match`); a 412 carries `members.current`. */
  updateAssignment(id: string, patch: Partial<AssignmentDraft>, etag: string | null, options: RequestOptions = {}): Promise<Versioned<schemas.Assignment>> {
    return posting.updateAssignment(this, id, patch, etag, options);
  }

  /** A profile to edit, with its version ETag. */
  getProfileForEditing(id: string, options: RequestOptions = {}): Promise<Versioned<schemas.Profile>> {
    return profiles.getProfileForEditing(this, id, options);
  }

  /** `POST /profiles`: the caller's own profile (a 409 `conflict` when they have one: `members.profileId`). */
  createProfile(draft: ProfileDraft, options: SubmitOptions): Promise<Versioned<schemas.Profile>> {
    return profiles.createProfile(this, draft, options);
  }

  /** `PATCH /profiles/{id}` (JSON Merge Patch, `If-Match`); a 412 carries `members.current`. */
  updateProfile(id: string, patch: Partial<ProfileDraft>, etag: string | null, options: RequestOptions = {}): Promise<Versioned<schemas.Profile>> {
    return profiles.updateProfile(this, id, patch, etag, options);
  }

  // --- Swarm sessions (contract 1.2): the sessions themselves are reads of the core -------------

  /** `POST /sessions/{id}/registrations`: a seat, or the waitlist; 409 (kind `conflict`) when closed or cancelled. */
  registerForSession(
    sessionId: string,
    body: { name: string; email: string; profileId?: string | null; consent: true },
    options: SubmitOptions,
  ): Promise<schemas.RegistrationReceipt> {
    return sessions.registerForSession(this, sessionId, body, options);
  }

  /** Cancels with the secret from the confirmation mail's link; the first on the waitlist moves up. */
  cancelRegistration(registrationId: string, token: string, options: RequestOptions = {}): Promise<sessions.CancelReceipt> {
    return sessions.cancelRegistration(this, registrationId, token, options);
  }

  /** Where the registration of a cancel link stands (an extension): `cancelled` when it was used before. Changes nothing. */
  getRegistrationStatus(registrationId: string, token: string, options: RequestOptions = {}): Promise<schemas.RegistrationReceipt> {
    return sessions.getRegistrationStatus(this, registrationId, token, options);
  }

  /** A session of the caller's organisation to edit, with the version ETag for `If-Match`. */
  getSessionForEditing(id: string, options: RequestOptions = {}): Promise<Versioned<schemas.Session>> {
    return organising.getSessionForEditing(this, id, options);
  }

  /** `POST /sessions` with an `Idempotency-Key` (keep it across retries of one post). */
  createSession(draft: SessionDraft, options: SubmitOptions): Promise<Versioned<schemas.Session>> {
    return organising.createSession(this, draft, options);
  }

  /** `PATCH /sessions/{id}` (JSON Merge Patch, `If-Match`); `{ status: 'cancelled' }` calls it off. A 412 carries `members.current`. */
  updateSession(id: string, patch: Partial<SessionDraft>, etag: string | null, options: RequestOptions = {}): Promise<Versioned<schemas.Session>> {
    return organising.updateSession(this, id, patch, etag, options);
  }

  /** The registrations of a session (posters of its organisation). */
  listRegistrations(sessionId: string, query: { page?: number; pageSize?: number } = {}, options: RequestOptions = {}): Promise<schemas.RegistrationPage> {
    return inbox.listRegistrations(this, sessionId, query, options);
  }

  downloadRegistrations(sessionId: string, options: RequestOptions = {}): Promise<Download> {
    return inbox.downloadRegistrations(this, sessionId, options);
  }
}

export function createClient(options: ClientOptions): FlexschilClient {
  return new FlexschilClient(options);
}
