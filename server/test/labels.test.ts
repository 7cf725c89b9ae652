/**
 * The code lists' labels (backend/labels.ts): loaded from the store at most once per 30 s, and
 * made into a language's `Labels` once per load, not once per request.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Vocabulary } from '../../backend/labels.js';
import type { CodeEntry, Store } from '../../backend/ports.js';

const entries: CodeEntry[] = [
  { list: 'field', value: 'inkoop', position: 1, labels: { nl: 'Inkoop', en: 'Procurement' }, curated: true },
  { list: 'mode', value: 'remote', position: 1, labels: { nl: 'Op afstand', en: 'Remote' }, curated: true },
];

/** A store that answers `codes()` with `answer()` and counts the loads. */
function codeStore(answer: () => Promise<CodeEntry[]> = async () => entries) {
  const store = {
    loads: 0,
    codes: () => {
      store.loads++;
      return answer();
    },
  };
  return store as typeof store & Store;
}

describe('the code lists in a language', () => {
  it('loads once and makes each language labels once for every request that follows', async () => {
    const store = codeStore();
    const vocabulary = new Vocabulary(store, 30_000, () => 0);
    const [nl, again, en] = await Promise.all([vocabulary.labels('nl'), vocabulary.labels('nl'), vocabulary.labels('en')]);
    assert.equal(store.loads, 1);
    assert.equal(again, nl, 'the same labels for the next request in that language');
    assert.equal(nl.code('field', 'inkoop').label, 'Inkoop');
    assert.equal(en.code('field', 'inkoop').label, 'Procurement');
  });

  it('loads again after 30 seconds or when told to, and then makes new labels', async () => {
    let time = 0;
    const store = codeStore();
    const vocabulary = new Vocabulary(store, 30_000, () => time);
    const first = await vocabulary.labels('nl');
    time = 30_001;
    const later = await vocabulary.labels('nl');
    assert.equal(store.loads, 2);
    assert.notEqual(later, first);
    vocabulary.invalidate();
    assert.notEqual(await vocabulary.labels('nl'), later);
    assert.equal(store.loads, 3);
  });

  it('keeps no failed load: the next request tries again', async () => {
    let fail = true;
    const store = codeStore(async () => {
      if (fail) throw new Error('database down');
      return entries;
    });
    const vocabulary = new Vocabulary(store, 30_000, () => 0);
    await assert.rejects(vocabulary.labels('nl'), /database down/);
    fail = false;
    assert.equal((await vocabulary.labels('nl')).code('mode', 'remote').label, 'Op afstand');
    assert.equal(store.loads, 2);
  });
});
