/**
 * `node --import tsx server/main.ts`: the reference backend with settings from the environment
 * (server/README.md). Embedded PGlite in `.data/` unless DATABASE_URL points at PostgreSQL.
 */
import { optionsFromEnv, SHUTDOWN_GRACE_MS, type ServerOptions } from './config.js';
import { describeError, jsonLogger } from './http/log.js';
import { startServer } from './server.js';

const log = jsonLogger();

let starting: ReturnType<typeof startServer> | undefined;
let stopping = false;
let options: ServerOptions | undefined;
let running: Awaited<ReturnType<typeof startServer>> | undefined;

/**
 * Installed before anything starts, so a stop is never lost: one asked for while starting (an
 * orchestrator during a slow migration) waits for the start, then closes what it opened.
 */
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  const graceMs = options?.shutdownGraceMs ?? SHUTDOWN_GRACE_MS;
  log.info('server.stopping', { signal, graceMs });
  // Requests still running after SHUTDOWN_GRACE_MS (a slow upload, a client that never ends its
  // body) must not hold the process forever: they are cut, and the log says how many.
  const force = setTimeout(() => {
    // Still starting (a migration that takes longer): no request was let in yet.
    const requestsCut = running?.inFlight() ?? 0;
    log.error('server.stop-forced', { signal, graceMs, requestsCut, detail: 'requests still in flight after SHUTDOWN_GRACE_MS: the process ends without them' });
    process.exit(1);
  }, graceMs);
  force.unref();
  try {
    await (await starting)?.close();
  } catch (error) {
    log.error('server.stop-failed', describeError(error));
    process.exit(1);
  }
  // Requests finished, mail round done, database closed: what an operator waits for before a restart.
  log.info('server.stopped', { signal });
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

try {
  options = optionsFromEnv();
  starting = startServer({ ...options, logger: log });
  running = await starting;
} catch (error) {
  log.error('server.failed', describeError(error));
  process.exit(1);
}
