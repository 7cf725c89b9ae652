/**
 * The application's two mails (backend/mail.ts): the contact's announcement is Dutch whatever
 * language the applicant used; the applicant's acknowledgement is in theirs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANNOUNCED_NAMES, APPLICATION_MAIL_GATHER_MINUTES, acknowledgementMail, announcement, announcementMail, cancelledSessionMail, registrationMail, sessionChangeMail, statusMail } from '../../backend/mail.js';
import type { ApplicationRecord, StoredAssignment } from '../../backend/ports.js';
import { applicationRecord } from './fixtures.js';

const assignment = {
  id: 'a-2026-0101',
  title: 'Projectleider informatievoorziening',
  organisation: { id: 'gem-steenbergen', name: 'Gemeente Steenbergen' },
  contact: { name: 'Pim Kroes', email: 'inkoop@example.nl', phone: null },
} as unknown as StoredAssignment;

const application = (lang: 'nl' | 'en', name = 'Jane Doe') => applicationRecord({ assignmentId: assignment.id, name, lang, language: lang });
/** The announcement and the acknowledgement of the first application to the assignment. */
const applicationMails = (record: ApplicationRecord) => [
  announcement(assignment, record, { inboxUrl: null, newId: () => 'mail-1' })!.compose(null).mail,
  acknowledgementMail(assignment, record, () => 'mail-2'),
];

describe('the mails of an application', () => {
  it("writes the contact's mail in Dutch, its date too, when the applicant applied in English", () => {
    const [contact, applicant] = applicationMails(application('en'));
    assert.equal(contact.to, 'inkoop@example.nl');
    assert.match(contact.text, /Op 2 december 2026 om 16:15 reageerde Jane Doe/);
    assert.equal(applicant.to, 'jane@example.nl');
    assert.match(applicant.text, /on 2 December 2026 at 16:15\./);
  });

  it('writes both in Dutch for a Dutch application', () => {
    const [contact, applicant] = applicationMails(application('nl'));
    assert.match(contact.text, /Op 2 december 2026 om 16:15 reageerde/);
    assert.match(applicant.text, /heeft op 2 december 2026 om 16:15 je reactie/);
  });
});

describe("the contact's announcement of applications", () => {
  const named = (i: number, name = `Sollicitant ${i}`) => ({ id: `app-${i}`, name, receivedAt: new Date(Date.parse('2026-12-02T15:15:00Z') + i * 60_000).toISOString(), cv: true });
  const mail = (count: number, inboxUrl: string | null = 'https://intranet.example.nl/inbox') =>
    announcementMail(assignment, Array.from({ length: count }, (_, i) => named(i + 1)), { id: 'mail-1', to: 'inkoop@example.nl', inboxUrl });
  const listed = (text: string) => text.split('\n').filter((line) => line.startsWith('- '));

  it('names one application as it always did', () => {
    const one = mail(1);
    assert.equal(one.subject, 'Nieuwe reactie op Projectleider informatievoorziening');
    assert.equal(
      one.text,
      [
        'Goedendag Pim Kroes,',
        '',
        'Op 2 december 2026 om 16:16 reageerde Sollicitant 1 op de opdracht "Projectleider informatievoorziening" (a-2026-0101).',
        '',
        'Lees de reactie en het cv in de inbox: https://intranet.example.nl/inbox?assignment=a-2026-0101',
        '',
        'Deze e-mail noemt alleen de naam van wie reageerde; de rest van de reactie staat alleen in de inbox.',
      ].join('\n'),
    );
    assert.equal(one.reference, 'app-1');
  });

  it('names several since the first, at most 20, and counts the others', () => {
    const two = mail(2, null);
    assert.equal(two.subject, '2 nieuwe reacties op Projectleider informatievoorziening');
    assert.equal(
      two.text,
      [
        'Goedendag Pim Kroes,',
        '',
        'Sinds 2 december 2026 om 16:16 reageerden 2 sollicitanten op de opdracht "Projectleider informatievoorziening" (a-2026-0101):',
        '',
        '- Sollicitant 1',
        '- Sollicitant 2',
        '',
        'Lees de reacties in de inbox van de opdrachtenbank.',
        '',
        'Deze e-mail noemt alleen de namen van wie reageerden; de rest van hun reacties staat alleen in de inbox.',
      ].join('\n'),
    );
    const twenty = mail(ANNOUNCED_NAMES);
    assert.equal(listed(twenty.text).length, 20);
    assert.doesNotMatch(twenty.text, /ander/);
    assert.match(mail(21).text, /\n- Sollicitant 20\nen 1 ander\n\nLees de reacties in de inbox: https:\/\/intranet\.example\.nl\/inbox\?assignment=a-2026-0101\n/);
    const many = mail(323);
    assert.equal(many.subject, '323 nieuwe reacties op Projectleider informatievoorziening');
    assert.deepEqual(listed(many.text), Array.from({ length: 20 }, (_, i) => `- Sollicitant ${i + 1}`));
    assert.match(many.text, /\nen 303 anderen\n/);
  });

  it('names an applicant whose name reads as a link "een sollicitant", in the list too', () => {
    const applications = [named(1, 'Jane Doe'), named(2, 'klant, betaal via https://betaal-hier.example'), named(3, 'J.P. de Vries-Ünal'), named(4, 'bel 0900-1234567')];
    const gathered = announcementMail(assignment, applications, { id: 'mail-1', to: 'inkoop@example.nl', inboxUrl: null });
    assert.deepEqual(listed(gathered.text), ['- Jane Doe', '- een sollicitant', '- J.P. de Vries-Ünal', '- een sollicitant']);
    assert.doesNotMatch(gathered.text, /betaal|0900/);
  });
});

