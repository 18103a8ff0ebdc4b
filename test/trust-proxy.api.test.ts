import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/api/core/request-context.js';
import { trustProxy } from '../src/config.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { createUser } from '../src/services/trust/account.service.js';
import { type Api, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/** Issue 12 item 13: behind a TLS proxy the session cookie is Secure and HSTS is sent. */
async function signInCookie(api: Api, headers: Record<string, string>) {
  const username = `proxy-${Math.random().toString(36).slice(2, 10)}`;
  await createUser(contextFor(api.store, SYSTEM_ACTOR), {
    username,
    role: 'staff',
    password: 'a-long-proxy-password',
  });
  const res = await api.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username, password: 'a-long-proxy-password' },
    headers,
  });
  expect(res.statusCode).toBe(200);
  const setCookie = [res.headers['set-cookie']]
    .flat()
    .find((c) => String(c).startsWith(`${SESSION_COOKIE}=`));
  return { setCookie: String(setCookie), hsts: res.headers['strict-transport-security'] };
}

describe('TRUST_PROXY', () => {
  it('reads hops, true and address lists', () => {
    expect(trustProxy.parse('1')).toBe(1);
    expect(trustProxy.parse('true')).toBe(true);
    expect(trustProxy.parse('10.0.0.1, 192.168.0.0/16')).toEqual(['10.0.0.1', '192.168.0.0/16']);
    expect(trustProxy.parse(undefined)).toBeUndefined();
  });
});

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`behind a TLS proxy on ${db.name}`, () => {
    // inject() comes from 127.0.0.1: the proxy's address here.
    const trusted = useApi(db, { trustProxy: ['127.0.0.1'] });
    const untrusted = useApi(db);

    it('sets Secure cookies and HSTS when the trusted proxy says https', async () => {
      const { setCookie, hsts } = await signInCookie(trusted, { 'x-forwarded-proto': 'https' });
      expect(setCookie).toMatch(/;\s*Secure/i);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(hsts).toBe('max-age=31536000; includeSubDomains');
      const ping = await trusted.raw('GET', '/api/ping', undefined, { 'x-forwarded-proto': 'https' });
      expect(ping.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    });

    it('does not believe the header over plain http from the proxy or from an untrusted client', async () => {
      const plain = await signInCookie(trusted, { 'x-forwarded-proto': 'http' });
      expect(plain.setCookie).not.toMatch(/Secure/i);
      expect(plain.hsts).toBeUndefined();
      const spoofed = await signInCookie(untrusted, { 'x-forwarded-proto': 'https' });
      expect(spoofed.setCookie).not.toMatch(/Secure/i);
      expect(spoofed.hsts).toBeUndefined();
    });
  });
}
