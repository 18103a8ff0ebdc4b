import type { AuditOut, AuditQuery } from '../schemas/audit.schema.js';
import type { Page } from '../schemas/common.schema.js';
import { assertCanRead } from '../store/access.js';
import type { Ctx } from './context.js';

/** The history of records, newest first: who changed what, when, and what it was before. */
export async function listAudit(ctx: Ctx, query: AuditQuery): Promise<Page<AuditOut>> {
  assertCanRead(ctx.actor, 'audit');
  let q = ctx.db.selectFrom('audit_log');
  if (query.entity) q = q.where('entity', '=', query.entity);
  if (query.entity_id) q = q.where('entity_id', '=', query.entity_id);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      ...r,
      action: r.action as AuditOut['action'],
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    })),
    total: Number(count.n),
    limit: query.limit,
    offset: query.offset,
  };
}
