import { sql } from 'kysely';
import type { Store } from '../../store/core/db.js';
import { TALLY_TRIGGERS, tallyRefill, tallyTriggers } from '../../store/migrations/0009-dashboard-tallies.js';
import { REACH_TRIGGERS, reachRefill, reachTriggers } from '../../store/migrations/0012-read-paths.js';

/**
 * The dashboard tallies' triggers cost a fifth of a large generation, row by row. Generation fills an
 * empty database that nothing else writes meanwhile, so it drops them, and afterwards recounts the
 * tallies from the rows in one statement each — the very numbers the triggers would have kept —
 * and puts the triggers back, whether generation succeeded or not.
 */
export async function withTalliesSuspended<T>(store: Store, fn: () => Promise<T>): Promise<T> {
  await store.db.transaction().execute(async (tx) => {
    for (const [name, table] of [...TALLY_TRIGGERS, ...REACH_TRIGGERS]) {
      await sql
        .raw(`drop trigger if exists ${name}${store.dialect === 'postgres' ? ` on ${table}` : ''}`)
        .execute(tx);
    }
  });
  try {
    return await fn();
  } finally {
    await store.db.transaction().execute(async (tx) => {
      for (const statement of [...tallyRefill(), ...reachRefill()]) await sql.raw(statement).execute(tx);
      for (const statement of [...tallyTriggers(store.dialect), ...reachTriggers(store.dialect)])
        await sql.raw(statement).execute(tx);
    });
  }
}
