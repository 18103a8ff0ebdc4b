import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/core/errors.js';
import { assertCanRead, assertCanWrite, type Entity } from '../../domain/trust/access.js';
import { type Actor, PUBLIC_ACTOR } from '../../domain/trust/actor.js';
import { type Ctx, contextFor } from '../../services/core/context.js';
import { type SessionActor, sessionActor } from '../../services/trust/account.service.js';
import { auditRequest } from '../../services/trust/audit.service.js';
import type { Store } from '../../store/core/db.js';

export const SESSION_COOKIE = 'concord_session';
/**
 * A marker the web app can read (the session cookie is HttpOnly): set and cleared with the session,
 * it tells the app whether asking /api/session is worth it, so that a signed-out first load does not
 * log a 401 in the console. It grants nothing; the session cookie alone signs requests in.
 */
export const SIGNED_IN_COOKIE = 'concord_signed_in';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    session: SessionActor | null;
    sessionToken: string | null;
  }
}

/**
 * Who acts on each request: the user of the session cookie, or the public. A state-changing request
 * made with a session must carry the session's CSRF token (X-CSRF-Token).
 */
export function authenticate(app: FastifyInstance, store: Store) {
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    request.actor = PUBLIC_ACTOR;
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token) return;
    const session = await sessionActor(contextFor(store, PUBLIC_ACTOR), token);
    if (!session) return;
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrf) {
      throw new DomainError('csrf.invalid', 'Send the X-CSRF-Token you received at sign-in');
    }
    request.actor = session.actor;
    request.session = session;
    request.sessionToken = token;
  });
  // Before the answer leaves, so that whoever receives it finds the entry already written.
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const event = auditedEvent(request, reply.statusCode);
    if (!event) return payload;
    const ctx = contextFor(store, request.actor);
    const route = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
    try {
      await auditRequest(ctx, event, `${request.method} ${route}`.slice(0, 200), {
        url: request.url.slice(0, 500),
        status: reply.statusCode,
      });
    } catch (err) {
      request.log.error({ err }, 'could not audit the request');
    }
    return payload;
  });
}

/**
 * Requests the audit trail keeps besides changes: refused ones (someone tried what they may not),
 * and exports (records leaving Concord: briefing packs, spreadsheets, calendars, documents).
 */
function auditedEvent(request: FastifyRequest, status: number): 'refuse' | 'export' | undefined {
  if (status === 403) return 'refuse';
  const route = request.routeOptions.url ?? '';
  if (status === 200 && request.method === 'GET' && /\/(dossier|export|exports|calendar)(\/|$)/.test(route)) {
    return 'export';
  }
  return undefined;
}

export function ctxOf(store: Store, request: FastifyRequest): Ctx {
  return contextFor(store, request.actor);
}

/**
 * The version a write is based on: If-Match (an ETag such as "3" or W/"3", or a GET's "3.<validator>"
 * whose version part counts), else the body's `version`.
 */
export function expectedVersion(request: FastifyRequest, bodyVersion?: number): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return bodyVersion;
  const match = /^(?:W\/)?"?(\d{1,9})(?:\.[\w-]{1,64})?"?$/.exec(String(header).trim());
  if (!match)
    throw DomainError.field('request.invalid', 'If-Match', 'must be the ETag of the record, e.g. "3"');
  return Number(match[1]);
}

export function etag(version: number): string {
  return `"${version}"`;
}

/**
 * The route-level policy check, as a preValidation hook: an actor the policy never lets change this
 * kind of record (every one of `entities`) is refused before the body is read, so a refused caller
 * learns nothing from its validation. The service still checks the record itself.
 */
export const mayWrite =
  (...entities: Entity[]) =>
  async (req: FastifyRequest) => {
    for (const entity of entities) assertCanWrite(req.actor, entity);
  };

/** The same for reads: a kind of record the actor never reads answers 404 before anything else. */
export const mayRead = (entity: Entity) => async (req: FastifyRequest) => assertCanRead(req.actor, entity);
