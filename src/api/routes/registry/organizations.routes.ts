import type { FastifyInstance } from 'fastify';
import {
  organizationCreate,
  organizationListQuery,
  organizationOutput,
  organizationPatch,
} from '../../../schemas/registry/organization.schema.js';
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizationPage,
  restoreOrganization,
  updateOrganization,
} from '../../../services/registry/organization.service.js';
import type { Store } from '../../../store/core/db.js';
import { registerCrud } from '../../core/crud.js';
import { softDeleteRoutes } from '../trust/soft-delete.routes.js';

export function organizationRoutes(app: FastifyInstance, store: Store) {
  registerCrud(app, store, {
    path: '/api/organizations',
    tag: 'organizations',
    noun: 'organization',
    entity: 'organization',
    schemas: {
      listQuery: organizationListQuery,
      create: organizationCreate,
      patch: organizationPatch,
      output: organizationOutput,
    },
    list: (ctx, { limit, offset, ...filter }) => listOrganizationPage(ctx, filter, { limit, offset }),
    get: (ctx, id) => getOrganization(ctx, id),
    create: createOrganization,
    update: updateOrganization,
    remove: deleteOrganization,
    idOf: (o) => o.id,
  });
  softDeleteRoutes(app, store, {
    path: '/api/organizations',
    tag: 'organizations',
    noun: 'organization',
    table: 'organization',
    output: organizationOutput,
    restore: restoreOrganization,
  });
}
