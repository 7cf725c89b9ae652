/**
 * What `<session-editor>` holds: the form's values as typed (strings, so nothing is lost while
 * it is half done), and the pure steps between them and the contract's session: a session's
 * values, the body the rules check and the backend gets, a change as a merge patch, and which
 * control a rule's problem belongs to.
 */
import { dutchInstantOf, dutchWallClock } from '../../api/rules/dutch-clock.js';
import type { SessionDraft } from '../../api/rules/session-draft.js';
import type { Session } from '../../api/schemas.js';
import { DEFAULT_TEXT_LANGUAGE } from '../../api/content-language.js';

export interface SessionValues {
  title: string;
  /** HTML, cleaned to the contract's allowlist by the rich-text editor. */
  question: string;
  language: string;
  /** The day of the session and its times on the Dutch clock (`<input type="date">`, `type="time"`). */
  date: string;
  startTime: string;
  endTime: string;
  /** The day it ends, only when that is not the day it starts (empty: the same day). */
  endDate: string;
  place: string;
  onlineUrl: string;
  capacity: string;
  signUpDeadline: string;
  fields: string[];
  region: string;
  url: string;
}

export type FieldName = keyof SessionValues;

/** The order of the controls in the form: the error summary lists problems in it. */
export const fieldOrder: readonly FieldName[] = [
  'title',
  'question',
  'fields',
  'language',
  'date',
  'startTime',
  'endTime',
  'endDate',
  'signUpDeadline',
  'place',
  'onlineUrl',
  'region',
  'capacity',
  'url',
];

export function emptyValues(): SessionValues {
  return {
    title: '',
    question: '',
    language: DEFAULT_TEXT_LANGUAGE,
    date: '',
    startTime: '',
    endTime: '',
    endDate: '',
    place: '',
    onlineUrl: '',
    capacity: '',
    signUpDeadline: '',
    fields: [],
    region: '',
    url: '',
  };
}

/** A session as the form shows it; its times on the Dutch clock, whatever the visitor's own. */
export function valuesFrom(s: Session, clean: (html: string) => string): SessionValues {
  const start = dutchWallClock(s.startsAt);
  const end = dutchWallClock(s.endsAt);
  return {
    title: s.title,
    question: clean(s.question),
    language: s.language ?? DEFAULT_TEXT_LANGUAGE,
    date: start?.date ?? '',
    startTime: start?.time ?? '',
    endTime: end?.time ?? '',
    endDate: end && end.date !== start?.date ? end.date : '',
    place: s.place ?? '',
    onlineUrl: s.onlineUrl ?? '',
    capacity: String(s.capacity),
    signUpDeadline: s.signUpDeadline,
    fields: s.fields.map((f) => f.value),
    region: s.region?.value ?? '',
    url: s.url ?? '',
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/**
 * The body the session rules check and the backend stores (`status` is not the form's: calling a
 * session off is a change of its own). A date or time not filled in leaves its instant empty, so
 * the rules say it is required; the session ends on the day it starts unless an end date is given.
 */
export function draftInput(v: SessionValues): Omit<SessionDraft, 'status' | 'assignmentId'> {
  const capacity = v.capacity.trim();
  return {
    title: v.title.trim(),
    question: v.question,
    language: v.language,
    startsAt: (v.date && v.startTime && dutchInstantOf(v.date, v.startTime)) || '',
    endsAt: ((v.endDate || v.date) && v.endTime && dutchInstantOf(v.endDate || v.date, v.endTime)) || '',
    place: orNull(v.place),
    onlineUrl: orNull(v.onlineUrl),
    // Whole numbers as typed; anything else goes as text, for the rules to name.
    capacity: (/^\d{1,6}$/.test(capacity) ? Number(capacity) : capacity || null) as number,
    signUpDeadline: v.signUpDeadline,
    fields: v.fields.map((value) => ({ value })),
    region: v.region ? { value: v.region } : null,
    url: orNull(v.url),
  };
}

/** The members that differ between two bodies: what a change sends (a JSON Merge Patch). */
export function patchOf(now: Record<string, unknown>, before: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(now).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key])));
}

/**
 * The control a rule's problem belongs to: `startsAt` is the day or the start time (whichever is
 * empty; a start in the past is the day's), `endsAt` the end time, `fields.2` the fields.
 */
export function formField(name: string, v: SessionValues): FieldName | null {
  if (name === 'startsAt') return !v.date ? 'date' : !v.startTime ? 'startTime' : 'date';
  if (name === 'endsAt') return !v.date ? 'date' : 'endTime';
  if (/^fields\.\d+$/.test(name)) return 'fields';
  return (fieldOrder as readonly string[]).includes(name) ? (name as FieldName) : null;
}

export function changedFields(a: SessionValues, b: SessionValues): FieldName[] {
  return fieldOrder.filter((name) => JSON.stringify(a[name]) !== JSON.stringify(b[name]));
}

/** Whether a field has the same value in two sets of values. */
export function same(name: FieldName, a: SessionValues, b: SessionValues): boolean {
  return JSON.stringify(a[name]) === JSON.stringify(b[name]);
}
