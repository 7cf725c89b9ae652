import { expect } from '@open-wc/testing';
import { RATE_PER_HOUR } from '../src/api/rules/amount.js';
import { applicationIssueText } from '../src/i18n/application-errors.js';
import { clearDraft, draftKey, isBlank, loadDraft, saveDraft } from '../src/elements/apply-form/draft.js';
import {
  type ApplicationValues,
  characterCount,
  checkAll,
  checkField,
  checkFile,
  emptyValues,
  MAX_FILE_BYTES,
  normaliseKvk,
  normaliseRate,
  type Requirements,
  shownFields,
} from '../src/elements/apply-form/validate.js';

const none: Requirements = { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false };
const all: Requirements = { kvkNumber: true, cv: true, conditionsUrl: 'https://example.nl/voorwaarden', managerConsent: true };
const motivation = 'Ik heb tien jaar ervaring met precies dit soort projecten bij gemeenten.';

function valid(overrides: Partial<ApplicationValues> = {}): ApplicationValues {
  return { ...emptyValues(), name: 'Anne Backx', email: 'anne@example.nl', motivation, consent: true, ...overrides };
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const file = (name: string, content: Uint8Array<ArrayBuffer> | string, size?: number) => {
  const blob = size === undefined ? new Blob([content]) : new Blob([content, new Uint8Array(size - content.length)]);
  return new File([blob], name);
};
const zip = [0x50, 0x4b, 0x03, 0x04];
/** The head of an ODF package: local file header (30 bytes) then the "mimetype" entry. */
const odf = (mimetype: string) => bytes(zip, new Array(26).fill(0), 'mimetype', mimetype);

/** A Storage in memory, optionally failing like a full or blocked one. */
function memoryStorage({ failWrites = false, failReads = false } = {}): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => {
      if (failReads) throw new DOMException('blocked', 'SecurityError');
      return map.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('apply-form rules (pure)', () => {
  it('accepts a minimal valid application when nothing extra is required', () => {
    expect(checkAll(valid(), none, { chosen: false, problem: null })).to.deep.equal({});
  });

  it('name: required, 2..120 characters after trimming', () => {
    expect(checkField('name', valid({ name: '   ' }), none)).to.deep.include({ code: 'required' });
    expect(checkField('name', valid({ name: ' A ' }), none)).to.deep.include({ code: 'tooShort', count: 1 });
    expect(checkField('name', valid({ name: 'x'.repeat(121) }), none)).to.deep.include({ code: 'tooLong', count: 121 });
    expect(checkField('name', valid({ name: 'Jo' }), none)).to.be.null;
  });

  it('email: required and shaped like an address, loosely', () => {
    expect(checkField('email', valid({ email: '' }), none)).to.deep.include({ code: 'required' });
    for (const bad of ['anne', 'anne@', 'anne@example', 'an ne@example.nl', '@example.nl']) {
      expect(checkField('email', valid({ email: bad }), none), bad).to.deep.include({ code: 'format' });
    }
    for (const good of ['anne@example.nl', 'a.b+c@sub.example.co.uk', ' anne@example.nl ']) {
      expect(checkField('email', valid({ email: good }), none), good).to.be.null;
    }
  });

  it('phone: optional, but a number when given', () => {
    expect(checkField('phone', valid({ phone: '' }), none)).to.be.null;
    expect(checkField('phone', valid({ phone: '06 12345678' }), none)).to.be.null;
    expect(checkField('phone', valid({ phone: '+31 (0)20-123 4567' }), none)).to.be.null;
    expect(checkField('phone', valid({ phone: 'bel me' }), none)).to.deep.include({ code: 'format' });
    expect(checkField('phone', valid({ phone: '123' }), none)).to.deep.include({ code: 'format' });
  });

  it('KvK number: only when required; exactly 8 digits, spaces and dots allowed while typing', () => {
    expect(checkField('kvkNumber', valid(), none)).to.be.null;
    expect(checkField('kvkNumber', valid(), all)).to.deep.include({ code: 'required' });
    expect(checkField('kvkNumber', valid({ kvkNumber: '1234567' }), all)).to.deep.include({ code: 'format' });
    expect(checkField('kvkNumber', valid({ kvkNumber: '123456789' }), all)).to.deep.include({ code: 'format' });
    expect(checkField('kvkNumber', valid({ kvkNumber: '1234567a' }), all)).to.deep.include({ code: 'format' });
    expect(checkField('kvkNumber', valid({ kvkNumber: '1234 5678' }), all)).to.be.null;
    expect(normaliseKvk('12.34.56.78')).to.equal('12345678');
  });

  it('motivation: required, 50..5000 characters, counted as the backend counts them', () => {
    expect(checkField('motivation', valid({ motivation: '' }), none)).to.deep.include({ code: 'required' });
    expect(checkField('motivation', valid({ motivation: `  ${'x'.repeat(49)}\n\n` }), none)).to.deep.include({ code: 'tooShort', count: 49 });
    expect(checkField('motivation', valid({ motivation: 'x'.repeat(50) }), none)).to.be.null;
    expect(checkField('motivation', valid({ motivation: 'x'.repeat(5000) }), none)).to.be.null;
    expect(checkField('motivation', valid({ motivation: 'x'.repeat(5001) }), none)).to.deep.include({ code: 'tooLong', count: 5001 });
    expect(characterCount('  abc \n')).to.equal(3);
  });

  it('available from: optional, a real date', () => {
    expect(checkField('availableFrom', valid({ availableFrom: '2027-01-15' }), none)).to.be.null;
    expect(checkField('availableFrom', valid({ availableFrom: '2027-02-30' }), none)).to.deep.include({ code: 'format' });
    expect(checkField('availableFrom', valid({ availableFrom: '15-01-2027' }), none)).to.deep.include({ code: 'format' });
  });

  it('hours per week: optional whole number 1..40', () => {
    expect(checkField('hoursPerWeek', valid({ hoursPerWeek: '24' }), none)).to.be.null;
    expect(checkField('hoursPerWeek', valid({ hoursPerWeek: '0' }), none)).to.deep.include({ code: 'range' });
    expect(checkField('hoursPerWeek', valid({ hoursPerWeek: '41' }), none)).to.deep.include({ code: 'range' });
    expect(checkField('hoursPerWeek', valid({ hoursPerWeek: '2,5' }), none)).to.deep.include({ code: 'format' });
  });

  it('rate: optional amount in Dutch or English notation, sent as a plain decimal', () => {
    expect(normaliseRate('85')).to.equal('85');
    expect(normaliseRate('85,50')).to.equal('85.50');
    expect(normaliseRate('€ 92.5')).to.equal('92.5');
    expect(normaliseRate('veel')).to.be.null;
    expect(normaliseRate('85,505')).to.be.null;
    expect(checkField('rate', valid({ rate: 'veel' }), none)).to.deep.include({ code: 'format' });
  });

  it('rate: out of range, the message names the range the rules hold (the backend answers with the same words)', () => {
    const issue = { name: 'rate', ...checkField('rate', valid({ rate: '1500' }), none)! };
    expect(issue.code).to.equal('range');
    expect(applicationIssueText(issue, 'nl')).to.equal(`Vul een uurtarief in van € ${RATE_PER_HOUR.min} tot en met € ${RATE_PER_HOUR.max}`);
    expect(applicationIssueText(issue, 'en')).to.equal(`Enter an hourly rate from € ${RATE_PER_HOUR.min} to € ${RATE_PER_HOUR.max}`);
    expect(checkField('rate', valid({ rate: String(RATE_PER_HOUR.max) }), none)).to.equal(null);
  });

  it('consents: privacy always; conditions and manager consent only when required', () => {
    expect(checkField('consent', valid({ consent: false }), none)).to.deep.include({ code: 'required' });
    expect(checkField('acceptConditions', valid(), none)).to.be.null;
    expect(checkField('acceptConditions', valid(), all)).to.deep.include({ code: 'required' });
    expect(checkField('managerConsent', valid(), none)).to.be.null;
    expect(checkField('managerConsent', valid(), all)).to.deep.include({ code: 'required' });
  });

  it('lists every problem at once, in the order of the form, and only for shown fields', () => {
    const problems = checkAll(emptyValues(), all, { chosen: false, problem: null });
    expect(Object.keys(problems)).to.deep.equal(['name', 'email', 'kvkNumber', 'motivation', 'cv', 'consent', 'acceptConditions', 'managerConsent']);
    expect(Object.keys(checkAll(emptyValues(), none, { chosen: false, problem: null }))).to.deep.equal(['name', 'email', 'motivation', 'consent']);
    expect(shownFields(none).has('kvkNumber')).to.be.false;
    expect(shownFields(all, { rate: false }).has('rate')).to.be.false;
    expect(checkAll(valid(), none, { chosen: true, problem: { code: 'fileSignature' } })).to.deep.equal({ cv: { code: 'fileSignature' } });
  });

  describe('the CV file', () => {
    it('accepts real PDF, DOCX and ODT files', async () => {
      expect(await checkFile(file('cv.pdf', bytes('%PDF-1.7\n')))).to.be.null;
      expect(await checkFile(file('CV.PDF', bytes('%PDF-1.4\n')))).to.be.null;
      expect(await checkFile(file('cv.docx', bytes(zip, '[Content_Types].xml')))).to.be.null;
      expect(await checkFile(file('cv.odt', odf('application/vnd.oasis.opendocument.text')))).to.be.null;
    });

    it('refuses a renamed executable, other extensions, an empty file and one over 5 MB', async () => {
      expect(await checkFile(file('cv.pdf', bytes('MZ', [0x90, 0, 3, 0])))).to.deep.include({ code: 'fileSignature' });
      expect(await checkFile(file('cv.docx', bytes('%PDF-1.7')))).to.deep.include({ code: 'fileSignature' });
      expect(await checkFile(file('cv.odt', odf('application/vnd.oasis.opendocument.spreadsheet')))).to.deep.include({ code: 'fileSignature' });
      expect(await checkFile(file('cv.exe', bytes('MZ')))).to.deep.include({ code: 'fileType' });
      expect(await checkFile(file('cv', bytes('%PDF-')))).to.deep.include({ code: 'fileType' });
      expect(await checkFile(file('cv.pdf', ''))).to.deep.include({ code: 'fileEmpty' });
      expect(await checkFile(file('cv.pdf', bytes('%PDF-1.7'), 6 * 1024 * 1024))).to.deep.include({ code: 'fileSize' });
      expect(await checkFile(file('cv.pdf', bytes('%PDF-1.7'), MAX_FILE_BYTES))).to.be.null;
    });
  });

  describe('the draft', () => {
    it('keeps values, the idempotency key with its language and the CV name per assignment, never the honeypot', () => {
      const storage = memoryStorage();
      const values = { ...valid({ kvkNumber: '12345678' }), website: 'spam' };
      expect(saveDraft('a-1', { values, idempotencyKey: 'key-1', language: 'nl', cvName: 'cv.pdf' }, storage)).to.be.true;
      const draft = loadDraft('a-1', storage)!;
      expect(draft.values.name).to.equal('Anne Backx');
      expect(draft.values.consent).to.be.true;
      expect(draft.idempotencyKey).to.equal('key-1');
      expect(draft.language).to.equal('nl');
      expect(draft.cvName).to.equal('cv.pdf');
      expect(storage.getItem(draftKey('a-1'))).not.to.contain('spam');
      expect(loadDraft('a-2', storage)).to.be.null;
      clearDraft('a-1', storage);
      expect(loadDraft('a-1', storage)).to.be.null;
    });

    it('ignores broken or foreign drafts and survives blocked or full storage', () => {
      const storage = memoryStorage();
      storage.setItem(draftKey('a-1'), '{not json');
      expect(loadDraft('a-1', storage)).to.be.null;
      storage.setItem(draftKey('a-1'), JSON.stringify({ values: { name: 42, email: 'x@y.nl', consent: 'yes', evil: '<script>' } }));
      const draft = loadDraft('a-1', storage)!;
      expect(draft.values.name).to.equal('');
      expect(draft.values.email).to.equal('x@y.nl');
      expect(draft.values.consent).to.be.false;
      expect(draft.values).not.to.have.property('evil');
      expect(isBlank(draft)).to.be.false;
      expect(saveDraft('a-1', draft, memoryStorage({ failWrites: true }))).to.be.false;
      expect(loadDraft('a-1', memoryStorage({ failReads: true }))).to.be.null;
      expect(saveDraft('a-1', draft, null)).to.be.false;
      expect(isBlank({ values: emptyValues(), idempotencyKey: 'k', language: 'en', cvName: null })).to.be.true;
    });

    it('reads a draft of the previous version, without the language of its key, and no language it does not speak', () => {
      const storage = memoryStorage();
      storage.setItem(draftKey('a-1'), JSON.stringify({ values: { name: 'Anne Backx' }, idempotencyKey: 'key-1', cvName: null }));
      expect(loadDraft('a-1', storage)).to.include({ idempotencyKey: 'key-1', language: null });
      storage.setItem(draftKey('a-1'), JSON.stringify({ values: {}, idempotencyKey: 'key-1', language: '<script>' }));
      expect(loadDraft('a-1', storage)!.language).to.be.null;
    });
  });
});
