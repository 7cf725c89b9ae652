/**
 * Applying for an assignment (contract 1.0). `<apply-form>` imports this; host scripts have it
 * as a method of `FlexschilClient`.
 */
import { type ClientCore, problemFrom, startLoading, type SubmitOptions, transport } from './core.js';
import type * as schemas from './schemas.js';

/**
 * `POST /assignments/{id}/applications` as multipart. Not retried here: the form keeps what
 * was typed and offers a retry with the same idempotency key.
 */
export async function submitApplication(client: ClientCore, assignmentId: string, body: FormData, options: SubmitOptions): Promise<schemas.ApplicationReceipt> {
  const t = transport(client);
  const url = `${t.endpoint}/assignments/${encodeURIComponent(assignmentId)}/applications`;
  const headers = await t.headers(options.lang);
  headers.set('Idempotency-Key', options.idempotencyKey);
  const schema = startLoading(() => import('./validators/application.js').then((m) => m.ApplicationReceipt));
  return t.send(url, { method: 'POST', headers, body }, options.signal, t.options.uploadTimeout, async (response, signal) => {
    if (!response.ok) throw await problemFrom(response, signal);
    return t.parseBody(response, schema, url, signal);
  });
}
