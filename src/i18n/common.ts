import { defineMessages } from './messages.js';

const commonNl = {
  loading: 'Bezig met laden…',
  retry: 'Probeer opnieuw',
  close: 'Sluiten',
  previous: 'Vorige',
  next: 'Volgende',
  pagination: 'Paginering',
  page: (n: number) => `Pagina ${n}`,
  pageOf: (n: number, total: number) => `pagina ${n} van ${total}`,
  /** What the clear button takes away: the searched words, the chosen filters, or both. */
  clearFilters: (search: boolean, filters: boolean): string => (search && filters ? 'Wis zoekterm en filters' : search ? 'Wis zoekterm' : 'Wis filters'),
  search: 'Zoeken',
  all: 'Alle',
  errorTitle: 'Dit kan nu niet worden getoond',
  errorGeneric: 'Er ging iets mis bij het ophalen van de gegevens. Probeer het opnieuw.',
  errorNetwork: 'Er is geen verbinding. Controleer je internetverbinding en probeer het opnieuw.',
  // The backend does not answer while the visitor's connection works: that is what was checked.
  errorUnreachable: 'De server van deze dienst antwoordt nu niet. Je internetverbinding werkt wel. Probeer het later opnieuw.',
  errorTimeout: 'Het duurt te lang voordat de server antwoordt. Probeer het opnieuw.',
  errorUnauthorized: 'Log in om dit te kunnen zien.',
  errorForbidden: 'Je hebt geen toegang tot deze gegevens.',
  errorNotFound: 'Dit is niet (meer) te vinden.',
  errorBusy: 'Het is even te druk. Probeer het over een paar seconden opnieuw.',
  errorConfig: 'Deze widget is nog niet ingesteld: er is geen endpoint opgegeven.',
  // The backend refused what was asked (a filter set in the page's HTML with a typo, a damaged or
  // outdated link): trying again asks the same.
  errorSettings: 'Dit kan zo niet worden opgevraagd: de instellingen van deze widget of de link naar deze pagina kloppen niet.',
  // A refusal by CORS: the host's server must change; the visitor can do nothing about it.
  errorUnavailable: 'Deze dienst is op deze website nu niet beschikbaar. Dat ligt niet aan jou of aan je internetverbinding.',
  publicRate: 'publiek tarief',
  internal: 'Alleen voor medewerkers',
  opensInNewWindow: '(opent in een nieuw venster)',
};

/** common's strings, as the Dutch table has them (the English in ./en/common.ts has the same). */
export type CommonStrings = typeof commonNl;

export const common = defineMessages(commonNl, () => import('./en/common.js').then((m) => m.common));
