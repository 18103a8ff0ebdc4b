import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/db.js';

/** Routes of the cooperation menu, exercises, nominations and allocation rounds. */
export function menuRoutes(_app: FastifyInstance, _store: Store): void {}
