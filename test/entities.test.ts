import { describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  DERIVED_TABLES,
  ENTITIES,
  IDENTITY_TABLES,
  isDerivedTable,
  RESOURCE_OF,
  SOFT_DELETED,
  scopeColumns,
  type TableEntry,
  type TableName,
} from '../src/domain/core/entities.js';
import { testDatabases } from './support/databases.js';

const entries = Object.entries(ENTITIES) as [TableName, TableEntry][];

/**
 * The entity table is the one list of tables: these checks make forgetting it impossible. A table a
 * migration creates with no entry (and not declared derived) fails here on both databases, and an
 * entry must agree with the table it describes.
 */
describe('the entity table', () => {
  it('gives the policy the kinds of record it had when they were listed by hand', () => {
    // toMatchObject: a table added later brings its own kind; these must keep theirs.
    expect(RESOURCE_OF).toMatchObject({
      organization: 'registry',
      membership: 'registry',
      person: 'person',
      post: 'registry',
      post_holding: 'registry',
      source: 'registry',
      claim: 'registry',
      area: 'registry',
      audit: 'audit',
      user: 'users',
      activity: 'menu',
      iteration: 'menu',
      exercise: 'menu',
      nomination: 'nomination',
      allocation_round: 'nomination',
      programme: 'programme',
      meeting: 'dialogue',
      follow_up: 'dialogue',
      dashboard: 'aggregate',
    });
    expect([...SOFT_DELETED].sort()).toEqual(['organization', 'person', 'post', 'source']);
    expect([...IDENTITY_TABLES].sort()).toEqual([
      'audit_log',
      'meeting_participant',
      'meeting_source',
      'organization_name',
      'person_name',
    ]);
  });

  it('orders a backup parents first, the audit trail last', () => {
    const position = new Map(BACKUP_TABLES.map((t, i) => [t.name as string, i]));
    for (const [name, entry] of entries) {
      if (entry.parent)
        expect(position.get(entry.parent), `${name}'s parent`).toBeLessThan(position.get(name) ?? -1);
    }
    expect(BACKUP_TABLES.at(-1)?.name).toBe('audit_log');
    expect(BACKUP_TABLES.slice(0, 3).map((t) => t.name)).toEqual(['area', 'source', 'organization']);
  });

  it('qualifies scope columns for a query, through joined tables too', () => {
    expect(scopeColumns('nomination', { nomination: 'n', activity: 'a' })).toEqual({
      partner: 'n.partner_id',
      provider: 'a.provider_id',
    });
    expect(scopeColumns('follow_up')).toEqual({
      partner: 'meeting.partner_id',
      marking: 'follow_up.marking',
      releasableTo: 'follow_up.releasable_to',
    });
    expect(scopeColumns('area')).toEqual({});
  });

  it('tells derived tables and their SQLite shadow tables from data', () => {
    expect(isDerivedTable('activity_search_data')).toBe(true);
    expect(isDerivedTable('meeting_tally')).toBe(true);
    expect(isDerivedTable('kysely_migration')).toBe(true);
    expect(isDerivedTable('meeting')).toBe(false);
    expect(isDerivedTable('meeting_source')).toBe(false);
  });

  for (const db of testDatabases()) {
    it.skipIf(db.skip)(
      `describes every table of the migrated ${db.name} database, and only those`,
      async () => {
        const created = await db.create();
        try {
          const tables = await created.store.db.introspection.getTables();
          const data = tables.filter((t) => !isDerivedTable(t.name));
          const unlisted = data.map((t) => t.name).filter((n) => !(n in ENTITIES));
          expect(unlisted, 'tables with no entry in src/domain/core/entities.ts').toEqual([]);
          expect(data.map((t) => t.name).sort()).toEqual(entries.map(([n]) => n).sort());
          // Each derived table is really there (its shadow tables on SQLite may be several).
          for (const derived of Object.keys(DERIVED_TABLES)) {
            if (db.name === 'postgres' && derived.endsWith('_search')) continue; // a GIN index there, no table
            expect(
              tables.some((t) => t.name === derived),
              derived,
            ).toBe(true);
          }
          for (const [name, entry] of entries) {
            const columns = new Map(tables.find((t) => t.name === name)?.columns.map((c) => [c.name, c]));
            const has = (...cols: string[]) =>
              expect(
                cols.filter((c) => !columns.has(c)),
                `${name} lacks`,
              ).toEqual([]);
            has(entry.key);
            if (entry.versioned) has('version', 'created_at', 'updated_at');
            if (entry.softDelete) has('deleted_at', 'deleted_by');
            if (entry.identity)
              expect(columns.get('id')?.isAutoIncrementing, `${name}.id generated`).toBe(true);
            for (const column of Object.values(entry.scope ?? {})) {
              const [owner, col] = column.includes('.') ? column.split('.') : [name, column];
              const ownerColumns = tables.find((t) => t.name === owner)?.columns.map((c) => c.name) ?? [];
              expect(ownerColumns, `${name}'s scope column ${column}`).toContain(col);
            }
          }
        } finally {
          await created.drop();
        }
      },
    );
  }
});
