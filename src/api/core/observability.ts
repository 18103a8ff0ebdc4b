import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { z } from 'zod';
import { type QueueSizes, queueSizes, readiness, workQueues } from '../../services/core/readiness.service.js';
import type { Store } from '../../store/core/db.js';

/** An id the caller (a proxy, another service) sent is kept when it is plainly an id; else ours. */
const CALLER_ID = /^[\w.:-]{8,128}$/;

/** Fastify's genReqId: the request id every log line of the request and its answer carry. */
export function requestId(req: IncomingMessage): string {
  const sent = req.headers['x-request-id'];
  return typeof sent === 'string' && CALLER_ID.test(sent) ? sent : randomUUID();
}

/**
 * What a log line says of a request: the method and the path, never the query string (a search for
 * a person's name is personal data) nor the client's address.
 */
export const logSerializers = {
  req(request: FastifyRequest) {
    // a private calendar address is a credential: its secret never reaches the logs
    const path = (request.url ?? '').split('?')[0]?.replace(/^(\/api\/calendar\/feeds\/)[^/]+/, '$1(secret)');
    return { method: request.method, path };
  },
};

/** Seconds since the newest verified backup, or null when there is none. */
export type BackupAge = () => Promise<number | null>;

/** What the response cache has done since start; null when it is off. */
export type CacheStats = () => { hits: number; misses: number; bytes: number; entries: number } | null;

/**
 * /metrics (Prometheus), /readyz, and the request id on every answer. Metrics live in a registry of
 * this server's own, so that several servers in one process (the tests) do not share counters.
 */
export function registerObservability(
  app: FastifyInstance,
  store: Store,
  options: { lastBackupAge?: BackupAge; responseCache?: CacheStats } = {},
) {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'concord_' });
  const duration = new Histogram({
    name: 'concord_http_request_duration_seconds',
    help: 'Time to answer a request, by route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'concord_http_requests_in_flight',
    help: 'Requests received and not yet answered',
    registers: [registry],
  });
  new Gauge({
    name: 'concord_db_pool_connections',
    help: 'Database connections by state (PostgreSQL pool; SQLite has one connection)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      if (store.pool) {
        this.set({ state: 'total' }, store.pool.totalCount);
        this.set({ state: 'idle' }, store.pool.idleCount);
        this.set({ state: 'waiting' }, store.pool.waitingCount);
      } else {
        this.set({ state: 'total' }, 1);
      }
    },
  });
  // One read of the database's queues per scrape, shared by the gauges that show it.
  let scrape: Promise<QueueSizes | undefined> | null = null;
  const databaseQueues = () => {
    scrape ??= queueSizes(store).catch(() => undefined);
    return scrape;
  };
  new Gauge({
    name: 'concord_queue_size',
    help: 'Items waiting in a queue: pending_actions (four-eyes actions awaiting a second person), outbox (mail not yet sent), and in this process the sheet and press worker queues and the pdf printer',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      const sizes = await databaseQueues();
      if (sizes) {
        this.set({ queue: 'pending_actions' }, sizes.pendingActions);
        this.set({ queue: 'outbox' }, sizes.outboxPending);
      }
      for (const [queue, size] of Object.entries(workQueues())) this.set({ queue }, size.waiting);
    },
  });
  new Gauge({
    name: 'concord_queue_active',
    help: 'Items being worked on now in this process: sheet and press worker threads, pdf documents printing',
    labelNames: ['queue'] as const,
    registers: [registry],
    collect() {
      for (const [queue, size] of Object.entries(workQueues())) this.set({ queue }, size.active);
    },
  });
  new Gauge({
    name: 'concord_outbox_oldest_age_seconds',
    help: 'Age of the oldest mail still waiting to be sent (0 when none waits): growing means the sender or SMTP is stuck',
    registers: [registry],
    async collect() {
      const sizes = await databaseQueues();
      if (sizes) this.set(sizes.outboxOldestAgeSeconds);
    },
  });
  if (options.responseCache) {
    const stats = options.responseCache;
    new Counter({
      name: 'concord_response_cache_hits_total',
      help: 'GET answers replayed from the response cache',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(stats()?.hits ?? 0);
      },
    });
    new Counter({
      name: 'concord_response_cache_misses_total',
      help: 'Cacheable GET answers not found in the response cache (rendered, then kept)',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(stats()?.misses ?? 0);
      },
    });
    new Gauge({
      name: 'concord_response_cache_bytes',
      help: 'Bytes of answers held by the response cache (RESPONSE_CACHE_MB bounds it)',
      registers: [registry],
      collect() {
        this.set(stats()?.bytes ?? 0);
      },
    });
    new Gauge({
      name: 'concord_response_cache_entries',
      help: 'Answers held by the response cache',
      registers: [registry],
      collect() {
        this.set(stats()?.entries ?? 0);
      },
    });
  }
  const errors = new Counter({
    name: 'concord_http_server_errors_total',
    help: 'Answers with a 5xx status',
    registers: [registry],
  });

  const started = new WeakMap<FastifyRequest, bigint>();
  app.addHook('onRequest', async (request) => {
    started.set(request, process.hrtime.bigint());
    inFlight.inc();
  });
  app.addHook('onResponse', async (request, reply) => {
    inFlight.dec();
    const start = started.get(request);
    if (start === undefined) return;
    // The route template (/api/people/:id), never the URL: one series per route, no ids or names.
    const route = request.routeOptions.url ?? '(unmatched)';
    duration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      Number(process.hrtime.bigint() - start) / 1e9,
    );
    if (reply.statusCode >= 500) errors.inc();
  });

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType);
    scrape = null;
    return registry.metrics();
  });

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        operationId: 'getReadiness',
        summary: 'Readiness: the database answers and its schema is current',
        description:
          'For load balancers and orchestrators: 503 while the database is unreachable or migrations are pending. Reports the age of the newest verified backup when scheduled backups are on.',
        response: {
          200: readyBody,
          503: readyBody,
        },
      },
    },
    async (_request, reply) => {
      const state = await readiness(store);
      const backupAge = options.lastBackupAge ? await options.lastBackupAge() : undefined;
      const body = {
        status: state.ready ? ('ready' as const) : ('unavailable' as const),
        database: state.database,
        dialect: store.dialect,
        pendingMigrations: state.pendingMigrations,
        ...(backupAge !== undefined ? { lastBackupAgeSeconds: backupAge } : {}),
      };
      return reply.status(state.ready ? 200 : 503).send(body);
    },
  );
}

const readyBody = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['reachable', 'unreachable']),
  dialect: z.enum(['sqlite', 'postgres']),
  pendingMigrations: z.array(z.string()),
  lastBackupAgeSeconds: z
    .number()
    .nullable()
    .optional()
    .describe('seconds since the newest verified backup (null: none yet); present when BACKUP_DIR is set'),
});
