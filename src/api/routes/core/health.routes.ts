import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ping, type Store } from '../../../store/core/db.js';

export function healthRoutes(app: FastifyInstance, store: Store, instance: { demo: boolean }) {
  // What the web app needs to know about this installation: whether it runs on demo data.
  app.get(
    '/api/instance',
    {
      schema: {
        tags: ['health'],
        summary: 'This installation: whether demo data (and its demo accounts) are loaded',
        response: { 200: z.object({ demo: z.boolean() }) },
      },
    },
    async () => ({ demo: instance.demo }),
  );

  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }),
          503: z.object({ status: z.literal('unavailable'), database: z.enum(['sqlite', 'postgres']) }),
        },
      },
    },
    async (_req, reply) => {
      try {
        await ping(store);
        return { status: 'ok' as const, database: store.dialect };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database: store.dialect });
      }
    },
  );

  // The server's floor in benchmarks: routing, hooks and serialization, no database.
  app.get(
    '/api/ping',
    {
      schema: {
        tags: ['health'],
        summary: 'A trivial JSON answer (benchmark floor)',
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async () => ({ ok: true as const }),
  );
}
