import type { Highs } from 'highs';
import type { InstanceInput } from '../../src/domain/nominations/instance.js';

/**
 * The allocation problem written as a MILP for HiGHS, the reference the engine is checked and timed
 * against: a binary x per nomination, at most one per person, `seats` per iteration and `partner_cap`
 * per (iteration, partner); maximize the total weight.
 */
let loading: Promise<Highs> | undefined;

type Loader = () => Promise<Highs>;

export function loadHighs(): Promise<Highs> {
  // The types describe the CommonJS build, where the loader sits one `default` deeper than in the ESM
  // build that `import()` loads.
  loading ??= import('highs').then((m) => {
    const exported = (m as unknown as { default: Loader | { default: Loader } }).default;
    return (typeof exported === 'function' ? exported : exported.default)();
  });
  return loading;
}

/** CPLEX LP text; with `relax`, x is continuous in [0, 1] (the matrix is totally unimodular, so the LP
 * optimum is the MILP's). */
export function allocationModel(instance: InstanceInput, options: { relax?: boolean } = {}): string {
  const { iterations, nominations } = instance;
  const rows = new Map<string, number[]>();
  const bounds = new Map<string, number>();
  const add = (row: string, bound: number, x: number) => {
    const list = rows.get(row);
    if (list) list.push(x);
    else {
      rows.set(row, [x]);
      bounds.set(row, bound);
    }
  };
  const byId = new Map(iterations.map((it) => [it.id, it]));
  nominations.forEach((n, x) => {
    const it = byId.get(n.iteration);
    if (!it) throw new Error(`nomination ${n.id}: unknown iteration ${n.iteration}`);
    add(`person\u0000${n.person}`, 1, x);
    add(`seats\u0000${it.id}`, it.seats, x);
    if (it.partner_cap !== null && it.partner_cap !== undefined)
      add(`cap\u0000${it.id}\u0000${n.partner}`, it.partner_cap, x);
  });

  const lines = ['Maximize', ` obj: ${terms(nominations.map((n, x) => `${n.weight} x${x}`))}`, 'Subject To'];
  let r = 0;
  for (const [row, xs] of rows) {
    const bound = bounds.get(row) as number;
    if (xs.length <= bound) continue;
    lines.push(` r${r++}: ${terms(xs.map((x) => `x${x}`))} <= ${bound}`);
  }
  lines.push('Bounds');
  for (let x = 0; x < nominations.length; x++) lines.push(` 0 <= x${x} <= 1`);
  if (!options.relax) {
    lines.push('Binary');
    for (let x = 0; x < nominations.length; x += 20) {
      lines.push(
        ` ${nominations
          .slice(x, x + 20)
          .map((_, k) => `x${x + k}`)
          .join(' ')}`,
      );
    }
  }
  lines.push('End');
  return lines.join('\n');
}

/** Terms joined by `+`, a few to a line: the LP reader dislikes very long lines. */
function terms(list: string[]): string {
  const chunks: string[] = [];
  for (let k = 0; k < list.length; k += 20) chunks.push(list.slice(k, k + 20).join(' + '));
  return chunks.join('\n  + ');
}

export interface HighsAllocation {
  objective: number;
  /** Milliseconds HiGHS took to read the LP text and solve */
  ms: number;
  /** Milliseconds of the solve alone */
  run_ms: number;
}

const OPTIMAL = 7;

export async function solveWithHighs(
  instance: InstanceInput,
  options: { relax?: boolean } = {},
): Promise<HighsAllocation> {
  if (instance.nominations.length === 0) return { objective: 0, ms: 0, run_ms: 0 };
  const highs = await loadHighs();
  const data = allocationModel(instance, options);
  const model = highs.createModel();
  try {
    model.options.set({ output_flag: false });
    const started = performance.now();
    model.readModel({ format: 'lp', data });
    const read = performance.now();
    model.run();
    const done = performance.now();
    if (model.getModelStatus() !== OPTIMAL) throw new Error(`HiGHS: model status ${model.getModelStatus()}`);
    return { objective: Math.round(model.getObjectiveValue()), ms: done - started, run_ms: done - read };
  } finally {
    model.dispose();
  }
}
