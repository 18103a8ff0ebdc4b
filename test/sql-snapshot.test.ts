import { describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.js';
import { checkedIn, normalizeSql, render, runScenario } from './support/sql-snapshot.js';

/**
 * Every statement the store runs in the fixed scenario of test/support/sql-snapshot.ts, per dialect,
 * is checked in under src/store/queries/. A change of SQL that is not in those files fails here, so
 * that every SQL change shows in a review's diff.
 */
const HOW = 'The SQL of the store changed: run `npm run sql:snapshot` and commit src/store/queries/';

describe('SQL snapshot normalization', () => {
  it('keeps parameters out and makes lists and value rows one', () => {
    expect(normalizeSql('select * from "a" where "id" in ($1, $2, $3) and "b" = $4', 'postgres')).toBe(
      'select * from "a" where "id" in ($1, …) and "b" = $2',
    );
    expect(normalizeSql('insert into "a" ("x", "y") values (?, ?), (?, ?), (?, ?)', 'sqlite')).toBe(
      'insert into "a" ("x", "y") values (?, ?), …',
    );
    expect(normalizeSql('select 1 where "a" = ? and "b" in (?)', 'sqlite')).toBe(
      'select 1 where "a" = ? and "b" in (?, …)',
    );
    expect(normalizeSql('select 1 where "a" = $1', 'postgres')).toBe('select 1 where "a" = $1');
  });
});

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`SQL snapshot on ${db.name}`, () => {
    it('matches the checked-in files', async () => {
      const { store, drop } = await db.create();
      try {
        const now = render(await runScenario(store), db.name);
        const files = checkedIn(db.name);
        expect([...now.keys()].sort(), HOW).toEqual([...files.keys()].sort());
        for (const [name, text] of now) expect(text, `${name}: ${HOW}`).toBe(files.get(name));
      } finally {
        await drop();
      }
    }, 600_000);
  });
}
