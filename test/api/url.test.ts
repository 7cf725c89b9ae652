import { expect } from '@open-wc/testing';
import { Profile, safeUrl } from '../../src/api/index.js';
import { makeProfile } from '../fixtures.js';

describe('safeUrl', () => {
  it('keeps http(s) links', () => {
    expect(safeUrl(' https://example.nl/cv.pdf ')).to.equal('https://example.nl/cv.pdf');
    expect(safeUrl('http://example.nl/')).to.equal('http://example.nl/');
  });

  it('drops every other scheme and anything that is not an absolute URL', () => {
    for (const value of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', '/relative', 'example.nl', '', null, undefined]) {
      expect(safeUrl(value), String(value)).to.equal(null);
      expect(safeUrl(value, { mailto: true }), String(value)).to.equal(null);
    }
  });

  it('keeps a mailto: link for one plain address, only where mailto: is allowed', () => {
    expect(safeUrl('mailto:a.backx@example.nl', { mailto: true })).to.equal('mailto:a.backx@example.nl');
    expect(safeUrl('MAILTO:info@gemeente-%C3%A9%C3%A9n.nl', { mailto: true })).to.equal('mailto:info@gemeente-één.nl');
    expect(safeUrl('mailto:a.backx@example.nl')).to.equal(null);
  });

  it('drops a mailto: link that adds headers, text or more recipients (issue 14)', () => {
    for (const value of [
      'mailto:?bcc=attacker@example.org&body=Stuur%20je%20wachtwoord',
      'mailto:a.backx@example.nl?bcc=attacker@example.org',
      'mailto:a.backx@example.nl?subject=Hallo',
      'mailto:a.backx@example.nl#fragment',
      'mailto:a.backx@example.nl,attacker@example.org',
      'mailto:a.backx@example.nl%3Fbcc=attacker@example.org',
      'mailto:',
      'mailto:not-an-address',
    ]) {
      expect(safeUrl(value, { mailto: true }), value).to.equal(null);
    }
  });

  it("reduces a profile's links to plain addresses when it is parsed", () => {
    const profile = Profile.parse(
      makeProfile({ links: { cv: 'mailto:?bcc=attacker@example.org&body=x', portfolio: 'mailto:a.backx@example.nl', linkedin: 'https://www.linkedin.com/in/abackx' } }),
    );
    expect(profile.links).to.deep.equal({ cv: null, portfolio: 'mailto:a.backx@example.nl', linkedin: 'https://www.linkedin.com/in/abackx' });
  });
});
