/**
 * The language a backend wrote its texts in (`Content-Language` of the answer), remembered per
 * parsed object. Elements mark backend text with it (`lang="nl"` inside an English UI), so a
 * screen reader pronounces Dutch titles as Dutch (WCAG 2.2 SC 3.1.2 Language of Parts).
 */
const languages = new WeakMap<object, string>();
/** A language tag as backends send them (BCP 47's language and subtags): anything else is not taken. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** Remembers the language of an answer for the answer itself and each of its `items`. */
export function rememberContentLanguage(value: unknown, header: string | null): void {
  // A header may list several languages ("nl, en"); the first is the one texts are in.
  const lang = header?.split(',')[0]?.trim();
  if (!lang || !LANGUAGE_TAG.test(lang) || typeof value !== 'object' || value === null) return;
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
