import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrganization, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { ensureAreas, makeActivity, makeIteration } from './support/programme-fixtures.js';

/**
 * Issue 17: the menu export ignored its eligibility filter, and its XLSX held dates as text, so a
 * spreadsheet sorted them as words. The filter is honoured and date columns are date cells, which
 * the menu import reads back as the same days.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`menu export files on ${db.name}`, () => {
    const api = useApi(db);
    let named: { key: string; id: string };
    let open: { key: string; id: string };

    beforeAll(async () => {
      await ensureAreas(api);
      const provider = await makeOrganization(api, { kind: 'body' });
      named = await makeActivity(api, { provider_id: provider.id });
      open = await makeActivity(api, { provider_id: provider.id });
      await api.store.db
        .updateTable('activity')
        .set({ eligibility: 'named' })
        .where('id', '=', named.id)
        .execute();
      await api.store.db
        .updateTable('activity')
        .set({ eligibility: 'all_partners' })
        .where('id', '=', open.id)
        .execute();
      await makeIteration(api, named.id, '2031-03-02', 'open');
    });

    it('honours the eligibility filter', async () => {
      const csv = await api.call('GET', '/api/exports/menu?format=csv&eligibility=named');
      expect(csv.status).toBe(200);
      expect(csv.body).toContain(named.key);
      expect(csv.body).not.toContain(open.key);
      const all = await api.call('GET', '/api/exports/menu?format=csv');
      expect(all.body).toContain(named.key);
      expect(all.body).toContain(open.key);
    });

    it('writes dates as date cells that the import reads back as the same day', async () => {
      const res = await api.app.inject({
        method: 'GET',
        url: '/api/exports/menu?format=xlsx&eligibility=named',
      });
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0] as ExcelJS.Worksheet;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const column = header.indexOf('start_date') + 1;
      const cell = sheet.getRow(2).getCell(column);
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect((cell.value as Date).toISOString()).toBe('2031-03-02T00:00:00.000Z');
      expect(cell.numFmt).toBe('yyyy-mm-dd');
      const { readMenuRecords } = await import('../src/services/exchange/menu-sheet.js');
      const rows = await readMenuRecords('xlsx', res.rawPayload);
      expect(rows[0]).toMatchObject({ key: named.key, start_date: '2031-03-02' });
    });
  });
}
