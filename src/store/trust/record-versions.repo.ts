import type { Kysely } from 'kysely';
import type { DB } from '../core/schema.js';

/** Earlier versions of a record, as the audit trail kept them (the record before and after each change). */

/** One entry of the trail, with the record as it was and as it became (JSON text). */
export async function auditEntry(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'action', 'entity', 'entity_id', 'before', 'after'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The record as its latest deletion left it, when the trail holds one. */
export async function lastDeletion(db: Kysely<DB>, entity: string, entityId: string) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'before'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .where('action', '=', 'delete')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
