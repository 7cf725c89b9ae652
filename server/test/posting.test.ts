/**
 * The posting side on the reference server, beyond the conformance suite: the Atom feed
 * parsed as XML and checked against RFC 4287's required elements, and the database's own
 * guards (one profile per person under concurrent creates).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { createTestApp, type TestApp } from './helpers.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const ATOM = 'http://www.w3.org/2005/Atom';

describe('GET /assignments/feed', () => {
  it('is well-formed Atom 1.0 with every element RFC 4287 requires', async () => {
    const response = await t.request('/assignments/feed?q=adviseur');
    assert.equal(response.status, 200);
    const { window } = new JSDOM('');
    const doc = new window.DOMParser().parseFromString(await response.text(), 'application/xml');
    assert.equal(doc.getElementsByTagName('parsererror').length, 0, 'well-formed XML');
    const feed = doc.documentElement;
    assert.equal(feed.localName, 'feed');
    assert.equal(feed.namespaceURI, ATOM);
    const child = (parent: Element, name: string) => [...parent.children].filter((e) => e.localName === name && e.namespaceURI === ATOM);
    for (const name of ['id', 'title', 'updated']) assert.equal(child(feed, name).length, 1, `feed/${name} exactly once`);
    assert.equal(child(feed, 'link').filter((l) => l.getAttribute('rel') === 'self').length, 1, 'a self link');
    const entries = child(feed, 'entry');
    assert.ok(entries.length > 0 && entries.length <= 50);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated']) assert.equal(child(entry, name).length, 1, `entry/${name} exactly once`);
      assert.ok(child(entry, 'author').length || child(feed, 'author').length, 'an author');
      assert.ok(!Number.isNaN(Date.parse(child(entry, 'updated')[0]?.textContent ?? '')), 'updated is a date-time');
      assert.equal(child(entry, 'summary')[0]?.getAttribute('type'), 'text');
    }
    const dates = entries.map((e) => Date.parse(child(e, 'updated')[0]?.textContent ?? ''));
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a), 'newest first');
  });
});

describe('profiles', () => {
  it('one profile per person, also when two creates arrive at once', async () => {
    const token = await t.token({ sub: 'twice-at-once' });
    const body = JSON.stringify({ name: 'Twee Keer', headline: 'Tegelijk', kind: 'zzp', region: { value: 'zeeland' }, visibility: 'public' });
    const create = (key: string) =>
      t.request('/profiles', { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, Authorization: `Bearer ${token}` } });
    const statuses = (await Promise.all([create('k1'), create('k2'), create('k3')])).map((r) => r.status).sort();
    assert.deepEqual(statuses, [201, 409, 409]);
  });
});
