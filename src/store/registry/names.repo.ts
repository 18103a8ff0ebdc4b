import type { Kysely } from 'kysely';
import { toInterval } from '../../domain/core/partial-date.js';
import type { DatedName } from '../../domain/registry/names.js';
import type { DB } from '../core/schema.js';

export type NameTableName = 'organization_name' | 'person_name';

export async function replaceNames(
  db: Kysely<DB>,
  table: NameTableName,
  ownerId: string,
  names: DatedName[],
) {
  await db.deleteFrom(table).where('owner_id', '=', ownerId).execute();
  await insertNames(db, table, ownerId, names);
}

/** The names of a new owner (nothing to replace). */
export async function insertNames(db: Kysely<DB>, table: NameTableName, ownerId: string, names: DatedName[]) {
  if (names.length === 0) return;
  await db
    .insertInto(table)
    .values(
      names.map((n, position) => ({
        owner_id: ownerId,
        position,
        name: n.name,
        lang: n.lang,
        kind: n.kind,
        start_date: n.start_date ?? null,
        start_lo: n.start_date ? toInterval(n.start_date).lo : null,
        end_date: n.end_date ?? null,
        end_hi: n.end_date ? toInterval(n.end_date).hi : null,
      })),
    )
    .execute();
}

/** Names of many owners in one query, grouped by owner in their written order. */
export async function namesOf(
  db: Kysely<DB>,
  table: NameTableName,
  ownerIds: readonly string[],
): Promise<Map<string, DatedName[]>> {
  const out = new Map<string, DatedName[]>();
  if (ownerIds.length === 0) return out;
  const unique = [...new Set(ownerIds)];
  const rows = await db
    .selectFrom(table)
    .select(['owner_id', 'name', 'lang', 'kind', 'start_date', 'end_date'])
    .where('owner_id', 'in', unique)
    .orderBy('owner_id')
    .orderBy('position')
    .execute();
  for (const { owner_id, ...name } of rows) {
    const list = out.get(owner_id) ?? [];
    list.push(name);
    out.set(owner_id, list);
  }
  return out;
}