describe('when the announcement goes', () => {
  const t0 = Date.parse('2026-12-02T15:15:00Z');
  const at = (minutes: number) => new Date(t0 + minutes * 60_000);
  const gathering = (minutes: number, name = 'Bert') =>
    announcement(assignment, applicationRecord({ id: `app-${minutes}`, name, receivedAt: at(minutes).toISOString() }), { inboxUrl: null, newId: () => 'mail-new' })!;
  const sent = (id: string, queued: number, due: number) => ({ id, queuedAt: at(queued), dueAt: at(due), open: false, applications: [], total: 0 });

  it('is at once for the first, and after a window without a mail', () => {
    assert.deepEqual(gathering(0).compose(null).dueAt, at(0));
    const after = gathering(APPLICATION_MAIL_GATHER_MINUTES).compose(sent('mail-0', 0, 0));
    assert.deepEqual([after.dueAt, after.replaces], [at(APPLICATION_MAIL_GATHER_MINUTES), null]);
  });

  it('waits for the end of the window of the last mail, sent, going out or about to', () => {
    for (const latest of [sent('mail-0', 0, 0), { ...sent('mail-0', 0, 0), open: true }]) {
      const write = gathering(1).compose(latest);
      assert.deepEqual([write.dueAt, write.replaces, write.mail.id], [at(APPLICATION_MAIL_GATHER_MINUTES), null, 'mail-new']);
    }
    // A gathered mail a worker took: the next one waits for the end of its window.
    const next = gathering(APPLICATION_MAIL_GATHER_MINUTES + 1).compose(sent('mail-1', 1, APPLICATION_MAIL_GATHER_MINUTES));
    assert.deepEqual([next.dueAt, next.replaces], [at(2 * APPLICATION_MAIL_GATHER_MINUTES), null]);
  });

  it('is added to the gathered mail that waits, which keeps its id and its time', () => {
    const waiting = { id: 'mail-1', queuedAt: at(1), dueAt: at(APPLICATION_MAIL_GATHER_MINUTES), open: true, applications: [{ id: 'app-1', name: 'Anne', receivedAt: at(1).toISOString(), cv: false }], total: 1 };
    const write = gathering(2, 'Bert').compose(waiting);
    assert.deepEqual([write.dueAt, write.replaces, write.mail.id, write.mail.reference], [at(APPLICATION_MAIL_GATHER_MINUTES), 'mail-1', 'mail-1', 'app-1']);
    assert.equal(write.mail.subject, '2 nieuwe reacties op Projectleider informatievoorziening');
    assert.match(write.mail.text, /\n- Anne\n- Bert\n/);
  });

  it('needs only the names it shows of a mail that waits, and counts the rest', () => {
    const gathering = (minutes: number) => announcement(assignment, applicationRecord({ id: `app-${minutes}`, name: `Sollicitant ${minutes}`, receivedAt: at(minutes).toISOString() }), { inboxUrl: null, newId: () => 'mail-new' })!;
    assert.equal(gathering(0).names, ANNOUNCED_NAMES);
    const shown = Array.from({ length: ANNOUNCED_NAMES }, (_, i) => ({ id: `app-${i + 1}`, name: `Sollicitant ${i + 1}`, receivedAt: at(i + 1).toISOString(), cv: false }));
    const waiting = { id: 'mail-1', queuedAt: at(1), dueAt: at(APPLICATION_MAIL_GATHER_MINUTES), open: true, applications: shown, total: 25 };
    const write = gathering(26).compose(waiting);
    // As the mail reads when handed all 26 (the test above of 323 applications).
    const all = [...shown, ...Array.from({ length: 6 }, (_, i) => ({ id: `app-${i + 21}`, name: `Sollicitant ${i + 21}`, receivedAt: at(i + 21).toISOString(), cv: false }))];
    assert.deepEqual(write.mail, announcementMail(assignment, all, { id: 'mail-1', to: 'inkoop@example.nl', inboxUrl: null }));
    assert.equal(write.mail.subject, '26 nieuwe reacties op Projectleider informatievoorziening');
    assert.match(write.mail.text, /\n- Sollicitant 20\nen 6 anderen\n/);
  });
});

