import { defineMessages } from './messages.js';

/** The comparison an editor shows after a 412 (src/shared/version-conflict.ts). */
export const versionConflict = defineMessages(
  {
    title: 'Iemand anders heeft dit intussen gewijzigd',
    intro: 'Wat jij typte is bewaard. Hieronder staat per veld wat er veranderde. Kies welke versie je houdt en sla daarna opnieuw op.',
    noFields: 'De wijziging van de ander raakt geen veld van dit formulier. Sla opnieuw op om jouw wijzigingen te bewaren.',
    mine: 'Jouw versie',
    theirs: 'Nieuwe versie',
    both: 'Jij en de ander hebben dit allebei gewijzigd.',
    onlyTheirs: 'Alleen de ander heeft dit gewijzigd; die versie staat nu in het formulier.',
    empty: '(leeg)',
    yes: 'Ja',
    no: 'Nee',
  },
  {
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
  },
);
