/**
 * A session as an iCalendar event (RFC 5545) in the Europe/Amsterdam time zone, so "zet in je
 * agenda" imports at the right local time in Outlook, Google Calendar and Apple Calendar alike:
 * DTSTART/DTEND with TZID and a VTIMEZONE with the EU's daylight-saving rules, CRLF line ends,
 * lines folded at 75 octets, text escaped, and the session's own text marked with its language.
 */
import { shownTwice } from '../src/api/rules/dutch-clock.js';
import { dutchInstant } from './time.js';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * Text as an iCalendar value: backslash, semicolon, comma and line breaks escaped; a line break
 * of any kind (CRLF, LF, a lone CR, which a poster's `&#13;` gives) is one escaped `\n`, so no raw CR
 * ends a content line where a parser that splits on CR would read a line of its own.
 */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n');
}

/** A content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length ? 74 : 75; // continuation lines start with a space
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * DTSTART or DTEND: the Dutch wall-clock time with its TZID (`2027-01-21T08:30:00+01:00` →
 * `DTSTART;TZID=Europe/Amsterdam:20270121T083000`). A local time the clock shows twice, in the
 * hour it goes back in October, is written in UTC instead: RFC 5545 (§3.3.5) reads it as the
 * first of the two, calendars do not all agree (ical.js reads the second), and a session would
 * move an hour in one of them.
 */
function dateTime(name: 'DTSTART' | 'DTEND', instant: string): string {
  const local = dutchInstant(instant).slice(0, 19);
  return shownTwice(local.slice(0, 10), local.slice(11, 16))
    ? `${name}:${utc(new Date(instant))}`
    : `${name};TZID=Europe/Amsterdam:${local.replace(/[-:]/g, '')}`;
}

function utc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The named character references a stored question holds: what the sanitiser writes when it
 * serialises text (`&amp;`, `&lt;`, `&gt;`, `&nbsp;`; HTML's serialisation algorithm) and the
 * few an import or an older row may carry. Any other is left as written.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * A numeric character reference's character; U+FFFD for what no text may hold (NUL, surrogates,
 * beyond U+10FFFF) and for control characters, which a calendar line cannot carry.
 */
function character(codePoint: number): string {
  if (codePoint === 0x0a || codePoint === 0x09) return String.fromCodePoint(codePoint);
  const invalid = codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);
  return invalid ? '\ufffd' : String.fromCodePoint(codePoint);
}

/** Character references decoded in one pass, so `&amp;lt;` stays the text `&lt;`. */
function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([a-zA-Z]+));/g, (reference, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return character(Number.parseInt(decimal, 10));
    if (hex !== undefined) return character(Number.parseInt(hex, 16));
    return NAMED[name as string] ?? reference;
  });
}

/** Plain text of an HTML fragment (the question), for DESCRIPTION. */
function plain(html: string): string {
  const text = html
    .replace(/<\/(p|li|h\d|div)>|<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '');
  return decodeReferences(text)
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * A parameter value (RFC 5545 §3.2): always a quoted-string, so a `:`, `;` or `,` in a name does
 * not end the parameter; DQUOTE and control characters cannot stand in one, so a `"` becomes `'`
 * and the others go. Backslash escapes are for values, not parameters.
 */
function parameter(value: string): string {
  return `"${value.replace(/"/g, "'").replace(/\p{Cc}/gu, '')}"`;
}

/** This file's own words in DESCRIPTION, in the languages it has them; another session language gets the Dutch. */
const ORGANISATION: Record<string, string> = { nl: 'Organisatie', en: 'Organisation' };

export function sessionCalendar(
  session: { id: string; title: string; question: string; startsAt: string; endsAt: string; place: string | null; onlineUrl?: string | null; online?: boolean; url?: string | null; organisation: { name: string }; status: string; language?: string },
  options: { host: string; now: Date; sequence?: number },
): string {
  // The public file has no link to join online (only a seat gets it, in its receipt and mail): "Online".
  const location = session.place ?? session.onlineUrl ?? (session.online ? 'Online' : '');
  // The session's own words say their language (RFC 5545 §3.2.10): a calendar or a screen reader
  // then reads an English title as English. One value has one language, and DESCRIPTION ends in
  // this file's "Organisatie:", written in the session's language where we have it ("Organisation:"),
  // else in Dutch: then it says no language. An online address as LOCATION is in no language; the
  // organisation's name is the organisation's, not the session's.
  const own = session.language ? `;LANGUAGE=${session.language}` : '';
  const words = ORGANISATION[session.language?.split('-')[0].toLowerCase() ?? ''];
  const description = [plain(session.question), session.onlineUrl ? `Online: ${session.onlineUrl}` : '', `${words ?? ORGANISATION.nl}: ${session.organisation.name}`].filter(Boolean).join('\n\n');
  const described = words ? own : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Flexschil//Zwermsessies//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${session.id}@${options.host}`,
    `DTSTAMP:${utc(options.now)}`,
    // Each saved change counts (RFC 5545 §3.8.7.4): a calendar that holds the session takes a
    // moved time or a call-off as the newer version of it, not as an older copy.
    `SEQUENCE:${options.sequence ?? 0}`,
    dateTime('DTSTART', session.startsAt),
    dateTime('DTEND', session.endsAt),
    `SUMMARY${own}:${text(session.title)}`,
    `DESCRIPTION${described}:${text(description)}`,
    ...(location ? [`LOCATION${session.place ? own : ''}:${text(location)}`] : []),
    ...(session.url ? [`URL:${session.url}`] : []),
    `ORGANIZER;CN=${parameter(session.organisation.name)}:mailto:noreply@${options.host}`,
    `STATUS:${session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
