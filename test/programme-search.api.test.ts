import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrganization, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { ensureAreas, makeProgramme } from './support/programme-fixtures.js';

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`programme text search on ${db.name}`, () => {
    const api = useApi(db);
    const word = `Zq${randomUUID().slice(0, 6)}`;
    let partner: { id: string };

    beforeAll(async () => {
      await ensureAreas(api);
      partner = await makeOrganization(api, {
        kind: 'state',
        names: [
          { name: `${word}stan`, lang: 'en' },
          { name: `Ёжистан ${word}`, lang: 'ru' },
        ],
      });
    });

    it('finds programmes by a word of their title or of any of their partner’s names', async () => {
      const p = await makeProgramme(api, partner.id, { title: `Pilot plan ${word}-title` });
      const ids = async (q: string) =>
        (
          (await api.call('GET', `/api/programmes?q=${encodeURIComponent(q)}`)).json.items as { id: string }[]
        ).map((i) => i.id);
      expect(await ids(`${word}-TITLE`)).toEqual([p.id]);
      expect(await ids(`${word.toLowerCase()}stan`)).toEqual([p.id]);
      expect(await ids('ёжистан')).toContain(p.id);
      expect(await ids('ежистан')).toContain(p.id);
      expect(await ids(`${word}-nothing`)).toEqual([]);
      // LIKE's wildcards are text, not patterns.
      expect(await ids('%')).toEqual([]);
    });

    it('searches only the programmes the reader may read', async () => {
      await makeProgramme(api, partner.id, { kind: 'IPCP', title: `Other ${word}` });
      const stranger = await api.signIn('partner', (await makeOrganization(api, { kind: 'state' })).id);
      const res = await api.call('GET', `/api/programmes?q=${word}`, undefined, stranger);
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ items: [], total: 0 });
      const observer = await api.signIn('observer');
      expect((await api.call('GET', `/api/programmes?q=${word}`, undefined, observer)).status).toBe(404);
    });
  });
}
