import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';

/**
 * Benchmarks measure a subject against a baseline doing the same work in the same run: on a shared
 * machine only the ratio is stable. They never fail anything by timing.
 */
export interface Figure {
  median_ms: number;
  p99_ms: number;
  runs: number;
  /** given where a target is set on the 95th percentile */
  p95_ms?: number;
}

export interface Result {
  name: string;
  database?: 'sqlite' | 'postgres';
  unit: 'ms' | 'rows/s' | 'req/s' | 'MB';
  subject: Figure & { rows_per_second?: number; requests_per_second?: number };
  baseline: Figure & { rows_per_second?: number; requests_per_second?: number; label: string };
  /** subject ÷ baseline for times (lower is better); baseline ÷ subject is the share of the floor reached */
  ratio: number;
  note?: string;
}

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

export async function latencyPair(
  subject: () => Promise<unknown> | unknown,
  baseline: () => Promise<unknown> | unknown,
  options: { time?: number; iterations?: number } = {},
): Promise<{ subject: Figure; baseline: Figure }> {
  const bench = new Bench({
    time: options.time ?? 1500,
    iterations: options.iterations ?? 200,
    warmupIterations: 50,
  });
  bench.add('subject', subject).add('baseline', baseline);
  await bench.run();
  const figure = (name: string): Figure => {
    const result = bench.getTask(name)?.result;
    if (!result || !('latency' in result)) throw new Error(`benchmark ${name} did not complete`);
    return {
      median_ms: result.latency.p50 ?? 0,
      p99_ms: result.latency.p99 ?? 0,
      runs: result.latency.samplesCount ?? 0,
    };
  };
  return { subject: figure('subject'), baseline: figure('baseline') };
}

/** Times a one-shot job (an import) `runs` times, each on fresh state from `setup`. */
export async function repeat<S>(
  runs: number,
  setup: () => Promise<S>,
  job: (state: S) => Promise<void>,
  teardown: (state: S) => Promise<void>,
): Promise<Figure> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const state = await setup();
    const start = performance.now();
    await job(state);
    times.push(performance.now() - start);
    await teardown(state);
  }
  times.sort((a, b) => a - b);
  return {
    median_ms: times[Math.floor(times.length / 2)] ?? 0,
    p99_ms: times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)] ?? 0,
    runs,
  };
}

/**
 * Two jobs run in turns (a, b, a, b, …) so that a load change on the machine weighs on both alike:
 * their ratio is what a benchmark reports.
 */
export async function repeatPair<S>(
  runs: number,
  setup: () => Promise<S>,
  teardown: (state: S) => Promise<void>,
  a: (state: S) => Promise<void>,
  b: (state: S) => Promise<void>,
): Promise<[Figure, Figure]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, job] of [a, b].entries()) {
      const state = await setup();
      const start = performance.now();
      await job(state);
      times[k]?.push(performance.now() - start);
      await teardown(state);
    }
  }
  const figure = (list: number[]): Figure => {
    list.sort((x, y) => x - y);
    return {
      median_ms: list[Math.floor(list.length / 2)] ?? 0,
      p99_ms: list[Math.min(list.length - 1, Math.ceil(list.length * 0.99) - 1)] ?? 0,
      runs,
    };
  };
  return [figure(times[0]), figure(times[1])];
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Merges results into bench/results/<file>.json so that suites can be run one at a time. */
export function saveResults(file: string, results: Result[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, file), `${JSON.stringify(results, null, 2)}\n`);
}

export function loadResults(file: string): Result[] {
  try {
    return JSON.parse(readFileSync(join(RESULTS_DIR, file), 'utf8')) as Result[];
  } catch {
    return [];
  }
}

/** The q-quantile (0…1) of sorted times. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))] ?? 0;
}

/** Calls `fn` back to back for `ms` milliseconds: per-call latency and calls per second. */
export async function loop(
  fn: () => Promise<unknown> | unknown,
  ms: number,
): Promise<Figure & { per_second: number }> {
  const times: number[] = [];
  const end = performance.now() + ms;
  const started = performance.now();
  while (performance.now() < end) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  return {
    median_ms: times[Math.floor(times.length / 2)] ?? 0,
    p99_ms: times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)] ?? 0,
    runs: times.length,
    per_second: Math.round(times.length / (elapsed / 1000)),
  };
}
