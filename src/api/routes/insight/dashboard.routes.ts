import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../../schemas/core/common.schema.js';
import {
  dashboardQuery,
  dashboardRangeQuery,
  dialogueFrequencyOutput,
  participationOutput,
  programmeImplementationOutput,
} from '../../../schemas/insight/dashboard.schema.js';
import { participation } from '../../../services/insight/dashboard.service.js';
import { dialogueFrequency } from '../../../services/insight/dashboard-dialogue.service.js';
import { programmeImplementation } from '../../../services/insight/dashboard-programmes.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf } from '../../core/request-context.js';

export function dashboardRoutes(app: FastifyInstance, store: Store) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
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

  r.get(
    '/api/dashboard/programmes',
    {
      schema: {
        tags: ['dashboards'],
        summary: 'Implementation of the programmes in force in a year range: planned, held, attended, rate',
        querystring: dashboardRangeQuery,
        response: { 200: programmeImplementationOutput, 400: problem, 404: problem },
      },
    },
    async (req) => programmeImplementation(ctxOf(store, req), req.query),
  );

  r.get(
    '/api/dashboard/dialogue',
    {
      schema: {
        tags: ['dashboards'],
        summary: 'How often the dialogue met: meetings per year and per partner, by kind',
        querystring: dashboardRangeQuery,
        response: { 200: dialogueFrequencyOutput, 400: problem, 404: problem },
      },
    },
    async (req) => dialogueFrequency(ctxOf(store, req), req.query),
  );
}
