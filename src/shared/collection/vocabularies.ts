import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { FlexschilClient } from '../../api/client.js';
import type { Vocabularies } from '../../api/schemas.js';
import type { Lang } from '../../i18n/lang.js';

/**
 * Labels for filter options when the backend sends no facets: `GET /vocabularies`, loaded only
 * when `needed`; a failure leaves the options labelled by their values.
 */
export function vocabulariesTask(
  host: ReactiveControllerHost,
  args: () => readonly [client: FlexschilClient | null, needed: boolean, lang: Lang],
): Task<readonly [FlexschilClient | null, boolean, Lang], Vocabularies | null> {
  return new Task(host, {
    task: async ([client, needed, lang], { signal }) => (needed && client ? client.getVocabularies({ signal, lang }).catch(() => null) : null),
    args,
  });
}
