import { contentLanguageOf } from '../api/content-language.js';
import { type Lang, toLang } from '../i18n/lang.js';

/**
 * The `lang` for text from the backend: the language it answered in (`Content-Language`,
 * remembered per fetched object), when that differs from the UI language, so a screen reader
 * pronounces a Dutch title in an English UI as Dutch and the browser hyphenates it by Dutch
 * rules (WCAG 2.2 SC 3.1.2 Language of Parts). `undefined` (no attribute) when it is the UI's
 * language or the backend did not say.
 */
export function backendLang(ui: Lang, ...sources: (object | null | undefined)[]): string | undefined {
  for (const source of sources) {
    const lang = contentLanguageOf(source);
    if (lang) return toLang(lang) === ui ? undefined : lang;
  }
  return undefined;
}
