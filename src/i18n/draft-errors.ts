/**
 * What to tell a poster or a professional whose assignment or profile has a problem (src/api/
 * rules/posting.ts and profile.ts): the editors show these, and the backend sends them as
 * `invalidParams[].reason` in the request's language. The field is named by its label; the
 * limits come from the issue's `params`, never from the text.
 */
import type { FieldIssue } from '../api/rules/fields.js';
import type { Lang } from './lang.js';

const labels: Record<Lang, Record<string, string>> = {
  nl: {
    title: 'de titel',
    summary: 'de samenvatting',
    description: 'de omschrijving',
    field: 'het werkveld',
    skills: 'de vaardigheden',
    'skills.name': 'de vaardigheid',
    'location.place': 'de plaats',
    'location.region': 'de regio',
    'location.mode': 'de werkwijze',
    'hoursPerWeek.min': 'het minimum aantal uren per week',
    'hoursPerWeek.max': 'het maximum aantal uren per week',
    startDate: 'de startdatum',
    endDate: 'de einddatum',
    closingDate: 'de sluitingsdatum',
    types: 'de contractvorm',
    'rate.min': 'het minimumtarief',
    'rate.max': 'het maximumtarief',
    'rate.amount': 'je tarief',
    'rate.currency': 'de valuta van het tarief',
    'rate.unit': 'de eenheid van het tarief',
    visibility: 'de zichtbaarheid',
    'contact.name': 'de naam van de contactpersoon',
    'contact.email': 'het e-mailadres',
    'contact.phone': 'het telefoonnummer',
    url: 'de link naar de vacature',
    applyUrl: 'de link om te reageren',
    'requirements.conditionsUrl': 'de link naar de inkoopvoorwaarden',
    status: 'de status',
    language: 'de taal van de tekst',
    name: 'je naam',
    headline: 'je kopregel',
    photoUrl: 'de link naar je foto',
    kind: 'het soort professional',
    fields: 'de werkvelden',
    coreQualities: 'de kernkwaliteiten',
    experience: 'de ervaring',
    'experience.title': 'de functie',
    'experience.organisation': 'de organisatie',
    'experience.from': 'de begindatum',
    'experience.to': 'de einddatum',
    'availability.hoursPerWeek': 'het aantal uren per week',
    'availability.from': 'de datum vanaf wanneer je beschikbaar bent',
    region: 'de regio',
    bio: 'de tekst over jezelf',
    'links.cv': 'de link naar je cv',
    'links.portfolio': 'de link naar je portfolio',
    'links.linkedin': 'de link naar LinkedIn',
    // A swarm session's (POST/PATCH /sessions: the backend's reasons name them too).
    question: 'de vraag',
    startsAt: 'het begin',
    endsAt: 'het einde',
    place: 'de plaats',
    onlineUrl: 'de link om online mee te doen',
    capacity: 'het aantal plaatsen',
    signUpDeadline: 'de laatste dag om je aan te melden',
    assignmentId: 'de opdracht',
    // The fields of `<session-editor>` that make up `startsAt` and `endsAt`, and its `url`.
    date: 'de datum',
    startTime: 'de begintijd',
    endTime: 'de eindtijd',
    sessionUrl: 'de link naar meer informatie',
  },
  en: {
    title: 'the title',
    summary: 'the summary',
    description: 'the description',
    field: 'the field',
    skills: 'the skills',
    'skills.name': 'the skill',
    'location.place': 'the place',
    'location.region': 'the region',
    'location.mode': 'the work mode',
    'hoursPerWeek.min': 'the minimum hours per week',
    'hoursPerWeek.max': 'the maximum hours per week',
    startDate: 'the start date',
    endDate: 'the end date',
    closingDate: 'the closing date',
    types: 'the contract type',
    'rate.min': 'the minimum rate',
    'rate.max': 'the maximum rate',
    'rate.amount': 'your rate',
    'rate.currency': 'the currency of the rate',
    'rate.unit': 'the unit of the rate',
    visibility: 'the visibility',
    'contact.name': "the contact's name",
    'contact.email': 'the email address',
    'contact.phone': 'the phone number',
    url: 'the link to the vacancy',
    applyUrl: 'the link to apply',
    'requirements.conditionsUrl': 'the link to the procurement conditions',
    status: 'the status',
    language: 'the language of the text',
    name: 'your name',
    headline: 'your headline',
    photoUrl: 'the link to your photo',
    kind: 'the kind of professional',
    fields: 'the fields',
    coreQualities: 'the core qualities',
    experience: 'the experience',
    'experience.title': 'the position',
    'experience.organisation': 'the organisation',
    'experience.from': 'the start date',
    'experience.to': 'the end date',
    'availability.hoursPerWeek': 'the hours per week',
    'availability.from': 'the date you are available from',
    region: 'the region',
    bio: 'the text about yourself',
    'links.cv': 'the link to your CV',
    'links.portfolio': 'the link to your portfolio',
    'links.linkedin': 'the link to LinkedIn',
    question: 'the question',
    startsAt: 'the start',
    endsAt: 'the end',
    place: 'the place',
    onlineUrl: 'the link to join online',
    capacity: 'the number of seats',
    signUpDeadline: 'the last day to sign up',
    assignmentId: 'the assignment',
    date: 'the date',
    startTime: 'the start time',
    endTime: 'the end time',
    sessionUrl: 'the link to more information',
  },
};

