/**
 * Structured logs: one JSON object per line on stdout, for whatever collects them. Never
 * personal data: no names, e-mail addresses, IP addresses, tokens, query strings or ids of
 * people (routes are logged as their pattern, `/profiles/:id`, not the path).
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const log = (level: string) => (event: string, fields: LogFields = {}) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** An error's kind and message, without request data. */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) {
    // The system's or our own code (EADDRINUSE, EDATADIRINUSE): what a script that reads the log tells apart.
    const code = (error as { code?: unknown }).code;
    return { error: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { error: String(error) };
}
