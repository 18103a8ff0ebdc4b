import { Agent, createServer, type Server as HttpServer, request } from 'node:http';
import { pathToFileURL } from 'node:url';
import { postgresReachable } from '../test/support/postgres.js';
import { postgresDataset } from './dataset.js';
import { loadResults, type Result, round, saveResults } from './harness.js';
import { load, type Server, serve } from './http.bench.js';

/**
 * Scale past one process (issue 16): three `concord serve` instances on one PostgreSQL behind one
 * port, against one instance behind the same proxy, in the same run. The proxy is a minimal
 * round-robin HTTP forwarder written for the measurement (not part of the product: a deployment puts
 * nginx or a load balancer there; docs/deployment.md). The response cache is off so that each
 * request renders: what is measured is how rendering work spreads over processes. On this 2-core
 * machine the three instances and autocannon share two cores, which bounds the gain.
 */
const ROUTES = [
  ['anonymous meetings list', '/api/meetings?limit=50'],
  ['anonymous menu search with facets', '/api/activities?area=CEP&type=course&from=2010-01-01&to=2010-12-31'],
] as const;
const DURATION = Math.max(2, Number(process.env.BENCH_CELL_SECONDS ?? 5));

function roundRobin(upstreams: string[], port: number): Promise<HttpServer> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const proxy = createServer((req, res) => {
    const target = new URL(upstreams[next++ % upstreams.length] as string);
    const forward = request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  return new Promise((resolve) => proxy.listen(port, 'localhost', () => resolve(proxy)));
}

/** The proxy as the load function sees a server (RSS sampled from the first instance). */
function behind(proxy: number, first: Server): Server {
  return { ...first, origin: `http://localhost:${proxy}` };
}

async function measure(instances: number, url: string, basePort: number) {
  const servers: Server[] = [];
  for (let i = 0; i < instances; i++)
    servers.push(await serve(url, basePort + i, '/api/ping', { env: { RESPONSE_CACHE_MB: '0' } }));
  const proxy = await roundRobin(
    servers.map((s) => s.origin),
    basePort + 10,
  );
  try {
    const front = behind(basePort + 10, servers[0] as Server);
    const ping = await load(front, {}, [{ path: '/api/ping' }], 50, undefined, DURATION);
    const cells = [];
    for (const [name, path] of ROUTES)
      cells.push({ name, figure: await load(front, {}, [{ path }], 50, undefined, DURATION) });
    return { ping, cells };
  } finally {
    await new Promise((r) => proxy.close(r));
    await Promise.all(servers.map((s) => s.stop()));
  }
}

export async function runInstancesBench(): Promise<Result[]> {
  const unreachable = await postgresReachable();
  if (unreachable) {
    console.warn(`PostgreSQL SKIPPED: ${unreachable}`);
    return loadResults('instances.json');
  }
  const url = await postgresDataset();
  const one = await measure(1, url, 4_800);
  const three = await measure(3, url, 4_820);
  const results: Result[] = [];
  for (const [i, cell] of three.cells.entries()) {
    const single = one.cells[i]?.figure;
    if (!single) continue;
    results.push({
      name: `three instances behind one port: ${cell.name}`,
      database: 'postgres',
      unit: 'req/s',
      subject: {
        median_ms: cell.figure.median_ms,
        p99_ms: cell.figure.p99_ms,
        runs: cell.figure.runs,
        requests_per_second: cell.figure.requests_per_second,
      },
      baseline: {
        median_ms: single.median_ms,
        p99_ms: single.p99_ms,
        runs: single.runs,
        requests_per_second: single.requests_per_second,
        label: 'one instance behind the same proxy, same run',
      },
      ratio: round(cell.figure.requests_per_second / Math.max(1, single.requests_per_second)),
      note: `response cache off; ping through the proxy: one instance ${one.ping.requests_per_second} req/s, three ${three.ping.requests_per_second} req/s; 2 cores shared with the load generator`,
    });
  }
  saveResults('instances.json', results);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runInstancesBench())
    console.log(r.name, r.subject.requests_per_second, 'vs', r.baseline.requests_per_second, r.ratio);
}
