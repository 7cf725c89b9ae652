import { type Lang, toLang } from './lang.js';

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
  if (typeof en === 'function') {
    notAsked.set(table, en as LoadEnglish<Table>);
    // On an English page, a chunk's English is fetched as soon as the chunk is in, before its element asks.
    if (englishWanted || documentLang() === 'en') void loadStrings('en');
  }
  return table;
}

const documentLang = (): Lang | null => (typeof document === 'undefined' ? null : toLang(document.documentElement.lang));

/** Set once anything on the page asked for English. */
let englishWanted = false;

/** Every message table, for the completeness test. */
export const registry: Record<Lang, Table>[] = [];

type AnyTable = Record<Lang, Table>;

/** Tables whose English no one has asked for yet, with what loads it. */
const notAsked = new Map<AnyTable, LoadEnglish<Table>>();
/** Tables whose English is on its way: each loads on its own, so one slow chunk holds back no other. */
const underWay = new Map<AnyTable, Promise<void>>();
/** Tables whose English could not be loaded: they stay Dutch until {@link loadStrings} is asked to retry. */
const failed = new Map<AnyTable, LoadEnglish<Table>>();

function ask(table: AnyTable, load: LoadEnglish<Table>): void {
  notAsked.delete(table);
  const done = Promise.resolve()
    .then(load)
    .then(
      (en) => {
        table.en = en;
      },
      (error: unknown) => {
        failed.set(table, load);
        console.warn('[flexschil] English strings could not be loaded; showing Dutch.', error);
      },
    )
    .finally(() => underWay.delete(table));
  underWay.set(table, done);
}

/**
 * The strings of every table defined so far in `lang`: null when there is nothing to wait for
 * (Dutch always is there, so a Dutch page never waits), else a promise that settles once every
 * table asked for is in or has failed, tables defined meanwhile (a chunk that came) included.
 * A table whose English cannot be loaded stays Dutch, with a warning; `retry` asks for those
 * again (an element speaking Dutch for want of them does, src/shared/dutch-for-now.ts).
 */
export function loadStrings(lang: Lang, { retry = false } = {}): Promise<void> | null {
  if (lang === 'nl') return null;
  englishWanted = true;
  if (retry) {
    for (const [table, load] of failed) notAsked.set(table, load);
    failed.clear();
  }
  for (const [table, load] of [...notAsked]) ask(table, load);
  if (underWay.size === 0) return null;
  return Promise.all(underWay.values()).then(() => loadStrings(lang) ?? undefined);
}

/** Whether every table's strings in `lang` are in: none on its way, none failed. */
export function stringsComplete(lang: Lang): boolean {
  return lang === 'nl' || (notAsked.size === 0 && underWay.size === 0 && failed.size === 0);
}

/** `one` for 1, else `many`: the plural the tables' counts need in both languages. */
export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
