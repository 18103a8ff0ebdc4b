import type { Kysely } from 'kysely';
import type { DB } from '../core/schema.js';

/** Registry records whose DELETE hides them (restorable) instead of removing them. */
export type SoftDeletable = 'organization' | 'person' | 'post' | 'source';

/** The deletion state of a record, whether deleted or not. */
export async function deletionState(db: Kysely<DB>, table: SoftDeletable, id: string) {
  return db
    .selectFrom(table)
    .select(['id', 'version', 'deleted_at', 'deleted_by'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The whole row, deleted or not (what a purge writes to the audit trail as "before"). */
export async function rowOf(db: Kysely<DB>, table: SoftDeletable, id: string) {
  return db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
}

/** Removes the dated names of a record (a purge removes them with it). */
export async function deleteNamesOf(
  db: Kysely<DB>,
  table: 'organization_name' | 'person_name',
  ownerId: string,
) {
  await db.deleteFrom(table).where('owner_id', '=', ownerId).execute();
}
