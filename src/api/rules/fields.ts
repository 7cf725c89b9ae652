/**
 * Field tables: a form's rules as data, so one table drives the element that shows the form
 * (validation, hints, what is sent), the backend that accepts it (400 `invalidParams`), the
 * OpenAPI document, and the messages that name the limits. Nothing here knows the DOM or HTTP.
 *
 * Values come in as people and forms give them: strings (possibly untrimmed), `true`/`false`
 * for checkboxes (a multipart body says `"true"`). `normalise` turns a string into what is sent
 * and stored; `checkValue` says what is wrong with it.
 */
import { isCalendarDate } from './dates.js';
import { isEmailAddress, isPhoneNumber, EMAIL_MAX_LENGTH, PHONE_MAX_LENGTH } from './contact.js';
import { AMOUNT, decimalOf } from './amount.js';
import { characterCount, hasControlCharacters } from './text.js';
import { isLanguageTag } from '../content-language.js';

export type FieldRule =
  /** Plain text; `multiline` allows line breaks and tabs. */
  | { type: 'text'; minLength?: number; maxLength: number; multiline?: boolean }
  | { type: 'email' }
  | { type: 'phone' }
  /** A Dutch Chamber of Commerce number: 8 digits (spaces, dots and dashes are dropped). */
  | { type: 'kvk' }
  | { type: 'date' }
  | { type: 'integer'; min: number; max: number }
  /** An amount in euro with at most two decimals (`85`, `85,50`, `€ 85.50`). */
  | { type: 'amount'; min: number; max: number }
  /** A reference to another object (`profileId`). */
  | { type: 'id'; maxLength: number }
  /** A language tag (`nl`, `en-GB`; src/api/content-language.ts): the language of what was written. */
  | { type: 'language' }
  /** A checkbox that must be ticked when the field is required. */
  | { type: 'accept' }
  /** A file, checked by its own rules (src/api/cv.ts). */
  | { type: 'file' }
  /** Hidden from people; a bot fills it in. Never an error. */
  | { type: 'honeypot' };

export interface Field<Context> {
  rule: FieldRule;
  required: boolean | ((context: Context) => boolean);
}

export type FieldTable<Context> = Record<string, Field<Context>>;

export type IssueCode =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'format'
  | 'range'
  /** Text with control characters (NUL, …) or, in one-line fields, line breaks. */
  | 'control'
  /** A file sent where text belongs, or text where a file belongs. */
  | 'type'
  | 'fileType'
  | 'fileEmpty'
  | 'fileSize'
  | 'fileSignature'
  | 'fileUnreadable'
  /** A reference to something that does not exist (backend only). */
  | 'unknown';

/** What is wrong with one field. `params` carry the limits a message names, and the current length. */
export interface FieldIssue {
  name: string;
  code: IssueCode;
  params?: { min?: number; max?: number; count?: number };
}

export type FieldValue = string | boolean | null | undefined;

export function isRequired<C>(field: Field<C>, context: C): boolean {
  return typeof field.required === 'function' ? field.required(context) : field.required;
}

/** The value as it is sent and stored: trimmed, KvK digits only, an amount with a decimal point. */
export function normalise(rule: FieldRule, value: FieldValue): string {
  if (typeof value === 'boolean') return value ? 'true' : '';
  const text = (value ?? '').trim();
  switch (rule.type) {
    case 'kvk':
      return text.replace(/[\s.-]/g, '');
    case 'amount':
      return decimalOf(text) ?? text;
    default:
      return text;
  }
}

function isEmpty(rule: FieldRule, value: FieldValue): boolean {
  if (rule.type === 'accept') return !(value === true || value === 'true');
  return normalise(rule, value) === '';
}

/** The problem with one value, or null. Files are checked elsewhere (their bytes are needed). */
export function checkValue(name: string, rule: FieldRule, value: FieldValue, required: boolean): FieldIssue | null {
  if (rule.type === 'honeypot' || rule.type === 'file') return null;
  if (isEmpty(rule, value)) return required ? { name, code: 'required' } : null;
  if (typeof value === 'boolean') return rule.type === 'accept' ? null : { name, code: 'format' };
  const text = normalise(rule, value);
  if (rule.type !== 'accept' && hasControlCharacters(text, { multiline: rule.type === 'text' && rule.multiline })) {
    return { name, code: 'control' };
  }
  switch (rule.type) {
    case 'text': {
      const count = characterCount(text);
      if (rule.minLength !== undefined && count < rule.minLength) return { name, code: 'tooShort', params: { min: rule.minLength, max: rule.maxLength, count } };
      if (count > rule.maxLength) return { name, code: 'tooLong', params: { min: rule.minLength, max: rule.maxLength, count } };
      return null;
    }
    case 'email':
      return isEmailAddress(text) ? null : { name, code: 'format', params: { max: EMAIL_MAX_LENGTH } };
    case 'phone':
      return isPhoneNumber(text) ? null : { name, code: 'format', params: { max: PHONE_MAX_LENGTH } };
    case 'kvk':
      return /^\d{8}$/.test(text) ? null : { name, code: 'format' };
    case 'date':
      return isCalendarDate(text) ? null : { name, code: 'format' };
    case 'integer': {
      if (!/^-?\d{1,9}$/.test(text)) return { name, code: 'format', params: { min: rule.min, max: rule.max } };
      const n = Number(text);
      return n >= rule.min && n <= rule.max ? null : { name, code: 'range', params: { min: rule.min, max: rule.max } };
    }
    case 'amount': {
      if (!AMOUNT.test(text)) return { name, code: 'format', params: { min: rule.min, max: rule.max } };
      const n = Number(text);
      return n >= rule.min && n <= rule.max ? null : { name, code: 'range', params: { min: rule.min, max: rule.max } };
    }
    case 'id':
      return text.length <= rule.maxLength ? null : { name, code: 'tooLong', params: { max: rule.maxLength, count: text.length } };
    case 'accept':
      return value === 'true' ? null : { name, code: 'format' };
    case 'language':
      return isLanguageTag(text) ? null : { name, code: 'format' };
  }
}

/** Every problem at once (NLGov API Design Rules: list them all), in the table's order. */
export function checkFields<C>(table: FieldTable<C>, values: Record<string, FieldValue>, context: C): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [name, field] of Object.entries(table)) {
    const issue = checkValue(name, field.rule, values[name], isRequired(field, context));
    if (issue) issues.push(issue);
  }
  return issues;
}

/** A checked value as its type: numbers for integers and amounts, booleans for checkboxes. */
export function typedValue(rule: FieldRule, value: FieldValue): string | number | boolean | null {
  if (rule.type === 'accept') return value === true || value === 'true';
  const text = normalise(rule, value);
  if (!text) return null;
  if (rule.type === 'integer' || rule.type === 'amount') return Number(text);
  return text;
}
