import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/api/core/request-context.js';
import { type Role, SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { deliverOutbox } from '../src/services/core/mail.sender.js';
import { queueDueTomorrowReminders } from '../src/services/dialogue/follow-up-mail.service.js';
import { createUser } from '../src/services/trust/account.service.js';
import { mailAbout } from '../src/store/core/outbox.repo.js';
import { makeOrganization, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { useMailbox } from './support/smtp.js';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const FROM = 'Concord <concord@test.example>';

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`follow-ups as tasks, told by e-mail, on ${db.name}`, () => {
    const api = useApi(db);
    const mailbox = useMailbox();
    const send = () => deliverOutbox(api.store, { smtpUrl: mailbox.url, from: FROM }, quiet);

    /** An account with an address and a language, signed in: its id, address and request headers. */
    async function account(role: Role, locale: 'en' | 'fr' | 'ru', organizationId?: string) {
      const username = uid(role);
      const email = `${username}@test.example`;
      const { user } = await createUser(contextFor(api.store, SYSTEM_ACTOR), {
        username,
        display_name: `${role} ${username}`,
        role,
        password: 'a-long-test-password',
        email,
        locale,
        ...(organizationId ? { organization_id: organizationId } : {}),
      });
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username, password: 'a-long-test-password' },
      });
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
      if (!cookie) throw new Error(res.body);
      const headers = {
        cookie: `${SESSION_COOKIE}=${cookie.value}`,
        'x-csrf-token': JSON.parse(res.body).csrf_token as string,
      };
      return { id: user.id, email, headers, name: user.display_name };
    }

    /** Two partners, a meeting with the first released to it, and one account of each kind. */
    async function world() {
      const tj = await makeOrganization(api, {
        kind: 'state',
        names: [
          { name: `Tajikistan ${uid('x')}`, lang: 'en' },
          { name: `Tadjikistan ${uid('x')}`, lang: 'fr' },
        ],
      });
      const kz = await makeOrganization(api, { kind: 'state' });
      const meeting = await api.call('POST', '/api/meetings', {
        partner_id: tj.id,
        kind: 'visit',
        start_date: '2011-06-22',
        marking: 'partners',
        releasable_to: [tj.id],
      });
      expect(meeting.status).toBe(201);
      return {
        tj,
        kz,
        meeting: meeting.json,
        colleague: await account('staff', 'fr'),
        other: await account('staff', 'en'),
        tjOfficial: await account('partner', 'ru', tj.id),
        kzOfficial: await account('partner', 'en', kz.id),
        observer: await account('observer', 'en'),
        provider: await account('provider', 'en', (await makeOrganization(api)).id),
      };
    }

    it('assigns a follow-up to a colleague, who receives the e-mail in French with a link', async () => {
      const w = await world();
      const action = `Envoyer le projet d'accord ${uid('a')}`;
      const created = await api.call('POST', '/api/follow-ups', {
        meeting_id: w.meeting.id,
        action,
        due_date: '2031-03-04',
        assignee_id: w.colleague.id,
        note: 'Voir la version russe',
      });
      expect(created.status).toBe(201);
      expect(created.json.assignee).toEqual({ id: w.colleague.id, display_name: w.colleague.name });
      const queued = await mailAbout(api.store.db, created.json.id);
      expect(queued.map((m) => [m.kind, m.recipient_id, m.status])).toEqual([
        ['follow_up.assigned', w.colleague.id, 'pending'],
      ]);

      const report = await send();
      expect(report.sent).toBeGreaterThanOrEqual(1);
      const mail = await mailbox.waitFor(w.colleague.email, /Suivi qui vous est confié/);
      expect(mail.subject).toBe(`Suivi qui vous est confié : ${action}`);
      expect(mail.from?.value).toEqual([{ name: 'Concord', address: 'concord@test.example' }]);
      expect(mail.headers.get('content-language')).toBe('fr');
      expect(mail.text).toContain('vous a confié un suivi.');
      expect(mail.text).toContain('Échéance: 4 mars 2031');
      expect(mail.text).toContain(`Issu de la rencontre avec ${w.tj.names[1].name} du 22 juin 2011`);
      expect(mail.text).toContain('Remarque: Voir la version russe');
      const link = `http://localhost:4000/dialogue/meetings/${w.meeting.id}#follow-up-${created.json.id}`;
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`<a href="${link}">Ouvrir le suivi</a>`);
      expect(mail.html).toContain('<html lang="fr">');
      expect((await mailAbout(api.store.db, created.json.id))[0]?.status).toBe('sent');

      // Sent once: a second pass finds nothing to send for it.
      await send();
      expect(mailbox.to(w.colleague.email)).toHaveLength(1);
    });

    it("gives a task to the partner's own official only when released to the partner, in their language", async () => {
      const w = await world();
      const internal = await api.call('POST', '/api/follow-ups', {
        id: uid('fu'),
        meeting_id: w.meeting.id,
        action: 'Internal: check the minister’s health rumours',
        assignee_id: w.tjOfficial.id,
      });
      expect(internal.status).toBe(400);
      expect(internal.json.errors).toEqual([
        { field: 'assignee_id', reason: expect.stringContaining('may not read this follow-up') },
      ]);
      // Refused whole: no follow-up, no message.
      expect((await api.call('GET', `/api/follow-ups?meeting_id=${w.meeting.id}`)).json.total).toBe(0);

      const foreign = await api.call('POST', '/api/follow-ups', {
        meeting_id: w.meeting.id,
        action: 'Send the agenda',
        marking: 'partners',
        releasable_to: [w.tj.id, w.kz.id],
        assignee_id: w.kzOfficial.id,
      });
      expect(foreign.status).toBe(400);
      expect(foreign.json.errors[0]).toMatchObject({ field: 'assignee_id' });
      expect(foreign.json.errors[0].reason).toContain(`official of ${w.tj.id}`);

      const released = await api.call('POST', '/api/follow-ups', {
        meeting_id: w.meeting.id,
        action: 'Send the agenda of the next round',
        marking: 'partners',
        releasable_to: [w.tj.id],
        due_date: '2031-05-01',
        assignee_id: w.tjOfficial.id,
      });
      expect(released.status).toBe(201);
      await send();
      const mail = await mailbox.waitFor(w.tjOfficial.email, /Вам поручено/);
      expect(mail.subject).toBe('Вам поручено: Send the agenda of the next round');
      expect(mail.text).toContain('Срок: 1 мая 2031');

      // Narrowing the marking would take the task out of its assignee's sight: refused, nothing changes.
      const narrowed = await api.call('PATCH', `/api/follow-ups/${released.json.id}`, {
        marking: 'organization',
        version: released.json.version,
      });
      expect(narrowed.status).toBe(400);
      expect(narrowed.json.errors[0].field).toBe('assignee_id');
      expect((await api.call('GET', `/api/follow-ups/${released.json.id}`)).json.marking).toBe('partners');

      // Each reader: the assignee sees it as theirs; staff see who holds it; the other partner, the
      // observer, the provider and the public do not see it at all.
      const mine = await api.raw('GET', '/api/follow-ups?assignee_id=me', undefined, w.tjOfficial.headers);
      expect(mine.status).toBe(200);
      expect(
        mine.json.items.map((f: { id: string; assigned_to_me: boolean }) => [f.id, f.assigned_to_me]),
      ).toEqual([[released.json.id, true]]);
      const asStaff = await api.raw('GET', `/api/follow-ups/${released.json.id}`, undefined, w.other.headers);
      expect(asStaff.json.assignee).toEqual({ id: w.tjOfficial.id, display_name: w.tjOfficial.name });
      expect(asStaff.json.assigned_to_me).toBe(false);
      for (const reader of [w.kzOfficial.headers, w.observer.headers, w.provider.headers, {}]) {
        const res = await api.raw('GET', `/api/follow-ups/${released.json.id}`, undefined, reader);
        expect([403, 404]).toContain(res.status);
      }
      const kzMine = await api.raw('GET', '/api/follow-ups?assignee_id=me', undefined, w.kzOfficial.headers);
      expect(kzMine.json.items).toEqual([]);
    });

    it('hides who holds a task from readers who may not assign it', async () => {
      const w = await world();
      const f = await api.call('POST', '/api/follow-ups', {
        meeting_id: w.meeting.id,
        action: 'Prepare the visit programme',
        marking: 'partners',
        releasable_to: [w.tj.id],
        assignee_id: w.colleague.id,
      });
      expect(f.status).toBe(201);
      const asTj = await api.raw('GET', `/api/follow-ups/${f.json.id}`, undefined, w.tjOfficial.headers);
      expect(asTj.status).toBe(200);
      expect(asTj.json.assignee).toBeNull();
      expect(asTj.json.assigned_to_me).toBe(false);
    });

    it('tells the new assignee of a reassignment, and refuses an unknown account', async () => {
      const w = await world();
      const f = await api.call('POST', '/api/follow-ups', {
        meeting_id: w.meeting.id,
        action: `Draft the communiqué ${uid('c')}`,
        assignee_id: w.colleague.id,
      });
      const moved = await api.call('PATCH', `/api/follow-ups/${f.json.id}`, {
        assignee_id: w.other.id,
        version: f.json.version,
      });
      expect(moved.status).toBe(200);
      expect(moved.json.assignee.id).toBe(w.other.id);
      // Editing something else does not tell anyone again.
      const edited = await api.call('PATCH', `/api/follow-ups/${f.json.id}`, {
        due_date: '2031-01-02',
        version: moved.json.version,
      });
      expect(edited.status).toBe(200);
      expect((await mailAbout(api.store.db, f.json.id)).map((m) => [m.kind, m.recipient_id])).toEqual([
        ['follow_up.assigned', w.colleague.id],
        ['follow_up.reassigned', w.other.id],
      ]);
      await send();
      const mail = await mailbox.waitFor(w.other.email, /reassigned to you/);
      expect(mail.subject).toBe(`Follow-up reassigned to you: ${f.json.action}`);

      const unknown = await api.call('PATCH', `/api/follow-ups/${f.json.id}`, {
        assignee_id: 'nobody-here',
        version: edited.json.version,
      });
      expect(unknown.status).toBe(400);
      expect(unknown.json.errors).toEqual([
        { field: 'assignee_id', reason: 'no active account nobody-here' },
      ]);
      const bad = await api.call('PATCH', `/api/follow-ups/${f.json.id}`, {
        assignee_id: 'Not An Id',
        version: edited.json.version,
      });
      expect(bad.status).toBe(400);
      expect(bad.json.errors[0].field).toBe('assignee_id');
    });

    it('keeps the outbox without an SMTP server, and retries with backoff after a failure', async () => {
      const w = await world();
      const f = await api.call('POST', '/api/follow-ups', {
        meeting_id: w.meeting.id,
        action: `Call back the embassy ${uid('e')}`,
        assignee_id: w.other.id,
      });
      const warned: string[] = [];
      const none = await deliverOutbox(
        api.store,
        { from: FROM },
        { ...quiet, warn: (m: string) => warned.push(m) },
      );
      expect(none.kept).toBeGreaterThanOrEqual(1);
      expect(warned[0]).toMatch(/SMTP_URL is not set: \d+ notification\(s\) kept in the outbox/);
      expect((await mailAbout(api.store.db, f.json.id))[0]).toMatchObject({ status: 'pending', attempts: 0 });

      // Nothing listens on port 9 of the loopback interface: the attempt fails and is retried later.
      const refused = nodemailer.createTransport({ host: '127.0.0.1', port: 9, connectionTimeout: 2000 });
      const at = new Date();
      const failed = await deliverOutbox(api.store, { from: FROM }, quiet, refused, at);
      expect(failed.retried).toBeGreaterThanOrEqual(1);
      const [row] = await mailAbout(api.store.db, f.json.id);
      expect(row?.status).toBe('pending');
      expect(row?.attempts).toBe(1);
      expect(row?.last_error).toBeTruthy();
      const wait = Date.parse(row?.next_attempt_at ?? '') - at.getTime();
      expect(wait).toBeGreaterThanOrEqual(59_000);
      expect(wait).toBeLessThan(70_000);
      // Not due yet: a pass now sends nothing of it.
      await send();
      expect(mailbox.to(w.other.email).filter((m) => m.subject?.includes(f.json.action))).toHaveLength(0);
      // A pass after the backoff sends it.
      const later = new Date(Date.now() + 75_000);
      const transport = nodemailer.createTransport(mailbox.url);
      await deliverOutbox(api.store, { from: FROM }, quiet, transport, later);
      await mailbox.waitFor(w.other.email, new RegExp(f.json.action));
      expect((await mailAbout(api.store.db, f.json.id))[0]).toMatchObject({ status: 'sent', attempts: 2 });
    });

    it('writes the due-tomorrow reminder once, for open tasks only', async () => {
      const w = await world();
      const day = '2030-07-14';
      const due = await api.call('POST', '/api/follow-ups', {
        meeting_id: w.meeting.id,
        action: `Confirm the dates ${uid('d')}`,
        due_date: '2030-07-15',
        assignee_id: w.colleague.id,
      });
      const done = await api.call('POST', '/api/follow-ups', {
        meeting_id: w.meeting.id,
        action: 'Already done',
        due_date: '2030-07-15',
        status: 'done',
        assignee_id: w.colleague.id,
      });
      const ctx = contextFor(api.store, SYSTEM_ACTOR);
      expect(await queueDueTomorrowReminders(ctx, day)).toBe(1);
      expect(await queueDueTomorrowReminders(ctx, day)).toBe(0);
      expect((await mailAbout(api.store.db, due.json.id)).map((m) => m.kind)).toEqual([
        'follow_up.assigned',
        'follow_up.due_tomorrow',
      ]);
      expect((await mailAbout(api.store.db, done.json.id)).map((m) => m.kind)).toEqual([
        'follow_up.assigned',
      ]);
      await send();
      const mail = await mailbox.waitFor(w.colleague.email, /Suivi à échéance demain/);
      expect(mail.text).toContain('Échéance: 15 juillet 2030');
    });

    it('offers staff and the partner’s officials as assignees, to those who may assign', async () => {
      const w = await world();
      const res = await api.call('GET', `/api/follow-up-assignees?partner_id=${w.tj.id}`);
      expect(res.status).toBe(200);
      const ids = res.json.items.map((a: { id: string }) => a.id);
      expect(ids).toEqual(expect.arrayContaining([w.colleague.id, w.other.id, w.tjOfficial.id]));
      expect(ids).not.toContain(w.kzOfficial.id);
      expect(ids).not.toContain(w.observer.id);
      expect(ids).not.toContain(w.provider.id);
      expect(res.json.items.find((a: { id: string }) => a.id === w.tjOfficial.id).partner_id).toBe(w.tj.id);
      expect(
        (
          await api.raw(
            'GET',
            `/api/follow-up-assignees?partner_id=${w.tj.id}`,
            undefined,
            w.tjOfficial.headers,
          )
        ).status,
      ).toBe(403);
      expect((await api.raw('GET', `/api/follow-up-assignees?partner_id=${w.tj.id}`)).status).toBe(401);
      const missing = await api.call('GET', '/api/follow-up-assignees');
      expect(missing.status).toBe(400);
      expect(missing.json.errors[0].field).toBe('querystring.partner_id');
    });

    it('finds follow-ups in the one search, each only for readers it is released to', async () => {
      const w = await world();
      const word = `Quokka${uid('s').slice(2)}`;
      const released = await api.call('POST', '/api/follow-ups', {
        meeting_id: w.meeting.id,
        action: `Send the ${word} minutes`,
        marking: 'partners',
        releasable_to: [w.tj.id],
      });
      const internal = await api.call('POST', '/api/follow-ups', {
        meeting_id: w.meeting.id,
        action: `Assess the ${word} talks`,
      });
      const found = async (headers: Record<string, string> | null) => {
        const res = headers
          ? await api.raw('GET', `/api/search?q=${word}`, undefined, headers)
          : await api.call('GET', `/api/search?q=${word}`);
        expect(res.status).toBe(200);
        const group = res.json.groups.find((g: { kind: string }) => g.kind === 'follow_up');
        return (group?.hits ?? []).map((h: { id: string }) => h.id).sort();
      };
      expect(await found(null)).toEqual([released.json.id, internal.json.id].sort());
      expect(await found(w.tjOfficial.headers)).toEqual([released.json.id]);
      for (const reader of [w.kzOfficial.headers, w.observer.headers, w.provider.headers, {}])
        expect(await found(reader)).toEqual([]);
      const hit = (await api.call('GET', `/api/search?q=${word}`)).json.groups
        .find((g: { kind: string }) => g.kind === 'follow_up')
        .hits.find((h: { id: string }) => h.id === released.json.id);
      expect(hit.path).toBe(`/dialogue/meetings/${w.meeting.id}#follow-up-${released.json.id}`);
    });

    it('finds follow-ups by their text', async () => {
      const w = await world();
      const word = uid('Zebra');
      await api.call('POST', '/api/follow-ups', { meeting_id: w.meeting.id, action: `Feed the ${word}` });
      const found = await api.call('GET', `/api/follow-ups?q=${word.toUpperCase()}`);
      expect(found.json.items.map((f: { action: string }) => f.action)).toEqual([`Feed the ${word}`]);
    });
  });
}
