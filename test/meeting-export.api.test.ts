import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueWord, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { otherReaders, type Reader } from './support/readers.js';

/**
 * Issue 13, "export this view": the meetings list with its filters, as a file, holds exactly the
 * meetings the same reader sees in the list — for every reader, on both databases.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`meetings export on ${db.name}`, () => {
    const api = useApi(db);
    let partnerId = '';
    let readers: Reader[] = [];
    const word = uniqueWord('Exportview');

    beforeAll(async () => {
      const world = await otherReaders(api);
      partnerId = world.partner.id;
      readers = [...world.readers, ['staff', await api.signIn('staff'), 0]];
      // One meeting of each marking with the partner, and one public meeting outside the filter.
      for (const [marking, day] of [
        ['public', '2031-01-10'],
        ['partners', '2031-02-10'],
        ['organization', '2031-03-10'],
      ] as const) {
        const res = await api.call('POST', '/api/meetings', {
          partner_id: partnerId,
          kind: 'visit',
          start_date: day,
          marking,
          releasable_to: marking === 'partners' ? [partnerId] : [],
          topics: [word],
          confirm_new: true,
        });
        expect(res.status, JSON.stringify(res.json)).toBe(201);
      }
      const outside = await api.call('POST', '/api/meetings', {
        partner_id: partnerId,
        kind: 'visit',
        start_date: '2029-05-05',
        marking: 'public',
        topics: [word],
        confirm_new: true,
      });
      expect(outside.status).toBe(201);
    });

    // What each reader may see of the three meetings dated 2031 (stated here, not derived from the code).
    const expected: Record<string, number | 'refused'> = {
      anonymous: 1,
      'partner TJ': 2,
      'partner KZ': 1,
      provider: 1,
      observer: 'refused',
      staff: 3,
    };

    it('holds what the list shows the same reader with the same filters, and nothing else', async () => {
      const filter = `partner_id=${partnerId}&from=2031-01-01&to=2031-12-31`;
      for (const [who, headers] of readers) {
        const file = await api.raw('GET', `/api/exports/meetings?format=csv&${filter}`, undefined, headers);
        const list = await api.raw('GET', `/api/meetings?limit=500&${filter}`, undefined, headers);
        if (expected[who] === 'refused') {
          expect(file.status, who).toBe(404);
          expect(list.status, who).toBe(404);
          continue;
        }
        expect(file.status, who).toBe(200);
        expect(file.headers['content-disposition']).toContain('meetings.csv');
        const [header, ...lines] = file.body.trim().split('\n');
        expect(header?.split(',').slice(0, 4), who).toEqual(['id', 'start_date', 'end_date', 'partner']);
        const exported = lines.map((line) => line.split(',')[0]).sort();
        const listed = (list.json.items as { id: string }[]).map((m) => m.id).sort();
        expect(exported, who).toEqual(listed);
        expect(exported.length, who).toBe(expected[who]);
        expect(file.body).not.toContain('2029-05-05');
      }
    });

    it('refuses an unknown filter or format naming it, and writes the XLSX the same reader sees', async () => {
      const bad = await api.call('GET', '/api/exports/meetings?format=pdf');
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.json)).toContain('format');
      const unknown = await api.call('GET', '/api/exports/meetings?format=csv&colour=red');
      expect(unknown.status).toBe(400);
      const xlsx = await api.app.inject({
        method: 'GET',
        url: `/api/exports/meetings?format=xlsx&partner_id=${partnerId}&from=2031-01-01`,
      });
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    });
  });
}
