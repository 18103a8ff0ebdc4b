import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { makeOrganization, makePerson, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

// biome-ignore lint/suspicious/noExplicitAny: fixture rows leave the columns with defaults out
type AnyDb = Kysely<any>;

const stamp = { version: 1, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' };

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`dashboards on ${db.name}`, () => {
    const api = useApi(db);

    it('counts activities, iterations and participation by area, year and partner, for staff and observers only', async () => {
      const provider = await makeOrganization(api, { kind: 'body' });
      const [a, b] = [
        await makeOrganization(api, { kind: 'state' }),
        await makeOrganization(api, { kind: 'state' }),
      ];
      const people = await Promise.all([1, 2, 3].map(() => makePerson(api)));
      const activity = (area: string) => ({
        id: uid('act'),
        key: uid('K'),
        provider_id: provider.id,
        title: 'Course',
        area_code: area,
        event_type: 'course',
        eligibility: 'all_partners',
        search: 'course',
        ...stamp,
      });
      const [cep, bs] = [activity('CEP'), activity('BS')];
      await api.store.db
        .insertInto('area')
        .values([
          { code: 'CEP', names: '{"en":"Civil emergency planning"}', description: null, ...stamp },
          { code: 'BS', names: '{"en":"Border security"}', description: null, ...stamp },
        ])
        .execute();
      await (api.store.db as AnyDb).insertInto('activity').values([cep, bs]).execute();
      const iteration = (activityId: string, start: string, status: string) => ({
        id: uid('it'),
        activity_id: activityId,
        start_date: start,
        seats: 10,
        status,
        ...stamp,
      });
      const its = [
        iteration(cep.id, '2011-03-01', 'held'),
        iteration(cep.id, '2012-03-01', 'planned'),
        iteration(bs.id, '2011-05-01', 'held'),
      ];
      await (api.store.db as AnyDb).insertInto('iteration').values(its).execute();
      const [held2011, , border2011] = its as [(typeof its)[0], unknown, (typeof its)[0]];
      const nomination = (it: string, person: string, partner: string, status: string) => ({
        id: uid('nom'),
        iteration_id: it,
        person_id: person,
        partner_id: partner,
        priority: 1,
        status,
        ...stamp,
      });
      await (api.store.db as AnyDb)
        .insertInto('nomination')
        .values([
          nomination(held2011.id, people[0].id, a.id, 'ATTENDED'),
          nomination(held2011.id, people[1].id, b.id, 'DECLINED'),
          nomination(border2011.id, people[2].id, a.id, 'ACCEPTED'),
        ])
        .execute();

      const res = await api.call('GET', `/api/dashboard/participation?provider=${provider.id}`);
      expect(res.status).toBe(200);
      const cepRow = res.json.by_area.find((r: { area: string }) => r.area === 'CEP');
      expect(cepRow).toMatchObject({
        activities: 1,
        iterations: 2,
        held: 1,
        nominations: 2,
        accepted: 1,
        attended: 1,
      });
      expect(cepRow.names.en).toBe('Civil emergency planning');
      expect(res.json.by_year).toEqual([
        { year: 2011, activities: 2, iterations: 2, held: 2, nominations: 3, accepted: 2, attended: 1 },
        { year: 2012, activities: 1, iterations: 1, held: 0, nominations: 0, accepted: 0, attended: 0 },
      ]);
      expect(res.json.by_partner).toContainEqual({
        partner_id: a.id,
        nominations: 2,
        accepted: 2,
        attended: 1,
      });

      const only2012 = await api.call(
        'GET',
        `/api/dashboard/participation?provider=${provider.id}&from=2012`,
      );
      expect(only2012.json.by_year.map((y: { year: number }) => y.year)).toEqual([2012]);
      const bad = await api.call('GET', '/api/dashboard/participation?from=2013&to=2012');
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.json)).toContain('to');

      const observer = await api.signIn('observer');
      expect((await api.raw('GET', '/api/dashboard/participation', undefined, observer)).status).toBe(200);
      const partner = await api.signIn('partner', a.id);
      expect((await api.raw('GET', '/api/dashboard/participation', undefined, partner)).status).toBe(404);
      expect((await api.raw('GET', '/api/dashboard/participation')).status).toBe(404);
    });
  });
}
