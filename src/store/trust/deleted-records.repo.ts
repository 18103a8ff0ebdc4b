import { type Kysely, sql } from 'kysely';
import { SOFT_DELETED, type TableName } from '../../domain/core/entities.js';
import type { DB } from '../core/schema.js';

// biome-ignore lint/suspicious/noExplicitAny: the table is one of the entity table's restorable ones
type Loose = Kysely<any>;

/** One deleted record: its latest deletion in the trail, with the record as it was then (JSON). */
export interface DeletionRow {
  entity_id: string;
  at: string;
  actor_id: string;
  before: string | null;
}

/**
 * The records of one kind that are deleted now, each with the trail's latest deletion of it: a
 * soft-deleted record is still there with `deleted_at` set; a record restored from the trail is
 * absent from its table. A record deleted, restored and deleted again appears once, as last deleted.
 */
export async function currentDeletions(
  db: Kysely<DB>,
  table: TableName,
  limit: number,
): Promise<DeletionRow[]> {
  const soft = SOFT_DELETED.has(table);
  let query = (db as Loose)
    .selectFrom('audit_log as a')
    .leftJoin(`${table} as t`, 't.id', 'a.entity_id')
    .select(['a.entity_id', 'a.at', 'a.actor_id', 'a.before'])
    .where('a.entity', '=', table)
    .where('a.action', '=', 'delete')
    .where(
      'a.id',
      'in',
      (db as Loose)
        .selectFrom('audit_log')
        .select(sql<number>`max(id)`.as('last'))
        .where('entity', '=', table)
        .where('action', '=', 'delete')
        .groupBy('entity_id'),
    );
  query = soft ? query.where('t.deleted_at', 'is not', null) : query.where('t.id', 'is', null);
  return query.orderBy('a.id', 'desc').limit(limit).execute();
}
