/**
 * The drafts of the editors of a signed-in visitor (`<assignment-editor>`, `<profile-editor>`,
 * `<session-editor>`) are given back only to whoever typed them: kept with a fingerprint of who
 * asked the backend (found by a security review). The anonymous forms' drafts (an application,
 * a sign-up) belong to the tab, as before: src/shared/session-draft.ts.
 */
import { type ClientCore, transport } from '../api/core.js';
import { hashText } from '../api/hash.js';
import { readDraft, removeDraft, writeDraft } from './session-draft.js';

/**
 * Who an editor's draft belongs to: a fingerprint of who asks the backend, so a draft is given
 * back only to the visitor who typed it. A tab outlives a sign-out: on a shared computer the next
 * person to sign in, in the same tab, must not get someone else's unsaved profile (and save it
 * as their own) or assignment. With a bearer token: its subject (`sub`, when the token is a JWT,
 * so a refreshed token keeps the draft) or else the token itself; with a cookie session, which
 * the widget cannot see into: the organisation `/me` names. Only the fingerprint is stored, never
 * the token.
 */
export async function draftOwner(client: ClientCore, me: { organisation: { id: string } | null } | null): Promise<string> {
  const t = transport(client);
  const token = (await t.headers()).get('Authorization')?.replace(/^Bearer /, '') ?? '';
  const who = token ? (subjectOf(token) ?? `token ${token}`) : `${client.credentials} ${me?.organisation?.id ?? ''}`;
  // A 53-bit hash: enough to tell visitors apart, and no way back to the token.
  return hashText(`${client.endpoint}\u0000${who}`);
}

/** The `sub` of a JWT (read, not verified: it only tells drafts apart), or null for another kind of token. */
function subjectOf(token: string): string | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: unknown };
    return typeof payload.sub === 'string' && payload.sub ? `sub ${payload.sub}` : null;
  } catch {
    return null;
  }
}

/**
 * The draft under `key` if `owner` typed it. Someone else's is removed unread: it was typed by
 * a visitor who has signed out of this tab.
 */
export function readOwnDraft(key: string, owner: string): Record<string, unknown> | null {
  const stored = readDraft(key);
  if (!stored || typeof stored !== 'object') return null;
  if ((stored as { owner?: unknown }).owner !== owner) {
    removeDraft(key);
    return null;
  }
  return stored as Record<string, unknown>;
}

/** Keeps `value` under `key` as `owner`'s draft. */
export function writeOwnDraft(key: string, owner: string, value: object): boolean {
  return writeDraft(key, { ...value, owner });
}
