import { describe, expect, it } from 'vitest';
import { makeOrganization, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { otherReaders } from './support/readers.js';

/**
 * Issue 13, a source created from the UI and cited: what the source form sends, as each reader.
 * Staff add a source (title, outlet, URL, date, language) and cite it on a record; every reader
 * reads it (sources are published reference data); nobody else may add one.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`source form on ${db.name}`, () => {
    const api = useApi(db);

    it('adds a source as staff, cites it, and every reader reads it without being offered a change', async () => {
      const created = await api.call('POST', '/api/sources', {
        title: 'Tajikistan and NATO sign a transit agreement',
        publisher: 'Asia-Plus',
        url: 'https://asiaplustj.info/en/news/2011/06/22',
        publication_date: '2011-06-22',
        language: 'ru',
      });
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      expect(created.json).toMatchObject({ publisher: 'Asia-Plus', language: 'ru', version: 1 });
      const org = await makeOrganization(api, { kind: 'state' });
      const claim = await api.call('POST', '/api/claims', {
        subject_type: 'organization',
        subject_id: org.id,
        field: '*',
        source_id: created.json.id,
      });
      expect(claim.status).toBe(201);
      expect(claim.json.source_title).toBe('Tajikistan and NATO sign a transit agreement');

      const { readers } = await otherReaders(api);
      for (const [who, headers, refused] of readers) {
        const read = await api.raw('GET', `/api/sources/${created.json.id}`, undefined, headers);
        expect(read.status, who).toBe(200);
        expect(read.json.can, who).toEqual({ update: false, delete: false, restore: false });
        const add = await api.raw('POST', '/api/sources', { title: 'Not theirs' }, headers);
        expect(add.status, who).toBe(refused);
      }
      const staff = await api.call('GET', `/api/sources/${created.json.id}`);
      expect(staff.json.can).toEqual({ update: true, delete: true, restore: true });
    });

    it('names the wrong field in the reader’s language and adds nothing', async () => {
      const before = (await api.call('GET', '/api/sources?limit=1')).json.total;
      const res = await api.call(
        'POST',
        '/api/sources',
        { title: 'Bad address', url: 'ftp://example.org/x', language: 'rus' },
        { 'accept-language': 'ru' },
      );
      expect(res.status).toBe(400);
      expect(res.headers['content-language']).toBe('ru');
      expect(res.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['language', 'url']);
      expect((await api.call('GET', '/api/sources?limit=1')).json.total).toBe(before);
    });
  });
}
