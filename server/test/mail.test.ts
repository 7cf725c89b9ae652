/**
 * The application's two mails (backend/mail.ts): the contact's announcement is Dutch whatever
 * language the applicant used; the applicant's acknowledgement is in theirs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applicationMails } from '../../backend/mail.js';
import type { ApplicationRecord, StoredAssignment } from '../../backend/ports.js';

const assignment = {
  id: 'a-2026-0101',
  title: 'Projectleider informatievoorziening',
  organisation: { id: 'gem-steenbergen', name: 'Gemeente Steenbergen' },
  contact: { name: 'Pim Kroes', email: 'inkoop@example.nl', phone: null },
} as unknown as StoredAssignment;

const application = (lang: 'nl' | 'en'): ApplicationRecord => ({
  id: 'app-7kq4m2xd9p',
  assignmentId: assignment.id,
  status: 'received',
  receivedAt: '2026-12-02T15:15:00Z',
  name: 'Jane Doe',
  email: 'jane@example.nl',
  phone: null,
  kvkNumber: null,
  motivation: 'Motivation',
  availableFrom: null,
  hoursPerWeek: null,
  rate: null,
  profileId: null,
  cv: null,
  acceptConditions: true,
  managerConsent: false,
  lang,
  language: lang,
  applicant: null,
});

describe('the mails of an application', () => {
  it("writes the contact's mail in Dutch, its date too, when the applicant applied in English", () => {
    const [contact, applicant] = applicationMails(assignment, application('en'), { inboxUrl: null, newId: () => 'mail-1' });
    assert.equal(contact.to, 'inkoop@example.nl');
    assert.match(contact.text, /Op 2 december 2026 om 16:15 reageerde Jane Doe/);
    assert.equal(applicant.to, 'jane@example.nl');
    assert.match(applicant.text, /on 2 December 2026 at 16:15\./);
  });

  it('writes both in Dutch for a Dutch application', () => {
    const [contact, applicant] = applicationMails(assignment, application('nl'), { inboxUrl: null, newId: () => 'mail-1' });
    assert.match(contact.text, /Op 2 december 2026 om 16:15 reageerde/);
    assert.match(applicant.text, /heeft op 2 december 2026 om 16:15 je reactie/);
  });
});
