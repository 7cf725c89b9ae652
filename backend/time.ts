/** Instants and dates in Dutch time, the way a Dutch organisation writes them. */
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
export function dutchInstant(date: Date | string): string {
  const time = typeof date === 'string' ? Date.parse(date) : date.getTime();
  let formatted = instants.get(time);
  if (formatted === undefined) {
    if (instants.size >= 10_000) instants.clear();
    formatted = formatInstant(new Date(time));
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

/** A `YYYY-MM-DD` date moved by whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
