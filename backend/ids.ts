/**
 * Ids of what the backend stores (applications, assignments, profiles, sessions, registrations):
 * a prefix and ten characters of Crockford's base32, 50 random bits. An applicant is asked to
 * quote an application's id ("app-7kq4m2xd9p"), so it is short, and has no i, l, o or u to
 * mishear on the phone; 50 bits keep ids apart (a collision among a million ids: 1 in 2,000),
 * where the eight hex digits they had before (32 bits) met within tens of thousands.
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

export const ID_LENGTH = 10;

/** `newId('app-')` → `app-7kq4m2xd9p`; each character from five random bits. */
export function newId(prefix: string): string {
  let id = prefix;
  for (const byte of crypto.getRandomValues(new Uint8Array(ID_LENGTH))) id += ALPHABET[byte & 31];
  return id;
}

/**
 * Ids of queued mails: never quoted by anyone, and many (every application and sign-up makes
 * some), so a full UUID rather than the ten characters above.
 */
export function newMailId(): string {
  return `mail-${crypto.randomUUID()}`;
}
