import { describe, expect, it } from 'vitest';
import { makeOrganization, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/** The audit trail keeps more than changes: failed sign-ins, refused requests and exports. */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`audited events on ${db.name}`, () => {
    const api = useApi(db);
    const trail = async (action: string) =>
      (await api.call('GET', '/api/audit?limit=500')).json.items.filter(
        (e: { action: string }) => e.action === action,
      );

    it('records a failed sign-in, a refused request and an export, and the chain stays whole', async () => {
      const failed = await api.raw('POST', '/api/session', {
        username: 'nobody-here',
        password: 'wrong-password-x',
      });
      expect(failed.status).toBe(401);
      const [signIn] = await trail('sign_in_failed');
      expect(signIn).toMatchObject({ entity: 'session', entity_id: 'nobody-here', actor_id: 'public' });
      expect(JSON.stringify(signIn.after)).not.toContain('wrong-password-x');
      // Issue 12 item 15: failures are aggregated, one entry to open a series and one at the lock.
      for (let i = 0; i < 6; i++)
        await api.raw('POST', '/api/session', { username: 'sprayed-name', password: `guess-number-${i}` });
      const sprayed = (await trail('sign_in_failed')).filter(
        (e: { entity_id: string }) => e.entity_id === 'sprayed-name',
      );
      expect(sprayed).toHaveLength(2);
      expect(sprayed[0].after).toMatchObject({ username: 'sprayed-name', failures: 5 });

      const country = await makeOrganization(api, { kind: 'state' });
      const partner = await api.signIn('partner', country.id);
      const refused = await api.raw('POST', '/api/organizations', { id: 'x' }, partner);
      expect(refused.status).toBe(403);
      const [refusal] = await trail('refuse');
      expect(refusal).toMatchObject({ entity: 'request', entity_id: 'POST /api/organizations' });
      expect(refusal.actor_id).not.toBe('public');

      const exported = await api.call('GET', '/api/exports/menu?format=csv');
      expect(exported.status).toBe(200);
      const [exportEntry] = await trail('export');
      expect(exportEntry.entity_id).toBe('GET /api/exports/menu');

      const verify = await api.call('GET', '/api/audit?limit=1');
      expect(verify.status).toBe(200);
      // The trail is never edited, by anyone: each entry says so.
      expect(verify.json.items[0].can).toEqual({ update: false, delete: false });
    });
  });
}
