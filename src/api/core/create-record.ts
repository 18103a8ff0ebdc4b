import type { FastifyInstance, preValidationHookHandler } from 'fastify';
import type { z } from 'zod';
import type { Ctx } from '../../services/core/context.js';
import type { Store } from '../../store/core/db.js';
import { ctxOf, etag } from './request-context.js';
import type { RouteSpec } from './route-spec.js';

/** Creating a record in a collection: 201, its address as Location, its first version as the ETag. */
/** `url` is the collection's; the new record lives at `${url}/${id}`. */
export interface CreateRecord<B extends z.ZodType, O extends z.ZodType<{ id: string; version: number }>>
  extends RouteSpec<O> {
  /** the policy check made before the body is even read */
  guard: preValidationHookHandler;
  body: B;
  create(ctx: Ctx, input: z.output<B>): Promise<z.output<O>>;
}

export function createRecord<B extends z.ZodType, O extends z.ZodType<{ id: string; version: number }>>(
  r: FastifyInstance,
  store: Store,
  spec: CreateRecord<B, O>,
): void {
  const response: Record<number, z.ZodType> = { 201: spec.output, ...spec.errors };
  r.post(
    spec.url,
    {
      preValidation: spec.guard,
      schema: { tags: [spec.tag], summary: spec.summary, body: spec.body, response },
    },
    async (req, reply) => {
      const out = await spec.create(ctxOf(store, req), req.body as z.output<B>);
      reply.status(201).header('location', `${spec.url}/${out.id}`).header('etag', etag(out.version));
      return out;
    },
  );
}
