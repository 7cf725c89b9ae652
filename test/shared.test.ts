import { expect } from '@open-wc/testing';
import { contactLinks } from '../src/shared/contact.js';
import { clampLevel } from '../src/shared/headings.js';

describe('shared helpers', () => {
  it('makes a mailto: link only of a plain address, and a tel: link of a number with digits', () => {
    expect(contactLinks({ email: ' inkoop@example.nl ', phone: '+31 (0)20 123 4567' })).to.deep.equal({
      email: 'inkoop@example.nl',
      mailto: 'mailto:inkoop@example.nl',
      phone: '+31 (0)20 123 4567',
      tel: 'tel:+310201234567',
    });
    for (const email of ['x@y.nl?bcc=evil@z.nl', 'x@y.nl?subject=hoi', 'x@y.nl#a', 'x%0A@y.nl', 'javascript:alert(1)', 'a b@c.nl', 'a@b', '<a@b.nl>']) {
      expect(contactLinks({ email })?.mailto, email).to.be.null;
    }
    expect(contactLinks({ email: null, phone: 'geen' })).to.deep.include({ phone: 'geen', tel: null });
    expect(contactLinks({ email: ' ', phone: null })).to.be.null;
    expect(contactLinks(null)).to.be.null;
  });

  it('keeps heading levels between 1 and 6', () => {
    expect([0, 1, 3.7, 6, 9, Number.NaN].map(clampLevel)).to.deep.equal([2, 1, 3, 6, 6, 2]);
  });
});
