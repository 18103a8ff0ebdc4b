import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { idParam, problem } from '../../../schemas/core/common.schema.js';
import { pendingActionOutput } from '../../../schemas/trust/pending-action.schema.js';
import type { Ctx } from '../../../services/core/context.js';
import { requestPurge } from '../../../services/trust/pending-action.service.js';
import type { SoftDeletable } from '../../../services/trust/soft-delete.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf, etag, expectedVersion } from '../../core/request-context.js';

interface RestoreSpec<O extends z.ZodType<{ version: number }>> {
  path: string;
  tag: string;
  noun: string;
  output: O;
  restore(ctx: Ctx, id: string, version: number | undefined): Promise<z.output<O>>;
}

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 412: problem };

/**
 * `POST {path}/{id}/restore`: a deleted record back, hidden (soft delete) or from the audit trail;
 * If-Match, when sent, names the version it was deleted at.
 */
export function restoreRoute<O extends z.ZodType<{ version: number }>>(
  app: FastifyInstance,
  store: Store,
  spec: RestoreSpec<O>,
): void {
  // Generic over the resource's output schema, like crud.ts: requests are typed by hand.
  app.post(
    `${spec.path}/:id/restore`,
    {
      schema: {
        tags: [spec.tag],
        summary: `Restore a deleted ${spec.noun} (If-Match optional)`,
        params: idParam,
        response: { 200: spec.output, ...errors },
      },
    },
    async (req, reply) => {
      const out = await spec.restore(
        ctxOf(store, req),
        (req.params as { id: string }).id,
        expectedVersion(req),
      );
      reply.header('etag', etag(out.version));
      return out;
    },
  );
}

/**
 * Beside a registry resource's five routes: bring a deleted record back, and ask for it to be purged
 * for good (which a second administrator approves under /api/pending-actions).
 */
export function softDeleteRoutes<O extends z.ZodType<{ version: number }>>(
  app: FastifyInstance,
  store: Store,
  spec: RestoreSpec<O> & { table: SoftDeletable },
): void {
  restoreRoute(app, store, spec);
  app.delete(
    `${spec.path}/:id/purge`,
    {
      schema: {
        tags: [spec.tag],
        summary: `Ask to purge a deleted ${spec.noun} for good; a different administrator approves`,
        params: idParam,
        response: { 202: pendingActionOutput, ...errors },
      },
    },
    async (req, reply) => {
      const action = await requestPurge(ctxOf(store, req), spec.table, (req.params as { id: string }).id);
      return reply.status(202).send(action);
    },
  );
}
