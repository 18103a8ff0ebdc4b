import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../src/schemas/core/common.schema.js';
import { makeOrganization, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * Issue 17: a method a path does not answer is 405 with Allow (it was 404), a body that is not JSON
 * is 415 (text/plain was 400), paged lists carry RFC 8288 Link headers, and every list has the same
 * default and largest page size.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`HTTP conventions on ${db.name}`, () => {
    const api = useApi(db);

    it('answers a method the path does not have with 405, Allow and problem+json', async () => {
      const put = await api.call('PUT', '/api/organizations', { id: 'x' });
      expect(put.status).toBe(405);
      expect(put.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(put.json.code).toBe('request.method_not_allowed');
      expect(String(put.headers.allow).split(', ')).toEqual(['GET', 'HEAD', 'POST']);
      // a path with a parameter, and one that exists for no method at all
      const del = await api.call('DELETE', '/api/ping');
      expect(del.status).toBe(405);
      expect(del.headers.allow).toBe('GET, HEAD');
      const none = await api.call('PUT', `/api/${uid('nothing')}`);
      expect(none.status).toBe(404);
      expect(none.headers.allow).toBeUndefined();
      // anonymous callers get the same answer: the methods of a path are no secret
      expect((await api.raw('PATCH', '/api/organizations')).status).toBe(405);
    });

    it('answers a body that is not JSON with 415, whatever the route', async () => {
      const res = await api.call('POST', '/api/sources', 'title=plain', { 'content-type': 'text/plain' });
      expect(res.status).toBe(415);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json.code).toBe('request.unsupported_media');
      const form = await api.call('POST', '/api/session', 'username=a&password=b', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(form.status).toBe(415);
    });

    it('links the first, previous, next and last pages, keeping the filters', async () => {
      const word = uid('paged').replace('-', '');
      for (let i = 0; i < 5; i++)
        await makeOrganization(api, { names: [{ name: `${word} ${i}`, lang: 'en' }] });
      const middle = await api.call('GET', `/api/organizations?q=${word}&limit=2&offset=2`);
      expect(middle.status).toBe(200);
      expect(middle.json).toMatchObject({ total: 5, limit: 2, offset: 2 });
      const links = String(middle.headers.link);
      expect(links).toContain(`</api/organizations?q=${word}&limit=2&offset=0>; rel="first"`);
      expect(links).toContain(`</api/organizations?q=${word}&limit=2&offset=0>; rel="prev"`);
      expect(links).toContain(`</api/organizations?q=${word}&limit=2&offset=4>; rel="next"`);
      expect(links).toContain(`</api/organizations?q=${word}&limit=2&offset=4>; rel="last"`);
      const last = await api.call('GET', `/api/organizations?q=${word}&limit=2&offset=4`);
      expect(String(last.headers.link)).not.toContain('rel="next"');
      const first = await api.call('GET', `/api/organizations?q=${word}&limit=2`);
      expect(String(first.headers.link)).not.toContain('rel="prev"');
    });

    it('pages every list by 50 unless asked, and at most by 500', async () => {
      expect(DEFAULT_PAGE_SIZE).toBe(50);
      expect(MAX_PAGE_SIZE).toBe(500);
      for (const url of [
        '/api/organizations',
        '/api/people',
        '/api/sources',
        '/api/posts',
        '/api/activities',
        '/api/iterations',
        '/api/meetings',
        '/api/nominations',
        '/api/programmes',
        '/api/memberships',
        '/api/audit',
      ]) {
        const res = await api.call('GET', url);
        expect(res.status, url).toBe(200);
        expect(res.json.limit, url).toBe(50);
        const big = await api.call('GET', `${url}?limit=501`);
        expect(big.status, url).toBe(400);
        expect(JSON.stringify(big.json.errors), url).toContain('limit');
      }
    });
  });
}
