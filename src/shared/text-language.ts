/**
 * The language someone writes in, as the editors offer it: what they write is marked with it on
 * the board, in the directory and in their own preview (WCAG 2.2 SC 3.1.2 Language of Parts), so
 * a screen reader reads an English title with an English voice on a Dutch page. Each language is
 * named in itself and marked so, as language pickers do: "English" is read as English in a Dutch
 * form, and whoever writes English finds it however the form speaks.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** A language offered: its tag, and its name in itself, marked with it. */
export interface LanguageOption {
  value: string;
  label: string;
  lang: string;
}

export const textLanguages: readonly LanguageOption[] = [
  { value: 'nl', label: 'Nederlands', lang: 'nl' },
  { value: 'en', label: 'English', lang: 'en' },
];

/**
 * The `lang` of an editor's control: free text (no `type` or `inputmode` that makes it a number,
 * date, address or link) is what someone writes, in the language they chose for it, so the
 * browser checks its spelling in that language and a screen reader reads it back so (WCAG 2.2 SC
 * 3.1.2, as the board will mark it). Its label stays in the form's language.
 */
export const typedLang = (language: string, control: { type?: string; inputmode?: string }) => (control.type || control.inputmode ? nothing : language);

/** A language in its own words and marked with itself (`English`), or its tag for one not offered. */
export function languageName(tag: string): TemplateResult {
  return html`<span lang=${tag}>${textLanguages.find((l) => l.value === tag)?.label ?? tag}</span>`;
}
