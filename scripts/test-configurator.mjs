#!/usr/bin/env node
// The embed configurator's promise, tested as a web editor uses it (after `npm run build`; run with
// `node --import tsx`): on origin A (the marketplace: API, package files, configurator) pick a
// pre-filter, page size 3, the Utrecht theme and a privacy statement, copy the snippet, paste it
// into a plain page on origin B (another port), and see the board there — filtered, 3 per page, in
// Utrecht's style, with the privacy statement on its provider, without errors. Without a package
// address the snippet names this release on the CDN.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { getResponse } from 'msw';
import { chromium } from 'playwright-core';
import { createMockBackend } from '../mock/backend.ts';
import { createHandlers } from '../mock/handlers.ts';
import { chromeArgs, chromePath } from './chrome.mjs';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const privacyUrl = 'https://www.example.nl/privacy';
const fallbackUrl = 'https://www.example.nl/vacatures';
const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json' };
const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));

const configuratorJs = (
  await build({
    entryPoints: [join(root, 'demo/configurator.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
    target: 'es2022',
  })
).outputFiles[0].text;

const apiRequests = [];
let handlers = [];
// Lower case, as the mock's own headers: the same header twice ('*, *') is refused by browsers.
const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-expose-headers': '*' };
const serverA = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://a');
  if (url.pathname === '/health') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  if (url.pathname.startsWith('/api/v1/')) {
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    apiRequests.push(url);
    const request = new Request(new URL(req.url, originA), { method: req.method, headers: req.headers });
    const response = (await getResponse(handlers, request)) ?? new Response('not found', { status: 404 });
    res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors });
    return res.end(Buffer.from(await response.arrayBuffer()));
  }
  if (url.pathname === '/configurator.html') {
    const page = (await readFile(join(root, 'demo/configurator.html'), 'utf8')).replace('./configurator.ts', '/configurator.js');
    return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  }
  if (url.pathname === '/configurator.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(configuratorJs);
  const file = normalize(join(root, url.pathname === '/municipality.css' ? 'demo/municipality.css' : url.pathname));
  if (!['dist', 'themes', 'demo'].some((dir) => file.startsWith(join(root, dir)))) return res.writeHead(404).end();
  try {
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...cors }).end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
const originA = await listen(serverA);
handlers = createHandlers(createMockBackend(), `${originA}/api/v1`);

