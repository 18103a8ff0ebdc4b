import { describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { type Reply, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * ETags on GET answers, as each reader sees them: the anonymous reader and the officials of two
 * partners read the same URL and get different bodies, so different ETags; a conditional GET with the
 * ETag one got is answered 304 with no body until the data changes, then 200 with a new ETag.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`conditional GETs on ${db.name}`, { timeout: 120_000 }, () => {
    const api = useApi(db);
    let loaded = false;
    const demo = async () => {
      if (!loaded) await loadDemo(contextFor(api.store, SYSTEM_ACTOR));
      loaded = true;
    };

    it('tags every GET for its reader, answers 304 until a write, then the new body', async () => {
      await demo();
      const readers: Record<string, Record<string, string>> = {
        anonymous: {},
        tj: await api.signIn('partner', 'tj'),
        kz: await api.signIn('partner', 'kz'),
      };
      // Released to Tajikistan only: its official's list holds it, Kazakhstan's and the public's do not.
      const released = await api.call('POST', '/api/meetings', {
        partner_id: 'tj',
        kind: 'talks',
        start_date: '2031-01-15',
        marking: 'partners',
        releasable_to: ['tj'],
      });
      expect(released.status).toBe(201);
      const url = '/api/meetings?limit=5';

      const first: Record<string, Reply> = {};
      for (const [who, headers] of Object.entries(readers)) {
        const res = await api.raw('GET', url, undefined, headers);
        expect(res.status, who).toBe(200);
        expect(res.headers.etag, who).toMatch(/^"[\w-]{20,}"$/);
        expect(res.headers['cache-control'], who).toBe('private, no-cache');
        first[who] = res;
      }
      const ids = (who: string) => first[who]?.json.items.map((m: { id: string }) => m.id);
      expect(ids('tj')).toContain(released.json.id);
      expect(ids('kz')).not.toContain(released.json.id);
      expect(ids('anonymous')).not.toContain(released.json.id);
      // Three readers, three ETags: a cache keyed by URL alone would hand one reader another's list.
      expect(new Set(Object.values(first).map((r) => r.headers.etag)).size).toBe(3);

      for (const [who, headers] of Object.entries(readers)) {
        const again = await api.raw('GET', url, undefined, headers);
        expect(again.headers.etag, `${who}: same data, same ETag`).toBe(first[who]?.headers.etag);
        const etag = String(first[who]?.headers.etag);
        const cached = await api.raw('GET', url, undefined, { ...headers, 'if-none-match': etag });
        expect(cached.status, who).toBe(304);
        expect(cached.body, who).toBe('');
        expect(cached.headers.etag, who).toBe(etag);
        // Another reader's ETag does not validate this reader's answer.
        const other = who === 'tj' ? 'kz' : 'tj';
        const foreign = await api.raw('GET', url, undefined, {
          ...headers,
          'if-none-match': String(first[other]?.headers.etag),
        });
        expect(foreign.status, `${who} with ${other}'s ETag`).toBe(200);
      }

      // Staff retitle the released meeting: every reader's tag is stale, the 304 becomes a 200.
      const patched = await api.call(
        'PATCH',
        `/api/meetings/${released.json.id}`,
        { title: 'Border talks' },
        { 'if-match': `"${released.json.version}"` },
      );
      expect(patched.status).toBe(200);
      for (const [who, headers] of Object.entries(readers)) {
        const res = await api.raw('GET', url, undefined, {
          ...headers,
          'if-none-match': String(first[who]?.headers.etag),
        });
        expect(res.status, who).toBe(200);
        expect(res.headers.etag, who).not.toBe(first[who]?.headers.etag);
      }
      const tjList = await api.raw('GET', url, undefined, readers.tj);
      expect(tjList.json.items.find((m: { id: string }) => m.id === released.json.id).title).toBe(
        'Border talks',
      );
    });

    it('keeps the version in a record ETag for If-Match, and tags no refusal', async () => {
      await demo();
      const tj = await api.signIn('partner', 'tj');
      const created = await api.call('POST', '/api/meetings', {
        partner_id: 'tj',
        kind: 'phone_call',
        start_date: '2031-02-01',
        marking: 'partners',
        releasable_to: ['tj'],
      });
      expect(created.status, created.body).toBe(201);
      const path = `/api/meetings/${created.json.id}`;
      const read = await api.call('GET', path);
      expect(read.status).toBe(200);
      expect(read.headers.etag).toMatch(new RegExp(`^"${created.json.version}\\.[\\w-]{20,}"$`));
      const asTj = await api.raw('GET', path, undefined, tj);
      expect(asTj.headers.etag).toMatch(/^"1\./);
      expect(asTj.headers.etag).not.toBe(read.headers.etag);
      const cached = await api.raw('GET', path, undefined, {
        ...tj,
        'if-none-match': String(asTj.headers.etag),
      });
      expect(cached.status).toBe(304);
      // Not released to the public: 404, and nothing to cache.
      const hidden = await api.raw('GET', path);
      expect(hidden.status).toBe(404);
      expect(hidden.headers.etag).toBeUndefined();
      // The GET's ETag as If-Match: the write is based on version 1.
      const write = await api.call(
        'PATCH',
        path,
        { title: 'Call' },
        { 'if-match': String(read.headers.etag) },
      );
      expect(write.status).toBe(200);
      expect(write.json.version).toBe(2);
      const stale = await api.call(
        'PATCH',
        path,
        { title: 'Late' },
        { 'if-match': String(read.headers.etag) },
      );
      expect(stale.status).toBe(412);
    });

    it('does not let a sign-in invalidate what readers hold', async () => {
      const before = await api.raw('GET', '/api/organizations?limit=3');
      expect(before.status).toBe(200);
      await api.raw('POST', '/api/session', { username: 'nobody-here', password: 'wrong-password-1' });
      const after = await api.raw('GET', '/api/organizations?limit=3', undefined, {
        'if-none-match': String(before.headers.etag),
      });
      expect(after.status).toBe(304);
    });
  });
}
