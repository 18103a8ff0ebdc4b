import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { page, problem } from '../../../schemas/core/common.schema.js';
import { auditOutput, auditQuery } from '../../../schemas/trust/audit.schema.js';
import { listAudit } from '../../../services/trust/audit.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf } from '../../core/request-context.js';

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
