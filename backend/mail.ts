/**
 * The mails an application sends: an announcement to the assignment's contact (gathered when
 * many arrive at once), and an acknowledgement to the applicant (the form promises one). Plain
 * text, in Dutch — English for an applicant who applied in English — with no CV and no
 * motivation: the announcement links to the inbox, where the poster signs in to read the rest.
 */
import { sha256 } from './http/hash.js';
import type { ApplicationRecord, GatheredApplication, Gathering, MailMessage, Store, StoredAssignment, Ungathering } from './ports.js';
import type { Lang } from './text.js';
import { sessionDay, sessionTime as clockTime } from '../src/i18n/session-time.js';

function inboxLink(inboxUrl: string | null, assignmentId: string): string | null {
  if (!inboxUrl) return null;
  try {
    const url = new URL(inboxUrl);
    url.searchParams.set('assignment', assignmentId);
    return url.href;
  } catch {
    return null;
  }
}

const dateTime: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
};

/**
 * Whether a name a visitor typed holds what reads as a link, an address or a phone number. Such a
 * name is left out of every mail (the greeting to the typed address, the announcement to the
 * assignment's contact): nobody has confirmed it, so without this a form would let anyone send a
 * line of their own ("klant, uw betaling is mislukt: www.…") from the organisation's own server;
 * mail programs make a link of such text even in plain mail. A name with a dot between two words
 * ("dr.ir.Jansen") counts too: a mail without the name costs less than a relayed link.
 */
export function linkLikeName(name: string): boolean {
  return /:\/\/|www\.|@|[\p{L}\p{N}-]{2,}\.\p{L}{2,}|(?:\d\D?){4}/u.test(name);
}

/**
 * The greeting of a mail to an address a visitor typed: "Beste Jan de Vries," — but "Goedendag,"
 * when the name is {@link linkLikeName}.
 */
export function greeting(name: string, lang: Lang): string {
  if (linkLikeName(name)) return lang === 'en' ? 'Hello,' : 'Goedendag,';
  return lang === 'en' ? `Dear ${name},` : `Beste ${name},`;
}

/** At most this many mails a day to one address a visitor typed (see {@link mayMailTypedAddress}). */
export const MAILS_PER_TYPED_ADDRESS_PER_DAY = 10;

/**
 * The mailbox an address reaches, as {@link mayMailTypedAddress} counts it: Unicode-normalised
 * (NFKC: a full-width `ｖｉｃｔｉｍ` is `victim`), case-folded, and without a `+tag` in the local
 * part, which most providers (Gmail, Outlook, Fastmail, many company servers) deliver to the
 * mailbox without it: counted per spelling, `victim+1@…`, `victim+2@…` each had a cap of their
 * own. Only the count's key: the mail goes to the address as typed.
 */
export function mailboxKey(address: string): string {
  const folded = address.trim().normalize('NFKC').toLowerCase().normalize('NFKC');
  const at = folded.lastIndexOf('@');
  if (at < 0) return folded;
  const local = folded.slice(0, at);
  const plus = local.indexOf('+');
  return plus > 0 ? `${local.slice(0, plus)}${folded.slice(at)}` : folded;
}

/**
 * Whether one more mail may go to an address a visitor typed: an application's acknowledgement,
 * a sign-up's confirmation. Nobody confirmed that address, so without a limit anyone could have
 * the organisation's server mail anyone, as often as they liked, from as many clients as they
 * have (the rate limit counts per client). Past {@link MAILS_PER_TYPED_ADDRESS_PER_DAY} in a day
 * the application or sign-up is still stored and the organisation still told: only that mail is
 * left out. Counted in the store's rate counters (shared by every instance) under a hash of the
 * address, which is gone with its day.
 */
export async function mayMailTypedAddress(store: Pick<Store, 'hit'>, address: string, now: Date): Promise<boolean> {
  const key = `typed-address:${await sha256([mailboxKey(address)])}`;
  const { count } = await store.hit(key, 24 * 60 * 60_000, now);
  return count <= MAILS_PER_TYPED_ADDRESS_PER_DAY;
}

