import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, problem } from '../../../schemas/core/common.schema.js';
import {
  feedCreate,
  feedOutput,
  pollOutput,
  pressDraftConfirm,
  pressDraftDetail,
  pressDraftDismiss,
  pressDraftListQuery,
  pressDraftOutput,
} from '../../../schemas/dialogue/feed.schema.js';
import { meetingOutput } from '../../../schemas/dialogue/meeting.schema.js';
import {
  addFeed,
  confirmDraft,
  dismissDraft,
  getDraft,
  getDrafts,
  getFeeds,
  pollFeeds,
} from '../../../services/dialogue/feeds.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf, etag, expectedVersion, mayWrite } from '../../core/request-context.js';
import { problems } from '../../core/route-spec.js';

const errors = problems(400, 401, 403, 404, 409, 422);
const versioned = { ...errors, 412: problem, 428: problem };

/**
 * The press desk (issue 15): news feeds watched and the inbox of drafts their items became. The
 * organization's working material: every route is refused, before its body is read, to whoever may
 * not write dialogue records.
 */
export function feedRoutes(app: FastifyInstance, store: Store, options: { pollIntervalMs: number }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { preValidation: mayWrite('meeting') };
  r.get(
    '/api/feeds',
    {
      ...staff,
      schema: {
        tags: ['dialogue'],
        summary: 'News feeds the press desk watches, with their last poll',
        response: { 200: z.object({ items: z.array(feedOutput) }), ...errors },
      },
    },
    async (req) => ({ items: await getFeeds(ctxOf(store, req)) }),
  );
  r.post(
    '/api/feeds',
    {
      ...staff,
      schema: {
        tags: ['dialogue'],
        summary: 'Watch a news feed (RSS or Atom): its new items become press-desk drafts',
        body: feedCreate,
        response: { 201: feedOutput, ...errors },
      },
    },
    async (req, reply) => {
      const feed = await addFeed(ctxOf(store, req), req.body);
      reply.status(201).header('location', '/api/feeds');
      return feed;
    },
  );
  r.post(
    '/api/feeds/poll',
    {
      ...staff,
      schema: {
        tags: ['dialogue'],
        summary: 'Poll every feed now (conditional GET): new items become drafts, joined per meeting',
        response: { 200: pollOutput, ...errors },
      },
    },
    async (req) => pollFeeds(ctxOf(store, req), { intervalMs: options.pollIntervalMs, force: true }),
  );
  r.get(
    '/api/press-drafts',
    {
      ...staff,
      schema: {
        tags: ['dialogue'],
        summary: 'The press desk inbox: meetings read from the feeds, one draft per meeting with its sources',
        querystring: pressDraftListQuery,
        response: { 200: z.object({ items: z.array(pressDraftOutput), total: z.number().int() }), ...errors },
      },
    },
    async (req) => getDrafts(ctxOf(store, req), req.query),
  );
  r.get(
    '/api/press-drafts/:id',
    {
      ...staff,
      schema: {
        tags: ['dialogue'],
        summary: 'One draft, with the text of each report',
        params: idParam,
        response: { 200: pressDraftDetail, ...errors },
      },
    },
    async (req, reply) => {
      const draft = await getDraft(ctxOf(store, req), req.params.id);
      reply.header('etag', etag(draft.version));
      return draft;
    },
  );
  r.post(
    '/api/press-drafts/:id/confirm',
    {
      ...staff,
      schema: {
        tags: ['dialogue'],
        summary:
          'Confirm a draft (If-Match: its version): every report becomes a source of one meeting, checked for duplicates',
        params: idParam,
        body: pressDraftConfirm,
        response: {
          200: z.object({ draft: pressDraftOutput, meeting: meetingOutput.nullable() }),
          ...versioned,
        },
      },
    },
    async (req, reply) => {
      const out = await confirmDraft(
        ctxOf(store, req),
        req.params.id,
        req.body,
        expectedVersion(req, req.body.version),
      );
      reply.header('etag', etag(out.draft.version));
      return out;
    },
  );
  r.post(
    '/api/press-drafts/:id/dismiss',
    {
      ...staff,
      schema: {
        tags: ['dialogue'],
        summary: 'Dismiss a draft (If-Match: its version): nothing is recorded',
        params: idParam,
        body: pressDraftDismiss,
        response: { 200: pressDraftOutput, ...versioned },
      },
    },
    async (req, reply) => {
      const out = await dismissDraft(
        ctxOf(store, req),
        req.params.id,
        expectedVersion(req, req.body.version),
      );
      reply.header('etag', etag(out.version));
      return out;
    },
  );
}
