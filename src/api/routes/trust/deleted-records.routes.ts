import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { page, problem } from '../../../schemas/core/common.schema.js';
import { deletedRecordOutput, deletedRecordQuery } from '../../../schemas/trust/deleted-record.schema.js';
import { listDeletedRecords } from '../../../services/trust/deleted-records.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf, mayRead } from '../../core/request-context.js';

export function deletedRecordRoutes(app: FastifyInstance, store: Store) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/deleted-records',
    {
      // Drawn from the audit trail: whoever may not read the trail is answered as for the trail (404).
      preValidation: mayRead('audit'),
      schema: {
        tags: ['audit'],
        summary: 'Records deleted now and restorable, newest deletion first (staff)',
        querystring: deletedRecordQuery,
        response: { 200: page(deletedRecordOutput), 400: problem, 404: problem },
      },
    },
    async (req) => listDeletedRecords(ctxOf(store, req), req.query),
  );
}
