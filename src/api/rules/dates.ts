/**
 * Dates as the contract writes them (`YYYY-MM-DD`), validated once for every form, query
 * parameter, import and store: a real calendar date (not 2026-02-30) in a sane range (not
 * 0000-01-01, which PostgreSQL refuses with a 500).
 */
export const DATE_RANGE = { min: '1900-01-01', max: '2199-12-31' } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const parts = DATE.exec(value);
  if (!parts) return false;
  const [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real && value >= DATE_RANGE.min && value <= DATE_RANGE.max;
}

/** Year and month (`2024-03`, a profile's experience), or a full date; in the same range. */
export function isYearMonth(value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isCalendarDate(value);
  const parts = /^(\d{4})-(\d{2})$/.exec(value);
  if (!parts) return false;
  const month = Number(parts[2]);
  return month >= 1 && month <= 12 && value >= DATE_RANGE.min.slice(0, 7) && value <= DATE_RANGE.max.slice(0, 7);
}

/** An ISO 8601 instant with an offset or `Z` (`2026-11-20T09:00:00+01:00`) that is a real moment. */
export function isInstant(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return false;
  return isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}
