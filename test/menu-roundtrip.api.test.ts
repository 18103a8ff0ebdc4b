import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DIR, loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { IMPORT_KINDS, IMPORTERS, importRows } from '../src/services/exchange/import.service.js';
import { readImportFile } from '../src/services/exchange/import-file.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * Issue 17: the menu export imports back unchanged. The demo's menu is exported as the activities
 * and iterations sheets, imported into another Concord that holds the same registry and no menu,
 * and exported there again: the CSV files are the same, byte for byte.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`the menu export read back on ${db.name}`, { timeout: 180_000 }, () => {
    const source = useApi(db);
    const target = useApi(db);

    it('imports the activities and iterations sheets into an empty menu and exports the same files', async () => {
      await loadDemo(contextFor(source.store, SYSTEM_ACTOR));
      // The same registry (organizations, areas…) and nothing else: the menu must come from the files.
      for (const kind of IMPORT_KINDS) {
        const file = join(DEMO_DIR, `${kind}.json`);
        if (!existsSync(file)) continue;
        const rows = await readImportFile(file, IMPORTERS[kind].schema);
        const report = await importRows(contextFor(target.store, SYSTEM_ACTOR), kind, rows);
        expect(report.errors, kind).toEqual([]);
      }
      expect((await target.call('GET', '/api/activities?limit=1')).json.total).toBe(0);

      const exported: Record<string, string> = {};
      for (const sheet of ['activities', 'iterations']) {
        const res = await source.call('GET', `/api/exports/menu?format=csv&sheet=${sheet}`);
        expect(res.status).toBe(200);
        expect(res.headers['content-disposition']).toContain(`menu-${sheet}.csv`);
        exported[sheet] = res.body;
      }
      // The demo menu is not a toy: dozens of activities, each iteration a row.
      expect(exported.activities?.split('\n').length).toBeGreaterThan(40);
      expect(exported.iterations?.split('\n').length).toBeGreaterThan(40);

      for (const kind of ['activities', 'iterations']) {
        const report = await target.call('POST', '/api/imports/menu', {
          kind,
          format: 'csv',
          content: exported[kind],
        });
        expect(report.status, JSON.stringify(report.json).slice(0, 500)).toBe(200);
        expect(report.json.errors.slice(0, 5)).toEqual([]);
        expect(report.json.imported).toBe((exported[kind] ?? '').trim().split('\n').length - 1);
      }
      for (const sheet of ['activities', 'iterations']) {
        const again = await target.call('GET', `/api/exports/menu?format=csv&sheet=${sheet}`);
        expect(again.body, sheet).toBe(exported[sheet]);
      }
    });
  });
}
