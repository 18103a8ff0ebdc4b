import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../schemas/common.schema.js';
import { dashboardQuery, participationOutput } from '../../schemas/dashboard.schema.js';
import { participation } from '../../services/dashboard.service.js';
import type { Store } from '../../store/db.js';
import { ctxOf } from '../request-context.js';

export function dashboardRoutes(app: FastifyInstance, store: Store) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/dashboard/participation',
    {
      schema: {
        tags: ['dashboards'],
        summary: 'Activities and participation by area, year and partner (aggregates only)',
        querystring: dashboardQuery,
        response: { 200: participationOutput, 400: problem, 404: problem },
      },
    },
    async (req) => participation(ctxOf(store, req), req.query),
  );
}
