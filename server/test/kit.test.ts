/**
 * The conformance kit as a backend team runs it: against the reference server and the mock on
 * a real port, all rules pass; against a deliberately broken backend it fails with a report
 * that says which rule and which request.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { createMockBackend, DEFAULT_BASE } from '../../mock/backend.js';
import { runKit } from '../../test/conformance/kit.js';
import { createTestApp, type TestApp } from './helpers.js';

const run = promisify(execFile);

function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<{ url: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

describe('npx flexschil-conformance', () => {
  let app: TestApp;
  let server: { url: string; close: () => Promise<void> };
  before(async () => {
    app = await createTestApp();
    server = await listen((request) => app.app.fetch(request));
  });
  after(async () => {
    await server.close();
    await app.close();
  });

  it('passes against the reference server, with a token and --write, exit code 0', async () => {
    const token = await app.token('gem-steenbergen');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'test/conformance/cli.ts', `${server.url}/api/v1`, '--token', token, '--write']);
    assert.match(stdout, /^Flexschil conformance — http:\/\/127\.0\.0\.1:\d+\/api\/v1/);
    assert.match(stdout, /\d+ passed, 0 failed, 0 skipped/);
  });

  it('passes against the mock (read-only: the write checks are skipped and say why)', async () => {
    const backend = createMockBackend();
    const mock = await listen((request) => {
      const url = new URL(request.url);
      return backend.handle(new Request(`${DEFAULT_BASE.replace(/\/v1$/, '')}${url.pathname}${url.search}`, request));
    });
    try {
      const results = await runKit({ baseUrl: `${mock.url}/v1` });
      assert.deepEqual(results.filter((r) => r.outcome === 'fail'), []);
      assert.equal(results.find((r) => r.id === 'apply')?.reason, 'stores data: needs --write');
    } finally {
      await mock.close();
    }
  });

  it('fails against a broken backend with a clear report and exit code 1', async () => {
    // A backend that ignores filters, answers 200 to invalid parameters and HTML for unknown paths.
    const backend = createMockBackend();
    const broken = await listen(async (request) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/flexschil-conformance-no-such-path')) return new Response('<h1>Not found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } });
      for (const name of ['field', 'page', 'pageSize', 'mode', 'sort']) url.searchParams.delete(name);
      return backend.handle(new Request(`${DEFAULT_BASE.replace(/\/v1$/, '')}${url.pathname}${url.search}`, request));
    });
    try {
      const outcome = await run(process.execPath, ['--import', 'tsx', 'test/conformance/cli.ts', `${broken.url}/v1`]).catch((error) => error);
      assert.equal(outcome.code, 1);
      const report: string = outcome.stdout;
      assert.match(report, /FAIL {2}filters: /);
      assert.match(report, /why: field=[^:]+: total \d+, but the facet counted \d+/);
      assert.match(report, /request: GET http:\/\/127\.0\.0\.1:\d+\/v1\/assignments\?field=/);
      assert.match(report, /FAIL {2}invalid-params: /);
      assert.match(report, /FAIL {2}errors: .*\n {6}why: expected application\/problem\+json, got text\/html/);
      assert.match(report, /\d+ passed, [1-9]\d* failed/);
    } finally {
      await broken.close();
    }
  });
});
