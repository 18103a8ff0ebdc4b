import { describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`the demo data on ${db.name}`, () => {
    const api = useApi(db);

    it('loads every file in one transaction', async () => {
      const counts = await loadDemo(contextFor(api.store, SYSTEM_ACTOR));
      expect(counts.organizations).toBeGreaterThanOrEqual(35);
      expect(counts.memberships).toBeGreaterThanOrEqual(69);
      expect(counts.claims).toBeGreaterThan(0);
    });

    it('has every partner of partners.json with its NACC/EAPC and PfP periods', async () => {
      const malta = await api.call('GET', '/api/organizations/MT/memberships');
      const pfp = malta.json.items.filter((m: { organization_id: string }) => m.organization_id === 'pfp');
      expect(
        pfp.map((m: { start_date: string; end_date: string | null }) => [m.start_date, m.end_date]),
      ).toEqual([
        ['1995-04-26', '1996-10-27'],
        ['2008-04-03', null],
      ]);
      const russia = await api.call('GET', '/api/organizations/RU/memberships?on=2024-01-01');
      expect(
        russia.json.items.find((m: { organization_id: string }) => m.organization_id === 'pfp').status,
      ).toBe('suspended');
    });

    it('shows Tajikistan in the NACC from 1992, renamed EAPC on 1997-05-30, and in PfP from 2002-02-20', async () => {
      const res = await api.call('GET', '/api/organizations/TJ/memberships');
      const byOrg = Object.fromEntries(
        res.json.items.map((m: { organization_id: string }) => [m.organization_id, m]),
      );
      expect(byOrg.eapc).toMatchObject({
        organization_name_at_start: 'North Atlantic Cooperation Council',
        organization_renamed: [{ name: 'Euro-Atlantic Partnership Council', start_date: '1997-05-30' }],
      });
      expect(byOrg.eapc.start_date.startsWith('1992')).toBe(true);
      expect(byOrg.pfp.start_date).toBe('2002-02-20');
    });

    it('answers Appathurai as Special Representative on 2011-06-22, and Zarifi as foreign minister', async () => {
      const sr = await api.call(
        'GET',
        '/api/posts/nato-sg-special-representative-caucasus-central-asia/holders?on=2011-06-22',
      );
      expect(sr.json.items.map((h: { person_name: string }) => h.person_name)).toEqual(['James Appathurai']);
      const fm = await api.call('GET', '/api/posts?q=foreign%20affairs%20of%20tajikistan');
      const holders = await api.call('GET', `/api/posts/${fm.json.items[0].id}/holders?on=2011-06-22`);
      expect(holders.json.items[0].person_name).toBe('Hamrokhon Zarifi');
    });

    it('lists the NACC 1992/1994 disagreement and the Simmons appointment among the open conflicts', async () => {
      const res = await api.call('GET', '/api/conflicts');
      const tj = res.json.items.find((c: { subject_id: string }) => c.subject_id === 'tj-eapc');
      expect(tj.field).toBe('start_date');
      expect(tj.claims.map((c: { value: string }) => c.value)).toEqual(expect.arrayContaining(['1994']));
      expect(tj.claims.find((c: { value: string }) => c.value === '1994').followed).toBe(false);
      expect(
        res.json.items.some((c: { subject_label: string }) =>
          c.subject_label.startsWith('Robert F. Simmons'),
        ),
      ).toBe(true);
    });

    it('knows Sirojiddin Aslov under his later name Muhriddin', async () => {
      const res = await api.call('GET', '/api/people?q=aslov');
      expect(res.json.items[0].name).toBe('Sirojiddin Muhriddin');
    });
  });
}
