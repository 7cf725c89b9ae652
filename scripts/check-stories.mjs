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

/** Opens one story in `page` and records what went wrong: nothing rendered, or a page error. */
async function check(page, story, errors) {
  errors.length = 0;
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

// Two pages at a time, each in a browser context of its own (its own storage, so one story's
// draft never shows in another): a story's load is mostly waiting, and CI has two cores.
try {
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      const page = await (await browser.newContext()).newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      for (let story = queue.shift(); story; story = queue.shift()) await check(page, story, errors);
    }),
  );
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`stories: ${failures.length} problem(s)\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`stories: all ${stories.length} render without errors`);
