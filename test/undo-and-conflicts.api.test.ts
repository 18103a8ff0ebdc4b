import { describe, expect, it } from 'vitest';
import { makeOrganization, makePerson, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/** Undo from the history, bring back a deleted meeting, and settle a conflict between sources. */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`undo and conflict resolution on ${db.name}`, () => {
    const api = useApi(db);
    const entriesOf = async (entity: string, id: string) =>
      (await api.call('GET', `/api/audit?entity=${entity}&entity_id=${id}`)).json.items as {
        id: number;
        action: string;
      }[];

    it('restores an earlier version of a person as a new, audited version (If-Match on the current one)', async () => {
      const person = await makePerson(api, 'Rustam Before');
      const changed = await api.call(
        'PATCH',
        `/api/people/${person.id}`,
        { names: [{ name: 'Rustam After', lang: 'en' }], nationality: 'TJ' },
        { 'if-match': '"1"' },
      );
      expect(changed.json).toMatchObject({ name: 'Rustam After', nationality: 'TJ', version: 2 });
      const created = (await entriesOf('person', person.id)).find((e) => e.action === 'create');
      const url = `/api/audit/${created?.id}/restore`;
      expect((await api.call('POST', url)).status).toBe(428);
      expect((await api.call('POST', url, undefined, { 'if-match': '"1"' })).status).toBe(412);
      const state = (await makeOrganization(api, { kind: 'state', iso2: undefined })).id;
      const readers = {
        anonymous: {},
        partner: await api.signIn('partner', state),
        provider: await api.signIn('provider', state),
        observer: await api.signIn('observer'),
      };
      for (const [who, headers] of Object.entries(readers)) {
        const res = await api.raw('POST', url, undefined, { ...headers, 'if-match': '"2"' });
        expect([401, 403], who).toContain(res.status);
      }
      const ok = await api.call('POST', url, undefined, { 'if-match': '"2"' });
      expect(ok.status, JSON.stringify(ok.json)).toBe(200);
      expect(ok.json).toEqual({ entity: 'person', entity_id: person.id, version: 3 });
      expect(ok.headers.etag).toBe('"3"');
      const now = (await api.call('GET', `/api/people/${person.id}`)).json;
      expect(now).toMatchObject({ name: 'Rustam Before', nationality: null, version: 3 });
      expect((await entriesOf('person', person.id)).map((e) => e.action)).toEqual([
        'update',
        'update',
        'create',
      ]);
      expect(
        (await api.call('POST', '/api/audit/999999999/restore', undefined, { 'if-match': '"3"' })).status,
      ).toBe(404);
    });

    it('corrects a meeting, undoes the correction, deletes it and brings it back with its participants', async () => {
      const partner = await makeOrganization(api, { kind: 'state', iso2: undefined });
      const minister = await makePerson(api, 'Minister Undone');
      const meeting = (
        await api.call('POST', '/api/meetings', {
          id: uid('meeting'),
          partner_id: partner.id,
          kind: 'visit',
          start_date: '2011-06-22',
          city: 'Dushanbe',
          participants: [{ person_id: minister.id, side: 'host', role: 'head of delegation' }],
        })
      ).json;
      const wrong = await api.call(
        'PATCH',
        `/api/meetings/${meeting.id}`,
        { start_date: '2011-06-23', note: 'moved' },
        { 'if-match': '"1"' },
      );
      expect(wrong.json).toMatchObject({ start_date: '2011-06-23', version: 2 });
      const created = (await entriesOf('meeting', meeting.id)).find((e) => e.action === 'create');
      const undone = await api.call('POST', `/api/audit/${created?.id}/restore`, undefined, {
        'if-match': '"2"',
      });
      expect(undone.json.version).toBe(3);
      const back = (await api.call('GET', `/api/meetings/${meeting.id}`)).json;
      expect(back).toMatchObject({ start_date: '2011-06-22', note: null, place: { city: 'Dushanbe' } });
      expect(back.participants).toMatchObject([
        { person_id: minister.id, side: 'host', role: 'head of delegation' },
      ]);

      expect(
        (await api.call('DELETE', `/api/meetings/${meeting.id}`, undefined, { 'if-match': '"3"' })).status,
      ).toBe(204);
      expect((await api.call('GET', `/api/meetings/${meeting.id}`)).status).toBe(404);
      const partnerOfficial = await api.signIn('partner', partner.id);
      expect(
        (await api.raw('POST', `/api/meetings/${meeting.id}/restore`, undefined, partnerOfficial)).status,
      ).toBe(403);
      const restored = await api.call('POST', `/api/meetings/${meeting.id}/restore`);
      expect(restored.status, JSON.stringify(restored.json)).toBe(200);
      expect(restored.json).toMatchObject({ id: meeting.id, start_date: '2011-06-22', version: 1 });
      expect(restored.json.participants).toMatchObject([
        { person_id: minister.id, role: 'head of delegation' },
      ]);
      expect((await api.call('POST', `/api/meetings/${meeting.id}/restore`)).json.code).toBe(
        'record.not_deleted',
      );
      expect((await entriesOf('meeting', meeting.id)).map((e) => e.action)).toEqual([
        'restore',
        'delete',
        'update',
        'update',
        'create',
      ]);
    });

    it('resolves a conflict: the value followed, the other set aside, the decision kept with its source and reason', async () => {
      const person = await makePerson(api, 'Born Disputed');
      const [a, b] = [
        (await api.call('POST', '/api/sources', { title: 'Ministry biography' })).json,
        (await api.call('POST', '/api/sources', { title: 'Press profile' })).json,
      ];
      const claim = (source: string, value: string) =>
        api.call('POST', '/api/claims', {
          subject_type: 'person',
          subject_id: person.id,
          field: 'birth_date',
          value,
          source_id: source,
        });
      const [c1, c2] = [(await claim(a.id, '1965-04-01')).json, (await claim(b.id, '1966')).json];
      const conflictsOn = async () =>
        (await api.call('GET', '/api/conflicts')).json.items.filter(
          (c: { subject_id: string }) => c.subject_id === person.id,
        ).length;
      expect(await conflictsOn()).toBe(1);
      const body = {
        subject_type: 'person',
        subject_id: person.id,
        field: 'birth_date',
        value: '1965-04-01',
        reason: 'The ministry publishes the full date.',
      };
      const noReason = await api.call('POST', '/api/conflicts/resolve', { ...body, reason: ' ' });
      expect(noReason.status).toBe(400);
      expect(noReason.json.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
      const unknownValue = await api.call('POST', '/api/conflicts/resolve', { ...body, value: '1970' });
      expect(unknownValue.status).toBe(400);
      expect(unknownValue.json.errors).toEqual([
        { field: 'value', reason: 'is not a value the claims state' },
      ]);
      const observer = await api.signIn('observer');
      expect((await api.raw('POST', '/api/conflicts/resolve', body, observer)).status).toBe(403);
      expect((await api.raw('POST', '/api/conflicts/resolve', body)).status).toBe(401);

      const res = await api.call('POST', '/api/conflicts/resolve', body);
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      expect(res.json).toMatchObject({
        followed: [c1.id],
        rejected: [c2.id],
        decision: {
          field: 'birth_date',
          value: '1965-04-01',
          source_id: a.id,
          followed: true,
          confidence: 'confirmed',
          excerpt: 'The ministry publishes the full date.',
        },
      });
      expect(await conflictsOn()).toBe(0);
      expect((await api.call('GET', `/api/claims/${c2.id}`)).json).toMatchObject({
        status: 'rejected',
        version: 2,
      });
      // Nothing left to resolve: said, not silently done again.
      expect((await api.call('POST', '/api/conflicts/resolve', body)).json.errors).toEqual([
        { field: 'field', reason: 'no open conflict on this field of this record' },
      ]);
      // Reversible: the set-aside claim's earlier version restored, the disagreement is open again.
      const entry = (await entriesOf('claim', c2.id)).find((e) => e.action === 'create');
      await api.call('POST', `/api/audit/${entry?.id}/restore`, undefined, { 'if-match': '"2"' });
      expect(await conflictsOn()).toBe(1);
    });
  });
}
