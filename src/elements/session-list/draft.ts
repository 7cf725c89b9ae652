/**
 * What someone typed to sign up for a session, kept in `sessionStorage` per session until the
 * sign-up was received, so closing the dialog, a reload or a dropped connection loses nothing.
 * `sessionStorage`, not `localStorage`: a name and an e-mail address should not outlive the tab.
 * The idempotency key is kept too: a retry after a reload sends the same key, so a sign-up that
 * did arrive before the connection dropped is not stored twice.
 */
import { emptyValues, type SignUpValues } from './signup.js';

export interface Draft {
  values: SignUpValues;
  /** The key of a send that was attempted and may have reached the backend. */
  idempotencyKey: string | null;
}

const PREFIX = 'flexschil:session-list:v1:';

/** The tab's session storage, or null where it is blocked (privacy settings, sandboxed frames). */
function store(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // SecurityError when storage is disabled for this origin
  }
}

/** The draft kept for a session, or null. Only known keys of the right type are taken back. */
export function loadDraft(sessionId: string): Draft | null {
  let stored: unknown;
  try {
    const raw = store()?.getItem(PREFIX + sessionId);
    if (!raw) return null;
    stored = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!stored || typeof stored !== 'object') return null;
  const { values, idempotencyKey } = stored as { values?: Record<string, unknown>; idempotencyKey?: unknown };
  const restored = emptyValues();
  if (typeof values?.name === 'string') restored.name = values.name;
  if (typeof values?.email === 'string') restored.email = values.email;
  if (typeof values?.consent === 'boolean') restored.consent = values.consent;
  return { values: restored, idempotencyKey: typeof idempotencyKey === 'string' && idempotencyKey ? idempotencyKey : null };
}

export function saveDraft(sessionId: string, draft: Draft): void {
  try {
    const { name, email, consent } = draft.values;
    store()?.setItem(PREFIX + sessionId, JSON.stringify({ values: { name, email, consent }, idempotencyKey: draft.idempotencyKey }));
  } catch {
    // QuotaExceededError: the form keeps working, only without the safety net
  }
}

export function clearDraft(sessionId: string): void {
  try {
    store()?.removeItem(PREFIX + sessionId);
  } catch {
    // storage went away: nothing left to clear
  }
}

/** Whether a draft holds anything a person typed or chose. */
export function isBlank(draft: Draft): boolean {
  return !draft.values.name.trim() && !draft.values.email.trim() && !draft.values.consent;
}
