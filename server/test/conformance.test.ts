/**
 * One conformance suite (test/conformance), two backends: this server (in process, through
 * `app.fetch`, with JWTs from the dev key) and the mock (`createMockBackend().handle`, with its
 * fixed test tokens). Both must answer the same requests with the same statuses and shapes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMockBackend, DEFAULT_BASE, mockTokens } from '../../mock/backend.js';
import { checks, differences, type Target, type Who } from '../../test/conformance/index.js';
import { BASE, createTestApp, type TestApp } from './helpers.js';

describe('reference server', () => {
  let server: TestApp;
  const tokens = new Map<Who, Promise<string>>();
  const target: Target = {
    fetch: (request) => server.app.fetch(request),
    baseUrl: BASE,
    tokenFor: (who) => {
      if (!tokens.has(who)) tokens.set(who, server.token(who === 'guest' ? null : who));
      return tokens.get(who)!;
    },
  };
  before(async () => {
    server = await createTestApp();
  });
  after(() => server.close());
  for (const check of checks) it(check.name, () => check.run(target));
});

describe('mock backend', () => {
  const backend = createMockBackend();
  const mockToken: Record<Who, string> = {
    'gem-steenbergen': mockTokens.steenbergen,
    'prov-noord-brabant': mockTokens.provincie,
    guest: mockTokens.guest,
  };
  const target: Target = {
    fetch: (request) => backend.handle(request),
    baseUrl: DEFAULT_BASE,
    tokenFor: (who) => mockToken[who],
  };
  for (const check of checks) it(check.name, () => check.run(target));
});

describe('server and mock, seeded alike, agree', () => {
  let server: TestApp;
  before(async () => {
    server = await createTestApp();
  });
  after(() => server.close());

  it('answers the same queries with the same bodies', async () => {
    const backend = createMockBackend();
    const mockToken: Record<Who, string> = {
      'gem-steenbergen': mockTokens.steenbergen,
      'prov-noord-brabant': mockTokens.provincie,
      guest: mockTokens.guest,
    };
    const found = await differences(
      { fetch: (request) => server.app.fetch(request), baseUrl: BASE, tokenFor: (who) => server.token(who === 'guest' ? null : who) },
      { fetch: (request) => backend.handle(request), baseUrl: DEFAULT_BASE, tokenFor: (who) => mockToken[who] },
    );
    assert.deepEqual(found, []);
  });
});
