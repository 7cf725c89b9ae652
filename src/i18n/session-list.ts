/**
 * Strings of `<session-list>` in Dutch and English, and a session's date and time in words.
 *
 * Times are shown as they are in the Netherlands (Europe/Amsterdam), where every session takes
 * place, whatever the visitor's own time zone; a visitor elsewhere is told so. Dutch writes
 * times with a full stop and "uur" ("08.30–10.30 uur", Taaladvies), English with a colon.
 */
import type { FieldIssue } from '../api/rules/fields.js';
import type { SessionStatus } from '../api/schemas.js';
import { applicationIssueText } from './application-errors.js';
import type { Lang } from './lang.js';
import { otherZone, sessionDay as day, sessionTime as time } from './session-time.js';
import { defineMessages, plural } from './messages.js';

const sessionListNl = {
  searchLabel: 'Zoek zwermsessies',
  filters: 'Filters',
  sort: 'Sorteer op',
  field: 'Werkveld',
  region: 'Regio',
  organisation: 'Organisatie',
  count: (n: number) => (n === 0 ? 'Geen zwermsessies gevonden' : n === 1 ? '1 zwermsessie gevonden' : `${n} zwermsessies gevonden`),
  selected: (n: number) => `${n} gekozen`,
  emptyHint: 'Probeer een andere zoekterm of minder filters. Nieuwe sessies verschijnen hier zodra ze gepland zijn.',
  results: 'Zwermsessies',
  activeFilters: (n: number) => `${n} actief`,
  omitted: (shown: string) => `Alleen de eerste ${shown} worden getoond.`,
  // The card
  when: 'Wanneer',
  where: 'Waar',
  seats: 'Plekken',
  deadline: 'Aanmelden kan tot en met',
  fields: 'Werkvelden',
  online: 'Online',
  placeAndOnline: (place: string) => `${place}, en online`,
  dutchTime: '(Nederlandse tijd)',
  statusLabel: 'Status',
  statusOpen: 'Open voor aanmelding',
  statusFull: 'Vol, wachtlijst open',
  statusClosed: 'Aanmelden gesloten',
  statusCancelled: 'Gaat niet door',
  seatsLeft: (left: number, capacity: number) => `Nog ${left} van de ${capacity} ${plural(capacity, 'plek', 'plekken')} vrij`,
  seatsFull: (capacity: number) => `${capacity === 1 ? 'De enige plek is' : `Alle ${capacity} plekken zijn`} bezet; wie zich nu aanmeldt, komt op de wachtlijst`,
  seatsClosed: 'Aanmelden kan niet meer',
  seatsCancelled: 'Deze sessie gaat niet door',
  signUp: 'Aanmelden',
  signUpWaitlist: 'Aanmelden voor de wachtlijst',
  signUpAnother: 'Nog iemand aanmelden',
  signUpAnotherWaitlist: 'Nog iemand aanmelden voor de wachtlijst',
  forSession: (title: string) => `voor ${title}`,
  calendar: 'Zet in je agenda',
  calendarOf: (title: string) => `: ${title} (agendabestand, ics)`,
  moreInfo: 'Meer informatie',
  noteRegistered: 'Je bent aangemeld voor deze sessie.',
  noteWaitlisted: 'Je staat op de wachtlijst voor deze sessie.',
  // The dialog and its form
  dialogTitle: (title: string) => `Aanmelden: ${title}`,
  formLabel: (title: string) => `Aanmelden voor ${title}`,
  fullNotice: 'Deze sessie is vol. Meld je aan voor de wachtlijst: komt er een plek vrij, dan is die voor de eerste op de lijst en krijg je bericht.',
  closedNotice: 'Voor deze sessie kun je je niet meer aanmelden.',
  name: 'Naam',
  email: 'E-mailadres',
  emailHint: 'Hierheen sturen we de bevestiging, met een link om je af te melden als je toch niet kunt.',
  consent: 'Ik geef toestemming om mijn naam en e-mailadres te gebruiken voor deze sessie',
  consentHint: 'Je gegevens gaan alleen naar de organisator van deze sessie.',
  consentRequired: 'Geef toestemming voor het gebruik van je naam en e-mailadres om je aan te melden',
  privacyLink: 'Lees de privacyverklaring',
  submit: 'Aanmelden',
  submitWaitlist: 'Zet me op de wachtlijst',
  submitting: 'Bezig met aanmelden…',
  sending: 'Je aanmelding wordt verstuurd…',
  errorPrefix: 'Fout:',
  summaryTitle: 'Er is een probleem',
  draftRestored: 'We hebben bewaard wat je eerder hebt ingevuld.',
  failedTitle: 'Je aanmelding is niet verstuurd',
  failedAuth: 'Je bent niet (meer) ingelogd of hebt geen toegang. Log opnieuw in en probeer het nog eens.',
  failedConfig: 'Aanmelden is hier nog niet ingesteld: er is geen endpoint opgegeven.',
  failedUnavailable: 'Aanmelden kan op deze website nu niet. Dat ligt niet aan jou of aan je internetverbinding.',
  failedRejected: 'De server kon je aanmelding niet verwerken.',
  failedGone: 'Deze sessie bestaat niet meer, dus je aanmelding is niet verstuurd.',
  kept: 'Alles wat je hebt ingevuld is bewaard.',
  noDuplicates: 'Opnieuw proberen meldt je nooit twee keer aan.',
  retrySend: 'Probeer opnieuw te versturen',
  arrivedTitle: 'Je aanmelding was al aangekomen',
  arrivedCancel: 'In de bevestigingsmail staat een link om je af te melden.',
  closedConflict: 'Je kunt je voor deze sessie niet meer aanmelden: de aanmelding is gesloten of de sessie gaat niet door. Je aanmelding is niet verstuurd; wat je invulde staat er nog.',
  registeredTitle: 'Je bent aangemeld',
  registeredText: (title: string, when: string) => `Je hebt een plek bij ${title}, ${when}.`,
  joinOnline: 'Online meedoen:',
  waitlistedTitle: 'Je staat op de wachtlijst',
  waitlistedText: 'Komt er een plek vrij, dan krijg je bericht.',
  confirmationMail: (email: string) => `We sturen een bevestiging naar ${email}, met een link om je af te melden als je toch niet kunt.`,
  reference: 'Aanmeldnummer',
  // Cancelling by the confirmation mail's link
  cancelTitle: 'Afmelden voor een zwermsessie',
  cancelText: 'Je opende de afmeldlink uit je bevestigingsmail. Kun je toch niet komen? Meld je dan hier af: je plek gaat naar de eerste op de wachtlijst.',
  cancelConfirm: 'Ja, meld mij af',
  cancelKeep: 'Nee, ik blijf aangemeld',
  cancelling: 'Bezig met afmelden…',
  cancelledTitle: 'Je bent afgemeld',
  cancelledFor: (title: string) => `Je bent afgemeld voor ${title}.`,
  cancelledText: 'Had je een plek, dan gaat die naar de eerste op de wachtlijst; die krijgt daarover bericht. Je hoeft verder niets te doen.',
  cancelFailedTitle: 'Je bent nog niet afgemeld',
  cancelUnknown: 'Deze afmeldlink werkt niet. Misschien is de link niet helemaal meegekomen: open hem opnieuw vanuit je bevestigingsmail, of neem contact op met de organisator.',
  cancelRetry: 'Probeer opnieuw af te melden',
  cancelFor: (title: string, when: string) => `Het gaat om ${title}, ${when}.`,
  cancelWaitlistTitle: 'Afmelden voor de wachtlijst',
  cancelWaitlistText: 'Wil je toch niet meer op de wachtlijst staan? Geef dan hier je plek op de wachtlijst op.',
  cancelWaitlistConfirm: 'Ja, haal mij van de wachtlijst',
  cancelWaitlistKeep: 'Nee, ik blijf op de wachtlijst',
  keptPlace: 'Je blijft aangemeld.',
  keptWaitlist: 'Je blijft op de wachtlijst.',
  cancelledWaitlistTitle: 'Je staat niet meer op de wachtlijst',
  cancelledWaitlistFor: (title: string) => `Je staat niet meer op de wachtlijst voor ${title}.`,
  // After a waitlist place was given up, and after a link that was used before.
  nothingToDo: 'Je hoeft verder niets te doen.',
  alreadyCancelledTitle: 'Je was al afgemeld',
  alreadyCancelledFor: (title: string) => `Je had je al afgemeld voor ${title}.`,
  alreadyOffWaitlistTitle: 'Je stond al niet meer op de wachtlijst',
  alreadyOffWaitlistFor: (title: string) => `Je had je plek op de wachtlijst voor ${title} al opgegeven.`,
  cancelWaitlistUnknown: 'Deze afmeldlink werkt niet (meer). Kreeg je intussen een plek? Dan staat in die mail (‘Er is een plek vrijgekomen’) een nieuwe link om je af te melden. Anders: open de link opnieuw vanuit je mail, of neem contact op met de organisator.',
};

