/**
 * The whole chain as a visitor meets it: the demo page served (Vite in front of this server,
 * as `npm start` does), the board, the dialog, `apply-form`, the server, the database. One
 * application is submitted in Chromium; it is stored once, and a replay with the same
 * Idempotency-Key adds nothing.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { seedAssignments } from '../../seed/seed.js';
import { type Demo, startDemo } from './demo-harness.js';
import type { TestApp } from './helpers.js';

let demo: Demo;
let api: TestApp;
let browser: Browser;
let origin: string;
let pageUrl: string;
let caught: Demo['caught'];

before(async () => {
  demo = await startDemo();
  ({ api, browser, origin, caught } = demo);
  pageUrl = `${origin}/index.html`;
});

after(() => demo?.close());

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
  // The page says which backend answers, and hides what only the mock can do.
  await page.locator('[data-demo-backend]', { hasText: 'referentieserver' }).waitFor();
  assert.equal(await page.locator('[data-demo-mock-only]').isHidden(), true);
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

test('the English demo page shows the board, its dialog and the application form in English, the Dutch assignments marked as Dutch', { timeout: 90_000 }, async () => {
  const assignment = seedAssignments.find((a) => a.status === 'open' && a.visibility === 'public' && !a.applyUrl)!;
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/en.html`);
  await page.locator('[data-demo-backend]', { hasText: 'reference server' }).waitFor();
  assert.equal((await page.locator('label[for="theme-choice"]').innerText()).trim(), 'House style (demo):');
  const board = page.locator('assignment-list');
  await board.locator('[part="count"]', { hasText: /assignments? found/ }).waitFor({ timeout: 15_000 });
  await board.locator('input[name="q"]').fill(assignment.title);
  await board.locator('input[name="q"]').press('Enter');
  const title = board.locator('[part="card-title"] button', { hasText: assignment.title }).first();
  // The server translates its labels, not what organisations wrote: their words are marked Dutch (WCAG 3.1.2).
  assert.equal(await title.getAttribute('lang'), 'nl', 'the Dutch title is marked as Dutch');
  await title.click();
  const form = page.locator('apply-form');
  await form.locator('label[for="field-name"]', { hasText: 'Full name' }).waitFor({ timeout: 15_000 });
  assert.equal((await form.locator('[part="submit"]').innerText()).trim(), 'Send application');
  assert.deepEqual(errors, []);
  await page.close();
});

test('every demo page fits 320 px wide without scrolling sideways (WCAG 1.4.10), its widgets loaded', { timeout: 120_000 }, async () => {
  const pages = readdirSync(new URL('../../demo/', import.meta.url)).filter((name) => name.endsWith('.html'));
  assert.ok(pages.includes('configurator.html') && pages.length >= 8, pages.join());
  const wider: string[] = [];
  // Two pages at a time, as the stories are checked: most of a page's time here is the half
  // second without requests that `networkidle` waits for, not work.
  const queue = [...pages];
  await Promise.all(
    [1, 2].map(async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      for (let name = queue.shift(); name; name = queue.shift()) {
        await page.goto(`${origin}/${name}`);
        // Until the widgets have their data (or an error): a list or a preview shows its widest then.
        await page.waitForLoadState('networkidle');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wider.push(`${name}: ${width} px`);
      }
      await page.close();
    }),
  );
  assert.deepEqual(wider.sort(), []);
});

test("a feed entry's link (npm start's BOARD_URL, ?opdrachten-id=…) opens that assignment on the demo board", { timeout: 60_000 }, async () => {
  const assignment = seedAssignments.find((a) => a.status === 'open' && a.visibility === 'public')!;
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/index.html?opdrachten-id=${encodeURIComponent(assignment.id)}`);
  const title = page.locator('assignment-list [part="dialog"] #dialog-title');
  await title.waitFor({ timeout: 15_000 });
  assert.equal((await title.innerText()).trim(), assignment.title);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the signed-in demo pages give the provider its token before Flexschil defines it, so no first request goes out without one', { timeout: 90_000 }, async () => {
  const late: string[] = [];
  for (const name of ['inbox.html', 'intranet.html', 'post.html', 'profiel.html', 'sessie-plannen.html']) {
    const page = await browser.newPage();
    // Records, when the provider's tag is defined, whether the page has set its getToken yet: read
    // once the definition is done (Flexschil sets a property the page set beforehand again right
    // after it, src/shared/define.ts), before any later script of the page could run.
    await page.addInitScript(() => {
      const define = customElements.define.bind(customElements);
      customElements.define = (tag, elementClass, options) => {
        define(tag, elementClass, options);
        if (tag === 'marketplace-provider') {
          const provider = document.querySelector('marketplace-provider') as (Element & { getToken?: unknown }) | null;
          queueMicrotask(() => {
            (window as unknown as { tokenFirst: boolean }).tokenFirst = typeof provider?.getToken === 'function';
          });
        }
      };
    });
    // The page's own script arrives late, as on a slow line: it must still run first.
    await page.route(`**/${name.replace('.html', '.ts')}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${origin}/${name}`);
    const first = await page.waitForFunction(() => (window as unknown as { tokenFirst?: boolean }).tokenFirst, null, { timeout: 15_000 }).catch(() => null);
    if (!first) late.push(name);
    await page.close();
  }
  assert.deepEqual(late, []);
});

test('the intranet page shows internal assignments with a minted token, and badges of fit', { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/intranet.html`);
  const [internal, fitting] = [page.locator('assignment-list').first(), page.locator('assignment-list#passend')];
  await internal.locator('[part="card"]').first().waitFor({ timeout: 15_000 });
  const badges = await internal.locator('[part="card"] .badge.internal').allInnerTexts();
  assert.ok(badges.length > 0 && badges.every((b) => b === 'Alleen voor medewerkers'), 'internal assignments, marked as such');
  await fitting.locator('match-badge [part="score"]').first().waitFor({ timeout: 15_000 });
  // Two boards on one page: a screen reader's list of landmarks tells their searches apart (`label`).
  for (const label of ['Alleen voor medewerkers', 'Opdrachten die bij jou passen']) {
    assert.equal(await page.getByRole('search', { name: `Zoek in opdrachten – ${label}`, exact: true }).count(), 1, label);
  }
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

