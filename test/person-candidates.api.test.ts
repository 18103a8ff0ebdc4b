import { describe, expect, it } from 'vitest';
import { makeOrganization, makePerson, uniqueWord, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

interface Candidate {
  id: string;
  name: string;
  names: string[];
  status: string;
  person_id: string | null;
  meetings: number;
  version: number;
}

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`confirming draft people on ${db.name}`, () => {
    const api = useApi(db);

    /** Two meetings naming one unknown person in two spellings: one draft with both. */
    async function draftOfTwoMeetings() {
      const partner = await makeOrganization(api, { kind: 'state', iso2: undefined });
      const surname = `${uniqueWord('Qodir')}ov`;
      const meet = (start_date: string, name: string) =>
        api.call('POST', '/api/meetings', {
          partner_id: partner.id,
          kind: 'meeting',
          start_date,
          participants: [{ name, side: 'host' }],
        });
      const first = await meet('2011-06', `Khamid ${surname}`);
      const second = await meet('2011-07', `Hamid ${surname}`);
      expect(first.status).toBe(201);
      const candidateId: string = first.json.participants[0].candidate_id;
      expect(second.json.participants[0].candidate_id).toBe(candidateId);
      const draft = await candidate(candidateId);
      return { partner, surname, meetings: [first.json.id, second.json.id] as string[], draft };
    }

    async function candidate(id: string): Promise<Candidate> {
      const list = await api.call('GET', '/api/person-candidates');
      const found = list.json.items.find((c: Candidate) => c.id === id);
      if (!found) throw new Error(`no candidate ${id}`);
      return found;
    }

    const confirm = (c: Candidate, body: object = {}, version = c.version) =>
      api.call('POST', `/api/person-candidates/${c.id}/confirm`, body, { 'if-match': `"${version}"` });

    it('confirms a draft as a new person with all its spellings, and re-points its meetings', async () => {
      const { surname, meetings, draft } = await draftOfTwoMeetings();
      expect(draft).toMatchObject({ status: 'draft', meetings: 2 });
      expect(draft.names).toHaveLength(2);

      const res = await confirm(draft, { gender: 'male', nationality: 'TJ' });
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe(`"${draft.version + 1}"`);
      expect(res.json).toMatchObject({ created: true, participants: 2 });
      expect(res.json.candidate).toMatchObject({ status: 'confirmed', person_id: res.json.person.id });
      const personId: string = res.json.person.id;

      const person = await api.call('GET', `/api/people/${personId}`);
      expect(person.json.nationality).toBe('TJ');
      expect(person.json.names.map((n: { name: string }) => n.name).sort()).toEqual(
        [`Hamid ${surname}`, `Khamid ${surname}`].sort(),
      );
      expect(person.json.names.filter((n: { kind: string }) => n.kind === 'official')).toHaveLength(1);

      for (const id of meetings) {
        const m = await api.call('GET', `/api/meetings/${id}`);
        expect(m.json.participants[0]).toMatchObject({
          person_id: personId,
          candidate_id: draft.id,
          status: 'registered',
        });
      }
      // The next report spelling the name so finds the person, not a new draft.
      const again = await api.call('POST', '/api/meetings', {
        partner_id: (await api.call('GET', `/api/meetings/${meetings[0]}`)).json.partner_id,
        kind: 'meeting',
        start_date: '2011-09',
        participants: [{ name: `Hamid ${surname}` }],
      });
      expect(again.json.participants[0]).toMatchObject({ person_id: personId, candidate_id: null });

      const drafts = await api.call('GET', '/api/person-candidates?status=draft');
      expect(drafts.json.items.some((c: Candidate) => c.id === draft.id)).toBe(false);
      const confirmed = await api.call('GET', '/api/person-candidates?status=confirmed');
      expect(confirmed.json.items.some((c: Candidate) => c.id === draft.id)).toBe(true);

      const trail = await api.call('GET', `/api/audit?entity=person_candidate&entity_id=${draft.id}`);
      expect(trail.json.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
      expect(trail.json.items[0].after).toMatchObject({ status: 'confirmed', person_id: personId });
      expect(trail.json.items[0].after.participants).toHaveLength(2);
      const created = await api.call('GET', `/api/audit?entity=person&entity_id=${personId}`);
      expect(created.json.items.map((e: { action: string }) => e.action)).toEqual(['create']);

      // A second confirmation, even at the current version, is refused: the draft is no draft now.
      const second = await confirm(res.json.candidate);
      expect(second.status).toBe(409);
      expect(second.json.code).toBe('candidate.not_draft');
    });

    it('links a draft to an existing person, who gains the spellings they lacked', async () => {
      const { surname, meetings, draft } = await draftOfTwoMeetings();
      const known = await makePerson(api, `Abdulhamid ${surname}`);
      const res = await confirm(draft, { person_id: known.id });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ created: false, participants: 2, person: { id: known.id } });
      const person = await api.call('GET', `/api/people/${known.id}`);
      expect(person.json.names.map((n: { name: string }) => n.name)).toEqual([
        `Abdulhamid ${surname}`,
        ...draft.names.filter((n) => n !== `Abdulhamid ${surname}`),
      ]);
      expect(person.json.version).toBe(2);
      const m = await api.call('GET', `/api/meetings/${meetings[1]}`);
      expect(m.json.participants[0].person_id).toBe(known.id);
    });

    it('rejects a draft: the meetings keep the name as text, and the name is not drafted again', async () => {
      const { partner, surname, meetings, draft } = await draftOfTwoMeetings();
      const res = await api.call(
        'POST',
        `/api/person-candidates/${draft.id}/reject`,
        {},
        {
          'if-match': `"${draft.version}"`,
        },
      );
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ status: 'rejected', person_id: null });
      const m = await api.call('GET', `/api/meetings/${meetings[0]}`);
      expect(m.json.participants[0]).toMatchObject({
        name: `Khamid ${surname}`,
        person_id: null,
        candidate_id: null,
      });
      const again = await api.call('POST', '/api/meetings', {
        partner_id: partner.id,
        kind: 'meeting',
        start_date: '2011-09',
        participants: [{ name: `Khamid ${surname}` }],
      });
      expect(again.json.participants[0]).toMatchObject({ name: `Khamid ${surname}`, candidate_id: null });
      const rejected = await api.call('GET', '/api/person-candidates?status=rejected');
      expect(rejected.json.items.some((c: Candidate) => c.id === draft.id)).toBe(true);
      const trail = await api.call('GET', `/api/audit?entity=person_candidate&entity_id=${draft.id}`);
      expect(trail.json.items[0].after.participants).toHaveLength(2);
      const confirmRejected = await confirm(res.json);
      expect(confirmRejected.status).toBe(409);
    });

    it('refuses a stale or missing version, an unknown draft, an unknown person, and a mixed body', async () => {
      const { draft } = await draftOfTwoMeetings();
      expect((await confirm(draft, {}, draft.version + 5)).status).toBe(412);
      const noVersion = await api.call('POST', `/api/person-candidates/${draft.id}/confirm`, {});
      expect(noVersion.status).toBe(428);
      const unknownDraft = await api.call(
        'POST',
        '/api/person-candidates/no-such-draft/confirm',
        {},
        { 'if-match': '"1"' },
      );
      expect(unknownDraft.status).toBe(404);
      const rejectUnknown = await api.call(
        'POST',
        '/api/person-candidates/no-such-draft/reject',
        {},
        {
          'if-match': '"1"',
        },
      );
      expect(rejectUnknown.status).toBe(404);
      const unknownPerson = await confirm(draft, { person_id: 'no-such-person' });
      expect(unknownPerson.status).toBe(422);
      expect(unknownPerson.json.errors[0].field).toBe('person_id');
      const mixed = await confirm(draft, { person_id: 'no-such-person', nationality: 'TJ' });
      expect(mixed.status).toBe(400);
      const badNames = await confirm(draft, { names: [{ name: 'Only Russian', lang: 'ru' }] });
      expect(badNames.status).toBe(400);
      expect(badNames.json.errors[0].field).toBe('names');
      // Nothing of the refused attempts was written.
      expect(await candidate(draft.id)).toMatchObject({
        status: 'draft',
        version: draft.version,
        meetings: 2,
      });
    });

    it('refuses roles that may not write dialogue', async () => {
      const { draft } = await draftOfTwoMeetings();
      const observer = await api.signIn('observer');
      const res = await api.raw(
        'POST',
        `/api/person-candidates/${draft.id}/confirm`,
        {},
        {
          ...observer,
          'if-match': `"${draft.version}"`,
        },
      );
      expect(res.status).toBe(403);
      const list = await api.raw('GET', '/api/person-candidates', undefined, observer);
      expect(list.status).toBe(403);
    });

    it('pages the list and filters it by status', async () => {
      await draftOfTwoMeetings();
      const page = await api.call('GET', '/api/person-candidates?status=draft&limit=1');
      expect(page.json.items).toHaveLength(1);
      expect(page.json.total).toBeGreaterThanOrEqual(1);
      expect((await api.call('GET', '/api/person-candidates?status=bogus')).status).toBe(400);
    });
  });
}
