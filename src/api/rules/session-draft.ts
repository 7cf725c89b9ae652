/**
 * The rules of `POST /sessions` and `PATCH /sessions/{id}` (contract 1.2): what a poster writes.
 * `<session-editor>` checks with them before sending; the backend that the mock and the reference
 * server share checks again and answers 400 with every problem. A module apart from session.ts,
 * so the session list (signing up) does not load a poster's rules.
 */
import { isInstant } from './dates.js';
import type { DraftCheck } from './posting.js';
import { type CheckOptions, JsonChecker } from './json.js';

export const sessionLimits = {
  title: { min: 5, max: 150 },
  question: { max: 20_000 },
  place: { max: 150 },
  capacity: { min: 1, max: 1_000 },
  fields: { max: 10 },
} as const;

export interface SessionDraft {
  title: string;
  question: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  capacity: number;
  signUpDeadline: string;
  fields: { value: string }[];
  region: { value: string } | null;
  assignmentId: string | null;
  url: string | null;
  status: 'open' | 'cancelled';
  /** The language of its texts (extension): absent on a create, Dutch; on a change, as it was. */
  language: string;
}

/**
 * Every problem with a session a poster sends, at once. A new one may not start in the past, nor
 * may a change move its start there (`storedStart`: the start it has now; one that has passed
 * may stay as it is while the rest is mended); a change may not leave fewer seats than people
 * hold (`registered`: the capacity is never exceeded; the issue's `count` says how many).
 * `knownCode`: see {@link CheckOptions}.
 */
export function checkSessionDraft(
  input: unknown,
  options: { now: Date; creating: boolean; storedStart?: string; registered?: number } & CheckOptions,
): DraftCheck<SessionDraft> {
  const check = new JsonChecker(options);
  const body = check.object(input, 'body') ?? {};
  const l = sessionLimits;
  const title = check.text(body.title, 'title', l.title);
  const question = check.text(body.question, 'question', { ...l.question, required: false, multiline: true }) ?? '';
  const instant = (value: unknown, name: string) => {
    if (value === null || value === undefined || value === '') return check.fail(name, 'required');
    if (typeof value !== 'string' || !isInstant(value)) return check.fail(name, 'format');
    return value;
  };
  const startsAt = instant(body.startsAt, 'startsAt');
  const endsAt = instant(body.endsAt, 'endsAt');
  if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt)) check.add('endsAt', 'range');
  const startMoved = options.creating || Date.parse(startsAt ?? '') !== Date.parse(options.storedStart ?? '');
  if (startsAt && startMoved && Date.parse(startsAt) < options.now.getTime()) check.add('startsAt', 'range');
  const place = check.text(body.place, 'place', { ...l.place, required: false });
  const onlineUrl = check.url(body.onlineUrl, 'onlineUrl');
  if (!place && !onlineUrl && !check.issues.some((i) => i.name === 'place')) check.add('place', 'required');
  const capacity = check.number(body.capacity, 'capacity', { ...l.capacity, integer: true });
  const taken = options.registered ?? 0;
  if (capacity !== null && capacity < taken) check.add('capacity', 'range', { min: taken, max: l.capacity.max, count: taken });
  const signUpDeadline = check.date(body.signUpDeadline, 'signUpDeadline', true);
  if (signUpDeadline && startsAt && signUpDeadline > startsAt.slice(0, 10)) check.add('signUpDeadline', 'range');
  const fields = [...new Set(check.list(body.fields, 'fields', l.fields).map((f, i) => check.code(f, `fields.${i}`, 'field')))]
    .filter((f): f is string => f !== null)
    .map((value) => ({ value }));
  const region = body.region === null || body.region === undefined ? null : check.code(body.region, 'region', 'region');
  const assignmentId = check.text(body.assignmentId, 'assignmentId', { max: 200, required: false });
  const url = check.url(body.url, 'url');
  const status = check.choice(body.status ?? 'open', 'status', ['open', 'cancelled'] as const);
  const language = check.language(body.language, 'language');
  if (check.issues.length || title === null || startsAt === null || endsAt === null || capacity === null || signUpDeadline === null || status === null) {
    return { ok: false, issues: check.issues };
  }
  return {
    ok: true,
    value: { title, question, startsAt, endsAt, place, onlineUrl, capacity, signUpDeadline, fields, region: region ? { value: region } : null, assignmentId, url, status, language },
  };
}
