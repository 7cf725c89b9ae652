import type { InboxSort } from '../api/rules/inbox.js';
import type { ApplicationStatus } from '../api/schemas.js';
import { codeLabel } from './codes.js';
import { type Lang, locales } from './lang.js';
import { defineMessages } from './messages.js';

const applicationInboxNl = {
  signInTitle: 'Log in om reacties te lezen',
  signInHint: 'Reacties op opdrachten zijn alleen te zien voor medewerkers die opdrachten plaatsen voor hun organisatie.',
  noAccessAssignmentTitle: 'Je kunt de reacties op deze opdracht niet lezen',
  noAccessAssignmentHint: 'Deze opdracht hoort bij een andere organisatie dan de jouwe. De reacties op de opdrachten van je eigen organisatie vind je in het overzicht.',
  noAccessTitle: 'Je kunt hier geen reacties lezen',
  noAccessHint: 'Alleen wie opdrachten plaatst voor een organisatie, leest de reacties. Vraag je beheerder om die rol als je hem nodig hebt.',
  overviewTitle: (organisation: string) => `Opdrachten van ${organisation}`,
  overviewTitlePlain: 'Opdrachten en reacties',
  assignmentCount: (n: number) => (n === 1 ? '1 opdracht' : `${n} opdrachten`),
  applicationCount: (n: number) => (n === 0 ? 'Nog geen reacties' : n === 1 ? '1 reactie' : `${n} reacties`),
  newCount: (n: number) => `${n} nieuw`,
  sort: 'Sorteer op',
  /** Said once when the backend would not order the overview (the select goes away). */
  sortRefused: 'sorteren kan hier niet',
  /** An order of the overview (`inboxSorts`), as the select offers it. */
  sortName: (sort: InboxSort) => ({ '-publishedAt': 'Nieuwste eerst', '-new': 'Meeste nieuwe reacties', closingDate: 'Sluit het eerst' })[sort],
  /** After the count, once the poster chose an order: said, so a new order is heard even when the count stays the same. */
  sorted: (sort: InboxSort) => ({ '-publishedAt': 'nieuwste eerst', '-new': 'meeste nieuwe reacties eerst', closingDate: 'wat het eerst sluit eerst' })[sort],
  view: 'Bekijk reacties',
  viewFor: (title: string) => `voor ${title}`,
  emptyOverviewTitle: 'Je organisatie heeft nog geen opdrachten',
  emptyOverviewHint: 'Opdrachten die je organisatie plaatst, staan hier met de reacties erop.',
  back: 'Alle opdrachten',
  applicationsOf: (title: string) => `Reacties op ${title}`,
  name: 'Naam',
  date: 'Datum',
  status: 'Status',
  emptyTitle: 'Nog geen reacties',
  emptyHint: 'Zodra iemand reageert, staat de reactie hier.',
  find: 'Zoek in de reacties',
  findText: 'Naam of e-mailadres (een deel is genoeg)',
  findStatus: 'Status',
  anyStatus: 'Alle statussen',
  findButton: 'Zoeken',
  foundNoneTitle: 'Geen reacties gevonden',
  foundNoneHint: 'Probeer een ander deel van de naam of het e-mailadres, of een andere status.',
  showAll: 'Toon alle reacties',
  exportCsv: 'Download als spreadsheet (CSV)',
  exporting: 'De CSV wordt gemaakt…',
  downloaded: (file: string) => `${file} is gedownload.`,
  exportFailed: 'De CSV kon niet worden gedownload.',
  csvFileName: (id: string) => `reacties-${id}.csv`,
  dialogTitle: (name: string) => `Reactie van ${name}`,
  /** The dialog's scrolling part, a region of its own name. */
  detailBody: 'Gegevens, motivatie en cv',
  receivedOn: (date: string) => `Ontvangen op ${date}`,
  /** One person's several applications to the assignment (`n`: all of them). */
  sentMore: (n: number) => `${n} reacties van deze persoon`,
  otherApplications: (list: string) => `Deze persoon reageerde vaker op deze opdracht: ${list}.`,
  otherApplication: (date: string, id: string) => `op ${date} (ontvangstnummer ${id})`,
  facts: 'Gegevens',
  reference: 'Ontvangstnummer',
  email: 'E-mail',
  phone: 'Telefoon',
  kvkNumber: 'KvK-nummer',
  conditions: 'Inkoopvoorwaarden',
  conditionsAccepted: (yes: boolean): string => (yes ? 'Geaccepteerd' : 'Niet geaccepteerd'),
  managerConsent: 'Toestemming leidinggevende',
  managerConsented: (yes: boolean): string => (yes ? 'Gegeven' : 'Niet gegeven'),
  availableFrom: 'Beschikbaar vanaf',
  hoursPerWeek: 'Uren per week',
  rate: 'Tarief',
  profile: 'Eigen profiel',
  notGiven: 'Niet opgegeven',
  motivation: 'Motivatie',
  cv: 'Cv',
  downloadCv: 'Download cv',
  cvFile: (name: string, size: string) => `${name}, ${size}`,
  downloadingCv: 'Het cv wordt gedownload…',
  cvFailed: 'Het cv kon niet worden gedownload.',
  noCv: 'Er is geen cv meegestuurd.',
  statusLabel: 'Status van de reactie',
  saveStatus: 'Status opslaan',
  unsaved: (status: string) => `Je hebt de status gewijzigd in ${status}, maar nog niet opgeslagen.`,
  unsavedMail: (name: string) => `Bij opslaan krijgt ${name} er een e-mail over.`,
  unsavedSave: 'Opslaan',
  unsavedDiscard: 'Niet opslaan',
  saving: 'De status wordt opgeslagen…',
  saved: (name: string, status: string) => `De status van ${name} is nu: ${status}.`,
  notify: (name: string) => `Laat ${name} dit per e-mail weten`,
  notified: (name: string) => `${name} krijgt er een e-mail over.`,
  unchanged: (status: string) => `De status is al: ${status}.`,
  saveFailed: (status: string, picked: string) => `De status is nog: ${status}; je keuze ${picked} is nog niet opgeslagen. Kies Status opslaan om het opnieuw te proberen.`,
  /** The same, shown in the list after the dialog closed, with a way back to it. */
  saveFailedFor: (name: string, status: string, picked: string) => `De status van ${name} is nog: ${status}; je keuze ${picked} is nog niet opgeslagen.`,
  reopen: (name: string) => `Open de reactie van ${name} opnieuw`,
  saveUnauthorized: 'Je bent niet (meer) ingelogd. Log opnieuw in en probeer het dan nog eens.',
  saveForbidden: 'Je mag de status van deze reactie niet wijzigen.',
  saveServer: 'Er ging iets mis bij de server.',
  conflict: (status: string) =>
    `Iemand anders heeft de status intussen gewijzigd in: ${status}. Die status staat nu hier. Kies opnieuw als je hem toch wilt wijzigen.`,
};

/** applicationInbox's strings, as the Dutch table has them (the English in ./en/application-inbox.ts has the same). */
export type ApplicationInboxStrings = typeof applicationInboxNl;

/** Strings of `<application-inbox>`. */
export const applicationInbox = defineMessages(applicationInboxNl, () => import('./en/application-inbox.js').then((m) => m.applicationInbox));

/** The words for an application's status (text, never colour alone). */
export function applicationStatusLabel(status: ApplicationStatus, lang: Lang): string {
  return codeLabel('applicationStatus', status, lang);
}

const sizeFormats = new Map<string, Intl.NumberFormat>();

/** "48 kB", "1,2 MB": a file's size as people read it (built once per language and unit). */
export function formatFileSize(bytes: number, lang: Lang): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
  const key = `${lang} ${unit}`;
  let format = sizeFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { style: 'unit', unit, maximumFractionDigits: 1 });
    sizeFormats.set(key, format);
  }
  return format.format(value);
}
