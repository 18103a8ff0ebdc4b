import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/db.js';

/** Routes of individual programmes. */
export function programmeRoutes(_app: FastifyInstance, _store: Store): void {}
