import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { verifyAudit } from '../src/services/trust/audit.service.js';
import { makeOrganization, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { ensureAreas, makePartner, makeProgramme } from './support/programme-fixtures.js';

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`the audit trail on ${db.name}`, () => {
    const api = useApi(db);
    const verify = () => verifyAudit(contextFor(api.store, SYSTEM_ACTOR));

    it('is a whole chain after a series of changes', async () => {
      for (let i = 0; i < 5; i++) {
        const org = await makeOrganization(api);
        await api.call('PATCH', `/api/organizations/${org.id}`, { founding_date: '1999', version: 1 });
      }
      const result = await verify();
      expect(result.broken).toBeNull();
      expect(result.checked).toBeGreaterThanOrEqual(10);
    });

    it('refuses UPDATE and DELETE in the database itself', async () => {
      await expect(sql`update audit_log set actor_id = 'mallory'`.execute(api.store.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`delete from audit_log`.execute(api.store.db)).rejects.toThrow(/append-only/);
      // Programme versions, which sign-offs are bound to, likewise.
      await ensureAreas(api, ['SEC', 'CT']);
      await makeProgramme(api, (await makePartner(api)).id);
      await expect(sql`update programme_version set hash = 'forged'`.execute(api.store.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`delete from programme_version`.execute(api.store.db)).rejects.toThrow(/append-only/);
    });

    it('detects an edited entry once someone gets past the database’s guard', async () => {
      await makeOrganization(api);
      const target = await api.store.db
        .selectFrom('audit_log')
        .select('id')
        .orderBy('id')
        .offset(2)
        .limit(1)
        .executeTakeFirstOrThrow();
      if (db.name === 'sqlite') {
        await sql`drop trigger audit_log_no_update`.execute(api.store.db);
      } else {
        await sql`alter table audit_log disable trigger audit_log_append_only`.execute(api.store.db);
      }
      await sql`update audit_log set actor_id = 'mallory' where id = ${target.id}`.execute(api.store.db);
      const result = await verify();
      expect(result.broken?.id).toBe(target.id);
    });
  });
}
