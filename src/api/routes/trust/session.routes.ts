import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../domain/core/errors.js';
import { problem } from '../../../schemas/core/common.schema.js';
import { sessionOutput, signIn as signInBody } from '../../../schemas/trust/account.schema.js';
import { DEVICE_DAYS, presentSession, signIn, signOut } from '../../../services/trust/account.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf, SESSION_COOKIE, SIGNED_IN_COOKIE } from '../../core/request-context.js';
import { setSessionCookies } from '../../core/session-cookies.js';

/** The browser's device token: proof that it has signed in to an account before. */
export const DEVICE_COOKIE = 'concord_device';

/** Sign-in attempts one address may make in a window, whatever names it tries (config SIGNIN_PER_IP_*). */
export interface SignInRate {
  max: number;
  windowMs: number;
}

export function sessionRoutes(app: FastifyInstance, store: Store, rate: SignInRate) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/session',
    {
      // Per address, across names: bounds guessing and password spraying (the per-name lock is in
      // the service, where it can tell the account's own browsers from strangers).
      config: {
        rateLimit: {
          max: rate.max,
          timeWindow: rate.windowMs,
          keyGenerator: (req) => `sign-in ${req.ip}`,
          errorResponseBuilder: (_req, context) =>
            new DomainError('rate.limited', `Try again in ${Math.ceil(context.ttl / 1000)} seconds`, [
              { field: 'retry_after', reason: String(Math.ceil(context.ttl / 1000)) },
            ]),
        },
      },
      schema: {
        tags: ['session'],
        summary: 'Sign in: sets an HttpOnly session cookie and returns the CSRF token',
        body: signInBody,
        response: { 200: sessionOutput, 400: problem, 401: problem, 429: problem },
      },
    },
    async (req, reply) => {
      // A new session at every sign-in (never reuse one the browser brought along).
      if (req.sessionToken) await signOut(ctxOf(store, req), req.sessionToken);
      const { token, device, ...session } = await signIn(
        ctxOf(store, req),
        req.body.username,
        req.body.password,
        req.cookies[DEVICE_COOKIE],
      );
      setSessionCookies(req, reply, token);
      // Sent only to the sign-in route; it outlives sessions (sign-out keeps it) so the browser stays known.
      reply.setCookie(DEVICE_COOKIE, device, {
        path: '/api/session',
        httpOnly: true,
        sameSite: 'strict',
        secure: req.protocol === 'https',
        maxAge: DEVICE_DAYS * 86400,
      });
      return session;
    },
  );
  r.get(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'The signed-in user, or 401',
        response: { 200: sessionOutput, 401: problem },
      },
    },
    async (req, reply) => {
      if (!req.session) {
        // An expired session: the marker goes too, so that the next load does not ask again.
        if (req.cookies[SIGNED_IN_COOKIE]) reply.clearCookie(SIGNED_IN_COOKIE, { path: '/' });
        throw new DomainError('auth.required', 'Not signed in');
      }
      return presentSession(req.session.user, req.session.csrf, req.session.expires_at);
    },
  );
  r.delete(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign out: ends the session',
        response: { 204: z.null(), 403: problem },
      },
    },
    async (req, reply) => {
      if (req.sessionToken) await signOut(ctxOf(store, req), req.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      reply.clearCookie(SIGNED_IN_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
}
