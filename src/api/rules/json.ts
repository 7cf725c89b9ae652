/**
 * Checking a JSON body field by field, for the posting and profile rules: each helper adds a
 * {@link FieldIssue} named by the field's dotted path (`location.place`, `skills.2.name`) and
 * returns the value when it is fine. Every problem is collected; nothing throws.
 */
import { DEFAULT_TEXT_LANGUAGE, isLanguageTag } from '../content-language.js';
import { safeUrl } from '../url.js';
import { isEmailAddress, isPhoneNumber } from './contact.js';
import { isCalendarDate, isYearMonth } from './dates.js';
import { AMOUNT, decimalOf } from './amount.js';
import type { FieldIssue } from './fields.js';
import { hasControlCharacters } from './text.js';

export const URL_MAX_LENGTH = 2000;

/** The open code lists a draft names values of (`field`, `region`). */
export type OpenCodeList = 'field' | 'region';

export interface CheckOptions {
  /**
   * Whether a value of an open code list is known (in the vocabulary, or met in data). The
   * backend passes its vocabulary, so an unknown code (a typo would start a list of its own) is
   * an `unknown` issue among the others, not a second round; without it any value passes.
   */
  knownCode?: (list: OpenCodeList, value: string) => boolean;
}

export class JsonChecker {
  readonly issues: FieldIssue[] = [];

  constructor(private readonly options: CheckOptions = {}) {}

  add(name: string, code: FieldIssue['code'], params?: FieldIssue['params']): void {
    if (!this.issues.some((i) => i.name === name)) this.issues.push(params ? { name, code, params } : { name, code });
  }

  /** Adds an issue; null, so a check can `return this.fail(…)`. */
  fail(name: string, code: FieldIssue['code'], params?: FieldIssue['params']): null {
    this.add(name, code, params);
    return null;
  }

  object(value: unknown, name: string, required = true): Record<string, unknown> | null {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    if (value === null || value === undefined) {
      if (required) this.add(name, 'required');
    } else this.add(name, 'type');
    return null;
  }

  text(value: unknown, name: string, rule: { min?: number; max: number; required?: boolean; multiline?: boolean }): string | null {
    if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) {
      if (rule.required !== false) this.add(name, 'required');
      return null;
    }
    if (typeof value !== 'string') return this.fail(name, 'type');
    const text = value.trim();
    if (hasControlCharacters(text, { multiline: rule.multiline })) return this.fail(name, 'control');
    if (rule.min !== undefined && text.length < rule.min) return this.fail(name, 'tooShort', { min: rule.min, max: rule.max, count: text.length });
    if (text.length > rule.max) return this.fail(name, 'tooLong', { min: rule.min, max: rule.max, count: text.length });
    return text;
  }

  /** `amount`: a sum in euro, with at most two decimals ({@link AMOUNT}). */
  number(value: unknown, name: string, rule: { min: number; max: number; integer?: boolean; amount?: boolean; required?: boolean }): number | null {
    if (value === null || value === undefined || value === '') {
      if (rule.required !== false) this.add(name, 'required');
      return null;
    }
    // A string is read as typed ({@link decimalOf}), and its decimals counted as written: "85.5000"
    // has four, as the application form's rule (fields.ts) counts them.
    const decimal = typeof value === 'string' ? decimalOf(value) : null;
    const n = decimal !== null ? Number(decimal) : value;
    const written = decimal ?? String(typeof n === 'number' ? n : '');
    if (typeof n !== 'number' || !Number.isFinite(n) || (rule.integer && !Number.isInteger(n)) || (rule.amount && !AMOUNT.test(written.replace(/^-/, '')))) {
      return this.fail(name, 'format', { min: rule.min, max: rule.max });
    }
    if (n < rule.min || n > rule.max) return this.fail(name, 'range', { min: rule.min, max: rule.max });
    return n;
  }

  boolean(value: unknown, name: string): boolean {
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') this.add(name, 'type');
    return value === true;
  }

  choice<T extends string>(value: unknown, name: string, values: readonly T[], required = true): T | null {
    if (value === null || value === undefined || value === '') {
      if (required) this.add(name, 'required');
      return null;
    }
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) return this.fail(name, 'format');
    return value as T;
  }

  /**
   * An open code list's value, sent as `{ value }` (a label sent along is ignored) or a plain
   * string; with {@link CheckOptions.knownCode}, one the list does not know is `unknown`.
   */
  code(value: unknown, name: string, list: OpenCodeList, required = true): string | null {
    const raw = value && typeof value === 'object' ? (value as { value?: unknown }).value : value;
    const code = this.text(raw, name, { min: 1, max: 100, required });
    if (code !== null && this.options.knownCode && !this.options.knownCode(list, code)) return this.fail(name, 'unknown');
    return code;
  }

  date(value: unknown, name: string, required = false): string | null {
    if (value === null || value === undefined || value === '') {
      if (required) this.add(name, 'required');
      return null;
    }
    if (typeof value !== 'string' || !isCalendarDate(value)) return this.fail(name, 'format');
    return value;
  }

  yearMonth(value: unknown, name: string, required = false): string | null {
    if (value === null || value === undefined || value === '') {
      if (required) this.add(name, 'required');
      return null;
    }
    if (typeof value !== 'string' || !isYearMonth(value)) return this.fail(name, 'format');
    return value;
  }

  /** The language of an item's texts: a language tag (`nl`, `en-GB`); absent, {@link DEFAULT_TEXT_LANGUAGE}. */
  language(value: unknown, name: string): string {
    if (value === null || value === undefined || value === '') return DEFAULT_TEXT_LANGUAGE;
    if (typeof value === 'string' && isLanguageTag(value.trim())) return value.trim();
    this.add(name, 'format');
    return DEFAULT_TEXT_LANGUAGE;
  }

  /** An absolute http(s) URL (host pages and backends show only those). */
  url(value: unknown, name: string): string | null {
    if (value === null || value === undefined || value === '') return null;
    if (typeof value !== 'string' || value.length > URL_MAX_LENGTH) return this.fail(name, 'format');
    const url = safeUrl(value);
    if (!url) return this.fail(name, 'format');
    return url;
  }

  /** A plain address (no `mailto:` with headers such as `?bcc=`). */
  email(value: unknown, name: string, required = false): string | null {
    const text = this.text(value, name, { max: 254, required });
    if (text !== null && !isEmailAddress(text)) return this.fail(name, 'format');
    return text;
  }

  phone(value: unknown, name: string): string | null {
    const text = this.text(value, name, { max: 30, required: false });
    if (text !== null && !isPhoneNumber(text)) return this.fail(name, 'format');
    return text;
  }

  list(value: unknown, name: string, rule: { min?: number; max: number }): unknown[] {
    if (value === null || value === undefined) {
      if (rule.min) this.add(name, 'required');
      return [];
    }
    if (!Array.isArray(value)) return this.fail(name, 'type') ?? [];
    if (rule.min !== undefined && value.length < rule.min) return this.fail(name, 'tooShort', { min: rule.min, max: rule.max, count: value.length }) ?? [];
    if (value.length > rule.max) return this.fail(name, 'tooLong', { min: rule.min, max: rule.max, count: value.length }) ?? [];
    return value;
  }
}

/** Members of a JSON Merge Patch (RFC 7396) applied to a target: null deletes, objects merge. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> = target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
