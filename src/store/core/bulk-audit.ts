import { sql } from 'kysely';
import { type ChainedEntry, entryHash } from '../../domain/trust/audit-chain.js';
import { type BulkSession, type Cell, insertRows } from './bulk.js';
import type { Store } from './db.js';
import type { Writer } from './records.js';

/** Same lock as records.ts audit(): appends on PostgreSQL are serialized on it. */
const AUDIT_LOCK = 727_274;

export const AUDIT_COLUMNS = [
  'at',
  'actor_id',
  'action',
  'entity',
  'entity_id',
  'before',
  'after',
  'prev_hash',
  'hash',
] as const;

/**
 * Entries chained in memory from a known head: the same hashes records.ts audit() would write one
 * by one, computed without reading the head back before every entry.
 */
export class AuditChain {
  private rows: Cell[][] = [];
  constructor(private prev: string | null) {}

  add(e: ChainedEntry): void {
    const hash = entryHash(this.prev, e);
    this.rows.push([e.at, e.actor_id, e.action, e.entity, e.entity_id, e.before, e.after, this.prev, hash]);
    this.prev = hash;
  }

  get size(): number {
    return this.rows.length;
  }

  /** The rows added since the last take, in chain order. */
  take(): Cell[][] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }
}

export async function lockAuditBulk(bulk: BulkSession, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect === 'postgres') await bulk.exec(`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
}

/**
 * Appends many entries in the writer's transaction: one lock, one read of the head, multi-row
 * inserts. The chain stays valid because the lock (PostgreSQL) or the single writer (SQLite) keeps
 * anyone else from appending in between.
 */
export async function auditMany(
  w: Writer & { store?: Store },
  entries: readonly ChainedEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  if (w.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(w.db);
  const head = await w.db
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const chain = new AuditChain(head?.hash ?? null);
  for (const e of entries) chain.add(e);
  const rows = chain.take().map((r) => Object.fromEntries(AUDIT_COLUMNS.map((c, k) => [c, r[k]])));
  await insertRows(w, 'audit_log', rows);
}
