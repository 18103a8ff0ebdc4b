import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Entity } from '../../domain/trust/access.js';
import { idParam, type Page, page, problem } from '../../schemas/core/common.schema.js';
import type { Ctx } from '../../services/core/context.js';
import type { Store } from '../../store/core/db.js';
import { readById } from './read-by-id.js';
import { ctxOf, etag, expectedVersion, mayWrite } from './request-context.js';
import { problems } from './route-spec.js';
import { versionedCommand } from './versioned-command.js';

/**
 * The five routes every registry resource has — list, read, create, change, delete — declared once.
 * Each resource's routes file supplies its schemas and the service functions behind them.
 */
export interface CrudSpec<
  Q extends z.ZodType,
  C extends z.ZodType,
  P extends z.ZodType<{ version?: number }>,
  O extends z.ZodType<{ version: number }>,
> {
  path: string;
  tag: string;
  noun: string;
  /** the kind of record, for the policy check made before the body is even read */
  entity: Entity;
  schemas: { listQuery: Q; create: C; patch: P; output: O };
  list(ctx: Ctx, query: z.output<Q>): Promise<Page<z.output<O>>>;
  get(ctx: Ctx, id: string): Promise<z.output<O>>;
  create(ctx: Ctx, input: z.output<C>): Promise<z.output<O>>;
  update(ctx: Ctx, id: string, patch: z.output<P>): Promise<z.output<O>>;
  remove(ctx: Ctx, id: string, version: number | undefined): Promise<void>;
  idOf(out: z.output<O>): string;
}

const errors = problems(400, 404, 409, 412, 422, 428);
const versionQuery = z.strictObject({
  version: z.coerce.number().int().min(1).optional().describe('The version you read (or send If-Match)'),
});

const article = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

export function registerCrud<
  Q extends z.ZodType,
  C extends z.ZodType,
  P extends z.ZodType<{ version?: number }>,
  O extends z.ZodType<{ version: number }>,
>(app: FastifyInstance, store: Store, spec: CrudSpec<Q, C, P, O>): void {
  // Generic over the resource's schemas, so requests are typed by the spec rather than the provider.
  const r = app;
  const { schemas, tag, noun } = spec;

  r.get(
    spec.path,
    {
      schema: {
        tags: [tag],
        summary: `List ${noun}s`,
        querystring: schemas.listQuery,
        response: { 200: page(schemas.output), 400: problem },
      },
    },
    async (req) => spec.list(ctxOf(store, req), req.query as z.output<Q>),
  );

  readById(app, store, {
    url: `${spec.path}/:id`,
    tag,
    summary: `Read one ${noun}`,
    output: schemas.output,
    errors,
    get: spec.get,
  });

  // Who may write is settled before validation, so a refused caller learns nothing about the body.
  const mayWriteIt = mayWrite(spec.entity);

  r.post(
    spec.path,
    {
      preValidation: mayWriteIt,
      schema: {
        tags: [tag],
        summary: `Create ${article(noun)}`,
        body: schemas.create,
        response: { 201: schemas.output, ...errors },
      },
    },
    async (req, reply) => {
      const out = await spec.create(ctxOf(store, req), req.body as z.output<C>);
      reply
        .status(201)
        .header('location', `${spec.path}/${spec.idOf(out)}`)
        .header('etag', etag(out.version));
      return out;
    },
  );

  versionedCommand(app, store, {
    method: 'patch',
    url: `${spec.path}/:id`,
    tag,
    summary: `Change ${article(noun)} (send If-Match or "version")`,
    guard: mayWriteIt,
    body: schemas.patch,
    output: schemas.output,
    errors,
    run: spec.update,
  });

  r.delete(
    `${spec.path}/:id`,
    {
      preValidation: mayWriteIt,
      schema: {
        tags: [tag],
        summary: `Delete ${article(noun)} (send If-Match or ?version=)`,
        params: idParam,
        querystring: versionQuery,
        response: { 204: z.null().describe('Deleted'), ...errors },
      },
    },
    async (req, reply) => {
      await spec.remove(
        ctxOf(store, req),
        (req.params as { id: string }).id,
        expectedVersion(req, (req.query as { version?: number }).version),
      );
      return reply.status(204).send(null);
    },
  );
}
