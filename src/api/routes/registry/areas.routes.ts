import type { FastifyInstance } from 'fastify';
import { listQuery } from '../../../schemas/core/common.schema.js';
import { areaCreate, areaOutput, areaPatch } from '../../../schemas/registry/area.schema.js';
import {
  createArea,
  deleteArea,
  getArea,
  listAreaPage,
  updateArea,
} from '../../../services/registry/area.service.js';
import type { Store } from '../../../store/core/db.js';
import { registerCrud } from '../../core/crud.js';

export function areaRoutes(app: FastifyInstance, store: Store) {
  registerCrud(app, store, {
    path: '/api/areas',
    tag: 'areas',
    noun: 'area of cooperation',
    entity: 'area',
    schemas: { listQuery, create: areaCreate, patch: areaPatch, output: areaOutput },
    list: (ctx, q) => listAreaPage(ctx, q),
    get: getArea,
    create: createArea,
    update: updateArea,
    remove: deleteArea,
    idOf: (a) => a.code,
  });
}
