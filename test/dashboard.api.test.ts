import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { makeOrganization, makePerson, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import {
  ensureAreas,
  makeActivity,
  makeIteration,
  makeNomination,
  makePartner,
  makeProgramme,
  move,
} from './support/programme-fixtures.js';

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

    it('gives each programme in force its implementation rate, from the review of its content', async () => {
      await ensureAreas(api);
      const partner = await makePartner(api);
      const own = await api.signIn('partner', partner.id);
      const [course, exercise] = [await makeActivity(api), await makeActivity(api)];
      const held = await makeIteration(api, course.id, '2011-03-01', 'held');
      await makeIteration(api, course.id, '2011-09-01', 'planned');
      await makeIteration(api, exercise.id, '2012-05-01', 'planned');
      await makeIteration(api, exercise.id, '2014-05-01', 'held'); // after the period
      await makeNomination(api, held.id, partner.id, 'ATTENDED');
      await makeNomination(api, held.id, partner.id, 'ATTENDED');
      await makeNomination(api, held.id, (await makePartner(api)).id, 'ATTENDED');
      const objectives = [
        {
          id: 'cep',
          title: 'Civil emergency planning',
          area: 'CEP',
          goals: [
            {
              id: 'train',
              title: 'Train',
              activities: [{ activity_id: course.id }, { activity_id: exercise.id }],
            },
          ],
        },
      ];
      const agreed = await makeProgramme(api, partner.id, { objectives });
      await move(api, agreed.id, 'consult', own);
      await move(api, agreed.id, 'approve', {});
      await move(api, agreed.id, 'accept', own);
      // A draft is not in force: left out.
      await makeProgramme(api, partner.id, { kind: 'IPCP', objectives });

      const res = await api.call('GET', `/api/dashboard/programmes?partner=${partner.id}`);
      expect(res.status).toBe(200);
      expect(res.json.programmes).toEqual([
        {
          programme_id: agreed.id,
          title: agreed.title,
          partner_id: partner.id,
          kind: 'IPP',
          status: 'jointly_agreed',
          start_date: '2011-01-01',
          end_date: '2012-12-31',
          planned: 2,
          held: 1,
          attended: 2,
          rate: 0.5,
        },
      ]);
      expect(res.json.totals).toEqual({ planned: 2, held: 1, attended: 2, rate: 0.5 });
      // The same figures as the programme's own review.
      const review = await api.call('GET', `/api/programmes/${agreed.id}/review`);
      expect(review.json.totals).toMatchObject({ planned: 2, held: 1, attended: 2 });

      const inRange = async (q: string) =>
        (await api.call('GET', `/api/dashboard/programmes?partner=${partner.id}&${q}`)).json.programmes
          .length;
      expect(await inRange('from=2012&to=2012')).toBe(1);
      expect(await inRange('from=2013')).toBe(0);
      expect(await inRange('to=2010')).toBe(0);

      const observer = await api.signIn('observer');
      const seen = await api.raw(
        'GET',
        `/api/dashboard/programmes?partner=${partner.id}`,
        undefined,
        observer,
      );
      expect(seen.status).toBe(200);
      expect((await api.raw('GET', '/api/dashboard/programmes', undefined, own)).status).toBe(404);
      expect((await api.raw('GET', '/api/dashboard/programmes')).status).toBe(404);
    });

    it('counts meetings per year and per partner, by kind, held apart from planned', async () => {
      const [a, b] = [await makePartner(api), await makePartner(api)];
      const meet = async (partner: string, kind: string, start: string, status = 'held') => {
        const res = await api.call('POST', '/api/meetings', {
          partner_id: partner,
          kind,
          start_date: start,
          status,
        });
        expect(res.status).toBe(201);
      };
      await meet(a.id, 'visit', '2011-06-22');
      await meet(a.id, 'talks', '2011-11');
      await meet(a.id, 'visit', '2012');
      await meet(b.id, 'phone_call', '2012-02-01');
      await meet(b.id, 'conference', '2013-04-01', 'planned');

      const forPartner = async (id: string, q = '') =>
        (await api.call('GET', `/api/dashboard/dialogue?partner=${id}${q}`)).json;
      const ofA = await forPartner(a.id);
      expect(ofA.kinds).toContain('visit');
      expect(ofA.by_year.map((y: { year: number; total: number }) => [y.year, y.total])).toEqual([
        [2011, 2],
        [2012, 1],
      ]);
      expect(ofA.by_year[0].by_kind).toMatchObject({ visit: 1, talks: 1, phone_call: 0 });
      expect(ofA.by_partner).toEqual([
        { partner_id: a.id, total: 3, held: 3, by_kind: expect.objectContaining({ visit: 2, talks: 1 }) },
      ]);
      const ofB = await forPartner(b.id, '&from=2013&to=2013');
      expect(ofB.by_year).toEqual([
        { year: 2013, total: 1, held: 0, by_kind: expect.objectContaining({ conference: 1 }) },
      ]);

      const observer = await api.signIn('observer');
      expect((await api.raw('GET', '/api/dashboard/dialogue', undefined, observer)).status).toBe(200);
      const partner = await api.signIn('partner', a.id);
      expect((await api.raw('GET', '/api/dashboard/dialogue', undefined, partner)).status).toBe(404);
      expect((await api.raw('GET', '/api/dashboard/dialogue?from=2013&to=2012')).status).toBe(400);
    });
  });
}
