/**
 * `node --import tsx server/main.ts`: the reference backend with settings from the environment
 * (server/README.md). Embedded PGlite in `.data/` unless DATABASE_URL points at PostgreSQL.
 */
import { optionsFromEnv } from './config.js';
import { describeError, jsonLogger } from './http/log.js';
import { startServer } from './server.js';

const log = jsonLogger();

let starting: ReturnType<typeof startServer> | undefined;
let stopping = false;

/**
 * Installed before anything starts, so a stop is never lost: one asked for while starting (an
 * orchestrator during a slow migration) waits for the start, then closes what it opened.
 */
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info('server.stopping', { signal });
  // Open keep-alive connections must not hold the process forever.
  const force = setTimeout(() => process.exit(1), 10_000);
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
  starting = startServer({ ...optionsFromEnv(), logger: log });
  await starting;
} catch (error) {
  log.error('server.failed', describeError(error));
  process.exit(1);
}
