/**
 * The inbox overview from the contract's own requests, for a backend without `GET
 * /me/assignments` (an extension of ours): `GET /me` for the organisation, its assignments from
 * `GET /assignments`, and the counts of each assignment from its applications. Loaded only when a
 * backend answers that it lacks the extension (src/api/inbox.ts).
 */
import { anySignal, queryString, type ClientCore, type RequestOptions } from './core.js';
import { FlexschilError } from './errors.js';
import { listApplications } from './inbox.js';
import { getMe, personal } from './personal.js';
import type * as schemas from './schemas.js';

/** As `GET /me/assignments`: newest published first, 20 a page, every status. */
export async function inboxFromContract(
  client: ClientCore,
  { page = 1, pageSize = 20, status = 'all' }: { page?: number; pageSize?: number; status?: 'open' | 'closed' | 'all' },
  options: RequestOptions,
): Promise<schemas.InboxPage> {
  const me = await getMe(client, options);
  const organisation = me.organisation?.id;
  // As the extension answers: no organisation, or not one's to read, is a 403.
  if (!organisation || !me.can.readApplications) {
    throw new FlexschilError({ kind: 'forbidden', status: 403, title: 'Forbidden', detail: 'Only who posts assignments has an inbox.' });
  }
  const query = { organisation: [organisation], visibility: 'all', status, sort: '-publishedAt', page, pageSize };
  const assignments = (await personal(client, 'GET', `/assignments${queryString(query)}`, () => import('./validators/assignment.js').then((m) => m.AssignmentPage), options)).value;
  // The counts, a few at a time; the first that fails stops the others (the overview fails as a whole).
  const stop = new AbortController();
  const signal = options.signal ? anySignal([options.signal, stop.signal]) : stop.signal;
  const counting = { ...options, signal };
  try {
    const counts = await inTurns(assignments.items, COUNTS_AT_ONCE, (assignment) => applicationCounts(client, assignment.id, counting));
    return { items: assignments.items.map((assignment, i) => ({ assignment, applications: counts[i] })), page: assignments.page, pageSize: assignments.pageSize, total: assignments.total };
  } catch (error) {
    stop.abort();
    throw error;
  }
}

/** Requests for counts in flight at once: a page of 100 must not fire 200 at a backend. */
const COUNTS_AT_ONCE = 4;

/**
 * How many applications an assignment has, and how many are new (`received`), as the
 * extension counts them: one page of up to 100 tells both; more take a second request.
 */
async function applicationCounts(client: ClientCore, id: string, options: RequestOptions): Promise<{ total: number; new: number }> {
  const page = await listApplications(client, id, { pageSize: 100 }, options);
  if (page.total <= page.items.length) return { total: page.total, new: page.items.filter((a) => a.status === 'received').length };
  const fresh = await listApplications(client, id, { status: ['received'], pageSize: 1 }, options);
  return { total: page.total, new: fresh.total };
}

/** `work` on every item, at most `limit` at a time, the results in the items' order. */
async function inTurns<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
