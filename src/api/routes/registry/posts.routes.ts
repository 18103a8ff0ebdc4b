import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam, page, problem } from '../../../schemas/core/common.schema.js';
import {
  holdersQuery,
  holdingCreate,
  holdingListQuery,
  holdingOutput,
  holdingPatch,
  postCreate,
  postListQuery,
  postOutput,
  postPatch,
} from '../../../schemas/registry/post.schema.js';
import {
  createHolding,
  deleteHolding,
  getHolding,
  holdersOf,
  listHoldingPage,
  restoreHolding,
  updateHolding,
} from '../../../services/registry/holding.service.js';
import {
  createPost,
  deletePost,
  getPost,
  listPostPage,
  restorePost,
  updatePost,
} from '../../../services/registry/post.service.js';
import type { Store } from '../../../store/core/db.js';
import { registerCrud } from '../../core/crud.js';
import { ctxOf } from '../../core/request-context.js';
import { restoreRoute, softDeleteRoutes } from '../trust/soft-delete.routes.js';

export function postRoutes(app: FastifyInstance, store: Store) {
  registerCrud(app, store, {
    path: '/api/posts',
    tag: 'posts',
    noun: 'post',
    entity: 'post',
    schemas: { listQuery: postListQuery, create: postCreate, patch: postPatch, output: postOutput },
    list: (ctx, { limit, offset, ...filter }) => listPostPage(ctx, filter, { limit, offset }),
    get: getPost,
    create: createPost,
    update: updatePost,
    remove: deletePost,
    idOf: (p) => p.id,
  });
  softDeleteRoutes(app, store, {
    path: '/api/posts',
    tag: 'posts',
    noun: 'post',
    table: 'post',
    output: postOutput,
    restore: restorePost,
  });
  registerCrud(app, store, {
    path: '/api/holdings',
    tag: 'posts',
    noun: 'post holding',
    entity: 'post_holding',
    schemas: {
      listQuery: holdingListQuery,
      create: holdingCreate,
      patch: holdingPatch,
      output: holdingOutput,
    },
    list: (ctx, { limit, offset, ...filter }) => listHoldingPage(ctx, filter, { limit, offset }),
    get: getHolding,
    create: createHolding,
    update: updateHolding,
    remove: deleteHolding,
    idOf: (h) => h.id,
  });
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/posts/:id/holders',
    {
      schema: {
        tags: ['posts'],
        summary: 'Who held the post on a day (?on=YYYY-MM-DD), or all its holders',
        params: idParam,
        querystring: holdersQuery,
        response: { 200: page(holdingOutput), 400: problem, 404: problem },
      },
    },
    async (req) => {
      const { on, limit, offset } = req.query;
      return holdersOf(ctxOf(store, req), req.params.id, on, { limit, offset });
    },
  );
  restoreRoute(app, store, {
    path: '/api/holdings',
    tag: 'posts',
    noun: 'post holding',
    output: holdingOutput,
    restore: restoreHolding,
  });
}
