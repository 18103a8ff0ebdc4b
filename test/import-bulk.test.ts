import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { importRows } from '../src/services/exchange/import.service.js';
import { verifyAudit } from '../src/services/trust/audit.service.js';
import { makeOrganization, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

const org = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'body',
  names: [{ name: `Organization ${id}`, lang: 'en' }],
  ...extra,
});

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`the bulk import path on ${db.name}`, () => {
    const api = useApi(db);
    const ctx = () => contextFor(api.store, SYSTEM_ACTOR);
    const auditCount = async () =>
      Number(
        (
          await api.store.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('imports thousands of rows across batches, names each bad row, and audits every good one', async () => {
      const existing = await makeOrganization(api);
      const prefix = uid('bulk');
      const rows: unknown[] = Array.from({ length: 2_500 }, (_, i) => org(`${prefix}-${i}`));
      rows[10] = org(`${prefix}-0`); // the same id twice in the file
      rows[20] = org(`${prefix}-parent-later`, { parent_id: `${prefix}-2400` }); // parent comes later
      rows[30] = org(`${prefix}-child`, { parent_id: `${prefix}-5` }); // parent came earlier: fine
      rows[1_500] = org(`${prefix}-iso`, { iso2: 'FR' }); // only states carry a code
      rows[1_600] = org(existing.id); // exists in the database
      rows[1_700] = { kind: 'body' }; // no names: refused by the schema
      rows[1_800] = org(`${prefix}-self`, { parent_id: `${prefix}-self` });
      const before = await auditCount();
      const report = await importRows(ctx(), 'organizations', rows);
      expect(report.committed).toBe(true);
      expect(report.errors.map((e) => [e.row, e.field, e.code])).toEqual([
        [11, 'id', 'record.exists'],
        [21, 'parent_id', 'record.reference_missing'],
        [1_501, 'iso2', 'request.invalid'],
        [1_601, 'id', 'record.exists'],
        [1_701, 'names', 'request.invalid'],
        [1_801, 'parent_id', 'organization.parent_cycle'],
      ]);
      expect(report.imported).toBe(2_500 - 6);
      expect(report.failed).toBe(6);
      expect(await auditCount()).toBe(before + report.imported);
      expect((await verifyAudit(ctx())).broken).toBeNull();
      const child = await api.call('GET', `/api/organizations/${prefix}-child`);
      expect(child.json).toMatchObject({ parent_id: `${prefix}-5`, name: `Organization ${prefix}-child` });
    });

    it('audits each row as the create service does: the record as a read shows it', async () => {
      const id = uid('bulk-one');
      await importRows(ctx(), 'organizations', [
        org(id, {
          names: [
            { name: 'Bulk One', lang: 'en' },
            { name: 'Un', lang: 'fr', start_date: '1990' },
          ],
        }),
      ]);
      const read = await api.call('GET', `/api/organizations/${id}`);
      const entry = await api.store.db
        .selectFrom('audit_log')
        .select(['after', 'action', 'entity'])
        .where('entity_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(entry).toMatchObject({ action: 'create', entity: 'organization' });
      // The trail keeps the record; what the reader may do with it (can) is the reader's, not the record's.
      const { can: _can, ...record } = read.json;
      expect(JSON.parse(entry.after as string)).toEqual(record);
    });

    it('with --strict writes nothing at all when one row is bad, audit included', async () => {
      const prefix = uid('strict');
      const before = await auditCount();
      const rows = Array.from({ length: 1_200 }, (_, i) => org(`${prefix}-${i}`));
      rows[1_100] = org(`${prefix}-0`);
      const report = await importRows(ctx(), 'organizations', rows, { strict: true });
      expect(report).toMatchObject({ committed: false, imported: 0, failed: 1 });
      expect(await auditCount()).toBe(before);
      expect((await api.call('GET', `/api/organizations/${prefix}-5`)).status).toBe(404);
    });

    it('imports people in bulk, refusing an unknown nationality by row', async () => {
      const prefix = uid('person');
      const rows = Array.from({ length: 1_100 }, (_, i) => ({
        id: `${prefix}-${i}`,
        names: [{ name: `Person ${i}`, lang: 'en' }],
        nationality: i === 3 ? 'XX' : 'TJ',
      }));
      const report = await importRows(ctx(), 'people', rows);
      expect(report.errors.map((e) => [e.row, e.field])).toEqual([[4, 'nationality']]);
      expect(report.imported).toBe(1_099);
      const person = await api.call('GET', `/api/people/${prefix}-7`);
      expect(person.json).toMatchObject({ name: 'Person 7', nationality: 'TJ' });
      expect((await verifyAudit(ctx())).broken).toBeNull();
    });
  });
}
