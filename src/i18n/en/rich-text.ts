/** English for ../rich-text.ts, loaded only where an element's language is English. */
import type { English } from '../messages.js';
import type { RichTextStrings } from '../rich-text.js';

export const richText: English<RichTextStrings> = {
  toolbar: (field: string) => `Formatting of ${field}`,
  bold: 'Bold',
  italic: 'Italic',
  bulletList: 'Bulleted list',
  numberedList: 'Numbered list',
  link: 'Link',
  shortcuts: 'Shortcuts: Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+8 bulleted list, Ctrl+Shift+7 numbered list, Ctrl+K link (on a Mac ⌘ instead of Ctrl).',
  linkAddress: 'Link address',
  linkHint: 'Starts with https://, http:// or mailto:',
  linkInvalid: 'Enter an address that starts with https://, http:// or mailto:',
  linkApply: 'Add link',
  linkRemove: 'Remove link',
  linkCancel: 'Cancel',
  linkAdded: 'Link added.',
  linkRemoved: 'Link removed.',
  pasteCleaned: 'Pasted text was stripped of formatting that is not possible here.',
};
