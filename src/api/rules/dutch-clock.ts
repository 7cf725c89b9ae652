/**
 * The clock in the Netherlands (Europe/Amsterdam), where every swarm session takes place: an
 * instant as its day and time there, and back. `<session-editor>`'s own (a module apart from
 * dates.ts, which every form loads).
 */
import { isCalendarDate } from './dates.js';

const dutchClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the clock in the Netherlands shows it: `{ date: '2027-01-21', time: '08:30' }`. */
export function dutchWallClock(instant: string): { date: string; time: string } | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  const p = Object.fromEntries(dutchClock.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * A date and a time on the clock in the Netherlands as an instant with its offset
 * (`2027-01-21T08:30:00+01:00`; `+02:00` in summer time), or null when either is no real date or
 * time. A time the clock shows twice (02:30 on the last Sunday of October) is the first of the
 * two, in summer time, as RFC 5545 and Temporal read it; a time it skips (02:30 on the last
 * Sunday of March) is read in winter time, and shows as another time.
 */
export function dutchInstantOf(date: string, time: string): string | null {
  if (!isCalendarDate(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const offset = OFFSETS.find((o) => shows(date, time, o)) ?? '+01:00';
  return `${date}T${time}:00${offset}`;
}

/** Summer time first: of a time the clock shows twice, the first. */
const OFFSETS = ['+02:00', '+01:00'];

/** Whether the clock shows `date` `time` at that offset. */
function shows(date: string, time: string, offset: string): boolean {
  const shown = dutchWallClock(`${date}T${time}:00${offset}`);
  return shown?.date === date && shown.time === time;
}

/**
 * Whether the clock in the Netherlands shows this date and time (`HH:MM`) twice: in the hour it
 * goes back, on the last Sunday of October. A calendar file cannot name such a time by its
 * local time alone (backend/ics.ts).
 */
export function shownTwice(date: string, time: string): boolean {
  return OFFSETS.every((offset) => shows(date, time, offset));
}
