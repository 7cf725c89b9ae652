/** Bearer JWTs: configured keys (PEM, JWKS URL, shared secret), claims, and the dev token endpoint. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type CryptoKey, exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { createAuthenticator } from '../auth.js';
import type { Database } from '../db/database.js';
import { recordingLog } from './fixtures.js';
import { createTestApp, json, openTestDatabase, type TestApp } from './helpers.js';

const ISSUER = 'https://login.example.nl';
const AUDIENCE = 'flexschil';
const INTERNAL = '/assignments/a-2026-0103'; // internal to gem-steenbergen

let database: Database;
let privateKey: CryptoKey;
let pemApp: TestApp;

function sign(claims: Record<string, unknown>, key: CryptoKey | Uint8Array = privateKey, alg = 'RS256', options: { exp?: string; aud?: string; kid?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg, ...(options.kid ? { kid: options.kid } : {}) })
    .setIssuer(ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '5m')
    .sign(key);
}

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

before(async () => {
  // One database, several apps with different key configurations.
  database = await openTestDatabase();
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  pemApp = await createTestApp({
    database,
    dev: false,
    auth: { publicKey: await exportSPKI(pair.publicKey), issuer: ISSUER, audience: AUDIENCE },
  });
});
after(async () => {
  await pemApp.close();
  await database.close();
});

describe('a configured public key', () => {
  it('lets the org claim decide: own internal data 200, someone else’s 403', async () => {
    assert.equal((await pemApp.request(INTERNAL, bearer(await sign({ org: 'gem-steenbergen' })))).status, 200);
    assert.equal((await pemApp.request(INTERNAL, bearer(await sign({ org: 'gem-tilburg' })))).status, 403);
    assert.equal((await pemApp.request(INTERNAL, bearer(await sign({})))).status, 403, 'signed in without an organisation');
    assert.equal((await pemApp.request('/assignments?visibility=internal', bearer(await sign({})))).status, 403);
  });

  it('accepts the same token as a cookie session', async () => {
    const cookie = (token: string) => ({ headers: { Cookie: `flexschil-session=${token}` } });
    assert.equal((await pemApp.request(INTERNAL, cookie(await sign({ org: 'gem-steenbergen' })))).status, 200);
    assert.equal((await pemApp.request(INTERNAL, cookie(await sign({ org: 'gem-tilburg' })))).status, 403);
    assert.equal((await pemApp.request(INTERNAL, cookie('not-a-token'))).status, 401);
  });

  it('derives network membership from the organisation, unless the token says otherwise', async () => {
    const member = await json(await pemApp.request('/profiles?pageSize=100', bearer(await sign({ org: 'gem-tilburg' }))));
    assert.ok(member.items.some((p: { visibility: string }) => p.visibility === 'network'));
    const outsider = await json(await pemApp.request('/profiles?pageSize=100', bearer(await sign({ org: 'gem-elders' }))));
    assert.ok(!outsider.items.some((p: { visibility: string }) => p.visibility === 'network'));
    const invited = await json(await pemApp.request('/profiles?pageSize=100', bearer(await sign({ org: 'gem-elders', network: true }))));
    assert.ok(invited.items.some((p: { visibility: string }) => p.visibility === 'network'));
  });

  it('answers 401 to an expired, foreign, mis-addressed or malformed token, also on public data', async () => {
    const other = await generateKeyPair('RS256');
    const tokens = [
      await sign({ org: 'gem-steenbergen' }, privateKey, 'RS256', { exp: '-5m' }),
      await sign({ org: 'gem-steenbergen' }, other.privateKey),
      await sign({ org: 'gem-steenbergen' }, privateKey, 'RS256', { aud: 'another-app' }),
      'not.a.jwt',
    ];
    for (const token of tokens) {
      const response = await pemApp.request('/assignments', bearer(token));
      assert.equal(response.status, 401);
      assert.match(response.headers.get('WWW-Authenticate') ?? '', /invalid_token/);
    }
    assert.equal((await pemApp.request('/assignments', { headers: { Authorization: 'Basic dXNlcjpwdw==' } })).status, 401);
    const anonymous = await pemApp.request(INTERNAL);
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
  });

  it('has no dev token endpoint outside dev mode', async () => {
    assert.equal((await pemApp.request('/dev/token', { method: 'POST' })).status, 404);
  });
});

describe('a JWKS URL', () => {
  let idp: Server;
  let app: TestApp;
  let key: CryptoKey;
  before(async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    key = pair.privateKey;
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] });
    idp = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(jwks));
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    const { port } = idp.address() as AddressInfo;
    app = await createTestApp({ database, dev: false, auth: { jwksUrl: `http://127.0.0.1:${port}/jwks.json`, issuer: ISSUER } });
  });
  after(async () => {
    await app.close();
    idp.close();
  });

  it('verifies tokens with the provider’s keys', async () => {
    const token = await sign({ org: 'gem-steenbergen' }, key, 'ES256', { kid: 'k1' });
    assert.equal((await app.request(INTERNAL, bearer(token))).status, 200);
    assert.equal((await app.request(INTERNAL, bearer(await sign({ org: 'gem-steenbergen' })))).status, 401);
  });

  it('answers 503 with Retry-After, not "log in again", while the provider’s keys cannot be fetched, and logs why', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { lines, logger } = recordingLog();
    const down = await createTestApp({ database, dev: false, logger, auth: { jwksUrl: `http://127.0.0.1:${port}/jwks.json`, issuer: ISSUER } });
    try {
      const token = await sign({ org: 'gem-steenbergen' }, key, 'ES256', { kid: 'k1' });
      const answer = await down.request(INTERNAL, bearer(token));
      assert.equal(answer.status, 503);
      assert.ok(answer.headers.get('Retry-After'));
      assert.equal((await json(answer)).type, 'https://flexschil.nl/problems/unavailable');
      assert.ok(lines.some((line) => line.event === 'auth.keys-unavailable'), 'logged');
      assert.ok(!JSON.stringify(lines).includes(token), 'never the token');
    } finally {
      await down.close();
    }
  });
});

describe('the reason for a refusal', () => {
  it('is logged, without the token: an audience or issuer set differently shows as such', async () => {
    const { lines, logger } = recordingLog();
    const pair = await generateKeyPair('RS256', { extractable: true });
    const app = await createTestApp({ database, dev: false, logger, auth: { publicKey: await exportSPKI(pair.publicKey), issuer: ISSUER, audience: AUDIENCE } });
    try {
      const token = await sign({ org: 'gem-steenbergen' }, pair.privateKey, 'RS256', { aud: 'another-app' });
      assert.equal((await app.request('/assignments', bearer(token))).status, 401);
      assert.deepEqual(lines.filter((line) => line.event === 'auth.refused').map((line) => line.reasons), ['ERR_JWT_CLAIM_VALIDATION_FAILED(aud)']);
      assert.ok(!JSON.stringify(lines).includes(token), 'never the token');
    } finally {
      await app.close();
    }
  });
});

describe('JWT_PUBLIC_KEY', () => {
  it('that cannot be read stops the start naming the setting', async () => {
    await assert.rejects(createAuthenticator({ publicKey: 'garbage' }, false, async () => true), /^Error: JWT_PUBLIC_KEY: /);
  });

  it('takes the algorithm of an EC or Ed25519 PEM key from the key, without JWT_ALG', async () => {
    for (const alg of ['ES256', 'ES384', 'EdDSA'] as const) {
      const pair = await generateKeyPair(alg, { extractable: true });
      const auth = await createAuthenticator({ publicKey: await exportSPKI(pair.publicKey), issuer: ISSUER, audience: AUDIENCE }, false, async () => true);
      assert.equal((await auth.verify(await sign({ sub: 'anne' }, pair.privateKey, alg)))?.sub, 'anne', alg);
    }
  });
});

describe('a shared secret and the dev key', () => {
  let app: TestApp;
  const secret = 'a-long-shared-secret-for-hs256-tokens!';
  before(async () => {
    app = await createTestApp({ database, dev: true, auth: { secret } });
  });
  after(() => app.close());

  it('takes each token without a subject for a subject of its own, so one never owns what another made', async () => {
    const auth = await createAuthenticator({ secret }, false, async () => true);
    const key = new TextEncoder().encode(secret);
    const steenbergen = await sign({ org: 'gem-steenbergen' }, key, 'HS256');
    const breda = await sign({ org: 'gem-breda' }, key, 'HS256');
    const [a, again, b] = await Promise.all([steenbergen, steenbergen, breda].map((token) => auth.verify(token)));
    assert.ok(a && again && b);
    assert.equal(a.sub, again.sub, 'the same token, the same subject');
    assert.notEqual(a.sub, b.sub);
    assert.match(a.sub, /^token:[\w-]{22}$/);
    assert.equal((await auth.verify(await sign({ sub: 'anne', org: 'gem-breda' }, key, 'HS256')))?.sub, 'anne');
  });

  it('accepts HS256 tokens signed with the secret', async () => {
    const token = await sign({ org: 'gem-steenbergen' }, new TextEncoder().encode(secret), 'HS256');
    assert.equal((await app.request(INTERNAL, bearer(token))).status, 200);
  });

  it('mints short-lived dev tokens at POST /dev/token', async () => {
    const response = await app.request('/dev/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ org: 'gem-steenbergen' }),
    });
    assert.equal(response.status, 200);
    const { token, expiresIn } = await json(response);
    assert.ok(expiresIn <= 900);
    assert.equal((await app.request(INTERNAL, bearer(token))).status, 200);
    const guest = await json(await app.request('/dev/token', { method: 'POST' }));
    assert.equal((await app.request(INTERNAL, bearer(guest.token))).status, 403);
    const invalid = await app.request('/dev/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ org: 42 }),
    });
    assert.equal(invalid.status, 400);
  });
});
