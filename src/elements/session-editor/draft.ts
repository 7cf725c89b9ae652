/**
 * A poster's unsaved work on one session (or on a new one), kept in the tab's `sessionStorage`
 * (shared/session-draft.ts) until it is saved: the values, and for a change the values and the
 * ETag of the version they started from; for a create, the first request sent with its
 * `Idempotency-Key`, so a retry — even after a reload — is the same request.
 */
import { readOwnDraft, writeOwnDraft } from '../../shared/draft-owner.js';
import { removeDraft } from '../../shared/session-draft.js';
import { emptyValues, type SessionValues } from './values.js';

/** Creating: the first request sent with the current key. */
export interface Pending {
  key: string;
  body: Record<string, unknown>;
}

/**
 * What the tab keeps until a save: the values, and for a change the values and the ETag of the
 * version they started from (a newer one is then shown as a conflict, field by field).
 */
export interface Draft {
  values: SessionValues;
  base: { values: SessionValues; etag: string | null } | null;
  pending: Pending | null;
}

function draftKey(id: string | null): string {
  return `flexschil:session-editor:${id ?? 'new'}`;
}

/**
 * The draft `owner` kept of a session (`null`: a new one), or null; someone else's is removed
 * (shared/draft-owner.ts). Only known members of the right type survive.
 */
export function loadDraft(id: string | null, owner: string): Draft | null {
  const raw = readOwnDraft(draftKey(id), owner) as Partial<Draft> | null;
  if (!raw?.values || typeof raw.values !== 'object') return null;
  const base = raw.base && typeof raw.base === 'object' ? raw.base : null;
  const etag = base && typeof base.etag === 'string' ? base.etag : null;
  const pending = raw.pending && typeof raw.pending.key === 'string' && raw.pending.body && typeof raw.pending.body === 'object' ? raw.pending : null;
  return { values: valuesOf(raw.values), base: base ? { values: valuesOf(base.values), etag } : null, pending };
}

export function saveDraft(id: string | null, owner: string, draft: Draft): void {
  writeOwnDraft(draftKey(id), owner, draft);
}

export function clearDraft(id: string | null): void {
  removeDraft(draftKey(id));
}

/** A draft's values parsed like any input: only the form's own members, of the form's own types. */
function valuesOf(raw: unknown): SessionValues {
  const given = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const values = emptyValues() as unknown as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(values)) {
    const value = given[key];
    if (Array.isArray(fallback)) values[key] = Array.isArray(value) ? value.filter((x) => typeof x === 'string') : fallback;
    else if (typeof value === 'string') values[key] = value;
  }
  return values as unknown as SessionValues;
}
