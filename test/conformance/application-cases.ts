/**
 * Application inputs with the verdict every side must give: the form (src/api/rules through
 * apply-form), the mock and the reference server. test/rules.test.ts checks the rules with
 * them in the browser; the conformance suite sends each one to a backend. The first rows are
 * the cases on which the three once disagreed.
 */
export interface ApplicationCase {
  what: string;
  /** Fields over a complete, valid application (no requirements beyond the contract's own). */
  fields: Record<string, string>;
  /** `invalidParams` by name → code; `{}` means accepted (201). */
  verdict: Record<string, string>;
}

export const validApplication: Record<string, string> = {
  name: 'Conformance Tester',
  email: 'tester@example.nl',
  motivation: 'Ik wil graag meewerken aan deze opdracht omdat ik er veel ervaring mee heb.',
  consent: 'true',
};

export const applicationCases: ApplicationCase[] = [
  { what: 'an internationalised e-mail address', fields: { email: 'josé@voorbeeld.nl' }, verdict: {} },
  { what: 'an IDN domain', fields: { email: 'info@gemeente-één.nl' }, verdict: {} },
  { what: 'a six-digit phone number', fields: { phone: '123456' }, verdict: { phone: 'format' } },
  { what: 'a Dutch mobile number with a space', fields: { phone: '06 12345678' }, verdict: {} },
  { what: 'a rate of seven digits', fields: { rate: '1234567' }, verdict: { rate: 'range' } },
  { what: 'a rate of 1,500 euro an hour', fields: { rate: '1500' }, verdict: { rate: 'range' } },
  { what: 'a rate of nothing', fields: { rate: '0' }, verdict: { rate: 'range' } },
  { what: 'a rate with a decimal comma', fields: { rate: '85,50' }, verdict: {} },
  { what: 'a rate with three decimals', fields: { rate: '85.505' }, verdict: { rate: 'format' } },
  { what: 'a KvK number with spaces', fields: { kvkNumber: '1234 5678' }, verdict: {} },
  { what: 'a KvK number of seven digits', fields: { kvkNumber: '1234567' }, verdict: { kvkNumber: 'format' } },
  { what: 'a name of one character', fields: { name: 'A' }, verdict: { name: 'tooShort' } },
  { what: 'a NUL in the name', fields: { name: 'Anne\u0000Backx' }, verdict: { name: 'control' } },
  { what: 'line breaks in the motivation', fields: { motivation: `${validApplication.motivation}\r\nMet vriendelijke groet.` }, verdict: {} },
  { what: 'an impossible date', fields: { availableFrom: '2026-02-30' }, verdict: { availableFrom: 'format' } },
  { what: 'the year 0', fields: { availableFrom: '0000-01-01' }, verdict: { availableFrom: 'format' } },
  { what: '41 hours a week', fields: { hoursPerWeek: '41' }, verdict: { hoursPerWeek: 'range' } },
  { what: 'hours as a fraction', fields: { hoursPerWeek: '24.5' }, verdict: { hoursPerWeek: 'format' } },
  { what: 'no consent', fields: { consent: '' }, verdict: { consent: 'required' } },
  { what: 'an e-mail address without a domain', fields: { email: 'anne@' }, verdict: { email: 'format' } },
  { what: 'written in British English', fields: { language: 'en-GB' }, verdict: {} },
  { what: 'a language named, not tagged', fields: { language: 'Engels' }, verdict: { language: 'format' } },
];
