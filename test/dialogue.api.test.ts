import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DIR } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { IMPORT_KINDS, IMPORTERS, importInto } from '../src/services/exchange/import.service.js';
import { readImportFile } from '../src/services/exchange/import-file.js';
import { makeOrganization, makePerson, uid, uniqueWord, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

const SEED = readFileSync(join(DEMO_DIR, 'dialogue', 'asia-plus-2011-06-23.txt'), 'utf8');

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`dialogue records on ${db.name}`, () => {
    const api = useApi(db);

    async function registry() {
      const partner = await makeOrganization(api, { kind: 'state', iso2: undefined });
      const body = await makeOrganization(api, { kind: 'body', parent_id: partner.id });
      const post = await api.call('POST', '/api/posts', {
        id: uid('fm'),
        organization_id: body.id,
        label: 'Minister of Foreign Affairs',
      });
      const minister = await makePerson(api, `Khamrokhon ${uniqueWord('Zarif')}`);
      await api.call('POST', '/api/holdings', {
        post_id: post.json.id,
        person_id: minister.id,
        start_date: '2006-12',
        end_date: '2013-11',
      });
      return { partner, body, post: post.json, minister };
    }

    it('records a meeting with the post each participant held on its day, and its codes', async () => {
      const r = await registry();
      const res = await api.call('POST', '/api/meetings', {
        partner_id: r.partner.id,
        kind: 'visit',
        start_date: '2011-06-22',
        city: 'Dushanbe',
        country_id: r.partner.id,
        host_org_id: r.body.id,
        visitor_org_id: 'nato-absent',
        participants: [{ person_id: r.minister.id, side: 'host' }],
      });
      expect(res.status).toBe(422);
      expect(res.json.errors[0].field).toBe('visitor_org_id');
      const ok = await api.call('POST', '/api/meetings', {
        partner_id: r.partner.id,
        kind: 'visit',
        start_date: '2011-06-22',
        city: 'Dushanbe',
        country_id: r.partner.id,
        host_org_id: r.body.id,
        participants: [{ person_id: r.minister.id, side: 'host' }],
        topics: ['border security'],
      });
      expect(ok.status).toBe(201);
      expect(ok.json.participants[0]).toMatchObject({
        person_id: r.minister.id,
        post: 'Minister of Foreign Affairs',
        status: 'registered',
      });
      expect(ok.json.codes).toMatchObject({ plover_event: 'CONSULT', plover_mode: 'visit', cameo: '042' });
      const later = await api.call('POST', '/api/meetings', {
        partner_id: r.partner.id,
        kind: 'meeting',
        start_date: '2014',
        participants: [{ person_id: r.minister.id }],
      });
      expect(later.json.participants[0].post).toBeNull();

      const stale = await api.call(
        'PATCH',
        `/api/meetings/${ok.json.id}`,
        { topics: ['x'] },
        { 'if-match': '"9"' },
      );
      expect(stale.status).toBe(412);
      const changed = await api.call(
        'PATCH',
        `/api/meetings/${ok.json.id}`,
        { status: 'planned' },
        { 'if-match': '"1"' },
      );
      expect(changed.status).toBe(200);
      expect(changed.json.codes).toMatchObject({ plover_event: 'AGREE', cameo: '036' });
      expect(changed.json.topics).toEqual(['border security']);
      const list = await api.call(
        'GET',
        `/api/meetings?partner_id=${r.partner.id}&person_id=${r.minister.id}`,
      );
      expect(list.json.total).toBe(2);
      const gone = await api.call('DELETE', `/api/meetings/${later.json.id}`, undefined, {
        'if-match': '"1"',
      });
      expect(gone.status).toBe(204);
    });

    it('keeps unknown names as draft people, one per person whatever the spelling', async () => {
      const r = await registry();
      const surname = `${uniqueWord('Qodir')}ov`;
      const first = await api.call('POST', '/api/meetings', {
        partner_id: r.partner.id,
        kind: 'meeting',
        start_date: '2011-06',
        participants: [
          { name: `Khamid ${surname}` },
          { name: r.minister.name.replace('Khamrokhon', 'Hamrokhon') },
        ],
      });
      expect(first.status).toBe(201);
      const [draft, known] = first.json.participants;
      expect(draft.status).toBe('draft');
      expect(known).toMatchObject({ status: 'registered', person_id: r.minister.id });
      const second = await api.call('POST', '/api/meetings', {
        partner_id: r.partner.id,
        kind: 'meeting',
        start_date: '2011-07',
        participants: [{ name: `Hamid ${surname}` }, { name: surname }],
      });
      expect(second.json.participants.map((p: { candidate_id: string }) => p.candidate_id)).toEqual([
        draft.candidate_id,
        draft.candidate_id,
      ]);
      const drafts = await api.call('GET', '/api/person-candidates');
      expect(drafts.json.items.filter((c: { id: string }) => c.id === draft.candidate_id)).toHaveLength(1);
      expect(drafts.json.items.find((c: { id: string }) => c.id === draft.candidate_id).names).toHaveLength(
        3,
      );
    });

    it('lists follow-ups overdue and due soon, and the cadence of a channel', async () => {
      const r = await registry();
      const dates = ['2010-01-10', '2010-04-10', '2010-07-10', '2010-10-10'];
      const ids: string[] = [];
      for (const d of dates) {
        const m = await api.call('POST', '/api/meetings', {
          partner_id: r.partner.id,
          channel: 'liaison-office-visits',
          kind: 'visit',
          start_date: d,
          illustrative: true,
        });
        ids.push(m.json.id);
      }
      const fu = (action: string, due: string | null, status = 'open') =>
        api.call('POST', '/api/follow-ups', { meeting_id: ids[3], action, due_date: due, status });
      expect((await fu('late', '2010-11-01')).status).toBe(201);
      await fu('soon', '2010-11-20');
      await fu('later', '2011-03-01');
      await fu('closed', '2010-10-20', 'done');
      const q = `partner_id=${r.partner.id}&on=2010-11-10`;
      const overdue = await api.call('GET', `/api/follow-ups?${q}&due=overdue`);
      expect(overdue.json.items.map((f: { action: string }) => f.action)).toEqual(['late']);
      expect(overdue.json.items[0].due_state).toBe('overdue');
      const soon = await api.call('GET', `/api/follow-ups?${q}&due=due_soon`);
      expect(soon.json.items.map((f: { action: string }) => f.action)).toEqual(['soon']);
      const open = await api.call('GET', `/api/follow-ups?${q}&status=open`);
      expect(open.json.total).toBe(3);

      const ok = await api.call('GET', `/api/cadence?partner_id=${r.partner.id}&on=2010-12-01`);
      expect(ok.json.items).toEqual([
        expect.objectContaining({
          channel: 'liaison-office-visits',
          last_contact: '2010-10-10',
          typical_interval_days: 91,
          overdue: false,
        }),
      ]);
      const late = await api.call('GET', `/api/cadence?partner_id=${r.partner.id}&on=2011-03-01`);
      expect(late.json.items[0].overdue).toBe(true);
    });

    it('shows a record only to whom its marking releases it', async () => {
      const tj = await makeOrganization(api, { kind: 'state' });
      const kz = await makeOrganization(api, { kind: 'state' });
      const m = await api.call('POST', '/api/meetings', {
        partner_id: tj.id,
        kind: 'visit',
        start_date: '2011-06-22',
        marking: 'partners',
        releasable_to: [tj.id],
      });
      const f = await api.call('POST', '/api/follow-ups', {
        meeting_id: m.json.id,
        action: 'reply',
        due_date: '2011-07-01',
      });
      const asKz = await api.signIn('partner', kz.id);
      const asTj = await api.signIn('partner', tj.id);
      expect((await api.raw('GET', `/api/meetings/${m.json.id}`, undefined, asKz)).status).toBe(404);
      expect((await api.raw('GET', `/api/follow-ups/${f.json.id}`, undefined, asKz)).status).toBe(404);
      expect((await api.raw('GET', `/api/meetings?partner_id=${tj.id}`, undefined, asKz)).json.total).toBe(0);
      expect((await api.raw('GET', `/api/follow-ups?partner_id=${tj.id}`, undefined, asKz)).json.total).toBe(
        0,
      );
      expect((await api.raw('GET', `/api/meetings/${m.json.id}`, undefined, asTj)).status).toBe(200);
      expect((await api.raw('GET', `/api/meetings?partner_id=${tj.id}`, undefined, asTj)).json.total).toBe(1);
      expect((await api.raw('GET', `/api/meetings/${m.json.id}`)).status).toBe(404);
      const dossier = await api.raw('GET', `/api/partners/${tj.id}/dossier`, undefined, asKz);
      expect(dossier.status).toBe(200);
      expect(dossier.json.meetings).toEqual([]);
      expect(dossier.json.follow_ups).toEqual([]);
      const write = await api.raw(
        'POST',
        '/api/meetings',
        { partner_id: tj.id, kind: 'visit', start_date: '2011' },
        asTj,
      );
      expect(write.status).toBe(403);
    });
  });

  describe.skipIf(db.skip)(`press report → record on ${db.name}`, () => {
    const api = useApi(db);

    it('reads the seed report, confirms it into the exact meeting, and shows the Simmons conflict', async () => {
      const ctx = contextFor(api.store, SYSTEM_ACTOR);
      const tx = await api.store.db.startTransaction().execute();
      for (const kind of IMPORT_KINDS) {
        const rows = await readImportFile(join(DEMO_DIR, `${kind}.json`), IMPORTERS[kind].schema);
        await importInto(ctx, tx, kind, rows);
      }
      await tx.commit().execute();

      const read = await api.call('POST', '/api/ingest', { text: SEED });
      expect(read.status).toBe(200);
      const draft = read.json.extraction.meetings[0];
      expect(draft.participants.map((p: { person_id: string }) => p.person_id)).toEqual([
        'hamrokhon-zarifi',
        'james-appathurai',
      ]);
      const zarifi = read.json.spans.find((s: { value: string }) => s.value === 'hamrokhon-zarifi');
      expect(read.json.text.slice(zarifi.start, zarifi.end)).toBe('Hamrokhon Zarifi');
      expect(
        read.json.spans.some(
          (s: { kind: string; value: string }) => s.kind === 'date' && s.value === '2011-06-22',
        ),
      ).toBe(true);
      expect(read.json.statements.map((s: { person_id: string }) => s.person_id)).toEqual([
        'james-appathurai',
        'robert-f-simmons-jr',
      ]);

      const confirm = await api.call('POST', '/api/ingest/confirm', {
        text: SEED,
        source: { id: 'asia-plus-2011-06-23', title: 'Asia-Plus: Tajik FM meets NATO special envoy' },
        meeting: {
          partner_id: 'tj',
          kind: 'visit',
          start_date: draft.date,
          city: draft.place.city,
          country_id: 'tj',
          host_org_id: 'tj-mfa',
          visitor_org_id: 'nato',
          marking: 'public',
          participants: draft.participants.map((p: { name: string; side: string }) => ({
            name: p.name,
            side: p.side,
          })),
          topics: draft.topics,
        },
        evidence: draft.evidence,
      });
      expect(confirm.status).toBe(201);
      const m = confirm.json.meeting;
      expect(m).toMatchObject({ date: '2011-06-22', place: { city: 'Dushanbe', country: 'Tajikistan' } });
      expect(
        m.participants.map((p: { name: string; post: string; side: string }) => [p.name, p.post, p.side]),
      ).toEqual([
        ['Hamrokhon Zarifi', 'Minister of Foreign Affairs of Tajikistan', 'host'],
        [
          'James Appathurai',
          "NATO Secretary General's Special Representative for the Caucasus and Central Asia",
          'visitor',
        ],
      ]);
      expect(m.topics).toHaveLength(5);
      expect(new Set(m.sources.map((s: { source_id: string }) => s.source_id))).toEqual(
        new Set(['asia-plus-2011-06-23']),
      );
      const conflicts = await api.raw('GET', '/api/conflicts');
      const simmons = conflicts.json.items.find(
        (c: { subject_id: string; field: string }) =>
          c.subject_id === 'sr-caucasus-central-asia-appathurai' && c.field === 'person_id',
      );
      expect(simmons.followed_value).toBe('james-appathurai');
      const said = simmons.claims.map(
        (c: { value: string; source_id: string }) => `${c.value}@${c.source_id}`,
      );
      expect(said).toContain('robert-f-simmons-jr@asia-plus-2011-06-23');
      expect(
        said.some((s: string) => s.startsWith('james-appathurai@') && !s.endsWith('asia-plus-2011-06-23')),
      ).toBe(true);
      // Confirming the same meeting again is refused, naming the meeting already recorded.
      const again = await api.call('POST', '/api/ingest/confirm', {
        text: SEED,
        source: { id: 'asia-plus-2011-06-23', title: 'x' },
        meeting: { partner_id: 'tj', kind: 'visit', start_date: '2011-06-22' },
      });
      expect(again.status).toBe(409);
      expect(again.json.errors[0]).toMatchObject({ field: 'meeting' });
      expect(again.json.errors[0].reason).toContain(m.id);
      // Another meeting the same report describes is recorded, without a duplicate claim.
      const other = await api.call('POST', '/api/ingest/confirm', {
        text: SEED,
        source: { id: 'asia-plus-2011-06-23', title: 'x' },
        meeting: { partner_id: 'tj', kind: 'meeting', start_date: '2011-06-22' },
      });
      expect(other.status).toBe(201);
      expect(other.json.claims).toEqual([]);
      // A report pasted twice without a URL is one source, so its meeting is not recorded twice either.
      const pasted = () =>
        api.call('POST', '/api/ingest/confirm', {
          text: SEED,
          source: { title: 'Pasted from the wire' },
          meeting: { partner_id: 'tj', kind: 'talks', start_date: '2011-06-22' },
        });
      const first = await pasted();
      expect(first.status).toBe(201);
      const second = await pasted();
      expect(second.status).toBe(409);
      expect(second.json.errors[0].reason).toContain(first.json.meeting.id);
      // The demo import plus the first report, which starts the reader's worker thread (it loads tsx,
      // chrono and compromise): on a busy machine more than the default 30 s.
    }, 90_000);

    it('reads a report in the detected language, or in the one the reader chooses', async () => {
      const french =
        'Douchanbé, 4 mai 2011. Le ministre des Affaires étrangères Hamrokhon Zarifi a reçu hier ' +
        'James Appathurai, représentant spécial du secrétaire général de l’OTAN.';
      const detected = await api.call('POST', '/api/ingest', { text: french });
      expect(detected.status, JSON.stringify(detected.json)).toBe(200);
      expect(detected.json.extraction.language).toBe('fr');
      expect(detected.json.extraction.meetings[0].date).toBe('2011-05-03');

      const chosen = await api.call('POST', '/api/ingest', { text: french, language: 'es' });
      expect(chosen.status).toBe(200);
      expect(chosen.json.extraction.language).toBe('es');

      const unknown = await api.call('POST', '/api/ingest', { text: french, language: 'xx' });
      expect(unknown.status).toBe(400);
      expect(unknown.json.errors[0].field).toBe('language');
    });

    it('refuses the public and partners', async () => {
      expect((await api.raw('POST', '/api/ingest', { text: SEED })).status).toBe(401);
      const asPartner = await api.signIn('partner', 'tj');
      expect((await api.raw('POST', '/api/ingest/confirm', {}, asPartner)).status).toBe(403);
    });
  });
}
