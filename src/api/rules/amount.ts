/**
 * Numbers as people type them, and an amount in euro as it is sent. A module of its own, so the
 * drafts' checker does not load the form's field table for it.
 */
import type { JsonChecker } from './json.js';

/**
 * Hours a week, wherever they are written: an assignment's `hoursPerWeek`, a profile's
 * availability and an application (contract §1: 1..40). One rule, so a profile can always say
 * what an assignment asks and an application what a profile offers.
 */
export const HOURS_PER_WEEK = { min: 1, max: 40 } as const;

/**
 * A rate in euro an hour, excluding VAT, wherever it is written: an assignment's range, a
 * profile's rate and an application's. Nothing (empty) says "no rate"; 0 is none either.
 */
export const RATE_PER_HOUR = { min: 1, max: 1_000 } as const;

/**
 * An amount in euro as it is sent (a decimal point): at most two decimals, as the application
 * form, the assignment draft and the profile draft all take it.
 */
export const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;

/**
 * A typed number as a plain decimal (`85.50`), or null when the text is no number. It reads what
 * people here write: `85`, `85,50` and `85.50`, `€ 85`, `EUR 85`, `85,-`, `1.000,-` and
 * `1.500,50` (dots that group thousands before a decimal comma). `1.500` and `1,500` alone are no
 * number: fifteen hundred in one language, one and a half in the other, and a guess would store
 * a rate a thousand times off; their message asks for `85` or `85,50`. The one reading of a typed
 * number: the forms, their previews and the rules, which the mock and the reference server run too.
 */
export function decimalOf(text: string): string | null {
  let t = text.replace(/[\s€]/g, '').replace(/^eur/i, '').replace(/,-$/, ',00');
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(t)) t = t.replace(/\./g, '');
  else if (/^-?\d{1,3}[.,]\d{3}$/.test(t)) return null;
  t = t.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? t : null;
}

/** A typed number ({@link decimalOf}) as a number, or null. */
export function typedNumber(text: string): number | null {
  const decimal = decimalOf(text);
  return decimal === null ? null : Number(decimal);
}

/**
 * A rate is in euro per hour (contract §1): absent, `EUR` and `hour`; any other currency or unit
 * is refused, never read as euro per hour.
 */
export function rateUnits(check: JsonChecker, rate: Record<string, unknown>): { currency: 'EUR' | null; unit: 'hour' | null } {
  return {
    currency: check.choice(rate.currency ?? 'EUR', 'rate.currency', ['EUR'] as const),
    unit: check.choice(rate.unit ?? 'hour', 'rate.unit', ['hour'] as const),
  };
}
