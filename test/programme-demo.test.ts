import { describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { programmesOf } from '../src/services/programmes/programme-summary.service.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`the programmes demo on ${db.name}`, () => {
    const api = useApi(db);

    it('agrees Tajikistan’s IPP 2011–2012 through the lifecycle, signed by the demo accounts', {
      timeout: 120_000,
    }, async () => {
      const counts = await loadDemo(contextFor(api.store, SYSTEM_ACTOR));
      expect(counts.programmes).toBe(2);
      const users = new Map(
        (await api.store.db.selectFrom('app_user').select(['id', 'username']).execute()).map((u) => [
          u.username,
          u.id,
        ]),
      );
      const p = (await api.call('GET', '/api/programmes/tj-ipp-2011')).json;
      expect(p).toMatchObject({
        partner_id: 'tj',
        kind: 'IPP',
        start_date: '2011-01-01',
        end_date: '2012-12-31',
        status: 'jointly_agreed',
        illustrative: true,
        renewed_from: 'tj-ipp-2009',
        releasable_to: ['tj'],
      });
      expect(p.organization_signoff).toMatchObject({ hash: p.hash, by: users.get('staff') });
      expect(p.partner_signoff).toMatchObject({ hash: p.hash, by: users.get('tajikistan') });
      expect(p.content.objectives.map((o: { area: string }) => o.area)).toEqual([
        'SEC',
        'SSR',
        'CEP',
        'SCE',
        'PUB',
      ]);
      const earlier = (await api.call('GET', '/api/programmes/tj-ipp-2009')).json;
      expect(earlier.status).toBe('completed');
      // Chosen activities come from the demo menu in each goal's area, when it has any.
      for (const o of p.content.objectives)
        for (const g of o.goals)
          for (const a of g.activities) {
            const activity = await api.store.db
              .selectFrom('activity')
              .select('area_code')
              .where('id', '=', a.activity_id)
              .executeTakeFirstOrThrow();
            expect(activity.area_code).toBe(g.area);
          }
      const summary = await programmesOf(contextFor(api.store, SYSTEM_ACTOR), 'tj');
      expect(summary.map((s) => s.id)).toEqual(['tj-ipp-2011', 'tj-ipp-2009']);
      const kz = await programmesOf(
        contextFor(api.store, { id: 'k', role: 'partner', organizationId: 'kz' }),
        'tj',
      );
      expect(kz).toEqual([]);
    });
  });
}
