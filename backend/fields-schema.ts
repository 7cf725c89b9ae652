/** A field table (src/api/rules) as a JSON Schema object, for OpenAPI's request bodies. */
import { DATE_RANGE } from '../src/api/rules/dates.js';
import { EMAIL_MAX_LENGTH, PHONE_MAX_LENGTH } from '../src/api/rules/contact.js';
import { type FieldRule, type FieldTable, isRequired } from '../src/api/rules/fields.js';
import { CV_MAX_BYTES } from '../src/api/cv.js';
import { DEFAULT_TEXT_LANGUAGE, LANGUAGE_TAG, LANGUAGE_TAG_MAX_LENGTH } from '../src/api/content-language.js';

type JsonObject = Record<string, unknown>;

/** Extension: the language (BCP 47) of what its writer wrote (`isLanguageTag`). */
export const textLanguage: JsonObject = {
  type: 'string',
  pattern: LANGUAGE_TAG.source,
  maxLength: LANGUAGE_TAG_MAX_LENGTH,
  default: DEFAULT_TEXT_LANGUAGE,
  description: `Extension: the language (BCP 47, such as \`nl\` or \`en-GB\`) of the texts its writer wrote; absent, \`${DEFAULT_TEXT_LANGUAGE}\``,
};

function ruleSchema(rule: FieldRule): JsonObject {
  switch (rule.type) {
    case 'text':
      return { type: 'string', ...(rule.minLength ? { minLength: rule.minLength } : {}), maxLength: rule.maxLength };
    case 'email':
      return { type: 'string', format: 'idn-email', maxLength: EMAIL_MAX_LENGTH };
    case 'phone':
      return { type: 'string', maxLength: PHONE_MAX_LENGTH, pattern: '^\\+?[0-9\\s().-]+$', description: '8 to 15 digits' };
    case 'kvk':
      return { type: 'string', pattern: '^[0-9 .-]+$', description: 'KvK number: 8 digits (spaces, dots and dashes are ignored)' };
    case 'date':
      return { type: 'string', format: 'date', description: `A date from ${DATE_RANGE.min} to ${DATE_RANGE.max}` };
    case 'integer':
      return { type: 'integer', minimum: rule.min, maximum: rule.max };
    case 'amount':
      return { type: 'number', minimum: rule.min, maximum: rule.max, multipleOf: 0.01 };
    case 'id':
      return { type: 'string', maxLength: rule.maxLength };
    case 'language':
      return textLanguage;
    case 'accept':
      return { type: 'string', enum: ['true'] };
    case 'file':
      return { type: 'string', format: 'binary', description: `PDF, DOCX or ODT, at most ${CV_MAX_BYTES / 1024 / 1024} MB` };
    case 'honeypot':
      return { type: 'string', description: 'Honeypot: people leave it empty; a filled one is accepted (201) and dropped' };
  }
}

export function fieldTableSchema<C>(table: FieldTable<C>, context: C): JsonObject {
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const [name, field] of Object.entries(table)) {
    properties[name] = ruleSchema(field.rule);
    if (isRequired(field, context)) required.push(name);
  }
  return { type: 'object', properties, required };
}
