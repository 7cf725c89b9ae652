/**
 * Puts the app on a port: listens, runs the retention clean-up at start and daily, and
 * closes in order (stop accepting, finish requests, close the database).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type FlexschilApp } from './app.js';
import type { ServerOptions } from './config.js';
import { describeError, jsonLogger } from './http/log.js';
import { MailWorker } from './mail.js';

const DAY_MS = 86_400_000;

export interface RunningServer extends FlexschilApp {
  /** `http://host:port` the server listens on. */
  url: string;
  port: number;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.logger ?? jsonLogger();
  const flexschil = await createApp({ ...options, logger: log });

  const mail = new MailWorker(() => flexschil.deliverMail(), log);
  flexschil.onMailQueued(() => mail.kick());
  mail.start();

  const retention = () =>
    flexschil.runRetention().catch((error) => log.error('retention.failed', describeError(error)));
  await retention();
  const timer = setInterval(retention, DAY_MS);
  timer.unref(); // the daily clean-up alone does not keep the process alive

  const hostname = options.hostname ?? '0.0.0.0';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: flexschil.app.fetch, port: options.port ?? 8080, hostname }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  const url = `http://${host}:${port}`;
  log.info('server.started', { url, api: `${url}${flexschil.basePath}`, database: flexschil.database.kind, dev: !!options.dev });

  return {
    ...flexschil,
    url,
    port,
    async close() {
      clearInterval(timer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mail.stop();
      await flexschil.close();
    },
  };
}
