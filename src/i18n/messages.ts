import type { Lang } from './lang.js';

type Message = string | ((...args: never[]) => string);
type Table = Record<string, Message>;

/** A table's English: every Dutch key, of the same kind. */
export type English<T> = { [K in keyof T]: T[K] };

/** A table's English in a module of its own (`src/i18n/en/`), loaded the first time it is needed. */
type LoadEnglish<T> = () => Promise<English<T>>;

/**
 * Declares one element's UI strings in Dutch (the default) and English. The type makes English
 * carry every Dutch key with the same shape; `test/i18n.test.ts` checks that at run time too.
 *
 * Given a loader instead of the English itself, a table ships its English in a chunk of its own
 * (issue 15: a Dutch page never loads it). Until {@link loadStrings} has loaded it, the table's
 * `en` is its Dutch: an element waits for its strings before it renders, and anything that does
 * not wait sees Dutch, never a missing string. Tables the backend speaks too (codes, the
 * contract's field errors) keep their English inline.
 */
export function defineMessages<T extends Table>(nl: T, en: English<T> | LoadEnglish<T>): Record<Lang, T> {
  const table: Record<Lang, T> = { nl, en: typeof en === 'function' ? nl : (en as T) };
  registry.push(table);
  if (typeof en === 'function') englishToLoad.set(table, en as LoadEnglish<Table>);
  return table;
}

/** Every message table, for the completeness test. */
export const registry: Record<Lang, Table>[] = [];

/** The tables whose English has not been loaded yet, with what loads it. */
const englishToLoad = new Map<Record<Lang, Table>, LoadEnglish<Table>>();

let loading: Promise<void> | null = null;

/**
 * The strings of every table defined so far in `lang`: null when they are all there (Dutch
 * always is, so a Dutch page never waits), else a promise that settles once they are. A table
 * whose English cannot be loaded (the chunk failed) stays Dutch, with a warning: the page shows
 * Dutch rather than breaking.
 */
export function loadStrings(lang: Lang): Promise<void> | null {
  if (lang === 'nl' || englishToLoad.size === 0) return null;
  loading ??= loadEnglish().finally(() => {
    loading = null;
  });
  return loading;
}

/** Loads until nothing is left, tables defined while it loads (a chunk that came meanwhile) too. */
async function loadEnglish(): Promise<void> {
  while (englishToLoad.size > 0) {
    const batch = [...englishToLoad];
    await Promise.all(
      batch.map(async ([table, load]) => {
        try {
          table.en = await load();
        } catch (error) {
          console.warn('[flexschil] English strings could not be loaded; showing Dutch.', error);
        }
        englishToLoad.delete(table);
      }),
    );
  }
}

/** `one` for 1, else `many`: the plural the tables' counts need in both languages. */
export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
