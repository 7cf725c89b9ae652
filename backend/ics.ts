/**
 * A session as an iCalendar event (RFC 5545) in the Europe/Amsterdam time zone, so "zet in je
 * agenda" imports at the right local time in Outlook, Google Calendar and Apple Calendar alike:
 * DTSTART/DTEND with TZID and a VTIMEZONE with the EU's daylight-saving rules, CRLF line ends,
 * lines folded at 75 octets, text escaped, and the session's own text marked with its language.
 */
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

/** Text as an iCalendar value: backslash, semicolon, comma and line breaks escaped. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
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

/** `2027-01-21T08:30:00+01:00` → `20270121T083000` (Dutch wall-clock time). */
function localTime(instant: string): string {
  return dutchInstant(instant).slice(0, 19).replace(/[-:]/g, '');
}

function utc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** Plain text of an HTML fragment (the question), for DESCRIPTION. */
function plain(html: string): string {
  return html
    .replace(/<\/(p|li|h\d|div)>|<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** This file's own words in DESCRIPTION, in the languages it has them; another session language gets the Dutch. */
const ORGANISATION: Record<string, string> = { nl: 'Organisatie', en: 'Organisation' };

export function sessionCalendar(
  session: { id: string; title: string; question: string; startsAt: string; endsAt: string; place: string | null; onlineUrl?: string | null; url?: string | null; organisation: { name: string }; status: string; language?: string },
  options: { host: string; now: Date },
): string {
  const location = session.place ?? session.onlineUrl ?? '';
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
    `DTSTART;TZID=Europe/Amsterdam:${localTime(session.startsAt)}`,
    `DTEND;TZID=Europe/Amsterdam:${localTime(session.endsAt)}`,
    `SUMMARY${own}:${text(session.title)}`,
    `DESCRIPTION${described}:${text(description)}`,
    ...(location ? [`LOCATION${session.place ? own : ''}:${text(location)}`] : []),
    ...(session.url ? [`URL:${session.url}`] : []),
    `ORGANIZER;CN=${text(session.organisation.name).replace(/"/g, '')}:mailto:noreply@${options.host}`,
    `STATUS:${session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
