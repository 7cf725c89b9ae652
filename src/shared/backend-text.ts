/**
 * Text from a backend, marked with the language the backend wrote it in where that differs from
 * the UI's: a Dutch title inside an English page is then pronounced as Dutch by screen readers
 * (WCAG 2.2 SC 3.1.2 Language of Parts). Labels (code lists, facets) are in the answer's
 * `Content-Language` (src/api/content-language.ts); an item's own texts in its `language` where
 * it has one (a backend that translates its labels but not what organisations wrote), else in
 * the labels' language. Where the backend says neither, nothing is marked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { contentLanguageOf, isLanguageTag } from '../api/content-language.js';
import type { Lang } from '../i18n/lang.js';

/** The `lang` attribute for the labels of `source` in a UI of language `ui`: their language where that differs, else nothing. */
export function contentLang(source: object | null | undefined, ui: Lang): string | typeof nothing {
  return differing(contentLanguageOf(source), ui);
}

/**
 * The `lang` attribute for an item's own texts (title, summary, names, places): see above.
 * `answer` is what the item came in, when it is not an item of a page (the inbox's overview).
 */
export function textLang(item: { language?: string } | null | undefined, ui: Lang, answer: object | null | undefined = item): string | typeof nothing {
  const own = item?.language;
  return own && isLanguageTag(own) ? differing(own, ui) : contentLang(answer, ui);
}

function differing(lang: string | null, ui: Lang): string | typeof nothing {
  return lang && lang.split('-')[0].toLowerCase() !== ui ? lang : nothing;
}

/** Explicit direction controls: embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Backend text that cannot turn the UI's own words around it: text with an explicit direction
 * control (an applicant named "Eve" and U+202E, RIGHT-TO-LEFT OVERRIDE) is put between FIRST
 * STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode's bidi algorithm, UAX #9), which end
 * whatever it opened, as `<bdi>` would. Text without one comes back as it is.
 */
export function isolated(text: string): string {
  return BIDI_CONTROLS.test(text) ? `\u2068${text}\u2069` : text;
}

/** Backend text in a span that carries its language, where it differs from the UI's; isolated (see {@link isolated}). */
export function marked(text: string, lang: string | typeof nothing): TemplateResult | string {
  return lang === nothing ? isolated(text) : html`<span lang=${lang}>${isolated(text)}</span>`;
}

/** Where an insert goes: private-use characters, which no message contains. */
const SLOT = /\uE000(\d+)\uE000/;

/**
 * A UI message with marked backend text in it: `fill(t.nextReview, marked(org, lang), date)`.
 * Strings and numbers go to the message as they are; each template (or list of parts) goes in where the message
 * puts its argument, so the message keeps its own word order in every language.
 */
export function fill<A extends unknown[]>(
  message: (...args: A) => string,
  ...args: { [K in keyof A]: A[K] | TemplateResult | readonly unknown[] }
): unknown[] {
  const inserts: unknown[] = [];
  const plain = args.map((arg) => {
    if (typeof arg === 'string') return isolated(arg);
    if (typeof arg === 'number') return arg;
    inserts.push(arg);
    return `\uE000${inserts.length - 1}\uE000`;
  }) as A;
  return message(...plain)
    .split(SLOT)
    .map((piece, i) => (i % 2 ? inserts[Number(piece)] : piece))
    .filter((piece) => piece !== '');
}
