import { describe, expect, it } from 'vitest';
import { unsafeTextReason } from '../src/domain/core/safe-text.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * Issue 12 items 9 and 17: text that cannot be stored alike on both databases, or that disguises a
 * name, is refused with a 400 naming the field; a URL that does not decode is a hardened problem.
 */
const HOSTILE: [string, string][] = [
  ['NUL', 'Tajik\u0000istan'],
  ['lone high surrogate', 'Aslov \ud800'],
  ['lone low surrogate', '\udc00Aslov'],
  ['right-to-left override', 'Aslov\u202Evolsa'],
  ['zero-width space', 'As\u200Blov'],
  ['word joiner', 'As\u2060lov'],
  ['bell', 'As\u0007lov'],
];

describe('unsafeTextReason', () => {
  it('lets ordinary text through, Cyrillic, emoji pairs and line breaks included', () => {
    for (const ok of ['Сироджиддин Мухриддин', 'Zürich – café', 'two\nlines\tand tab', 'flag 🇹🇯'])
      expect(unsafeTextReason(ok), ok).toBeNull();
  });
  it('names each refused kind', () => {
    for (const [kind, value] of HOSTILE) expect(unsafeTextReason(value), kind).not.toBeNull();
  });
});

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`hostile input on ${db.name}`, () => {
    const api = useApi(db);

    it('answers a NUL in a path parameter with a 400 naming it, even anonymously', async () => {
      for (const url of [
        '/api/organizations/tj%00',
        '/api/people/x%00y',
        '/api/organizations/tj%00/memberships',
      ]) {
        const res = await api.raw('GET', url);
        expect(res.status, url).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json.errors).toEqual([{ field: 'params.id', reason: 'contains a NUL character' }]);
        expect(res.body).not.toMatch(/stack|at \w+ \(/);
      }
      const query = await api.raw('GET', '/api/people?q=a%00b');
      expect(query.status).toBe(400);
      expect(query.json.errors[0].field).toBe('querystring.q');
    });

    it('refuses each hostile kind in a body, naming the field, and writes nothing', async () => {
      const before = (await api.call('GET', '/api/people?limit=1')).json.total;
      for (const [kind, value] of HOSTILE) {
        // Sent as JSON text: \ud800 escapes survive JSON.stringify and come back as lone surrogates.
        const res = await api.call('POST', '/api/people', JSON.stringify({ names: [{ name: value }] }), {
          'content-type': 'application/json',
        });
        expect(res.status, kind).toBe(400);
        expect(res.json.errors?.[0]?.field, kind).toBe('names[0].name');
      }
      const org = await api.call('POST', '/api/organizations', {
        id: 'hostile-org',
        kind: 'state',
        names: [{ name: 'Fine' }],
        summary: 'bidi \u202Ehidden',
      });
      expect(org.status).toBe(400);
      expect(org.json.errors[0].field).toBe('summary');
      expect((await api.call('GET', '/api/people?limit=1')).json.total).toBe(before);
      expect((await api.call('GET', '/api/organizations/hostile-org')).status).toBe(404);
    });

    it('answers a URL that does not decode (%C0%AE) with a hardened problem', async () => {
      const res = await api.raw('GET', '/api/organizations/%C0%AE');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json).toMatchObject({ status: 400, code: 'request.invalid' });
      expect(res.json.errors).toEqual([
        { field: 'url', reason: 'is not a valid percent-encoded UTF-8 address' },
      ]);
      expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(String(res.headers['permissions-policy'])).toContain('camera=()');
    });
  });
}
