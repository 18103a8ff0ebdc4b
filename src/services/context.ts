import type { Kysely } from 'kysely';
import type { Actor } from '../domain/actor.js';
import type { Dialect, Store } from '../store/db.js';
import type { DB } from '../store/schema.js';

/** What every use case receives: where to read and write (possibly a transaction) and who acts. */
export interface Ctx {
  db: Kysely<DB>;
  dialect: Dialect;
  actor: Actor;
  store: Store;
}

export function contextFor(store: Store, actor: Actor): Ctx {
  return { db: store.db, dialect: store.dialect, actor, store };
}

/** Runs `fn` in a transaction, joining the caller's when there is one (an import wraps many creates). */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((tx) => fn({ ...ctx, db: tx }));
}

export function now(): string {
  return new Date().toISOString();
}
