import { expect } from '@open-wc/testing';
import { readDraft, removeDraft, sessionStore, writeDraft } from '../src/shared/session-draft.js';
import { blockSessionStorage } from './helpers.js';

/** A Storage in memory that fails like a full one on every write. */
function fullStorage(): Storage {
  const storage = {
    length: 0,
    clear: () => {},
    key: () => null,
    getItem: () => null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: () => {},
  };
  return storage;
}

describe('shared/session-draft (the one access to the tab’s drafts)', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps a draft as JSON under its key, and forgets it', () => {
    expect(writeDraft('flexschil:test:1', { values: { name: 'Anne' } })).to.be.true;
    expect(sessionStorage.getItem('flexschil:test:1')).to.equal('{"values":{"name":"Anne"}}');
    expect(readDraft('flexschil:test:1')).to.deep.equal({ values: { name: 'Anne' } });
    removeDraft('flexschil:test:1');
    expect(readDraft('flexschil:test:1')).to.be.null;
  });

  it('reads no item, an empty one and one that is not JSON as none', () => {
    expect(readDraft('flexschil:test:none')).to.be.null;
    sessionStorage.setItem('flexschil:test:1', '');
    expect(readDraft('flexschil:test:1')).to.be.null;
    sessionStorage.setItem('flexschil:test:1', '{not json');
    expect(readDraft('flexschil:test:1')).to.be.null;
  });

  it('does nothing, and throws nothing, where storage is blocked or full', () => {
    // Storage disabled for the origin (privacy settings, a sandboxed frame): the getter throws.
    const restore = blockSessionStorage();
    try {
      expect(sessionStore()).to.be.null;
      expect(readDraft('flexschil:test:1')).to.be.null;
      expect(writeDraft('flexschil:test:1', { values: {} })).to.be.false;
      removeDraft('flexschil:test:1');
    } finally {
      restore();
    }
    expect(writeDraft('flexschil:test:1', { values: {} }, fullStorage())).to.be.false;
    expect(writeDraft('flexschil:test:1', { values: {} }, null)).to.be.false;
    expect(readDraft('flexschil:test:1', null)).to.be.null;
    expect(sessionStorage.length).to.equal(0);
  });
});
