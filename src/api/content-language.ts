/**
 * The language a backend wrote its texts in (`Content-Language` of the answer), remembered per
 * parsed object. Elements mark backend text with it (`lang="nl"` inside an English UI), so a
 * screen reader pronounces Dutch titles as Dutch (WCAG 2.2 SC 3.1.2 Language of Parts).
 */
const languages = new WeakMap<object, string>();
/**
 * A language tag as backends send them (BCP 47's language and subtags: `nl`, `en-GB`): anything
 * else is not taken. Without flags, so OpenAPI's `pattern` (backend/draft-schemas.ts) is this
 * very expression. Check with {@link isLanguageTag}, which adds the length.
 */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
/** The longest tag taken: the length RFC 5646 §4.4.1 asks every implementation to support. */
export const LANGUAGE_TAG_MAX_LENGTH = 35;

/**
 * The one language-tag rule: of `Content-Language`, of an item's `language` as the widgets read
 * it, and of the `language` a backend accepts in a request (src/api/rules).
 */
export function isLanguageTag(text: string): boolean {
  return text.length <= LANGUAGE_TAG_MAX_LENGTH && LANGUAGE_TAG.test(text);
}

/**
 * The language of texts that say none, where Flexschil chooses: Dutch first, as the networks it
 * serves write. A new item without `language`, an editor's first choice.
 */
export const DEFAULT_TEXT_LANGUAGE = 'nl';

/** Remembers the language of an answer for the answer itself and each of its `items`. */
export function rememberContentLanguage(value: unknown, header: string | null): void {
  // A header may list several languages ("nl, en"); the first is the one texts are in.
  const lang = header?.split(',')[0]?.trim();
  if (!lang || !isLanguageTag(lang) || typeof value !== 'object' || value === null) return;
  languages.set(value, lang);
  const items = (value as { items?: unknown }).items;
  if (Array.isArray(items)) for (const item of items) if (typeof item === 'object' && item !== null) languages.set(item, lang);
}

/** The language a fetched object's texts are in, or null when the backend did not say. */
export function contentLanguageOf(value: object | null | undefined): string | null {
  return (value && languages.get(value)) ?? null;
}

/**
 * The language of `from` for `to` as well: an object that was parsed again (a host passes a
 * fetched item to another element, which validates it) keeps the language of the original.
 */
export function carryContentLanguage(from: unknown, to: object): void {
  const lang = typeof from === 'object' && from !== null ? languages.get(from) : undefined;
  if (lang) languages.set(to, lang);
}
