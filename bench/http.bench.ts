import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { containsPattern, trigramPhrase } from '../src/domain/core/search-text.js';
import { openStore, type Store } from '../src/store/core/db.js';
import { postgresReachable } from '../test/support/postgres.js';
import { BENCH_USER, postgresDataset, SCALE, sqliteDataset } from './dataset.js';
import { loop, quantile, type Result, round, saveResults } from './harness.js';

/**
 * The HTTP API on the generated dataset, as a browser would meet it: a `concord serve` process under
 * autocannon at 50 connections. Each route stands next to the same server's trivial /api/ping (the
 * framework's floor) and the same SQL through the raw driver (the database's floor). Also: creates
 * per second against raw driver inserts (both durable: synchronous=FULL / PostgreSQL commit), cold
 * start to the first answered request, and the server's RSS under load.
 */
const QUICK = Boolean(process.env.BENCH_QUICK);
const DURATION = QUICK ? 2 : 8;
const CONNECTIONS = 50;
const RAW_MS = QUICK ? 500 : 2_000;
const BIN = join(new URL('..', import.meta.url).pathname, 'bin', 'concord.js');
const DAY = '2011-06-22';

export interface Server {
  origin: string;
  child: ChildProcess;
  coldStartMs: number;
  stop(): Promise<void>;
}

/** `nodeArgs` go before the CLI (a preload module); `ipc` opens a message channel to the server. */
export async function serve(
  url: string,
  port: number,
  firstPath: string,
  opts: { nodeArgs?: string[]; ipc?: boolean; env?: Record<string, string> } = {},
): Promise<Server> {
  const started = performance.now();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), BIN, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      CONCORD_DEMO: 'off',
      LOG_LEVEL: 'warn',
      ...opts.env,
    },
    stdio: opts.ipc ? ['ignore', 'ignore', 'pipe', 'ipc'] : ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (d) => (errors += d));
  const origin = `http://localhost:${port}`;
  for (;;) {
    try {
      const res = await fetch(`${origin}${firstPath}`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || performance.now() - started > 120_000)
      throw new Error(`server did not start: ${errors}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    origin,
    child,
    coldStartMs: performance.now() - started,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function signIn(origin: string) {
  const res = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: BENCH_USER.username, password: BENCH_USER.password }),
  });
  if (!res.ok) throw new Error(`bench sign-in: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrf_token: string }).csrf_token };
}

export function rssMb(pid: number): number {
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return 0; // the process has ended: the load run reports its errors
  }
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export interface LoadFigure {
  median_ms: number;
  p99_ms: number;
  runs: number;
  requests_per_second: number;
  errors: number;
  non_2xx: number;
  peak_rss_mb: number;
}

/**
 * Waits until the server has worked off what a run left queued (requests of closed connections still
 * run), so that runs do not overlap: a ping answered quickly means the backlog is gone.
 */
export async function drain(server: Server): Promise<void> {
  const deadline = performance.now() + 300_000;
  while (performance.now() < deadline) {
    const t = performance.now();
    await fetch(`${server.origin}/api/ping`);
    if (performance.now() - t < 200) return;
  }
}

/** One request's time: a route slower than a second is loaded lightly, or a run would last minutes. */
export async function probe(server: Server, headers: Record<string, string>, path: string): Promise<number> {
  await drain(server);
  const t = performance.now();
  await fetch(`${server.origin}${path}`, { headers });
  return performance.now() - t;
}

export async function load(
  server: Server,
  headers: Record<string, string>,
  requests: autocannon.Request[],
  connections = CONNECTIONS,
  amount?: number,
  duration = DURATION,
): Promise<LoadFigure> {
  await drain(server);
  let peak = 0;
  const pid = server.child.pid as number;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 250);
  try {
    const r = await autocannon({
      url: server.origin,
      connections,
      duration,
      timeout: 120,
      headers,
      requests,
      ...(amount ? { amount } : {}),
    });
    return {
      median_ms: r.latency.p50,
      p99_ms: r.latency.p99,
      runs: r.requests.total,
      // Over the run's own span: autocannon's average counts whole seconds only, and reports 0 for
      // short runs whose first answers took over a second.
      requests_per_second: Math.round(
        r.requests.total / Math.max(0.001, (Number(new Date(r.finish)) - Number(new Date(r.start))) / 1000),
      ),
      errors: r.errors,
      non_2xx: r.non2xx,
      peak_rss_mb: Math.max(peak, rssMb(pid)),
    };
  } finally {
    clearInterval(sampler);
  }
}

