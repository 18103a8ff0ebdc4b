import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allocate } from '../src/domain/nominations/allocate.js';
import { type InstanceInput, parseInstance } from '../src/domain/nominations/instance.js';
import { solveWithHighs } from '../test/support/highs-allocation.js';
import { RESULTS_DIR, round } from './harness.js';

/**
 * The allocation engine against HiGHS on the same instance, solved as a MILP and as its LP relaxation
 * (equal, the matrix being totally unimodular). Run: npx tsx bench/allocation.bench.ts
 */
export interface AllocationFigure {
  name: string;
  nominations: number;
  iterations: number;
  people: number;
  engine_ms_median: number;
  /** with 11 runs, the slowest */
  engine_ms_p99: number;
  runs: number;
  /** HiGHS reading the MILP (CPLEX LP text) and solving it */
  highs_ms: number;
  /** HiGHS solving the MILP, reading left out */
  highs_solve_ms: number;
  /** HiGHS reading and solving the LP relaxation */
  highs_lp_ms: number;
  /** HiGHS solving the LP relaxation, reading left out */
  highs_lp_solve_ms: number;
  highs_objective: number;
  engine_objective: number;
  /** engine ÷ HiGHS (MILP), lower is better, as in the other benchmarks */
  ratio: number;
  /** HiGHS (MILP) ÷ engine: how many times faster the engine is */
  speedup: number;
}

const RUNS = 11;
const WARM_UP = 3;
/** HiGHS takes seconds on the large instance: three runs give its median. */
const HIGHS_RUNS = 3;

function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** A small deterministic generator (mulberry32), so that every run sees the same instance. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * People of 60 partners each nominated to 1–5 distinct iterations, first choices weighing most; some
 * iterations far more popular than others, so that those are oversubscribed; seats 5–30, a partner cap
 * on three iterations in ten.
 */
export function generateInstance(people: number, iterationCount: number, seed = 42): InstanceInput {
  const rnd = random(seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  const iterations = Array.from({ length: iterationCount }, (_, i) => ({
    id: `it${i}`,
    seats: 5 + pick(26),
    partner_cap: rnd() < 0.3 ? 1 + pick(4) : null,
  }));
  const priority = Array.from({ length: 60 }, () => 1 + pick(5));
  const nominations: InstanceInput['nominations'] = [];
  for (let p = 0; p < people; p++) {
    const partner = Math.floor(60 * rnd() ** 1.5);
    const base = (priority[partner] as number) + 1 + pick(3);
    const wanted = new Set<number>();
    const choices = 1 + pick(5);
    while (wanted.size < choices) wanted.add(Math.floor(iterationCount * rnd() ** 2));
    [...wanted].forEach((iteration, rank) => {
      nominations.push({
        id: `n${nominations.length}`,
        person: `p${p}`,
        partner: `P${partner}`,
        iteration: `it${iteration}`,
        weight: base * (5 - rank),
      });
    });
  }
  return { iterations, nominations };
}

async function measure(name: string, people: number, iterationCount: number): Promise<AllocationFigure> {
  const input = generateInstance(people, iterationCount);
  const instance = parseInstance(input);
  // Both sides warm before timing: the engine's code compiled by V8, HiGHS's WebAssembly loaded.
  for (let k = 0; k < WARM_UP; k++) allocate(instance);
  await solveWithHighs(instance);
  // The engine and HiGHS in turns, several runs each, so that a change of load on the machine weighs
  // on both sides of the ratio.
  const times: number[] = [];
  const milps: Awaited<ReturnType<typeof solveWithHighs>>[] = [];
  const lps: Awaited<ReturnType<typeof solveWithHighs>>[] = [];
  let engineObjective = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    engineObjective = allocate(instance).objective;
    times.push(performance.now() - started);
    if (run < HIGHS_RUNS) {
      milps.push(await solveWithHighs(instance));
      lps.push(await solveWithHighs(instance, { relax: true }));
    }
  }
  const median = middle(times);
  times.sort((a, b) => a - b);
  const p99 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)] as number;
  const milp = { ms: middle(milps.map((r) => r.ms)), run_ms: middle(milps.map((r) => r.run_ms)) };
  const lp = { ms: middle(lps.map((r) => r.ms)), run_ms: middle(lps.map((r) => r.run_ms)) };
  const objectives = new Set([...milps, ...lps].map((r) => r.objective));
  if (objectives.size !== 1 || !objectives.has(engineObjective)) {
    throw new Error(
      `${name}: objectives differ: engine ${engineObjective}, HiGHS ${[...objectives].join(', ')}`,
    );
  }
  const highsObjective = engineObjective;
  return {
    name,
    nominations: instance.nominations.length,
    iterations: instance.iterations.length,
    people,
    engine_ms_median: round(median),
    engine_ms_p99: round(p99),
    runs: RUNS,
    highs_ms: round(milp.ms),
    highs_solve_ms: round(milp.run_ms),
    highs_lp_ms: round(lp.ms),
    highs_lp_solve_ms: round(lp.run_ms),
    highs_objective: highsObjective,
    engine_objective: engineObjective,
    ratio: round(median / milp.ms, 4),
    speedup: round(milp.ms / median, 1),
  };
}

export async function runAllocationBench(): Promise<AllocationFigure[]> {
  const figures = [
    await measure('allocation: 2,000 people × 300 iterations', 2_000, 300),
    await measure('allocation: 20,000 people × 5,000 iterations', 20_000, 5_000),
  ];
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'allocation.json'), `${JSON.stringify(figures, null, 2)}\n`);
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await runAllocationBench()) {
    console.log(
      `${f.name} (${f.nominations} nominations): engine ${f.engine_ms_median} ms median (p99 ${f.engine_ms_p99}), ` +
        `HiGHS MILP ${f.highs_ms} ms (solve alone ${f.highs_solve_ms}), LP ${f.highs_lp_ms} ms (${f.highs_lp_solve_ms}); ` +
        `objective ${f.engine_objective} = ${f.highs_objective}; ` +
        `${f.speedup}× faster`,
    );
  }
}
