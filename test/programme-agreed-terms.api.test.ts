import { beforeAll, describe, expect, it } from 'vitest';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { ensureAreas, makePartner, makeProgramme, move } from './support/programme-fixtures.js';

const ifMatch = (v: number) => ({ 'if-match': `"${v}"` });

/**
 * Issue 12, item 8: once both sides have agreed a programme, neither may alone re-title or re-mark
 * it (the marking decides who reads it); such a change is an amendment both sign, as objectives are.
 * A sign-off names the content it signs: approve and accept without the hash are refused.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`agreed programme terms on ${db.name}`, () => {
    const api = useApi(db);
    let partner: { id: string };
    let own: Record<string, string>;
    let year = 2300;

    beforeAll(async () => {
      await ensureAreas(api);
      partner = await makePartner(api);
      own = await api.signIn('partner', partner.id);
    });

    async function agreed() {
      year += 3;
      const p = await makeProgramme(api, partner.id, { start_date: `${year}-01-01`, title: 'Agreed title' });
      await move(api, p.id, 'consult', own);
      await move(api, p.id, 'approve', {});
      return move(api, p.id, 'accept', own);
    }

    it('refuses the partner alone a new title, marking or release list of an agreed programme', async () => {
      const p = await agreed();
      for (const [field, change] of [
        ['title', { title: 'Renamed by the partner' }],
        ['marking', { marking: 'public' }],
        ['releasable_to', { releasable_to: [] }],
      ] as const) {
        const res = await api.call('PATCH', `/api/programmes/${p.id}`, change, {
          ...own,
          ...ifMatch(p.version),
        });
        expect(res.status, field).toBe(409);
        expect(res.json.code, field).toBe('programme.amendment_required');
        expect(res.json.errors?.[0]?.field ?? res.json.field, field).toBe(field);
      }
      // staff alone may not either: the terms are joint
      const staff = await api.call(
        'PATCH',
        `/api/programmes/${p.id}`,
        { title: 'Renamed' },
        ifMatch(p.version),
      );
      expect(staff.status).toBe(409);
      const after = await api.call('GET', `/api/programmes/${p.id}`);
      expect(after.json).toMatchObject({ title: 'Agreed title', marking: 'partners', version: p.version });
      // the note is not part of the agreement
      const noted = await api.call(
        'PATCH',
        `/api/programmes/${p.id}`,
        { note: 'kept' },
        { ...own, ...ifMatch(p.version) },
      );
      expect(noted.status).toBe(200);
      // resending the agreed values is no change
      const same = await api.call(
        'PATCH',
        `/api/programmes/${p.id}`,
        { title: 'Agreed title', marking: 'partners' },
        { ...own, ...ifMatch(noted.json.version) },
      );
      expect(same.status).toBe(200);
    });

    it('changes title and marking by an amendment that both sides sign', async () => {
      const p = await agreed();
      const proposed = await api.call(
        'POST',
        `/api/programmes/${p.id}/amendments`,
        { title: 'Renamed together', marking: 'organization' },
        { ...own, ...ifMatch(p.version) },
      );
      expect(proposed.status).toBe(200);
      expect(proposed.json.amendment.hash).not.toBe(p.hash);
      expect(proposed.json.title).toBe('Agreed title');
      const hash = proposed.json.amendment.hash;
      const org = await api.call(
        'POST',
        `/api/programmes/${p.id}/amendment/signoffs`,
        { hash },
        ifMatch(proposed.json.version),
      );
      expect(org.json).toMatchObject({ title: 'Agreed title', marking: 'partners' });
      const both = await api.call(
        'POST',
        `/api/programmes/${p.id}/amendment/signoffs`,
        { hash },
        { ...own, ...ifMatch(org.json.version) },
      );
      expect(both.status).toBe(200);
      expect(both.json).toMatchObject({
        title: 'Renamed together',
        marking: 'organization',
        hash,
        amendment: null,
        agreed_version: 2,
      });
    });

    it('requires the content hash to approve and to accept, and refuses a stale one', async () => {
      year += 3;
      const p = await makeProgramme(api, partner.id, { start_date: `${year}-01-01` });
      const consulted = await move(api, p.id, 'consult', own);
      const bare = await api.call(
        'POST',
        `/api/programmes/${p.id}/transitions`,
        { transition: 'approve' },
        ifMatch(consulted.version),
      );
      expect(bare.status).toBe(400);
      expect(JSON.stringify(bare.json)).toContain('hash');
      const stale = await api.call(
        'POST',
        `/api/programmes/${p.id}/transitions`,
        { transition: 'approve', hash: 'a'.repeat(64) },
        ifMatch(consulted.version),
      );
      expect(stale.status).toBe(409);
      expect(stale.json.code).toBe('programme.hash_mismatch');
      const approved = await api.call(
        'POST',
        `/api/programmes/${p.id}/transitions`,
        { transition: 'approve', hash: consulted.hash },
        ifMatch(consulted.version),
      );
      expect(approved.status).toBe(200);
      const acceptBare = await api.call(
        'POST',
        `/api/programmes/${p.id}/transitions`,
        { transition: 'accept' },
        { ...own, ...ifMatch(approved.json.version) },
      );
      expect(acceptBare.status).toBe(400);
      const after = await api.call('GET', `/api/programmes/${p.id}`);
      expect(after.json.status).toBe('approved_by_organization');
    });
  });
}
