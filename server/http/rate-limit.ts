/**
 * A fixed-window counter per client, in this process. Enough to stop one client flooding the
 * application endpoint; with several instances each counts its own share (put a shared limit in
 * the load balancer when that matters).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; `retryAfter` (seconds) is set when the client is over its limit. */
  take(key: string): { ok: true } | { ok: false; retryAfter: number } {
    if (this.limit <= 0) return { ok: true };
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    if (window.count <= this.limit) return { ok: true };
    return { ok: false, retryAfter: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) };
  }

  /** Forgets expired windows, so a stream of one-off clients cannot grow the map without bound. */
  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
