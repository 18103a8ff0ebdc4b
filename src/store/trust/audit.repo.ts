import type { Kysely } from 'kysely';
import type { DB } from '../core/schema.js';

/** Reading the audit trail (writing it is store/core/records.ts#audit, inside each change). */

export interface AuditFilter {
  entity?: string;
  entity_id?: string;
}

/** A page of the trail, newest first, with the acting user's display name. */
export async function listAuditRows(db: Kysely<DB>, f: AuditFilter, limit: number, offset: number) {
  let q = db.selectFrom('audit_log');
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.entity_id) q = q.where('entity_id', '=', f.entity_id);
  const [rows, count] = await Promise.all([
    q
      .leftJoin('app_user', 'app_user.id', 'audit_log.actor_id')
      .selectAll('audit_log')
      .select('app_user.display_name as actor_name')
      .orderBy('audit_log.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The next `limit` entries after id `after`, in order (for walking the hash chain). */
export async function auditRowsAfter(db: Kysely<DB>, after: number, limit: number) {
  return db.selectFrom('audit_log').selectAll().where('id', '>', after).orderBy('id').limit(limit).execute();
}

/** How many entries the audit trail holds. */
export async function countAuditEntries(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
