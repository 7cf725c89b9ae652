/**
 * The inbox overview's orders (`GET /me/assignments?sort=`, an extension since 2026-12-05), on
 * both stores: this server's (PostgreSQL, or PGlite) and the mock's memory store. Each order
 * holds over the whole result, not per page, and an unknown one is a 400 that names `sort`.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createMockBackend, DEFAULT_BASE, mockToken } from '../../mock/backend.js';
import * as schemas from '../../src/api/schemas.js';
import { createTestApp, json, type TestApp } from './helpers.js';

const POSTER = { sub: 'poster-sort', org: 'gem-steenbergen', roles: ['poster'] };

/** A backend to ask, as a poster of Gemeente Steenbergen or anonymously. */
interface Target {
  request(path: string, init?: RequestInit): Promise<Response>;
  posterToken(): Promise<string>;
}

for (const [name, open] of [
  ['the reference server', serverTarget],
  ['the mock backend', mockTarget],
] as const) {
  describe(`GET /me/assignments?sort= on ${name}`, () => {
    let target: Target & { close(): Promise<void> };
    let auth: RequestInit;
    /** The assignments by id as the default order lists them: newest published first. */
    let newestFirst: schemas.InboxAssignment[];
    /** Three public open assignments: two new applications, one, and three no longer new. */
    let twoNew: string;
    let oneNew: string;
    let noneNew: string;

    const inbox = async (query: string) => {
      const response = await target.request(`/me/assignments?${query}`, auth);
      assert.equal(response.status, 200, await response.clone().text());
      return schemas.InboxPage.parse(await json(response));
    };
    /** Every page of `sort`, `pageSize` at a time, in order. */
    const allPages = async (sort: string, pageSize = 2) => {
      const first = await inbox(`sort=${sort}&pageSize=${pageSize}`);
      const items = [...first.items];
      for (let page = 2; (page - 1) * pageSize < first.total; page++) items.push(...(await inbox(`sort=${sort}&pageSize=${pageSize}&page=${page}`)).items);
      assert.equal(items.length, first.total);
      return items;
    };
    const ids = (items: schemas.InboxAssignment[]) => items.map((item) => item.assignment.id);

    async function apply(assignment: string, n: number) {
      const made: string[] = [];
      for (let i = 0; i < n; i++) {
        const form = new FormData();
        const fields = { name: `Sorteer Proef ${i}`, email: `proef-${randomUUID()}@example.nl`, kvkNumber: '12345678', consent: 'true', acceptConditions: 'true', managerConsent: 'true' };
        for (const [key, value] of Object.entries(fields)) form.append(key, value);
        form.append('motivation', 'Ik heb ruime ervaring met opdrachten als deze bij gemeenten in de regio.');
        form.append('cv', new Blob(['%PDF-1.7\n%cv\n'], { type: 'application/pdf' }), 'cv.pdf');
        const response = await target.request(`/assignments/${assignment}/applications`, { method: 'POST', body: form, headers: { 'Idempotency-Key': randomUUID() } });
        assert.equal(response.status, 201, await response.clone().text());
        made.push(((await response.json()) as { id: string }).id);
      }
      return made;
    }

    before(async () => {
      target = await open();
      auth = { headers: { Authorization: `Bearer ${await target.posterToken()}` } };
      const before = (await inbox('pageSize=100')).items;
      const candidates = before.filter((item) => item.assignment.visibility === 'public' && item.assignment.status === 'open' && item.applications.total === 0);
      assert.ok(candidates.length >= 3, 'three public open assignments without applications');
      // The older published get more new applications: ordered by them, they move up past the newer ones.
      [noneNew, oneNew, twoNew] = ids(candidates.slice(-3));
      await apply(twoNew, 2);
      await apply(oneNew, 1);
      // Read (no longer `received`): these count in the total, not as new.
      for (const id of await apply(noneNew, 3)) {
        const change = await target.request(`/applications/${id}`, {
          method: 'PATCH',
          headers: { ...(auth.headers as object), 'If-Match': '"v1"', 'Content-Type': 'application/merge-patch+json' },
          body: JSON.stringify({ status: 'in-behandeling' }),
        });
        assert.equal(change.status, 200, await change.clone().text());
      }
      // A second closed assignment, so the closed ones have an order of their own to hold.
      const toClose = before.find((item) => item.assignment.status === 'open' && ![twoNew, oneNew, noneNew].includes(item.assignment.id))?.assignment.id;
      assert.ok(toClose, 'a fourth open assignment');
      const closing = await target.request(`/assignments/${toClose}`, {
        method: 'PATCH',
        headers: { ...(auth.headers as object), 'If-Match': '*', 'Content-Type': 'application/merge-patch+json' },
        body: JSON.stringify({ status: 'closed' }),
      });
      assert.equal(closing.status, 200, await closing.clone().text());
      newestFirst = (await inbox('pageSize=100')).items;
    });
    after(() => target.close());

    it('lists newest published first without sort, and the same with sort=-publishedAt, page after page', async () => {
      const published = newestFirst.map((item) => Date.parse(item.assignment.publishedAt));
      assert.deepEqual(published, [...published].sort((a, b) => b - a));
      assert.deepEqual(ids(await allPages('-publishedAt')), ids(newestFirst));
    });

    it('lists most new applications first with sort=-new over the whole result; ties newest published first, then by title and id', async () => {
      const items = await allPages('-new');
      assert.deepEqual(ids(items).slice(0, 2), [twoNew, oneNew], 'the first page has the news, the older first for having more');
      assert.deepEqual(
        items.map((item) => item.applications),
        newestFirst.map((item) => item.applications).sort((a, b) => b.new - a.new),
        'by new applications, not by all of them',
      );
      // The rest, without new applications, keep the default order (a stable sort of it is the expected order).
      const expected = [...newestFirst].sort((a, b) => b.applications.new - a.applications.new);
      assert.deepEqual(ids(items), ids(expected));
      assert.ok(ids(items).indexOf(noneNew) > 1, 'three applications read are no news');
    });

    it('lists the open assignments closing soonest first with sort=closingDate, then the closed ones, most recently closed first, over the whole result', async () => {
      const items = await allPages('closingDate');
      const open = items.filter((item) => item.assignment.status === 'open');
      const closed = items.filter((item) => item.assignment.status === 'closed');
      assert.ok(open.length > 1 && closed.length > 1, `the seed has both: ${open.length} open, ${closed.length} closed`);
      // The overview holds closed assignments too: those that closed longest ago are no answer to "closing soonest".
      assert.deepEqual(ids(items), ids([...open, ...closed]), 'every open one before any closed one');
      const closing = (list: typeof items) => list.map((item) => item.assignment.closingDate);
      assert.deepEqual(closing(open), [...closing(open)].sort());
      assert.deepEqual(closing(closed), [...closing(closed)].sort().reverse());
      assert.deepEqual([...ids(items)].sort(), [...ids(newestFirst)].sort(), 'every assignment once');
    });

    it('refuses an unknown order with a 400 that names sort and says the orders it knows', async () => {
      const response = await target.request('/me/assignments?sort=-applications', auth);
      assert.equal(response.status, 400);
      assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
      const problem = (await response.json()) as { invalidParams?: { name: string; code: string; reason: string }[] };
      assert.deepEqual(
        problem.invalidParams?.map((p) => [p.name, p.code]),
        [['sort', 'enum']],
      );
      assert.match(problem.invalidParams?.[0]?.reason ?? '', /-publishedAt, -new, closingDate/);
    });
  });
}

async function serverTarget(): Promise<Target & { close(): Promise<void> }> {
  const t: TestApp = await createTestApp();
  return { request: (path, init) => t.request(path, init), posterToken: () => t.token(POSTER), close: () => t.close() };
}

async function mockTarget(): Promise<Target & { close(): Promise<void> }> {
  const backend = createMockBackend();
  return {
    request: (path, init) => backend.handle(new Request(`${DEFAULT_BASE}${path}`, init)),
    posterToken: async () => mockToken(POSTER),
    close: async () => {},
  };
}
