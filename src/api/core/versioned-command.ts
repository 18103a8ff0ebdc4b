import type { FastifyInstance, preValidationHookHandler } from 'fastify';
import type { z } from 'zod';
import { idParam } from '../../schemas/core/common.schema.js';
import type { Ctx } from '../../services/core/context.js';
import type { Store } from '../../store/core/db.js';
import { ctxOf, etag, expectedVersion } from './request-context.js';
import type { RouteSpec } from './route-spec.js';

/**
 * A command on one record that must name the version it was read at: the body's `version`, or the
 * If-Match header. The answer is the changed record, with its new version as the ETag.
 */
export interface VersionedCommand<B extends z.ZodType<{ version?: number }>, O extends z.ZodType>
  extends RouteSpec<O> {
  method: 'post' | 'patch';
  /** the policy check made before the body is even read */
  guard: preValidationHookHandler;
  body: B;
  run(ctx: Ctx, id: string, input: z.output<B> & { version: number | undefined }): Promise<z.output<O>>;
  /** the version the ETag names, when the answer is not the record itself (a merge answers with both) */
  etagOf?: (out: z.output<O>) => number;
}

export function versionedCommand<B extends z.ZodType<{ version?: number }>, O extends z.ZodType>(
  r: FastifyInstance,
  store: Store,
  spec: VersionedCommand<B, O>,
): void {
  const response: Record<number, z.ZodType> = { 200: spec.output, ...spec.errors };
  r[spec.method](
    spec.url,
    {
      preValidation: spec.guard,
      schema: {
        tags: [spec.tag],
        summary: spec.summary,
        params: idParam,
        body: spec.body,
        response,
      },
    },
    async (req, reply) => {
      // Generic over the command's schemas, so the request is typed by the spec rather than the provider.
      const body = req.body as z.output<B>;
      const out = await spec.run(ctxOf(store, req), (req.params as { id: string }).id, {
        ...body,
        version: expectedVersion(req, body.version),
      });
      reply.header('etag', etag(spec.etagOf ? spec.etagOf(out) : (out as { version: number }).version));
      return out;
    },
  );
}
