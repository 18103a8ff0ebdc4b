import type { Kysely } from 'kysely';
import type { DashboardQuery } from '../../schemas/insight/dashboard.schema.js';
import type { DB } from '../core/schema.js';

/** The counters of migration 0009, kept exact by triggers; derived, so not among the copied TABLES. */
// A type, not an interface: withTables wants an index signature.
export type TallyTables = {
  nomination_tally: {
    year: string;
    /** '' for activities without an area */
    area_code: string;
    provider_id: string;
    partner_id: string;
    nominations: number;
    accepted: number;
    attended: number;
  };
  iteration_tally: {
    year: string;
    area_code: string;
    provider_id: string;
    activity_id: string;
    iterations: number;
    held: number;
  };
  meeting_tally: { year: string; partner_id: string; kind: string; status: string; meetings: number };
};

export interface YearWindow {
  from?: number;
  to?: number;
}

/** The dashboard's query, declared once in schemas/insight/dashboard.schema.ts. */
export type TallyFilter = DashboardQuery;

const tallies = (db: Kysely<DB>) => db.withTables<TallyTables>();

/** How many meetings there are in all, from the tally rather than by counting every row. */
export async function meetingCount(db: Kysely<DB>): Promise<number> {
  const row = await tallies(db)
    .selectFrom('meeting_tally')
    .select((eb) => eb.fn.sum<number | string | null>('meetings').as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n ?? 0);
}

/** Activities, iterations and iterations held per area ('' for none) or per start year, from the tally. */
export function iterationCounts(db: Kysely<DB>, f: TallyFilter, by: 'area_code' | 'year') {
  return (
    tallies(db)
      .selectFrom('iteration_tally')
      .select((eb) => [
        eb.ref(by).as('group'),
        eb.fn.count<number>('activity_id').distinct().as('activities'),
        eb.fn.sum<number>('iterations').as('iterations'),
        eb.fn.sum<number>('held').as('held'),
      ])
      // rows whose iterations moved away stay at zero
      .where('iterations', '>', 0)
      .$if(f.from !== undefined, (q) => q.where('year', '>=', String(f.from)))
      .$if(f.to !== undefined, (q) => q.where('year', '<=', String(f.to)))
      .$if(f.provider !== undefined, (q) => q.where('provider_id', '=', f.provider as string))
      .groupBy(by)
      .orderBy(by)
      .execute()
  );
}

/** Nominations, accepted and attended per area, start year or nominating partner, from the tally. */
export function nominationCounts(db: Kysely<DB>, f: TallyFilter, by: 'area_code' | 'year' | 'partner_id') {
  return tallies(db)
    .selectFrom('nomination_tally')
    .select((eb) => [
      eb.ref(by).as('group'),
      eb.fn.sum<number>('nominations').as('nominations'),
      eb.fn.sum<number>('accepted').as('accepted'),
      eb.fn.sum<number>('attended').as('attended'),
    ])
    .$if(f.from !== undefined, (q) => q.where('year', '>=', String(f.from)))
    .$if(f.to !== undefined, (q) => q.where('year', '<=', String(f.to)))
    .$if(f.provider !== undefined, (q) => q.where('provider_id', '=', f.provider as string))
    .$if(f.partner !== undefined, (q) => q.where('partner_id', '=', f.partner as string))
    .groupBy(by)
    .having((eb) => eb.fn.sum('nominations'), '>', 0)
    .orderBy(by)
    .execute();
}

/** Meetings per start year, partner, kind and status, from the tally. */
export function meetingCounts(db: Kysely<DB>, f: YearWindow & { partner?: string }) {
  return tallies(db)
    .selectFrom('meeting_tally')
    .select(['year', 'partner_id', 'kind', 'status', 'meetings as n'])
    .where('meetings', '>', 0)
    .$if(f.from !== undefined, (q) => q.where('year', '>=', String(f.from)))
    .$if(f.to !== undefined, (q) => q.where('year', '<=', String(f.to)))
    .$if(f.partner !== undefined, (q) => q.where('partner_id', '=', f.partner as string))
    .execute();
}

// Both drivers bind at most some tens of thousands of values; long id lists are asked in slices.
const SLICE = 5_000;
async function inSlices<T>(ids: readonly string[], query: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += SLICE) out.push(...(await query(unique.slice(i, i + SLICE))));
  return out;
}

/** The current content version of each of the programmes, in one query. */
export function currentVersions(db: Kysely<DB>, programmeIds: readonly string[]) {
  return inSlices(programmeIds, (ids) =>
    db
      .selectFrom('programme_version')
      .innerJoin('programme', 'programme.id', 'programme_version.programme_id')
      .whereRef('programme_version.number', '=', 'programme.content_version')
      .where('programme.id', 'in', ids)
      .selectAll('programme_version')
      .execute(),
  );
}

export function activitiesOf(db: Kysely<DB>, ids: readonly string[]) {
  return inSlices(ids, (slice) =>
    db.selectFrom('activity').select(['id', 'key', 'title', 'area_code']).where('id', 'in', slice).execute(),
  );
}

/** Participants marked ATTENDED per partner and iteration ("partner iteration" → count). */
export async function attendedByPartner(db: Kysely<DB>, iterationIds: readonly string[]) {
  const rows = await inSlices(iterationIds, (slice) =>
    db
      .selectFrom('nomination')
      .select(['partner_id', 'iteration_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'ATTENDED')
      .where('iteration_id', 'in', slice)
      .groupBy(['partner_id', 'iteration_id'])
      .execute(),
  );
  return new Map(rows.map((r) => [`${r.partner_id} ${r.iteration_id}`, Number(r.n)]));
}

/** The programmes agreed at some time whose period meets the year range, optionally of one partner. */
export async function agreedProgrammes(db: Kysely<DB>, f: YearWindow & { partner?: string }) {
  return db
    .selectFrom('programme')
    .selectAll()
    .where('agreed_version', 'is not', null)
    .$if(f.from !== undefined, (q) => q.where('end_date', '>=', `${f.from}-01-01`))
    .$if(f.to !== undefined, (q) => q.where('start_date', '<=', `${f.to}-12-31`))
    .$if(f.partner !== undefined, (q) => q.where('partner_id', '=', f.partner as string))
    .orderBy('start_date')
    .orderBy('id')
    .execute();
}