/**
 * Minutes in which an assignment's contact gets at most one mail about new applications at one
 * address (found by an HR team that had 323 mails for 323 applications in a few minutes). The
 * first application is mailed at once; what arrives within this many minutes of that mail is
 * gathered into one mail at the end of them, and so on ({@link announcement}).
 */
export const APPLICATION_MAIL_GATHER_MINUTES = 30;

/** At most this many names in one announcement; the others are counted ("en 9 anderen"). */
export const ANNOUNCED_NAMES = 20;

/**
 * The announcement of an application to the assignment's contact (null without an address), as
 * the store gathers it (backend/ports.ts `Gathering`), under one key per assignment and address:
 * - no announcement under the key was due within the last {@link APPLICATION_MAIL_GATHER_MINUTES}:
 *   a mail at once, naming this application;
 * - a gathered announcement waits (not sent, never leased by a worker): this application is
 *   added to it, and it is written anew;
 * - otherwise (one went out, or is going out, within the window): a new gathered mail, due when
 *   the window of the last one ends.
 * Thirty applications in a minute make one mail at once and one, half an hour later, naming the
 * other 29. The window counts from when a mail was due, not when SMTP took it: a mail server that
 * was down does not make the next mail wait longer.
 */
export function announcement(
  assignment: StoredAssignment,
  application: ApplicationRecord,
  options: { inboxUrl: string | null; newId: () => string },
): Gathering | null {
  const to = assignment.contact?.email;
  if (!to) return null;
  const named: GatheredApplication = { id: application.id, name: application.name, receivedAt: application.receivedAt, cv: !!application.cv };
  const now = Date.parse(application.receivedAt);
  return {
    key: JSON.stringify(['announcement', assignment.id, to.trim().toLowerCase()]),
    names: ANNOUNCED_NAMES,
    compose(latest) {
      // A mail written to wait for the end of a window: one that went out at once stays as it
      // was written, so the first application is told on its own and at once.
      if (latest?.open && latest.dueAt > latest.queuedAt) {
        // The newest is named only while fewer than ANNOUNCED_NAMES are; past that it is counted.
        const shown = [...latest.applications, named].slice(0, ANNOUNCED_NAMES);
        const mail = announcementMail(assignment, shown, { id: latest.id, to, inboxUrl: options.inboxUrl, total: latest.total + 1 });
        return { mail, dueAt: latest.dueAt, replaces: latest.id };
      }
      const windowEnd = latest ? latest.dueAt.getTime() + APPLICATION_MAIL_GATHER_MINUTES * 60_000 : Number.NEGATIVE_INFINITY;
      const mail = announcementMail(assignment, [named], { id: options.newId(), to, inboxUrl: options.inboxUrl });
      return { mail, dueAt: new Date(Math.max(windowEnd, now)), replaces: null };
    },
  };
}

/**
 * What becomes of a gathered announcement when applications it names are erased or removed by
 * retention (backend/ports.ts `Ungathering`): every application that stays is still announced
 * to the contact (the contract), and a removed one is named in no mail that is still to go out.
 * - sent, or nobody left: the mail goes;
 * - still open (never leased): written anew, without them, due when it was;
 * - leased or failing (its text is a worker's, may be sent as it is): it goes, and a new mail
 *   names the others, due at once (`now`).
 * A mail being sent at that very moment may still reach the contact with the removed name; the
 * others then get a second mail.
 */
export function withoutRemoved(options: { inboxUrl: string | null; newId: () => string; now: Date }): Ungathering {
  return {
    names: ANNOUNCED_NAMES,
    compose(gathered) {
      if (gathered.sent || !gathered.total || !gathered.assignment) return null;
      const { assignment } = gathered;
      // The contact as the assignment has it now, greeted by name only if it is still this address.
      const contact = assignment.contact?.email?.trim().toLowerCase() === gathered.to.trim().toLowerCase() ? assignment.contact : null;
      const id = gathered.open ? gathered.id : options.newId();
      const mail = announcementMail({ ...assignment, contact }, gathered.applications, { id, to: gathered.to, inboxUrl: options.inboxUrl, total: gathered.total });
      return gathered.open ? { mail, dueAt: gathered.dueAt, replaces: gathered.id } : { mail, dueAt: options.now, replaces: null };
    },
  };
}

