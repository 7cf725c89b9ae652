/**
 * The mails an application sends: an announcement to the assignment's contact, and an
 * acknowledgement to the applicant (the form promises one). Plain text, in Dutch — English
 * for an applicant who applied in English — with no CV and no motivation: the announcement
 * links to the inbox, where the poster signs in to read the rest.
 */
import type { ApplicationRecord, MailMessage, StoredAssignment } from './ports.js';
import type { Lang } from './text.js';

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

export function applicationMails(
  assignment: StoredAssignment,
  application: ApplicationRecord,
  options: { inboxUrl: string | null; newId: () => string },
): MailMessage[] {
  const mails: MailMessage[] = [];
  const received = dateTime[application.lang].format(new Date(application.receivedAt));
  const contact = assignment.contact?.email;
  if (contact) {
    const link = inboxLink(options.inboxUrl, assignment.id);
    mails.push({
      id: options.newId(),
      to: contact,
      subject: `Nieuwe reactie op ${assignment.title}`,
      text: [
        `Goedendag${assignment.contact?.name ? ` ${assignment.contact.name}` : ''},`,
        '',
        `Op ${received} reageerde ${application.name} op de opdracht "${assignment.title}" (${assignment.id}).`,
        '',
        link ? `Lees de reactie${application.cv ? ' en het cv' : ''} in de inbox: ${link}` : 'Lees de reactie in de inbox van de opdrachtenbank.',
        '',
        'Deze e-mail bevat geen persoonsgegevens uit de reactie zelf; die staan alleen in de inbox.',
      ].join('\n'),
      reference: application.id,
    });
  }
  const en = application.lang === 'en';
  mails.push({
    id: options.newId(),
    to: application.email,
    subject: en ? `We received your application for ${assignment.title}` : `Je reactie op ${assignment.title} is ontvangen`,
    text: (en
      ? [
          `Dear ${application.name},`,
          '',
          `${assignment.organisation.name} received your application for "${assignment.title}" on ${received}.`,
          `Your reference number is ${application.id}. Please mention it when you get in touch about your application.`,
          '',
          `${assignment.organisation.name} reviews the applications after the closing date and lets you know by email.`,
        ]
      : [
          `Beste ${application.name},`,
          '',
          `${assignment.organisation.name} heeft op ${received} je reactie op "${assignment.title}" ontvangen.`,
          `Je ontvangstnummer is ${application.id}. Noem het als je contact opneemt over je reactie.`,
          '',
          `${assignment.organisation.name} bekijkt de reacties na de sluitingsdatum en laat je per e-mail weten hoe het verder gaat.`,
        ]
    ).join('\n'),
    reference: application.id,
  });
  return mails;
}
