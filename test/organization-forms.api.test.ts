import { describe, expect, it } from 'vitest';
import { makeOrganization, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { otherReaders } from './support/readers.js';

/**
 * Issue 13, organization forms: what the web app's organization and membership forms send, as each
 * reader. An organization named in three languages is renamed (NACC → EAPC on 1997-05-30); a state
 * joins it, is suspended, withdraws, each with its reason and a cited source; only staff write, and
 * every record's `can` says so to every reader.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`organization and membership forms on ${db.name}`, () => {
    const api = useApi(db);

    it('writes an organization with names over time in en, fr and ru, and its memberships', async () => {
      const council = await api.call('POST', '/api/organizations', {
        id: uid('nacc'),
        kind: 'framework',
        founding_date: '1991-12-20',
        names: [
          { name: 'North Atlantic Cooperation Council', lang: 'en', end_date: '1997-05-29' },
          { name: 'Conseil de coopération nord-atlantique', lang: 'fr', end_date: '1997-05-29' },
          { name: 'Совет североатлантического сотрудничества', lang: 'ru', end_date: '1997-05-29' },
        ],
      });
      expect(council.status, JSON.stringify(council.json)).toBe(201);
      // The rename, as the edit form sends it: the old names end, the new ones start the next day.
      const renamed = await api.call(
        'PATCH',
        `/api/organizations/${council.json.id}`,
        {
          names: [
            ...council.json.names,
            { name: 'Euro-Atlantic Partnership Council', lang: 'en', start_date: '1997-05-30' },
            { name: 'Conseil de partenariat euro-atlantique', lang: 'fr', start_date: '1997-05-30' },
            { name: 'Совет евроатлантического партнёрства', lang: 'ru', start_date: '1997-05-30' },
          ],
        },
        { 'if-match': '"1"' },
      );
      expect(renamed.status, JSON.stringify(renamed.json)).toBe(200);
      expect(renamed.json.version).toBe(2);
      expect(renamed.json.name).toBe('Euro-Atlantic Partnership Council');
      expect(renamed.json.names).toHaveLength(6);

      const state = await makeOrganization(api, { kind: 'state', names: [{ name: 'Forms Republic' }] });
      const joined = await api.call('POST', '/api/memberships', {
        member_id: state.id,
        organization_id: council.json.id,
        start_date: '1992-06-05',
        note: 'Joined with the other Central Asian states',
      });
      expect(joined.status, JSON.stringify(joined.json)).toBe(201);
      expect(joined.json).toMatchObject({
        organization_name_at_start: 'North Atlantic Cooperation Council',
        organization_renamed: [{ name: 'Euro-Atlantic Partnership Council', start_date: '1997-05-30' }],
        status: 'active',
      });

      // Suspended (no end), then withdrawn on a day with the reason.
      const suspended = await api.call(
        'PATCH',
        `/api/memberships/${joined.json.id}`,
        { status: 'suspended', end_reason: 'suspended', note: 'Cooperation suspended in 2022' },
        { 'if-match': '"1"' },
      );
      expect(suspended.status, JSON.stringify(suspended.json)).toBe(200);
      expect(suspended.json).toMatchObject({ status: 'suspended', end_reason: 'suspended', end_date: null });
      const withdrawn = await api.call(
        'PATCH',
        `/api/memberships/${joined.json.id}`,
        { end_date: '2023-03-01', end_reason: 'withdrew', note: 'Withdrew by note verbale' },
        { 'if-match': '"2"' },
      );
      expect(withdrawn.status, JSON.stringify(withdrawn.json)).toBe(200);
      expect(withdrawn.json).toMatchObject({ end_date: '2023-03-01', end_reason: 'withdrew', version: 3 });
      const stale = await api.call(
        'PATCH',
        `/api/memberships/${joined.json.id}`,
        { status: 'active' },
        { 'if-match': '"2"' },
      );
      expect(stale.status).toBe(412);

      // The source of the withdrawal, cited on the end date.
      const source = await api.call('POST', '/api/sources', {
        title: 'Withdrawal announced',
        publisher: 'Ministry of Foreign Affairs',
        url: 'https://example.org/withdrawal',
        publication_date: '2023-03-01',
        language: 'ru',
      });
      expect(source.status).toBe(201);
      const claim = await api.call('POST', '/api/claims', {
        subject_type: 'membership',
        subject_id: joined.json.id,
        field: 'end_date',
        value: '2023-03-01',
        source_id: source.json.id,
        excerpt: 'withdrew on 1 March 2023',
      });
      expect(claim.status, JSON.stringify(claim.json)).toBe(201);
      const cited = await api.call('GET', `/api/claims?subject_type=membership&subject_id=${joined.json.id}`);
      expect(cited.json.items.map((c: { source_title: string }) => c.source_title)).toEqual([
        'Withdrawal announced',
      ]);
    });

    it('says which field is wrong in the reader’s language, and writes nothing', async () => {
      const state = await makeOrganization(api, { kind: 'state' });
      const res = await api.call(
        'POST',
        '/api/memberships',
        { member_id: state.id, organization_id: state.id, start_date: '1992-13-40' },
        { 'accept-language': 'fr' },
      );
      expect(res.status).toBe(400);
      expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual(['start_date']);
      expect(res.headers['content-language']).toBe('fr');
      const none = await api.call('GET', `/api/organizations/${state.id}/memberships`);
      expect(none.json.total).toBe(0);
      const nameless = await api.call('POST', '/api/organizations', { kind: 'state', names: [] });
      expect(nameless.status).toBe(400);
      expect(nameless.json.errors.map((e: { field: string }) => e.field)).toEqual(['names']);
    });

    it('offers the forms to staff only: every other reader reads, and is refused a write', async () => {
      const { partner: tj, readers } = await otherReaders(api);
      const framework = await makeOrganization(api);
      const m = (
        await api.call('POST', '/api/memberships', {
          member_id: tj.id,
          organization_id: framework.id,
          start_date: '2002-02-20',
        })
      ).json;
      for (const [who, headers, refused] of readers) {
        const org = await api.raw('GET', `/api/organizations/${tj.id}`, undefined, headers);
        expect(org.status, who).toBe(200);
        expect(org.json.can, who).toEqual({ update: false, delete: false, restore: false });
        const list = await api.raw('GET', `/api/organizations/${tj.id}/memberships`, undefined, headers);
        expect(
          list.json.items.map((x: { id: string }) => x.id),
          who,
        ).toEqual([m.id]);
        expect(list.json.items[0].can, who).toEqual({ update: false, delete: false });
        const write = await api.raw(
          'PATCH',
          `/api/memberships/${m.id}`,
          { status: 'suspended' },
          { ...headers, 'if-match': '"1"' },
        );
        expect(write.status, who).toBe(refused);
        const create = await api.raw(
          'POST',
          '/api/organizations',
          { kind: 'state', names: [{ name: 'Not Allowed' }] },
          headers,
        );
        expect(create.status, who).toBe(refused);
      }
      const staff = await api.call('GET', `/api/organizations/${tj.id}/memberships`);
      expect(staff.json.items[0].can).toEqual({ update: true, delete: true });
      expect((await api.call('GET', `/api/memberships/${m.id}`)).json.version).toBe(1);
    });
  });
}
