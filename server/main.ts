/**
 * `node --import tsx server/main.ts`: the reference backend with settings from the environment
 * (server/README.md). Embedded PGlite in `.data/` unless DATABASE_URL points at PostgreSQL.
 */
import { optionsFromEnv, SHUTDOWN_GRACE_MS, type ServerOptions } from './config.js';
import { describeError, jsonLogger } from './http/log.js';
import { startServer } from './server.js';

const log = jsonLogger();

/** What a stop keeps of SHUTDOWN_GRACE_MS for closing the database after leaving a mail being sent. */
const DATABASE_CLOSE_MS = 2_000;

/** What a forced stop cut, in the words of its log line. */
function stillRunning(started: boolean, requests: number, mail: boolean): string {
  if (!started) return 'the start still running';
  const parts = [requests ? `${requests} request${requests === 1 ? '' : 's'}` : '', mail ? 'a mail being sent' : ''].filter(Boolean);
  return `${parts.length ? parts.join(' and ') : 'closing the database'} still running`;
}

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
  // body) must not hold the process forever: they are cut, and the log says what was cut.
  const force = setTimeout(() => {
    // Still starting (a migration that takes longer): no request was let in yet.
    const requestsCut = running?.inFlight() ?? 0;
    const mailCut = running?.sendingMail() ?? false;
    log.error('server.stop-forced', { signal, graceMs, requestsCut, mailCut, detail: `${stillRunning(running !== undefined, requestsCut, mailCut)} after SHUTDOWN_GRACE_MS: the process ends without them` });
    process.exit(1);
  }, graceMs);
  force.unref();
  try {
    // A mail being sent (its SMTP server slow or silent) is left before the grace is up, with
    // time to spare for closing the database: its lease lets the next start send it.
    await (await starting)?.close({ mailWaitMs: graceMs - Math.min(DATABASE_CLOSE_MS, graceMs / 2) });
  } catch (error) {
    log.error('server.stop-failed', describeError(error));
    process.exit(1);
  }
  // Requests finished, mail sent or left to its lease, database closed: what an operator waits for before a restart.
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
