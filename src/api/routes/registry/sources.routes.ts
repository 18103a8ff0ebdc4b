import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQuery, problem } from '../../../schemas/core/common.schema.js';
import {
  claimCreate,
  claimListQuery,
  claimOutput,
  claimPatch,
  conflictOutput,
  conflictResolution,
  conflictResolve,
  sourceCreate,
  sourceOutput,
  sourcePatch,
} from '../../../schemas/registry/source.schema.js';
import {
  createClaim,
  deleteClaim,
  getClaim,
  listClaimPage,
  listConflicts,
  resolveConflict,
  restoreClaim,
  updateClaim,
} from '../../../services/registry/claim.service.js';
import {
  createSource,
  deleteSource,
  getSource,
  listSourcePage,
  restoreSource,
  updateSource,
} from '../../../services/registry/source.service.js';
import type { Store } from '../../../store/core/db.js';
import { registerCrud } from '../../core/crud.js';
import { ctxOf, mayWrite } from '../../core/request-context.js';
import { restoreRoute, softDeleteRoutes } from '../trust/soft-delete.routes.js';

export function sourceRoutes(app: FastifyInstance, store: Store) {
  registerCrud(app, store, {
    path: '/api/sources',
    tag: 'sources',
    noun: 'source',
    entity: 'source',
    schemas: { listQuery, create: sourceCreate, patch: sourcePatch, output: sourceOutput },
    list: (ctx, q) => listSourcePage(ctx, q),
    get: getSource,
    create: createSource,
    update: updateSource,
    remove: deleteSource,
    idOf: (s) => s.id,
  });
  softDeleteRoutes(app, store, {
    path: '/api/sources',
    tag: 'sources',
    noun: 'source',
    table: 'source',
    output: sourceOutput,
    restore: restoreSource,
  });
  registerCrud(app, store, {
    path: '/api/claims',
    tag: 'sources',
    noun: 'claim',
    entity: 'claim',
    schemas: { listQuery: claimListQuery, create: claimCreate, patch: claimPatch, output: claimOutput },
    list: (ctx, { limit, offset, ...filter }) => listClaimPage(ctx, filter, { limit, offset }),
    get: getClaim,
    create: createClaim,
    update: updateClaim,
    remove: deleteClaim,
    idOf: (c) => c.id,
  });
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/conflicts',
    {
      schema: {
        tags: ['sources'],
        summary: 'Open disagreements: active claims stating different values for the same field of a record',
        response: { 200: z.object({ items: z.array(conflictOutput), total: z.number().int() }) },
      },
    },
    async (req) => {
      const items = await listConflicts(ctxOf(store, req));
      return { items, total: items.length };
    },
  );
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/conflicts/resolve',
    {
      preValidation: mayWrite('claim'),
      schema: {
        tags: ['sources'],
        summary:
          'Resolve a conflict: the value that holds is followed, the other claims set aside, the decision recorded',
        body: conflictResolve,
        response: {
          200: conflictResolution,
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          409: problem,
          422: problem,
        },
      },
    },
    async (req) => resolveConflict(ctxOf(store, req), req.body),
  );
  restoreRoute(app, store, {
    path: '/api/claims',
    tag: 'sources',
    noun: 'claim',
    output: claimOutput,
    restore: restoreClaim,
  });
}
