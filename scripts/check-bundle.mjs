#!/usr/bin/env node
// The embed as a municipality does it: `dist/flexschil.js` loaded with <script type="module">
// in a plain page — twice, from two URLs, as happens when a CMS plugin and a hand-pasted tag
// both load it. Nothing may throw, every tag on the page must be defined (the bundle loads each
// element when it appears), and a board must render.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';

const root = join(import.meta.dirname, '..');
const tags = ['marketplace-provider', 'assignment-list', 'profile-card', 'profile-directory', 'apply-form', 'match-badge', 'application-inbox', 'assignment-editor', 'profile-editor', 'session-list', 'session-editor'];
const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Embed</title>
<script type="module" src="/dist/flexschil.js"></script>
<script type="module" src="/copy/dist/flexschil.js?v=2"></script></head>
<body><assignment-list endpoint="/none"></assignment-list>
${tags.filter((t) => t !== 'assignment-list').map((t) => `<${t}></${t}>`).join('')}</body></html>`;

const types = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  const file = normalize(join(root, path.replace(/^\/copy\//, '/'))).replace(/\\/g, '/');
  if (!file.startsWith(join(root, 'dist'))) return res.writeHead(404).end();
  let body;
  try {
    body = await readFile(file);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
const problems = [];
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  await tab.goto(url);
  await tab.waitForFunction(() => document.querySelector('assignment-list')?.shadowRoot?.querySelector('[part="error"]'), null, { timeout: 10_000 });
  // Each tag's chunk loads on its own: the board's error says nothing about when the others
  // arrive (checking at that moment failed now and then). Wait for them, with a bound.
  const undefinedTags = await tab.evaluate(async (names) => {
    await Promise.race([Promise.all(names.map((t) => customElements.whenDefined(t))), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    return names.filter((t) => !customElements.get(t));
  }, tags);
  if (undefinedTags.length) problems.push(`not defined: ${undefinedTags.join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`dist/flexschil.js loaded twice:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('dist/flexschil.js loaded twice from two URLs: no errors, every tag defined, a board rendered.');
