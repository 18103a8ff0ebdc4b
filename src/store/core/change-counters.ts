import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

/** The counters of migration 0012: one per table, bumped in the transaction of every write to it. */
type CounterTables = { change_counter: { table_name: string; n: number } };

export async function changeCounters(db: Kysely<DB>): Promise<{ table_name: string; n: number }[]> {
  const rows = await db
    .withTables<CounterTables>()
    .selectFrom('change_counter')
    .select(['table_name', 'n'])
    .execute();
  return rows.map((r) => ({ table_name: r.table_name, n: Number(r.n) }));
}