/** The sample of ids the routes are asked about, drawn from the dataset itself. */
async function sample(store: Store) {
  const partners = (
    await store.db.selectFrom('organization').select('id').where('kind', '=', 'state').orderBy('id').execute()
  ).map((r) => r.id);
  const posts = (await store.db.selectFrom('post').select('id').orderBy('id').limit(200).execute()).map(
    (r) => r.id,
  );
  return { partners, posts };
}

/** The same reads through the raw driver: the floor a route cannot beat. */
function rawQueries(store: Store) {
  const run: Run = async (text, values) => {
    if (store.sqlite) return store.sqlite.prepare(text.replace(/\$\d+/g, '?')).all(...values);
    return (await (store.pool as NonNullable<Store['pool']>).query(text, values)).rows;
  };
  return {
    partner: async (id: string) => {
      await run('select * from organization where id = $1', [id]);
      await run('select * from organization_name where owner_id = $1 order by position', [id]);
      await run(
        'select * from membership where member_id = $1 and start_lo <= $2 and (end_hi is null or end_hi >= $3) order by start_lo, id',
        [id, DAY, DAY],
      );
    },
    holders: (id: string) =>
      run(
        'select h.*, n.name from post_holding h join person_name n on n.owner_id = h.person_id and n.position = 0 where h.post_id = $1 and h.start_lo <= $2 and (h.end_hi is null or h.end_hi >= $3) order by h.start_lo',
        [id, DAY, DAY],
      ),
    /** GET /api/activities?area=&type=&from=&to=: the page, and the facets and total in one grouped pass */
    activities: async () => {
      const where =
        'a.area_code = $1 and a.event_type = $2 and exists (select 1 from iteration i where i.activity_id = a.id and i.start_date <= $3 and coalesce(i.end_date, i.start_date) >= $4)';
      const values = ['CEP', 'course', '2010-12-31', '2010-01-01'];
      await run(`select a.* from activity a where ${where} order by a.key, a.id limit 50`, values);
      await run(facetsOf(where), values);
    },
    /** GET /api/dashboard/participation?from=2020&to=2024: the tallies of migration 0009, by area, year, partner */
    dashboard: async () => {
      const window = ['2020', '2024'];
      for (const by of ['area_code', 'year'])
        await run(
          `select ${by} as "group", count(distinct activity_id) as activities, sum(iterations) as iterations, sum(held) as held from iteration_tally where iterations > 0 and year >= $1 and year <= $2 group by ${by} order by ${by}`,
          window,
        );
      for (const by of ['area_code', 'year', 'partner_id'])
        await run(
          `select ${by} as "group", sum(nominations) as nominations, sum(accepted) as accepted, sum(attended) as attended from nomination_tally where year >= $1 and year <= $2 group by ${by} having sum(nominations) > 0 order by ${by}`,
          window,
        );
      await run('select code, names from area', []);
    },
    meetings: () => meetingPage(run, '', []),
    /** GET /api/activities?q=&area=: the page, its total and its three facets */
    activitySearch: async (q: string, area: string) => {
      // On SQLite the route narrows by the trigram index (migration 0008) before the LIKE.
      const phrase = store.sqlite ? trigramPhrase(q) : null;
      const fts = phrase
        ? 'a.rowid in (select rowid from activity_search where activity_search match $3) and '
        : '';
      const where = `${fts}a.search like $1 escape '\\' and a.area_code = $2`;
      const values = phrase ? [phrase, containsPattern(q), area] : [containsPattern(q), area];
      await run(`select a.* from activity a where ${where} order by a.key, a.id limit 50`, values);
      await run(facetsOf(where), values);
    },
    /** GET /api/meetings?q=&partner_id=: the page, its total and the page's participants */
    meetingSearch: (q: string, partner: string) =>
      meetingPage(run, "where partner_id = $1 and search like $2 escape '\\'", [partner, containsPattern(q)]),
  };
}

type Run = (text: string, values: unknown[]) => Promise<unknown[]>;

/** The menu's facets and total: one grouped pass over the filtered activities (store/menu.repo.ts). */
function facetsOf(where: string) {
  return `with g as (select a.area_code, a.event_type, a.provider_id, count(*) as n from activity a where ${where} group by a.area_code, a.event_type, a.provider_id)
    select 'area' as facet, area_code as value, sum(n) as n from g group by area_code
    union all select 'type', event_type, sum(n) from g group by event_type
    union all select 'provider', provider_id, sum(n) from g group by provider_id
    order by facet, value`;
}

