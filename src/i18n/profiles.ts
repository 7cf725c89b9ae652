import { defineMessages } from './messages.js';

const profileCardNl = {
  traits: 'Kenmerken',
  network: 'Alleen voor het netwerk',
  internal: 'Alleen voor medewerkers',
  organisation: 'Organisatie',
  availability: 'Beschikbaar',
  availableFrom: (hours: string, date: string) => `${hours} vanaf ${date}`,
  availableNow: (hours: string) => `${hours}, direct beschikbaar`,
  region: 'Regio',
  rate: 'Tarief',
  /** The amount with what it is: the same for every client (publiek tarief), or an indication to agree on per assignment. */
  rateKind: (money: string, publicRate: boolean) => `${money} (${publicRate ? 'publiek tarief' : 'indicatie'})`,
  fields: 'Werkvelden',
  about: 'Over mij',
  coreQualities: 'Kernkwaliteiten',
  skills: 'Vaardigheden',
  experience: 'Ervaring',
  period: (from: string, to: string) => `${from} – ${to}`,
  untilNow: 'heden',
  links: 'Meer over mij',
  cv: 'Cv',
  portfolio: 'Portfolio',
  linkedin: 'LinkedIn',
  contact: 'Contact',
  email: (name: string) => `E-mail ${name}`,
  phone: 'Telefoon',
  moreSkills: (n: number) => `en ${n} meer`,
  unnamed: 'Profiel zonder naam',
};

/** profileCard's strings, as the Dutch table has them (the English in ./en/profiles.ts has the same). */
export type ProfileCardStrings = typeof profileCardNl;

/** Strings of `<profile-card>`. */
export const profileCard = defineMessages(profileCardNl, () => import('./en/profiles.js').then((m) => m.profileCard));

const profileDirectoryNl = {
  searchLabel: 'Zoek professionals',
  filters: 'Filters',
  field: 'Werkveld',
  region: 'Regio',
  kind: 'Soort professional',
  available: 'Beschikbaarheid',
  availableFrom: 'Beschikbaar op of vóór',
  sort: 'Sorteer op',
  sortName: 'Naam (A–Z)',
  sortUpdated: 'Laatst bijgewerkt',
  count: (n: number) => (n === 0 ? 'Geen professionals gevonden' : n === 1 ? '1 professional gevonden' : `${n} professionals gevonden`),
  selected: (n: number) => `${n} gekozen`,
  activeFilters: (n: number) => `${n} actief`,
  omitted: (shown: string) => `Alleen de eerste ${shown} worden getoond.`,
  emptyHint: 'Probeer een andere zoekterm, minder filters of een latere datum.',
  results: 'Professionals',
  view: 'Bekijk profiel',
  viewOf: (name: string) => `van ${name}`,
  dialogTitle: (name: string) => `Profiel van ${name}`,
};

/** profileDirectory's strings, as the Dutch table has them (the English in ./en/profiles.ts has the same). */
export type ProfileDirectoryStrings = typeof profileDirectoryNl;

/** Strings of `<profile-directory>`. */
export const profileDirectory = defineMessages(profileDirectoryNl, () => import('./en/profiles.js').then((m) => m.profileDirectory));
