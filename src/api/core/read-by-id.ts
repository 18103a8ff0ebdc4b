import type { FastifyInstance, preValidationHookHandler } from 'fastify';
import type { z } from 'zod';
import { idParam } from '../../schemas/core/common.schema.js';
import type { Ctx } from '../../services/core/context.js';
import type { Store } from '../../store/core/db.js';
import { ctxOf, etag } from './request-context.js';

/** Reading one record by its id: the record, with its version as the ETag a later change sends back. */
export interface ReadById<O extends z.ZodType<{ version: number }>> {
  url: string;
  tag: string;
  summary: string;
  /** the policy check made before anything else, when the kind of record is not open to every reader */
  guard?: preValidationHookHandler;
  output: O;
  errors: Record<number, z.ZodType>;
  get(ctx: Ctx, id: string): Promise<z.output<O>>;
}

export function readById<O extends z.ZodType<{ version: number }>>(
  r: FastifyInstance,
  store: Store,
  spec: ReadById<O>,
): void {
  const response: Record<number, z.ZodType> = { 200: spec.output, ...spec.errors };
  r.get(
    spec.url,
    {
      ...(spec.guard && { preValidation: spec.guard }),
      schema: { tags: [spec.tag], summary: spec.summary, params: idParam, response },
    },
    async (req, reply) => {
      const out = await spec.get(ctxOf(store, req), (req.params as { id: string }).id);
      reply.header('etag', etag(out.version));
      return out;
    },
  );
}

/** Reading something about one record (its versions, a report on it): no ETag, as it is not the record. */
export interface ReadRecordView<O extends z.ZodType> {
  url: string;
  tag: string;
  summary: string;
  /** the policy check made before anything else, when the kind of record is not open to every reader */
  guard?: preValidationHookHandler;
  output: O;
  errors: Record<number, z.ZodType>;
  read(ctx: Ctx, id: string): Promise<z.output<O>>;
}

export function readRecordView<O extends z.ZodType>(
  r: FastifyInstance,
  store: Store,
  spec: ReadRecordView<O>,
): void {
  const response: Record<number, z.ZodType> = { 200: spec.output, ...spec.errors };
  r.get(
    spec.url,
    {
      ...(spec.guard && { preValidation: spec.guard }),
      schema: { tags: [spec.tag], summary: spec.summary, params: idParam, response },
    },
    async (req) => spec.read(ctxOf(store, req), (req.params as { id: string }).id),
  );
}