/** The meeting list's statements: page, total, and the participants of the page's meetings. */
async function meetingPage(run: Run, where: string, values: unknown[]) {
  const rows = (await run(`select * from meeting ${where} order by start_lo desc, id limit 50`, values)) as {
    id: string;
  }[];
  // As the route: the total of all meetings comes from the meeting tally, a filtered one is counted.
  await run(
    where ? `select count(*) as n from meeting ${where}` : 'select sum(meetings) as n from meeting_tally',
    values,
  );
  if (rows.length > 0) {
    const ids = rows.map((r) => r.id);
    const list = ids.map((_, k) => `$${k + 1}`).join(',');
    await run(
      `select * from meeting_participant where meeting_id in (${list}) order by meeting_id, position`,
      ids,
    );
  }
}

function routeResult(
  name: string,
  db: Store['dialect'],
  http: LoadFigure,
  ping: LoadFigure,
  raw: Awaited<ReturnType<typeof loop>> | null,
  note?: string,
): Result[] {
  const out: Result[] = [
    {
      name: `${name} (HTTP)`,
      database: db,
      unit: 'req/s',
      subject: http,
      baseline: { ...ping, label: 'GET /api/ping on the same server' },
      ratio: round(http.requests_per_second / Math.max(1, ping.requests_per_second)),
      note: `${CONNECTIONS} connections unless said; ratio = share of the trivial route's req/s${note ? `; ${note}` : ''}`,
    },
  ];
  if (raw)
    out.push({
      name: `${name}: latency against the raw SQL`,
      database: db,
      unit: 'ms',
      subject: http,
      baseline: {
        ...raw,
        requests_per_second: raw.per_second,
        label: 'same SQL through the raw driver, one at a time',
      },
      ratio: round(http.median_ms / Math.max(0.001, raw.median_ms), 1),
      note: 'HTTP p50 under load ÷ raw single-call p50 (includes queueing behind other connections)',
    });
  return out;
}

async function tableExists(store: Store, table: string): Promise<boolean> {
  try {
    await sql`select 1 from ${sql.table(table)} limit 1`.execute(store.db);
    return true;
  } catch {
    return false;
  }
}

async function benchTarget(db: Store['dialect'], url: string, port: number): Promise<Result[]> {
  const store = openStore(url, { poolSize: 10 });
  const results: Result[] = [];
  try {
    const { partners, posts } = await sample(store);
    const server = await serve(url, port, `/api/organizations/${partners[0]}`);
    let stopped = false;
    try {
      results.push({
        name: `cold start of concord serve to the first answered request (${SCALE} dataset)`,
        database: db,
        unit: 'ms',
        subject: { median_ms: round(server.coldStartMs, 0), p99_ms: round(server.coldStartMs, 0), runs: 1 },
        baseline: { median_ms: 0, p99_ms: 0, runs: 0, label: 'none (one measurement)' },
        ratio: 1,
        note: 'process spawn, migrations check, first GET /api/organizations/{id}',
      });
      const headers = await signIn(server.origin);
      let i = 0;
      const partner = () => partners[i++ % partners.length] as string;
      const post = () => posts[i++ % posts.length] as string;
      const ping = await load(server, headers, [{ path: '/api/ping' }]);
      const raw = rawQueries(store);
      const routes: [string, autocannon.Request[], (() => Promise<unknown>) | null, string?][] = [
        [
          'partner page: organization, memberships?on=, members, post holders',
          [
            { setupRequest: (r) => ({ ...r, path: `/api/organizations/${partner()}` }) },
            {
              setupRequest: (r) => ({ ...r, path: `/api/organizations/${partner()}/memberships?on=${DAY}` }),
            },
            { setupRequest: (r) => ({ ...r, path: '/api/organizations/pfp/members?on=2011-06-22' }) },
            { setupRequest: (r) => ({ ...r, path: `/api/posts/${post()}/holders?on=${DAY}` }) },
          ],
          async () => {
            await raw.partner(partner());
            await raw.holders(post());
          },
        ],
        [
          'menu search with facets: GET /api/activities?area=&type=&from=&to=',
          [{ path: '/api/activities?area=CEP&type=course&from=2010-01-01&to=2010-12-31' }],
          raw.activities,
        ],
        [
          'dashboard aggregate: GET /api/dashboard/participation?from=2020&to=2024',
          [{ path: '/api/dashboard/participation?from=2020&to=2024' }],
          raw.dashboard,
        ],
      ];
      if (await tableExists(store, 'meeting'))
        routes.push([
          'dialogue list: GET /api/meetings',
          [{ path: '/api/meetings?limit=50' }],
          raw.meetings,
          'the newest 50 of the generated meetings with their participants',
        ]);
      for (const [name, requests, rawFn, routeNote] of routes) {
        console.log(`  ${db}: ${name}`);
        const first = requests[0]?.path;
        const slow = first ? (await probe(server, headers, first)) > 1_000 : false;
        const http = slow
          ? await load(server, headers, requests, 5, 10)
          : await load(server, headers, requests);
        const note = slow
          ? `over a second per request: measured with 10 requests at 5 connections${routeNote ? `; ${routeNote}` : ''}`
          : routeNote;
        const floor = rawFn ? await loop(rawFn, RAW_MS) : null;
        results.push(...routeResult(name, db, http, ping, floor, note));
      }

      if (await tableExists(store, 'meeting'))
        results.push(...(await searchFigures(server, headers, raw, partners, db)));

      // Writes: each create is its own durable transaction, audited.
      const run = Date.now().toString(36);
      let n = 0;
      const creates = await load(
        server,
        { ...headers, 'content-type': 'application/json' },
        [
          {
            method: 'POST',
            path: '/api/organizations',
            setupRequest: (r) => ({
              ...r,
              body: JSON.stringify({
                id: `bench-w-${run}-${n}`,
                kind: 'body',
                names: [{ name: `Bench write ${run} ${n++}`, lang: 'en' }],
              }),
            }),
          },
        ],
        10,
      );
      await server.stop();
      stopped = true;
      let m = 0;
      const rawCreate = await rawInserts(store, `bench-r-${run}`, () => m++);
      results.push({
        name: 'create organization: POST /api/organizations (10 connections)',
        database: db,
        unit: 'req/s',
        subject: creates,
        baseline: { ...rawCreate, requests_per_second: rawCreate.per_second, label: rawCreate.label },
        ratio: round(creates.requests_per_second / Math.max(1, rawCreate.per_second)),
        note: 'each a durable transaction (SQLite synchronous=FULL); Concord also validates, checks and appends to the audit hash chain',
      });
      const peakRss = Math.max(
        ping.peak_rss_mb,
        creates.peak_rss_mb,
        ...results.map((r) => (r.subject as Partial<LoadFigure>).peak_rss_mb ?? 0),
      );
      results.push({
        name: 'server RSS under load (peak over all runs)',
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
        note: 'megabytes of resident memory of the concord serve process, sampled every 250 ms',
      });
    } finally {
      if (!stopped) await server.stop();
    }
  } finally {
    await store.close();
  }
  return results;
}

