import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam, page, problem } from '../../../schemas/core/common.schema.js';
import {
  membershipCreate,
  membershipListQuery,
  membershipOutput,
  membershipPatch,
  membershipsOnQuery,
} from '../../../schemas/registry/membership.schema.js';
import {
  createMembership,
  deleteMembership,
  getMembership,
  listMembershipPage,
  membershipsOf,
  restoreMembership,
  updateMembership,
} from '../../../services/registry/membership.service.js';
import type { Store } from '../../../store/core/db.js';
import { registerCrud } from '../../core/crud.js';
import { ctxOf } from '../../core/request-context.js';
import { restoreRoute } from '../trust/soft-delete.routes.js';

export function membershipRoutes(app: FastifyInstance, store: Store) {
  registerCrud(app, store, {
    path: '/api/memberships',
    tag: 'memberships',
    noun: 'membership',
    entity: 'membership',
    schemas: {
      listQuery: membershipListQuery,
      create: membershipCreate,
      patch: membershipPatch,
      output: membershipOutput,
    },
    list: (ctx, { limit, offset, ...filter }) => listMembershipPage(ctx, filter, { limit, offset }),
    get: getMembership,
    create: createMembership,
    update: updateMembership,
    remove: deleteMembership,
    idOf: (m) => m.id,
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  const schema = (summary: string) => ({
    tags: ['organizations'],
    summary,
    params: idParam,
    querystring: membershipsOnQuery,
    response: { 200: page(membershipOutput), 400: problem, 404: problem },
  });
  r.get(
    '/api/organizations/:id/memberships',
    {
      schema: schema(
        'What the organization is or was a member of (on a day with ?on=); {id} may be an ISO code',
      ),
    },
    async (req) => {
      const { on, limit, offset } = req.query;
      return membershipsOf(ctxOf(store, req), req.params.id, 'member_id', on, { limit, offset });
    },
  );
  r.get(
    '/api/organizations/:id/members',
    { schema: schema('Members of the organization or framework (on a day with ?on=)') },
    async (req) => {
      const { on, limit, offset } = req.query;
      return membershipsOf(ctxOf(store, req), req.params.id, 'organization_id', on, { limit, offset });
    },
  );
  restoreRoute(app, store, {
    path: '/api/memberships',
    tag: 'memberships',
    noun: 'membership',
    output: membershipOutput,
    restore: restoreMembership,
  });
}
