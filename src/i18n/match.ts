import { defineMessages } from './messages.js';

/** `n` and the word for one or many days, in either language. */
export const days = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const matchBadgeNl = {
  badgeLabel: 'Hoe goed het profiel past:',
  strong: 'sterke match',
  good: 'goede match',
  partial: 'gedeeltelijke match',
  weak: 'zwakke match',
  why: 'Waarom?',
  reasonsLabel: 'Waarom deze score',
  unavailable: 'Match niet beschikbaar.',
  // Criteria, as a person names them.
  skills: 'Vaardigheden',
  field: 'Werkveld',
  hours: 'Uren',
  start: 'Startdatum',
  region: 'Regio',
  rate: 'Tarief',
  // How well one criterion is met.
  met: 'voldoet',
  partly: 'deels',
  notMet: 'voldoet niet',
  criterionScore: (percent: number, verdict: string) => `${percent}% · ${verdict}`,
  skillsCount: (matched: number, total: number) => `${matched} van ${total} gevraagde vaardigheden`,
  skillsNone: 'De opdracht vraagt geen specifieke vaardigheden.',
  skillsMatched: (list: string) => `Aanwezig: ${list}`,
  skillsMissing: (list: string) => `Ontbreekt: ${list}`,
  fieldMatch: (field: string) => `Het profiel noemt het werkveld ${field}.`,
  fieldNoMatch: (field: string) => `Het profiel noemt het werkveld ${field} niet.`,
  hoursEnough: (available: string, asked: string) => `${available} beschikbaar; gevraagd: ${asked}.`,
  hoursShort: (available: string, min: string) => `${available} van de minimaal ${min} gevraagde uren per week beschikbaar.`,
  availabilityUnknown: 'Het profiel vermeldt geen beschikbaarheid.',
  startNone: 'De opdracht heeft geen startdatum.',
  startOnTime: (from: string, start: string) => `Beschikbaar vanaf ${from}; de opdracht start ${start}.`,
  startLate: (from: string, start: string, late: number) =>
    `Beschikbaar vanaf ${from}: ${days(late, 'dag', 'dagen')} na de start op ${start}.`,
  regionSame: (region: string) => `Zelfde regio: ${region}.`,
  regionRemote: 'Werk op afstand: de regio maakt niet uit.',
  regionHybrid: (assignment: string, profile: string) => `Hybride werk in ${assignment}; het profiel is uit ${profile}.`,
  regionOnsite: (assignment: string, profile: string) => `Werk op locatie in ${assignment}; het profiel is uit ${profile}.`,
  rateNoProfile: 'Het profiel noemt geen tarief.',
  rateNoMax: 'De opdracht noemt geen maximumtarief.',
  rateWithin: (amount: string, max: string) => `${amount}, binnen het maximum van ${max}.`,
  rateAbove: (amount: string, max: string) => `${amount}, boven het maximum van ${max}.`,
};

/** matchBadge's strings, as the Dutch table has them (the English in ./en/match.ts has the same). */
export type MatchBadgeStrings = typeof matchBadgeNl;

/** Strings of `<match-badge>`: the level in words, the disclosure and one sentence per criterion. */
export const matchBadge = defineMessages(matchBadgeNl, () => import('./en/match.js').then((m) => m.matchBadge));
