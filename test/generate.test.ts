import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../src/demo/generate/index.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { verifyAudit } from '../src/services/trust/audit.service.js';
import type { Store } from '../src/store/core/db.js';
import { testDatabases } from './support/databases.js';

async function headHash(store: Store) {
  const row = await store.db
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.hash;
}

/** Rows of `child` whose `column` names no row of `parent`: zero when the foreign key holds. */
async function orphans(store: Store, child: string, column: string, parent: string, key = 'id') {
  const { sql } = await import('kysely');
  const res = await sql<{ n: number }>`select count(*) as n from ${sql.table(child)} c where c.${sql.ref(
    column,
  )} is not null and not exists (select 1 from ${sql.table(parent)} p where p.${sql.ref(key)} = c.${sql.ref(column)})`.execute(
    store.db,
  );
  return Number(res.rows[0]?.n);
}

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`concord demo generate --scale small on ${db.name}`, () => {
    let store: Store;
    let drop: () => Promise<void>;
    let report: Awaited<ReturnType<typeof generateDataset>>;

    beforeAll(async () => {
      ({ store, drop } = await db.create());
      report = await generateDataset(store, { scale: 'small', seed: 7, actor: SYSTEM_ACTOR });
    }, 120_000);
    afterAll(() => drop?.());

    it('writes a hundredth of the large dataset', () => {
      expect(report.counts.organization).toBe(67);
      expect(report.counts.membership).toBe(120);
      expect(report.counts.person).toBe(1_000);
      expect(report.counts.activity).toBe(600);
      expect(report.counts.iteration).toBe(1_200);
      expect(report.counts.nomination).toBeGreaterThanOrEqual(10_000);
      expect(report.counts.post_holding).toBeGreaterThan(100);
      expect(report.counts.meeting).toBe(2_100);
      expect(report.counts.meeting_participant).toBeGreaterThanOrEqual(2 * 2_100);
      expect(report.counts.meeting_participant).toBeLessThanOrEqual(4 * 2_100);
      expect(report.counts.follow_up).toBeGreaterThan(100);
      expect(report.counts.programme).toBe(60 * 15);
      expect(report.counts.programme_version).toBe(60 * 15);
      expect(report.counts.audit_log).toBeGreaterThan(4_000);
    });

    it('puts programmes in states the lifecycle allows, bound to the hash of their content', async () => {
      const { contentHash } = await import('../src/domain/programmes/content.js');
      const rows = await store.db
        .selectFrom('programme')
        .innerJoin('programme_version', 'programme_version.programme_id', 'programme.id')
        .select([
          'programme.status',
          'programme.end_date',
          'programme_version.hash',
          'programme_version.snapshot',
        ])
        .select('programme.partner_signoff')
        .execute();
      for (const r of rows) {
        expect(r.status).toMatch(
          r.end_date < '2024-12-31' ? /^completed$/ : /^(jointly_agreed|in_implementation)$/,
        );
        expect(contentHash(JSON.parse(r.snapshot))).toBe(r.hash);
        expect(JSON.parse(r.partner_signoff as string).hash).toBe(r.hash);
      }
    });

    it('keeps every reference whole', async () => {
      for (const [child, column, parent, key] of [
        ['organization_name', 'owner_id', 'organization', 'id'],
        ['membership', 'member_id', 'organization', 'id'],
        ['membership', 'organization_id', 'organization', 'id'],
        ['person_name', 'owner_id', 'person', 'id'],
        ['post', 'organization_id', 'organization', 'id'],
        ['post_holding', 'post_id', 'post', 'id'],
        ['post_holding', 'person_id', 'person', 'id'],
        ['activity', 'provider_id', 'organization', 'id'],
        ['activity', 'area_code', 'area', 'code'],
        ['iteration', 'activity_id', 'activity', 'id'],
        ['nomination', 'iteration_id', 'iteration', 'id'],
        ['nomination', 'person_id', 'person', 'id'],
        ['nomination', 'partner_id', 'organization', 'id'],
        ['meeting', 'partner_id', 'organization', 'id'],
        ['meeting', 'country_id', 'organization', 'id'],
        ['meeting', 'host_org_id', 'organization', 'id'],
        ['meeting', 'visitor_org_id', 'organization', 'id'],
        ['meeting_participant', 'meeting_id', 'meeting', 'id'],
        ['meeting_participant', 'person_id', 'person', 'id'],
        ['follow_up', 'meeting_id', 'meeting', 'id'],
        ['programme', 'partner_id', 'organization', 'id'],
        ['programme', 'renewed_from', 'programme', 'id'],
        ['programme_version', 'programme_id', 'programme', 'id'],
      ] as const) {
        expect(await orphans(store, child, column, parent, key), `${child}.${column}`).toBe(0);
      }
    });

    it('leaves an audit chain that verifies', async () => {
      const result = await verifyAudit(contextFor(store, SYSTEM_ACTOR));
      expect(result.broken).toBeNull();
      expect(result.checked).toBe(report.counts.audit_log);
    });

    it('refuses a database that is not empty', async () => {
      await expect(generateDataset(store, { scale: 'small', seed: 7, actor: SYSTEM_ACTOR })).rejects.toThrow(
        /not empty/,
      );
    });

    it('is deterministic: the same seed gives the same chain head', async () => {
      const again = await db.create();
      try {
        await generateDataset(again.store, { scale: 'small', seed: 7, actor: SYSTEM_ACTOR });
        expect(await headHash(again.store)).toBe(await headHash(store));
      } finally {
        await again.drop();
      }
    }, 120_000);

    it('answers the registry API on the generated data', async () => {
      const { buildServer } = await import('../src/api/server.js');
      const app = await buildServer({ store });
      try {
        const res = await app.inject({ url: '/api/organizations?kind=state&limit=100' });
        expect(res.statusCode).toBe(200);
        expect(res.json().total).toBe(60);
        // Meetings and programmes are for staff: sign in as one.
        const { createUser } = await import('../src/services/trust/account.service.js');
        const user = { username: 'generate-staff', password: 'a-long-test-password', role: 'staff' as const };
        await createUser(contextFor(store, SYSTEM_ACTOR), user);
        const session = await app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { username: user.username, password: user.password },
        });
        expect(session.statusCode, session.body).toBe(200);
        const cookie = session.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
        const headers = { cookie };
        const meetings = await app.inject({ url: '/api/meetings?limit=20', headers });
        expect(meetings.statusCode, meetings.body).toBe(200);
        expect(meetings.json().items.length).toBe(20);
        const found = await app.inject({ url: '/api/meetings?q=border&limit=5', headers });
        expect(found.statusCode, found.body).toBe(200);
        expect(found.json().total).toBeGreaterThan(0);
        const programmes = await app.inject({ url: '/api/programmes?limit=20', headers });
        expect(programmes.statusCode, programmes.body).toBe(200);
        expect(programmes.json().items.length).toBe(20);
      } finally {
        await app.close();
      }
    });
  });
}
