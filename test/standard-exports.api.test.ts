import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { iatiProblems, popoloProblems } from './support/standards.js';

/** The identifiers of the iati-activity elements of a file. */
const activityIds = (xml: string) =>
  [...xml.matchAll(/<iati-identifier>([^<]+)<\/iati-identifier>/g)].map((m) => m[1]);

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`Popolo and IATI exports on ${db.name}`, () => {
    const api = useApi(db);
    let readers: Record<'tajikistan' | 'kazakhstan' | 'provider' | 'observer', Record<string, string>>;
    /** Nominees a partner registered: that partner's and the organization's, nobody else's. */
    let registeredBy: Record<'tj' | 'kz', string[]>;

    beforeAll(async () => {
      await loadDemo(contextFor(api.store, SYSTEM_ACTOR));
      readers = {
        tajikistan: await api.signIn('partner', 'tj'),
        kazakhstan: await api.signIn('partner', 'kz'),
        provider: await api.signIn('provider', 'nato-school-oberammergau'),
        observer: await api.signIn('observer'),
      };
      const rows = await api.store.db
        .selectFrom('person')
        .select(['id', 'registered_by'])
        .where('registered_by', 'is not', null)
        .execute();
      registeredBy = {
        tj: rows.filter((r) => r.registered_by === 'tj').map((r) => r.id),
        kz: rows.filter((r) => r.registered_by === 'kz').map((r) => r.id),
      };
    }, 180_000);

    it('exports the registry as Popolo JSON that validates against the popolo-spec schemas', async () => {
      const res = await api.call('GET', '/api/exports/popolo');
      expect(res.status).toBe(200);
      expect(String(res.headers['content-disposition'])).toContain('concord-popolo.json');
      const doc = res.json;
      expect(popoloProblems(doc)).toEqual([]);
      // The demo registry: 43 organizations, 5 posts, 85 memberships of organizations and 10 holdings.
      expect(doc.organizations).toHaveLength(43);
      expect(doc.posts).toHaveLength(5);
      expect(doc.memberships).toHaveLength(95);
      // Staff read every person: the 11 of the registry and the 36 nominees the two partners registered.
      expect(doc.persons).toHaveLength(47);
      const tj = doc.organizations.find((o: { id: string }) => o.id === 'tj');
      expect(tj.identifiers).toEqual([{ identifier: 'TJ', scheme: 'ISO 3166-1 alpha-2' }]);
      const pfp = doc.memberships.find((m: { id: string }) => m.id === 'tj-pfp');
      expect(pfp).toMatchObject({ organization_id: 'pfp', member: { id: 'tj' }, start_date: '2002-02-20' });
      const rahmon = doc.memberships.find((m: { id: string }) => m.id === 'holding:tj-president-rahmon');
      expect(rahmon).toMatchObject({
        person_id: 'emomali-rahmon',
        post_id: 'tj-president',
        organization_id: 'tj',
      });
    });

    it('gives each reader only the persons it may read', async () => {
      expect(registeredBy.tj.length).toBeGreaterThan(0);
      expect(registeredBy.kz.length).toBeGreaterThan(0);
      const personsOf = async (headers: Record<string, string>) => {
        const res = await api.raw('GET', '/api/exports/popolo', undefined, headers);
        expect(res.status).toBe(200);
        expect(popoloProblems(res.json)).toEqual([]);
        return new Set<string>(res.json.persons.map((p: { id: string }) => p.id));
      };
      const tj = await personsOf(readers.tajikistan);
      const kz = await personsOf(readers.kazakhstan);
      const anonymous = await personsOf({});
      for (const id of registeredBy.tj) {
        expect(tj.has(id)).toBe(true);
        expect(kz.has(id)).toBe(false);
        expect(anonymous.has(id)).toBe(false);
      }
      for (const id of registeredBy.kz) {
        expect(kz.has(id)).toBe(true);
        expect(tj.has(id)).toBe(false);
        expect(anonymous.has(id)).toBe(false);
      }
      expect(anonymous.size).toBe(11);
      expect(tj.size).toBe(11 + registeredBy.tj.length);
      const provider = await personsOf(readers.provider);
      const observer = await personsOf(readers.observer);
      for (const id of [...registeredBy.tj, ...registeredBy.kz]) expect(observer.has(id)).toBe(false);
      expect(provider.size).toBeLessThan(47);
    });

    it('exports programmes as IATI activity XML that validates against the IATI 2.03 schema', async () => {
      const res = await api.call('GET', '/api/exports/iati');
      expect(res.status).toBe(200);
      expect(String(res.headers['content-type'])).toContain('application/xml');
      expect(await iatiProblems(res.body)).toEqual([]);
      expect(activityIds(res.body).sort()).toEqual([
        'XI-IATI-CONCORD-tj-ipp-2009',
        'XI-IATI-CONCORD-tj-ipp-2011',
      ]);
      // The agreed IPP 2011–2012 is in implementation (2), the 2009–2010 one closed (4).
      const current = res.body.slice(res.body.indexOf('tj-ipp-2011</iati-identifier>'));
      expect(current).toMatch(/<activity-status code="2"\/>/);
      expect(current).toMatch(/<activity-date type="1" iso-date="2011-01-01"\/>/);
      expect(current).toMatch(/<recipient-country code="TJ" percentage="100"\/>/);
    });

    it('gives a partner its own programmes and another partner none of them', async () => {
      const tj = await api.raw('GET', '/api/exports/iati?partner_id=TJ', undefined, readers.tajikistan);
      expect(tj.status).toBe(200);
      expect(await iatiProblems(tj.body)).toEqual([]);
      expect(activityIds(tj.body)).toHaveLength(2);
      const kz = await api.raw('GET', '/api/exports/iati', undefined, readers.kazakhstan);
      expect(kz.status).toBe(200);
      expect(activityIds(kz.body)).toEqual([]);
      expect(kz.body).not.toContain('tj-ipp');
      expect(kz.body).not.toContain('Tajikistan');
    });

    it('refuses the IATI file to readers without programmes, and an unknown partner with a 400', async () => {
      // Programmes are the organization's and their partner's: to anyone else the file does not exist.
      expect((await api.raw('GET', '/api/exports/iati')).status).toBe(404);
      expect((await api.raw('GET', '/api/exports/iati', undefined, readers.observer)).status).toBe(404);
      expect((await api.raw('GET', '/api/exports/iati', undefined, readers.provider)).status).toBe(404);
      const unknown = await api.call('GET', '/api/exports/iati?partner_id=ZZ');
      expect(unknown.status).toBe(400);
      expect(JSON.stringify(unknown.json)).toContain('partner_id');
    });
  });
}
