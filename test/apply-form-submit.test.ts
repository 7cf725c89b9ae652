import { expect } from '@open-wc/testing';
import { FlexschilError, type ErrorKind } from '../src/api/errors.js';
import { describeError } from '../src/elements/apply-form/submit-controller.js';
import { type FieldName, fieldOrder } from '../src/elements/apply-form/validate.js';

const shown = new Set<FieldName>(fieldOrder.filter((f) => f !== 'kvkNumber'));
const error = (kind: ErrorKind, init: Partial<ConstructorParameters<typeof FlexschilError>[0]> = {}) =>
  new FlexschilError({ kind, status: 0, title: 'Whatever the backend calls it', ...init });

describe('apply-form: what a failed send means (describeError)', () => {
  it('gives every kind of failure its message, by kind and never by title', () => {
    const reasons: [ErrorKind, string][] = [
      ['no-endpoint', 'no-endpoint'],
      ['config', 'refused'],
      ['network', 'network'],
      ['timeout', 'timeout'],
      ['rate-limited', 'busy'],
      ['unavailable', 'busy'],
      ['unauthorized', 'auth'],
      ['forbidden', 'auth'],
      ['conflict', 'closed'],
      ['not-found', 'rejected'],
      ['rejected', 'rejected'],
      ['precondition-failed', 'rejected'],
      ['precondition-required', 'rejected'],
      ['invalid-input', 'rejected'],
      ['server', 'server'],
      ['invalid-response', 'server'],
      ['unexpected', 'server'],
    ];
    for (const [kind, reason] of reasons) {
      for (const title of ['No endpoint configured', 'Network error', 'Conflict']) {
        const verdict = describeError(error(kind, { title }), shown);
        expect(verdict.show, kind).to.equal('failure');
        if (verdict.show === 'failure') expect(verdict.failure.reason, `${kind} titled ${title}`).to.equal(reason);
      }
    }
  });

  it('puts the backend\'s invalidParams on the fields the form shows, the rest in the summary, and calls it definite', () => {
    const verdict = describeError(
      error('invalid-input', {
        status: 400,
        invalidParams: [
          { name: 'email', reason: 'Geen geldig e-mailadres' },
          { name: 'email', reason: 'Tweede melding' },
          { name: 'kvkNumber', reason: 'Niet getoond' },
          { name: 'profileId', reason: 'Onbekend profiel' },
        ],
      }),
      shown,
    );
    expect(verdict).to.deep.equal({
      show: 'fields',
      errors: { email: { code: 'server', reason: 'Geen geldig e-mailadres' } },
      general: ['Tweede melding', 'Niet getoond', 'Onbekend profiel'],
      definite: true,
    });
  });

  it('says a file too large belongs to the CV; only refusals that stored nothing are definite', () => {
    expect(describeError(error('too-large', { status: 413 }), shown)).to.deep.equal({ show: 'fields', errors: { cv: { code: 'fileSize' } }, general: [], definite: true });
    for (const kind of ['conflict', 'invalid-input'] as const) expect(describeError(error(kind), shown).definite, kind).to.be.true;
    for (const kind of ['network', 'timeout', 'server', 'config', 'rate-limited'] as const) expect(describeError(error(kind), shown).definite, kind).to.be.false;
  });

  it('shows the backend\'s own explanation only where it is one a person can read', () => {
    const rejected = describeError(error('rejected', { status: 405, detail: 'Aanmelden kan alleen via het portaal' }), shown);
    expect(rejected.show === 'failure' && rejected.failure.detail).to.equal('Aanmelden kan alleen via het portaal');
    // A 412 or 428 can only come from a backend outside the contract here (a create has no If-Match): a refusal like any other.
    for (const kind of ['precondition-failed', 'precondition-required'] as const) {
      const refused = describeError(error(kind, { detail: 'Stuur de versie mee' }), shown);
      expect(refused.show === 'failure' && refused.failure.detail, kind).to.equal('Stuur de versie mee');
    }
    const broken = describeError(error('invalid-response', { detail: 'body does not match the contract' }), shown);
    expect(broken.show === 'failure' && broken.failure.detail).to.equal('');
  });
});
