import { describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import type { Role } from '../src/domain/trust/actor.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import type { DB } from '../src/store/core/schema.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * C2 on the demo data: for every role — Tajikistan's and Kazakhstan's officials side by side — each
 * list shows exactly the records whose detail read succeeds, and its count says so; the nominations
 * export holds the same rows.
 */
const COLLECTIONS: { path: string; table: keyof DB }[] = [
  { path: '/api/meetings', table: 'meeting' },
  { path: '/api/follow-ups', table: 'follow_up' },
  { path: '/api/programmes', table: 'programme' },
  { path: '/api/nominations', table: 'nomination' },
  { path: '/api/activities', table: 'activity' },
  { path: '/api/iterations', table: 'iteration' },
];

const READERS: { role: Role; org?: string }[] = [
  { role: 'staff' },
  { role: 'observer' },
  { role: 'partner', org: 'tj' },
  { role: 'partner', org: 'kz' },
  { role: 'provider', org: 'nato-school-oberammergau' },
  { role: 'public' },
];

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(
    `lists reach exactly what detail reads reach on ${db.name}`,
    { timeout: 240_000 },
    () => {
      const api = useApi(db);

      it('for every role and collection of the demo, and in the nominations export', async () => {
        await loadDemo(contextFor(api.store, SYSTEM_ACTOR));
        for (const reader of READERS) {
          const headers = reader.role === 'public' ? {} : await api.signIn(reader.role, reader.org);
          const who = `${reader.role}${reader.org ? ` of ${reader.org}` : ''}`;
          for (const { path, table } of COLLECTIONS) {
            const listed: string[] = [];
            let total: number | undefined;
            for (let offset = 0; ; offset += 500) {
              const page = await api.raw('GET', `${path}?limit=500&offset=${offset}`, undefined, headers);
              if (page.status === 404) break; // the role reads none of these
              expect(page.status, `${who} lists ${path}`).toBe(200);
              total = page.json.total;
              listed.push(...page.json.items.map((r: { id: string }) => r.id));
              if (page.json.items.length < 500) break;
            }
            const ids = (await api.store.db.selectFrom(table).select('id').execute()).map((r) =>
              String(r.id),
            );
            const readable: string[] = [];
            for (const id of ids) {
              const res = await api.raw('GET', `${path}/${encodeURIComponent(id)}`, undefined, headers);
              expect([200, 404], `${who} reads ${path}/${id}`).toContain(res.status);
              if (res.status === 200) readable.push(id);
            }
            expect([...listed].sort(), `${who}: ${path} lists exactly the readable records`).toEqual(
              [...readable].sort(),
            );
            expect(total ?? 0, `${who}: ${path} counts them`).toBe(readable.length);
          }
        }
      });

      it('keeps Tajikistan’s programme and released meetings from Kazakhstan’s official', async () => {
        const kz = await api.signIn('partner', 'kz');
        expect((await api.raw('GET', '/api/programmes/tj-ipp-2011', undefined, kz)).status).toBe(404);
        const tj = await api.signIn('partner', 'tj');
        expect((await api.raw('GET', '/api/programmes/tj-ipp-2011', undefined, tj)).status).toBe(200);
        const released = await api.store.db
          .selectFrom('meeting')
          .select('id')
          .where('marking', '=', 'partners')
          .where('releasable_to', 'not like', '%"kz"%')
          .execute();
        expect(released.length).toBeGreaterThan(0);
        for (const { id } of released) {
          expect((await api.raw('GET', `/api/meetings/${id}`, undefined, kz)).status).toBe(404);
        }
        const csv = await api.raw('GET', '/api/exports/nominations?format=csv', undefined, kz);
        const rows = csv.body.trim().split('\n').slice(1);
        const own = await api.raw('GET', '/api/nominations?limit=500', undefined, kz);
        expect(rows.length).toBe(own.json.total);
        expect(csv.body).not.toMatch(/(^|,)tj(,|$)/m);
      });
    },
  );
}
