/**
 * E-mail addresses and phone numbers: one decision for every form, the mock and the server.
 *
 * **E-mail.** Internationalised addresses are accepted, as the mail standards allow (RFC 6531
 * SMTPUTF8 local parts such as `josé@voorbeeld.nl`, RFC 5890 IDN domains such as
 * `info@gemeente-één.nl`) and as GOV.UK's and NL Design System's form guidance ask ("do not
 * over-validate": a typo is caught by the confirmation mail, a refused real address is lost).
 * The address must look like one mailbox: a dot-atom local part of at most 64 characters
 * (letters of any script, digits and ``!#$%&'*+/=?^_`{|}~-``, dots not at either end or
 * doubled), `@`, and a domain of at least two labels (letters of any script, digits and inner
 * hyphens, each at most 63 characters) whose last label has at least two letters. At most 254
 * characters in all (RFC 5321 path limit). Quoted local parts and IP-literal domains, which
 * people do not type, are refused.
 *
 * **Phone.** Optional; digits with the separators people type (spaces, dots, dashes,
 * brackets) and an optional leading `+`, 8 to 15 digits: Dutch numbers have 10 (06 12345678,
 * 020 123 4567), international ones at most 15 (ITU-T E.164).
 */
export const EMAIL_MAX_LENGTH = 254;
const ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const EMAIL = new RegExp(`^(?=[^@]{1,64}@)${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+\\p{L}[\\p{L}\\p{N}-]*\\p{L}$`, 'u');

export function isEmailAddress(value: string): boolean {
  return value.length <= EMAIL_MAX_LENGTH && EMAIL.test(value);
}

export const PHONE_DIGITS = { min: 8, max: 15 } as const;
export const PHONE_MAX_LENGTH = 30;
const PHONE = /^\+?[\d\s().-]+$/;

export function isPhoneNumber(value: string): boolean {
  if (value.length > PHONE_MAX_LENGTH || !PHONE.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max;
}