const SEARCH_TARGET_MS = 30;
const SEARCH_WORDS = ['crisis', 'cyber', 'border', 'logistics', 'medical', 'english', 'defence', 'peace'];
const SEARCH_AREAS = ['CEP', 'CYB', 'BMS', 'LOG', 'MED', 'LNG', 'DEF', 'EDU'];
const TOPIC_WORDS = [
  'border',
  'afghanistan',
  'cyber',
  'reform',
  'terrorism',
  'education',
  'visit',
  'security',
];

/** Latency figure of one-at-a-time calls, with the 95th percentile the search target is set on. */
async function timed(calls: (() => Promise<unknown>)[], ms: number) {
  const times: number[] = [];
  const end = performance.now() + ms;
  for (let k = 0; performance.now() < end || k < calls.length; k++) {
    const t = performance.now();
    await (calls[k % calls.length] as () => Promise<unknown>)();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    median_ms: round(quantile(times, 0.5)),
    p95_ms: round(quantile(times, 0.95)),
    p99_ms: round(quantile(times, 0.99)),
    runs: times.length,
  };
}

/**
 * Search as one user meets it: full-text plus a facet, one request at a time (no queueing behind
 * other connections), a rotation of words and facets so that no single plan or cache decides. The
 * target is on the 95th percentile; the baseline is the same statements through the raw driver.
 */
