import { defineMessages } from './messages.js';

const richTextNl = {
  toolbar: (field: string) => `Opmaak van ${field}`,
  bold: 'Vet',
  italic: 'Cursief',
  bulletList: 'Opsomming',
  numberedList: 'Genummerde lijst',
  link: 'Link',
  shortcuts: 'Sneltoetsen: Ctrl+B vet, Ctrl+I cursief, Ctrl+Shift+8 opsomming, Ctrl+Shift+7 genummerde lijst, Ctrl+K link (op een Mac ⌘ in plaats van Ctrl).',
  linkAddress: 'Adres van de link',
  linkHint: 'Begint met https://, http:// of mailto:',
  linkInvalid: 'Vul een adres in dat begint met https://, http:// of mailto:',
  linkApply: 'Link plaatsen',
  linkRemove: 'Link weghalen',
  linkCancel: 'Annuleren',
  linkAdded: 'Link geplaatst.',
  linkRemoved: 'Link weggehaald.',
  pasteCleaned: 'Geplakte tekst is ontdaan van opmaak die hier niet kan.',
};

/** richText's strings, as the Dutch table has them (the English in ./en/rich-text.ts has the same). */
export type RichTextStrings = typeof richTextNl;

/** The small rich-text editor (src/shared/rich-text.ts): its toolbar and link form. */
export const richText = defineMessages(richTextNl, () => import('./en/rich-text.js').then((m) => m.richText));
