/**
 * The demo as `npm start` serves it, for browser tests against the reference server: this
 * server on an embedded database, Vite in front of it with the demo pages, a local mail
 * catcher, and Chromium.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { createServer, type ViteDevServer } from 'vite';
// @ts-expect-error: a plain .mjs helper shared with the test runner config
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { createTestApp, type TestApp } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');

export interface Demo {
  api: TestApp;
  /** Where Vite serves the demo pages (`${origin}/index.html`). */
  origin: string;
  browser: Browser;
  /** Every mail the server sent, as the catcher received it. */
  caught: { to: string; data: string }[];
  /** A new tab whose uncaught errors are collected in `errors`. */
  page(options?: { acceptDownloads?: boolean }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startDemo(): Promise<Demo> {
  const caught: Demo['caught'] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let data = '';
      stream.on('data', (chunk) => {
        data += chunk;
      });
      stream.on('end', () => {
        caught.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), data });
        done();
      });
    },
  });
  const smtpPort = await new Promise<number>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as AddressInfo).port)));
  const api = await createTestApp({ smtpUrl: `smtp://127.0.0.1:${smtpPort}` });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: api.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const vite: ViteDevServer = await createServer({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', proxy: { '/api': { target }, '/health': { target } } },
  });
  await vite.listen();
  const origin = `http://127.0.0.1:${(vite.httpServer!.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  return {
    api,
    origin,
    browser,
    caught,
    async page(options = {}) {
      const page = await browser.newPage(options);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors };
    },
    async close() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await browser.close();
      await vite.close();
      server.close();
      await api.close();
    },
  };
}
