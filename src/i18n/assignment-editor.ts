import { defineMessages } from './messages.js';

const assignmentEditorNl = {
  signInTitle: 'Log in om opdrachten te plaatsen',
  signInText: 'Alleen wie namens een organisatie opdrachten plaatst, kan dat hier. Log in en open deze pagina opnieuw.',
  noAccessTitle: 'Je kunt hier geen opdrachten plaatsen',
  noAccessText: 'Je account mag geen opdrachten van je organisatie plaatsen. Vraag de beheerder van je intranet om die rol.',
  otherOrganisation: 'Deze opdracht is van een andere organisatie, dus je kunt hem hier niet wijzigen.',
  notFoundTitle: 'Deze opdracht is niet te vinden',
  notFoundText: 'Misschien is ze verwijderd, of klopt de link niet. Controleer het adres, of ga terug naar het overzicht van je opdrachten.',
};

/** assignmentEditor's strings, as the Dutch table has them (the English in ./en/assignment-editor.ts has the same). */
export type AssignmentEditorStrings = typeof assignmentEditorNl;

/**
 * What `<assignment-editor>` says before its form is loaded: to visitors who may not post, and
 * about another organisation's assignment. The form's own strings: assignment-editor-form.ts.
 */
export const assignmentEditor = defineMessages(assignmentEditorNl, () => import('./en/assignment-editor.js').then((m) => m.assignmentEditor));
