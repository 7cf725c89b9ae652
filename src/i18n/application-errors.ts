/**
 * What to tell someone whose application has a problem, per field and issue (src/api/rules):
 * the form shows these, and the backend that the mock and the reference server share sends
 * them as `invalidParams[].reason` in the request's language. Limits come from the rules'
 * `params`, never from the text: change a limit in the table and every message follows.
 *
 * GOV.UK's pattern: name the field and say how to fix it, in the applicant's words
 * ("Vul je naam in", not "Naam is verplicht").
 */
import { CV_MAX_BYTES } from '../api/cv.js';
import type { ApplicationField } from '../api/rules/application.js';
import type { FieldIssue } from '../api/rules/fields.js';
import type { Lang } from './lang.js';

type Params = NonNullable<FieldIssue['params']>;
type Text = string | ((p: Params) => string);
type Table = Partial<Record<ApplicationField, Partial<Record<FieldIssue['code'], Text>>>>;

const nl: Table = {
  name: {
    required: 'Vul je naam in',
    tooShort: (p) => `Je naam moet minstens ${p.min} tekens hebben`,
    tooLong: (p) => `Je naam mag hoogstens ${p.max} tekens hebben`,
    control: 'Je naam mag alleen gewone tekens bevatten, zonder regeleinden',
  },
  email: {
    required: 'Vul je e-mailadres in',
    format: 'Vul een e-mailadres in zoals naam@voorbeeld.nl',
  },
  phone: { format: 'Vul een telefoonnummer in zoals 06 12345678 of +31 20 123 4567, of laat het veld leeg' },
  kvkNumber: {
    required: 'Vul je KvK-nummer in',
    format: 'Een KvK-nummer bestaat uit 8 cijfers, zoals 12345678',
  },
  motivation: {
    required: (p) => `Schrijf je motivatie (minstens ${p.min ?? 50} tekens)`,
    tooShort: (p) => `Je motivatie moet minstens ${p.min} tekens hebben; nu zijn het er ${p.count}`,
    tooLong: (p) => `Je motivatie mag hoogstens ${p.max} tekens hebben; nu zijn het er ${p.count}`,
    control: 'Je motivatie bevat onzichtbare tekens; typ of plak de tekst opnieuw',
  },
  cv: {
    required: 'Kies je cv (pdf, docx of odt)',
    type: 'Voeg je cv toe als bestand (pdf, docx of odt)',
    fileType: 'Kies je cv als pdf-, docx- of odt-bestand',
    fileEmpty: 'Het gekozen cv-bestand is leeg; kies een ander bestand',
    fileSize: (p) => `Je cv moet kleiner zijn dan ${megabytes(p.max)} MB; kies een kleiner bestand of sla het op als pdf`,
    fileSignature: 'Dit bestand is geen echt pdf-, docx- of odt-bestand; sla je cv opnieuw op en kies dat bestand',
    fileUnreadable: 'Je cv kon niet worden gelezen; kies het bestand opnieuw',
  },
  availableFrom: { format: 'Vul een bestaande datum in bij "Beschikbaar vanaf", of laat het veld leeg' },
  hoursPerWeek: {
    format: 'Vul het aantal uren per week in als heel getal, zoals 24',
    range: (p) => `Vul een aantal uren per week in van ${p.min} tot en met ${p.max}`,
  },
  rate: {
    format: 'Vul je uurtarief in als bedrag in euro, zoals 85 of 85,50',
    range: (p) => `Vul een uurtarief in van € ${p.min} tot en met € ${p.max}`,
  },
  profileId: { unknown: 'Dit profiel bestaat niet (meer)', tooLong: 'Dit is geen bestaand profiel' },
  consent: { required: 'Geef toestemming voor het gebruik van je gegevens om te kunnen reageren' },
  acceptConditions: { required: 'Ga akkoord met de inkoopvoorwaarden om te kunnen reageren' },
  managerConsent: { required: 'Bevestig dat je leidinggevende akkoord is met deze opdracht' },
};

const en: Table = {
  name: {
    required: 'Enter your full name',
    tooShort: (p) => `Your name must be at least ${p.min} characters`,
    tooLong: (p) => `Your name must be ${p.max} characters or fewer`,
    control: 'Your name may only contain ordinary characters, without line breaks',
  },
  email: {
    required: 'Enter your email address',
    format: 'Enter an email address in the correct format, like name@example.com',
  },
  phone: { format: 'Enter a phone number, like 06 12345678 or +31 20 123 4567, or leave it empty' },
  kvkNumber: {
    required: 'Enter your Chamber of Commerce (KvK) number',
    format: 'A KvK number is 8 digits, like 12345678',
  },
  motivation: {
    required: (p) => `Write your motivation (at least ${p.min ?? 50} characters)`,
    tooShort: (p) => `Your motivation must be at least ${p.min} characters; it is ${p.count} now`,
    tooLong: (p) => `Your motivation must be ${p.max} characters or fewer; it is ${p.count} now`,
    control: 'Your motivation contains invisible characters; type or paste the text again',
  },
  cv: {
    required: 'Choose your CV (PDF, DOCX or ODT)',
    type: 'Add your CV as a file (PDF, DOCX or ODT)',
    fileType: 'Choose your CV as a PDF, DOCX or ODT file',
    fileEmpty: 'The chosen CV file is empty; choose another file',
    fileSize: (p) => `Your CV must be smaller than ${megabytes(p.max)} MB; choose a smaller file or save it as a PDF`,
    fileSignature: 'This file is not a real PDF, DOCX or ODT file; save your CV again and choose that file',
    fileUnreadable: 'Your CV could not be read; choose the file again',
  },
  availableFrom: { format: 'Enter a real date for "Available from", or leave it empty' },
  hoursPerWeek: {
    format: 'Enter the hours per week as a whole number, like 24',
    range: (p) => `Enter between ${p.min} and ${p.max} hours per week`,
  },
  rate: {
    format: 'Enter your hourly rate as an amount in euros, like 85 or 85.50',
    range: (p) => `Enter an hourly rate from € ${p.min} to € ${p.max}`,
  },
  profileId: { unknown: 'This profile does not exist (any more)', tooLong: 'This is not an existing profile' },
  consent: { required: 'Agree to the use of your details to be able to apply' },
  acceptConditions: { required: 'Accept the procurement conditions to be able to apply' },
  managerConsent: { required: 'Confirm that your manager agrees to this assignment' },
};

const tables: Record<Lang, Table> = { nl, en };

function megabytes(bytes: number | undefined): number {
  return Math.round((bytes ?? CV_MAX_BYTES) / (1024 * 1024));
}

/** The message for one issue; falls back to the field's "required" text, then a generic one. */
export function applicationIssueText(issue: FieldIssue, lang: Lang): string {
  // `Object.hasOwn`: a name or code from a backend (`constructor`, `toString`) is no entry of ours.
  const field = (Object.hasOwn(tables[lang], issue.name) ? tables[lang][issue.name as ApplicationField] : undefined) ?? {};
  const text = (Object.hasOwn(field, issue.code) ? field[issue.code] : undefined) ?? field.format ?? field.required;
  if (typeof text === 'function') return text(issue.params ?? {});
  if (text) return text;
  return lang === 'nl' ? `Controleer ${issue.name}` : `Check ${issue.name}`;
}
