import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type autocannon from 'autocannon';
import { openStore, type Store } from '../src/store/core/db.js';
import { postgresReachable } from '../test/support/postgres.js';
import { BENCH_READERS, type BenchReader, postgresDataset, SCALE, sqliteDataset } from './dataset.js';
import { loadResults, type Result, round, saveResults } from './harness.js';
import { drain, type LoadFigure, load, probe, type Server, serve } from './http.bench.js';

/**
 * Every reader × every read route on the large dataset, on both databases: a `concord serve` process
 * under autocannon at 50 connections, each cell against /api/ping of the same server in the same run
 * (before and after the matrix; the lower of the two is the baseline). The server has a preloaded
 * event-loop delay monitor (bench/loop-delay.mjs): each cell reports the p99 and the maximum delay,
 * i.e. how long one request held the loop. Targets (issue 16): ≥ 25% of ping's req/s, p99 < 50 ms,
 * no loop delay above 20 ms.
 */
// autocannon averages per-second buckets: a cell shorter than 2 s reports nothing.
const DURATION = Math.max(2, Number(process.env.BENCH_CELL_SECONDS ?? 3));
const CONNECTIONS = 50;
const DAY = '2011-06-22';
const LOOP_PROBE = join(new URL('.', import.meta.url).pathname, 'loop-delay.mjs');
const TARGET = { share: 0.25, p99_ms: 50, loop_ms: 20 };

type Reader = 'anonymous' | Exclude<BenchReader, 'partner2'>;
const READERS: Reader[] = ['anonymous', 'partner', 'provider', 'staff'];

interface Ids {
  partners: string[];
  posts: string[];
  meetings: string[];
  programme: string;
}

async function sample(store: Store): Promise<Ids> {
  const ids = async (q: Promise<{ id: string }[]>) => (await q).map((r) => r.id);
  const partner = BENCH_READERS.partner.organization_id;
  return {
    partners: await ids(
      store.db.selectFrom('organization').select('id').where('kind', '=', 'state').orderBy('id').execute(),
    ),
    posts: await ids(store.db.selectFrom('post').select('id').orderBy('id').limit(200).execute()),
    // Public meetings: every reader may open them, so the cell measures the page, not a 404.
    meetings: await ids(
      store.db
        .selectFrom('meeting')
        .select('id')
        .where('marking', '=', 'public')
        .orderBy('start_lo', 'desc')
        .limit(100)
        .execute(),
    ),
    // The partner official's own programme: others get the 404 an unreleased one answers.
    programme: (
      await store.db
        .selectFrom('programme')
        .select('id')
        .where('partner_id', '=', partner)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).id,
  };
}

/** The routes of the matrix; a function of the sample so that ids rotate within a run. */
function routes(ids: Ids): [string, autocannon.Request[]][] {
  let i = 0;
  const next = (list: string[]) => list[i++ % list.length] as string;
  const rotate = (make: () => string): autocannon.Request => ({
    setupRequest: (r) => ({ ...r, path: make() }),
  });
  const partner = BENCH_READERS.partner.organization_id;
  return [
    [
      'partner page (organization, memberships, members, holders)',
      [
        rotate(() => `/api/organizations/${next(ids.partners)}`),
        rotate(() => `/api/organizations/${next(ids.partners)}/memberships?on=${DAY}`),
        { path: `/api/organizations/pfp/members?on=${DAY}` },
        rotate(() => `/api/posts/${next(ids.posts)}/holders?on=${DAY}`),
      ],
    ],
    [
      'menu search with facets',
      [{ path: '/api/activities?area=CEP&type=course&from=2010-01-01&to=2010-12-31' }],
    ],
    ['menu by area', [{ path: '/api/activities?area=SEC&limit=20' }]],
    ['meetings list', [{ path: '/api/meetings?limit=50' }]],
    ['meeting page', [rotate(() => `/api/meetings/${next(ids.meetings)}`)]],
    ['search (posts)', [{ path: '/api/posts?q=minister&limit=20' }]],
    ['nominations list', [{ path: '/api/nominations?limit=50' }]],
    ['programme page', [{ path: `/api/programmes/${ids.programme}` }]],
    [
      'dashboards (participation, dialogue)',
      [{ path: '/api/dashboard/participation?from=2020&to=2024' }, { path: '/api/dashboard/dialogue' }],
    ],
    ['dashboard of programmes', [{ path: '/api/dashboard/programmes' }]],
    ['follow-ups', [{ path: '/api/follow-ups?limit=50' }]],
    ['briefing pack JSON', [{ path: `/api/partners/${partner}/dossier?on=${DAY}&format=json` }]],
  ];
}

