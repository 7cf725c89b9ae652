/**
 * The application's two mails (backend/mail.ts): the contact's announcement is Dutch whatever
 * language the applicant used; the applicant's acknowledgement is in theirs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acknowledgementMail, announcement, cancelledSessionMail, registrationMail, sessionChangeMail, statusMail } from '../../backend/mail.js';
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
