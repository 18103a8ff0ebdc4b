import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_ROOT } from '../src/api/core/web.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/** C7: the headers every answer carries — JSON, the web app, problems and 404s alike. */
function expectHardened(headers: Record<string, unknown>, what: string) {
  const csp = String(headers['content-security-policy'] ?? '');
  for (const directive of [
    "default-src 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "form-action 'self'",
    "script-src 'self'",
  ]) {
    expect(csp, `${what}: CSP ${directive}`).toContain(directive);
  }
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src '));
  expect(scriptSrc, what).not.toContain('unsafe');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(String(headers['permissions-policy']), what).toContain('camera=()');
  expect(headers['x-powered-by'], what).toBeUndefined();
}

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`security headers on ${db.name}`, () => {
    const api = useApi(db);

    it('hardens JSON answers, problems, unknown routes and refused writes', async () => {
      const json = await api.raw('GET', '/api/organizations');
      expect(json.status).toBe(200);
      expectHardened(json.headers, 'list');
      const missing = await api.raw('GET', '/api/people/no-such-person');
      expect(missing.status).toBe(404);
      expectHardened(missing.headers, 'record 404');
      const route = await api.raw('GET', '/api/no-such-route');
      expect(route.status).toBe(404);
      expectHardened(route.headers, 'route 404');
      const bad = await api.raw('POST', '/api/organizations', '{not json', {
        'content-type': 'application/json',
      });
      expect(bad.status).toBeGreaterThanOrEqual(400);
      expectHardened(bad.headers, 'refused write');
      const staff = await api.signIn('staff');
      const csrf = await api.raw('POST', '/api/people', {}, { cookie: String(staff.cookie) });
      expect(csrf.status).toBe(403);
      expectHardened(csrf.headers, 'CSRF refusal');
    });

    it('sends HSTS only over TLS and keeps signed-in answers out of caches', async () => {
      const plain = await api.raw('GET', '/healthz');
      expect(plain.headers['strict-transport-security']).toBeUndefined();
      const signedIn = await api.call('GET', '/api/session');
      expect(signedIn.headers['cache-control']).toBe('no-store');
      // API reads are tagged (ETag) for revalidation; private keeps them out of shared caches.
      const anonymous = await api.raw('GET', '/api/organizations');
      expect(anonymous.headers['cache-control']).toBe('private, no-cache');
    });

    it.skipIf(!existsSync(join(WEB_ROOT, 'index.html')))('hardens the web app shell', async () => {
      const res = await api.app.inject({
        method: 'GET',
        url: '/partners/tj',
        headers: { accept: 'text/html' },
      });
      expect(res.statusCode).toBe(200);
      expectHardened(res.headers, 'app shell');
    });

    it('gives the API documentation its own policy, still without inline script', async () => {
      const res = await api.app.inject({ method: 'GET', url: '/api/docs/' });
      expect(res.statusCode).toBeLessThan(400);
      expectHardened(res.headers, 'docs');
      expect(String(res.headers['content-security-policy'])).toContain('img-src');
    });
  });
}
