import type { Dialect } from '../core/db.js';
import type { AnyDb } from './builders.js';

/**
 * Releasability for the records that had none of their own (issue 12):
 * - follow-ups get a marking: they took their meeting's, so an internal action on a public meeting was
 *   public. Existing rows become organization-only, the safe default; staff release them one by one.
 * - people remember the partner that registered them by nominating a new person (`registered_by`):
 *   such a person is not public registry data. Existing ones are found in the audit trail, whose
 *   creation entry of a nominee names the nominating partner (`nominated_by`).
 */
export async function up(db: AnyDb, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('follow_up')
    .addColumn('marking', 'text', (c) => c.notNull().defaultTo('organization'))
    .execute();
  await db.schema
    .alterTable('follow_up')
    .addColumn('releasable_to', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('person').addColumn('registered_by', 'text').execute();
  await db.schema.createIndex('person_registered_by').on('person').column('registered_by').execute();

  const created = await db
    .selectFrom('audit_log')
    .select(['entity_id', 'after'])
    .where('entity', '=', 'person')
    .where('action', '=', 'create')
    .where('after', 'like', '%"nominated_by"%')
    .execute();
  for (const entry of created) {
    const after = JSON.parse(String(entry.after)) as { nominated_by?: unknown };
    if (typeof after.nominated_by !== 'string') continue;
    await db
      .updateTable('person')
      .set({ registered_by: after.nominated_by })
      .where('id', '=', entry.entity_id)
      .execute();
  }
}
