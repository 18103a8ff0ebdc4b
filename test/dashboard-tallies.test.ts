import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../src/demo/generate/index.js';
import { DIALOGUE_KINDS } from '../src/domain/dialogue/event-codes.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { backup, restore } from '../src/services/exchange/backup.service.js';
import type { DB } from '../src/store/core/schema.js';
import type { TallyTables } from '../src/store/insight/dashboard.repo.js';
import { type Api, makeOrganization, makePerson, uid, useApi } from './support/api.js';
import { oracleParticipation } from './support/dashboard-oracle.js';
import { testDatabases } from './support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-tally-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
type Row = Record<string, unknown>;

/** Rows as comparable text, in key order; tally rows that fell back to zero are left out. */
async function rows(db: Kysely<DB>, text: string) {
  const out = (await sql.raw<Row>(text).execute(db)).rows.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])),
  );
  return out.map((r) => JSON.stringify(r)).sort();
}

const RECOUNTS = {
  nomination: [
    `select year, area_code, provider_id, partner_id, nominations, accepted, attended from nomination_tally
     where nominations <> 0 or accepted <> 0 or attended <> 0`,
    `select substr(i.start_date, 1, 4) as year, coalesce(a.area_code, '') as area_code, a.provider_id, n.partner_id,
       count(*) as nominations,
       sum(case when n.status in ('ACCEPTED', 'ATTENDED') then 1 else 0 end) as accepted,
       sum(case when n.status = 'ATTENDED' then 1 else 0 end) as attended
     from nomination n join iteration i on i.id = n.iteration_id join activity a on a.id = i.activity_id
     group by substr(i.start_date, 1, 4), coalesce(a.area_code, ''), a.provider_id, n.partner_id`,
  ],
  iteration: [
    `select year, area_code, provider_id, activity_id, iterations, held from iteration_tally
     where iterations <> 0 or held <> 0`,
    `select substr(i.start_date, 1, 4) as year, coalesce(a.area_code, '') as area_code, a.provider_id,
       a.id as activity_id, count(*) as iterations, sum(case when i.status = 'held' then 1 else 0 end) as held
     from iteration i join activity a on a.id = i.activity_id
     group by substr(i.start_date, 1, 4), coalesce(a.area_code, ''), a.provider_id, a.id`,
  ],
  meeting: [
    'select year, partner_id, kind, status, meetings from meeting_tally where meetings <> 0',
    `select substr(start_date, 1, 4) as year, partner_id, kind, status, count(*) as meetings from meeting
     group by substr(start_date, 1, 4), partner_id, kind, status`,
  ],
} as const;

async function expectTalliesExact(db: Kysely<DB>, step: string) {
  for (const [name, [tally, recount]] of Object.entries(RECOUNTS)) {
    expect(await rows(db, tally), `${name} tally after ${step}`).toEqual(await rows(db, recount));
  }
}

interface World {
  provider: string;
  otherProvider: string;
  partners: string[];
}

/** The tallies equal a recount, and every dashboard answers what the old queries answered. */
async function expectExact(api: Api, w: World, step: string) {
  await expectTalliesExact(api.store.db, step);
  const [a, b] = w.partners as [string, string];
  const queries = [
    {},
    { from: 2000, to: 2100 },
    { from: Number(future(0).slice(0, 4)) + 1 },
    { to: Number(future(0).slice(0, 4)) },
    { partner: a },
    { partner: b, provider: w.provider },
    { provider: w.otherProvider },
  ];
  for (const q of queries) {
    const search = new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();
    const got = await api.call('GET', `/api/dashboard/participation?${search}`);
    expect(got.status).toBe(200);
    expect(got.json, `participation ${search} after ${step}`).toEqual(
      await oracleParticipation(api.store.db, q),
    );
  }
}

/** A line of the dialogue dashboard: the counts given, every other kind 0. */
function line(total: number, held: number, kinds: Record<string, number>) {
  return { total, held, by_kind: { ...Object.fromEntries(DIALOGUE_KINDS.map((k) => [k, 0])), ...kinds } };
}

/**
 * The dialogue dashboard of one partner (and year window), stated by hand: the partners are new,
 * so their meetings are exactly the ones the test created.
 */
