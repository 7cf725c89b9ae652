/** English for ../version-conflict.ts, loaded only where an element's language is English. */
import type { English } from '../messages.js';
import type { VersionConflictStrings } from '../version-conflict.js';

export const versionConflict: English<VersionConflictStrings> = {
  title: 'Someone else changed this in the meantime',
  intro: 'What you typed has been kept. Below, each field that changed is shown. Choose which version to keep, then save again.',
  noFields: "The other person's change does not touch any field of this form. Save again to keep your changes.",
  mine: 'Your version',
  theirs: 'New version',
  both: 'You and the other person both changed this.',
  onlyTheirs: 'Only the other person changed this; their version is now in the form.',
  empty: '(empty)',
  yes: 'Yes',
  no: 'No',
};
