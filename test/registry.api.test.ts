import { describe, expect, it } from 'vitest';
import { makeOrganization, makePerson, makePost, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`registry API on ${db.name}`, () => {
    const api = useApi(db);

    it('answers /healthz with the database in use', async () => {
      const res = await api.call('GET', '/healthz');
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ status: 'ok', database: db.name });
    });

    it('serves OpenAPI 3.1 describing the registry routes', async () => {
      const res = await api.call('GET', '/api/openapi.json');
      expect(res.status).toBe(200);
      expect(res.json.openapi).toBe('3.1.0');
      for (const path of [
        '/api/organizations',
        '/api/organizations/{id}/memberships',
        '/api/posts/{id}/holders',
        '/api/conflicts',
      ]) {
        expect(Object.keys(res.json.paths)).toContain(path);
      }
      const docs = await api.app.inject({ url: '/api/docs' });
      expect([200, 302]).toContain(docs.statusCode);
    });

    describe('organizations', () => {
      it('creates a state addressable by id and by ISO code, with names in three languages', async () => {
        const res = await api.call('POST', '/api/organizations', {
          kind: 'state',
          iso2: 'TJ',
          names: [
            { name: 'Tajikistan', lang: 'en' },
            { name: 'Tadjikistan', lang: 'fr' },
            { name: 'Таджикистан', lang: 'ru' },
          ],
        });
        expect(res.status).toBe(201);
        expect(res.json.id).toBe('tj');
        expect(res.headers.location).toBe('/api/organizations/tj');
        const byIso = await api.call('GET', '/api/organizations/TJ');
        expect(byIso.status).toBe(200);
        expect(byIso.json.name).toBe('Tajikistan');
        // The version (what If-Match takes), then the validator of this answer (conditional GETs).
        expect(byIso.headers.etag).toMatch(/^"1\.[\w-]+"$/);
        const found = await api.call(
          'GET',
          `/api/organizations?q=${encodeURIComponent('таджик')}&kind=state`,
        );
        expect(found.json.items.map((o: { id: string }) => o.id)).toEqual(['tj']);
      });

      it('refuses an unknown ISO code, an ISO code on a non-state, and a missing English name, naming each field', async () => {
        const unknown = await api.call('POST', '/api/organizations', {
          kind: 'state',
          iso2: 'XQ',
          names: [{ name: 'Nowhere' }],
        });
        expect(unknown.status).toBe(400);
        expect(unknown.json.errors).toContainEqual({
          field: 'iso2',
          reason: 'XQ is not an ISO 3166-1 alpha-2 code',
        });
        const body = await api.call('POST', '/api/organizations', {
          kind: 'body',
          iso2: 'FR',
          names: [{ name: 'Ministère', lang: 'fr' }],
        });
        expect(body.status).toBe(400);
        expect(body.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['iso2', 'names']);
      });

      it('refuses a stale change with 412 (If-Match) or 409 (body version), and a change without version with 428', async () => {
        const org = await makeOrganization(api);
        const first = await api.call(
          'PATCH',
          `/api/organizations/${org.id}`,
          { founding_date: '1994' },
          { 'if-match': '"1"' },
        );
        expect(first.status).toBe(200);
        expect(first.json.version).toBe(2);
        const stale = await api.call(
          'PATCH',
          `/api/organizations/${org.id}`,
          { founding_date: '1995' },
          { 'if-match': '"1"' },
        );
        expect(stale.status).toBe(412);
        const staleBody = await api.call('PATCH', `/api/organizations/${org.id}`, {
          founding_date: '1995',
          version: 1,
        });
        expect(staleBody.status).toBe(409);
        expect(staleBody.json.errors[0].field).toBe('version');
        const none = await api.call('PATCH', `/api/organizations/${org.id}`, { founding_date: '1995' });
        expect(none.status).toBe(428);
        const after = await api.call('GET', `/api/organizations/${org.id}`);
        expect(after.json.founding_date).toBe('1994');
      });

      it('keeps fields a change leaves out, and deletes with the version read', async () => {
        const parent = await makeOrganization(api, { kind: 'international_organization' });
        const org = await makeOrganization(api, {
          kind: 'body',
          parent_id: parent.id,
          founding_date: '2001',
        });
        const changed = await api.call('PATCH', `/api/organizations/${org.id}`, {
          dissolution_date: '2017-04-01',
          version: 1,
        });
        expect(changed.json).toMatchObject({
          parent_id: parent.id,
          founding_date: '2001',
          dissolution_date: '2017-04-01',
          kind: 'body',
        });
        const refused = await api.call('DELETE', `/api/organizations/${parent.id}?version=1`);
        expect(refused.status).toBe(409);
        expect(refused.json.code).toBe('record.referenced');
        expect(
          (await api.call('DELETE', `/api/organizations/${org.id}`, undefined, { 'if-match': '"2"' })).status,
        ).toBe(204);
        expect((await api.call('GET', `/api/organizations/${org.id}`)).status).toBe(404);
      });

      it('records every change in the audit trail, with the record before and after', async () => {
        const org = await makeOrganization(api);
        await api.call('PATCH', `/api/organizations/${org.id}`, { founding_date: '1999', version: 1 });
        const res = await api.call('GET', `/api/audit?entity=organization&entity_id=${org.id}`);
        expect(res.json.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
        expect(res.json.items[0].before.founding_date).toBeNull();
        expect(res.json.items[0].after.founding_date).toBe('1999');
        expect(res.json.items[0].actor_id).toMatch(/^staff-/);
      });

      it('refuses a parent cycle', async () => {
        const a = await makeOrganization(api);
        const b = await makeOrganization(api, { parent_id: a.id });
        const res = await api.call('PATCH', `/api/organizations/${a.id}`, { parent_id: b.id, version: 1 });
        expect(res.status).toBe(422);
        expect(res.json.errors[0].field).toBe('parent_id');
      });
    });

    describe('memberships over time', () => {
      it('answers what a state belonged to on a day, with the framework renamed in between', async () => {
        const state = await makeOrganization(api, {
          id: uid('kz'),
          kind: 'state',
          iso2: 'KZ',
          names: [{ name: 'Kazakhstan' }],
        });
        const council = await makeOrganization(api, {
          names: [
            { name: 'North Atlantic Cooperation Council', start_date: '1991-12-20', end_date: '1997-05-29' },
            { name: 'Euro-Atlantic Partnership Council', start_date: '1997-05-30' },
          ],
        });
        const pfp = await makeOrganization(api, { names: [{ name: 'Partnership for Peace' }] });
        const joined = await api.call('POST', '/api/memberships', {
          member_id: state.id,
          organization_id: council.id,
          start_date: '1992-03-10',
        });
        expect(joined.status).toBe(201);
        await api.call('POST', '/api/memberships', {
          member_id: state.id,
          organization_id: pfp.id,
          start_date: '1994-05-27',
        });

        const all = await api.call('GET', '/api/organizations/KZ/memberships');
        expect(all.json.total).toBe(2);
        expect(all.json.items[0]).toMatchObject({
          organization_name_at_start: 'North Atlantic Cooperation Council',
          organization_name: 'Euro-Atlantic Partnership Council',
          organization_renamed: [{ name: 'Euro-Atlantic Partnership Council', start_date: '1997-05-30' }],
        });

        const in1993 = await api.call('GET', '/api/organizations/KZ/memberships?on=1993-01-01');
        expect(in1993.json.items.map((m: { organization_name: string }) => m.organization_name)).toEqual([
          'North Atlantic Cooperation Council',
        ]);
        expect(in1993.json.items[0].certainty).toBe('certain');
        const members = await api.call('GET', `/api/organizations/${pfp.id}/members?on=2000-01-01`);
        expect(members.json.items.map((m: { member_id: string }) => m.member_id)).toEqual([state.id]);
      });

      it('keeps two separate periods (Malta) but refuses overlapping ones, and an end before the start', async () => {
        const state = await makeOrganization(api, { kind: 'state' });
        const pfp = await makeOrganization(api);
        const first = {
          member_id: state.id,
          organization_id: pfp.id,
          start_date: '1995-04-26',
          end_date: '1996-10-27',
          end_reason: 'withdrew',
        };
        expect((await api.call('POST', '/api/memberships', first)).status).toBe(201);
        const second = await api.call('POST', '/api/memberships', {
          member_id: state.id,
          organization_id: pfp.id,
          start_date: '2008-04-03',
        });
        expect(second.status).toBe(201);
        const overlap = await api.call('POST', '/api/memberships', {
          member_id: state.id,
          organization_id: pfp.id,
          start_date: '1996-01',
        });
        expect(overlap.status).toBe(409);
        expect(overlap.json.code).toBe('membership.overlap');
        const backwards = await api.call('POST', '/api/memberships', {
          member_id: state.id,
          organization_id: pfp.id,
          start_date: '2001-05-02',
          end_date: '2001-05-01',
        });
        expect(backwards.status).toBe(400);
        expect(backwards.json.errors).toContainEqual({
          field: 'end_date',
          reason: '2001-05-01 is before start_date 2001-05-02',
        });
        const on1997 = await api.call('GET', `/api/organizations/${state.id}/memberships?on=1997-01-01`);
        expect(on1997.json.items).toEqual([]);
      });

      it('marks a membership straddling a partial date as only possible that day', async () => {
        const state = await makeOrganization(api, { kind: 'state' });
        const council = await makeOrganization(api);
        await api.call('POST', '/api/memberships', {
          member_id: state.id,
          organization_id: council.id,
          start_date: '1992-06',
        });
        const res = await api.call('GET', `/api/organizations/${state.id}/memberships?on=1992-06-15`);
        expect(res.json.items[0].certainty).toBe('possible');
      });

      it('refuses a membership in an organization that does not exist', async () => {
        const state = await makeOrganization(api, { kind: 'state' });
        const res = await api.call('POST', '/api/memberships', {
          member_id: state.id,
          organization_id: 'no-such-org',
          start_date: '1992',
        });
        expect(res.status).toBe(422);
        expect(res.json.errors[0].field).toBe('organization_id');
      });
    });

    describe('people, posts and holdings', () => {
      it('answers who held a post on a day, by the name the holder went by then', async () => {
        const post = await makePost(api, { label: 'Minister of Foreign Affairs' });
        const zarifi = await makePerson(api, 'Hamrokhon Zarifi');
        const aslov = await api.call('POST', '/api/people', {
          id: uid('aslov'),
          names: [
            { name: 'Sirojiddin Aslov', kind: 'former', end_date: '2018-05' },
            { name: 'Sirojiddin Muhriddin', start_date: '2018-05' },
            { name: 'Сироджиддин Мухриддин', lang: 'ru', start_date: '2018-05' },
          ],
        });
        await api.call('POST', '/api/holdings', {
          post_id: post.id,
          person_id: zarifi.id,
          start_date: '2006-12',
          end_date: '2013-11',
        });
        const held = await api.call('POST', '/api/holdings', {
          post_id: post.id,
          person_id: aslov.json.id,
          start_date: '2013-11-29',
        });
        expect(held.status).toBe(201);

        const in2011 = await api.call('GET', `/api/posts/${post.id}/holders?on=2011-06-22`);
        expect(in2011.json.items.map((h: { person_name: string }) => h.person_name)).toEqual([
          'Hamrokhon Zarifi',
        ]);
        const in2015 = await api.call('GET', `/api/posts/${post.id}/holders?on=2015-01-01`);
        expect(in2015.json.items[0].person_name).toBe('Sirojiddin Aslov');
        const in2020 = await api.call('GET', `/api/posts/${post.id}/holders?on=2020-01-01`);
        expect(in2020.json.items[0].person_name).toBe('Sirojiddin Muhriddin');
        const all = await api.call('GET', `/api/posts/${post.id}/holders`);
        expect(all.json.total).toBe(2);
        const career = await api.call('GET', `/api/people/${zarifi.id}/holdings`);
        expect(career.json.items[0].post_label).toBe('Minister of Foreign Affairs');
        const search = await api.call('GET', `/api/people?q=${encodeURIComponent('мухриддин')}`);
        expect(search.json.items.map((p: { id: string }) => p.id)).toContain(aslov.json.id);
      });

      it('refuses a second holder of a single-holder post on the same days, but allows an acting holder', async () => {
        const post = await makePost(api);
        const a = await makePerson(api);
        const b = await makePerson(api);
        await api.call('POST', '/api/holdings', {
          post_id: post.id,
          person_id: a.id,
          start_date: '2004-09-15',
          end_date: '2010',
        });
        const clash = await api.call('POST', '/api/holdings', {
          post_id: post.id,
          person_id: b.id,
          start_date: '2009-01-01',
        });
        expect(clash.status).toBe(409);
        expect(clash.json.code).toBe('holding.overlap');
        const handover = await api.call('POST', '/api/holdings', {
          post_id: post.id,
          person_id: b.id,
          start_date: '2010',
          end_date: '2021',
        });
        expect(handover.status).toBe(201);
        const acting = await api.call('POST', '/api/holdings', {
          post_id: post.id,
          person_id: a.id,
          start_date: '2015-01-01',
          end_date: '2015-02-01',
          acting: true,
        });
        expect(acting.status).toBe(201);
      });

      it('lets a multi-holder post have many holders at once', async () => {
        const post = await makePost(api, { single_holder: false, label: 'Liaison officer' });
        for (let i = 0; i < 3; i++) {
          const person = await makePerson(api);
          expect(
            (
              await api.call('POST', '/api/holdings', {
                post_id: post.id,
                person_id: person.id,
                start_date: '2013',
              })
            ).status,
          ).toBe(201);
        }
        expect((await api.call('GET', `/api/posts/${post.id}/holders?on=2014-01-01`)).json.total).toBe(3);
        const list = await api.call('GET', `/api/posts?q=liaison&organization_id=${post.organization_id}`);
        expect(list.json.items.map((p: { id: string }) => p.id)).toEqual([post.id]);
      });
    });

    describe('sources, claims and conflicts', () => {
      it('keeps two disagreeing sources as claims, marks the one followed, and lists the conflict until one is set aside', async () => {
        const state = await makeOrganization(api, { kind: 'state' });
        const council = await makeOrganization(api);
        const m = await api.call('POST', '/api/memberships', {
          member_id: state.id,
          organization_id: council.id,
          start_date: '1992',
        });
        const nato = await api.call('POST', '/api/sources', {
          title: 'NATO: Relations',
          url: 'https://www.nato.int/x',
          publication_date: '2019',
        });
        const mfa = await api.call('POST', '/api/sources', {
          title: 'MFA: relations',
          url: 'https://mid.tj/x',
        });
        const followed = await api.call('POST', '/api/claims', {
          subject_type: 'membership',
          subject_id: m.json.id,
          field: 'start_date',
          value: '1992',
          source_id: nato.json.id,
          followed: true,
          confidence: 'confirmed',
        });
        expect(followed.status).toBe(201);
        const other = await api.call('POST', '/api/claims', {
          subject_type: 'membership',
          subject_id: m.json.id,
          field: 'start_date',
          value: '1994',
          source_id: mfa.json.id,
        });
        const conflicts = await api.call('GET', '/api/conflicts');
        const mine = conflicts.json.items.find((c: { subject_id: string }) => c.subject_id === m.json.id);
        expect(mine).toMatchObject({
          field: 'start_date',
          followed_value: '1992',
          subject_type: 'membership',
        });
        expect(mine.claims.map((c: { value: string }) => c.value).sort()).toEqual(['1992', '1994']);
        expect(mine.subject_label).toContain(' in ');

        await api.call('PATCH', `/api/claims/${other.json.id}`, { status: 'rejected', version: 1 });
        const after = await api.call('GET', '/api/conflicts');
        expect(
          after.json.items.find((c: { subject_id: string }) => c.subject_id === m.json.id),
        ).toBeUndefined();
        const cited = await api.call('GET', `/api/claims?subject_type=membership&subject_id=${m.json.id}`);
        expect(cited.json.total).toBe(2);
        expect((await api.call('DELETE', `/api/sources/${mfa.json.id}?version=1`)).status).toBe(409);
      });

      it('refuses a claim about a record that does not exist', async () => {
        const source = await api.call('POST', '/api/sources', { title: 'Somewhere' });
        const res = await api.call('POST', '/api/claims', {
          subject_type: 'person',
          subject_id: 'nobody',
          field: '*',
          source_id: source.json.id,
        });
        expect(res.status).toBe(422);
        expect(res.json.errors[0].field).toBe('subject_id');
      });
    });

    describe('areas of cooperation', () => {
      it('creates, reads case-insensitively, changes and lists codes', async () => {
        const res = await api.call('POST', '/api/areas', {
          code: 'CEP',
          names: { en: 'Civil emergency planning', fr: 'Plans civils d’urgence' },
        });
        expect(res.status).toBe(201);
        expect((await api.call('GET', '/api/areas/cep')).json.name).toBe('Civil emergency planning');
        const changed = await api.call('PATCH', '/api/areas/CEP', { description: 'CEP', version: 1 });
        expect(changed.json.names.fr).toBe('Plans civils d’urgence');
        expect(
          (await api.call('GET', '/api/areas')).json.items.map((a: { code: string }) => a.code),
        ).toContain('CEP');
        expect(
          (await api.call('POST', '/api/areas', { code: 'XX', names: { fr: 'x' } })).json.errors[0].field,
        ).toBe('names.en');
      });
    });

    describe('bad input', () => {
      it('answers malformed JSON, unknown fields, impossible dates and oversized bodies with problem details naming the field', async () => {
        const malformed = await api.call('POST', '/api/people', '{"names": [', {
          'content-type': 'application/json',
        });
        expect(malformed.status).toBe(400);
        expect(malformed.headers['content-type']).toContain('application/problem+json');
        expect(malformed.json.errors[0].field).toBe('body');

        const unknown = await api.call('POST', '/api/people', { names: [{ name: 'X' }], shoe_size: 44 });
        expect(unknown.status).toBe(400);
        expect(unknown.json.errors).toContainEqual({ field: 'shoe_size', reason: 'is not a known field' });

        const impossible = await api.call('POST', '/api/people', {
          names: [{ name: 'X', end_date: '2013-11-31' }],
        });
        expect(impossible.status).toBe(400);
        expect(impossible.json.errors[0]).toEqual({
          field: 'names[0].end_date',
          reason: '2013-11-31 is not a date that exists',
        });

        const big = await api.call('POST', '/api/sources', {
          title: 'x',
          excerpt: 'y'.repeat(2 * 1024 * 1024),
        });
        expect(big.status).toBe(413);

        const wrongType = await api.call('POST', '/api/sources', 'title=x', {
          'content-type': 'application/x-www-form-urlencoded',
        });
        expect(wrongType.status).toBe(415);

        const badQuery = await api.call('GET', '/api/organizations/TJ/memberships?on=2013-02-30');
        expect(badQuery.status).toBe(400);
        expect(badQuery.json.errors[0].field).toBe('querystring.on');
      });

      it('writes nothing when a write is refused', async () => {
        const before = (await api.call('GET', '/api/organizations?limit=1')).json.total;
        const res = await api.call('POST', '/api/organizations', {
          kind: 'body',
          parent_id: 'missing-parent',
          names: [{ name: 'Orphan' }],
        });
        expect(res.status).toBe(422);
        expect((await api.call('GET', '/api/organizations?limit=1')).json.total).toBe(before);
      });
    });
  });
}
