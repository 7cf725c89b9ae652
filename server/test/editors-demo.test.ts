/**
 * The other half of the marketplace in the demo, against the reference server (issue 13): a
 * poster of Gemeente Steenbergen posts on the intranet's "Klus plaatsen" page and the assignment
 * appears where its visibility says, with its description sanitised; a stale edit gets 412
 * without losing what was typed; another organisation's assignment cannot be changed; a
 * professional keeps a profile on "Mijn profiel" that the network's directory shows.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { seedAssignments } from '../../seed/seed.js';
import { type Demo, startDemo } from './demo-harness.js';

let demo: Demo;
before(async () => {
  demo = await startDemo();
});
after(() => demo?.close());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Fills the editor's required fields as a poster would, and a description pasted from a word processor. */
async function fillAssignment(page: Page, title: string, visibility: 'public' | 'internal') {
  const editor = page.locator('assignment-editor');
  await editor.locator('input[name="title"]').fill(title);
  await editor.locator('select[name="field"]').selectOption({ index: 1 });
  await editor.locator('input[name="location.place"]').fill('Steenbergen');
  await editor.locator('select[name="location.region"]').selectOption({ index: 1 });
  await editor.locator('input[name="location.mode"][value="hybride"], input[name="location.mode"]').first().check();
  await editor.locator('input[name="hoursPerWeek.min"]').fill('16');
  await editor.locator('input[name="closingDate"]').fill(inDays(30));
  await editor.locator('input[name="types"]').first().check();
  await editor.locator(`input[name="visibility"][value="${visibility}"]`).check();
  // Pasted HTML: what a word processor or a hostile clipboard hands over.
  await editor.locator('#f-description').evaluate((editable) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>Wij zoeken <b>iemand</b> voor de wijkteams.<img src="x" onerror="window.__xss = 1"><script>window.__xss = 2</script></p>');
    data.setData('text/plain', 'Wij zoeken iemand voor de wijkteams.');
    (editable as HTMLElement).focus();
    editable.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  });
}

async function post(page: Page, title: string, visibility: 'public' | 'internal'): Promise<string> {
  await page.goto(`${demo.origin}/post.html`);
  await page.locator('assignment-editor input[name="title"]').waitFor({ timeout: 20_000 });
  await fillAssignment(page, title, visibility);
  await page.locator('assignment-editor [part="submit"]').click();
  await page.locator('assignment-editor [part="saved"]').waitFor({ timeout: 20_000 });
  const row = await demo.api.app.database.db
    .selectFrom('assignment')
    .select(['id', 'visibility', 'organisation_id'])
    .where('title', '=', title)
    .executeTakeFirstOrThrow();
  assert.deepEqual({ visibility: row.visibility, organisation: row.organisation_id }, { visibility, organisation: 'gem-steenbergen' });
  return row.id;
}

/** The titles a board shows for a search. */
async function search(page: Page, board: ReturnType<Page['locator']>, q: string): Promise<string[]> {
  await board.locator('input[name="q"]').fill(q);
  await board.locator('input[name="q"]').press('Enter');
  await board.locator('[part="count"], [part="empty"]').first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(
    (el) => !el?.matches(':state(loading)'),
    await board.elementHandle(),
    { timeout: 15_000 },
  );
  return board.locator('[part="card-title"]').allInnerTexts();
}

test('a public assignment posted in the editor appears on the public board, its pasted description sanitised', { timeout: 120_000 }, async () => {
  const { page, errors } = await demo.page();
  const title = 'Kwartiermaker wijkteams Steenbergen';
  await post(page, title, 'public');

  await page.goto(`${demo.origin}/index.html`);
  const board = page.locator('assignment-list');
  assert.ok((await search(page, board, title)).includes(title), 'on the public board');
  await board.locator('[part="card-title"] button', { hasText: title }).click();
  const description = board.locator('dialog .description');
  await description.waitFor();
  assert.match(await description.innerText(), /Wij zoeken iemand voor de wijkteams\./);
  assert.equal(await description.locator('b, strong').count(), 1, 'the bold word kept');
  assert.equal(await description.locator('img, script').count(), 0, 'no image with a handler, no script');
  assert.equal(await page.evaluate(() => (window as { __xss?: number }).__xss), undefined);
  assert.deepEqual(errors, []);
  await page.close();
});

