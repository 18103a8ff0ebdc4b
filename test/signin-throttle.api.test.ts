import { describe, expect, it } from 'vitest';
import { DEVICE_COOKIE } from '../src/api/routes/trust/session.routes.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { createUser } from '../src/services/trust/account.service.js';
import { uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

const PASSWORD = 'the owner knows this one';
const WRONG = 'a guess that is wrong';

/**
 * Issue 12, item 15: sign-in was locked per name only, so anyone could try about 55 passwords a
 * second across names (spraying) and lock any account out by typing wrong passwords for it. Now one
 * address gets a bounded number of attempts whatever the names, and a name's lock stops strangers
 * only: a browser that has signed in to the account before keeps its own count.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`sign-in throttling on ${db.name}`, () => {
    // eight attempts a minute per address: small enough to reach in a test
    const api = useApi(db, { signInRate: { max: 8, windowMs: 60_000 } });
    let address = 0;
    /** A new address for each test, so the per-address limit of one test does not meet another's. */
    const nextAddress = () => `198.51.100.${++address}`;

    async function attempt(username: string, password: string, ip: string, device?: string) {
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username, password },
        remoteAddress: ip,
        headers: device ? { cookie: `${DEVICE_COOKIE}=${device}` } : {},
      });
      return {
        status: res.statusCode,
        headers: res.headers,
        json: res.body ? JSON.parse(res.body) : null,
        device: res.cookies.find((c) => c.name === DEVICE_COOKIE),
      };
    }

    async function newUser() {
      const username = uid('owner');
      await createUser(contextFor(api.store, SYSTEM_ACTOR), { username, role: 'staff', password: PASSWORD });
      return username;
    }

    it('bounds the attempts of one address across names (spraying), as problem+json with Retry-After', async () => {
      const ip = nextAddress();
      const names = Array.from({ length: 8 }, () => uid('sprayed'));
      for (const name of names) expect((await attempt(name, WRONG, ip)).status).toBe(401);
      const ninth = await attempt(uid('sprayed'), WRONG, ip);
      expect(ninth.status).toBe(429);
      expect(ninth.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(ninth.json.code).toBe('rate.limited');
      const retry = Number(ninth.headers['retry-after']);
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(60);
      // even the right password waits: the address is limited, not the name
      const owner = await newUser();
      expect((await attempt(owner, PASSWORD, ip)).status).toBe(429);
      // another address is not affected
      expect((await attempt(owner, PASSWORD, nextAddress())).status).toBe(200);
    });

    it('locks a name against strangers only: the owner’s known browser still signs in', async () => {
      const owner = await newUser();
      const first = await attempt(owner, PASSWORD, nextAddress());
      expect(first.status).toBe(200);
      expect(first.device?.httpOnly).toBe(true);
      expect(first.device?.path).toBe('/api/session');
      const device = first.device?.value as string;
      expect(device).toMatch(/^[\w-]{40,}$/);

      // a stranger guesses from several addresses until the name is locked
      for (let i = 0; i < 5; i++) expect((await attempt(owner, WRONG, nextAddress())).status).toBe(401);
      const stranger = await attempt(owner, PASSWORD, nextAddress());
      expect(stranger.status).toBe(429);
      expect(stranger.json.code).toBe('auth.locked');
      expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(800);

      // the owner's browser is not locked out, from any address, and keeps its token
      const known = await attempt(owner, PASSWORD, nextAddress(), device);
      expect(known.status).toBe(200);
      expect(known.device?.value).toBe(device);

      // a token known for one account proves nothing for another
      const other = await newUser();
      for (let i = 0; i < 5; i++) await attempt(other, WRONG, nextAddress());
      expect((await attempt(other, PASSWORD, nextAddress(), device)).json.code).toBe('auth.locked');
      // nor does a made-up one
      expect((await attempt(owner, PASSWORD, nextAddress(), 'x'.repeat(43))).json.code).toBe('auth.locked');
    });

    it('counts the failures of a known browser apart, and locks only that browser', async () => {
      const owner = await newUser();
      const device = (await attempt(owner, PASSWORD, nextAddress())).device?.value as string;
      for (let i = 0; i < 5; i++)
        expect((await attempt(owner, WRONG, nextAddress(), device)).status).toBe(401);
      expect((await attempt(owner, PASSWORD, nextAddress(), device)).json.code).toBe('auth.locked');
      // a stranger's count is untouched by it: the name is not locked for a new browser
      expect((await attempt(owner, PASSWORD, nextAddress())).status).toBe(200);
    });

    it('writes two audit entries for a run of failures on a name, not one per attempt', async () => {
      const name = uid('guessed');
      for (let i = 0; i < 12; i++) await attempt(name, WRONG, nextAddress());
      const rows = await api.store.db
        .selectFrom('audit_log')
        .select(['after'])
        .where('action', '=', 'sign_in_failed')
        .where('entity_id', '=', name)
        .orderBy('id')
        .execute();
      expect(rows).toHaveLength(2);
      expect(JSON.parse(rows[1]?.after as string)).toMatchObject({ username: name, failures: 5 });
      expect(JSON.stringify(rows)).not.toContain(WRONG);
    });
  });
}
