import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operationIdOf } from '../src/api/core/openapi.js';

/** The committed document (test/generated.test.ts keeps it equal to the code's). */
const doc = JSON.parse(readFileSync(new URL('../docs/openapi.json', import.meta.url), 'utf8')) as {
  servers: { url: string }[];
  components: { securitySchemes: Record<string, { type: string; in: string; name: string }> };
  paths: Record<string, Record<string, { operationId?: string; security?: Record<string, string[]>[] }>>;
};
const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ path, method, op })),
);

describe('the OpenAPI document, for client generators', () => {
  it('names every operation once', () => {
    expect(operations.length).toBeGreaterThan(100);
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z]+[A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operationIdOf('GET', '/api/organizations/:id/memberships')).toBe(
      'getOrganizationsByIdMemberships',
    );
    expect(operationIdOf('PATCH', '/api/holdings/:id')).toBe('patchHoldingsById');
  });

  it('declares the session cookie and the CSRF header, required on every write but sign-in', () => {
    expect(doc.servers).toEqual([{ url: '/', description: 'this Concord server' }]);
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'concord_session',
    });
    expect(doc.components.securitySchemes.csrfToken).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'X-CSRF-Token',
    });
    for (const { path, method, op } of operations) {
      if (method === 'get') expect(op.security, path).toEqual([{}, { sessionCookie: [] }]);
      else if (path === '/api/session' && method === 'post') expect(op.security).toEqual([{}]);
      else expect(op.security, `${method} ${path}`).toEqual([{ sessionCookie: [], csrfToken: [] }]);
    }
  });
});
