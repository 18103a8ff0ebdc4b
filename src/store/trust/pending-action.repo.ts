import type { Kysely } from 'kysely';
import type { DB } from '../core/schema.js';
import type { PendingActionTable } from './trust.tables.js';

/** Four-eyes requests (pending_action). */

export async function findOpenAction(db: Kysely<DB>, entity: string, entityId: string) {
  return db
    .selectFrom('pending_action')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

export async function insertAction(db: Kysely<DB>, row: PendingActionTable): Promise<void> {
  await db.insertInto('pending_action').values(row).execute();
}

export async function listActions(db: Kysely<DB>, status: string) {
  return db
    .selectFrom('pending_action')
    .selectAll()
    .where('status', '=', status)
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
}

export async function findAction(db: Kysely<DB>, id: string) {
  return db.selectFrom('pending_action').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Decides a request still pending; false when another decision came first. */
export async function decideAction(
  db: Kysely<DB>,
  id: string,
  values: Pick<PendingActionTable, 'status' | 'decided_by' | 'decided_at' | 'version'>,
): Promise<boolean> {
  const result = await db
    .updateTable('pending_action')
    .set(values)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many four-eyes actions wait for a second person. */
export async function countPendingActions(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('pending_action')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
