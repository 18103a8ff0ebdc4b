import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam, problem } from '../../../schemas/core/common.schema.js';
import { personMergeInput, personMergeOutput } from '../../../schemas/registry/person-merge.schema.js';
import { mergePerson } from '../../../services/registry/person-merge.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf, etag, expectedVersion, mayWrite } from '../../core/request-context.js';

export function personMergeRoutes(app: FastifyInstance, store: Store) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/people/:id/merge',
    {
      // Who may not write people learns nothing from the body's validation.
      preValidation: mayWrite('person'),
      schema: {
        tags: ['people'],
        summary: 'Merge a duplicate person into another (If-Match: the duplicate’s version)',
        params: idParam,
        body: personMergeInput,
        response: {
          200: personMergeOutput,
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          409: problem,
          412: problem,
          422: problem,
          428: problem,
        },
      },
    },
    async (req, reply) => {
      const out = await mergePerson(
        ctxOf(store, req),
        req.params.id,
        req.body,
        expectedVersion(req, req.body.version),
      );
      reply.header('etag', etag(out.person.version));
      return out;
    },
  );
}
