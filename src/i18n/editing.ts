import { defineMessages } from './messages.js';

const editingNl = {
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  remove: 'Verwijder',
  moved: (item: string, position: number, count: number) => `${item} staat nu op plaats ${position} van ${count}.`,
  removed: (item: string) => `${item} is verwijderd.`,
  mine: 'Jouw versie',
  theirs: 'Nieuwe versie',
  empty: '(leeg)',
};

/** editing's strings, as the Dutch table has them (the English in ./en/editing.ts has the same). */
export type EditingStrings = typeof editingNl;

/**
 * Strings of the pieces every editor shares (src/shared/item-list.ts and
 * src/shared/version-choice.ts): moving and removing items of a list, and choosing between
 * one's own version and a newer one after a 412.
 */
export const editing = defineMessages(editingNl, () => import('./en/editing.js').then((m) => m.editing));
