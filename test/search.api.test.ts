import { describe, expect, it } from 'vitest';
import { type Api, makeOrganization, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * GET /api/search: one search across the kinds of record, forgiving of typos and scripts, and never
 * reaching further than the lists do.
 */
async function person(api: Api, names: { name: string; lang: string }[]) {
  const res = await api.call('POST', '/api/people', { id: uid('person'), names });
  expect(res.status).toBe(201);
  return res.json as { id: string };
}

async function meeting(api: Api, body: Record<string, unknown>) {
  const res = await api.call('POST', '/api/meetings', { kind: 'visit', ...body });
  expect(res.status).toBe(201);
  return res.json as { id: string };
}

const group = (reply: { json: { groups: { kind: string; hits: { id: string }[] }[] } }, kind: string) =>
  reply.json.groups.find((g) => g.kind === kind)?.hits.map((h) => h.id) ?? [];

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`one search on ${db.name}`, () => {
    const api = useApi(db);
    let w: {
      kz: string;
      tj: string;
      appathurai: string;
      zarifi: string;
      publicVisit: string;
      orgOnly: string;
      releasedToTj: string;
    };

    it('builds a registry and three meetings of different markings', async () => {
      const tj = await makeOrganization(api, { kind: 'state', names: [{ name: 'Tajikistan', lang: 'en' }] });
      const kz = await makeOrganization(api, { kind: 'state', names: [{ name: 'Kazakhstan', lang: 'en' }] });
      const appathurai = await person(api, [
        { name: 'James Appathurai', lang: 'en' },
        { name: 'Джеймс Аппатурай', lang: 'ru' },
      ]);
      const zarifi = await person(api, [
        { name: 'Hamrokhon Zarifi', lang: 'en' },
        { name: 'Хамрохон Зарифи', lang: 'ru' },
      ]);
      const publicVisit = await meeting(api, {
        partner_id: tj.id,
        start_date: '2011-06-22',
        city: 'Dushanbe',
        marking: 'public',
        participants: [
          { person_id: zarifi.id, side: 'host' },
          { person_id: appathurai.id, side: 'visitor' },
        ],
      });
      const orgOnly = await meeting(api, {
        partner_id: tj.id,
        start_date: '2012-07-17',
        marking: 'organization',
        participants: [{ person_id: appathurai.id, side: 'visitor' }],
      });
      const releasedToTj = await meeting(api, {
        partner_id: tj.id,
        start_date: '2013-03-01',
        marking: 'partners',
        releasable_to: [tj.id],
        participants: [{ person_id: appathurai.id, side: 'visitor' }],
      });
      w = {
        tj: tj.id,
        kz: kz.id,
        appathurai: appathurai.id,
        zarifi: zarifi.id,
        publicVisit: publicVisit.id,
        orgOnly: orgOnly.id,
        releasedToTj: releasedToTj.id,
      };
    });

    it('finds Appathurai misspelt, with every meeting he took part in, for staff', async () => {
      const res = await api.call('GET', '/api/search?q=Appaturai');
      expect(res.status).toBe(200);
      expect(res.json.also_searched).toContain('appathurai');
      expect(group(res, 'person')).toEqual([w.appathurai]);
      expect(group(res, 'meeting').sort()).toEqual([w.publicVisit, w.orgOnly, w.releasedToTj].sort());
    });

    it('reaches Zarifi and his meeting from his name in Cyrillic', async () => {
      const res = await api.call('GET', `/api/search?q=${encodeURIComponent('Зарифи')}`);
      expect(res.status).toBe(200);
      expect(group(res, 'person')).toEqual([w.zarifi]);
      expect(group(res, 'meeting')).toEqual([w.publicVisit]);
    });

    it('gives each reader only the meetings the lists give them', async () => {
      const anonymous = await api.raw('GET', '/api/search?q=Appathurai');
      expect(group(anonymous, 'meeting')).toEqual([w.publicVisit]);
      expect(group(anonymous, 'programme')).toEqual([]);
      const tajik = await api.raw(
        'GET',
        '/api/search?q=Appathurai',
        undefined,
        await api.signIn('partner', w.tj),
      );
      expect(group(tajik, 'meeting').sort()).toEqual([w.publicVisit, w.releasedToTj].sort());
      const kazakh = await api.raw(
        'GET',
        '/api/search?q=Appathurai',
        undefined,
        await api.signIn('partner', w.kz),
      );
      expect(group(kazakh, 'meeting')).toEqual([w.publicVisit]);
      const observer = await api.raw(
        'GET',
        '/api/search?q=Appathurai',
        undefined,
        await api.signIn('observer'),
      );
      expect(observer.json.groups.map((g: { kind: string }) => g.kind)).not.toContain('meeting');
    });

    it('refuses a query too short to search, naming the field', async () => {
      const res = await api.raw('GET', '/api/search?q=a');
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.json)).toContain('q');
      expect(res.headers['content-type']).toContain('problem+json');
    });
  });
}
