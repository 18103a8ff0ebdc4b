import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeOrganization, makePerson, makePost, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * Random bodies at every write route the OpenAPI document lists: whatever arrives, the answer is a
 * 4xx problem or a success, never a 5xx. Bodies mix the route's real field names with random values,
 * so that the fuzzing reaches the services and the database, not only the schema check.
 */
const FIELD_NAMES = [
  'id',
  'kind',
  'iso2',
  'parent_id',
  'names',
  'name',
  'lang',
  'start_date',
  'end_date',
  'member_id',
  'organization_id',
  'end_reason',
  'status',
  'role',
  'note',
  'label',
  'labels',
  'single_holder',
  'post_id',
  'person_id',
  'acting',
  'title',
  'url',
  'publication_date',
  'subject_type',
  'subject_id',
  'field',
  'value',
  'source_id',
  'followed',
  'confidence',
  'code',
  'description',
  'version',
  'nationality',
  'gender',
];

const dateLike = fc.oneof(
  fc.constantFrom('1992', '1992-06', '1992-03-10', '2013-11-31', '0000', '9999-12-31', '1997-02-29', '', 'x'),
  fc.string(),
);
const value = fc.oneof(
  dateLike,
  fc.constantFrom(
    'tj',
    'TJ',
    'state',
    'body',
    'en',
    'ru',
    'active',
    'membership',
    '*',
    'CEP',
    null,
    true,
    0,
    -1,
    1,
  ),
  fc.jsonValue({ maxDepth: 2 }),
);
const nameList = fc.array(
  fc.record(
    { name: fc.oneof(fc.string(), fc.constant('Name')), lang: value, start_date: dateLike },
    { requiredKeys: [] },
  ),
  { maxLength: 3 },
);
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(value, nameList), { maxKeys: 8 }),
  fc.jsonValue({ maxDepth: 3 }),
);

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`fuzzing every write route on ${db.name}`, () => {
    const api = useApi(db);

    it('never answers a random body with a server error', async () => {
      const org = await makeOrganization(api, { kind: 'state', iso2: 'KG', id: 'kg' });
      const person = await makePerson(api);
      const post = await makePost(api);
      const ids = [org.id, person.id, post.id, 'KG', 'missing', 'CEP'];
      const spec = (await api.call('GET', '/api/openapi.json')).json as {
        paths: Record<string, Record<string, unknown>>;
      };
      const routes = Object.entries(spec.paths).flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((m) => ['post', 'patch', 'put', 'delete'].includes(m))
          .map((method) => ({ method: method.toUpperCase(), path })),
      );
      expect(routes.length).toBeGreaterThanOrEqual(24);
      const runs = db.name === 'sqlite' ? 40 : 15;
      for (const route of routes) {
        await fc.assert(
          fc.asyncProperty(
            body,
            fc.constantFrom(...ids),
            fc.option(fc.constantFrom('"1"', '"2"', 'junk'), { nil: undefined }),
            async (payload, id, ifMatch) => {
              const url = route.path.replace('{id}', encodeURIComponent(id));
              const res = await api.call(route.method, url, JSON.stringify(payload), {
                'content-type': 'application/json',
                ...(ifMatch ? { 'if-match': ifMatch } : {}),
              });
              if (res.status >= 500)
                throw new Error(`${route.method} ${url} → ${res.status} ${JSON.stringify(res.json)}`);
            },
          ),
          { numRuns: runs },
        );
      }
    });
  });
}