async function expectDialogue(
  api: Api,
  step: string,
  query: { partner: string; from?: number; to?: number },
  years: Record<number, ReturnType<typeof line>>,
) {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const got = await api.call('GET', `/api/dashboard/dialogue?${search}`);
  expect(got.status).toBe(200);
  const byYear = Object.entries(years).map(([year, l]) => ({ year: Number(year), ...l }));
  const total = byYear.reduce((sum, y) => sum + y.total, 0);
  const held = byYear.reduce((sum, y) => sum + y.held, 0);
  const kinds: Record<string, number> = {};
  for (const y of byYear)
    for (const [k, n] of Object.entries(y.by_kind)) if (n) kinds[k] = (kinds[k] ?? 0) + n;
  expect(got.json, `dialogue ${search} after ${step}`).toEqual({
    from: query.from ?? null,
    to: query.to ?? null,
    kinds: [...DIALOGUE_KINDS],
    by_year: byYear,
    by_partner: byYear.length ? [{ partner_id: query.partner, ...line(total, held, kinds) }] : [],
  });
}

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`dashboard tallies on ${db.name}`, () => {
    const api = useApi(db);

    it('stay equal to a recount after every kind of write, and the dashboards keep their answers', async () => {
      const call = async (method: string, url: string, body?: unknown, headers?: Record<string, string>) => {
        const res = await api.call(method, url, body, headers);
        expect(res.status, `${method} ${url}: ${JSON.stringify(res.json)}`).toBeLessThan(300);
        return res.json;
      };
      const versionOf = async (url: string) => (await call('GET', url)).version as number;
      const ifMatch = async (url: string) => ({ 'if-match': `"${await versionOf(url)}"` });

      const provider = (await makeOrganization(api, { kind: 'body' })).id;
      const otherProvider = (await makeOrganization(api, { kind: 'body' })).id;
      const partners = [
        (await makeOrganization(api, { kind: 'state' })).id,
        (await makeOrganization(api, { kind: 'state' })).id,
      ];
      const w: World = { provider, otherProvider, partners };
      const [a, b] = partners as [string, string];
      const code = () =>
        `T${randomUUID()
          .slice(0, 5)
          .toUpperCase()
          .replace(/[^A-Z0-9]/g, 'X')}`;
      const areas = [code(), code()];
      for (const area of areas) await call('POST', '/api/areas', { code: area, names: { en: area } });
      const activity = async (providerId: string, area: string | null) =>
        (
          await call('POST', '/api/activities', {
            key: `${code()}.${Math.floor(Math.random() * 1e6)}`,
            provider_id: providerId,
            title: 'Course',
            event_type: 'course',
            ...(area ? { area_code: area } : {}),
          })
        ).id as string;
      const acts = [
        await activity(provider, areas[0] as string),
        await activity(provider, null),
        await activity(otherProvider, areas[1] as string),
      ];
      const iteration = async (activityId: string, days: number, seats = 2) =>
        (
          await call('POST', '/api/iterations', {
            activity_id: activityId,
            start_date: future(days),
            end_date: future(days + 4),
            deadline: future(days - 30),
            seats,
            status: 'open',
          })
        ).id as string;
      const its = [
        await iteration(acts[0] as string, 60),
        await iteration(acts[0] as string, 420),
        await iteration(acts[1] as string, 90, 1),
        await iteration(acts[2] as string, 120),
      ];
      await expectExact(api, w, 'creating activities and iterations');

      const people = await Promise.all([1, 2, 3, 4, 5, 6].map(() => makePerson(api)));
      const nominate = async (it: string, partner: string, k: number) =>
        (
          await call('POST', '/api/nominations', {
            iteration_id: it,
            partner_id: partner,
            person_id: (people[k] as { id: string }).id,
            priority: 1 + (k % 3),
          })
        ).id as string;
      const noms = [
        await nominate(its[0] as string, a, 0),
        await nominate(its[0] as string, b, 1),
        await nominate(its[0] as string, a, 2),
        await nominate(its[1] as string, a, 3),
        await nominate(its[2] as string, b, 4),
        await nominate(its[2] as string, a, 5),
        await nominate(its[3] as string, b, 0),
      ];
      // A person of the registry created with the nomination.
      await call('POST', '/api/nominations', {
        iteration_id: its[3],
        partner_id: a,
        person_name: 'New Person',
      });
      await expectExact(api, w, 'nominating');

      const decide = async (id: string, status: string) =>
        call('POST', `/api/nominations/${id}/decision`, {
          status,
          version: await versionOf(`/api/nominations/${id}`),
        });
      await decide(noms[0] as string, 'ACCEPTED');
      await decide(noms[1] as string, 'WAITLISTED');
      await decide(noms[4] as string, 'ACCEPTED');
      await decide(noms[5] as string, 'WAITLISTED');
      await expectExact(api, w, 'accepting and wait-listing');
      await decide(noms[0] as string, 'ATTENDED');
      // Declining the accepted one moves the wait-listed one up.
      await decide(noms[4] as string, 'DECLINED');
      await expectExact(api, w, 'attending, declining and promoting');

      const bulk = [noms[2], noms[3]] as string[];
      await call('POST', '/api/nomination-decisions', {
        decisions: await Promise.all(
          bulk.map(async (id, k) => ({
            id,
            status: k === 0 ? 'ACCEPTED' : 'TENTATIVE',
            version: await versionOf(`/api/nominations/${id}`),
          })),
        ),
      });
      await expectExact(api, w, 'a bulk decision');

      const round = await call('POST', '/api/rounds', { iteration_ids: [its[1], its[3]] });
      await call('POST', `/api/rounds/${round.id}/apply`, { version: round.version });
      await expectExact(api, w, 'applying an allocation round');

      const doomed = await nominate(its[0] as string, b, 4);
      await expectExact(api, w, 'nominating once more');
      await call(
        'DELETE',
        `/api/nominations/${doomed}`,
        undefined,
        await ifMatch(`/api/nominations/${doomed}`),
      );
      await expectExact(api, w, 'deleting a nomination');

      // The iteration moves to another year and is held; the activity changes area, then loses it.
      const it0 = `/api/iterations/${its[0]}`;
      await call('PATCH', it0, { start_date: future(800), end_date: future(804) }, await ifMatch(it0));
      await call('PATCH', it0, { status: 'held' }, await ifMatch(it0));
      await expectExact(api, w, 'moving and holding an iteration');
      const act0 = `/api/activities/${acts[0]}`;
      await call('PATCH', act0, { area_code: areas[1] }, await ifMatch(act0));
      await expectExact(api, w, 'changing the area of an activity');
      await call('PATCH', act0, { area_code: null }, await ifMatch(act0));
      await expectExact(api, w, 'removing the area of an activity');
      const empty = await iteration(acts[1] as string, 30);
      await call('DELETE', `/api/iterations/${empty}`, undefined, await ifMatch(`/api/iterations/${empty}`));
      await expectExact(api, w, 'deleting an iteration');

      // What the API does not offer but bulk tools and SQL may do: move nominations, iterations,
      // activities between partners, activities and providers.
      const raw = api.store.db;
      await raw
        .updateTable('nomination')
        .set({ partner_id: b, iteration_id: its[2] as string })
        .where('id', '=', noms[6] as string)
        .execute();
      await raw
        .updateTable('iteration')
        .set({ activity_id: acts[2] as string })
        .where('id', '=', its[1] as string)
        .execute();
      await raw
        .updateTable('activity')
        .set({ provider_id: provider })
        .where('id', '=', acts[2] as string)
        .execute();
      await raw
        .updateTable('nomination')
        .set({ status: 'ATTENDED' })
        .where('status', '=', 'ACCEPTED')
        .execute();
      await expectExact(api, w, 'moves in SQL');
      const at = new Date().toISOString();
      const crowd = await Promise.all(Array.from({ length: 10 }, () => makePerson(api)));
      await raw
        .insertInto('nomination')
        .values(
          Array.from({ length: 40 }, (_, k) => ({
            id: uid('bulk'),
            iteration_id: its[k % its.length] as string,
            person_id: (crowd[Math.floor(k / 4)] as { id: string }).id,
            partner_id: partners[k % 2] as string,
            priority: 1,
            status: ['NEEDS-ACTION', 'ACCEPTED', 'ATTENDED', 'DECLINED'][k % 4] as string,
            reason: null,
            round_id: null,
            note: null,
            version: 1,
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
      await expectExact(api, w, 'a bulk insert');

      // The dialogue's meetings.
      const meeting = async (partner: string, kind: string, start: string, status: string) =>
        (await call('POST', '/api/meetings', { partner_id: partner, kind, start_date: start, status }))
          .id as string;
      await expectDialogue(api, 'no meetings yet', { partner: a }, {});
      const m1 = await meeting(a, 'visit', '2011-06-22', 'held');
      await meeting(a, 'talks', '2011-11', 'held');
      const m3 = await meeting(b, 'visit', '2012', 'planned');
      await expectExact(api, w, 'creating meetings');
      // a: a visit on 2011-06-22 and talks in 2011-11, both held; b: a visit planned in 2012.
      await expectDialogue(
        api,
        'creating meetings',
        { partner: a },
        { 2011: line(2, 2, { visit: 1, talks: 1 }) },
      );
      await expectDialogue(api, 'creating meetings', { partner: b }, { 2012: line(1, 0, { visit: 1 }) });
      await expectDialogue(
        api,
        'creating meetings',
        { partner: b, from: 2012, to: 2012 },
        {
          2012: line(1, 0, { visit: 1 }),
        },
      );
      await expectDialogue(api, 'creating meetings', { partner: a, from: 2012 }, {});
      await call(
        'PATCH',
        `/api/meetings/${m3}`,
        { status: 'held', start_date: '2013-02-01', kind: 'talks' },
        await ifMatch(`/api/meetings/${m3}`),
      );
      await call('DELETE', `/api/meetings/${m1}`, undefined, await ifMatch(`/api/meetings/${m1}`));
      await expectExact(api, w, 'changing and deleting meetings');
      // b's visit became talks held on 2013-02-01; a's visit of 2011-06-22 is gone.
      await expectDialogue(
        api,
        'changing and deleting meetings',
        { partner: a },
        { 2011: line(1, 1, { talks: 1 }) },
      );
      await expectDialogue(
        api,
        'changing and deleting meetings',
        { partner: b },
        { 2013: line(1, 1, { talks: 1 }) },
      );
      await expectDialogue(api, 'changing and deleting meetings', { partner: b, from: 2012, to: 2012 }, {});

      // A restored copy, of either kind, rebuilds its tallies from the restored rows (they are not in the backup).
      const file = join(dir, `${db.name}.jsonl`);
      await backup(api.store, file);
      for (const kind of testDatabases().filter((d) => !d.skip)) {
        const target = await kind.create();
        try {
          await restore(target.store, file);
          await expectTalliesExact(target.store.db, `a restore into ${kind.name}`);
          for (const name of ['nomination', 'iteration', 'meeting'] as const) {
            const tally = (d: Kysely<DB>) => rows(d, RECOUNTS[name][0]);
            expect(await tally(target.store.db), `${name} tally in ${kind.name}`).toEqual(
              await tally(api.store.db),
            );
          }
        } finally {
          await target.drop();
        }
      }
    });

    it('are recounted after demo generation, which suspends the triggers, and are kept again after', async () => {
      const target = await db.create();
      try {
        await generateDataset(target.store, { scale: 'small', actor: SYSTEM_ACTOR });
        const tally = await target.store.db
          .withTables<TallyTables>()
          .selectFrom('nomination_tally')
          .select((eb) => eb.fn.sum<number>('nominations').as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(tally.n)).toBeGreaterThan(1000);
        await expectTalliesExact(target.store.db, 'generation');
        // The triggers are back: a change is counted.
        const some = await target.store.db
          .selectFrom('nomination')
          .select('id')
          .limit(1)
          .executeTakeFirstOrThrow();
        await target.store.db
          .deleteFrom('allocation_decision')
          .where('nomination_id', '=', some.id)
          .execute();
        await target.store.db.deleteFrom('nomination').where('id', '=', some.id).execute();
        await target.store.db.updateTable('meeting').set({ status: 'cancelled' }).execute();
        await expectTalliesExact(target.store.db, 'a write after generation');
      } finally {
        await target.drop();
      }
    });
  });
}
