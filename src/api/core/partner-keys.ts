import type { FastifyInstance } from 'fastify';
import { requireOrganizationId } from '../../services/registry/partner-key.service.js';
import type { Store } from '../../store/core/db.js';
import { ctxOf } from './request-context.js';

/** Query parameters that name a partner or a provider, on every route that has them. */
const QUERY_KEYS = ['partner_id', 'provider_id', 'provider', 'eligible_for'] as const;
/** Paths whose `:id` is a partner or a provider. */
const PATH_ROUTES = /\/(partners|providers)\/:id(\/|$)/;

/**
 * Issue 17: an ISO code was accepted on some routes and not others (`/api/calendar/partners/TJ` an
 * empty calendar, `eligible_for=TJ` silently fewer activities) and an unknown partner gave no error.
 * Wherever a partner or provider is named, an id or an ISO code is taken (turned into the id before
 * the route runs), and a key that names no organization is refused: 404 in a path, 400 naming the
 * parameter in a query.
 */
export function registerPartnerKeys(app: FastifyInstance, store: Store) {
  app.addHook('preHandler', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const query = request.query as Record<string, unknown> | undefined;
    if (query && typeof query === 'object') {
      for (const key of QUERY_KEYS) {
        const value = query[key];
        if (typeof value === 'string' && value !== '')
          query[key] = await requireOrganizationId(ctxOf(store, request), value, key, 'query');
      }
    }
    const params = request.params as Record<string, unknown> | undefined;
    if (PATH_ROUTES.test(request.routeOptions.url ?? '') && typeof params?.id === 'string')
      params.id = await requireOrganizationId(ctxOf(store, request), params.id, 'id', 'path');
  });
}