async function signIn(origin: string, reader: Reader): Promise<Record<string, string>> {
  if (reader === 'anonymous') return {};
  const user = BENCH_READERS[reader];
  const res = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  if (!res.ok) throw new Error(`bench sign-in of ${reader}: ${res.status} ${await res.text()}`);
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] as string };
}

/** Asks the server's preloaded monitor (bench/loop-delay.mjs) and waits for its answer. */
function ask<T>(server: Server, message: 'reset' | 'read'): Promise<T> {
  return new Promise((resolve) => {
    server.child.once('message', (m) => resolve(m as T));
    server.child.send(message);
  });
}

interface Cell extends LoadFigure {
  loop_p99_ms: number;
  loop_max_ms: number;
  /** one request alone, before the load: what the route itself costs */
  alone_ms: number;
  /** the machine's one-minute load average when the cell ended (2 cores) */
  load_average: number;
}

async function measure(server: Server, headers: Record<string, string>, requests: autocannon.Request[]) {
  const first = requests[0]?.path;
  // A route slower than a second a request would take minutes at 50 connections: a few requests tell.
  const alone = first ? await probe(server, headers, first) : 0;
  const slow = alone > 1_000;
  await drain(server);
  await ask(server, 'reset');
  const figure = slow
    ? await load(server, headers, requests, 5, 10, DURATION)
    : await load(server, headers, requests, CONNECTIONS, undefined, DURATION);
  const loop = await ask<{ p99_ms: number; max_ms: number }>(server, 'read');
  return {
    ...figure,
    loop_p99_ms: loop.p99_ms,
    loop_max_ms: loop.max_ms,
    alone_ms: round(alone, 1),
    load_average: round(loadavg()[0] ?? 0, 1),
    slow,
  } as Cell & { slow: boolean };
}

/**
 * The rows measured with the response cache off (RESPONSE_CACHE_MB=0): what a reader pays when the
 * data has just changed or nobody asked for the same answer yet. The main matrix runs as deployed.
 */
const UNCACHED_ROUTES = ['meetings list', 'menu search with facets', 'nominations list'];

/**
 * Why a cell missed, from what the same run measured: the targets the route itself misses, and
 * whether /api/ping — which does nothing — missed the same on this machine at that moment (then the
 * machine's load, not the route, set the figure).
 */
