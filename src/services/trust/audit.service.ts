import { assertCanRead } from '../../domain/trust/access.js';
import { type ChainBreak, verifyChain } from '../../domain/trust/audit-chain.js';
import { canOn } from '../../domain/trust/can.js';
import type { Page } from '../../schemas/core/common.schema.js';
import type { AuditOut, AuditQuery } from '../../schemas/trust/audit.schema.js';
import { audit } from '../../store/core/records.js';
import { auditRowsAfter, listAuditRows } from '../../store/trust/audit.repo.js';
import { type Ctx, inTransaction } from '../core/context.js';

/** The history of records, newest first: who changed what, when, and what it was before. */
export async function listAudit(ctx: Ctx, query: AuditQuery): Promise<Page<AuditOut>> {
  assertCanRead(ctx.actor, 'audit');
  const { rows, total } = await listAuditRows(ctx.db, query, query.limit, query.offset);
  const can = canOn(ctx.actor, 'audit');
  return {
    items: rows.map((r) => ({
      ...r,
      can,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    })),
    total,
    limit: query.limit,
    offset: query.offset,
  };
}

/**
 * Walks the whole audit log in order and checks the hash chain: an edited, removed or reordered
 * entry is found and named. Reads page by page, so a long log needs little memory. `head` is the
 * last entry's hash; `hashAt` the hash of the entry at position `position` (1-based), which a
 * checkpoint compares with the one it signed.
 */
export async function verifyAudit(
  ctx: Ctx,
  position?: number,
): Promise<{ checked: number; broken: ChainBreak | null; head: string | null; hashAt: string | null }> {
  assertCanRead(ctx.actor, 'audit');
  let last: string | null = null;
  let checked = 0;
  let after = 0;
  let hashAt: string | null = null;
  for (;;) {
    const rows = await auditRowsAfter(ctx.db, after, 1000);
    if (rows.length === 0) return { checked, broken: null, head: last, hashAt };
    const result = verifyChain(rows, last);
    if (position !== undefined && position > checked && position <= checked + result.checked)
      hashAt = rows[position - checked - 1]?.hash ?? null;
    checked += result.checked;
    if (result.broken) return { checked, broken: result.broken, head: result.last, hashAt };
    last = result.last;
    after = rows[rows.length - 1]?.id ?? after;
  }
}

/**
 * Records a request the trail keeps besides changes (a refusal, an export), in a transaction of its
 * own: the route answered already, so nothing else is written with it.
 */
export async function auditRequest(
  ctx: Ctx,
  event: 'refuse' | 'export',
  request: string,
  detail: { url: string; status: number },
): Promise<void> {
  await inTransaction(ctx, (tx) =>
    audit(tx, event, 'request', request, undefined, detail, new Date().toISOString()),
  );
}
