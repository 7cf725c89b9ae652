import { defineMessages } from './messages.js';

/**
 * Strings of the pieces every editor shares (src/shared/item-list.ts and
 * src/shared/version-choice.ts): moving and removing items of a list, and choosing between
 * one's own version and a newer one after a 412.
 */
export const editing = defineMessages(
  {
    moveUp: 'Omhoog',
    moveDown: 'Omlaag',
    remove: 'Verwijder',
    moved: (item: string, position: number, count: number) => `${item} staat nu op plaats ${position} van ${count}.`,
    removed: (item: string) => `${item} is verwijderd.`,
    mine: 'Jouw versie',
    theirs: 'Nieuwe versie',
    empty: '(leeg)',
  },
  {
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    moved: (item: string, position: number, count: number) => `${item} is now in position ${position} of ${count}.`,
    removed: (item: string) => `${item} has been removed.`,
    mine: 'Your version',
    theirs: 'Newer version',
    empty: '(empty)',
  },
);
