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

/** Events the preview ends a story with: rendered and checked (its play and afterEach), or failed. */
const ENDINGS = ['storyFinished', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'];

/**
 * Shows one story in the already loaded preview of `page`, as the Storybook manager does (the
 * channel's `setCurrentStory`), and records what went wrong: nothing rendered, or a page error.
 * A page load per story spent most of its time loading the preview again (~2 s a story).
 */
async function check(page, story, errors) {
  errors.length = 0;
  const ending = await page.evaluate(
    ({ id, endings }) =>
      new Promise((resolve) => {
        const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
        const timer = setTimeout(() => done('a timeout'), 8000);
        const listeners = endings.map((event) => [event, (detail) => done(event === 'storyFinished' && detail?.status !== 'error' ? null : event)]);
        function done(failure) {
          clearTimeout(timer);
          for (const [event, listener] of listeners) channel.off(event, listener);
          resolve(failure);
        }
        for (const [event, listener] of listeners) channel.on(event, listener);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    { id: story.id, endings: ENDINGS },
  );
  const rendered = await page.evaluate(() => {
    const root = document.querySelector('#storybook-root');
    return root && root.children.length > 0 && !document.querySelector('.sb-show-errordisplay');
  });
  if (ending || !rendered) failures.push(`${story.id}: rendered nothing (or Storybook showed an error)${ending ? `: ${ending}` : ''}`);
  for (const error of errors) failures.push(`${story.id}: ${error}`);
}

// Two pages at a time, each in a browser context of its own (its own storage, so one story's
// draft is not the other's), each loading the preview once: CI has two cores.
try {
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      const page = await (await browser.newContext()).newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${base}/iframe.html`);
      await page.waitForFunction(() => globalThis.__STORYBOOK_PREVIEW__?.storyStoreValue);
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