/**
 * The mail to the assignment's contact about `total` applications (all of `applications` when
 * not given), of which `applications` are the oldest, oldest first (at least the first
 * {@link ANNOUNCED_NAMES} of them): one as it was always written, several gathered
 * ({@link announcement}) with the first moment, the names and a count of the rest.
 * Dutch whatever language the applicants used. A name is the applicant's own text: one that
 * reads as a link is "een sollicitant" (the inbox shows it). Never an address, a motivation or a
 * CV's name: the poster signs in to the inbox to read the rest.
 */
export function announcementMail(
  assignment: Pick<StoredAssignment, 'id' | 'title' | 'contact'>,
  applications: readonly GatheredApplication[],
  options: { id: string; to: string; inboxUrl: string | null; total?: number },
): MailMessage {
  const [first] = applications;
  const total = options.total ?? applications.length;
  const name = (application: GatheredApplication) => (linkLikeName(application.name) ? 'een sollicitant' : application.name);
  const link = inboxLink(options.inboxUrl, assignment.id);
  const hello = `Goedendag${assignment.contact?.name ? ` ${assignment.contact.name}` : ''},`;
  const since = dateTime.nl.format(new Date(first.receivedAt));
  const mail = { id: options.id, to: options.to, reference: first.id };
  if (total === 1) {
    return {
      ...mail,
      subject: `Nieuwe reactie op ${assignment.title}`,
      text: [
        hello,
        '',
        `Op ${since} reageerde ${name(first)} op de opdracht "${assignment.title}" (${assignment.id}).`,
        '',
        link ? `Lees de reactie${first.cv ? ' en het cv' : ''} in de inbox: ${link}` : 'Lees de reactie in de inbox van de opdrachtenbank.',
        '',
        'Deze e-mail noemt alleen de naam van wie reageerde; de rest van de reactie staat alleen in de inbox.',
      ].join('\n'),
    };
  }
  const others = total - ANNOUNCED_NAMES;
  return {
    ...mail,
    subject: `${total} nieuwe reacties op ${assignment.title}`,
    text: [
      hello,
      '',
      `Sinds ${since} reageerden ${total} sollicitanten op de opdracht "${assignment.title}" (${assignment.id}):`,
      '',
      ...applications.slice(0, ANNOUNCED_NAMES).map((application) => `- ${name(application)}`),
      ...(others > 0 ? [`en ${others} ${others === 1 ? 'ander' : 'anderen'}`] : []),
      '',
      link ? `Lees de reacties in de inbox: ${link}` : 'Lees de reacties in de inbox van de opdrachtenbank.',
      '',
      'Deze e-mail noemt alleen de namen van wie reageerden; de rest van hun reacties staat alleen in de inbox.',
    ].join('\n'),
  };
}

/** The acknowledgement to the applicant, in their language (the form promises one). */
export function acknowledgementMail(assignment: StoredAssignment, application: ApplicationRecord, newId: () => string): MailMessage {
  const received = dateTime[application.lang].format(new Date(application.receivedAt));
  const en = application.lang === 'en';
  return {
    id: newId(),
    to: application.email,
    subject: en ? `We received your application for ${assignment.title}` : `Je reactie op ${assignment.title} is ontvangen`,
    text: (en
      ? [
          greeting(application.name, 'en'),
          '',
          `${assignment.organisation.name} received your application for "${assignment.title}" on ${received}.`,
          `Your reference number is ${application.id}. Please mention it when you get in touch about your application.`,
          '',
          `${assignment.organisation.name} reviews the applications after the closing date and lets you know by email.`,
        ]
      : [
          greeting(application.name, 'nl'),
          '',
          `${assignment.organisation.name} heeft op ${received} je reactie op "${assignment.title}" ontvangen.`,
          `Je ontvangstnummer is ${application.id}. Noem het als je contact opneemt over je reactie.`,
          '',
          `${assignment.organisation.name} bekijkt de reacties na de sluitingsdatum en laat je per e-mail weten hoe het verder gaat.`,
        ]
    ).join('\n'),
    reference: application.id,
  };
}

