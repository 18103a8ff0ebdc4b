import { describe, expect, it } from 'vitest';
import { makePerson, uniqueWord, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { ensureAreas, makeProgramme, move } from './support/programme-fixtures.js';
import { nominateByName, trustWorld } from './support/trust-world.js';

/**
 * Issue 12, items 1–6: each leak as the probe found it, reproduced on both databases.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`the leaks of issue 12 stay closed on ${db.name}`, { timeout: 120_000 }, () => {
    const api = useApi(db);

    it('(1) a partner official of a country that provides courses has no provider powers', async () => {
      const w = await trustWorld(api);
      const kz = await api.signIn('partner', w.kz.id);
      const atOfficial = await api.signIn('partner', w.at.id);
      const atProvider = await api.signIn('provider', w.at.id);
      const kazakh = await nominateByName(api, w.atCourse.iteration.id, w.kz.id, kz);
      const austrian = await nominateByName(api, w.atCourse.iteration.id, w.at.id, atOfficial);

      // The Austrian official reads Austria's own nomination, never Kazakhstan's to an Austrian course.
      expect((await api.raw('GET', `/api/nominations/${kazakh.id}`, undefined, atOfficial)).status).toBe(404);
      const listed = await api.raw(
        'GET',
        `/api/nominations?iteration_id=${w.atCourse.iteration.id}`,
        undefined,
        atOfficial,
      );
      expect(listed.json.items.map((n: { id: string }) => n.id)).toEqual([austrian.id]);
      expect(listed.json.total).toBe(1);
      // It can neither accept its own nominee nor decline Kazakhstan's.
      const accept = await api.raw(
        'POST',
        `/api/nominations/${austrian.id}/decision`,
        { status: 'ACCEPTED', version: 1 },
        atOfficial,
      );
      expect(accept.status).toBe(403);
      const decline = await api.raw(
        'POST',
        `/api/nominations/${kazakh.id}/decision`,
        { status: 'DECLINED', version: 1 },
        atOfficial,
      );
      expect(decline.status).toBe(404);
      // Nor propose a round for Austria's courses.
      const round = await api.raw('POST', '/api/rounds', { provider_id: w.at.id }, atOfficial);
      expect([403, 404]).toContain(round.status);

      // Austria's provider account decides, and the audit trail records the capacity it decided in.
      const decided = await api.raw(
        'POST',
        `/api/nominations/${kazakh.id}/decision`,
        { status: 'ACCEPTED', version: 1 },
        atProvider,
      );
      expect(decided.status, JSON.stringify(decided.json)).toBe(200);
      const entry = await api.store.db
        .selectFrom('audit_log')
        .select(['after'])
        .where('entity', '=', 'nomination')
        .where('entity_id', '=', kazakh.id)
        .where('action', '=', 'update')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(String(entry.after)).decided_as).toBe(`provider of ${w.at.id}`);
    });

    it('(capacity) rounds and programme decisions record the capacity they were made in', async () => {
      const w = await trustWorld(api);
      const atProvider = await api.signIn('provider', w.at.id);
      await nominateByName(api, w.atCourse.iteration.id, w.kz.id, await api.signIn('partner', w.kz.id));
      const round = await api.call(
        'POST',
        '/api/rounds',
        { iteration_ids: [w.atCourse.iteration.id] },
        atProvider,
      );
      expect(round.status, JSON.stringify(round.json)).toBe(201);
      const applied = await api.call(
        'POST',
        `/api/rounds/${round.json.id}/apply`,
        { version: 1 },
        atProvider,
      );
      expect(applied.status, JSON.stringify(applied.json)).toBe(200);
      const entries = await api.store.db
        .selectFrom('audit_log')
        .select(['action', 'after'])
        .where('entity', '=', 'allocation_round')
        .where('entity_id', '=', round.json.id)
        .orderBy('id')
        .execute();
      expect(entries.map((e) => [e.action, JSON.parse(String(e.after)).decided_as])).toEqual([
        ['create', `provider of ${w.at.id}`],
        ['update', `provider of ${w.at.id}`],
      ]);
      await ensureAreas(api);
      const programme = await makeProgramme(api, w.tj.id);
      await move(api, programme.id, 'consult', await api.signIn('partner', w.tj.id));
      await move(api, programme.id, 'approve', await api.signIn('staff'));
      const moves = await api.store.db
        .selectFrom('audit_log')
        .select(['after'])
        .where('entity', '=', 'programme')
        .where('entity_id', '=', programme.id)
        .where('action', '=', 'update')
        .orderBy('id')
        .execute();
      expect(moves.map((e) => JSON.parse(String(e.after)).decided_as)).toEqual([
        `partner of ${w.tj.id}`,
        'staff',
      ]);
    });

    it('(2) nominating another partner’s nominee neither confirms the nomination nor takes the person', async () => {
      const w = await trustWorld(api);
      const tj = await api.signIn('partner', w.tj.id);
      const kz = await api.signIn('partner', w.kz.id);
      const theirs = await nominateByName(api, w.schoolCourse.iteration.id, w.tj.id, tj);
      const attempt = (iterationId: string, personId: string) =>
        api.raw(
          'POST',
          '/api/nominations',
          { iteration_id: iterationId, partner_id: w.kz.id, person_id: personId },
          kz,
        );
      // Same iteration (a hidden nomination exists) and another one (none yet): both answer as for a
      // person that does not exist, byte for byte apart from the id the caller sent.
      const same = await attempt(w.schoolCourse.iteration.id, theirs.person_id);
      const other = await attempt(w.atCourse.iteration.id, theirs.person_id);
      const absent = await attempt(w.schoolCourse.iteration.id, 'no-such-person');
      expect(same.status).toBe(422);
      expect(other.status).toBe(422);
      expect(same.body).not.toContain(theirs.id);
      expect(same.body.replaceAll(theirs.person_id, 'X')).toBe(absent.body.replaceAll('no-such-person', 'X'));
      expect(other.body.replaceAll(theirs.person_id, 'X')).toBe(
        absent.body.replaceAll('no-such-person', 'X'),
      );
      const kzNominations = await api.store.db
        .selectFrom('nomination')
        .select('id')
        .where('person_id', '=', theirs.person_id)
        .where('partner_id', '=', w.kz.id)
        .execute();
      expect(kzNominations).toEqual([]);
      // Tajikistan nominates its own registered person again elsewhere; twice to one iteration is a 409
      // that names its own nomination.
      const again = await api.raw(
        'POST',
        '/api/nominations',
        { iteration_id: w.atCourse.iteration.id, partner_id: w.tj.id, person_id: theirs.person_id },
        tj,
      );
      expect(again.status, JSON.stringify(again.json)).toBe(201);
      const twice = await api.raw(
        'POST',
        '/api/nominations',
        { iteration_id: w.schoolCourse.iteration.id, partner_id: w.tj.id, person_id: theirs.person_id },
        tj,
      );
      expect(twice.status).toBe(409);
      expect(twice.body).toContain(theirs.id);
      // A public registry person who is not Kazakh is not Kazakhstan's to nominate.
      const minister = await makePerson(api);
      const foreign = await attempt(w.schoolCourse.iteration.id, minister.id);
      expect(foreign.status).toBe(403);
      expect(foreign.json.errors[0].field).toBe('person_id');
    });

    it('(3) a follow-up has a marking of its own, organization-only by default', async () => {
      const w = await trustWorld(api);
      const kz = await api.signIn('partner', w.kz.id);
      const meeting = await api.call('POST', '/api/meetings', {
        partner_id: w.kz.id,
        kind: 'visit',
        start_date: '2012-07-17',
        marking: 'public',
      });
      const internal = await api.call('POST', '/api/follow-ups', {
        meeting_id: meeting.json.id,
        action: 'Brief the Secretary General before the visit',
        due_date: '2030-01-01',
      });
      expect(internal.status, JSON.stringify(internal.json)).toBe(201);
      expect(internal.json.marking).toBe('organization');
      const released = await api.call('POST', '/api/follow-ups', {
        meeting_id: meeting.json.id,
        action: 'Send the agreed minutes',
        marking: 'public',
      });
      expect(released.json.marking).toBe('public');
      const board = `/api/follow-ups?partner_id=${w.kz.id}`;
      for (const headers of [{}, kz]) {
        const listed = await api.raw('GET', board, undefined, headers);
        expect(listed.json.items.map((f: { id: string }) => f.id)).toEqual([released.json.id]);
        expect(listed.json.total).toBe(1);
        expect((await api.raw('GET', `/api/follow-ups/${internal.json.id}`, undefined, headers)).status).toBe(
          404,
        );
        const read = await api.raw('GET', `/api/meetings/${meeting.json.id}`, undefined, headers);
        expect(read.json.follow_ups.map((f: { id: string }) => f.id)).toEqual([released.json.id]);
      }
      expect((await api.call('GET', board)).json.total).toBe(2);
      // Never more open than its meeting: a public action of an organization-only meeting stays hidden.
      const closed = await api.call('POST', '/api/meetings', {
        partner_id: w.kz.id,
        kind: 'talks',
        start_date: '2012-08-01',
      });
      const open = await api.call('POST', '/api/follow-ups', {
        meeting_id: closed.json.id,
        action: 'Reply to the letter',
        marking: 'public',
      });
      expect((await api.raw('GET', `/api/follow-ups/${open.json.id}`)).status).toBe(404);
    });

    it('(4) a person created by a nomination is not public', async () => {
      const w = await trustWorld(api);
      const tj = await api.signIn('partner', w.tj.id);
      const kz = await api.signIn('partner', w.kz.id);
      const name = uniqueWord('Nominee');
      const nominated = await nominateByName(api, w.schoolCourse.iteration.id, w.tj.id, tj, `Rustam ${name}`);
      const provider = await api.signIn('provider', w.school.id);
      const observer = await api.signIn('observer', w.kz.id);
      for (const [who, headers] of Object.entries({ anonymous: {}, kz, provider, observer })) {
        const found = await api.raw('GET', `/api/people?q=${name}`, undefined, headers);
        expect(found.json.total, who).toBe(0);
        expect(found.body, who).not.toContain(name);
        expect(
          (await api.raw('GET', `/api/people/${nominated.person_id}`, undefined, headers)).status,
          who,
        ).toBe(404);
      }
      const own = await api.raw('GET', `/api/people?q=${name}`, undefined, tj);
      expect(own.json.items.map((p: { id: string }) => p.id)).toEqual([nominated.person_id]);
      expect((await api.raw('GET', `/api/people/${nominated.person_id}`, undefined, tj)).status).toBe(200);
      expect((await api.call('GET', `/api/people/${nominated.person_id}`)).status).toBe(200);
      // The provider reads the nominee's name on the nomination it decides.
      const seen = await api.raw('GET', `/api/nominations/${nominated.id}`, undefined, provider);
      expect(seen.json.person_name).toBe(`Rustam ${name}`);
      // A public meeting that names the person makes them public.
      await api.call('POST', '/api/meetings', {
        partner_id: w.tj.id,
        kind: 'visit',
        start_date: '2013-03-01',
        marking: 'public',
        participants: [{ person_id: nominated.person_id, side: 'visitor' }],
      });
      expect((await api.raw('GET', `/api/people/${nominated.person_id}`)).status).toBe(200);
    });

    it('(5) an observer reads the programmes dashboard as figures, not programme by programme', async () => {
      const w = await trustWorld(api);
      await ensureAreas(api);
      const tj = await api.signIn('partner', w.tj.id);
      const agreed = await makeProgramme(api, w.tj.id);
      await move(api, agreed.id, 'consult', tj);
      await move(api, agreed.id, 'approve', {});
      await move(api, agreed.id, 'accept', tj);
      const observer = await api.signIn('observer', w.kz.id);
      const query = `/api/dashboard/programmes?partner=${w.tj.id}`;
      const staffView = await api.call('GET', query);
      expect(staffView.json.programmes.map((p: { programme_id: string }) => p.programme_id)).toEqual([
        agreed.id,
      ]);
      expect(staffView.json.count).toBe(1);
      const res = await api.raw('GET', query, undefined, observer);
      expect(res.status).toBe(200);
      expect(res.json.programmes).toEqual([]);
      expect(res.json.count).toBe(1);
      expect(res.json.totals).toEqual(staffView.json.totals);
    });

    it('(6) a hidden record and an absent one answer byte for byte alike', async () => {
      const w = await trustWorld(api);
      const tj = await api.signIn('partner', w.tj.id);
      const kz = await api.signIn('partner', w.kz.id);
      const hiddenNomination = await nominateByName(api, w.schoolCourse.iteration.id, w.tj.id, tj);
      const meeting = await api.call('POST', '/api/meetings', {
        partner_id: w.tj.id,
        kind: 'visit',
        start_date: '2012-07-17',
        marking: 'organization',
      });
      expect(meeting.status, JSON.stringify(meeting.json)).toBe(201);
      const followUp = await api.call('POST', '/api/follow-ups', {
        meeting_id: meeting.json.id,
        action: 'Send the draft annex',
      });
      expect(followUp.status, JSON.stringify(followUp.json)).toBe(201);
      const hidden = [
        `/api/meetings/${meeting.json.id}`,
        `/api/follow-ups/${followUp.json.id}`,
        `/api/nominations/${hiddenNomination.id}`,
      ];
      for (const path of hidden) {
        const absent = path.replace(/[^/]+$/, 'absent-record-id');
        const a = await api.raw('GET', path, undefined, kz);
        const b = await api.raw('GET', absent, undefined, kz);
        expect(a.status, path).toBe(404);
        expect(a.body, path).toBe(b.body);
      }
      // A partner chooses no ids, so a hidden record's id cannot be confirmed by a 409.
      const taken = await api.raw(
        'POST',
        '/api/nominations',
        {
          id: hiddenNomination.id,
          iteration_id: w.schoolCourse.iteration.id,
          partner_id: w.kz.id,
          person_name: 'Someone Else',
        },
        kz,
      );
      const free = await api.raw(
        'POST',
        '/api/nominations',
        {
          id: 'a-free-nomination-id',
          iteration_id: w.schoolCourse.iteration.id,
          partner_id: w.kz.id,
          person_name: 'Someone Else',
        },
        kz,
      );
      expect(taken.status).toBe(400);
      expect(taken.body).toBe(free.body);
      expect(taken.json.errors[0].field).toBe('id');
    });
  });
}
