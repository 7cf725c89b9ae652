/**
 * One conformance suite (test/conformance), two backends: this server (in process, through
 * `app.fetch`, with JWTs from the dev key) and the mock (`createMockBackend().handle`, with
 * tokens it mints for the same claims). Both must answer the same requests with the same
 * statuses and shapes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMockBackend, DEFAULT_BASE, mockToken } from '../../mock/backend.js';
import { checks, claimsOf, differences, type Target, type Who } from '../../test/conformance/index.js';
import type { TokenClaims } from '../../backend/ports.js';
import { BASE, createTestApp, type TestApp } from './helpers.js';

function serverTarget(server: () => TestApp): Target {
  const tokens = new Map<Who, Promise<string>>();
  return {
    fetch: (request) => server().app.fetch(request),
    baseUrl: BASE,
    tokenFor: (who) => {
      if (!tokens.has(who)) tokens.set(who, server().token(claimsOf(who) as TokenClaims));
      return tokens.get(who)!;
    },
  };
}

function mockTarget(): Target {
  const backend = createMockBackend();
  return { fetch: (request) => backend.handle(request), baseUrl: DEFAULT_BASE, tokenFor: (who) => mockToken(claimsOf(who) as TokenClaims) };
}

describe('reference server', () => {
  let server: TestApp;
  before(async () => {
    server = await createTestApp();
  });
  after(() => server.close());
  const target = serverTarget(() => server);
  for (const check of checks) it(check.name, () => check.run(target));
});

describe('mock backend', () => {
  const target = mockTarget();
  for (const check of checks) it(check.name, () => check.run(target));
});

describe('server and mock, seeded alike, agree', () => {
  let server: TestApp;
  before(async () => {
    server = await createTestApp();
  });
  after(() => server.close());

  it('answers the same queries with the same bodies', async () => {
    const found = await differences(serverTarget(() => server), mockTarget());
    assert.deepEqual(found, []);
  });
});
