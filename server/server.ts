/**
 * Puts the app on a port: listens, runs the retention clean-up at start and every hour, and
 * closes in order (stop accepting, finish requests, close the database).
 */
import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type FlexschilApp } from './app.js';
import { devModeRefusal, type ServerOptions } from './config.js';
import { answerClientError } from './http/client-errors.js';
import { describeError, jsonLogger } from './http/log.js';
import { MailWorker } from './mail.js';

/** Retention and the sweep of orphaned CV files: a file a crash left behind is gone within the hour. */
const RETENTION_INTERVAL_MS = 3_600_000;

export interface RunningServer extends FlexschilApp {
  /** `http://host:port` the server listens on. */
  url: string;
  port: number;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.logger ?? jsonLogger();
  const hostname = options.hostname ?? (options.dev ? '127.0.0.1' : '0.0.0.0');
  const refusal = devModeRefusal({ ...options, hostname, production: options.production ?? process.env.NODE_ENV === 'production' });
  if (refusal) {
    log.error('server.refused', { reason: refusal });
    throw new Error(refusal);
  }
  const flexschil = await createApp({ ...options, logger: log });

  const mail = new MailWorker(() => flexschil.deliverMail(), log);
  flexschil.onMailQueued(() => mail.kick());
  mail.start();

  const retention = () =>
    flexschil.runRetention().catch((error) => log.error('retention.failed', describeError(error)));
  await retention();
  const timer = setInterval(retention, RETENTION_INTERVAL_MS);
  timer.unref(); // the daily clean-up alone does not keep the process alive

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: flexschil.app.fetch, port: options.port ?? 8080, hostname }, () => resolve(s));
    s.once('error', reject);
  });
  // Requests the HTTP parser refuses get a problem+json too (server/http/client-errors.ts).
  server.on('clientError', (error: Error, socket) => answerClientError(error, socket as Socket, log));
  const { port } = server.address() as AddressInfo;
  const host = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  const url = `http://${host}:${port}`;
  log.info('server.started', { url, api: `${url}${flexschil.basePath}`, database: flexschil.database.kind, dev: !!options.dev });
  if (options.dev) log.warn('server.dev-mode', { detail: `POST ${flexschil.basePath}/dev/token mints tokens for any organisation: development only`, hostname });

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
