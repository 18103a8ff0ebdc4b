import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import { DomainError } from '../../domain/core/errors.js';

/**
 * Work that costs the server far more than an ordinary read: printing a PDF (Chromium), reading a
 * press report, importing a spreadsheet (worker threads), searching every kind of record at once.
 * Each is limited per address AND per signed-in account, so neither one client behind many accounts
 * nor one account from many addresses can queue the server full (issue 12, rate limits).
 */
export const COSTLY_KINDS = ['pdf', 'ingest', 'import', 'search'] as const;
export type CostlyKind = (typeof COSTLY_KINDS)[number];

/** Requests per window: from one address, and by one account (anonymous requests count per address only). */
export interface CostlyRate {
  perAddress: number;
  perAccount: number;
  windowMs: number;
}
export type CostlyRates = Record<CostlyKind, CostlyRate>;

interface CostlyRoute {
  kind: CostlyKind;
  method: string;
  url: string;
  /** when only some requests to the route are costly (a PDF among the formats) */
  when?: (req: FastifyRequest) => boolean;
}

const asPdf = (req: FastifyRequest) => (req.query as { format?: string } | undefined)?.format === 'pdf';

/** The routes the limits apply to, by the URL pattern Fastify registers them under. */
export const COSTLY_ROUTES: readonly CostlyRoute[] = [
  { kind: 'pdf', method: 'GET', url: '/api/partners/:id/dossier', when: asPdf },
  { kind: 'pdf', method: 'GET', url: '/api/programmes/:id/export', when: asPdf },
  { kind: 'ingest', method: 'POST', url: '/api/ingest' },
  { kind: 'ingest', method: 'POST', url: '/api/feeds/poll' },
  { kind: 'import', method: 'POST', url: '/api/imports/menu' },
  { kind: 'search', method: 'GET', url: '/api/search' },
];

/** A 429 problem the error handler words in the reader's language, with Retry-After in seconds. */
function limited(ttlMs: number): DomainError {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return new DomainError('rate.limited', `Try again in ${seconds} seconds`, [
    { field: 'retry_after', reason: String(seconds) },
  ]);
}

/** Is this request one of the costly ones (the route's costly requests, a PDF among the formats)? */
function isCostly(req: FastifyRequest): boolean {
  // HEAD runs the GET handler (Fastify adds it to every GET route), so it costs the same.
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const route = COSTLY_ROUTES.find((c) => c.url === req.routeOptions.url && c.method === method);
  return route !== undefined && (route.when ? route.when(req) : true);
}

/**
 * Adds the two limits to every costly route as it is registered (call before the routes). The
 * hooks are the route's own onRequest hooks, so they run after the session is read (the account is
 * known) and before the body is parsed (a refused import costs nothing). The routes of one kind
 * share their counters: two PDF routes are one budget.
 */
export function registerCostlyRateLimits(app: FastifyInstance, rates: CostlyRates) {
  const hooks = new Map<CostlyKind, onRequestHookHandler[]>();
  for (const kind of COSTLY_KINDS) {
    const rate = rates[kind];
    const common = {
      timeWindow: rate.windowMs,
      errorResponseBuilder: (_req: FastifyRequest, context: { ttl: number }) => limited(context.ttl),
    };
    const perAddress = app.rateLimit({
      ...common,
      max: rate.perAddress,
      keyGenerator: (req) => `${kind} address ${req.ip}`,
      allowList: (req) => !isCostly(req),
    });
    const perAccount = app.rateLimit({
      ...common,
      max: rate.perAccount,
      keyGenerator: (req) => `${kind} account ${req.session?.actor.id ?? ''}`,
      // Anonymous requests have no account to count: the address limit bounds them.
      allowList: (req) => !isCostly(req) || !req.session,
    });
    hooks.set(kind, [
      // The plugin runs one limiter per request (it marks the request when one has run), so the
      // account's limiter is given a view of the request to mark instead; everything it reads (the
      // address, the session, the route) comes through from the request itself.
      async (req, reply) => perAccount.call(app, Object.create(req) as FastifyRequest, reply),
      perAddress,
    ] as onRequestHookHandler[]);
  }
  app.addHook('onRoute', (route) => {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).map((m) =>
      m === 'HEAD' ? 'GET' : m,
    );
    const costly = COSTLY_ROUTES.find((c) => c.url === route.url && methods.includes(c.method));
    if (!costly) return;
    const own = route.onRequest ? (Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest]) : [];
    route.onRequest = [...own, ...(hooks.get(costly.kind) ?? [])];
  });
}
