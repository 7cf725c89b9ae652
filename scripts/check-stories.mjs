#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in Chromium and fails on a
// page error or a story that renders nothing: a story set is documentation that must run.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';

const root = join(import.meta.dirname, '..', 'storybook-static');
const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  if (!file.startsWith(root)) return res.writeHead(404).end();
  let body;
  try {
    body = await readFile(file);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
const failures = [];
try {
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const story of stories) {
    errors = [];
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    const rendered = await page
      .waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          return root && root.children.length > 0 && !document.querySelector('.sb-show-errordisplay');
        },
        null,
        { timeout: 8000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!rendered) failures.push(`${story.id}: rendered nothing (or Storybook showed an error)`);
    for (const error of errors) failures.push(`${story.id}: ${error}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`stories: ${failures.length} problem(s)\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`stories: all ${stories.length} render without errors`);
