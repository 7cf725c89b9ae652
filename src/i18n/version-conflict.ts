import { defineMessages } from './messages.js';

const versionConflictNl = {
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
};

/** versionConflict's strings, as the Dutch table has them (the English in ./en/version-conflict.ts has the same). */
export type VersionConflictStrings = typeof versionConflictNl;

/** The comparison an editor shows after a 412 (src/shared/version-conflict.ts). */
export const versionConflict = defineMessages(versionConflictNl, () => import('./en/version-conflict.js').then((m) => m.versionConflict));
