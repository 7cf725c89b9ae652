/** English for ../editing.ts, loaded only where an element's language is English. */
import type { English } from '../messages.js';
import type { EditingStrings } from '../editing.js';

export const editing: English<EditingStrings> = {
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  moved: (item: string, position: number, count: number) => `${item} is now in position ${position} of ${count}.`,
  removed: (item: string) => `${item} has been removed.`,
  mine: 'Your version',
  theirs: 'Newer version',
  empty: '(empty)',
};