describe('mails to an address a visitor typed', () => {
  // Nobody has confirmed the address: a "name" must not carry a line of someone's own choosing
  // from the organisation's server to anyone.
  const phishing = [
    'klant, uw betaling is mislukt. Betaal via https://betaal-hier.example',
    'klant, verifieer je account op www.gemeente-betalen.example',
    'klant, ga naar gemeente-steenbergen.betaal.example',
    'klant, bel ons direct op 0900-1234567',
    'klant, mail ons op hulp@betaal.example',
  ];
  const session = { title: 'Zwermsessie wijkaanpak', startsAt: '2026-12-10T13:00:00Z', endsAt: '2026-12-10T15:00:00Z', place: 'Stadhuis', organisation: { name: 'Gemeente Steenbergen' } };
  const mailsTo = (name: string, lang: 'nl' | 'en') => [
    applicationMails(application(lang, name))[1],
    statusMail(assignment, application(lang, name), 'afgewezen', () => 'mail-2'),
    registrationMail('registered', session, { id: 'reg-1', name, email: 'jane@example.nl', lang }, { cancelUrl: null, newId: () => 'mail-3' }),
    cancelledSessionMail(session, { id: 'reg-1', name, email: 'jane@example.nl', lang, status: 'registered' }, () => 'mail-4'),
  ];

  it('greets without the name when it holds a link, an address or a phone number', () => {
    for (const name of phishing) {
      for (const mail of mailsTo(name, 'nl')) {
        assert.ok(!mail.text.includes('klant'), `${mail.subject}: ${mail.text.split('\n')[0]}`);
        assert.match(mail.text, /^Goedendag,\n/);
      }
      for (const mail of mailsTo(name, 'en')) assert.match(mail.text, /^Hello,\n/);
    }
  });

  it("leaves such a name out of the contact's announcement too: a sollicitant, the inbox shows the name", () => {
    for (const name of phishing) {
      for (const lang of ['nl', 'en'] as const) {
        const [contact] = applicationMails(application(lang, name));
        assert.equal(contact.to, 'inkoop@example.nl');
        assert.ok(!contact.text.includes('klant'), contact.text.split('\n')[2]);
        assert.match(contact.text, /reageerde een sollicitant op de opdracht "Projectleider informatievoorziening"/);
      }
    }
    const [contact] = applicationMails(application('nl', 'J.P. de Vries-Ünal'));
    assert.match(contact.text, /reageerde J\.P\. de Vries-Ünal op de opdracht/);
  });

  it('greets people by their name, initials, titles and accents included', () => {
    for (const name of ['Jane Doe', 'J.P. de Vries-Ünal', "Ankie O'Neill", 'dr. ir. Bram van der Berg', 'Zoë Bakker 2']) {
      for (const mail of mailsTo(name, 'nl')) assert.ok(mail.text.startsWith(`Beste ${name},\n`), `${mail.subject}: ${mail.text.split('\n')[0]}`);
      for (const mail of mailsTo(name, 'en')) assert.ok(mail.text.startsWith(`Dear ${name},\n`));
    }
  });
});

describe('the mail of a session changed', () => {
  const session = {
    title: 'Zwermsessie wijkteams',
    startsAt: '2027-01-12T09:00:00+01:00',
    endsAt: '2027-01-12T11:00:00+01:00',
    place: 'Gemeentehuis',
    onlineUrl: 'https://teams.example.nl/zwerm',
    organisation: { name: 'Gemeente Steenbergen' },
  };
  const seat = { id: 'reg-1', name: 'Anne', email: 'anne@example.nl', lang: 'nl' as const, status: 'registered' };
  const waiting = { ...seat, id: 'reg-2', status: 'waitlisted' };
  const newId = () => 'mail-1';

  it('is not sent for the same moments written otherwise, nor for what nobody was told', () => {
    const same = { ...session, startsAt: '2027-01-12T08:00:00Z', endsAt: '2027-01-12T10:00:00Z', title: 'Zwermsessie wijkteams (met koffie)' };
    assert.equal(sessionChangeMail(session, same, seat, newId), null);
    // Without an end before and after: no end moved.
    const { endsAt: _a, ...open } = session;
    assert.equal(sessionChangeMail(open, { ...open }, seat, newId), null);
    // A new link is a seat's only: the waitlist is told nothing.
    assert.equal(sessionChangeMail(session, { ...session, onlineUrl: 'https://teams.example.nl/nieuw' }, waiting, newId), null);
  });

  it('names the time before when it moved, and the place now', () => {
    const moved = sessionChangeMail(session, { ...session, startsAt: '2027-01-19T14:00:00+01:00', endsAt: '2027-01-19T16:00:00+01:00', place: 'Raadhuis' }, waiting, newId)!;
    assert.equal(moved.subject, 'Gewijzigd: Zwermsessie wijkteams');
    assert.match(moved.text, /^Wanneer: dinsdag 19 januari 2027, 14\.00–16\.00 uur$/m);
    assert.match(moved.text, /^Eerst was het: dinsdag 12 januari 2027, 09\.00–11\.00 uur$/m);
    assert.match(moved.text, /^Waar: Raadhuis, en online$/m);
    assert.doesNotMatch(moved.text, /teams\.example/, 'the link is for a seat');
  });
});
