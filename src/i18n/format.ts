/**
 * Dates, money and hours as people read them, in the UI language. Elements never format
 * these themselves. Dates from the contract are calendar dates (`YYYY-MM-DD`): they are
 * handled in UTC so no time zone can move them a day.
 */
import { type Lang, locales } from './lang.js';

const MS_PER_DAY = 86_400_000;
const MONTH_ONLY = /^\d{4}-\d{2}$/;

/**
 * One formatter per language and option set, built on first use and kept for the page's life:
 * constructing an `Intl` formatter costs about 0.3 ms in Chromium, more than formatting with it
 * a hundred times (issue 15: half of a board's script time went to new DateTimeFormats).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

function utc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}

/** Today in the visitor's own time zone, as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / MS_PER_DAY);
}

/** "20 december 2026" / "20 December 2026"; `YYYY-MM` gives "maart 2024". */
export function formatDate(date: string, lang: Lang, { short = false } = {}): string {
  const monthOnly = MONTH_ONLY.test(date);
  const format = cached(`date ${lang} ${short} ${monthOnly}`, () =>
    new Intl.DateTimeFormat(locales[lang], {
      timeZone: 'UTC',
      year: 'numeric',
      month: short ? 'short' : 'long',
      ...(monthOnly ? {} : { day: 'numeric' }),
    }),
  );
  return format.format(utc(date));
}

export interface ClosingText {
  /** Short, relative: "sluit over 5 dagen", "sluit vandaag", "gesloten". */
  text: string;
  /** With the date in full, for assistive technology and tooltips. */
  full: string;
  closed: boolean;
  /** Closes within a week: worth a visual cue (never the only cue). */
  soon: boolean;
}

const closingWords = {
  nl: { closes: 'sluit', closed: 'gesloten', on: 'op', closedOn: 'gesloten sinds' },
  en: { closes: 'closes', closed: 'closed', on: 'on', closedOn: 'closed since' },
} as const;

export function closingText(closingDate: string, todayDate: string, lang: Lang, status: 'open' | 'closed' = 'open'): ClosingText {
  const words = closingWords[lang];
  const days = daysBetween(todayDate, closingDate);
  const date = formatDate(closingDate, lang);
  if (status === 'closed' || days < 0) {
    // Closed early (its closing date still to come): closed, not "closed since" that date.
    return { text: words.closed, full: days < 0 ? `${words.closedOn} ${date}` : words.closed, closed: true, soon: false };
  }
  const relative = cached(`relative ${lang}`, () => new Intl.RelativeTimeFormat(locales[lang], { numeric: 'auto' })).format(days, 'day');
  // Said in full with the urgency the screen shows ("sluit vandaag"), and the date it stands for.
  const text = `${words.closes} ${relative}`;
  return { text, full: `${text}, ${words.on} ${date}`, closed: false, soon: days <= 7 };
}

const unitWords: Record<Lang, Record<string, string>> = {
  nl: { hour: 'per uur', day: 'per dag', month: 'per maand', year: 'per jaar' },
  en: { hour: 'per hour', day: 'per day', month: 'per month', year: 'per year' },
};

function currencyFormat(lang: Lang, currency: string, amounts: number[]): Intl.NumberFormat {
  const whole = amounts.every(Number.isInteger);
  // The currency comes from a backend: only well-formed codes get a formatter (and a cache entry)
  // of their own, so a hostile backend cannot grow the cache with made-up codes.
  if (!CURRENCY.test(currency)) return plainAmount(lang);
  try {
    return cached(`money ${lang} ${currency} ${whole}`, () =>
      new Intl.NumberFormat(locales[lang], {
        style: 'currency',
        currency,
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: 2,
      }),
    );
  } catch {
    // An unknown currency code from a backend must not break the card.
    return plainAmount(lang);
  }
}

const CURRENCY = /^[A-Za-z]{3}$/;

function plainAmount(lang: Lang): Intl.NumberFormat {
  return cached(`amount ${lang}`, () => new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 }));
}

/** "€ 85 per uur", or a range "€ 75 – € 95 per uur". */
export function formatMoney(
  amount: number | { min: number | null; max: number | null },
  currency: string,
  unit: string,
  lang: Lang,
): string {
  // `Object.hasOwn`: a unit from a backend such as `constructor` is no word of ours.
  const per = Object.hasOwn(unitWords[lang], unit) ? unitWords[lang][unit] : `/ ${unit}`;
  if (typeof amount === 'number') return `${currencyFormat(lang, currency, [amount]).format(amount)} ${per}`;
  const values = [amount.min, amount.max].filter((v): v is number => v !== null);
  if (values.length === 0) return '';
  const format = currencyFormat(lang, currency, values);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const text = low === high ? format.format(low) : `${format.format(low)} – ${format.format(high)}`;
  return `${text} ${per}`;
}

/**
 * An amount as a person types it back into a field, in the notation the field's hint shows:
 * "100,50" in Dutch, "100.50" in English; whole amounts without decimals ("85").
 */
export function typedAmount(amount: number | null | undefined, lang: Lang): string {
  if (amount === null || amount === undefined) return '';
  const text = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** "16–24 uur per week" / "16 uur per week". */
export function formatHours(hours: number | { min: number; max: number }, lang: Lang): string {
  const per = lang === 'nl' ? 'uur per week' : 'hours per week';
  if (typeof hours === 'number') return `${formatNumber(hours, lang)} ${per}`;
  const { min, max } = hours;
  const range = min === max ? formatNumber(min, lang) : `${formatNumber(min, lang)}–${formatNumber(max, lang)}`;
  return `${range} ${per}`;
}

export function formatNumber(value: number, lang: Lang): string {
  return cached(`number ${lang}`, () => new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 })).format(value);
}

/** "a, b en c" / "a, b and c". */
export function formatList(items: string[], lang: Lang): string {
  return listFormat(lang).format(items);
}

/** The conjunction list format of a language ("a, b en c"), for callers that need its parts. */
export function listFormat(lang: Lang): Intl.ListFormat {
  return cached(`list ${lang}`, () => new Intl.ListFormat(locales[lang], { type: 'conjunction' }));
}
