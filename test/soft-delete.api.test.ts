import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { verifyAudit } from '../src/services/trust/audit.service.js';
import { makeOrganization, makePerson, makePost, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/** C14 in part: DELETE hides a registry record, restore brings it back, purge needs two administrators. */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`soft delete, restore and four-eyes purge on ${db.name}`, () => {
    const api = useApi(db);

    it('hides a deleted person from reads and lists, and restores it with its names', async () => {
      const person = await makePerson(api, 'Hidden Restored');
      const del = await api.call('DELETE', `/api/people/${person.id}`, undefined, { 'if-match': '"1"' });
      expect(del.status).toBe(204);
      expect((await api.call('GET', `/api/people/${person.id}`)).status).toBe(404);
      const list = await api.call('GET', '/api/people?q=Hidden%20Restored');
      expect(list.json.items.map((p: { id: string }) => p.id)).not.toContain(person.id);
      expect(list.json.total).toBe(0);
      // Nothing new may point at it while it is deleted.
      const post = await makePost(api);
      const holding = await api.call('POST', '/api/holdings', {
        post_id: post.id,
        person_id: person.id,
        start_date: '2011-01-01',
      });
      expect(holding.status).toBe(422);
      expect(JSON.stringify(holding.json.errors)).toContain('person_id');
      // Deleting again: it is gone as far as the API knows.
      expect(
        (await api.call('DELETE', `/api/people/${person.id}`, undefined, { 'if-match': '"2"' })).status,
      ).toBe(404);
      const restored = await api.call('POST', `/api/people/${person.id}/restore`);
      expect(restored.status).toBe(200);
      expect(restored.json).toMatchObject({ id: person.id, name: 'Hidden Restored', version: 3 });
      expect(restored.headers.etag).toBe('"3"');
      const again = await api.call('GET', `/api/people/${person.id}`);
      expect(again.status).toBe(200);
      expect(again.json.names).toEqual(person.names);
      expect((await api.call('POST', `/api/people/${person.id}/restore`)).json.code).toBe(
        'record.not_deleted',
      );
    });

    it('restores organizations, posts and sources, checking If-Match when sent', async () => {
      const org = await makeOrganization(api);
      const post = await makePost(api);
      const source = (await api.call('POST', '/api/sources', { title: 'A deletable source' })).json;
      for (const [collection, rec] of [
        ['organizations', org],
        ['posts', post],
        ['sources', source],
      ] as const) {
        const url = `/api/${collection}/${rec.id}`;
        expect((await api.call('DELETE', url, undefined, { 'if-match': `"${rec.version}"` })).status).toBe(
          204,
        );
        expect((await api.call('GET', url)).status).toBe(404);
        if (collection === 'organizations') {
          const orphan = await api.call('POST', '/api/posts', { organization_id: rec.id, label: 'Orphan' });
          expect(orphan.status).toBe(422);
        }
        const stale = await api.call('POST', `${url}/restore`, undefined, { 'if-match': `"${rec.version}"` });
        expect(stale.status).toBe(412);
        const ok = await api.call('POST', `${url}/restore`, undefined, {
          'if-match': `"${rec.version + 1}"`,
        });
        expect(ok.status, JSON.stringify(ok.json)).toBe(200);
        expect((await api.call('GET', url)).status).toBe(200);
      }
      const observer = await api.signIn('observer');
      expect((await api.raw('POST', `/api/people/${post.id}/restore`, undefined, observer)).status).toBe(403);
    });

    it('purges only when a different administrator approves', async () => {
      const person = await makePerson(api, 'Purged For Good');
      const [alice, bob] = [await api.signIn('admin'), await api.signIn('admin')];
      const url = `/api/people/${person.id}`;
      expect((await api.raw('DELETE', `${url}/purge`, undefined, alice)).json.code).toBe(
        'record.not_deleted',
      );
      await api.call('DELETE', url, undefined, { 'if-match': '"1"' });
      expect((await api.call('DELETE', `${url}/purge`)).status).toBe(403); // staff may not
      const requested = await api.raw('DELETE', `${url}/purge`, undefined, alice);
      expect(requested.status).toBe(202);
      expect(requested.json).toMatchObject({ action: 'purge', entity: 'person', status: 'pending' });
      // The requester may withdraw it, not approve it; the second administrator may do both.
      expect(requested.json.can).toEqual({ update: false, delete: false, approve: false, cancel: true });
      const id = requested.json.id;
      const twice = await api.raw('DELETE', `${url}/purge`, undefined, alice);
      expect(twice.json.id).toBe(id);
      const listed = await api.raw('GET', '/api/pending-actions', undefined, bob);
      expect(listed.json.items.map((a: { id: string }) => a.id)).toContain(id);
      expect(listed.json.items.find((a: { id: string }) => a.id === id).can).toMatchObject({
        approve: true,
        cancel: true,
      });

      const self = await api.raw('POST', `/api/pending-actions/${id}/approve`, undefined, alice);
      expect(self.status).toBe(403);
      expect(self.json.code).toBe('four_eyes.same_person');
      expect((await api.call('POST', `${url}/restore`, undefined, { 'if-match': '"2"' })).status).toBe(200);
      // Restored meanwhile: the approval refuses to purge a live record.
      expect((await api.raw('POST', `/api/pending-actions/${id}/approve`, undefined, bob)).status).toBe(409);
      await api.call('DELETE', url, undefined, { 'if-match': '"3"' });
      const approved = await api.raw('POST', `/api/pending-actions/${id}/approve`, undefined, bob);
      expect(approved.status, JSON.stringify(approved.json)).toBe(200);
      expect(approved.json).toMatchObject({ status: 'done', decided_by: expect.any(String) });
      expect((await api.call('POST', `${url}/restore`)).status).toBe(404);
      const rows = await api.store.db
        .selectFrom('person_name')
        .selectAll()
        .where('owner_id', '=', person.id)
        .execute();
      expect(rows).toEqual([]);
      expect((await api.raw('POST', `/api/pending-actions/${id}/approve`, undefined, bob)).status).toBe(409);
      const chain = await verifyAudit(contextFor(api.store, SYSTEM_ACTOR));
      expect(chain.broken).toBeNull();
    });

    it('lets a request be withdrawn', async () => {
      const org = await makeOrganization(api);
      const [alice, bob] = [await api.signIn('admin'), await api.signIn('admin')];
      await api.call('DELETE', `/api/organizations/${org.id}`, undefined, { 'if-match': '"1"' });
      const requested = await api.raw('DELETE', `/api/organizations/${org.id}/purge`, undefined, alice);
      const cancelled = await api.raw(
        'POST',
        `/api/pending-actions/${requested.json.id}/cancel`,
        undefined,
        bob,
      );
      expect(cancelled.json.status).toBe('cancelled');
      expect(
        (await api.raw('POST', `/api/pending-actions/${requested.json.id}/approve`, undefined, bob)).status,
      ).toBe(409);
      expect((await api.call('POST', `/api/organizations/${org.id}/restore`)).status).toBe(200);
    });
  });
}
