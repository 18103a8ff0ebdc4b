import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../../schemas/core/common.schema.js';
import { searchOutput, searchQuery } from '../../../schemas/insight/search.schema.js';
import { searchEverything } from '../../../services/insight/search.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf } from '../../core/request-context.js';

export function searchRoutes(app: FastifyInstance, store: Store) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'One search across partners, people, posts, activities, meetings and programmes',
        description:
          'Each hit is a record the reader may see. A query in Cyrillic or Arabic is also searched in Latin ' +
          'letters, a misspelt name as the nearest names the registry knows, and the meetings of the people ' +
          'found are found with them.',
        querystring: searchQuery,
        response: { 200: searchOutput, 400: problem },
      },
    },
    async (req) => searchEverything(ctxOf(store, req), req.query),
  );
}
