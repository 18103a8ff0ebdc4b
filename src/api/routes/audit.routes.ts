import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditOutput, auditQuery } from '../../schemas/audit.schema.js';
import { page, problem } from '../../schemas/common.schema.js';
import { listAudit } from '../../services/audit.service.js';
import type { Store } from '../../store/db.js';
import { ctxOf } from '../request-context.js';

export function auditRoutes(app: FastifyInstance, store: Store) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Change history (newest first), for the organization’s staff',
        querystring: auditQuery,
        response: { 200: page(auditOutput), 400: problem, 404: problem },
      },
    },
    async (req) => listAudit(ctxOf(store, req), req.query),
  );
}