function missCause(cell: Cell & { slow: boolean }, ping: Cell, share: number): string {
  const missed = [
    share < TARGET.share ? `share ${Math.round(share * 100)}%` : null,
    cell.p99_ms >= TARGET.p99_ms
      ? `p99 ${cell.p99_ms} ms${ping.p99_ms >= TARGET.p99_ms ? ` (ping's own p99 ${ping.p99_ms} ms)` : ''}`
      : null,
    cell.loop_max_ms > TARGET.loop_ms
      ? `loop ${cell.loop_max_ms} ms${ping.loop_max_ms > TARGET.loop_ms ? ` (ping's own ${ping.loop_max_ms} ms)` : ''}`
      : null,
  ].filter(Boolean);
  return `(${missed.join(', ')}; load average ${cell.load_average} on 2 cores)`;
}

/** BENCH_ROUTES=meetings,… measures only the routes whose name contains one of the words. */
const ONLY_ROUTES = process.env.BENCH_ROUTES?.split(',').map((s) => s.trim());

async function matrix(db: Store['dialect'], url: string, port: number, cached = true): Promise<Result[]> {
  const store = openStore(url, { poolSize: 2 });
  let ids: Ids;
  try {
    ids = await sample(store);
  } finally {
    await store.close();
  }
  const server = await serve(url, port, '/api/ping', {
    nodeArgs: ['--import', pathToFileURL(LOOP_PROBE).href],
    ipc: true,
    ...(cached ? {} : { env: { RESPONSE_CACHE_MB: '0' } }),
  });
  const results: Result[] = [];
  try {
    const sessions = Object.fromEntries(
      await Promise.all(READERS.map(async (r) => [r, await signIn(server.origin, r)] as const)),
    ) as Record<Reader, Record<string, string>>;
    const pingBefore = await measure(server, {}, [{ path: '/api/ping' }]);
    const cells: { reader: Reader; route: string; cell: Cell & { slow: boolean } }[] = [];
    const measured = routes(ids).filter(
      ([route]) =>
        (cached || UNCACHED_ROUTES.includes(route)) &&
        (!ONLY_ROUTES || ONLY_ROUTES.some((word) => route.includes(word))),
    );
    for (const [route, requests] of measured) {
      for (const reader of READERS) {
        const cell = await measure(server, sessions[reader], requests);
        console.log(
          `  ${db} ${reader.padEnd(9)} ${route}: ${cell.requests_per_second} req/s, p99 ${cell.p99_ms} ms, loop max ${cell.loop_max_ms} ms${cell.non_2xx ? `, ${cell.non_2xx} non-2xx` : ''}`,
        );
        cells.push({ reader, route, cell });
      }
    }
    const pingAfter = await measure(server, {}, [{ path: '/api/ping' }]);
    // The lower of the two, unless one got no answer at all in its window (the server still busy
    // with what a slow cell left queued): that one says nothing about the floor.
    const pings = [pingBefore, pingAfter].filter((p) => p.requests_per_second > 0);
    const ping = pings.sort((a, b) => a.requests_per_second - b.requests_per_second)[0] ?? pingBefore;
    const peakRss = Math.max(...cells.map((c) => c.cell.peak_rss_mb), ping.peak_rss_mb);
    for (const { reader, route, cell } of cells) {
      const share = cell.requests_per_second / Math.max(1, ping.requests_per_second);
      const met =
        share >= TARGET.share &&
        cell.p99_ms < TARGET.p99_ms &&
        cell.loop_max_ms <= TARGET.loop_ms &&
        !cell.slow;
      results.push({
        name: `${reader} × ${route}${cached ? '' : ' (response cache off)'}`,
        database: db,
        unit: 'req/s',
        subject: {
          median_ms: cell.median_ms,
          p99_ms: cell.p99_ms,
          runs: cell.runs,
          requests_per_second: cell.requests_per_second,
        },
        baseline: {
          median_ms: ping.median_ms,
          p99_ms: ping.p99_ms,
          runs: ping.runs,
          requests_per_second: ping.requests_per_second,
          label: `GET /api/ping, same server (before ${pingBefore.requests_per_second}, after ${pingAfter.requests_per_second} req/s; the lower; its loop delay max ${ping.loop_max_ms} ms)`,
        },
        ratio: round(share),
        note: [
          `loop delay p99 ${cell.loop_p99_ms} ms, max ${cell.loop_max_ms} ms`,
          `alone ${cell.alone_ms} ms`,
          cell.non_2xx ? `${cell.non_2xx} non-2xx (the reader may not read it)` : null,
          cell.errors ? `${cell.errors} errors` : null,
          cell.slow ? 'over a second per request: 10 requests at 5 connections' : null,
          `targets (≥ 25% of ping, p99 < 50 ms, loop ≤ 20 ms): ${met ? 'met' : `MISSED ${missCause(cell, ping, share)}`}`,
        ]
          .filter(Boolean)
          .join('; '),
      });
    }
    if (!cached) return results;
    results.push({
      name: 'server RSS under the reader matrix (peak)',
      database: db,
      unit: 'MB',
      subject: { median_ms: peakRss, p99_ms: peakRss, runs: 1 },
      baseline: {
        median_ms: ping.peak_rss_mb,
        p99_ms: ping.peak_rss_mb,
        runs: 1,
        label: 'peak RSS while serving /api/ping',
      },
      ratio: round(peakRss / Math.max(1, ping.peak_rss_mb), 2),
      note: `target ≤ 300 MB: ${peakRss <= 300 ? 'met' : 'MISSED'}`,
    });
  } finally {
    await server.stop();
  }
  return results;
}

export async function runReadersBench(): Promise<Result[]> {
  console.log(`reader × route matrix on the ${SCALE} dataset, ${DURATION} s a cell…`);
  const results: Result[] = [];
  const only = process.env.BENCH_DB;
  if (!only || only === 'sqlite') {
    const url = await sqliteDataset();
    results.push(...(await matrix('sqlite', url, 4_783)), ...(await matrix('sqlite', url, 4_785, false)));
  }
  const unreachable = await postgresReachable();
  if (unreachable) console.warn(`PostgreSQL SKIPPED in benchmarks: ${unreachable}`);
  else if (!only || only === 'postgres') {
    const url = await postgresDataset();
    results.push(...(await matrix('postgres', url, 4_784)), ...(await matrix('postgres', url, 4_786, false)));
  }
  // One database or some routes re-measured (BENCH_DB, BENCH_ROUTES): the rest keep their last figures.
  const fresh = new Set(results.map((r) => `${r.database} ${r.name}`));
  const kept =
    only || ONLY_ROUTES
      ? loadResults('readers.json').filter(
          (r) => r.name !== undefined && !fresh.has(`${r.database} ${r.name}`),
        )
      : [];
  const all = [...kept, ...results];
  saveResults('readers.json', all);
  return all;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runReadersBench();
}
