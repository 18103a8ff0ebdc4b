import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/db.js';

/** Routes of dialogue records, follow-ups and the briefing pack. */
export function dialogueRoutes(_app: FastifyInstance, _store: Store): void {}
