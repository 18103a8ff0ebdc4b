import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor, inTransaction } from '../src/services/core/context.js';
import type { Store } from '../src/store/core/db.js';
import { testDatabases } from './support/databases.js';

/**
 * Two writers that lock the same rows in opposite orders deadlock on PostgreSQL, which aborts one of
 * them (40P01). inTransaction runs the loser again, so both requests succeed, each exactly once.
 */
const postgres = testDatabases().find((d) => d.name === 'postgres');

describe.skipIf(!postgres || postgres.skip)('a transaction aborted by a deadlock on postgres', () => {
  let store: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ store, drop } = await (postgres as NonNullable<typeof postgres>).create());
    await sql`create table deadlock_probe (id integer primary key, hits integer not null)`.execute(store.db);
    await sql`insert into deadlock_probe values (1, 0), (2, 0)`.execute(store.db);
  });
  afterAll(async () => {
    await drop();
  });

  it('is run again and both writers succeed', async () => {
    const ctx = contextFor(store, SYSTEM_ACTOR);
    const attempts = { forward: 0, backward: 0 };
    let bothLocked: () => void = () => undefined;
    const firstLocks = new Promise<void>((resolve) => {
      let count = 0;
      bothLocked = () => {
        if (++count === 2) resolve();
      };
    });
    const writer = (name: 'forward' | 'backward', order: [number, number]) =>
      inTransaction(ctx, async (tx) => {
        attempts[name]++;
        await sql`update deadlock_probe set hits = hits + 1 where id = ${order[0]}`.execute(tx.db);
        // Only the first attempts meet here, each holding the row the other wants next.
        if (attempts[name] === 1) {
          bothLocked();
          await firstLocks;
        }
        await sql`update deadlock_probe set hits = hits + 1 where id = ${order[1]}`.execute(tx.db);
        return name;
      });
    const results = await Promise.all([writer('forward', [1, 2]), writer('backward', [2, 1])]);
    expect(results).toEqual(['forward', 'backward']);
    expect(attempts.forward + attempts.backward).toBe(3);
    const rows = await sql<{
      id: number;
      hits: number;
    }>`select id, hits from deadlock_probe order by id`.execute(store.db);
    expect(rows.rows.map((r) => r.hits)).toEqual([2, 2]);
  });

  it('does not run again a transaction that failed for any other reason', async () => {
    const ctx = contextFor(store, SYSTEM_ACTOR);
    let attempts = 0;
    await expect(
      inTransaction(ctx, async (tx) => {
        attempts++;
        await sql`insert into deadlock_probe values (1, 0)`.execute(tx.db);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(attempts).toBe(1);
  });
});
