/**
 * JSON answers of 1 kB and more go out compressed to clients that accept it (brotli before gzip),
 * with `Vary: Accept-Encoding`; short answers and clients that do not ask get them as they are.
 */
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { negotiateEncoding } from '../../backend/http/respond.js';
import { createTestApp, type TestApp } from './helpers.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const PAGE = '/assignments?pageSize=30';

async function plain(path: string): Promise<unknown> {
  return (await t.request(path)).json();
}

describe('compression', () => {
  it('sends a page of assignments brotli-compressed to a browser that accepts it', async () => {
    const response = await t.request(PAGE, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Encoding'), 'br');
    assert.match(response.headers.get('Vary') ?? '', /Accept-Encoding/);
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = brotliDecompressSync(bytes).toString('utf8');
    assert.deepEqual(JSON.parse(text), await plain(PAGE));
    assert.ok(bytes.length < text.length / 4, `${bytes.length} bytes for ${text.length}`);
  });

  it('falls back to gzip when brotli is not accepted', async () => {
    for (const accept of ['gzip, deflate', 'br;q=0, gzip', 'gzip;q=1.0, br;q=0.5']) {
      const response = await t.request(PAGE, { headers: { 'Accept-Encoding': accept } });
      assert.equal(response.headers.get('Content-Encoding'), 'gzip', accept);
      assert.deepEqual(JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')), await plain(PAGE));
    }
  });

  it('sends it as it is to a client that does not ask, and says it could vary', async () => {
    for (const headers of [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'deflate' }] as Record<string, string>[]) {
      const response = await t.request(PAGE, { headers });
      assert.equal(response.headers.get('Content-Encoding'), null);
      assert.match(response.headers.get('Vary') ?? '', /Accept-Encoding/);
      assert.ok(Array.isArray(((await response.json()) as { items: unknown[] }).items));
    }
  });

  it('leaves short answers alone', async () => {
    const response = await t.request('/assignments?q=zzzzzzzz', { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Encoding'), null);
    assert.doesNotMatch(response.headers.get('Vary') ?? '', /Accept-Encoding/);
    assert.equal(((await response.json()) as { total: number }).total, 0);
  });

  it('compresses personal answers too, which stay uncacheable', async () => {
    const token = await t.token('gem-steenbergen');
    const response = await t.request('/assignments?visibility=all&pageSize=30', { headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'br' } });
    assert.equal(response.headers.get('Content-Encoding'), 'br');
    assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
  });

  it('keeps the ETag of a compressed answer valid for a revalidation', async () => {
    const first = await t.request(PAGE, { headers: { 'Accept-Encoding': 'br' } });
    const etag = first.headers.get('ETag') ?? '';
    const again = await t.request(PAGE, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.match(again.headers.get('Vary') ?? '', /Accept-Encoding/);
  });
});

describe('negotiateEncoding', () => {
  const cases: [string | undefined, string | null][] = [
    [undefined, null],
    ['', null],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, br', 'br'],
    ['BR;Q=0.8, GZIP', 'gzip'],
    ['*', 'br'],
    ['*;q=0', null],
    ['br;q=0, *', 'gzip'],
    ['identity', null],
  ];
  for (const [header, expected] of cases) {
    it(`${JSON.stringify(header)} → ${expected}`, () => assert.equal(negotiateEncoding(header), expected));
  }
});
