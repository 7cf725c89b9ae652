import { expect } from '@open-wc/testing';
import { decimalOf, typedNumber } from '../src/api/rules/amount.js';
import { dutchInstantOf, dutchWallClock, shownTwice } from '../src/api/rules/dutch-clock.js';
import { applicationCases, validApplication } from './conformance/application-cases.js';
import {
  applicationInput,
  checkApplication,
  checkAssignmentDraft,
  checkProfileDraft,
  hasControlCharacters,
  isCalendarDate,
  isClosed,
  isEmailAddress,
  isPhoneNumber,
  type Requirements,
} from '../src/api/rules/index.js';
import { checkSessionDraft } from '../src/api/rules/session-draft.js';

const none: Requirements = { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false };
const complete = {
  name: 'José Álvarez',
  email: 'josé@voorbeeld.nl',
  motivation: 'Ik heb tien jaar ervaring met precies dit soort projecten bij gemeenten.',
  consent: 'true',
};
const codes = (values: Record<string, string>, requirements = none) =>
  Object.fromEntries(checkApplication(values, requirements).map((issue) => [issue.name, issue.code]));

describe('contract rules (src/api/rules)', () => {
  it('e-mail: internationalised addresses are accepted, broken ones refused', () => {
    for (const ok of ['josé@voorbeeld.nl', 'info@gemeente-één.nl', 'a.b+c@sub.example.co.uk', 'ÅSA@例え.テスト'.replace('テスト', 'jp')]) {
      expect(isEmailAddress(ok), ok).to.be.true;
    }
    for (const bad of ['anne', 'anne@', '@example.nl', 'anne@example', 'an ne@example.nl', 'anne..b@example.nl', '.anne@example.nl', 'anne@-x.nl', `${'a'.repeat(65)}@example.nl`, 'a@b.c1', '"quoted"@example.nl']) {
      expect(isEmailAddress(bad), bad).to.be.false;
    }
  });

  it('phone: 8 to 15 digits with the separators people type', () => {
    for (const ok of ['06 12345678', '+31 (0)20 123 4567', '020-1234567', '+44 20 7946 0958']) expect(isPhoneNumber(ok), ok).to.be.true;
    for (const bad of ['123456', '06-1234', 'bel me', '+31 6 1234 5678 9012 34', '06\u000012345678']) expect(isPhoneNumber(bad), bad).to.be.false;
  });

  it('dates: real calendar dates in a sane range', () => {
    expect(isCalendarDate('2027-02-28')).to.be.true;
    expect(isCalendarDate('2028-02-29')).to.be.true;
    for (const bad of ['2026-02-30', '0000-01-01', '1899-12-31', '2200-01-01', '2026-1-5', 'morgen', '2026-02-30T00:00']) expect(isCalendarDate(bad), bad).to.be.false;
  });

  it('the clock in the Netherlands: summer and winter time, the hour it shows twice and the hour it skips', () => {
    expect(dutchInstantOf('2027-01-21', '08:30')).to.equal('2027-01-21T08:30:00+01:00');
    expect(dutchInstantOf('2027-07-01', '08:30')).to.equal('2027-07-01T08:30:00+02:00');
    // 31 October 2027: 02:30 comes twice; the first, in summer time (RFC 5545 §3.3.5, Temporal).
    expect(dutchInstantOf('2027-10-31', '02:30')).to.equal('2027-10-31T02:30:00+02:00');
    expect(dutchWallClock('2027-10-31T02:30:00+01:00')).to.deep.equal({ date: '2027-10-31', time: '02:30' });
    expect(['01:59', '02:00', '02:59', '03:00'].map((time) => shownTwice('2027-10-31', time))).to.deep.equal([false, true, true, false]);
    expect(shownTwice('2027-10-30', '02:30')).to.equal(false);
    // 28 March 2027: 02:30 never comes; what it reads as shows as another time.
    expect(dutchWallClock(dutchInstantOf('2027-03-28', '02:30')!)!.time).not.to.equal('02:30');
    expect(dutchInstantOf('2027-02-30', '08:30')).to.equal(null);
    expect(dutchInstantOf('2027-01-21', '24:00')).to.equal(null);
  });

  it('control characters are refused; line breaks only where text spans lines', () => {
    expect(hasControlCharacters('a\u0000b')).to.be.true;
    expect(hasControlCharacters('a\u007fb', { multiline: true })).to.be.true;
    expect(hasControlCharacters('regel 1\nregel 2')).to.be.true;
    expect(hasControlCharacters('regel 1\r\nregel 2\tmet tab', { multiline: true })).to.be.false;
  });

  it('an application: the cases the form, the mock and the server once disagreed on', () => {
    expect(codes(complete)).to.deep.equal({});
    expect(codes({ ...complete, phone: '123456' })).to.deep.equal({ phone: 'format' });
    expect(codes({ ...complete, rate: '1234567' })).to.deep.equal({ rate: 'range' });
    expect(codes({ ...complete, rate: '1000' })).to.deep.equal({});
    expect(codes({ ...complete, rate: '1500' })).to.deep.equal({ rate: 'range' });
    expect(codes({ ...complete, rate: '0' })).to.deep.equal({ rate: 'range' });
    expect(codes({ ...complete, rate: '85,505' })).to.deep.equal({ rate: 'format' });
    expect(codes({ ...complete, name: 'A\u0000' })).to.deep.equal({ name: 'control' });
    expect(codes({ ...complete, availableFrom: '0000-01-01', hoursPerWeek: '41' })).to.deep.equal({ availableFrom: 'format', hoursPerWeek: 'range' });
  });

  it('gives the verdicts the mock and the server give (test/conformance/application-cases.ts)', () => {
    for (const c of applicationCases) expect(codes({ ...validApplication, ...c.fields }), c.what).to.deep.equal(c.verdict);
  });

  it('requirements make fields required; every problem is listed at once', () => {
    const all: Requirements = { kvkNumber: true, cv: true, conditionsUrl: 'https://example.nl/voorwaarden', managerConsent: true };
    expect(codes({}, all)).to.deep.equal({
      name: 'required',
      email: 'required',
      kvkNumber: 'required',
      motivation: 'required',
      consent: 'required',
      acceptConditions: 'required',
      managerConsent: 'required',
    });
    expect(codes({ ...complete, kvkNumber: '1234 5678', acceptConditions: 'true', managerConsent: 'true' }, all)).to.deep.equal({});
  });

  it('normalises what is stored: KvK digits, a decimal point, numbers', () => {
    const input = applicationInput({ ...complete, kvkNumber: '12.34.56.78', rate: '€ 85,50', hoursPerWeek: ' 24 ', phone: '' });
    expect(input).to.include({ kvkNumber: '12345678', rate: 85.5, hoursPerWeek: 24, phone: null, acceptConditions: false });
  });

  it('an assignment past its closing date is closed, whatever its stored status', () => {
    expect(isClosed({ status: 'open', closingDate: '2026-11-30' }, '2026-12-01')).to.be.true;
    expect(isClosed({ status: 'open', closingDate: '2026-12-01' }, '2026-12-01')).to.be.false;
    expect(isClosed({ status: 'closed', closingDate: '2027-01-01' }, '2026-12-01')).to.be.true;
  });

  it("a rate has at most two decimals in a profile too, as in the application form ('12,345' reads as twelve thousand)", () => {
    const rateIssue = (amount: unknown) => {
      const checked = checkProfileDraft({ rate: { amount } });
      return checked.ok ? null : (checked.issues.find((issue) => issue.name === 'rate.amount')?.code ?? null);
    };
    expect(rateIssue(12.345)).to.equal('format');
    expect(rateIssue('12,345')).to.equal('format');
    expect(rateIssue(85.5)).to.be.null;
    expect(rateIssue('85,50')).to.be.null;
    expect(rateIssue(85)).to.be.null;
  });

  it('reads a typed number as people here write it, and never guesses between fifteen hundred and one and a half', () => {
    const read = (text: string) => decimalOf(text);
    expect(['85', '85,50', '85.50', '€ 85,50', 'EUR 85', '€\u00a085', '85,-', ' 85 '].map(read)).to.deep.equal(['85', '85.50', '85.50', '85.50', '85', '85', '85.00', '85']);
    expect(read('1.500,50'), 'dots that group thousands before a decimal comma').to.equal('1500.50');
    expect(read('12.345.678,9')).to.equal('12345678.9');
    expect(read('1.000,-')).to.equal('1000.00');
    expect(['1.500', '1,500', '85.505', '1.500.000', 'veel', '85 uur', '', '1e3', '-', ',', '€'].map(read), 'fifteen hundred or one and a half: no guess').to.deep.equal(
      [null, null, null, null, null, null, null, null, null, null, null],
    );
    // The JSON rules count a string's decimals as written, as the application form's rule does.
    const profileRate = (amount: unknown) => {
      const checked = checkProfileDraft({ rate: { amount } });
      return checked.ok ? null : (checked.issues.find((issue) => issue.name === 'rate.amount')?.code ?? null);
    };
    expect(['85.5000', '1,500', '1.500'].map(profileRate)).to.deep.equal(['format', 'format', 'format']);
    expect(['85,5', '€ 85,50', '85,-'].map(profileRate)).to.deep.equal([null, null, null]);
    expect(typedNumber('85,50')).to.equal(85.5);
    expect(typedNumber('1.500')).to.equal(null);
  });

  it('a rate is in euro per hour: another currency or unit is refused, never read as euro per hour; absent, it is EUR per hour', () => {
    const issues = (rate: Record<string, unknown>) => {
      const checked = checkProfileDraft({ rate: { amount: 85, ...rate } });
      return checked.ok ? [] : checked.issues.filter((issue) => issue.name.startsWith('rate.')).map((issue) => [issue.name, issue.code]);
    };
    expect(issues({ currency: 'USD', unit: 'day' })).to.deep.equal([
      ['rate.currency', 'format'],
      ['rate.unit', 'format'],
    ]);
    expect(issues({ currency: 'EUR', unit: 'hour' })).to.deep.equal([]);
    expect(issues({})).to.deep.equal([]);
  });

  it('hours a week and a rate have one range wherever they are written: an assignment, a profile, an application', () => {
    const issueOf = (checked: { ok: true } | { ok: false; issues: { name: string; code: string }[] }, name: string) =>
      checked.ok ? null : (checked.issues.find((issue) => issue.name === name)?.code ?? null);
    const assignment = (hours: number, rate: number) =>
      checkAssignmentDraft({ hoursPerWeek: { min: hours, max: hours }, rate: { min: rate, max: rate } }, { today: '2026-12-01', creating: true });
    const profile = (hours: number, rate: number) => checkProfileDraft({ availability: { hoursPerWeek: hours, from: '2027-01-01' }, rate: { amount: rate } });
    const application = (hours: number, rate: number) => codes({ ...complete, hoursPerWeek: String(hours), rate: String(rate) });
    const verdicts = (hours: number, rate: number) => [
      [issueOf(assignment(hours, rate), 'hoursPerWeek.min'), issueOf(assignment(hours, rate), 'rate.min')],
      [issueOf(profile(hours, rate), 'availability.hoursPerWeek'), issueOf(profile(hours, rate), 'rate.amount')],
      [application(hours, rate).hoursPerWeek ?? null, application(hours, rate).rate ?? null],
    ];
    expect(verdicts(40, 1000), 'the most of both').to.deep.equal([[null, null], [null, null], [null, null]]);
    expect(verdicts(1, 1), 'the least of both').to.deep.equal([[null, null], [null, null], [null, null]]);
    expect(verdicts(41, 1000.01), 'a week of more than 40 hours, more than 1,000 euro an hour').to.deep.equal([['range', 'range'], ['range', 'range'], ['range', 'range']]);
    expect(verdicts(0, 0), 'no hours, no rate').to.deep.equal([['range', 'range'], ['range', 'range'], ['range', 'range']]);
  });

  it('a swarm session starts in the future, and a change moves no start into the past but may leave one that passed', () => {
    const now = new Date('2027-01-20T12:00:00+01:00');
    const session = (startsAt: string) => ({
      title: 'Zwermsessie wijkteams',
      startsAt,
      endsAt: startsAt.replace('T09:30', 'T11:30'),
      place: 'Gemeentehuis',
      capacity: 10,
      signUpDeadline: startsAt.slice(0, 10),
    });
    const startIssue = (startsAt: string, options: { creating: boolean; storedStart?: string }) => {
      const checked = checkSessionDraft(session(startsAt), { now, ...options });
      return checked.ok ? null : (checked.issues.find((issue) => issue.name === 'startsAt')?.code ?? null);
    };
    expect(startIssue('2027-01-19T09:30:00+01:00', { creating: true }), 'a new one yesterday').to.equal('range');
    expect(startIssue('2027-01-21T09:30:00+01:00', { creating: true }), 'a new one tomorrow').to.equal(null);
    expect(startIssue('2026-01-19T09:30:00+01:00', { creating: false, storedStart: '2027-01-21T09:30:00+01:00' }), 'moved a year back').to.equal('range');
    expect(startIssue('2027-01-19T09:30:00+01:00', { creating: false, storedStart: '2027-01-19T08:30:00Z' }), 'one that passed, left where it was').to.equal(null);
    expect(startIssue('2027-01-28T09:30:00+01:00', { creating: false, storedStart: '2027-01-19T09:30:00+01:00' }), 'one that passed, moved ahead').to.equal(null);
  });
});
