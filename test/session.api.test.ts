import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { createUser, setDisabled } from '../src/services/trust/account.service.js';
import { makeOrganization, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

const PASSWORD = 'correct horse battery';

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`accounts and sessions on ${db.name}`, () => {
    const api = useApi(db);
    const newUser = async (role: 'staff' | 'partner' = 'staff') => {
      const username = uid('user');
      await createUser(contextFor(api.store, SYSTEM_ACTOR), {
        username,
        role,
        password: PASSWORD,
        ...(role === 'partner'
          ? { organization_id: (await makeOrganization(api, { kind: 'state' })).id }
          : {}),
      });
      return username;
    };

    it('lets the public read the registry but not change it', async () => {
      expect((await api.raw('GET', '/api/organizations')).status).toBe(200);
      const write = await api.raw('POST', '/api/sources', { title: 'anonymous' });
      expect(write.status).toBe(401);
      expect(write.json.code).toBe('auth.required');
    });

    it('signs in with an HttpOnly SameSite=Lax cookie, and signs out for good', async () => {
      const username = await newUser();
      const res = await api.raw('POST', '/api/session', { username, password: PASSWORD });
      expect(res.status).toBe(200);
      const setCookie = String(res.headers['set-cookie']);
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Lax/);
      const cookie = setCookie.split(';')[0] as string;
      const headers = { cookie, 'x-csrf-token': res.json.csrf_token };
      expect((await api.raw('GET', '/api/session', undefined, headers)).json.user.username).toBe(username);
      expect((await api.raw('POST', '/api/sources', { title: 'signed in' }, headers)).status).toBe(201);
      expect((await api.raw('DELETE', '/api/session', undefined, headers)).status).toBe(204);
      expect((await api.raw('GET', '/api/session', undefined, headers)).status).toBe(401);
      expect((await api.raw('POST', '/api/sources', { title: 'after sign-out' }, headers)).status).toBe(401);
    });

    it('refuses a state-changing request whose CSRF token is missing or wrong', async () => {
      const username = await newUser();
      const res = await api.raw('POST', '/api/session', { username, password: PASSWORD });
      const cookie = String(res.headers['set-cookie']).split(';')[0] as string;
      expect((await api.raw('POST', '/api/sources', { title: 'x' }, { cookie })).status).toBe(403);
      const wrong = await api.raw(
        'POST',
        '/api/sources',
        { title: 'x' },
        { cookie, 'x-csrf-token': 'forged' },
      );
      expect(wrong.json.code).toBe('csrf.invalid');
    });

    it('answers an unknown user and a wrong password alike', async () => {
      const username = await newUser();
      const wrong = await api.raw('POST', '/api/session', { username, password: 'not the password' });
      const unknown = await api.raw('POST', '/api/session', {
        username: uid('nobody'),
        password: 'not the password',
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.json).toEqual(unknown.json);
    });

    it('locks a name after five failures, with Retry-After, whether or not the user exists', async () => {
      for (const username of [await newUser(), uid('ghost')]) {
        for (let i = 0; i < 5; i++)
          await api.raw('POST', '/api/session', { username, password: 'wrong password!' });
        const locked = await api.raw('POST', '/api/session', { username, password: PASSWORD });
        expect(locked.status).toBe(429);
        expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
      }
    });

    it('ends the sessions of a disabled user and refuses their sign-in', async () => {
      const username = await newUser();
      const res = await api.raw('POST', '/api/session', { username, password: PASSWORD });
      const cookie = String(res.headers['set-cookie']).split(';')[0] as string;
      await setDisabled(contextFor(api.store, SYSTEM_ACTOR), username, true);
      expect((await api.raw('GET', '/api/session', undefined, { cookie })).status).toBe(401);
      expect((await api.raw('POST', '/api/session', { username, password: PASSWORD })).status).toBe(401);
    });

    it('forbids a partner official to change the registry, and hides the audit trail from them', async () => {
      const partner = await api.signIn('partner', (await makeOrganization(api, { kind: 'state' })).id);
      const write = await api.raw('POST', '/api/sources', { title: 'partner' }, partner);
      expect(write.status).toBe(403);
      expect((await api.raw('GET', '/api/audit', undefined, partner)).status).toBe(404);
      expect((await api.raw('GET', '/api/audit')).status).toBe(404);
      expect((await api.call('GET', '/api/audit')).status).toBe(200);
    });
  });
}
