import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setting } from '../../../config.js';
import { DomainError } from '../../../domain/core/errors.js';
import { idParam } from '../../../schemas/core/common.schema.js';
import { attachmentOutput, attachmentUploadQuery } from '../../../schemas/dialogue/attachment.schema.js';
import {
  attachmentContent,
  deleteAttachment,
  getAttachment,
  listAttachments,
  uploadAttachment,
} from '../../../services/dialogue/attachment.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf, etag, expectedVersion, mayWrite } from '../../core/request-context.js';
import { problems } from '../../core/route-spec.js';

const errors = problems(400, 401, 403, 404, 409, 412, 413, 415, 428);

/**
 * Files attached to meetings. An upload is the file itself as the request body (any media type: the
 * kind is read from the bytes), its name and description in the query; reads and downloads follow the
 * meeting's releasability and the file's own.
 */
export function attachmentRoutes(app: FastifyInstance, store: Store): void {
  const maxBytes = setting('ATTACHMENT_MAX_BYTES');
  void app.register(async (scope) => {
    // In this scope only: the body is the file's bytes, whatever type the client announced.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/meetings/:id/attachments',
      {
        preValidation: mayWrite('meeting_attachment'),
        bodyLimit: maxBytes,
        schema: {
          tags: ['dialogue'],
          summary: `Attach a file to a meeting: the body is the file (at most ${maxBytes} bytes), its kind read from the bytes`,
          params: idParam,
          querystring: attachmentUploadQuery,
          response: { 201: attachmentOutput, ...errors },
        },
      },
      async (req, reply) => {
        if (!Buffer.isBuffer(req.body))
          throw DomainError.field('request.invalid', 'body', 'send the file as the body');
        const out = await uploadAttachment(ctxOf(store, req), req.params.id, req.query, req.body);
        reply.status(201).header('location', `/api/attachments/${out.id}`).header('etag', etag(out.version));
        return out;
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/meetings/:id/attachments',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'The files attached to a meeting that you may read',
        params: idParam,
        response: { 200: z.object({ items: z.array(attachmentOutput), total: z.number().int() }), ...errors },
      },
    },
    async (req) => {
      const items = await listAttachments(ctxOf(store, req), req.params.id);
      return { items, total: items.length };
    },
  );
  r.get(
    '/api/attachments/:id',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'What an attached file is',
        params: idParam,
        response: { 200: attachmentOutput, ...errors },
      },
    },
    async (req, reply) => {
      const out = await getAttachment(ctxOf(store, req), req.params.id);
      reply.header('etag', etag(out.version));
      return out;
    },
  );
  r.get(
    '/api/attachments/:id/content',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'Download an attached file (its checksum verified first)',
        params: idParam,
        response: { 200: z.any().describe('The file'), ...errors },
      },
    },
    async (req, reply) => {
      const { attachment, bytes } = await attachmentContent(ctxOf(store, req), req.params.id);
      return reply
        .type(attachment.media_type)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(attachment.file_name)}`,
        )
        .header('digest', `sha-256=${Buffer.from(attachment.sha256, 'hex').toString('base64')}`)
        .send(bytes);
    },
  );
  r.delete(
    '/api/attachments/:id',
    {
      preValidation: mayWrite('meeting_attachment'),
      schema: {
        tags: ['dialogue'],
        summary: 'Remove an attached file (send If-Match or ?version=)',
        params: idParam,
        querystring: z.strictObject({ version: z.coerce.number().int().min(1).optional() }),
        response: { 204: z.null().describe('Removed'), ...errors },
      },
    },
    async (req, reply) => {
      await deleteAttachment(ctxOf(store, req), req.params.id, expectedVersion(req, req.query.version));
      return reply.status(204).send(null);
    },
  );
}
