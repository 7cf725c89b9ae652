/**
 * What every story shares: the mock backend's base URLs (a healthy one, and one per fault so
 * each error story has its own URL — on the autodocs page all stories share one worker) and a
 * provider wrapper.
 */
import { html, type TemplateResult } from 'lit';
import type { FaultKind } from '../mock/backend.js';
import { createMockBackend } from '../mock/backend.js';
import { createHandlers, mockBackend } from '../mock/handlers.js';
import '../src/index.js';
import { ClientCore } from '../src/api/core.js';
import { draftOwner, writeOwnDraft } from '../src/shared/draft-owner.js';

export const STORY_API = 'https://api.flexschil.test/v1';
const faultKinds: FaultKind[] = ['error500', 'html', 'malformed', 'invalid', 'empty', 'slow', 'network', 'rate-limit'];

/** Base URL of a backend that always answers with `kind` (`slow`: after 1 hour, i.e. stays loading). */
export const faultApi = (kind: FaultKind) => `https://fault-${kind}.flexschil.test/v1`;

function faultyBackend(kind: FaultKind) {
  const backend = createMockBackend();
  backend.setFault({ kind, times: Number.POSITIVE_INFINITY, delay: kind === 'slow' ? 3_600_000 : undefined });
  return backend;
}

/** Every handler the stories need, registered once with the worker. */
export const storyHandlers = [
  ...createHandlers(mockBackend, STORY_API),
  ...faultKinds.flatMap((kind) => createHandlers(faultyBackend(kind), faultApi(kind))),
];

export function withProvider(content: TemplateResult, { endpoint = STORY_API, token = null as string | null, lang = 'nl' } = {}): TemplateResult {
  return html`<div lang=${lang}>
    <marketplace-provider endpoint=${endpoint} privacy-url="https://www.example.nl/privacy" .getToken=${token ? async () => token : null}>
      ${content}
    </marketplace-provider>
  </div>`;
}

/**
 * Keeps a draft in the preview's `sessionStorage` as the editors do for the visitor signed in
 * with `token` at `endpoint` (a story's "restored after a reload"): a draft is given back only to
 * whoever typed it (src/shared/draft-owner.ts). A story's `beforeEach`, as it waits.
 */
export async function keepDraftAs(key: string, value: object, { endpoint = STORY_API, token }: { endpoint?: string; token: string }): Promise<void> {
  writeOwnDraft(key, await draftOwner(new ClientCore({ endpoint, getToken: () => token }), null), value);
}
