import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../schemas/core/common.schema.js';
import {
  createSubscription,
  listSubscriptions,
  revokeSubscription,
  subscribedCalendar,
} from '../../../services/trust/calendar-subscription.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf } from '../../core/request-context.js';

const subscription = z.object({
  id: z.string(),
  label: z.string().nullable(),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});

/** Private calendar subscriptions: secret addresses a calendar application can poll without a session. */
export function calendarSubscriptionRoutes(app: FastifyInstance, store: Store) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/calendar/subscriptions',
    {
      schema: {
        tags: ['session'],
        summary: 'Create a private calendar address for your account (shown once; revocable)',
        body: z.strictObject({ label: z.string().min(1).max(100).optional() }),
        response: {
          201: subscription.extend({
            url: z.string().describe('The secret address, relative to the server'),
          }),
          400: problem,
          401: problem,
        },
      },
    },
    async (req, reply) => reply.status(201).send(await createSubscription(ctxOf(store, req), req.body.label)),
  );
  r.get(
    '/api/calendar/subscriptions',
    {
      schema: {
        tags: ['session'],
        summary: 'Your private calendar addresses (never their secrets)',
        response: { 200: z.object({ items: z.array(subscription) }), 401: problem },
      },
    },
    async (req) => ({ items: await listSubscriptions(ctxOf(store, req)) }),
  );
  r.delete(
    '/api/calendar/subscriptions/:id',
    {
      schema: {
        tags: ['session'],
        summary: 'Revoke one of your private calendar addresses',
        params: z.strictObject({ id: z.string().min(1).max(80) }),
        response: { 204: z.null(), 401: problem, 404: problem },
      },
    },
    async (req, reply) => {
      await revokeSubscription(ctxOf(store, req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/calendar/feeds/:file',
    {
      schema: {
        tags: ['session'],
        summary: 'The calendar a private address answers, as its account would read it (no session)',
        params: z.strictObject({ file: z.string().max(60).describe('<secret>.ics') }),
        response: {
          200: z.string().describe('text/calendar'),
          404: problem,
        },
      },
    },
    async (req, reply) => {
      const token = req.params.file.replace(/\.ics$/, '');
      // the secret is the credential: never sent on as a referrer (answers are private to caches anyway)
      return reply
        .type('text/calendar; charset=utf-8')
        .header('referrer-policy', 'no-referrer')
        .send(await subscribedCalendar(ctxOf(store, req), token));
    },
  );
}
