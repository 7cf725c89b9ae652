/**
 * `GET /assignments?fields=summary` (contract 1.2, additive): list items without the description,
 * which stays in `GET /assignments/{id}`. Server and mock alike (one implementation, backend/).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMockBackend, DEFAULT_BASE } from '../../mock/backend.js';
import { createClient } from '../../src/api/index.js';
import { AssignmentPage } from '../../src/api/schemas.js';
import { createTestApp, json, type TestApp } from './helpers.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

describe('fields=summary', () => {
  it('leaves the description out of every item and nothing else', async () => {
    const full = await json(await t.request('/assignments?pageSize=30'));
    const response = await t.request('/assignments?pageSize=30&fields=summary');
    assert.equal(response.status, 200);
    const summary = await json(response);
    // Still a valid page for every client that parses the contract's schema.
    assert.ok(AssignmentPage.safeParse(summary).success);
    assert.ok(summary.items.length > 5);
    assert.deepEqual(
      summary,
      { ...full, items: full.items.map((item: { description: string }) => ({ ...item, description: '' })) },
    );
    // The seed's descriptions are short; a municipal CMS writes longer ones (bench/generate.ts: 42 % less).
    assert.ok(JSON.stringify(summary).length < JSON.stringify(full).length * 0.75, 'a third smaller at least');
  });

  it('keeps the description in GET /assignments/{id}', async () => {
    const page = await json(await t.request('/assignments?fields=summary&q=inkoopadviseur'));
    const item = page.items[0];
    assert.equal(item.description, '');
    const detail = await json(await t.request(`/assignments/${item.id}`));
    assert.match(detail.description, /<p>/);
  });

  it('is `full` by default and refuses other values', async () => {
    const response = await t.request('/assignments?fields=everything');
    assert.equal(response.status, 400);
    const problem = await json(response);
    assert.deepEqual(
      problem.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]),
      [['fields', 'enum']],
    );
  });

  it('answers the same in the mock', async () => {
    const mock = createMockBackend();
    const page = await (await mock.handle(new Request(`${DEFAULT_BASE}/assignments?fields=summary&pageSize=30`))).json();
    const server = await json(await t.request('/assignments?fields=summary&pageSize=30'));
    assert.deepEqual(
      page.items.map((a: { id: string; description: string }) => [a.id, a.description]),
      server.items.map((a: { id: string; description: string }) => [a.id, a.description]),
    );
  });

  it('is what a host script gets when it asks the client for it', async () => {
    const mock = createMockBackend();
    const client = createClient({ endpoint: DEFAULT_BASE, fetch: (input, init) => mock.handle(new Request(input, init)) });
    const page = await client.listAssignments({ fields: 'summary', pageSize: 30 });
    assert.ok(page.items.length > 1);
    assert.ok(page.items.every((a) => a.description === ''));
    const first = await client.getAssignment(page.items[0].id);
    assert.ok(first.description.length > 0);
  });
});
