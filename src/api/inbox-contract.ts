/**
 * The inbox overview from the contract's own requests, for a backend without `GET
 * /me/assignments` (an extension of ours): `GET /me` for the organisation, its assignments from
 * `GET /assignments`, and two counts per assignment from its applications. Loaded only when a
 * backend answers that it lacks the extension (src/api/inbox.ts).
 */
import { queryString, type ClientCore, type RequestOptions } from './core.js';
import { listApplications } from './inbox.js';
import { getMe, personal } from './personal.js';
import type * as schemas from './schemas.js';

export async function inboxFromContract(
  client: ClientCore,
  { page = 1, pageSize = 10, status = 'all' }: { page?: number; pageSize?: number; status?: 'open' | 'closed' | 'all' },
  options: RequestOptions,
): Promise<schemas.InboxPage> {
  const me = await getMe(client, options);
  const organisation = me.organisation?.id;
  if (!organisation) return { items: [], page, pageSize, total: 0 };
  const query = { organisation: [organisation], visibility: 'all', status, sort: '-publishedAt', page, pageSize };
  const assignments = (await personal(client, 'GET', `/assignments${queryString(query)}`, () => import('./validators/assignment.js').then((m) => m.AssignmentPage), options)).value;
  // How many there are: one item of the list is enough to read its total.
  const count = async (id: string, statuses?: schemas.ApplicationStatus[]) => (await listApplications(client, id, { status: statuses, pageSize: 1 }, options)).total;
  const items = await Promise.all(
    assignments.items.map(async (assignment) => {
      const [total, fresh] = await Promise.all([count(assignment.id), count(assignment.id, ['received'])]);
      return { assignment, applications: { total, new: fresh } };
    }),
  );
  return { items, page: assignments.page, pageSize: assignments.pageSize, total: assignments.total };
}
