/** English for ../assignment-editor.ts, loaded only where an element's language is English. */
import type { English } from '../messages.js';
import type { AssignmentEditorStrings } from '../assignment-editor.js';

export const assignmentEditor: English<AssignmentEditorStrings> = {
  signInTitle: 'Sign in to post assignments',
  signInText: 'Only people who post assignments for an organisation can do so here. Sign in and open this page again.',
  noAccessTitle: 'You cannot post assignments here',
  noAccessText: "Your account may not post your organisation's assignments. Ask your intranet's administrator for that role.",
  otherOrganisation: 'This assignment belongs to another organisation, so you cannot change it here.',
  notFoundTitle: 'This assignment cannot be found',
  notFoundText: 'It may have been deleted, or the link is wrong. Check the address, or go back to the overview of your assignments.',
};
