import type { FastifyInstance, FastifyReply, FastifyRequest, preValidationHookHandler } from 'fastify';
import type { z } from 'zod';
import { idParam } from '../../schemas/core/common.schema.js';
import type { Ctx } from '../../services/core/context.js';
import type { Store } from '../../store/core/db.js';
import { ctxOf, etag } from './request-context.js';
import type { RouteSpec } from './route-spec.js';

/** Reading one record by its id: the record, with its version as the ETag a later change sends back. */
export interface ReadById<O extends z.ZodType<{ version: number }>> extends RouteSpec<O> {
  /** the policy check made before anything else, when the kind of record is not open to every reader */
  guard?: preValidationHookHandler;
  get(ctx: Ctx, id: string): Promise<z.output<O>>;
}

export function readById<O extends z.ZodType<{ version: number }>>(
  r: FastifyInstance,
  store: Store,
  spec: ReadById<O>,
): void {
  getOne(r, spec, async (req, reply) => {
    const out = await spec.get(ctxOf(store, req), idOf(req));
    reply.header('etag', etag(out.version));
    return out;
  });
}

/** Reading something about one record (its versions, a report on it): no ETag, as it is not the record. */
export interface ReadRecordView<O extends z.ZodType> extends RouteSpec<O> {
  /** the policy check made before anything else, when the kind of record is not open to every reader */
  guard?: preValidationHookHandler;
  read(ctx: Ctx, id: string): Promise<z.output<O>>;
}

export function readRecordView<O extends z.ZodType>(
  r: FastifyInstance,
  store: Store,
  spec: ReadRecordView<O>,
): void {
  getOne(r, spec, async (req) => spec.read(ctxOf(store, req), idOf(req)));
}

/** The GET by id both share: the optional guard, the id in the path, 200 plus the problem answers. */
function getOne<O extends z.ZodType>(
  r: FastifyInstance,
  spec: RouteSpec<O> & { guard?: preValidationHookHandler },
  handler: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
): void {
  const response: Record<number, z.ZodType> = { 200: spec.output, ...spec.errors };
  r.get(
    spec.url,
    {
      ...(spec.guard && { preValidation: spec.guard }),
      schema: { tags: [spec.tag], summary: spec.summary, params: idParam, response },
    },
    handler,
  );
}

// Generic over the route's schemas, so the request is typed by the spec rather than the provider.
const idOf = (req: FastifyRequest) => (req.params as { id: string }).id;