test("an application sent through the board reaches the organisation's inbox: CV with its own name, status, CSV, two mails", { timeout: 150_000 }, async () => {
  // A public assignment of Gemeente Steenbergen (the demo inbox's organisation) that asks for a CV.
  const assignment = seedAssignments.find(
    (a) => a.organisation.id === 'gem-steenbergen' && a.visibility === 'public' && a.status === 'open' && a.requirements.cv && !a.applyUrl && !a.requirements.kvkNumber && !a.requirements.conditionsUrl,
  )!;
  assert.ok(assignment, 'the seed has such an assignment');
  const page = await browser.newPage({ acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Mail of the tests before this one is sent first: the catcher then holds only this test's.
  while ((await api.app.deliverMail()).sent > 0) {}
  caught.length = 0;

  await page.goto(pageUrl);
  const board = page.locator('assignment-list');
  await board.locator('input[name="q"]').fill(assignment.title);
  await board.locator('input[name="q"]').press('Enter');
  await board.locator('[part="card-title"] button', { hasText: assignment.title }).first().click();
  const form = page.locator('apply-form');
  await form.locator('input[name="name"]').fill('Zoë van den Berg');
  await form.locator('input[name="email"]').fill('zoe@voorbeeld.nl');
  await form.locator('textarea[name="motivation"]').fill('Ik werk al jaren aan precies dit soort vraagstukken, bij gemeenten in West-Brabant.');
  await form.locator('input[name="cv"]').setInputFiles({ name: 'Mijn cv – Zoë.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n% cv van Zoë\n') });
  await form.locator('input[name="consent"]').check();
  await form.locator('[part="submit"]').click();
  await form.locator('[part="success"]').waitFor({ timeout: 20_000 });

  // Two mails: the announcement to the assignment's contact, the acknowledgement to the applicant.
  assert.deepEqual(await api.app.deliverMail(), { sent: 2, failed: 0 });
  assert.deepEqual(caught.map((m) => m.to).sort(), [assignment.contact!.email!, 'zoe@voorbeeld.nl'].sort());

  await page.goto(`${origin}/inbox.html`);
  const inbox = page.locator('application-inbox');
  await inbox.locator('[part="assignment"] button', { hasText: assignment.title }).first().click();
  const row = inbox.locator('[part="row"]', { hasText: 'Zoë van den Berg' });
  await row.waitFor({ timeout: 20_000 });

  // The CSV, as HR opens it.
  const csvDownload = page.waitForEvent('download');
  await inbox.locator('[part="export"]').click();
  const csv = await csvDownload;
  // Named by what it holds, the assignment's title and its id: several downloads told apart.
  assert.ok(csv.suggestedFilename().startsWith(`reacties-${assignment.title.split(' ')[0].toLowerCase()}`), csv.suggestedFilename());
  assert.ok(csv.suggestedFilename().endsWith(`-${assignment.id}.csv`), csv.suggestedFilename());
  const csvText = (await import('node:fs/promises')).readFile(await csv.path(), 'utf8');
  const lines = (await csvText).replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(lines[0], 'Ontvangstnummer;Ontvangen;Status;Naam;E-mailadres;Telefoon;KvK-nummer;Akkoord inkoopvoorwaarden;Toestemming leidinggevende;Beschikbaar vanaf;Uren per week;Uurtarief (EUR);Profiel;Cv;Motivatie');
  assert.ok(lines.some((line) => line.includes(';Zoë van den Berg;zoe@voorbeeld.nl;') && line.includes('Mijn cv – Zoë.pdf')));

  // The application itself: the CV downloads under the applicant's own name; the status is set.
  await row.locator('button').first().click();
  const dialog = inbox.locator('[part="dialog"]');
  const cvDownload = page.waitForEvent('download');
  await dialog.locator('[part="cv"]').click();
  assert.equal((await cvDownload).suggestedFilename(), 'Mijn cv – Zoë.pdf');
  await dialog.locator('select[name="status"]').selectOption('uitgenodigd');
  await dialog.locator('[part="status-form"] button[type="submit"]').click();
  await page.waitForFunction(async () => true);
  for (let i = 0; i < 100; i++) {
    const row = await api.app.database.db.selectFrom('application').select('status').where('email', '=', 'zoe@voorbeeld.nl').executeTakeFirst();
    if (row?.status === 'uitgenodigd') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const stored = await api.app.database.db.selectFrom('application').select(['status', 'cv_name']).where('email', '=', 'zoe@voorbeeld.nl').executeTakeFirstOrThrow();
  assert.deepEqual(stored, { status: 'uitgenodigd', cv_name: 'Mijn cv – Zoë.pdf' });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the demo's page server never hands out the server's data or the tools (the database, the CVs)", { timeout: 60_000 }, async () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const probe = path.join(root, '.data', `probe-${process.pid}.txt`);
  await mkdir(path.dirname(probe), { recursive: true });
  await writeFile(probe, 'a CV');
  try {
    const fetched = await fetch(`${demo.origin}/@fs${probe}`);
    assert.equal(fetched.status, 403, await fetched.text());
    // What the pages do import from the checkout is still served.
    assert.equal((await fetch(`${demo.origin}/@fs${path.join(root, 'themes/utrecht.css')}`)).status, 200);
  } finally {
    await rm(probe, { force: true });
  }
});
