import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrganization, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { ensureAreas, makeActivity } from './support/programme-fixtures.js';

const withoutStamps = (ics: string) =>
  ics
    .split(/\r?\n/)
    .filter((l) => !/^(DTSTAMP|LAST-MODIFIED)/.test(l))
    .join('\n');

/**
 * Issue 17: an ISO code or an id wherever a partner or provider is named, and an unknown one refused
 * (404 in a path, 400 naming the parameter in a query) instead of an empty answer.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`partners named by id or ISO code on ${db.name}`, () => {
    const api = useApi(db);
    let partner: { id: string };
    let provider: { id: string };

    beforeAll(async () => {
      await ensureAreas(api);
      partner = await makeOrganization(api, { kind: 'state', iso2: 'TJ' });
      provider = await makeOrganization(api, { kind: 'body' });
      await makeActivity(api, { provider_id: provider.id });
    });

    it('answers the same for the ISO code as for the id, in paths and queries', async () => {
      expect(partner.id).not.toBe('TJ');
      for (const [byIso, byId] of [
        [`/api/calendar/partners/TJ?format=ics`, `/api/calendar/partners/${partner.id}?format=ics`],
        [`/api/calendar/partners/tj?format=ics`, `/api/calendar/partners/${partner.id}?format=ics`],
        ['/api/activities?eligible_for=TJ', `/api/activities?eligible_for=${partner.id}`],
        ['/api/exercises?partner_id=TJ', `/api/exercises?partner_id=${partner.id}`],
        ['/api/programmes?partner_id=TJ', `/api/programmes?partner_id=${partner.id}`],
        ['/api/nominations?partner_id=TJ', `/api/nominations?partner_id=${partner.id}`],
        [
          '/api/exports/menu?format=csv&eligible_for=TJ',
          `/api/exports/menu?format=csv&eligible_for=${partner.id}`,
        ],
      ]) {
        const [a, b] = [await api.call('GET', byIso as string), await api.call('GET', byId as string)];
        expect(a.status, byIso).toBe(200);
        expect(b.status, byId).toBe(200);
        expect(withoutStamps(a.body), byIso).toBe(withoutStamps(b.body));
      }
    });

    it('refuses a key that names no organization: 404 in a path, 400 naming the parameter in a query', async () => {
      for (const url of [
        '/api/calendar/partners/ZZ?format=ics',
        '/api/calendar/partners/no-such-partner?format=ics',
        '/api/calendar/providers/ZZ?format=ics',
      ]) {
        const res = await api.call('GET', url);
        expect(res.status, url).toBe(404);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
      }
      for (const [url, field] of [
        ['/api/activities?eligible_for=ZZ', 'eligible_for'],
        ['/api/exercises?partner_id=XX', 'partner_id'],
        ['/api/nominations?partner_id=no-such-partner', 'partner_id'],
        ['/api/activities?provider=ZZ', 'provider'],
      ] as const) {
        const res = await api.call('GET', url);
        expect(res.status, url).toBe(400);
        expect(res.json.errors, url).toEqual([
          { field, reason: expect.stringContaining('names no organization') },
        ]);
      }
    });
  });
}
