import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_HOURS } from '../../services/trust/account.service.js';
import { SESSION_COOKIE, SIGNED_IN_COOKIE } from './request-context.js';

/**
 * The cookies of a new session, however it was opened (password or identity provider): the session
 * token (HttpOnly, so no script reads it) and a readable marker that only says a session exists, so
 * that a signed-out page load need not ask the API and log a 401.
 */
export function setSessionCookies(req: FastifyRequest, reply: FastifyReply, token: string): void {
  const common = {
    path: '/',
    sameSite: 'lax' as const,
    secure: req.protocol === 'https',
    maxAge: SESSION_HOURS * 3600,
  };
  reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  reply.setCookie(SIGNED_IN_COOKIE, '1', { ...common, httpOnly: false });
}