/** sessionList's strings, as the Dutch table has them (the English in ./en/session-list.ts has the same). */
export type SessionListStrings = typeof sessionListNl;

export const sessionList = defineMessages(sessionListNl, () => import('./en/session-list.js').then((m) => m.sessionList));

/** The status of a session in words (never colour alone, WCAG 1.4.1). */
export function statusText(status: SessionStatus, lang: Lang): string {
  const t = sessionList[lang];
  return { open: t.statusOpen, full: t.statusFull, closed: t.statusClosed, cancelled: t.statusCancelled }[status];
}

/** The seats in words, as far as they matter for the status. */
export function seatsText(session: { status: SessionStatus; seatsLeft: number; capacity: number }, lang: Lang): string {
  const t = sessionList[lang];
  switch (session.status) {
    case 'open':
      return t.seatsLeft(session.seatsLeft, session.capacity);
    case 'full':
      return t.seatsFull(session.capacity);
    case 'closed':
      return t.seatsClosed;
    case 'cancelled':
      return t.seatsCancelled;
  }
}

/** What to tell someone whose sign-up field has a problem: the application's words, except consent (which is not about applying). */
export function signUpIssueText(issue: FieldIssue, lang: Lang): string {
  return issue.name === 'consent' ? sessionList[lang].consentRequired : applicationIssueText(issue, lang);
}

// --- Date and time in words (the Dutch clock: src/i18n/session-time.ts) -----------------------

/**
 * A session's date and time in words: "donderdag 21 januari 2027, 08.30–10.30 uur" /
 * "Thursday 21 January 2027, 08:30–10:30"; one that ends on another day names both days.
 */
export function sessionWhen(startsAt: string, endsAt: string, lang: Lang): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const hours = lang === 'nl' ? ' uur' : '';
  const [startDay, endDay] = [day(start, lang), day(end, lang)];
  const text =
    startDay === endDay
      ? `${startDay}, ${time(start, lang)}–${time(end, lang)}${hours}`
      : `${startDay} ${time(start, lang)}${hours} – ${endDay} ${time(end, lang)}${hours}`;
  return otherZone(start) ? `${text} ${sessionList[lang].dutchTime}` : text;
}
