/**
 * What someone typed to sign up for a session, kept per session in the tab's `sessionStorage`
 * (shared/session-draft.ts) until the sign-up was received, so closing the dialog, a reload or a
 * dropped connection loses nothing.
 * The idempotency key is kept too: a retry after a reload sends the same key, so a sign-up that
 * did arrive before the connection dropped is not stored twice.
 */
import { readDraft, removeDraft, writeDraft } from '../../shared/session-draft.js';
import { emptyValues, type SignUpValues } from './signup.js';

export interface Draft {
  values: SignUpValues;
  /** The key of a send that was attempted and may have reached the backend. */
  idempotencyKey: string | null;
}

const PREFIX = 'flexschil:session-list:v1:';

/** The draft kept for a session, or null. Only known keys of the right type are taken back. */
export function loadDraft(sessionId: string): Draft | null {
  const stored = readDraft(PREFIX + sessionId);
  if (!stored || typeof stored !== 'object') return null;
  const { values, idempotencyKey } = stored as { values?: Record<string, unknown>; idempotencyKey?: unknown };
  // Each field only with a value of its own type (the type of its empty value).
  const restored = emptyValues() as unknown as Record<string, unknown>;
  for (const [name, empty] of Object.entries(restored)) if (typeof values?.[name] === typeof empty) restored[name] = values?.[name];
  return { values: restored as unknown as SignUpValues, idempotencyKey: typeof idempotencyKey === 'string' && idempotencyKey ? idempotencyKey : null };
}

/**
 * Keeps all of a sign-up: unlike the application's honeypot and file, none of its fields is
 * left out (a field that should not be kept would be left out here). Full or blocked storage
 * keeps nothing: the form keeps working, only without the safety net.
 */
export function saveDraft(sessionId: string, draft: Draft): void {
  writeDraft(PREFIX + sessionId, draft);
}

export function clearDraft(sessionId: string): void {
  removeDraft(PREFIX + sessionId);
}

/** Whether a draft holds anything a person typed or chose. */
export function isBlank(draft: Draft): boolean {
  return !draft.values.name.trim() && !draft.values.email.trim() && !draft.values.consent;
}
