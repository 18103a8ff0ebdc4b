import { describe, expect, it } from 'vitest';
import { makePerson, makePost, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import {
  ensureAreas,
  makeActivity,
  makeIteration,
  makeNomination,
  makePartner,
} from './support/programme-fixtures.js';

const ifMatch = (v: number) => ({ 'if-match': `"${v}"` });

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`merging duplicate people on ${db.name}`, () => {
    const api = useApi(db);

    async function person(names: { name: string; lang: string; kind?: string }[]) {
      // Duplicates on purpose: the duplicate check would otherwise refuse the second (issue 13).
      const res = await api.call('POST', '/api/people', { id: uid('person'), names, confirm_new: true });
      expect(res.status).toBe(201);
      return res.json as { id: string; version: number };
    }
    const hold = async (post: string, who: string, start: string, end?: string) => {
      const res = await api.call('POST', '/api/holdings', {
        post_id: post,
        person_id: who,
        start_date: start,
        ...(end ? { end_date: end } : {}),
      });
      expect(res.status).toBe(201);
      return res.json as { id: string };
    };

    it('moves names, holdings, nominations, participations and claims onto the person kept, then deletes the duplicate', async () => {
      const kept = await person([{ name: 'Hamrokhon Zarifi', lang: 'en' }]);
      const dup = await person([
        { name: 'Hamrokhon  ZARIFI', lang: 'en' },
        { name: 'Хамрохон Зарифи', lang: 'ru' },
      ]);
      const minister = await makePost(api, { single_holder: true });
      const adviser = await makePost(api, { label: 'Adviser', single_holder: false });
      await hold(minister.id, kept.id, '2013-12-01');
      const held = await hold(minister.id, dup.id, '2006-12', '2013-11');
      await hold(adviser.id, kept.id, '2010-01-01');
      await hold(adviser.id, dup.id, '2011-01-01'); // several advisers at a time are fine
      await ensureAreas(api);
      const partner = await makePartner(api);
      const iteration = await makeIteration(api, (await makeActivity(api)).id, '2012-03-01');
      const nomination = await makeNomination(api, iteration.id, partner.id);
      await api.store.db
        .updateTable('nomination')
        .set({ person_id: dup.id })
        .where('id', '=', nomination.id)
        .execute();
      const meeting = await api.call('POST', '/api/meetings', {
        partner_id: partner.id,
        kind: 'talks',
        start_date: '2011-06-22',
        participants: [{ person_id: dup.id }],
      });
      expect(meeting.status).toBe(201);
      const source = await api.call('POST', '/api/sources', { id: uid('source'), title: 'Asia-Plus' });
      const claim = await api.call('POST', '/api/claims', {
        subject_type: 'person',
        subject_id: dup.id,
        field: 'birth_date',
        value: '1948',
        source_id: source.json.id,
      });
      expect(claim.status).toBe(201);

      const withoutVersion = await api.call('POST', `/api/people/${dup.id}/merge`, { into: kept.id });
      expect(withoutVersion.status).toBe(428);
      const res = await api.call(
        'POST',
        `/api/people/${dup.id}/merge`,
        { into: kept.id },
        ifMatch(dup.version),
      );
      expect(res.status).toBe(200);
      expect(res.json.moved).toEqual({
        names: 1,
        holdings: 2,
        nominations: 1,
        participants: 1,
        claims: 1,
        candidates: 0,
      });
      expect(res.json.person.names).toEqual([
        expect.objectContaining({ name: 'Hamrokhon Zarifi', kind: 'official' }),
        expect.objectContaining({ name: 'Хамрохон Зарифи', lang: 'ru', kind: 'alternate' }),
      ]);
      expect(res.json.person.version).toBe(kept.version + 1);

      expect((await api.call('GET', `/api/people/${dup.id}`)).status).toBe(404);
      const holdings = await api.call('GET', `/api/people/${kept.id}/holdings`);
      expect(holdings.json.items.map((h: { id: string }) => h.id)).toContain(held.id);
      expect(holdings.json.total).toBe(4);
      const found = await api.call('GET', `/api/people?q=${encodeURIComponent('Зарифи')}`);
      expect(found.json.items.map((p: { id: string }) => p.id)).toEqual([kept.id]);
      const db = api.store.db;
      expect(
        (
          await db
            .selectFrom('nomination')
            .select('person_id')
            .where('id', '=', nomination.id)
            .executeTakeFirst()
        )?.person_id,
      ).toBe(kept.id);
      expect(
        (
          await db
            .selectFrom('meeting_participant')
            .select('person_id')
            .where('meeting_id', '=', meeting.json.id)
            .execute()
        ).map((p) => p.person_id),
      ).toEqual([kept.id]);
      expect((await api.call('GET', `/api/claims/${claim.json.id}`)).json.subject_id).toBe(kept.id);
      const audited = await db
        .selectFrom('audit_log')
        .select(['action', 'entity', 'entity_id'])
        .where('entity_id', 'in', [dup.id, kept.id, held.id])
        .where('action', 'in', ['update', 'delete'])
        .execute();
      expect(audited).toEqual(
        expect.arrayContaining([
          { action: 'delete', entity: 'person', entity_id: dup.id },
          { action: 'update', entity: 'person', entity_id: kept.id },
          { action: 'update', entity: 'post_holding', entity_id: held.id },
        ]),
      );
      // The duplicate can be restored, empty, if the merge was a mistake.
      expect((await api.call('POST', `/api/people/${dup.id}/restore`)).status).toBe(200);
    });

    it('refuses, changing nothing, when both held a single-holder post at the same time', async () => {
      const [a, b] = [await makePerson(api), await makePerson(api)];
      const post = await makePost(api, { single_holder: true });
      await hold(post.id, a.id, '2006-01-01', '2012-12-31');
      // The registry refuses such a pair today; older imported data may hold one, so it is made directly.
      const other = await makePost(api, { single_holder: true });
      await hold(other.id, b.id, '2010-01-01');
      await api.store.db
        .updateTable('post_holding')
        .set({ post_id: post.id })
        .where('person_id', '=', b.id)
        .execute();
      const res = await api.call('POST', `/api/people/${a.id}/merge`, { into: b.id }, ifMatch(a.version));
      expect(res.status).toBe(409);
      expect(res.json).toMatchObject({ code: 'holding.overlap', errors: [{ field: 'into' }] });
      expect((await api.call('GET', `/api/people/${a.id}`)).status).toBe(200);
      expect((await api.call('GET', `/api/people/${b.id}`)).json.version).toBe(b.version);
    });

    it('names the field of a wrong target, and lets only staff merge', async () => {
      const a = await makePerson(api);
      const self = await api.call('POST', `/api/people/${a.id}/merge`, { into: a.id }, ifMatch(a.version));
      expect(self.status).toBe(400);
      expect(self.json.errors[0].field).toBe('into');
      const absent = await api.call(
        'POST',
        `/api/people/${a.id}/merge`,
        { into: 'nobody-here' },
        ifMatch(a.version),
      );
      expect(absent.json.errors[0].field).toBe('into');
      expect(absent.status).toBeGreaterThanOrEqual(400);
      expect(absent.status).toBeLessThan(500);
      const stale = await api.call(
        'POST',
        `/api/people/${a.id}/merge`,
        { into: (await makePerson(api)).id },
        ifMatch(a.version + 5),
      );
      expect(stale.status).toBe(412);
      const observer = await api.signIn('observer');
      const refused = await api.raw('POST', `/api/people/${a.id}/merge`, { into: 'x' }, observer);
      expect([401, 403, 404]).toContain(refused.status);
    });
  });
}
