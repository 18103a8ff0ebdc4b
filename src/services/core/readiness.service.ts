import { ping, type Store } from '../../store/core/db.js';
import { migrationStatus } from '../../store/core/migrate.js';
import { countPendingActions } from '../../store/trust/pending-action.repo.js';

export interface Readiness {
  ready: boolean;
  database: 'reachable' | 'unreachable';
  /** migrations this code knows and the database has not run (an upgrade half done) */
  pendingMigrations: string[];
}

/**
 * Whether this instance should receive traffic: the database answers and its schema is the one this
 * code expects. A load balancer stops sending requests to an instance that is not ready; liveness
 * (/healthz) stays separate, so that a database outage does not get every instance restarted.
 */
export async function readiness(store: Store): Promise<Readiness> {
  try {
    await ping(store);
  } catch {
    return { ready: false, database: 'unreachable', pendingMigrations: [] };
  }
  try {
    const { pending } = await migrationStatus(store);
    return { ready: pending.length === 0, database: 'reachable', pendingMigrations: pending };
  } catch {
    return {
      ready: false,
      database: 'reachable',
      pendingMigrations: ['(the migration table cannot be read)'],
    };
  }
}

/** The rows waiting in the database's queues (four-eyes actions awaiting a second person). */
export async function queueSizes(store: Store): Promise<{ pendingActions: number }> {
  return { pendingActions: await countPendingActions(store.db) };
}
