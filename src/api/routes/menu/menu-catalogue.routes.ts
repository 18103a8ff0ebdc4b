import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, problem } from '../../../schemas/core/common.schema.js';
import {
  activityCreate,
  activityListQuery,
  activityOutput,
  activityPage,
  activityPatch,
  exerciseListQuery,
  exerciseSummaryOutput,
  iterationCreate,
  iterationListQuery,
  iterationOutput,
  iterationPatch,
} from '../../../schemas/menu/menu.schema.js';
import { exercisesOf } from '../../../services/menu/exercise-summary.service.js';
import {
  createActivity,
  deleteActivity,
  getActivity,
  listActivityPage,
  updateActivity,
} from '../../../services/menu/menu.service.js';
import {
  createIteration,
  deleteIteration,
  getIteration,
  listIterationPage,
  updateIteration,
} from '../../../services/menu/menu-iteration.service.js';
import type { Store } from '../../../store/core/db.js';
import { createRecord } from '../../core/create-record.js';
import { registerCrud } from '../../core/crud.js';
import { readById } from '../../core/read-by-id.js';
import { ctxOf, expectedVersion, mayWrite } from '../../core/request-context.js';
import { problems } from '../../core/route-spec.js';
import { versionedCommand } from '../../core/versioned-command.js';

const errors = problems(400, 404, 409, 412, 422, 428);
const versionQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });

/** Activities (with facets in the list), iterations with their exercise details, exercises by partner. */
export function menuCatalogueRoutes(app: FastifyInstance, store: Store): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/activities',
    {
      schema: {
        tags: ['menu'],
        summary: 'Browse and search the cooperation menu, with facet counts',
        querystring: activityListQuery,
        response: { 200: activityPage, 400: problem },
      },
    },
    async (req) => listActivityPage(ctxOf(store, req), req.query),
  );
  readById(app, store, {
    url: '/api/activities/:id',
    tag: 'menu',
    summary: 'Read one activity',
    output: activityOutput,
    errors,
    get: getActivity,
  });
  createRecord(app, store, {
    url: '/api/activities',
    tag: 'menu',
    summary: 'Offer an activity',
    guard: mayWrite('activity'),
    body: activityCreate,
    output: activityOutput,
    errors,
    create: createActivity,
  });
  versionedCommand(app, store, {
    method: 'patch',
    url: '/api/activities/:id',
    tag: 'menu',
    summary: 'Change an activity (send If-Match or "version")',
    guard: mayWrite('activity'),
    body: activityPatch,
    output: activityOutput,
    errors,
    run: updateActivity,
  });
  r.delete(
    '/api/activities/:id',
    {
      preValidation: mayWrite('activity'),
      schema: {
        tags: ['menu'],
        summary: 'Delete an activity without iterations (send If-Match or ?version=)',
        params: idParam,
        querystring: versionQuery,
        response: { 204: z.null().describe('Deleted'), ...errors },
      },
    },
    async (req, reply) => {
      await deleteActivity(ctxOf(store, req), req.params.id, expectedVersion(req, req.query.version));
      return reply.status(204).send(null);
    },
  );

  registerCrud(app, store, {
    path: '/api/iterations',
    tag: 'menu',
    noun: 'iteration',
    entity: 'iteration',
    schemas: {
      listQuery: iterationListQuery,
      create: iterationCreate,
      patch: iterationPatch,
      output: iterationOutput,
    },
    list: listIterationPage,
    get: getIteration,
    create: createIteration,
    update: updateIteration,
    remove: deleteIteration,
    idOf: (i) => i.id,
  });

  r.get(
    '/api/exercises',
    {
      schema: {
        tags: ['menu'],
        summary: 'Exercises a partner hosted or joined, by date',
        querystring: exerciseListQuery,
        response: { 200: z.object({ items: z.array(exerciseSummaryOutput) }), 400: problem },
      },
    },
    async (req) => ({ items: await exercisesOf(ctxOf(store, req), req.query.partner_id) }),
  );
}
