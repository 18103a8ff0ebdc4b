import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam, listQuery, page, problem } from '../../../schemas/core/common.schema.js';
import {
  personCreate,
  personListQuery,
  personOutput,
  personPatch,
} from '../../../schemas/registry/person.schema.js';
import { holdingOutput } from '../../../schemas/registry/post.schema.js';
import { createPersonChecked } from '../../../services/dialogue/duplicates.service.js';
import { holdingsOfPerson } from '../../../services/registry/holding.service.js';
import {
  deletePerson,
  getPerson,
  listPersonPage,
  restorePerson,
  updatePerson,
} from '../../../services/registry/person.service.js';
import type { Store } from '../../../store/core/db.js';
import { registerCrud } from '../../core/crud.js';
import { ctxOf } from '../../core/request-context.js';
import { softDeleteRoutes } from '../trust/soft-delete.routes.js';
import { personMergeRoutes } from './person-merge.routes.js';

export function peopleRoutes(app: FastifyInstance, store: Store) {
  registerCrud(app, store, {
    path: '/api/people',
    tag: 'people',
    noun: 'person',
    entity: 'person',
    schemas: { listQuery: personListQuery, create: personCreate, patch: personPatch, output: personOutput },
    list: (ctx, { limit, offset, ...filter }) => listPersonPage(ctx, filter, { limit, offset }),
    get: getPerson,
    // A likely duplicate answers 409 with the candidates (issue 13); confirm_new saves anyway.
    create: createPersonChecked,
    update: updatePerson,
    remove: deletePerson,
    idOf: (p) => p.id,
  });
  softDeleteRoutes(app, store, {
    path: '/api/people',
    tag: 'people',
    noun: 'person',
    table: 'person',
    output: personOutput,
    restore: restorePerson,
  });
  personMergeRoutes(app, store);
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/people/:id/holdings',
    {
      schema: {
        tags: ['people'],
        summary: 'The posts a person held, in order',
        params: idParam,
        querystring: listQuery,
        response: { 200: page(holdingOutput), 400: problem, 404: problem },
      },
    },
    async (req) => holdingsOfPerson(ctxOf(store, req), req.params.id, req.query),
  );
}
