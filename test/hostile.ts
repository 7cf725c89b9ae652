/**
 * The test server under another host name: another origin, which sends no CORS headers, so the
 * browser refuses every cross-origin read from it exactly as a misconfigured backend is refused.
 */
export function otherOrigin(): string {
  const host = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${host}:${location.port}`;
}

/** Runs `work` with console.error silenced, returning what was logged. */
export async function consoleErrors<T>(work: () => Promise<T>): Promise<{ result: T; logged: string[] }> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
  try {
    return { result: await work(), logged };
  } finally {
    console.error = original;
  }
}
