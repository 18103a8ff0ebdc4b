import type { Actor } from '../../domain/trust/actor.js';
import type { Dialect, Store } from '../../store/core/db.js';

/** What every use case receives: where to read and write (possibly a transaction) and who acts. */
export interface Ctx {
  db: Store['db'];
  dialect: Dialect;
  actor: Actor;
  store: Store;
}

export function contextFor(store: Store, actor: Actor): Ctx {
  return { db: store.db, dialect: store.dialect, actor, store };
}

// PostgreSQL gives up one of two transactions that wait on each other (deadlock_detected) or that
// cannot both stand (serialization_failure); run again, the loser then finds the winner committed.
const RETRIED = new Set(['40P01', '40001']);
const ATTEMPTS = 4;

/**
 * Runs `fn` in a transaction, joining the caller's when there is one (an import wraps many creates).
 * A transaction PostgreSQL aborted for a deadlock is run again from the start: `fn` only reads and
 * writes the database, so a second run is the same request against the state the winner left.
 */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction().execute((tx) => fn({ ...ctx, db: tx }));
    } catch (err) {
      const code = (err as { code?: unknown } | null)?.code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRIED.has(code)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

export function now(): string {
  return new Date().toISOString();
}
