/**
 * A poster's reading of who responded (contract 1.1 and 1.2): the inbox of applications and the
 * registrations for a session, each also as a file to download. `<application-inbox>` imports
 * these; host scripts have them as methods of `FlexschilClient`.
 */
import { type ClientCore, type Download, queryString, type RequestOptions, transport, type Versioned } from './core.js';
import { FlexschilError } from './errors.js';
import { ifMatch, personal } from './personal.js';
import { cleanFileName } from './rules/file-name.js';
import type { InboxSort } from './rules/inbox.js';
import type * as schemas from './schemas.js';

const loadApplications = () => import('./validators/application.js');

/**
 * The organisation's assignments with their application counts: `GET /me/assignments`, an
 * extension of ours. A backend that follows the contract alone answers it 404 (or 405, 501); the
 * overview then comes from the contract's own requests (src/api/inbox-contract.ts), and that
 * client does not ask the route again. `sort` (`inboxSorts`, an extension since 2026-12-05) goes
 * along as asked; the contract's own requests give the default order only, newest first.
 */
export async function listInbox(
  client: ClientCore,
  query: { page?: number; pageSize?: number; status?: 'open' | 'closed' | 'all'; sort?: InboxSort } = {},
  options: RequestOptions = {},
): Promise<schemas.InboxPage> {
  if (!withoutInboxRoute.has(client)) {
    try {
      return (await personal(client, 'GET', `/me/assignments${queryString(query)}`, () => loadApplications().then((m) => m.InboxPage), options)).value;
    } catch (error) {
      if (!(error instanceof FlexschilError) || !NOT_OFFERED.includes(error.status)) throw error;
      withoutInboxRoute.add(client);
      console.info('[flexschil] <application-inbox>: the backend has no GET /me/assignments; the overview is made from the contract\'s own requests.');
    }
  }
  // Only such a backend's pages load it.
  const { inboxFromContract } = await import('./inbox-contract.js');
  return inboxFromContract(client, query, options);
}

/** Whether this client's backend answers `GET /me/assignments` (as far as it said yet). */
export const hasInboxRoute = (client: ClientCore): boolean => !withoutInboxRoute.has(client);

/** What a backend answers for a route it does not have. */
const NOT_OFFERED = [404, 405, 501];

/** The clients whose backend answered that it lacks `GET /me/assignments`. */
const withoutInboxRoute = new WeakSet<ClientCore>();

/** `GET /assignments/{id}/applications`. */
export function listApplications(
  client: ClientCore,
  assignmentId: string,
  /** `q` (extension): a part of the applicant's name or e-mail address. */
  query: { status?: schemas.ApplicationStatus[]; q?: string; page?: number; pageSize?: number } = {},
  options: RequestOptions = {},
): Promise<schemas.ApplicationPage> {
  const path = `/assignments/${encodeURIComponent(assignmentId)}/applications${queryString(query)}`;
  return personal(client, 'GET', path, () => loadApplications().then((m) => m.ApplicationPage), options).then((r) => r.value);
}

/** `GET /applications/{id}` with its `ETag`, to change it later. */
export function getApplication(client: ClientCore, id: string, options: RequestOptions = {}): Promise<Versioned<schemas.Application>> {
  return personal(client, 'GET', `/applications/${encodeURIComponent(id)}`, () => loadApplications().then((m) => m.Application), options);
}

/**
 * `PATCH /applications/{id}` with `If-Match`. A 412 rejects with a FlexschilError whose
 * `members.current` is the newer version.
 */
export function updateApplication(
  client: ClientCore,
  id: string,
  /** `notify` (extension): tell the applicant of an invitation or a decline by mail (`notifiedStatuses`). */
  patch: { status: schemas.ApplicationStatus; notify?: boolean },
  etag: string | null,
  options: RequestOptions = {},
): Promise<Versioned<schemas.Application>> {
  return personal(client, 'PATCH', `/applications/${encodeURIComponent(id)}`, () => loadApplications().then((m) => m.Application), {
    ...options,
    body: patch,
    headers: ifMatch(etag),
  });
}

/** The applications of an assignment as CSV (`Accept: text/csv`), for HR's spreadsheet. */
export function downloadApplications(client: ClientCore, assignmentId: string, options: RequestOptions = {}): Promise<Download> {
  return download(client, `/assignments/${encodeURIComponent(assignmentId)}/applications`, 'text/csv', options);
}

/** An application's CV file, with the applicant's own file name. */
export function downloadCv(client: ClientCore, applicationId: string, options: RequestOptions = {}): Promise<Download> {
  return download(client, `/applications/${encodeURIComponent(applicationId)}/cv`, '*/*', options);
}

/** The registrations of a session (posters of its organisation). */
export function listRegistrations(
  client: ClientCore,
  sessionId: string,
  query: { page?: number; pageSize?: number } = {},
  options: RequestOptions = {},
): Promise<schemas.RegistrationPage> {
  const path = `/sessions/${encodeURIComponent(sessionId)}/registrations${queryString(query)}`;
  return personal(client, 'GET', path, () => import('./validators/session.js').then((m) => m.RegistrationPage), options).then((r) => r.value);
}

/** The registrations of a session as CSV. */
export function downloadRegistrations(client: ClientCore, sessionId: string, options: RequestOptions = {}): Promise<Download> {
  return download(client, `/sessions/${encodeURIComponent(sessionId)}/registrations`, 'text/csv', options);
}

async function download(client: ClientCore, path: string, accept: string, options: RequestOptions): Promise<Download> {
  const t = transport(client);
  const url = t.endpoint + path;
  const headers = await t.headers(options.lang);
  headers.set('Accept', accept);
  return t.getWithRetry(url, headers, options.signal ?? new AbortController().signal, async (response) => ({
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get('Content-Disposition')),
  }));
}

/**
 * The file name of a `Content-Disposition` header: `filename*=UTF-8''…` (RFC 6266/8187, for
 * names beyond ASCII) before `filename="…"`. Only the last path part is kept.
 */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  let name: string | null = null;
  if (extended) {
    try {
      name = decodeURIComponent(extended[2].trim());
    } catch {
      name = null;
    }
  }
  if (name === null) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
    name = plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]?.trim() ?? null) : null;
  }
  // The last part of a path, as a file name the browser may show (a hostile backend's "cv" + U+202E + "fdp.exe").
  const last = name ? cleanFileName(name.split(/[\\/]/).pop() ?? '') : '';
  return last || null;
}

/**
 * Hands a fetched file to the browser as a download under its own name (which may be
 * non-ASCII). The link sits next to the button so it is inside an open modal dialog too. Here,
 * with the downloads, because every element that downloads loads this module anyway.
 */
export function saveFile(blob: Blob, fileName: string, near: ParentNode): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  near.append(link);
  link.click();
  link.remove();
  // Not at once: a browser may still read the URL after click() returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
