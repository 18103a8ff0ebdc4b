import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/domain/trust/actor.js';
import { makeOrganization, makePerson, makePost, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { ROWS as DIALOGUE_ROWS } from './support/matrix/dialogue.js';
import { ROWS as MENU_ROWS } from './support/matrix/menu.js';
import { ROWS as PROGRAMME_ROWS } from './support/matrix/programmes.js';
import type { MatrixRow } from './support/matrix/row.js';
import { ROWS as TRUST_ROWS } from './support/matrix/trust.js';

/**
 * Every route of the OpenAPI document × every role: the expected answer is written here, apart from
 * the code's policy table, and a route the matrix does not know fails the suite. Writes are sent with
 * an empty body and a stale If-Match, so an allowed caller gets a 4xx about the request (never a
 * change) while a refused one must get 401/403 — and nobody gets an unexpected 2xx.
 */
const STAFF: Role[] = ['admin', 'staff'];
const MATRIX: MatrixRow[] = [
  ...TRUST_ROWS,
  ...MENU_ROWS,
  ...PROGRAMME_ROWS,
  ...DIALOGUE_ROWS,
  { path: /^\/(healthz|readyz|metrics|api\/ping)$/, read: 'everyone', write: [] },
  // The instance (demo banner) and the one search (each hit filtered like its list) are for anyone.
  { path: /^\/api\/(instance|search)$/, read: 'everyone', write: [] },
  // The registry as Popolo JSON: public reference data, each reader's own subset of people.
  { path: /^\/api\/exports\/popolo$/, read: 'everyone', write: [] },
  { path: /^\/api\/session$/, read: 'everyone', write: 'everyone' },
  { path: /^\/api\/audit$/, read: STAFF, write: [] },
  { path: /^\/api\/dashboard\//, read: ['admin', 'staff', 'observer'], write: [] },
  {
    path: /^\/api\/(organizations|memberships|people|posts|holdings|sources|claims|areas|conflicts)(\/|$)/,
    read: 'everyone',
    write: STAFF,
  },
];

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`authorization matrix on ${db.name}`, () => {
    const api = useApi(db);

    it('answers every route for every role as the matrix says', async () => {
      const org = await makeOrganization(api, { kind: 'state' });
      const person = await makePerson(api);
      const post = await makePost(api);
      const ids: Record<string, string> = {
        organizations: org.id,
        people: person.id,
        posts: post.id,
        memberships: 'absent',
        holdings: 'absent',
        sources: 'absent',
        claims: 'absent',
        areas: 'ACD',
      };
      const spec = (await api.raw('GET', '/api/openapi.json')).json as {
        paths: Record<string, Record<string, unknown>>;
      };
      const headersOf: Record<string, Record<string, string>> = { public: {} };
      for (const role of ROLES.filter((r) => r !== 'public')) {
        headersOf[role] = await api.signIn(
          role,
          role === 'partner' || role === 'provider' ? org.id : undefined,
        );
      }
      let cases = 0;
      // Signing out ends the session the other cases need, so the session routes come last.
      const paths = Object.entries(spec.paths).sort(
        ([a], [b]) => Number(a === '/api/session') - Number(b === '/api/session'),
      );
      for (const [path, operations] of paths) {
        const row = MATRIX.find((m) => m.path.test(path));
        expect(row, `no authorization matrix row for ${path}`).toBeDefined();
        if (!row) continue;
        const collection = path.split('/')[2] ?? '';
        const rowIds = row.ids ? await row.ids(api) : {};
        const url = path.replace(
          /\{(\w+)\}/g,
          (_, param: string) => rowIds[param] ?? (param === 'id' ? ids[collection] : undefined) ?? 'absent',
        );
        for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
          const write = method !== 'GET';
          const allowedRoles = write ? row.write : row.read;
          for (const role of ROLES) {
            const allowed = allowedRoles === 'everyone' || allowedRoles.includes(role);
            const body = write && method !== 'DELETE' ? {} : undefined;
            const res = await api.raw(method, url, body, { ...headersOf[role], 'if-match': '"999"' });
            cases++;
            const what = `${method} ${url} as ${role} → ${res.status}`;
            if (allowed) {
              expect([401, 403], what).not.toContain(
                res.status === 401 && path === '/api/session' ? 0 : res.status,
              );
            } else {
              expect(res.status < 300, `unexpected success: ${what}`).toBe(false);
              expect([401, 403, 404], what).toContain(res.status);
            }
          }
        }
      }
      expect(cases).toBeGreaterThan(150);
    });
  });
}
