import { BENCH_READERS, sqliteDataset } from './dataset.js';
import { loadResults, type Result, round, saveResults } from './harness.js';
import { load, serve } from './http.bench.js';

/**
 * PDF briefing packs (issue 16: "≥ 5/s from one shared browser with a bounded queue"). A staff
 * reader asks for the pack of one partner on a different day each request, so that no answer comes
 * from the response cache: every request renders HTML and prints it in the server's one Chromium
 * (two pages at a time, eight waiting, then 503). The baseline is the same packs as JSON from the
 * same server in the same run: what the PDF adds is the printing. Each answer is an audited export.
 */
const CONNECTIONS = 8;
const DURATION = Math.max(4, Number(process.env.BENCH_CELL_SECONDS ?? 8));

function days(): () => string {
  let n = 0;
  // Distinct days of 2010–2023: a new pack each request, never one the cache holds.
  return () => new Date(Date.UTC(2010, 0, 1) + (n++ % 5000) * 86_400_000).toISOString().slice(0, 10);
}

export async function runPdfBench(): Promise<Result[]> {
  const url = await sqliteDataset();
  // The per-account PDF limit (RATE_LIMIT_PDF) is lifted: this measures the printer, not the limiter.
  const server = await serve(url, 4_790, '/api/ping', { env: { RATE_LIMIT_PDF: '1000000/1000000' } });
  try {
    const user = BENCH_READERS.staff;
    const signIn = await fetch(`${server.origin}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: user.username, password: user.password }),
    });
    if (!signIn.ok) throw new Error(`bench sign-in: ${signIn.status}`);
    const headers = { cookie: (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string };
    const partner = BENCH_READERS.partner.organization_id;
    const packs = (format: 'pdf' | 'json') => {
      const day = days();
      return [
        {
          setupRequest: (r: object) => ({
            ...r,
            path: `/api/partners/${partner}/dossier?on=${day()}&format=${format}`,
          }),
        },
      ];
    };
    // One pack first: Chromium starts on the first PDF, which is cold start, not throughput.
    await fetch(`${server.origin}/api/partners/${partner}/dossier?on=2011-06-22&format=pdf`, { headers });
    const json = await load(server, headers, packs('json'), CONNECTIONS, undefined, DURATION);
    const pdf = await load(server, headers, packs('pdf'), CONNECTIONS, undefined, DURATION);
    console.log(
      `  pdf ${pdf.requests_per_second}/s (json ${json.requests_per_second}/s), ${pdf.non_2xx} non-2xx`,
    );
    const results: Result[] = [
      {
        name: `briefing pack PDF, staff, a different day each request (${CONNECTIONS} connections)`,
        database: 'sqlite',
        unit: 'req/s',
        subject: { ...pick(pdf) },
        baseline: { ...pick(json), label: 'the same packs as JSON, same server, same run' },
        ratio: round(pdf.requests_per_second / Math.max(1, json.requests_per_second)),
        note: [
          `peak RSS of the server ${pdf.peak_rss_mb} MB (Chromium is its own processes)`,
          pdf.non_2xx ? `${pdf.non_2xx} refused with 503 by the bounded queue` : 'none refused by the queue',
          `target ≥ 5 PDFs/s: ${pdf.requests_per_second >= 5 ? 'met' : 'MISSED'}`,
        ].join('; '),
      },
    ];
    saveResults('pdf.json', results);
    return results;
  } catch (err) {
    console.warn(`pdf bench failed: ${(err as Error).message}`);
    return loadResults('pdf.json');
  } finally {
    await server.stop();
  }
}

function pick(f: { median_ms: number; p99_ms: number; runs: number; requests_per_second: number }) {
  return {
    median_ms: f.median_ms,
    p99_ms: f.p99_ms,
    runs: f.runs,
    requests_per_second: f.requests_per_second,
  };
}
