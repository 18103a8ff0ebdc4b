import { reportQueue } from '../../ingest/read.pool.js';
import { ping, type Store } from '../../store/core/db.js';
import { migrationStatus } from '../../store/core/migrate.js';
import { pendingMailSummary } from '../../store/core/outbox.repo.js';
import { countPendingActions } from '../../store/trust/pending-action.repo.js';
import { sheetQueue } from '../exchange/sheet.pool.js';
import { pdfQueue } from './pdf-printer.js';

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

export interface QueueSizes {
  pendingActions: number;
  outboxPending: number;
  /** seconds since the oldest message still waiting was written; 0 when none waits */
  outboxOldestAgeSeconds: number;
}

/**
 * The rows waiting in the database's queues: four-eyes actions awaiting a second person, and mail
 * not yet sent (an outbox whose oldest message keeps ageing means the sender or SMTP is stuck).
 */
export async function queueSizes(store: Store, now = Date.now()): Promise<QueueSizes> {
  const mail = await pendingMailSummary(store.db);
  const oldest = mail.oldestCreatedAt ? Date.parse(mail.oldestCreatedAt) : Number.NaN;
  return {
    pendingActions: await countPendingActions(store.db),
    outboxPending: mail.pending,
    outboxOldestAgeSeconds: Number.isFinite(oldest) ? Math.max(0, (now - oldest) / 1000) : 0,
  };
}

/** This process's work queues: the spreadsheet and press-report workers and the PDF printer. */
export function workQueues(): Record<'sheet' | 'press' | 'pdf', { waiting: number; active: number }> {
  return { sheet: sheetQueue(), press: reportQueue(), pdf: pdfQueue() };
}