/**
 * "donderdag 10 december 2026, 08.30–10.30 uur" ("Thursday 10 December 2026, 08:30–10:30"), as
 * the widget writes it (src/i18n/session-time.ts): the end as a time on the same (Dutch) day,
 * else in full too.
 */
function sessionWhen(session: { startsAt: string; endsAt?: string }, lang: Lang): string {
  const start = new Date(session.startsAt);
  const at = (date: Date) => `${sessionDay(date, lang)}, ${clockTime(date, lang)}`;
  const hours = lang === 'nl' ? ' uur' : '';
  if (!session.endsAt) return `${at(start)}${hours}`;
  const end = new Date(session.endsAt);
  return sessionDay(start, lang) === sessionDay(end, lang) ? `${at(start)}–${clockTime(end, lang)}${hours}` : `${at(start)}${hours} – ${at(end)}${hours}`;
}

/**
 * The link in a registration mail that cancels it: the sessions page with the registration and
 * its secret, the session (so the page names it before the visitor confirms) and, for a place on
 * the waitlist, `list=waitlist` (so the page does not talk about giving up a seat).
 */
export function cancelLink(
  sessionsUrl: string | null,
  registrationId: string,
  token: string,
  about?: { sessionId: string; waitlisted: boolean },
): string | null {
  if (!sessionsUrl) return null;
  try {
    const url = new URL(sessionsUrl);
    url.searchParams.set('registration', registrationId);
    url.searchParams.set('token', token);
    if (about) {
      url.searchParams.set('session', about.sessionId);
      if (about.waitlisted) url.searchParams.set('list', 'waitlist');
    }
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Where a session is, as a mail tells it: the place, and the link to join online for a seat (the
 * widgets show it to no one else); the waitlist hears only that the session is online too, and
 * gets the link when a seat comes free.
 */
function whereLines(session: { place: string | null; onlineUrl?: string | null }, seat: boolean, lang: Lang): string[] {
  const en = lang === 'en';
  const onlineToo = !seat && !!session.onlineUrl;
  const where = session.place ? (onlineToo ? `${session.place}, ${en ? 'and online' : 'en online'}` : session.place) : onlineToo ? 'Online' : '';
  return [
    ...(where ? [`${en ? 'Where' : 'Waar'}: ${where}`] : []),
    ...(seat && session.onlineUrl ? [`${en ? 'Join online' : 'Online meedoen'}: ${session.onlineUrl}`] : []),
  ];
}

/**
 * The mail after signing up: a seat (with the cancel link, so a seat is given back in one
 * click), a place on the waitlist, or — after someone cancelled — a seat that came free.
 */
export function registrationMail(
  kind: 'registered' | 'waitlisted' | 'promoted',
  session: { title: string; startsAt: string; endsAt?: string; place: string | null; onlineUrl?: string | null; organisation: { name: string } },
  registration: { id: string; name: string; email: string; lang: Lang },
  options: { cancelUrl: string | null; newId: () => string },
): MailMessage {
  const en = registration.lang === 'en';
  const when = sessionWhen(session, registration.lang);
  // A seat gets the link to join online (whereLines).
  const seat = kind !== 'waitlisted';
  const subject = {
    registered: en ? `You are registered: ${session.title}` : `Je bent aangemeld: ${session.title}`,
    waitlisted: en ? `On the waitlist: ${session.title}` : `Op de wachtlijst: ${session.title}`,
    promoted: en ? `A seat came free: ${session.title}` : `Er is een plek vrijgekomen: ${session.title}`,
  }[kind];
  const opening = {
    registered: en ? `You are registered for "${session.title}" of ${session.organisation.name}.` : `Je bent aangemeld voor "${session.title}" van ${session.organisation.name}.`,
    waitlisted: en
      ? `"${session.title}" is full, so you are on the waitlist. If a seat comes free, it is yours and we let you know.`
      : `"${session.title}" zit vol, dus je staat op de wachtlijst. Komt er een plek vrij, dan is die voor jou en laten we het je weten.`,
    promoted: en ? `Someone cancelled: you now have a seat at "${session.title}".` : `Iemand heeft zich afgemeld: je hebt nu een plek bij "${session.title}".`,
  }[kind];
  const lines = [greeting(registration.name, registration.lang), '', opening, '', `${en ? 'When' : 'Wanneer'}: ${when}`, ...whereLines(session, seat, registration.lang)];
  if (options.cancelUrl) {
    lines.push(
      '',
      kind === 'waitlisted'
        ? en
          ? `No longer want to be on the waitlist? Give up your place on the waitlist here: ${options.cancelUrl}`
          : `Wil je niet meer op de wachtlijst staan? Geef hier je plek op de wachtlijst op: ${options.cancelUrl}`
        : en
          ? `Cannot make it? Cancel here, so someone else gets your seat: ${options.cancelUrl}`
          : `Kun je toch niet? Meld je hier af, dan gaat je plek naar een ander: ${options.cancelUrl}`,
    );
    if (kind === 'promoted') {
      lines.push(en ? 'The link in your waitlist mail no longer works: use this one.' : 'De link in je mail over de wachtlijst werkt niet meer: gebruik deze.');
    }
  }
  return { id: options.newId(), to: registration.email, subject, text: lines.join('\n'), reference: registration.id };
}

type ToldSession = { title: string; startsAt: string; endsAt?: string; place: string | null; onlineUrl?: string | null; organisation: { name: string } };

/**
 * What a poster changed of a session that someone holding a seat or a waitlist place must know:
 * its day or times, its place, or (for a seat, as only seats get it) the link to join online.
 * `null` when nothing they were told has changed. A link added or changed alone is said as such;
 * anything else names the session as it is now, and the time it had before when that moved.
 */
export function sessionChangeMail(
  before: ToldSession,
  after: ToldSession,
  registration: { id: string; name: string; email: string; lang: Lang; status: string },
  newId: () => string,
): MailMessage | null {
  const { lang } = registration;
  const en = lang === 'en';
  const seat = registration.status === 'registered';
  // The same moments, however written (an offset of +01:00 or Z); a missing end is no end.
  const at = (instant?: string) => (instant ? Date.parse(instant) : null);
  const moved = at(before.startsAt) !== at(after.startsAt) || at(before.endsAt) !== at(after.endsAt);
  const whereBefore = whereLines(before, seat, lang);
  const whereAfter = whereLines(after, seat, lang);
  const elsewhere = whereBefore.join('\n') !== whereAfter.join('\n');
  if (!moved && !elsewhere) return null;
  const when = sessionWhen(after, lang);
  const linkOnly = !moved && seat && !!after.onlineUrl && (before.place ?? null) === (after.place ?? null);
  if (linkOnly) {
    const lines = en
      ? [greeting(registration.name, 'en'), '', `You can join "${after.title}" of ${after.organisation.name} (${when}) online, with this link:`, '', after.onlineUrl!, '', 'A link in an earlier mail no longer counts.']
      : [greeting(registration.name, 'nl'), '', `Je kunt online meedoen aan "${after.title}" van ${after.organisation.name} (${when}), met deze link:`, '', after.onlineUrl!, '', 'Een link uit een eerdere mail geldt niet meer.'];
    return { id: newId(), to: registration.email, subject: en ? `Link to join online: ${after.title}` : `Link om online mee te doen: ${after.title}`, text: lines.join('\n'), reference: registration.id };
  }
  const yours = seat ? (en ? 'Your seat stays yours.' : 'Je plaats blijft van jou.') : en ? 'Your place on the waitlist stays yours.' : 'Je plek op de wachtlijst blijft van jou.';
  const lines = [
    greeting(registration.name, lang),
    '',
    en ? `${after.organisation.name} has changed "${after.title}". This is how it stands now:` : `${after.organisation.name} heeft "${after.title}" gewijzigd. Zo staat het er nu voor:`,
    '',
    `${en ? 'When' : 'Wanneer'}: ${when}`,
    ...(moved ? [`${en ? 'Before' : 'Eerst was het'}: ${sessionWhen(before, lang)}`] : []),
    ...whereAfter,
    '',
    yours,
    en
      ? 'Did you put the session in your calendar? Change it there too. Cannot make it now? Cancel with the link in the mail you had when you signed up, so someone else gets your place.'
      : 'Staat de sessie in je agenda? Pas haar daar ook aan. Kun je nu niet meer? Meld je af met de link in de mail die je bij het aanmelden kreeg, dan gaat je plek naar een ander.',
  ];
  return { id: newId(), to: registration.email, subject: en ? `Changed: ${after.title}` : `Gewijzigd: ${after.title}`, text: lines.join('\n'), reference: registration.id };
}

/** A session that was called off, to someone who held a seat or a waitlist place for it. */
export function cancelledSessionMail(
  session: { title: string; startsAt: string; endsAt?: string; organisation: { name: string } },
  registration: { id: string; name: string; email: string; lang: Lang; status: string },
  newId: () => string,
): MailMessage {
  const en = registration.lang === 'en';
  const when = sessionWhen(session, registration.lang);
  const place = registration.status === 'waitlisted' ? (en ? 'your place on the waitlist' : 'je plek op de wachtlijst') : en ? 'your registration' : 'je aanmelding';
  const lines = en
    ? [greeting(registration.name, 'en'), '', `"${session.title}" of ${session.organisation.name} (${when}) has been cancelled, and with it ${place}.`, '', 'You need not do anything. If you put it in your calendar, you can remove it.']
    : [greeting(registration.name, 'nl'), '', `"${session.title}" van ${session.organisation.name} (${when}) gaat niet door, en daarmee vervalt ${place}.`, '', 'Je hoeft niets te doen. Heb je de sessie in je agenda gezet, dan kun je haar daaruit halen.'];
  return { id: newId(), to: registration.email, subject: en ? `Cancelled: ${session.title}` : `Gaat niet door: ${session.title}`, text: lines.join('\n'), reference: registration.id };
}

/**
 * To the applicant, when a poster sets a status of `notifiedStatuses` and asks to tell them: the
 * outcome the acknowledgement promised to mail. Invited: the organisation will be in touch;
 * declined: thanks, and no. Never the poster's reasons (the inbox keeps none).
 */
export function statusMail(
  assignment: { title: string; organisation: { name: string }; contact?: { name: string; email: string | null } | null },
  application: { id: string; name: string; email: string; lang: Lang },
  status: 'uitgenodigd' | 'afgewezen',
  newId: () => string,
): MailMessage {
  const en = application.lang === 'en';
  const org = assignment.organisation.name;
  const contact = assignment.contact?.email ? `${assignment.contact.name} (${assignment.contact.email})` : null;
  const outcome =
    status === 'uitgenodigd'
      ? en
        ? [`${org} would like to talk with you about "${assignment.title}" and will contact you to make an appointment.`, ...(contact ? [`Questions meanwhile? Ask ${contact}.`] : [])]
        : [`${org} wil graag met je verder praten over "${assignment.title}" en neemt contact met je op voor een afspraak.`, ...(contact ? [`Vragen in de tussentijd? Stel ze aan ${contact}.`] : [])]
      : en
        ? [`Thank you for your application for "${assignment.title}". ${org} has decided not to continue with it.`]
        : [`Dank je wel voor je reactie op "${assignment.title}". ${org} heeft besloten er niet mee verder te gaan.`];
  const lines = [
    greeting(application.name, application.lang),
    '',
    ...outcome,
    '',
    en ? `Your reference number: ${application.id}.` : `Je ontvangstnummer: ${application.id}.`,
  ];
  const subject = en ? `Your application for ${assignment.title}` : `Je reactie op ${assignment.title}`;
  return { id: newId(), to: application.email, subject, text: lines.join('\n'), reference: application.id };
}
