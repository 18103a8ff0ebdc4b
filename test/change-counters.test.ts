import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { createOrganization } from '../src/services/registry/organization.service.js';
import { changeCounters } from '../src/store/core/change-counters.js';
import { UNTRACKED } from '../src/store/migrations/0012-read-paths.js';
import { testDatabases } from './support/databases.js';

/**
 * The ETags rest on the change counters: a table without one would change without any ETag
 * changing, and readers would keep a stale answer. Every table has one but those listed as
 * untracked (session churn, derived tallies) — a migration adding a table must call trackChanges.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`change counters on ${db.name}`, () => {
    it('cover every table, and a committed write bumps its tables only', async () => {
      const { store, drop } = await db.create();
      try {
        const tables =
          store.dialect === 'sqlite'
            ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
                store.db,
              )
            : await sql<{
                name: string;
              }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
                store.db,
              );
        const expected = tables.rows
          .map((r) => r.name)
          .filter((n) => !UNTRACKED.has(n) && !/^(kysely_|sqlite_)/.test(n) && !/_search(_|$)/.test(n))
          .sort();
        const before = new Map((await changeCounters(store.db)).map((c) => [c.table_name, c.n]));
        expect([...before.keys()].sort()).toEqual(expected);
        expect(expected).toContain('meeting');
        expect(expected).toContain('organization_name');

        await createOrganization(contextFor(store, SYSTEM_ACTOR), {
          id: 'counted',
          kind: 'body',
          names: [{ name: 'Counted', lang: 'en', kind: 'official' }],
        });
        const after = new Map((await changeCounters(store.db)).map((c) => [c.table_name, c.n]));
        const bumped = [...after].filter(([t, n]) => n !== before.get(t)).map(([t]) => t);
        expect(bumped.sort()).toEqual(['audit_log', 'organization', 'organization_name']);
        // On SQLite the triggers count rows, on PostgreSQL statements: at least one each way.
        expect((after.get('organization') ?? 0) - (before.get('organization') ?? 0)).toBeGreaterThanOrEqual(
          1,
        );
      } finally {
        await drop();
      }
    });
  });
}
