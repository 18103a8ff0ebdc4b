import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { uniqueWord, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

const SEED = readFileSync(
  join(import.meta.dirname, '..', 'data', 'demo', 'dialogue', 'asia-plus-2011-06-23.txt'),
  'utf8',
);
const SEED_MEETING = 'tj-2011-06-22-zarifi-appathurai';
const SEED_SOURCE = 'asia-plus-2011-06-23';
const SEED_URL =
  'https://www.asiaplustj.info/en/news/tajikistan/politics/20110623/tajik-fm-meets-nato-special-envoy';

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`duplicates caught on ${db.name}`, () => {
    const api = useApi(db);

    const tjOn22June = async () =>
      (await api.call('GET', '/api/meetings?partner_id=tj&from=2011-06-21&to=2011-06-23')).json;

    /** The review as the web page sends it: the reviewed draft, the report as a new source. */
    const confirmBody = (draft: { date: string; participants: { name: string; side: string }[] }) => ({
      text: SEED,
      source: { title: 'Asia-Plus, 23 June 2011: pasted', publisher: 'Asia-Plus' },
      meeting: {
        partner_id: 'tj',
        kind: 'visit',
        start_date: draft.date,
        city: 'Dushanbe',
        participants: draft.participants.map((p) => ({ name: p.name, side: p.side })),
      },
    });

    it('pasting the seed report twice leaves one 22 June 2011 meeting with one Asia-Plus source', async () => {
      await loadDemo(contextFor(api.store, SYSTEM_ACTOR));
      expect((await tjOn22June()).total).toBe(1);

      for (const paste of [1, 2]) {
        const read = await api.call('POST', '/api/ingest', { text: SEED });
        expect(read.status).toBe(200);
        // The demo keeps an abridged excerpt of the report: its quoted fragments are in the pasted text.
        expect(read.json.duplicates.source).toMatchObject({ id: SEED_SOURCE, reason: 'excerpt' });
        expect(read.json.duplicates.meetings).toEqual([
          {
            draft: 0,
            candidates: [
              expect.objectContaining({
                id: SEED_MEETING,
                date: '2011-06-22',
                reasons: ['participants', 'place'],
              }),
            ],
          },
        ]);
        const draft = read.json.extraction.meetings[0];
        // Recording it as a new meeting is refused with the candidate to compare…
        const asNew = await api.call('POST', '/api/ingest/confirm', confirmBody(draft));
        expect(asNew.status).toBe(409);
        expect(asNew.json.code).toBe('record.duplicate');
        expect(asNew.json.duplicates.map((d: { id: string }) => d.id)).toEqual([SEED_MEETING]);
        // …and the desk officer adds the report to the recorded meeting instead.
        const attach = await api.call('POST', '/api/ingest/confirm', {
          ...confirmBody(draft),
          attach_to: SEED_MEETING,
        });
        expect(attach.status, `paste ${paste}`).toBe(201);
        expect(attach.json).toMatchObject({ attached: true, source_reused: true, source_id: SEED_SOURCE });
        expect(attach.json.meeting.id).toBe(SEED_MEETING);
      }
      const after = await tjOn22June();
      expect(after.total).toBe(1);
      expect([...new Set(after.items[0].sources.map((s: { source_id: string }) => s.source_id))]).toEqual([
        SEED_SOURCE,
      ]);
      const sources = await api.call('GET', '/api/sources?limit=500');
      expect(
        sources.json.items.filter((s: { publisher: string }) => s.publisher === 'Asia-Plus'),
      ).toHaveLength(2);
    }, 120_000);

    it('knows the report by its address, and saves a new meeting when told it is new', async () => {
      const read = await api.call('POST', '/api/ingest', { text: `${SEED}\nUpdated.`, url: SEED_URL });
      expect(read.json.duplicates.source).toMatchObject({ id: SEED_SOURCE, reason: 'url' });
      const draft = read.json.extraction.meetings[0];
      const body = confirmBody(draft);
      const forced = await api.call('POST', '/api/ingest/confirm', {
        ...body,
        source: { ...body.source, url: SEED_URL },
        meeting: { ...body.meeting, kind: 'talks', confirm_new: true },
      });
      expect(forced.status).toBe(201);
      expect(forced.json).toMatchObject({ attached: false, source_reused: true, source_id: SEED_SOURCE });
      expect((await tjOn22June()).total).toBe(2);
    }, 60_000);

    it('a new text is a new source, found by its hash the next time', async () => {
      const text = `TASHKENT, 3 March 2012 — Foreign Minister ${uniqueWord('Abdulaziz')} Kamilov received a NATO delegation. ${uniqueWord('Words')}.`;
      const first = await api.call('POST', '/api/ingest', { text });
      expect(first.json.duplicates.source).toBeNull();
      const stored = await api.call('POST', '/api/ingest/confirm', {
        text,
        source: { title: 'A wire' },
        meeting: { partner_id: 'uz', kind: 'meeting', start_date: '2012-03-03' },
      });
      expect(stored.status).toBe(201);
      expect(stored.json.source_reused).toBe(false);
      // The same text typed again with other quotes and spacing is the same report.
      const again = await api.call('POST', '/api/ingest', { text: `  ${text.replace('—', '-')}  ` });
      expect(again.json.duplicates.source).toMatchObject({ id: stored.json.source_id, reason: 'text' });
    }, 60_000);

    it('warns before a meeting with the same day and people is created, and saves it when confirmed new', async () => {
      const meeting = {
        partner_id: 'tj',
        kind: 'meeting',
        start_date: '2011-06-23',
        participants: [{ person_id: 'hamrokhon-zarifi', side: 'host' }],
      };
      const res = await api.call('POST', '/api/meetings', meeting);
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json.errors[0].field).toBe('meeting');
      expect(res.json.duplicates).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'meeting', id: SEED_MEETING, reasons: ['participants'] }),
        ]),
      );
      // Two days later is another meeting.
      const later = await api.call('POST', '/api/meetings', { ...meeting, start_date: '2011-06-25' });
      expect(later.status).toBe(201);
      const forced = await api.call('POST', '/api/meetings', { ...meeting, confirm_new: true });
      expect(forced.status).toBe(201);
    });

    it('warns before a person is created whose name exists in another script or transliteration', async () => {
      const cyrillic = await api.call('POST', '/api/people', {
        names: [{ name: 'Хамрохон Зарифи', lang: 'ru', kind: 'official' }],
      });
      expect(cyrillic.status).toBe(409);
      expect(cyrillic.json.duplicates).toEqual([
        { kind: 'person', id: 'hamrokhon-zarifi', label: expect.any(String), reasons: ['name'] },
      ]);
      const reordered = await api.call('POST', '/api/people', {
        names: [{ name: 'Appaturai James', lang: 'en', kind: 'official' }],
      });
      expect(reordered.status).toBe(409);
      expect(reordered.json.duplicates.map((d: { id: string }) => d.id)).toEqual(['james-appathurai']);
      const other = await api.call('POST', '/api/people', {
        names: [{ name: `${uniqueWord('Farrukh')} ${uniqueWord('Sharip')}`, lang: 'en', kind: 'official' }],
      });
      expect(other.status).toBe(201);
      const forced = await api.call('POST', '/api/people', {
        names: [{ name: 'Khamrokhon Zarifi', lang: 'en', kind: 'official' }],
        confirm_new: true,
      });
      expect(forced.status).toBe(201);
    });

    it('tells no other reader anything: they may not write, and learn no candidate', async () => {
      const meeting = {
        partner_id: 'tj',
        kind: 'visit',
        start_date: '2011-06-22',
        participants: [{ person_id: 'hamrokhon-zarifi', side: 'host' }],
      };
      const readers = {
        anonymous: {},
        partnerTj: await api.signIn('partner', 'tj'),
        partnerKz: await api.signIn('partner', 'kz'),
        provider: await api.signIn('provider', 'nato'),
        observer: await api.signIn('observer'),
      };
      for (const [who, headers] of Object.entries(readers)) {
        for (const [url, body] of [
          ['/api/meetings', meeting],
          ['/api/people', { names: [{ name: 'Hamrokhon Zarifi', lang: 'en', kind: 'official' }] }],
          ['/api/ingest', { text: SEED }],
          ['/api/ingest/confirm', confirmBody({ date: '2011-06-22', participants: [] })],
        ] as const) {
          const res = await api.raw('POST', url, body, headers);
          expect(res.status, `${who} ${url}`).toBe(who === 'anonymous' ? 401 : 403);
          expect(res.body).not.toContain(SEED_MEETING);
          expect(res.json.duplicates).toBeUndefined();
        }
      }
    });
  });
}
