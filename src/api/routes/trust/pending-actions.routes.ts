import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, problem } from '../../../schemas/core/common.schema.js';
import { pendingActionListQuery, pendingActionOutput } from '../../../schemas/trust/pending-action.schema.js';
import {
  approvePendingAction,
  cancelPendingAction,
  listPendingActions,
} from '../../../services/trust/pending-action.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf } from '../../core/request-context.js';

/** Destructive actions waiting for a second administrator (four eyes). */
export function pendingActionRoutes(app: FastifyInstance, store: Store) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const errors = { 401: problem, 403: problem, 404: problem, 409: problem };
  r.get(
    '/api/pending-actions',
    {
      schema: {
        tags: ['pending-actions'],
        summary: 'Destructive actions by status (administrators)',
        querystring: pendingActionListQuery,
        response: { 200: z.object({ items: z.array(pendingActionOutput) }), 400: problem, ...errors },
      },
    },
    async (req) => ({ items: await listPendingActions(ctxOf(store, req), req.query.status) }),
  );
  r.post(
    '/api/pending-actions/:id/approve',
    {
      schema: {
        tags: ['pending-actions'],
        summary: 'Approve and carry out an action another administrator requested',
        params: idParam,
        response: { 200: pendingActionOutput, ...errors },
      },
    },
    async (req) => approvePendingAction(ctxOf(store, req), req.params.id),
  );
  r.post(
    '/api/pending-actions/:id/cancel',
    {
      schema: {
        tags: ['pending-actions'],
        summary: 'Withdraw a requested action',
        params: idParam,
        response: { 200: pendingActionOutput, ...errors },
      },
    },
    async (req) => cancelPendingAction(ctxOf(store, req), req.params.id),
  );
}
