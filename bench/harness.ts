/**
 * The in-page half of the benchmarks: a `*.bench.ts` file calls {@link defineSuite}, and
 * bench/run.mjs (headless Chromium) calls `measure()` through `window.__flexschilBench`.
 * Opened by hand through a dev server that compiles TypeScript, a bench page measures itself
 * and shows a table instead.
 *
 * Measuring happens inside the page, not per call from Node: a round trip over the DevTools
 * protocol costs more than most of the work measured here.
 */
import { nextTask } from '../src/shared/next-task.js';

export interface BenchCase {
  /** What is measured, as printed. */
  name: string;
  /**
   * One run of the work. Its result is kept so the JIT cannot drop the work as unused. A run that
   * returns a promise (rendering waits for updates and loads) is awaited, and its time is until
   * the promise settles.
   */
  run: () => unknown;
}

export interface Suite {
  name: string;
  /** What one run does, e.g. "score 10,000 assignment × profile pairs". */
  description: string;
  /** Measured in the same run as the cases; every case is reported as a multiple of it. */
  baseline: BenchCase;
  cases: BenchCase[];
  /** Runs once before anything is measured: a check that the cases do the same work, say (it throws when not). */
  setup?: () => unknown;
  /** Lines printed after the table: other figures gathered while measuring, or ratios between two cases. */
  notes?: (result: Omit<SuiteResult, 'notes'>) => string[];
}

export interface MeasureOptions {
  /** Samples per case thrown away first (JIT warm-up). */
  warmup: number;
  /** Samples per case kept. */
  iterations: number;
  /**
   * Each sample repeats the run until it lasts at least this long, then divides: browsers
   * coarsen `performance.now()` (to 100 µs without cross-origin isolation), too coarse for a
   * baseline that takes a fraction of a millisecond.
   */
  minSampleMs: number;
}

export interface CaseResult {
  name: string;
  /** Runs per sample chosen by calibration. */
  repetitions: number;
  /** Milliseconds per run, one per kept sample. */
  samples: number[];
}

export interface SuiteResult {
  name: string;
  description: string;
  userAgent: string;
  crossOriginIsolated: boolean;
  baseline: CaseResult;
  cases: CaseResult[];
  notes: string[];
}

export interface BenchHandle {
  suite: Suite;
  measure(options?: Partial<MeasureOptions>): Promise<SuiteResult>;
}

declare global {
  var __flexschilBench: BenchHandle | undefined;
  /** Set by bench/run.mjs before the page loads: it drives the measuring itself. */
  var __flexschilBenchRunner: boolean | undefined;
  var __flexschilBenchSink: unknown;
}

const defaults: MeasureOptions = { warmup: 3, iterations: 15, minSampleMs: 20 };

/**
 * A run that returns a promise fails the measuring when it has not settled after this long,
 * instead of leaving it hanging (a bench that waits for something the page never does).
 */
const RUN_TIMEOUT_MS = 30_000;

export function defineSuite(suite: Suite): void {
  globalThis.__flexschilBench = {
    suite,
    measure: (options = {}) =>
      measure(suite, {
        warmup: options.warmup ?? defaults.warmup,
        iterations: options.iterations ?? defaults.iterations,
        minSampleMs: options.minSampleMs ?? defaults.minSampleMs,
      }),
  };
  if (!globalThis.__flexschilBenchRunner) setTimeout(() => showInPage(suite), 0);
}

async function measure(suite: Suite, options: MeasureOptions): Promise<SuiteResult> {
  await suite.setup?.();
  const all = [suite.baseline, ...suite.cases];
  const repetitions: number[] = [];
  for (const c of all) repetitions.push(await calibrate(c, options.minSampleMs));
  const samples: number[][] = all.map(() => []);

  // Round-robin over the cases, so a slow phase of the machine (GC, another process) hits every
  // case alike instead of whichever happened to run then.
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    for (const [k, c] of all.entries()) {
      await nextTask();
      const ms = await sample(c, repetitions[k]);
      if (i >= options.warmup) samples[k].push(ms);
    }
  }

  const result = (k: number): CaseResult => ({ name: all[k].name, repetitions: repetitions[k], samples: samples[k] });
  const measured = {
    name: suite.name,
    description: suite.description,
    userAgent: navigator.userAgent,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    baseline: result(0),
    cases: suite.cases.map((_, i) => result(i + 1)),
  };
  return { ...measured, notes: suite.notes?.(measured) ?? [] };
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

/**
 * Milliseconds per run, averaged over `repetitions` back-to-back runs. Synchronous runs stay in
 * one loop without `await` (whose microtask would cost more than the smallest runs measured).
 */
function sample(c: BenchCase, repetitions: number): number | Promise<number> {
  const start = performance.now();
  let sink = c.run();
  if (isPromise(sink)) {
    // A timer per run, re-armed before the next (no extra promise per run): it rejects the
    // sample when a run does not settle, naming the case.
    let timer: ReturnType<typeof setTimeout> | undefined;
    return new Promise<number>((resolve, reject) => {
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => reject(new Error(`${c.name}: a run did not settle within ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
      };
      (async () => {
        arm();
        sink = await sink;
        for (let r = 1; r < repetitions; r++) {
          arm();
          sink = await c.run();
        }
        clearTimeout(timer);
        globalThis.__flexschilBenchSink = sink;
        return (performance.now() - start) / repetitions;
      })().then(resolve, (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }
  for (let r = 1; r < repetitions; r++) sink = c.run();
  const ms = (performance.now() - start) / repetitions;
  globalThis.__flexschilBenchSink = sink;
  return ms;
}

/**
 * Resolves in a task of its own. Every sample starts in one, as a click does: what the page left
 * queued (an event such as a `<details>` element's `toggle`, a frame) runs before the clock
 * starts, not in whichever sample comes next, and a bench whose runs settle in microtasks alone
 * cannot starve it.
 */
export { nextTask };

/** Runs per sample so that one sample lasts at least `minSampleMs`. */
async function calibrate(c: BenchCase, minSampleMs: number): Promise<number> {
  for (let repetitions = 1; ; repetitions *= 2) {
    await nextTask();
    if ((await sample(c, repetitions)) * repetitions >= minSampleMs || repetitions >= 1 << 20) return repetitions;
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Manual use: measure after load and show a table in the page. */
function showInPage(suite: Suite): void {
  const out = document.querySelector('output') ?? document.body.appendChild(document.createElement('output'));
  out.textContent = `Measuring ${suite.name}…`;
  // Let the message paint before the page is busy for a few seconds.
  requestAnimationFrame(() =>
    setTimeout(async () => {
      const result = await measure(suite, defaults);
      const base = median(result.baseline.samples);
      const rows = [result.baseline, ...result.cases].map((c) => {
        const m = median(c.samples);
        return `${c.name.padEnd(48)} ${m.toFixed(3).padStart(9)} ms  ${(m / base).toFixed(1).padStart(6)}× baseline`;
      });
      out.textContent = `${result.name}: ${result.description}\n\n${rows.join('\n')}${result.notes.length ? `\n\n${result.notes.join('\n')}` : ''}`;
    }, 0),
  );
}
