import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../src/ingest/extract.js';
import { BUILT_IN_GAZETTEER } from '../src/ingest/known-people.js';
import { readReport } from '../src/ingest/read.js';
import { CRAFTED_PATTERNS, craftedReport } from './crafted.js';
import { RESULTS_DIR, round } from './harness.js';

/**
 * Press reports read per second, in process, over the development set repeated to at least 2,000
 * reports; the median of five runs. `npx tsx bench/ingest.bench.ts`. Timing never fails anything.
 */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'press');
const MIN_REPORTS = 2000;
const RUNS = 5;

export interface IngestBenchResult {
  name: string;
  reports_per_second: number;
  runs: number;
  median_ms_per_report: number;
  /** crafted reports of 10, 50 and 100 kB, read as the API reads them (extraction and annotation) */
  crafted: { pattern: string; ms_by_kb: Record<string, number>; ms_per_kb_at_100_over_10: number }[];
}

const CRAFTED_KB = [10, 50, 100];

/** Median of three readings of each crafted report at each size: time linear in length keeps ms/kB flat. */
function craftedTimes(): IngestBenchResult['crafted'] {
  readReport({ text: craftedReport(5_000), published: null, gazetteer: BUILT_IN_GAZETTEER, posts: [] });
  return [...Object.keys(CRAFTED_PATTERNS), 'all patterns in turn'].map((pattern) => {
    const ms_by_kb: Record<string, number> = {};
    for (const kb of CRAFTED_KB) {
      const text = craftedReport(kb * 1000, pattern === 'all patterns in turn' ? undefined : pattern);
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        readReport({ text, published: '2024-05-14', gazetteer: BUILT_IN_GAZETTEER, posts: [] });
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      ms_by_kb[`${kb}kB`] = round(times[1] ?? 0, 1);
    }
    const per = (kb: number) => (ms_by_kb[`${kb}kB`] ?? 0) / kb;
    return { pattern, ms_by_kb, ms_per_kb_at_100_over_10: round(per(100) / per(10), 2) };
  });
}

interface Report {
  text: string;
  published?: string;
}

function loadReports(): Report[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const expected = JSON.parse(
        readFileSync(join(FIXTURES, f.replace(/\.txt$/, '.expected.json')), 'utf8'),
      ) as {
        published?: string;
      };
      return { text: readFileSync(join(FIXTURES, f), 'utf8'), published: expected.published };
    });
}

export async function runIngestBench(): Promise<IngestBenchResult> {
  const reports = loadReports();
  const batch: Report[] = [];
  while (batch.length < MIN_REPORTS) batch.push(...reports);
  // One warm-up pass: the first call compiles the gazetteer and JIT-warms the parsers.
  for (const r of reports) extractReport(r.text, { published: r.published, gazetteer: BUILT_IN_GAZETTEER });
  const perReport: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const r of batch) extractReport(r.text, { published: r.published, gazetteer: BUILT_IN_GAZETTEER });
    perReport.push((performance.now() - start) / batch.length);
  }
  perReport.sort((a, b) => a - b);
  const median = perReport[Math.floor(RUNS / 2)] ?? 0;
  const result: IngestBenchResult = {
    name: 'ingest: press reports → proposed meetings',
    reports_per_second: Math.round(1000 / median),
    runs: RUNS,
    median_ms_per_report: round(median, 3),
    crafted: craftedTimes(),
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'ingest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `ingest: ${result.reports_per_second} reports/s (median ${result.median_ms_per_report} ms per report, ${batch.length} reports × ${RUNS} runs)`,
  );
  for (const c of result.crafted) {
    console.log(
      `  crafted "${c.pattern}": ${Object.entries(c.ms_by_kb)
        .map(([kb, ms]) => `${kb} ${ms} ms`)
        .join(', ')}; ms per kB at 100 kB ÷ at 10 kB = ${c.ms_per_kb_at_100_over_10}`,
    );
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runIngestBench();
