/**
 * A poster's unsaved work on one assignment (or on a new one), kept in the tab's `sessionStorage`
 * (shared/session-draft.ts) until it is saved, so a reload, a dropped connection or a closed
 * laptop lid loses nothing. With it:
 * - editing: the version the edits started from (and its ETag), so saving after a reload
 *   still sends the `If-Match` of what the poster saw, and a change by someone else in between
 *   is shown instead of overwritten;
 * - creating: the first request sent with the current `Idempotency-Key`, so a retry — even
 *   after a reload — finds out whether it arrived instead of posting the assignment twice.
 */
import { Assignment } from '../../api/validators/assignment.js';
import { readOwnDraft, writeOwnDraft } from '../../shared/draft-owner.js';
import { removeDraft } from '../../shared/session-draft.js';
import { type EditorValues, emptyValues, type FieldName, fieldOrder, isFlag } from './values.js';

export interface EditorDraft {
  values: EditorValues;
  base: { value: Assignment; etag: string } | null;
  pending: { key: string; body: Record<string, unknown> } | null;
}

const PREFIX = 'flexschil:assignment-editor:v1:';

/** The storage key of a draft: per assignment, or `new` for one not yet created. */
export function editorDraftKey(assignmentId: string | null): string {
  return PREFIX + (assignmentId ?? 'new');
}

/**
 * The draft `owner` kept (shared/draft-owner.ts), or null; someone else's is
 * removed. Only known fields of the right type survive (storage is not trusted).
 */
export function loadEditorDraft(assignmentId: string | null, owner: string): EditorDraft | null {
  const stored = readOwnDraft(editorDraftKey(assignmentId), owner);
  if (!stored) return null;
  const raw = (stored.values && typeof stored.values === 'object' ? stored.values : {}) as Record<string, unknown>;
  const values = emptyValues();
  for (const name of fieldOrder) restore(values, name, raw[name]);
  const base = stored.base as { value?: unknown; etag?: unknown } | null | undefined;
  const parsedBase = base && typeof base.etag === 'string' ? Assignment.safeParse(base.value) : null;
  const pending = stored.pending as { key?: unknown; body?: unknown } | null | undefined;
  return {
    values,
    base: parsedBase?.success ? { value: parsedBase.data, etag: base!.etag as string } : null,
    pending:
      pending && typeof pending.key === 'string' && pending.body && typeof pending.body === 'object'
        ? { key: pending.key, body: pending.body as Record<string, unknown> }
        : null,
  };
}

function restore(values: EditorValues, name: FieldName, value: unknown): void {
  const target = values as unknown as Record<string, unknown>;
  if (name === 'skills') {
    if (Array.isArray(value)) {
      values.skills = value
        .filter((s): s is { name: string; required?: unknown } => !!s && typeof s === 'object' && typeof (s as { name?: unknown }).name === 'string')
        .map((s) => ({ name: s.name, required: s.required === true }));
    }
  } else if (name === 'types') {
    if (Array.isArray(value)) values.types = value.filter((t): t is string => typeof t === 'string');
  } else if (isFlag(name)) {
    if (typeof value === 'boolean') target[name] = value;
  } else if (typeof value === 'string') target[name] = value;
}

/** Stores a draft; where storage is unavailable or full, nothing (the form keeps working either way). */
export function saveEditorDraft(assignmentId: string | null, owner: string, draft: EditorDraft): void {
  writeOwnDraft(editorDraftKey(assignmentId), owner, draft);
}

export function clearEditorDraft(assignmentId: string | null): void {
  removeDraft(editorDraftKey(assignmentId));
}
