import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../schemas/core/common.schema.js';
import { signOut } from '../../../services/trust/account.service.js';
import { beginOidcLogin, completeOidcLogin } from '../../../services/trust/oidc.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf } from '../../core/request-context.js';
import { setSessionCookies } from '../../core/session-cookies.js';

const redirect = z.null().describe('Redirect (Location header)');
const callbackQuery = z.looseObject({
  code: z.string().max(2048).optional(),
  state: z.string().max(512).optional(),
  iss: z.string().max(2048).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(2048).optional(),
});

/** Single sign-on through OpenID Connect; both routes answer 404 when it is not configured. */
export function authOidcRoutes(app: FastifyInstance, store: Store) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/auth/oidc/login',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign in through the identity provider: redirects there (PKCE, state and nonce)',
        response: { 302: redirect, 404: problem },
      },
    },
    async (req, reply) => {
      const url = await beginOidcLogin(ctxOf(store, req));
      return reply.header('cache-control', 'no-store').redirect(url.href, 302);
    },
  );
  r.get(
    '/api/auth/oidc/callback',
    {
      schema: {
        tags: ['session'],
        summary: 'Where the identity provider sends the user back: opens a session and redirects to the app',
        querystring: callbackQuery,
        response: { 302: redirect, 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req, reply) => {
      const query = Object.fromEntries(
        Object.entries(req.query).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]),
      );
      const { token } = await completeOidcLogin(ctxOf(store, req), query);
      // A new session at every sign-in, exactly as with a password.
      if (req.sessionToken) await signOut(ctxOf(store, req), req.sessionToken);
      setSessionCookies(req, reply, token);
      return reply.header('cache-control', 'no-store').redirect('/', 302);
    },
  );
}
