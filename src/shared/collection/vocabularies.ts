import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { ClientCore } from '../../api/core.js';
import type { Vocabularies } from '../../api/schemas.js';
import type { Lang } from '../../i18n/lang.js';

/**
 * Labels for filter options when the backend sends no facets: `GET /vocabularies`, loaded only
 * when `needed`; a failure leaves the options labelled by their values.
 *
 * While it is not needed (an answer with facets, the usual case) its arguments stay those it
 * starts with, so the task does not run: a run, even one that loads nothing, ends with an update
 * of the host (issue 15: one wasted update after every first render).
 */
export function vocabulariesTask(
  host: ReactiveControllerHost,
  args: () => readonly [client: ClientCore | null, needed: boolean, lang: Lang],
): Task<readonly [ClientCore | null, Lang | null], Vocabularies | null> {
  return new Task(host, {
    task: async ([client, lang], { signal }) => (client && lang ? client.getVocabularies({ signal, lang }).catch(() => null) : null),
    args: () => {
      const [client, needed, lang] = args();
      return needed && client ? ([client, lang] as const) : notNeeded;
    },
    initialValue: null,
  });
}

const notNeeded = [null, null] as const;
