import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam, page, problem } from '../../../schemas/core/common.schema.js';
import {
  bulkDecision,
  decisionResult,
  nominationCreate,
  nominationDecision,
  nominationListQuery,
  nominationOutput,
  nominationPatch,
  roundApply,
  roundCreate,
  roundListQuery,
  roundOutput,
} from '../../../schemas/nominations/nomination.schema.js';
import {
  applyRound,
  getRound,
  listRoundPage,
  proposeRound,
} from '../../../services/nominations/allocation-round.service.js';
import {
  createNomination,
  decideNomination,
  decideNominations,
  deleteNomination,
  getNomination,
  listNominationPage,
  updateNomination,
} from '../../../services/nominations/nomination.service.js';
import type { Store } from '../../../store/core/db.js';
import { createRecord } from '../../core/create-record.js';
import { registerCrud } from '../../core/crud.js';
import { readById } from '../../core/read-by-id.js';
import { ctxOf, etag, expectedVersion, mayWrite } from '../../core/request-context.js';
import { problems } from '../../core/route-spec.js';

const errors = problems(400, 403, 404, 409, 412, 422, 428);

/** Nominations, their decisions (one or many), and allocation rounds. */
export function menuNominationRoutes(app: FastifyInstance, store: Store): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  registerCrud(app, store, {
    path: '/api/nominations',
    tag: 'nominations',
    noun: 'nomination',
    entity: 'nomination',
    schemas: {
      listQuery: nominationListQuery,
      create: nominationCreate,
      patch: nominationPatch,
      output: nominationOutput,
    },
    list: listNominationPage,
    get: getNomination,
    create: (ctx, input) => createNomination(ctx, input),
    update: updateNomination,
    remove: deleteNomination,
    idOf: (n) => n.id,
  });

  r.post(
    '/api/nominations/:id/decision',
    {
      preValidation: mayWrite('nomination'),
      schema: {
        tags: ['nominations'],
        summary: 'Accept, wait-list, decline (or withdraw) a nomination (send If-Match or "version")',
        params: idParam,
        body: nominationDecision,
        response: { 200: decisionResult, ...errors },
      },
    },
    async (req) =>
      decideNomination(ctxOf(store, req), req.params.id, {
        ...req.body,
        version: expectedVersion(req, req.body.version),
      }),
  );

  r.post(
    '/api/nomination-decisions',
    {
      preValidation: mayWrite('nomination'),
      schema: {
        tags: ['nominations'],
        summary: 'Decide many nominations at once: all of them, or none',
        body: bulkDecision,
        response: { 200: decisionResult, ...errors },
      },
    },
    async (req) => decideNominations(ctxOf(store, req), req.body),
  );

  r.get(
    '/api/rounds',
    {
      schema: {
        tags: ['nominations'],
        summary: 'Allocation rounds',
        querystring: roundListQuery,
        response: { 200: page(roundOutput), 400: problem },
      },
    },
    async (req) => listRoundPage(ctxOf(store, req), req.query),
  );
  readById(app, store, {
    url: '/api/rounds/:id',
    tag: 'nominations',
    summary: 'One allocation round with every decision explained',
    output: roundOutput,
    errors,
    get: getRound,
  });
  createRecord(app, store, {
    url: '/api/rounds',
    tag: 'nominations',
    summary: 'Propose an allocation round over iterations (nothing changes until it is applied)',
    guard: mayWrite('nomination'),
    body: roundCreate,
    output: roundOutput,
    errors,
    create: proposeRound,
  });
  r.post(
    '/api/rounds/:id/apply',
    {
      preValidation: mayWrite('nomination'),
      schema: {
        tags: ['nominations'],
        summary: 'Apply a proposed round (send If-Match or "version"); applying it again changes nothing',
        params: idParam,
        body: roundApply,
        response: { 200: roundOutput, ...errors },
      },
    },
    async (req, reply) => {
      const out = await applyRound(ctxOf(store, req), req.params.id, expectedVersion(req, req.body.version));
      reply.header('etag', etag(out.version));
      return out;
    },
  );
}
