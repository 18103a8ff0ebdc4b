import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR, type Result, round } from './harness.js';

/**
 * `npm run bench`: every suite, each measured against its baseline in the same run, written to
 * bench/results.json (machine-readable) and bench/RESULTS.md (a table). Timing never fails anything.
 * BENCH_QUICK=1 runs the HTTP suite on the small dataset (a wiring check); BENCH_ONLY=http,registry
 * picks suites.
 */
const here = new URL('.', import.meta.url).pathname;

interface Suite {
  name: string;
  file: string;
  run: () => Promise<unknown>;
}

// Each suite file exports run<Name>Bench(); a suite joins when its file exists.
const suites: Suite[] = [];
for (const [name, file, fn] of [
  ['registry', 'registry.bench.ts', 'runRegistryBench'],
  ['http', 'http.bench.ts', 'runHttpBench'],
  ['readers', 'readers.bench.ts', 'runReadersBench'],
  ['instances', 'instances.bench.ts', 'runInstancesBench'],
  ['pdf', 'pdf.bench.ts', 'runPdfBench'],
  ['allocation', 'allocation.bench.ts', 'runAllocationBench'],
  ['ingest', 'ingest.bench.ts', 'runIngestBench'],
  ['web', 'web.bench.ts', 'runWebBench'],
] as const) {
  if (existsSync(join(here, file))) {
    suites.push({ name, file, run: async () => (await import(`./${file}`))[fn]() });
  }
}
// Servers are measured as production runs them: compiled (dist/), not through tsx, which costs
// seconds of start and a few hundred megabytes of memory the product does not have.
execFileSync(process.execPath, [join(here, '..', 'scripts', 'build.mjs'), '--if-stale'], {
  stdio: 'inherit',
});

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const chosen = only ? suites.filter((s) => only.includes(s.name)) : suites;

// BENCH_ONLY re-measures some suites and keeps the others' last figures (each suite says when).
const previous: Record<string, unknown> =
  only && existsSync(join(here, 'results.json'))
    ? JSON.parse(readFileSync(join(here, 'results.json'), 'utf8'))
    : {};
const all: Record<string, unknown> = {
  ...previous,
  machine: { node: process.version, cpus: 2 },
  measured_at: new Date().toISOString(),
  quick: Boolean(process.env.BENCH_QUICK),
};
const measuredAt = (all.suites_measured_at ?? {}) as Record<string, string>;
all.suites_measured_at = measuredAt;
for (const suite of chosen) {
  measuredAt[suite.name] = all.measured_at as string;
  console.log(`\n== ${suite.name}`);
  all[suite.name] = await suite.run();
}
writeFileSync(join(here, 'results.json'), `${JSON.stringify(all, null, 2)}\n`);

const isResults = (v: unknown): v is Result[] =>
  Array.isArray(v) && v.every((r) => r && typeof r === 'object' && 'subject' in r && 'baseline' in r);

function figure(r: Result, f: Result['subject']): string {
  if (r.unit === 'rows/s') return `${f.rows_per_second} rows/s`;
  if (r.unit === 'MB') return `${f.median_ms} MB`;
  const p95 = f.p95_ms !== undefined ? ` · p95 ${round(f.p95_ms, 3)} ms` : '';
  const latency = `p50 ${round(f.median_ms, 3)} ms${p95} · p99 ${round(f.p99_ms, 3)} ms`;
  return f.requests_per_second !== undefined ? `${f.requests_per_second} req/s · ${latency}` : latency;
}

const lines = [
  '# Benchmark results',
  '',
  `Measured ${all.measured_at} on this machine (Node ${process.version}, 2 cores)${all.quick ? ', BENCH_QUICK (small dataset)' : ''}. Regenerate with \`npm run bench\`.`,
  'Each figure stands next to a baseline measured in the same run; only the ratio is comparable between runs.',
  `Suites measured: ${Object.entries(measuredAt)
    .map(([name, at]) => `${name} ${at}`)
    .join(', ')}.`,
  '',
  '| suite | benchmark | db | Concord | baseline | ratio | baseline is | note |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
];
const other: string[] = [];
for (const suite of suites.filter((s) => all[s.name] !== undefined)) {
  const results = all[suite.name];
  if (!isResults(results)) {
    other.push('', `## ${suite.name}`, '', '```json', JSON.stringify(results, null, 2), '```');
    continue;
  }
  for (const r of results) {
    lines.push(
      `| ${suite.name} | ${r.name} | ${r.database ?? ''} | ${figure(r, r.subject)} | ${figure(r, r.baseline)} | ${r.ratio} | ${r.baseline.label} | ${(r.note ?? '').replaceAll('|', '/')} |`,
    );
  }
}
lines.push(...readerGrid(all.readers));
lines.push(...other);
lines.push('', `Raw per-suite results: \`${RESULTS_DIR.split('/').slice(-2).join('/')}/\`.`, '');
// Hand-written sections (the press accuracy scores, measured by `npm run press:score`) are kept.
const HAND_WRITTEN = '\n## Press extraction accuracy';
const oldResults = existsSync(join(here, 'RESULTS.md')) ? readFileSync(join(here, 'RESULTS.md'), 'utf8') : '';
const kept = oldResults.includes(HAND_WRITTEN) ? oldResults.slice(oldResults.indexOf(HAND_WRITTEN)) : '';
writeFileSync(join(here, 'RESULTS.md'), lines.join('\n') + kept);
console.log('\nWrote bench/results.json and bench/RESULTS.md');

/**
 * The reader matrix again as a grid per database: a cell is the share of ping's req/s, the p99 and
 * the longest event-loop delay, marked ✗ where a target (≥ 25%, p99 < 50 ms, loop ≤ 20 ms) is missed.
 */
function readerGrid(results: unknown): string[] {
  if (!isResults(results)) return [];
  const out: string[] = [];
  for (const db of ['sqlite', 'postgres'] as const) {
    const cells = results.filter((r) => r.database === db && r.name.includes(' × '));
    if (cells.length === 0) continue;
    const readers = [...new Set(cells.map((r) => r.name.split(' × ')[0] as string))];
    const routes = [...new Set(cells.map((r) => r.name.split(' × ')[1] as string))];
    out.push(
      '',
      `## Reader × route on ${db} (share of /api/ping · p99 · longest event-loop delay)`,
      '',
      `| route | ${readers.join(' | ')} |`,
      `| --- | ${readers.map(() => '---').join(' | ')} |`,
    );
    for (const route of routes) {
      const row = readers.map((reader) => {
        const r = cells.find((c) => c.name === `${reader} × ${route}`);
        if (!r) return '';
        const loop = /max ([\d.]+) ms/.exec(r.note ?? '')?.[1] ?? '?';
        const refused = /non-2xx/.test(r.note ?? '') ? ' (404)' : '';
        const mark = /MISSED/.test(r.note ?? '') ? ' ✗' : '';
        return `${Math.round(r.ratio * 100)}% · ${round(r.subject.p99_ms, 0)} ms · ${loop} ms${refused}${mark}`;
      });
      out.push(`| ${route} | ${row.join(' | ')} |`);
    }
  }
  return out;
}
