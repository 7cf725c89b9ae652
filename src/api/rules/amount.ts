/**
 * An amount in euro as it is sent (a decimal point): at most two decimals, as the application
 * form, the assignment draft and the profile draft all take it. A module of its own, so the
 * drafts' checker does not load the form's field table for it.
 */
import type { JsonChecker } from './json.js';

export const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;

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
