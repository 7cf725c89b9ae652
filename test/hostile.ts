/**
 * The longest main-thread task while `work` runs, in milliseconds, as the browser reports it
 * (PerformanceObserver 'longtask': every task over 50 ms). The host page stays responsive
 * only while no task runs long; the hostile-backend tests keep it under 200 ms (issue 14).
 */
export async function longestTask(work: () => Promise<unknown>): Promise<number> {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) throw new Error('this browser does not report long tasks');
  // Begin in a task of its own: a long task is reported to the observers there are when it ends,
  // so observing from inside the caller's task counted all that task did before (an earlier
  // test's end, building the input) as if the work had done it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  try {
    await work();
  } finally {
    // Entries are delivered after the task that they describe: give them a turn to arrive.
    await new Promise((resolve) => setTimeout(resolve, 60));
    for (const entry of observer.takeRecords()) durations.push(entry.duration);
    observer.disconnect();
  }
  return Math.max(0, ...durations);
}

/**
 * How long a task may take while the client handles a hostile answer: 200 ms (issue 14), or
 * three times what the unavoidable part takes on this machine now, if that is more. The
 * unavoidable part is given as `floor`, for example parsing the same JSON; it runs three times
 * and the slowest run counts. A loaded machine stretches both alike. Work per value that
 * should not be there still shows: it multiplies the time.
 */
export function taskBudget(floor: () => unknown): number {
  let slowest = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    floor();
    slowest = Math.max(slowest, performance.now() - start);
  }
  return Math.max(200, 3 * slowest);
}

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
