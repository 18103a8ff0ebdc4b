import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { changeStamp } from '../../services/core/change-stamp.service.js';
import { contextFor } from '../../services/core/context.js';
import { today } from '../../services/core/today.js';
import type { Store } from '../../store/core/db.js';
import { ResponseCache } from './response-cache.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** the ETag's validator for this reader and this state of the data, once computed */
    validator: string | null;
  }
}

/**
 * Answers that are not a view of the data: health checks (their cost is the baseline every other
 * route is measured against), the session and sign-in (they change with the cookie, not the data),
 * and the documentation's static files.
 */
const UNCACHED = /^\/(healthz|api\/ping|api\/session|api\/auth\/|api\/docs)(\/|$|\?)/;

/**
 * ETags for every GET of the API, cheap to check: the validator is a hash of what the answer depends
 * on — the URL, who reads (user, role, organization: the policy filters by them), how they asked
 * (Accept, Accept-Language), today's date (answers default `on` to today) and the change stamp of the
 * data (the per-table change counters of migration 0012). A matching If-None-Match is answered 304
 * before the route reads or renders anything. The stamp is read before the route reads, so an ETag
 * is never newer than its body: a write that lands in between only costs one more full answer.
 *
 * A route that already tags its answer with the record's version (`"3"`, what If-Match takes) gets
 * `"3.<validator>"`: the version part still works as If-Match, and the whole changes with the body.
 */
export function registerConditionalGet(
  app: FastifyInstance,
  store: Store,
  cacheBytes = 0,
): ResponseCache | null {
  app.decorateRequest('validator', null);
  const cache = cacheBytes > 0 ? new ResponseCache(cacheBytes) : null;
  const replayed = new WeakSet<FastifyRequest>();
  const claims = new WeakMap<FastifyRequest, () => void>();
  // Whatever the answer (an error too), the requests waiting for it go on once it has left.
  const release = async (request: FastifyRequest) => {
    claims.get(request)?.();
    claims.delete(request);
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    if (!request.url.startsWith('/api/') || UNCACHED.test(request.url)) return;
    const ctx = contextFor(store, request.actor);
    const stamp = await changeStamp(ctx, request.url.startsWith('/api/audit'));
    const { actor } = request;
    request.validator = createHash('sha256')
      .update(
        JSON.stringify([
          request.url,
          actor.id,
          actor.role,
          actor.organizationId ?? null,
          request.headers.accept ?? '',
          request.headers['accept-language'] ?? '',
          today(),
          stamp,
        ]),
      )
      .digest('base64url')
      .slice(0, 27);
    if (matches(request.headers['if-none-match'], request.validator)) {
      return reply
        .code(304)
        .header('etag', `"${request.validator}"`)
        .header('cache-control', CACHE_CONTROL)
        .send();
    }
    // HEAD answers carry no body to keep or replay.
    if (request.method !== 'GET' || !cache) return;
    if (cache.replay(request.validator, reply)) {
      replayed.add(request);
      return reply;
    }
    const release = await cache.awaitOrClaim(request.validator);
    if (release) claims.set(request, release);
    else if (cache.replay(request.validator, reply)) {
      replayed.add(request);
      return reply;
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.validator || reply.statusCode !== 200) return payload;
    // A replayed answer is already tagged and kept; only fresh ones are.
    if (replayed.has(request)) return payload;
    const version = /^"(\d{1,9})"$/.exec(String(reply.getHeader('etag') ?? ''))?.[1];
    reply.header('etag', `"${version ? `${version}.` : ''}${request.validator}"`);
    reply.header('cache-control', CACHE_CONTROL);
    if (request.method === 'GET') cache?.keep(request.validator, reply, payload);
    return payload;
  });
  return cache;
}

/** Kept by the browser for this user only, and revalidated (cheaply) before each reuse. */
const CACHE_CONTROL = 'private, no-cache';

/** Whether If-None-Match names this validator (`*`, a list, weak or strong, with a version prefix). */
function matches(header: string | string[] | undefined, validator: string): boolean {
  if (!header) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return true;
  return value.split(',').some((tag) => {
    const bare = tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
    return bare === validator || bare.endsWith(`.${validator}`);
  });
}
