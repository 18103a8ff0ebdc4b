import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR, type Result, round } from './harness.js';
import { runRegistryBench } from './registry.bench.js';

/**
 * `npm run bench`: every suite, each measured against its baseline in the same run, written to
 * bench/results.json (machine-readable) and bench/RESULTS.md (a table). Timing never fails anything.
 */
const here = new URL('.', import.meta.url).pathname;

interface Suite {
  name: string;
  file: string;
  run: () => Promise<unknown>;
}

const suites: Suite[] = [{ name: 'registry', file: 'registry.bench.ts', run: runRegistryBench }];

// Suites of later issues join when their file exists; each exports run<Name>Bench().
for (const [name, file, fn] of [
  ['allocation', 'allocation.bench.ts', 'runAllocationBench'],
  ['ingest', 'ingest.bench.ts', 'runIngestBench'],
] as const) {
  if (existsSync(join(here, file))) {
    suites.push({ name, file, run: async () => (await import(`./${file}`))[fn]() });
  }
}

const all: Record<string, unknown> = {
  machine: { node: process.version, cpus: 2 },
  measured_at: new Date().toISOString(),
};
for (const suite of suites) {
  console.log(`\n== ${suite.name}`);
  all[suite.name] = await suite.run();
}
writeFileSync(join(here, 'results.json'), `${JSON.stringify(all, null, 2)}\n`);

const lines = [
  '# Benchmark results',
  '',
  `Measured ${all.measured_at} on this machine (Node ${process.version}, 2 cores). Regenerate with \`npm run bench\`.`,
  'Each figure stands next to a baseline measured in the same run; only the ratio is comparable between runs.',
  '',
  '| benchmark | db | Concord | baseline | ratio | baseline is |',
  '| --- | --- | --- | --- | --- | --- |',
];
const registry = all.registry as Result[];
for (const r of registry) {
  const fmt = (f: Result['subject']) =>
    r.unit === 'rows/s'
      ? `${f.rows_per_second} rows/s`
      : `p50 ${round(f.median_ms, 3)} ms · p99 ${round(f.p99_ms, 3)} ms`;
  lines.push(
    `| ${r.name} | ${r.database} | ${fmt(r.subject)} | ${fmt(r.baseline)} | ${r.ratio} | ${r.baseline.label} |`,
  );
}
for (const suite of suites.slice(1)) {
  lines.push('', `## ${suite.name}`, '', '```json', JSON.stringify(all[suite.name], null, 2), '```');
}
lines.push('', `Raw per-suite results: \`${RESULTS_DIR.split('/').slice(-2).join('/')}/\`.`, '');
writeFileSync(join(here, 'RESULTS.md'), lines.join('\n'));
console.log('\nWrote bench/results.json and bench/RESULTS.md');
