import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../test/support/cli.js';
import { sqliteDataset } from './dataset.js';
import { type Figure, quantile, type Result, round, saveResults } from './harness.js';

/**
 * The partner page in Chromium on the large dataset: from navigation to the memberships table and the
 * timeline drawn (target under 1 s), next to the app's own empty page (the shell, the framework's
 * floor) measured the same way in the same run.
 */
const CHROMIUM = '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 10);

function figure(times: number[]): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median_ms: round(quantile(sorted, 0.5)),
    p99_ms: round(quantile(sorted, 0.99)),
    runs: sorted.length,
  };
}

export async function runWebBench(): Promise<Result[]> {
  if (!existsSync(CHROMIUM)) {
    console.log('web: no Chromium at /usr/bin/chromium; skipped');
    return [];
  }
  const url = await sqliteDataset();
  const port = 5900 + Math.floor(Math.random() * 90);
  const server = await startServer({ DATABASE_URL: url, CONCORD_DEMO: 'off' }, port);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const base = `http://localhost:${port}`;
    const partner = (await (await fetch(`${base}/api/organizations?kind=state&limit=1`)).json()) as {
      items: { id: string }[];
    };
    const id = partner.items[0]?.id ?? 'tj';
    // Cold: a fresh browser profile each time (nothing cached); warm: a returning reader whose
    // browser already holds the app's scripts.
    const measure = async (
      path: string,
      ready: (page: import('playwright-core').Page) => Promise<void>,
      warm = false,
    ) => {
      const times: number[] = [];
      const shared = warm ? await browser.newContext({ locale: 'en-GB' }) : undefined;
      for (let i = 0; i <= RUNS; i++) {
        const context = shared ?? (await browser.newContext({ locale: 'en-GB' }));
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(base + path);
        await ready(page);
        if (i > 0) times.push(performance.now() - start); // the first run warms the server (and cache)
        await (shared ? page.close() : context.close());
      }
      await shared?.close();
      return figure(times);
    };
    const partnerReady = async (page: import('playwright-core').Page) => {
      await page.getByRole('table', { name: 'Memberships', exact: true }).waitFor();
      await page.locator('canvas').first().waitFor();
    };
    const shellReady = async (page: import('playwright-core').Page) => {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    };
    const results: Result[] = [];
    for (const warm of [false, true]) {
      const subject = await measure(`/partners/${id}`, partnerReady, warm);
      const baseline = await measure('/no-such-page', shellReady, warm);
      const how = warm ? 'returning reader (scripts cached)' : 'first visit (fresh profile, nothing cached)';
      results.push({
        name: `partner page in Chromium, ${how}: navigation → memberships table and timeline drawn (large dataset, ${id})`,
        database: 'sqlite',
        unit: 'ms',
        subject,
        baseline: { ...baseline, label: 'the app shell’s not-found page, same server, same browser' },
        ratio: round(subject.median_ms / Math.max(baseline.median_ms, 0.001)),
        note: 'target: the partner page renders in under 1 s; first run discarded',
      });
    }
    saveResults('web.json', results);
    console.log(
      `web: partner page p50 ${results.map((r) => `${r.subject.median_ms} ms`).join(' cold, ')} warm`,
    );
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}
