import type { BulkSession, Cell } from '../../store/core/bulk.js';
import { AUDIT_COLUMNS, type AuditChain } from '../../store/core/bulk-audit.js';
import type { Rng } from './random.js';
import type { Scale } from './scale.js';

/** What every table-family generator receives. */
export interface GenContext {
  bulk: BulkSession;
  rnd: Rng;
  scale: Scale;
  chain: AuditChain;
  actorId: string;
  /** rows written so far, for the progress bar */
  tick(rows: number): void;
}

/** Audits a created row, as a service would, with the row itself as `after`. */
export function auditCreate(g: GenContext, entity: string, id: string, at: string, after: unknown): void {
  g.chain.add({
    at,
    actor_id: g.actorId,
    action: 'create',
    entity,
    entity_id: id,
    before: null,
    after: JSON.stringify(after),
  });
}

export async function flushAudit(g: GenContext): Promise<void> {
  const rows = g.chain.take();
  await g.bulk.insert('audit_log', AUDIT_COLUMNS, rows);
  g.tick(rows.length);
}

export async function write(
  g: GenContext,
  table: string,
  columns: readonly string[],
  rows: Cell[][],
): Promise<void> {
  await g.bulk.insert(table, columns, rows);
  g.tick(rows.length);
}

/** A timestamp inside `year`, stable for a seed: the record's creation time. */
export function stampIn(g: GenContext, year: number): string {
  const day = g.rnd.int(360);
  const date = new Date(Date.UTC(year, 0, 1 + day, 8 + g.rnd.int(10), g.rnd.int(60), g.rnd.int(60)));
  return date.toISOString();
}