let pasted = '';
const serverB = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Werken bij</title></head><body><h1>Opdrachten</h1>\n${pasted}\n</body></html>`);
});
const originB = await listen(serverB);

const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
const problems = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error in the configurator: ${message.text()}`));
  await page.goto(`${originA}/configurator.html?endpoint=${encodeURIComponent(`${originA}/api/v1`)}&package=${encodeURIComponent(`${originA}/`)}`);
  // A web editor's choices.
  const field = page.locator('input[name="pre-field"]').first();
  await field.waitFor({ timeout: 20_000 });
  const fieldValue = await field.inputValue();
  await field.check();
  await page.getByLabel('Resultaten per pagina').fill('3');
  await page.getByLabel('Resultaten per pagina').dispatchEvent('change');
  await page.getByLabel('Huisstijl').selectOption('utrecht');
  // Only a full http(s) address becomes privacy-url; anything else is left out, and the field says so.
  const privacy = page.getByLabel('Privacyverklaring');
  await privacy.fill('javascript:alert(1)');
  await privacy.dispatchEvent('change');
  if ((await page.locator('#snippet').inputValue()).includes('privacy-url')) problems.push('a javascript: privacy statement went into the snippet');
  if (!(await page.locator('#privacy-url-error').isVisible())) problems.push('a javascript: privacy statement was left out without saying so');
  await privacy.fill(privacyUrl);
  await privacy.dispatchEvent('change');
  if (await page.locator('#privacy-url-error').isVisible()) problems.push(`the privacy statement ${privacyUrl} is called wrong`);
  // A page for visitors without the widget: a link inside the element.
  const fallback = page.getByLabel('Pagina voor wie de widget niet ziet');
  await fallback.fill('javascript:alert(1)');
  await fallback.dispatchEvent('change');
  if (!(await page.locator('#fallback-url-error').isVisible())) problems.push('a javascript: fallback page was left out without saying so');
  await fallback.fill(fallbackUrl);
  await fallback.dispatchEvent('change');
  const snippet = await page.locator('#snippet').inputValue();
  for (const expected of [`${originA}/dist/flexschil.js`, `${originA}/themes/utrecht.css`, `field="${fieldValue}"`, 'page-size="3"', `privacy-url="${privacyUrl}"`, `<a href="${fallbackUrl}">`]) {
    if (!snippet.includes(expected)) problems.push(`snippet lacks ${expected}:\n${snippet}`);
  }
  // The live preview shows the same.
  await page
    .waitForFunction(() => document.querySelector('#preview assignment-list')?.matches(':state(ready), :state(empty)'), null, { timeout: 20_000 })
    .catch(async () => problems.push(`preview: ${await page.evaluate(() => `${document.querySelector('#preview')?.innerHTML.slice(0, 300)} state=${document.querySelector('#preview assignment-list')?.getAttribute('data-state')} defined=${!!customElements.get('assignment-list')}`)}`));

  // Pasted into a plain page on another origin.
  pasted = snippet;
  apiRequests.length = 0;
  const plain = await browser.newPage();
  plain.on('pageerror', (error) => problems.push(`page error on the pasted page: ${error.message}`));
  plain.on('console', (message) => message.type() === 'error' && problems.push(`console error on the pasted page: ${message.text()}`));
  await plain.goto(`${originB}/`);
  await plain.waitForFunction(() => document.querySelector('assignment-list')?.matches(':state(ready), :state(empty), :state(error)'), null, { timeout: 20_000 });
  const result = await plain.evaluate(() => {
    const board = document.querySelector('assignment-list');
    return {
      state: board.getAttribute('data-state'),
      cards: board.shadowRoot.querySelectorAll('[part~="card"]').length,
      primary: getComputedStyle(board).getPropertyValue('--flexschil-color-primary').trim(),
      privacyUrl: document.querySelector('marketplace-provider')?.getAttribute('privacy-url'),
      fallbackShown: (board.querySelector('a')?.getClientRects().length ?? 0) > 0,
    };
  });
  if (result.fallbackShown) problems.push('the fallback link still shows beside the rendered board');
  if (result.privacyUrl !== privacyUrl) problems.push(`pasted provider's privacy-url is ${result.privacyUrl}, not ${privacyUrl}`);
  const lists = apiRequests.filter((u) => u.pathname.endsWith('/assignments'));
  if (result.state !== 'ready') problems.push(`pasted board is ${result.state}, not ready`);
  if (result.cards < 1 || result.cards > 3) problems.push(`pasted board shows ${result.cards} cards, expected 1–3`);
  if (result.primary !== 'hsl(211 60% 35%)') problems.push(`pasted board's primary colour is ${result.primary}, not Utrecht's`);
  if (!lists.length || !lists.every((u) => u.searchParams.get('pageSize') === '3' && u.searchParams.getAll('field').join(',').includes(fieldValue))) {
    problems.push(`requests from the pasted page: ${lists.map((u) => u.search).join(' ; ')}`);
  }

  // The same page where the widget's script does not come: the fallback link is what it shows.
  const blocked = await browser.newPage();
  await blocked.route('**/dist/flexschil.js', (route) => route.abort());
  await blocked.goto(`${originB}/`);
  const link = blocked.locator('assignment-list a');
  if (!(await link.isVisible()) || (await link.getAttribute('href')) !== fallbackUrl) problems.push('without the script, the pasted page does not show the fallback link');
  await blocked.close();

  // Every control of the configurator is at least 24 × 24 px (WCAG 2.2 SC 2.5.8).
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('#main :is(button, input, select, textarea)')]
      .map((c) => ({ c, box: c.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ c, box }) => `${c.localName}${c.id ? `#${c.id}` : `[name=${c.getAttribute('name')}][value=${c.getAttribute('value')}]`} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  if (small.length) problems.push(`controls smaller than 24×24 px: ${small.join(', ')}`);

  // Zwermsessies: the element, its pre-filters (organisation too) in the snippet and the preview.
  await page.getByLabel('Zwermsessies').check();
  const organisation = page.locator('input[name="pre-organisation"]').first();
  await organisation.waitFor({ timeout: 10_000 }).catch(() => problems.push('session-list offers no organisation pre-filter'));
  for (const name of ['pre-field', 'pre-region']) {
    if (!(await page.locator(`input[name="${name}"]`).count())) problems.push(`session-list offers no ${name}`);
  }
  if (await organisation.count()) {
    const organisationValue = await organisation.inputValue();
    await organisation.check();
    const sessionSnippet = await page.locator('#snippet').inputValue();
    if (!sessionSnippet.includes(`<session-list organisation="${organisationValue}"`)) problems.push(`session-list snippet lacks the organisation:\n${sessionSnippet}`);
    if (!sessionSnippet.includes('filters="q,field,region"')) problems.push(`session-list snippet's filters:\n${sessionSnippet}`);
    await page
      .waitForFunction(() => document.querySelector('#preview session-list')?.matches(':state(ready), :state(empty)'), null, { timeout: 20_000 })
      .catch(() => problems.push('the session-list preview did not load'));
  }

  // Without a package address: the CDN's path of this release (package.json), not an older one.
  const fresh = await browser.newPage();
  await fresh.goto(`${originA}/configurator.html?endpoint=${encodeURIComponent(`${originA}/api/v1`)}`);
  const cdn = `https://cdn.jsdelivr.net/npm/flexschil@${version}/`;
  const base = await fresh.getByLabel('Pakket (CDN of eigen kopie)').inputValue();
  if (base !== cdn) problems.push(`the default package address is ${base}, not ${cdn}`);
  if (!(await fresh.locator('#snippet').inputValue()).includes(`${cdn}dist/flexschil.js`)) problems.push(`the default snippet does not load ${cdn}dist/flexschil.js`);
} finally {
  await browser.close();
  serverA.close();
  serverB.close();
}
if (problems.length) {
  console.error(`configurator: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `configurator: the copied snippet works on a plain page on another origin (filtered, 3 per page, Utrecht theme, privacy-url; a javascript: one refused; the fallback link hidden by the board, shown without its script); session-list with its pre-filters; every control at least 24×24 px; by default the CDN's flexschil@${version}`,
);