test('after posting, the address names the new assignment, so a reload opens it for editing', { timeout: 120_000 }, async () => {
  const { page, errors } = await demo.page();
  const title = 'Adviseur wijkaanpak Welberg';
  const id = await post(page, title, 'public');
  assert.equal(new URL(page.url()).searchParams.get('id'), id);
  await page.reload();
  const editor = page.locator('assignment-editor');
  await editor.locator('[part="submit"]', { hasText: 'Wijzigingen opslaan' }).waitFor({ timeout: 20_000 });
  assert.equal(await editor.locator('input[name="title"]').inputValue(), title);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an internal assignment appears only on the intranet board of its organisation', { timeout: 120_000 }, async () => {
  const { page, errors } = await demo.page();
  const title = 'Interne klus archiefinventarisatie';
  await post(page, title, 'internal');

  await page.goto(`${demo.origin}/index.html`);
  assert.deepEqual(await search(page, page.locator('assignment-list'), title), [], 'not on the public board');
  await page.goto(`${demo.origin}/intranet.html`);
  const internal = page.locator('assignment-list').first();
  assert.ok((await search(page, internal, title)).includes(title), 'on the intranet');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a stale edit gets 412 and keeps what the poster typed; the choice then saves', { timeout: 120_000 }, async () => {
  const first = await demo.page();
  const id = await post(first.page, 'Projectleider zaakgericht werken', 'public');

  // Two colleagues open the same assignment.
  const [mine, theirs] = [await demo.page(), await demo.page()];
  for (const { page } of [mine, theirs]) {
    await page.goto(`${demo.origin}/post.html?id=${id}`);
    await page.locator('assignment-editor input[name="title"]').waitFor({ timeout: 20_000 });
  }
  await theirs.page.locator('assignment-editor input[name="title"]').fill('Projectleider informatiebeheer');
  await theirs.page.locator('assignment-editor [part="submit"]').click();
  await theirs.page.locator('assignment-editor [part="saved"]').waitFor({ timeout: 20_000 });

  const editor = mine.page.locator('assignment-editor');
  await editor.locator('input[name="title"]').fill('Projectleider zaakgericht werken en archief');
  await editor.locator('[part="submit"]').click();
  const conflict = editor.locator('[part="conflict"]');
  await conflict.waitFor({ timeout: 20_000 });
  assert.match(await conflict.innerText(), /Projectleider informatiebeheer/);
  assert.equal(await editor.locator('input[name="title"]').inputValue(), 'Projectleider zaakgericht werken en archief', 'the typed title is kept');

  await editor.locator('[part="submit"]').click();
  await editor.locator('[part="saved"]').waitFor({ timeout: 20_000 });
  const stored = await demo.api.app.database.db.selectFrom('assignment').select('title').where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(stored.title, 'Projectleider zaakgericht werken en archief');
  assert.deepEqual([...first.errors, ...mine.errors, ...theirs.errors], []);
  for (const { page } of [first, mine, theirs]) await page.close();
});

test("another organisation's assignment cannot be changed from the editor, and the server refuses the write", { timeout: 60_000 }, async () => {
  const others = seedAssignments.find((a) => a.organisation.id !== 'gem-steenbergen' && a.visibility === 'public' && a.status === 'open')!;
  const { page, errors } = await demo.page();
  await page.goto(`${demo.origin}/post.html?id=${others.id}`);
  const hint = page.locator('assignment-editor [part~="sign-in"]');
  await hint.waitFor({ timeout: 20_000 });
  assert.match(await hint.innerText(), /van een andere organisatie/);
  assert.equal(await page.locator('assignment-editor [part="form"]').count(), 0);

  const token = await demo.api.token({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
  const answer = await demo.api.request(`/assignments/${others.id}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/merge-patch+json', 'If-Match': '"v1"' },
    body: JSON.stringify({ title: 'Overgenomen' }),
  });
  assert.equal(answer.status, 403);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a professional creates a profile on "Mijn profiel", the directory shows it, and its owner changes it', { timeout: 150_000 }, async () => {
  const { page, errors } = await demo.page();
  const name = 'Noor Wijnands';
  // The page signs in before Flexschil loads: no request of the editor goes out without the token.
  const anonymous: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/v1\/me\b/.test(request.url()) && !request.headers().authorization) anonymous.push(request.url());
  });
  await page.goto(`${demo.origin}/profiel.html`);
  const editor = page.locator('profile-editor');
  await editor.locator('input[name="name"]').waitFor({ timeout: 20_000 });
  assert.deepEqual(anonymous, [], 'requests for the own profile without the token');
  await editor.locator('input[name="name"]').fill(name);
  await editor.locator('input[name="headline"]').fill('Adviseur participatie');
  await editor.locator('input[name="kind"]').first().check();
  await editor.locator('select[name="region"]').selectOption({ index: 1 });
  await editor.locator('input[name="visibility"][value="public"]').check();
  await editor.locator('[part="submit"]').click();
  await editor.locator('[part="saved"]').waitFor({ timeout: 20_000 });

  const directory = async () => {
    await page.goto(`${demo.origin}/netwerk.html`);
    const list = page.locator('profile-directory');
    await list.locator('profile-card').first().waitFor({ timeout: 15_000 });
    await list.locator('input[name="q"]').fill(name);
    await list.locator('input[name="q"]').press('Enter');
    const card = list.locator('profile-card', { hasText: name });
    await card.waitFor({ timeout: 15_000 });
    return card.locator('.headline').innerText();
  };
  assert.match(await directory(), /Adviseur participatie/);

  // The owner comes back: the editor opens their profile as stored, and a change shows.
  await page.goto(`${demo.origin}/profiel.html`);
  await page.waitForFunction(() => {
    const input = document.querySelector('profile-editor')?.shadowRoot?.querySelector<HTMLInputElement>('input[name="headline"]');
    return input?.value === 'Adviseur participatie';
  }, undefined, { timeout: 20_000 });
  await editor.locator('input[name="headline"]').fill('Adviseur participatie en omgevingswet');
  await editor.locator('[part="submit"]').click();
  await editor.locator('[part="saved"]').waitFor({ timeout: 20_000 });
  const stored = await demo.api.app.database.db.selectFrom('profile').select('headline').where('name', '=', name).executeTakeFirstOrThrow();
  assert.equal(stored.headline, 'Adviseur participatie en omgevingswet');
  // The directory right after: the browser revalidates what it cached a moment ago.
  assert.match(await directory(), /Adviseur participatie en omgevingswet/);
  assert.deepEqual(errors, []);
  await page.close();
});