/** `skills.3.name` → `skills.name`: the label of a list item's field. */
export function draftFieldKey(name: string): string {
  return name.replace(/\.\d+(?=\.|$)/g, '');
}

export function draftFieldLabel(name: string, lang: Lang): string {
  const key = draftFieldKey(name);
  return Object.hasOwn(labels[lang], key) ? labels[lang][key] : key;
}

/** Fields chosen among options, not typed: "Kies …" fits them, "Vul … in" does not. */
const CHOICES = new Set(['field', 'location.region', 'location.mode', 'types', 'visibility', 'status', 'kind', 'region', 'fields']);
/** Fields with one possible value (a rate is in euro per hour): the editors send it, another client may not. */
const ONLY: Record<string, string> = { 'rate.currency': 'EUR', 'rate.unit': 'hour' };
/** Fields that hold a list: their lengths count items, not characters. */
const LISTS = new Set(['types', 'skills', 'fields', 'coreQualities', 'experience']);

export function draftIssueText(issue: FieldIssue, lang: Lang): string {
  const key = draftFieldKey(issue.name);
  const label = draftFieldLabel(issue.name, lang);
  const p = issue.params ?? {};
  const nl = lang === 'nl';
  const choose = nl ? `Kies ${label}` : `Choose ${label}`;
  switch (issue.code) {
    case 'required':
      if (CHOICES.has(key)) return choose;
      return nl ? `Vul ${label} in` : `Enter ${label}`;
    case 'tooShort':
      if (LISTS.has(key)) {
        if (p.min === 1) return CHOICES.has(key) ? choose : nl ? `Voeg ${label} toe` : `Add ${label}`;
        return nl ? `Kies minstens ${p.min} bij ${label}` : `Choose at least ${p.min} for ${label}`;
      }
      return nl ? `Maak ${label} langer: minstens ${p.min} tekens` : `Make ${label} longer: at least ${p.min} characters`;
    case 'tooLong':
      // The list itself counts items; one of its items (`skills.1`) counts characters.
      if (LISTS.has(issue.name)) return nl ? `Maak ${label} korter: hoogstens ${p.max} (nu ${p.count})` : `Make ${label} shorter: at most ${p.max} (now ${p.count})`;
      return nl ? `Maak ${label} korter: hoogstens ${p.max} tekens (nu ${p.count})` : `Make ${label} shorter: at most ${p.max} characters (now ${p.count})`;
    case 'range':
      if (issue.name === 'closingDate') return nl ? 'De sluitingsdatum mag niet in het verleden liggen' : 'The closing date cannot be in the past';
      // A swarm session's times (src/api/rules/session-draft.ts): a new one not in the past, its end
      // after its start, the last day to sign up not after its day.
      if (issue.name === 'startsAt' || issue.name === 'date') return nl ? 'Het begin mag niet in het verleden liggen' : 'The start cannot be in the past';
      if (issue.name === 'endsAt' || issue.name === 'endTime') return nl ? 'Laat de sessie eindigen na het begin' : 'Let the session end after it starts';
      if (issue.name === 'signUpDeadline') return nl ? 'De laatste dag om je aan te melden mag niet na de dag van de sessie liggen' : 'The last day to sign up cannot be after the day of the session';
      if (p.min !== undefined && p.max !== undefined) return nl ? `Vul bij ${label} een getal in van ${p.min} tot en met ${p.max}` : `Enter a number from ${p.min} to ${p.max} for ${label}`;
      return nl ? `Controleer ${label}: die ligt voor het begin` : `Check ${label}: it is before the start`;
    case 'control':
      return nl ? `${capitalise(label)} bevat onzichtbare tekens; typ de tekst opnieuw` : `${capitalise(label)} contains invisible characters; type the text again`;
    case 'type':
    case 'format': {
      if (ONLY[key]) return nl ? `${capitalise(label)} kan alleen "${ONLY[key]}" zijn` : `${capitalise(label)} can only be "${ONLY[key]}"`;
      // What it should look like, where an example says it: "niet goed ingevuld" alone left a
      // professional guessing ("50 uur", "bel me").
      const example = formatExample(key, nl);
      if (example) return nl ? `Vul ${label} in zoals ${example}` : `Enter ${label}, for example ${example}`;
      if (p.min !== undefined && p.max !== undefined) return nl ? `Vul bij ${label} een getal in van ${p.min} tot en met ${p.max}` : `Enter a number from ${p.min} to ${p.max} for ${label}`;
      // No pronoun: "die" fits de-words only ("het e-mailadres: die" is wrong Dutch).
      return nl ? `${capitalise(label)} is niet goed ingevuld` : `Check ${label}: it is not in the right form`;
    }
    default:
      return nl ? `Controleer ${label}` : `Check ${label}`;
  }
}

/** An example of a well-formed value, by the kind of field its key names. */
function formatExample(key: string, nl: boolean): string | null {
  if (/(^|\.)email$/.test(key)) return nl ? 'naam@voorbeeld.nl' : 'name@example.nl';
  if (/(^|\.)phone$/.test(key)) return nl ? '06 12345678 of +31 20 123 4567' : '06 12345678 or +31 20 123 4567';
  if (key.startsWith('rate.')) return nl ? '85 of 85,50' : '85 or 85.50';
  if (/^experience\.(from|to)$/.test(key)) return '2024-03';
  if (/^url$|Url$|^links\./.test(key)) return nl ? 'https://www.voorbeeld.nl' : 'https://www.example.nl';
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
