import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { verifyAudit } from '../src/services/trust/audit.service.js';
import { makeOrganization, makePerson, makePost, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { otherReaders } from './support/readers.js';

/**
 * Issue 13, deleted records: memberships, terms in post and claims, which DELETE removes, come back
 * from the audit trail (If-Match naming the version they were deleted at, audited); staff list
 * everything deleted now, soft-deleted registry records and meetings included; nobody else does.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`deleted records and their restore on ${db.name}`, () => {
    const api = useApi(db);

    it('restores a membership, a term in post and a claim from the trail, checking If-Match', async () => {
      const state = await makeOrganization(api, { kind: 'state', names: [{ name: 'Restoria' }] });
      const pfp = await makeOrganization(api, { names: [{ name: 'Partnership for Restoring' }] });
      const person = await makePerson(api, 'Rena Restorer');
      const post = await makePost(api, { label: 'Restorer General' });
      const source = (await api.call('POST', '/api/sources', { title: 'Restoria Gazette' })).json;
      const membership = (
        await api.call('POST', '/api/memberships', {
          member_id: state.id,
          organization_id: pfp.id,
          start_date: '2002-02-20',
        })
      ).json;
      const changed = await api.call(
        'PATCH',
        `/api/memberships/${membership.id}`,
        { note: 'Joined at the Prague summit' },
        { 'if-match': '"1"' },
      );
      expect(changed.json.version).toBe(2);
      const holding = (
        await api.call('POST', '/api/holdings', {
          post_id: post.id,
          person_id: person.id,
          start_date: '2011',
        })
      ).json;
      const claim = (
        await api.call('POST', '/api/claims', {
          subject_type: 'membership',
          subject_id: membership.id,
          field: 'start_date',
          value: '2002-02-20',
          source_id: source.id,
        })
      ).json;
      const records = [
        ['memberships', membership.id, 2, 'Restoria — Partnership for Restoring', 'membership'],
        ['holdings', holding.id, 1, 'Rena Restorer — Restorer General', 'post_holding'],
        ['claims', claim.id, 1, 'Restoria Gazette — start_date', 'claim'],
      ] as const;
      for (const [collection, id, version] of records) {
        const del = await api.call('DELETE', `/api/${collection}/${id}`, undefined, {
          'if-match': `"${version}"`,
        });
        expect(del.status, collection).toBe(204);
        expect((await api.call('GET', `/api/${collection}/${id}`)).status).toBe(404);
      }

      const list = await api.call('GET', '/api/deleted-records?limit=500');
      expect(list.status).toBe(200);
      for (const [collection, id, version, label, kind] of records) {
        expect(list.json.items, kind).toContainEqual(
          expect.objectContaining({
            kind,
            id,
            label,
            version,
            restore_path: `/api/${collection}/${id}/restore`,
            can: { restore: true },
          }),
        );
      }
      const onlyClaims = await api.call('GET', '/api/deleted-records?kind=claim&limit=500');
      expect(new Set(onlyClaims.json.items.map((r: { kind: string }) => r.kind))).toEqual(new Set(['claim']));

      for (const [collection, id, version] of records) {
        const url = `/api/${collection}/${id}/restore`;
        const stale = await api.call('POST', url, undefined, { 'if-match': `"${version + 4}"` });
        expect(stale.status, collection).toBe(412);
        const ok = await api.call('POST', url, undefined, { 'if-match': `"${version}"` });
        expect(ok.status, `${collection} ${JSON.stringify(ok.json)}`).toBe(200);
        expect(ok.json.version).toBe(version + 1);
        expect(ok.headers.etag).toBe(`"${version + 1}"`);
        expect((await api.call('POST', url)).json.code).toBe('record.not_deleted');
      }
      const back = await api.call('GET', `/api/memberships/${membership.id}`);
      expect(back.json).toMatchObject({ note: 'Joined at the Prague summit', start_date: '2002-02-20' });
      const after = await api.call('GET', '/api/deleted-records?limit=500');
      const ids = after.json.items.map((r: { id: string }) => r.id);
      for (const [, id] of records) expect(ids).not.toContain(id);
      expect((await api.call('POST', '/api/claims/never-was/restore')).status).toBe(404);
      expect((await verifyAudit(contextFor(api.store, SYSTEM_ACTOR))).broken).toBeNull();
    });

    it('lists soft-deleted records and meetings beside them, newest deletion first', async () => {
      const person = await makePerson(api, 'Sofia Softdeleted');
      expect(
        (await api.call('DELETE', `/api/people/${person.id}`, undefined, { 'if-match': '"1"' })).status,
      ).toBe(204);
      const list = await api.call('GET', '/api/deleted-records?limit=500');
      expect(list.json.items[0]).toMatchObject({
        kind: 'person',
        id: person.id,
        label: 'Sofia Softdeleted',
        version: 1,
        restore_path: `/api/people/${person.id}/restore`,
      });
      const dates = list.json.items.map((r: { deleted_at: string }) => r.deleted_at);
      expect(dates).toEqual([...dates].sort().reverse());
      expect((await api.call('POST', `/api/people/${person.id}/restore`)).status).toBe(200);
      const again = await api.call('GET', '/api/deleted-records?kind=person&limit=500');
      expect(again.json.items.map((r: { id: string }) => r.id)).not.toContain(person.id);
    });

    it('shows the list to staff only (404 to others, as the trail) and refuses every other reader a restore', async () => {
      const { partner: tj, readers } = await otherReaders(api);
      const framework = await makeOrganization(api);
      const m = (
        await api.call('POST', '/api/memberships', {
          member_id: tj.id,
          organization_id: framework.id,
          start_date: '1994',
        })
      ).json;
      await api.call('DELETE', `/api/memberships/${m.id}`, undefined, { 'if-match': '"1"' });
      for (const [who, headers, refused] of readers) {
        // Like the audit trail it is read from: not there at all for whoever may not read it.
        expect((await api.raw('GET', '/api/deleted-records', undefined, headers)).status, who).toBe(404);
        const restore = await api.raw('POST', `/api/memberships/${m.id}/restore`, undefined, headers);
        expect(restore.status, who).toBe(refused);
      }
      expect((await api.call('GET', `/api/memberships/${m.id}`)).status).toBe(404);
      const admin = await api.signIn('admin');
      const adminList = await api.raw('GET', '/api/deleted-records?kind=membership', undefined, admin);
      expect(adminList.json.items.map((r: { id: string }) => r.id)).toContain(m.id);
    });
  });
}
