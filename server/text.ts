/** Small, pure text and time helpers shared by the query layer and the importers. */
import { fold } from '../mock/text.js';

// Done in JavaScript rather than with PostgreSQL's `unaccent` (an extension a managed database
// may not allow), with the mock's rule, so both backends find the same things.
export { fold };

/** The folded text a row is searched by: its parts joined by newlines. */
export function searchText(parts: (string | null | undefined)[]): string {
  return fold(parts.filter(Boolean).join('\n'));
}

/** Words of a free-text query, folded, quotes and brackets removed; a leading `-` (not) is kept. */
export function queryWords(q: string): string[] {
  return fold(q)
    .split(/\s+/)
    .map((word) => word.replace(/^["'(+]+|["')]+$/g, '').replace(/^-+/, '-'))
    .filter((word) => word && word !== '-');
}

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Formatted instants: `formatToParts` is slow, and the same publication times recur in every list. */
const instants = new Map<number, string>();

/**
 * An instant as ISO 8601 in Dutch wall-clock time with its offset
 * (`2026-11-20T09:00:00+01:00`): what a Dutch organisation published, not UTC.
 */
export function dutchInstant(date: Date): string {
  const time = date.getTime();
  let formatted = instants.get(time);
  if (formatted === undefined) {
    if (instants.size >= 10_000) instants.clear();
    formatted = formatInstant(date);
    instants.set(time, formatted);
  }
  return formatted;
}

function formatInstant(date: Date): string {
  const parts = Object.fromEntries(amsterdam.formatToParts(date).map((p) => [p.type, p.value]));
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  const offsetMinutes = Math.round((Date.parse(`${local}Z`) - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local}${offset}`;
}

/** Today in the Netherlands as `YYYY-MM-DD`. */
export function dutchToday(now: Date = new Date()): string {
  return dutchInstant(now).slice(0, 10);
}

/** A real calendar date as `YYYY-MM-DD` (not 2026-02-30). */
export function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
