import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertCanWrite, canWrite, type Entity } from '../../../domain/trust/access.js';
import { RESTORABLE_KINDS, restoreVersion } from '../../../services/trust/record-versions.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf, etag, expectedVersion } from '../../core/request-context.js';
import { problems } from '../../core/route-spec.js';

const errors = problems(400, 401, 403, 404, 409, 412, 422, 428);

/** Undo from a record's history: write an earlier version again, as a new (audited) version. */
export function recordVersionRoutes(app: FastifyInstance, store: Store): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/audit/:id/restore',
    {
      // Settled before the request is validated, like every write: one who may change none of the
      // kinds of record that have versions to restore is refused without learning more.
      preValidation: async (req) => {
        const kinds = RESTORABLE_KINDS as Entity[];
        if (!kinds.some((k) => canWrite(req.actor, k))) assertCanWrite(req.actor, kinds[0] as Entity);
      },
      schema: {
        tags: ['audit'],
        summary:
          'Restore the version of a record an audit entry holds, as a new version (If-Match: the version now)',
        params: z.strictObject({ id: z.coerce.number().int().min(1).describe('Audit entry') }),
        body: z.strictObject({ version: z.number().int().min(1).optional() }).nullish(),
        response: {
          200: z.object({ entity: z.string(), entity_id: z.string(), version: z.number().int() }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const out = await restoreVersion(
        ctxOf(store, req),
        req.params.id,
        expectedVersion(req, req.body?.version),
      );
      reply.header('etag', etag(out.version));
      return out;
    },
  );
}
