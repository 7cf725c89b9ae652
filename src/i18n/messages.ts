import type { Lang } from './lang.js';

type Message = string | ((...args: never[]) => string);

/**
 * Declares one element's UI strings in Dutch (the default) and English. The type makes English
 * carry every Dutch key with the same shape; `test/i18n.test.ts` checks that at run time too.
 */
export function defineMessages<T extends Record<string, Message>>(nl: T, en: { [K in keyof T]: T[K] }): Record<Lang, T> {
  const table = { nl, en };
  registry.push(table);
  return table;
}

/** Every message table, for the completeness test. */
export const registry: Record<Lang, Record<string, Message>>[] = [];
