import { describe, expect, it } from 'vitest';
import { RELEASABILITY } from '../src/domain/trust/policy.js';
import { testDatabases } from './support/databases.js';

/**
 * Every table of the migrated schema, on both databases, has a releasability rule in the policy table
 * (src/domain/trust/policy.ts): a new kind of record without one fails here (issue 12).
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`every kind of record has a releasability rule on ${db.name}`, () => {
    it('names a rule, an inherited rule or "not a record" for every table', async () => {
      const { store, drop } = await db.create();
      try {
        const tables = (await store.db.introspection.getTables())
          .map((t) => t.name)
          // Kysely's own bookkeeping, and the shadow tables SQLite's FTS5 keeps for an index of 0008.
          .filter((name) => !/^kysely_|_search_(config|data|docsize|idx|content)$/.test(name));
        expect(tables.length).toBeGreaterThan(30);
        const missing = tables.filter((name) => !(name in RELEASABILITY));
        expect(missing, 'tables without a releasability rule').toEqual([]);
        for (const [name, rule] of Object.entries(RELEASABILITY)) {
          // Indexes one database keeps and the other does not are allowed to be absent.
          if (!('internal' in rule))
            expect(tables, `${name} is in the policy table but not in the schema`).toContain(name);
          if ('inherits' in rule) expect(RELEASABILITY[rule.inherits], `${name} inherits`).toBeDefined();
        }
      } finally {
        await drop();
      }
    });
  });
}