async function searchFigures(
  server: Server,
  headers: Record<string, string>,
  raw: ReturnType<typeof rawQueries>,
  partners: string[],
  db: Store['dialect'],
): Promise<Result[]> {
  const get = (path: string) => async () => {
    const res = await fetch(`${server.origin}${path}`, { headers });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  const menu = SEARCH_WORDS.map((q, k) => ({ q, area: SEARCH_AREAS[k % SEARCH_AREAS.length] as string }));
  const dialogue = TOPIC_WORDS.flatMap((q, k) =>
    [0, 1, 2].map((j) => ({ q, partner: partners[(k * 7 + j * 13) % partners.length] as string })),
  );
  const families: [string, (() => Promise<unknown>)[], (() => Promise<unknown>)[]][] = [
    [
      'search the menu: GET /api/activities?q=&area= (full text + facets)',
      menu.map((m) => get(`/api/activities?q=${m.q}&area=${m.area}&limit=50`)),
      menu.map((m) => () => raw.activitySearch(m.q, m.area)),
    ],
    [
      'search the dialogue: GET /api/meetings?q=&partner_id= (full text + partner)',
      dialogue.map((m) => get(`/api/meetings?q=${m.q}&partner_id=${m.partner}&limit=50`)),
      dialogue.map((m) => () => raw.meetingSearch(m.q, m.partner)),
    ],
  ];
  const out: Result[] = [];
  for (const [name, http, rawCalls] of families) {
    console.log(`  ${db}: ${name}`);
    await drain(server);
    for (const call of http.slice(0, 4)) await call(); // warm the server's statement caches
    const subject = await timed(http, RAW_MS * 2);
    const baseline = await timed(rawCalls, RAW_MS * 2);
    out.push({
      name,
      database: db,
      unit: 'ms',
      subject,
      baseline: { ...baseline, label: 'same statements through the raw driver, one at a time' },
      ratio: round(subject.p95_ms / Math.max(0.001, baseline.p95_ms), 1),
      note: `one request at a time; ratio on p95; target p95 ≤ ${SEARCH_TARGET_MS} ms: ${subject.p95_ms <= SEARCH_TARGET_MS ? 'met' : 'MISSED'}`,
    });
  }
  return out;
}

/** The floor for creates: the same rows (organization, name, audit entry) in one transaction each. */
async function rawInserts(store: Store, prefix: string, next: () => number) {
  const at = new Date().toISOString();
  const values = (k: number) => ({
    org: [`${prefix}-${k}`, 'body', `bench raw ${k}`, at, at],
    name: [`${prefix}-${k}`, `Bench raw ${k}`],
    audit: [at, 'system', `${prefix}-${k}`, `{"id":"${prefix}-${k}"}`],
  });
  const orgSql =
    'insert into organization (id, kind, search, version, created_at, updated_at) values ($1, $2, $3, 1, $4, $5)';
  const nameSql =
    "insert into organization_name (owner_id, position, name, lang, kind) values ($1, 0, $2, 'en', 'official')";
  const auditSql =
    "insert into audit_log (at, actor_id, action, entity, entity_id, after) values ($1, $2, 'create', 'bench', $3, $4)";
  if (store.sqlite) {
    const db = store.sqlite;
    const [o, nm, a] = [orgSql, nameSql, auditSql].map((s) => db.prepare(s.replace(/\$\d+/g, '?')));
    const write = db.transaction((k: number) => {
      const v = values(k);
      o?.run(...v.org);
      nm?.run(...v.name);
      a?.run(...v.audit);
    });
    return {
      ...(await loop(() => write(next()), RAW_MS * 2)),
      label: 'raw driver: 3 inserts per transaction, synchronous=FULL, one writer',
    };
  }
  const pool = store.pool as NonNullable<Store['pool']>;
  const one = async () => {
    const client = await pool.connect();
    try {
      const v = values(next());
      await client.query('begin');
      await client.query(orgSql, v.org);
      await client.query(nameSql, v.name);
      await client.query(auditSql, v.audit);
      await client.query('commit');
    } finally {
      client.release();
    }
  };
  const figures = await Promise.all(Array.from({ length: 10 }, () => loop(one, RAW_MS * 2)));
  const per = figures.reduce((s, f) => s + f.per_second, 0);
  return {
    ...(figures[0] as (typeof figures)[number]),
    per_second: per,
    label: 'raw driver: 3 inserts per transaction, 10 clients',
  };
}

export async function runHttpBench(): Promise<Result[]> {
  const results: Result[] = [];
  console.log(`http benchmarks on the ${SCALE} dataset (BENCH_QUICK ${QUICK ? 'on' : 'off'})…`);
  results.push(...(await benchTarget('sqlite', await sqliteDataset(), 4_781)));
  const unreachable = await postgresReachable();
  if (unreachable) console.warn(`PostgreSQL SKIPPED in benchmarks: ${unreachable}`);
  else results.push(...(await benchTarget('postgres', await postgresDataset(), 4_782)));
  saveResults('http.json', results);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runHttpBench();
  console.table(
    results.map((r) => ({
      name: r.name,
      db: r.database,
      p50: r.subject.median_ms,
      p99: r.subject.p99_ms,
      rps: r.subject.requests_per_second,
      ratio: r.ratio,
    })),
  );
}
