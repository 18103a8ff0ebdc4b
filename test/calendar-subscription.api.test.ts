import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { setDisabled } from '../src/services/trust/account.service.js';
import { makeOrganization, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { ensureAreas, makeActivity, makeIteration, makeNomination } from './support/programme-fixtures.js';

/**
 * Issue 17: the partner and provider feeds needed a session cookie, so no calendar application could
 * subscribe; and ATTENDEEs came without an ORGANIZER. Now an account creates private addresses that
 * answer what that account may see, revocable, and each event names its provider as ORGANIZER.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`private calendar subscriptions on ${db.name}`, () => {
    const api = useApi(db);
    let own: { id: string };
    let other: { id: string };
    let provider: { id: string };
    let ownNominee: string;
    let otherNominee: string;

    beforeAll(async () => {
      await ensureAreas(api);
      own = await makeOrganization(api, { kind: 'state' });
      other = await makeOrganization(api, { kind: 'state' });
      provider = await makeOrganization(api, {
        kind: 'body',
        names: [{ name: 'Defence College', lang: 'en' }],
      });
      const activity = await makeActivity(api, { provider_id: provider.id });
      const iteration = await makeIteration(api, activity.id, '2031-03-02', 'open');
      ownNominee = (await makeNomination(api, iteration.id, own.id, 'ACCEPTED')).person_id;
      otherNominee = (await makeNomination(api, iteration.id, other.id, 'ACCEPTED')).person_id;
    });

    async function subscribe(headers: Record<string, string>, label = 'phone') {
      const res = await api.raw('POST', '/api/calendar/subscriptions', { label }, headers);
      expect(res.status, res.body).toBe(201);
      return res.json as { id: string; url: string };
    }

    it('answers, without a session, the partner calendar its account may read, with ORGANIZER and CN', async () => {
      const partner = await api.signIn('partner', own.id);
      const sub = await subscribe(partner);
      expect(sub.url).toMatch(/^\/api\/calendar\/feeds\/[\w-]{43}\.ics$/);
      const feed = await api.raw('GET', sub.url);
      expect(feed.status).toBe(200);
      expect(feed.headers['content-type']).toMatch(/text\/calendar/);
      // never kept by a shared cache: the address is a credential
      expect(feed.headers['cache-control']).toMatch(/^private/);
      // parsed by ical.js (the generator is ical-generator): an independent reader
      const vevents = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent');
      expect(vevents).toHaveLength(1);
      const event = vevents[0] as ICAL.Component;
      const organizer = event.getFirstProperty('organizer');
      expect(organizer?.getParameter('cn')).toBe('Defence College');
      expect(String(organizer?.getFirstValue()).toLowerCase()).toBe(
        `mailto:${provider.id}@providers.concord.invalid`,
      );
      const attendees = event
        .getAllProperties('attendee')
        .map((a) => String(a.getFirstValue()).toLowerCase());
      expect(attendees).toEqual([`mailto:${ownNominee}@nominees.concord.invalid`]);
      expect(feed.body).not.toContain(otherNominee);
      for (const a of event.getAllProperties('attendee')) expect(a.getParameter('cn')).toBeTruthy();
    });

    it('lists an account’s own addresses without their secrets, and revokes them', async () => {
      const partner = await api.signIn('partner', own.id);
      const sub = await subscribe(partner, 'laptop');
      const listed = await api.raw('GET', '/api/calendar/subscriptions', undefined, partner);
      expect(listed.json.items).toEqual([
        expect.objectContaining({ id: sub.id, label: 'laptop', revoked_at: null }),
      ]);
      expect(listed.body).not.toContain(sub.url.split('/').pop()?.replace('.ics', ''));
      // another account can neither see nor revoke it
      const stranger = await api.signIn('partner', other.id);
      expect((await api.raw('GET', '/api/calendar/subscriptions', undefined, stranger)).json.items).toEqual(
        [],
      );
      expect(
        (await api.raw('DELETE', `/api/calendar/subscriptions/${sub.id}`, undefined, stranger)).status,
      ).toBe(404);
      expect((await api.raw('GET', sub.url)).status).toBe(200);
      const revoked = await api.raw('DELETE', `/api/calendar/subscriptions/${sub.id}`, undefined, partner);
      expect(revoked.status).toBe(204);
      const gone = await api.raw('GET', sub.url);
      expect(gone.status).toBe(404);
      expect(gone.headers['content-type']).toMatch(/problem\+json/);
      const audited = await api.store.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity', '=', 'calendar_token')
        .where('entity_id', '=', sub.id)
        .orderBy('id')
        .execute();
      expect(audited.map((a) => a.action)).toEqual(['create', 'update']);
    });

    it('stops answering for a disabled account, and answers a made-up or public attempt with 404', async () => {
      const username = uid('provider');
      const headers = await api.signIn('provider', provider.id);
      const sub = await subscribe(headers);
      const feed = await api.raw('GET', sub.url);
      expect(feed.status).toBe(200);
      expect(feed.body).toContain('Defence College');
      const session = await api.raw('GET', '/api/session', undefined, headers);
      await setDisabled(contextFor(api.store, SYSTEM_ACTOR), session.json.user.username, true);
      expect((await api.raw('GET', sub.url)).status).toBe(404);
      expect((await api.raw('GET', `/api/calendar/feeds/${'A'.repeat(43)}.ics`)).status).toBe(404);
      expect((await api.raw('POST', '/api/calendar/subscriptions', { label: username })).status).toBe(401);
    });
  });
}
