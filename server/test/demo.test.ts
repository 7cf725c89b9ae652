/**
 * The whole chain as a visitor meets it: the demo page served (Vite in front of this server,
 * as `npm start` does), the board, the dialog, `apply-form`, the server, the database. One
 * application is submitted in Chromium; it is stored once, and a replay with the same
 * Idempotency-Key adds nothing.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { seedAssignments } from '../../seed/seed.js';
// @ts-expect-error: a plain .mjs helper shared with the test runner config
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { createTestApp, type TestApp } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
let api: TestApp;
let server: ReturnType<typeof serve>;
let vite: ViteDevServer;
let browser: Browser;
let pageUrl: string;
let origin: string;

before(async () => {
  api = await createTestApp();
  server = await new Promise((resolve) => {
    const s = serve({ fetch: api.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vite = await createServer({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', proxy: { '/api': { target }, '/health': { target } } },
  });
  await vite.listen();
  origin = `http://127.0.0.1:${(vite.httpServer!.address() as AddressInfo).port}`;
  pageUrl = `${origin}/index.html`;
  browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await vite?.close();
  server?.close();
  await api?.close();
});

const storedFor = async (assignmentId: string) =>
  (await api.app.database.db.selectFrom('application').select('id').where('assignment_id', '=', assignmentId).execute()).length;

test('an application submitted on the demo page is stored once, and a replay adds nothing', { timeout: 90_000 }, async () => {
  const assignment = seedAssignments.find(
    (a) => a.status === 'open' && a.visibility === 'public' && !a.applyUrl && !a.requirements.cv && !a.requirements.managerConsent,
  )!;
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(pageUrl);
  const board = page.locator('assignment-list');
  await board.locator('input[name="q"]').fill(assignment.title);
  await board.locator('input[name="q"]').press('Enter');
  await board.locator('[part="card-title"] button', { hasText: assignment.title }).first().click();

  const form = page.locator('apply-form');
  await form.locator('input[name="name"]').fill('Jet de Vries');
  await form.locator('input[name="email"]').fill('jet.devries@example.nl');
  await form.locator('textarea[name="motivation"]').fill('Ik heb vijf jaar ervaring met precies dit soort opdrachten bij twee gemeenten in de regio.');
  if (assignment.requirements.kvkNumber) await form.locator('input[name="kvkNumber"]').fill('12345678');
  await form.locator('input[name="consent"]').check();
  if (assignment.requirements.conditionsUrl) await form.locator('input[name="acceptConditions"]').check();

  const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/assignments/${assignment.id}/applications`));
  await form.locator('[part="submit"]').click();
  const request = await posted;
  await form.locator('[part="success"]').waitFor({ timeout: 15_000 });
  assert.deepEqual(errors, []);
  assert.equal(await storedFor(assignment.id), 1);

  // The same request again, as a browser retrying after a lost answer would send it.
  const replay = await fetch(request.url(), {
    method: 'POST',
    headers: { 'Idempotency-Key': request.headers()['idempotency-key'], 'Content-Type': request.headers()['content-type'] },
    body: new Uint8Array(request.postDataBuffer()!),
  });
  assert.equal(replay.status, 201);
  const receipt = (await replay.json()) as { id: string };
  assert.match(await form.locator('[part="success"]').innerText(), new RegExp(receipt.id), 'the same receipt as shown');
  assert.equal(await storedFor(assignment.id), 1);
  await page.close();
});

test('the intranet page shows internal assignments with a minted token, and badges of fit', { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/intranet.html`);
  const [internal, fitting] = [page.locator('assignment-list').first(), page.locator('assignment-list#passend')];
  await internal.locator('[part="card"]').first().waitFor({ timeout: 15_000 });
  const badges = await internal.locator('[part="card"] .badge.internal').allInnerTexts();
  assert.ok(badges.length > 0 && badges.every((b) => b === 'Intern'), 'internal assignments, marked as such');
  await fitting.locator('match-badge [part="score"]').first().waitFor({ timeout: 15_000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the regional network page lists professionals, and more for a signed-in member', { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/netwerk.html`);
  const count = page.locator('profile-directory [part="count"]');
  await page.locator('profile-directory [part="card"]').first().waitFor({ timeout: 15_000 });
  const publicCount = Number((await count.innerText()).match(/\d+/)![0]);
  await page.locator('#member-toggle').click();
  await page.waitForFunction(
    (before) => Number(document.querySelector('profile-directory')?.shadowRoot?.querySelector('[part="count"]')?.textContent?.match(/\d+/)?.[0]) > before,
    publicCount,
    { timeout: 15_000 },
  );
  assert.deepEqual(errors, []);
  await page.close();
});
