/**
 * What an applicant typed, kept per assignment in the tab's `sessionStorage`
 * (shared/session-draft.ts, which owns the storage: blocked, full or unreadable), so a reload, a
 * dropped connection or a tab restored on a train loses nothing. Here only what is kept and how
 * what comes back is checked. `storage` is for tests: left out, the tab's.
 *
 * The file itself is never stored (too large, and binary); only its name, so the form can say
 * which file to choose again. The idempotency key is stored too, with the language it was first
 * sent in: a reload followed by a retry then sends the same key with the same body, and a request
 * that did arrive before the connection dropped is not stored twice.
 */
import type { Lang } from '../../i18n/lang.js';
import { readDraft, removeDraft, writeDraft } from '../../shared/session-draft.js';
import { type ApplicationValues, emptyValues } from './validate.js';

/** The stored values: everything but the honeypot, which no person fills. */
export type DraftValues = Omit<ApplicationValues, 'website'>;

export interface Draft {
  values: DraftValues;
  /** The key of a submit that was attempted and may have reached the backend. */
  idempotencyKey: string | null;
  /**
   * The language that submit sent (`language`): a retry with its key sends it again, also from a
   * page in the other language. Null in a draft from before it was kept: the form's language then.
   */
  language: Lang | null;
  /** Name of the CV chosen before, to ask for it again. */
  cvName: string | null;
}

const PREFIX = 'flexschil:apply-form:v1:';

export function draftKey(assignmentId: string): string {
  return PREFIX + assignmentId;
}

const TEXT_KEYS = ['name', 'email', 'phone', 'kvkNumber', 'motivation', 'availableFrom', 'hoursPerWeek', 'rate'] as const;
const FLAG_KEYS = ['consent', 'acceptConditions', 'managerConsent'] as const;

/** Whether a draft holds anything a person typed or chose. */
export function isBlank(draft: Draft): boolean {
  return TEXT_KEYS.every((k) => !draft.values[k].trim()) && FLAG_KEYS.every((k) => !draft.values[k]) && !draft.cvName;
}

/** The stored draft for an assignment, or null when there is none or it cannot be read. */
export function loadDraft(assignmentId: string, storage?: Storage | null): Draft | null {
  const stored = readDraft(draftKey(assignmentId), storage) as Record<string, unknown> | null;
  if (!stored || typeof stored !== 'object') return null;
  const values = (stored.values && typeof stored.values === 'object' ? stored.values : {}) as Record<string, unknown>;
  // Only known keys of the right type survive: a draft written by another version (or edited
  // by hand) can never put anything unexpected into the form.
  const { website: _honeypot, ...restored } = emptyValues();
  for (const key of TEXT_KEYS) if (typeof values[key] === 'string') restored[key] = values[key] as string;
  for (const key of FLAG_KEYS) if (typeof values[key] === 'boolean') restored[key] = values[key] as boolean;
  return {
    values: restored,
    idempotencyKey: typeof stored.idempotencyKey === 'string' && stored.idempotencyKey ? stored.idempotencyKey : null,
    language: stored.language === 'nl' || stored.language === 'en' ? stored.language : null,
    cvName: typeof stored.cvName === 'string' && stored.cvName ? stored.cvName : null,
  };
}

/** Stores a draft; false when storage is unavailable or full (the form keeps working either way). */
export function saveDraft(assignmentId: string, draft: Draft, storage?: Storage | null): boolean {
  const { values, idempotencyKey, language, cvName } = draft;
  const stored: Draft = { values: pick(values), idempotencyKey, language, cvName };
  return writeDraft(draftKey(assignmentId), stored, storage);
}

export function clearDraft(assignmentId: string, storage?: Storage | null): void {
  removeDraft(draftKey(assignmentId), storage);
}

function pick(values: ApplicationValues | DraftValues): DraftValues {
  const { website: _honeypot, ...result } = { ...emptyValues(), ...values };
  for (const key of TEXT_KEYS) result[key] = values[key];
  for (const key of FLAG_KEYS) result[key] = values[key];
  return result;
}

/** An application sent from this tab: its reference and when it arrived, nothing personal. */
export interface SentBefore {
  id: string;
  receivedAt: string;
}

const SENT_PREFIX = 'flexschil:apply-form:sent:v1:';

/** Remembers in the tab that an application for this assignment was sent (for a form opened again). */
export function rememberSent(assignmentId: string, sent: SentBefore, storage?: Storage | null): void {
  // Storage full or gone: the note is a courtesy, so what writeDraft says is not asked.
  writeDraft(SENT_PREFIX + assignmentId, { id: sent.id, receivedAt: sent.receivedAt }, storage);
}

/** The application sent from this tab for this assignment, or null. */
export function sentBefore(assignmentId: string, storage?: Storage | null): SentBefore | null {
  const stored = readDraft(SENT_PREFIX + assignmentId, storage) as Partial<SentBefore> | null;
  return stored && typeof stored.id === 'string' && typeof stored.receivedAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(stored.receivedAt) ? { id: stored.id, receivedAt: stored.receivedAt } : null;
}
