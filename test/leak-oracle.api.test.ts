import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../src/domain/trust/actor.js';
import {
  allowedOn,
  MARKINGS,
  type Marking,
  RELEASABILITY,
  type RecordScope,
} from '../src/domain/trust/policy.js';
import { type Api, makeOrganization, makePerson, uniqueWord, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { ensureAreas, makeProgramme } from './support/programme-fixtures.js';
import { nominateByName, openIteration } from './support/trust-world.js';

/**
 * The leak oracle (issue 12). For every kind of record with a rule of its own, it creates one record
 * per marking and per owning partner, each carrying a unique word; then it reads every route that can
 * return that kind — detail, lists, counts, search, dashboards, "what needs me", exports, calendars,
 * the briefing pack — as every role and capacity, and fails when a body holds the word of a record the
 * policy table does not release to that reader. A kind with a rule but no generator here fails too.
 */

/** Kinds that have their own rule but no record here, each with the reason. */
const NOT_GENERATED: Record<string, string> = {
  area: 'public reference data',
  organization: 'public reference data',
  membership: 'public reference data',
  post: 'public reference data',
  post_holding: 'public reference data',
  source: 'public reference data',
  claim: 'public reference data',
  audit_log: 'staff only: every route is refused to anyone else (authorization matrix)',
  app_user: 'the administrator only (authorization matrix)',
  pending_action: 'the administrators only (authorization matrix)',
  meeting_attachment:
    'its own marking and its meeting’s: every reader is checked in attachments.api.test.ts (files, not lists)',
  feed: 'the organization only (dialogue write): refused to every other reader (feeds.api.test.ts)',
  press_draft: 'the organization only (dialogue write): refused to every other reader (feeds.api.test.ts)',
  nomination_tally: 'counts only, read through the dashboards below',
  iteration_tally: 'counts only, read through the dashboards below',
  meeting_tally: 'counts only, read through the dashboards below',
};

/** An id no record has, of the same shape as the planted ones. */
const ABSENT_ID = 'absent-record-0000';

interface Planted {
  kind: string;
  word: string;
  /** the detail route, when the kind has one */
  detail?: string;
  visibleTo(actor: Actor): boolean;
  /** who reads the detail route, when it differs (a nominee's person record: the person rule only) */
  detailVisibleTo?(actor: Actor): boolean;
}

const read = (resource: Parameters<typeof allowedOn>[2], scope: RecordScope) => (actor: Actor) =>
  allowedOn(actor, 'read', resource, scope);

async function plant(api: Api) {
  await ensureAreas(api);
  const tj = (await makeOrganization(api, { kind: 'state' })).id as string;
  const kz = (await makeOrganization(api, { kind: 'state' })).id as string;
  const school = (await makeOrganization(api, { kind: 'body' })).id as string;
  const other = { [tj]: kz, [kz]: tj };
  const planted: Planted[] = [];
  const word = () => uniqueWord('Leakmark');
  const releasedTo = (m: Marking, to: string) => (m === 'partners' ? [to] : []);

  for (const owner of [tj, kz]) {
    for (const marking of MARKINGS) {
      const topic = word();
      const meeting = await api.call('POST', '/api/meetings', {
        partner_id: owner,
        kind: 'visit',
        start_date: '2012-07-17',
        marking,
        releasable_to: releasedTo(marking, owner),
        topics: [topic],
      });
      expect(meeting.status, JSON.stringify(meeting.json)).toBe(201);
      const meetingScope = { partnerId: owner, marking, releasableTo: releasedTo(marking, owner) };
      planted.push({
        kind: 'meeting',
        word: topic,
        detail: `/api/meetings/${meeting.json.id}`,
        visibleTo: read('dialogue', meetingScope),
      });
      // A follow-up of every marking on every meeting: a reader needs both releases.
      for (const own of MARKINGS) {
        const action = word();
        const followUp = await api.call('POST', '/api/follow-ups', {
          meeting_id: meeting.json.id,
          action,
          due_date: '2000-01-01',
          marking: own,
          releasable_to: releasedTo(own, owner),
        });
        expect(followUp.status, JSON.stringify(followUp.json)).toBe(201);
        const ownScope = { partnerId: owner, marking: own, releasableTo: releasedTo(own, owner) };
        planted.push({
          kind: 'follow_up',
          word: action,
          detail: `/api/follow-ups/${followUp.json.id}`,
          visibleTo: (a) => read('dialogue', meetingScope)(a) && read('dialogue', ownScope)(a),
        });
      }
      const title = word();
      const programme = await makeProgramme(api, owner, {
        title,
        marking,
        releasable_to: releasedTo(marking, other[owner] as string),
        start_date:
          marking === 'public' ? '2011-01-01' : marking === 'partners' ? '2014-01-01' : '2017-01-01',
      });
      planted.push({
        kind: 'programme',
        word: title,
        detail: `/api/programmes/${programme.id}`,
        visibleTo: read('programme', {
          partnerId: owner,
          marking,
          releasableTo: releasedTo(marking, other[owner] as string),
        }),
      });
    }
  }
  // Menu records of each marking (a provider owns them), released to Kazakhstan when `partners`.
  const open = await openIteration(api, school, 'public');
  for (const marking of MARKINGS) {
    const title = word();
    const activity = await api.call('POST', '/api/activities', {
      key: `LK.${Math.floor(Math.random() * 1e8)}`,
      provider_id: school,
      title,
      event_type: 'course',
      marking,
      releasable_to: releasedTo(marking, kz),
    });
    expect(activity.status, JSON.stringify(activity.json)).toBe(201);
    const scope = { providerId: school, marking, releasableTo: releasedTo(marking, kz) };
    planted.push({
      kind: 'activity',
      word: title,
      detail: `/api/activities/${activity.json.id}`,
      visibleTo: read('menu', scope),
    });
    const venue = word();
    const iteration = await api.call('POST', '/api/iterations', {
      activity_id: activity.json.id,
      start_date: '2031-05-01',
      end_date: '2031-05-03',
      seats: 3,
      status: 'planned',
      venue,
    });
    expect(iteration.status, JSON.stringify(iteration.json)).toBe(201);
    planted.push({
      kind: 'iteration',
      word: venue,
      detail: `/api/iterations/${iteration.json.id}`,
      visibleTo: read('menu', scope),
    });
  }
  // Nominations of each partner to the provider's course; each nominee is a person the partner registered.
  for (const owner of [tj, kz]) {
    const headers = await api.signIn('partner', owner);
    const name = word();
    const nomination = await nominateByName(api, open.iteration.id, owner, headers, `Rustam ${name}`);
    const nominationScope = { partnerId: owner, providerId: school };
    planted.push({
      kind: 'nomination',
      word: `Rustam ${name}`,
      detail: `/api/nominations/${nomination.id}`,
      visibleTo: read('nomination', nominationScope),
    });
    planted.push({
      kind: 'person',
      word: name,
      detail: `/api/people/${nomination.person_id}`,
      // The registering partner and the organization read the person; the provider reads the name on
      // the nomination it decides (policy.ts, person).
      visibleTo: (a) =>
        read('person', { partnerId: owner, marking: 'organization' })(a) ||
        read('nomination', nominationScope)(a),
      detailVisibleTo: read('person', { partnerId: owner, marking: 'organization' }),
    });
  }
  // Allocation rounds and their explanations, one per owning provider (a school, and Kazakhstan as a
  // provider): one seat and a nominee of each partner, so that the wait-listed nomination's reason
  // speaks of the accepted one. The round is proposed and applied by the provider's own account.
  for (const provider of [school, kz]) {
    const scarce = await openIteration(api, provider, 'public', 1);
    const scope: Record<string, { partnerId: string; providerId: string }> = {};
    for (const partner of [tj, kz]) {
      const name = `Timur ${word()}`;
      const headers = await api.signIn('partner', partner);
      const nomination = await nominateByName(api, scarce.iteration.id, partner, headers, name);
      scope[partner] = { partnerId: partner, providerId: provider };
      planted.push({
        kind: 'nomination',
        word: name,
        detail: `/api/nominations/${nomination.id}`,
        visibleTo: read('nomination', { partnerId: partner, providerId: provider }),
      });
    }
    const headers = await api.signIn('provider', provider);
    const round = await api.call('POST', '/api/rounds', { iteration_ids: [scarce.iteration.id] }, headers);
    expect(round.status, JSON.stringify(round.json)).toBe(201);
    expect(round.json.accepted).toBe(1);
    expect(round.json.waitlisted).toBe(1);
    const applied = await api.call('POST', `/api/rounds/${round.json.id}/apply`, { version: 1 }, headers);
    expect(applied.status, JSON.stringify(applied.json)).toBe(200);
    // The provider's explanation names the accepted nominee; the wait-listed nomination's own reason,
    // which its partner reads, says only that another partner's nomination was preferred.
    const waitlisted = applied.json.decisions.find((d: { outcome: string }) => d.outcome === 'waitlisted');
    const accepted = applied.json.decisions.find((d: { outcome: string }) => d.outcome === 'accepted');
    expect(waitlisted.reason).toContain(accepted.person_name);
    const own = await api.call(
      'GET',
      `/api/nominations/${waitlisted.nomination_id}`,
      undefined,
      await api.signIn('partner', waitlisted.partner_id),
    );
    expect(own.json.status).toBe('WAITLISTED');
    expect(own.json.reason).toContain('a nomination of another partner');
    expect(own.json.reason).not.toContain(accepted.person_name);
    expect(own.json.round_id).toBeNull();
    planted.push({
      kind: 'allocation_round',
      word: round.json.id,
      detail: `/api/rounds/${round.json.id}`,
      visibleTo: read('nomination', { providerId: provider }),
    });
  }
  // A draft person (person_candidate) drawn from a participant of a meeting marked for the
  // organization: only the organization reads drafts, whoever may read public meetings.
  const draftName = word();
  const drafted = await api.call('POST', '/api/meetings', {
    partner_id: tj,
    kind: 'meeting',
    start_date: '2012-07-18',
    marking: 'organization',
    participants: [{ name: `Khamid ${draftName}`, side: 'host' }],
  });
  expect(drafted.status, JSON.stringify(drafted.json)).toBe(201);
  expect(drafted.json.participants[0].candidate_id).toBeTruthy();
  planted.push({
    kind: 'person_candidate',
    word: draftName,
    visibleTo: (a) => a.role === 'staff' || a.role === 'admin',
  });
  const registryName = word();
  const registryPerson = await makePerson(api, `Hamid ${registryName}`);
  planted.push({
    kind: 'person',
    word: registryName,
    detail: `/api/people/${registryPerson.id}`,
    visibleTo: () => true,
  });
  return { tj, kz, school, planted };
}

const READERS: { role: Role; org?: 'tj' | 'kz' | 'school' }[] = [
  { role: 'public' },
  { role: 'staff' },
  { role: 'observer', org: 'kz' },
  { role: 'partner', org: 'tj' },
  { role: 'partner', org: 'kz' },
  { role: 'provider', org: 'school' },
  // A country that provides courses has two capacities, each its own account (issue 12, item 1).
  { role: 'provider', org: 'kz' },
];

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`the leak oracle on ${db.name}`, { timeout: 300_000 }, () => {
    const api = useApi(db);

    it('every route shows each reader only the records the policy releases to it', async () => {
      const world = await plant(api);
      const { planted } = world;
      // Every kind with a rule of its own is generated, or says why not.
      const generated = new Set(planted.map((p) => p.kind));
      for (const [kind, rule] of Object.entries(RELEASABILITY)) {
        if (!('rule' in rule)) continue;
        expect(generated.has(kind) || kind in NOT_GENERATED, `the oracle generates no ${kind}`).toBe(true);
      }
      const ids = { tj: world.tj, kz: world.kz, school: world.school };
      const routes = [
        '/api/meetings?limit=500',
        '/api/meetings?limit=500&q=Leakmark',
        '/api/follow-ups?limit=500',
        '/api/follow-ups?limit=500&due=overdue',
        `/api/follow-ups?limit=500&partner_id=${ids.tj}`,
        '/api/programmes?limit=500',
        '/api/programmes?limit=500&q=Leakmark',
        '/api/activities?limit=500',
        '/api/activities?limit=500&q=Leakmark',
        '/api/iterations?limit=500',
        '/api/nominations?limit=500',
        '/api/nominations?limit=500&status=WAITLISTED',
        '/api/rounds?limit=500',
        `/api/rounds?limit=500&provider_id=${ids.school}`,
        `/api/rounds?limit=500&provider_id=${ids.kz}`,
        '/api/people?limit=500',
        '/api/people?limit=500&q=Leakmark',
        '/api/person-candidates?limit=500',
        '/api/person-candidates?status=draft&limit=500',
        '/api/calendar/subscriptions',
        '/api/exports/nominations',
        '/api/exports/meetings?format=csv',
        '/api/exports/meetings?format=csv&q=Leakmark',
        '/api/exports/menu',
        '/api/calendar/menu',
        `/api/calendar/partners/${ids.tj}`,
        `/api/calendar/partners/${ids.kz}`,
        `/api/calendar/providers/${ids.school}`,
        `/api/partners/${ids.tj}/dossier?on=2012-08-01`,
        `/api/partners/${ids.kz}/dossier?on=2012-08-01`,
        `/api/partners/${ids.tj}/dossier?on=2012-08-01&format=html`,
        '/api/dashboard/programmes',
        '/api/dashboard/dialogue',
        '/api/dashboard/participation',
        `/api/cadence?partner_id=${ids.tj}`,
      ];
      // Every GET route under a planted record's address (its versions, files, calendar…), from the
      // OpenAPI document, so that a new sub-route is probed without being listed here.
      const spec = (await api.raw('GET', '/api/openapi.json')).json as {
        paths: Record<string, Record<string, unknown>>;
      };
      const getPaths = Object.keys(spec.paths).filter((path) => spec.paths[path]?.get);
      const underDetail = (detail: string) => {
        const template = detail.replace(/[^/]+$/, '{id}');
        expect(getPaths, `no GET route ${template}`).toContain(template);
        return getPaths.filter((path) => path === template || path.startsWith(`${template}/`));
      };
      let checked = 0;
      let compared = 0;
      for (const reader of READERS) {
        const org = reader.org ? ids[reader.org] : undefined;
        const actor: Actor = { id: 'reader', role: reader.role, ...(org ? { organizationId: org } : {}) };
        const headers = reader.role === 'public' ? {} : await api.signIn(reader.role, org);
        const who = `${reader.role}${reader.org ? ` of ${reader.org}` : ''}`;
        const hidden = planted.filter((p) => !p.visibleTo(actor));
        for (const route of routes) {
          const res = await api.raw('GET', route, undefined, headers);
          expect(res.status, `${who} GET ${route}`).toBeLessThan(500);
          for (const p of hidden)
            expect(res.body, `${who} GET ${route} shows a hidden ${p.kind}`).not.toContain(p.word);
          checked++;
        }
        for (const p of planted) {
          if (!p.detail) continue;
          const res = await api.raw('GET', p.detail, undefined, headers);
          const may = (p.detailVisibleTo ?? p.visibleTo)(actor);
          if (may) {
            expect(res.status, `${who} reads ${p.detail}`).toBe(200);
            expect(res.body).toContain(p.word);
          } else {
            expect(res.status, `${who} must not read ${p.detail}`).toBe(404);
            for (const q of hidden) expect(res.body).not.toContain(q.word);
            // Refusals reveal nothing: on the detail route and every route under it, the hidden
            // record and an absent one answer alike, byte for byte apart from the id the caller sent.
            const id = p.detail.split('/').pop() as string;
            for (const template of underDetail(p.detail)) {
              const hiddenAnswer = await api.raw('GET', template.replace('{id}', id), undefined, headers);
              const absentAnswer = await api.raw(
                'GET',
                template.replace('{id}', ABSENT_ID),
                undefined,
                headers,
              );
              expect(hiddenAnswer.status, `${who} GET ${template} (hidden ${p.kind})`).toBe(
                absentAnswer.status,
              );
              expect(hiddenAnswer.body.replaceAll(id, ABSENT_ID), `${who} GET ${template}`).toBe(
                absentAnswer.body,
              );
              compared++;
            }
          }
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(300);
      expect(compared).toBeGreaterThan(100);
    });
  });
}
