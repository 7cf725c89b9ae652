import { defineMessages } from './messages.js';

/**
 * What `<assignment-editor>` says before its form is loaded: to visitors who may not post, and
 * about another organisation's assignment. The form's own strings: assignment-editor-form.ts.
 */
export const assignmentEditor = defineMessages(
  {
    signInTitle: 'Log in om opdrachten te plaatsen',
    signInText: 'Alleen wie namens een organisatie opdrachten plaatst, kan dat hier. Log in en open deze pagina opnieuw.',
    noAccessTitle: 'Je kunt hier geen opdrachten plaatsen',
    noAccessText: 'Je account mag geen opdrachten van je organisatie plaatsen. Vraag de beheerder van je intranet om die rol.',
    otherOrganisation: 'Deze opdracht is van een andere organisatie, dus je kunt hem hier niet wijzigen.',
  },
  {
    signInTitle: 'Sign in to post assignments',
    signInText: 'Only people who post assignments for an organisation can do so here. Sign in and open this page again.',
    noAccessTitle: 'You cannot post assignments here',
    noAccessText: "Your account may not post your organisation's assignments. Ask your intranet's administrator for that role.",
    otherOrganisation: 'This assignment belongs to another organisation, so you cannot change it here.',
  },
);
