import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../src/ingest/extract.js';
import { BUILT_IN_GAZETTEER } from '../src/ingest/known-people.js';
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
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'ingest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `ingest: ${result.reports_per_second} reports/s (median ${result.median_ms_per_report} ms per report, ${batch.length} reports × ${RUNS} runs)`,
  );
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runIngestBench();
