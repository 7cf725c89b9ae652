/**
 * Lets the browser run other tasks (input, paint) before continuing, so long work on the main
 * thread comes in pieces. `scheduler.yield()` where there is one; else a message, which
 * background tabs do not throttle as they do timers.
 */
export function yieldToMain(signal?: AbortSignal): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  const turn = scheduler?.yield
    ? scheduler.yield()
    : new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
  return turn.then(() => signal?.throwIfAborted());
}
