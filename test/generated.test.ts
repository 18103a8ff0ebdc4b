import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentOpenApi } from '../scripts/openapi.js';
import { isSearchIndexTable } from '../src/store/migrations/0008-search-indexes.js';
import { testDatabases } from './support/databases.js';

describe('generated artefacts', () => {
  it('docs/openapi.json matches the code (regenerate with npm run openapi)', async () => {
    const committed = readFileSync(new URL('../docs/openapi.json', import.meta.url), 'utf8');
    expect(committed).toBe(await currentOpenApi());
  });
});

describe('the same schema on both databases', () => {
  const [sqlite, postgres] = testDatabases();
  it.skipIf(!sqlite || !postgres || postgres.skip)(
    'has the same tables, columns and nullability after migration',
    async () => {
      const shapes = [];
      for (const db of [sqlite, postgres]) {
        const created = await (db as NonNullable<typeof db>).create();
        const tables = await created.store.db.introspection.getTables();
        shapes.push(
          tables
            .filter((t) => !t.name.startsWith('kysely_') && !isSearchIndexTable(t.name))
            .map((t) => ({
              table: t.name,
              columns: t.columns.map((c) => `${c.name}${c.isNullable ? '?' : ''}`).sort(),
            }))
            .sort((a, b) => a.table.localeCompare(b.table)),
        );
        await created.drop();
      }
      expect(shapes[0]?.length).toBeGreaterThanOrEqual(11);
      expect(shapes[1]).toEqual(shapes[0]);
    },
  );
});
