/**
 * The dashboards' queries as they were before migration 0009's tallies (kept verbatim): the oracle
 * the tally-based answers must equal.
 */

import type { Kysely } from 'kysely';
import { type ExpressionBuilder, sql } from 'kysely';
import type { DashboardQuery, ParticipationOut } from '../../src/schemas/insight/dashboard.schema.js';
import type { DB } from '../../src/store/core/schema.js';

type Joined = ExpressionBuilder<DB, 'iteration' | 'activity'>;

const yearOf = sql<string>`substr(iteration.start_date, 1, 4)`;
const n = (v: unknown) => Number(v ?? 0);

/** The participation dashboard as it was computed before the tallies: straight from the nominations. */
export async function oracleParticipation(db: Kysely<DB>, query: DashboardQuery): Promise<ParticipationOut> {
  const ctx = { db };
  const inWindow = (eb: Joined) =>
    eb.and([
      ...(query.from !== undefined ? [eb(yearOf, '>=', String(query.from))] : []),
      ...(query.to !== undefined ? [eb(yearOf, '<=', String(query.to))] : []),
      ...(query.provider ? [eb('activity.provider_id', '=', query.provider)] : []),
    ]);
  const iterations = ctx.db
    .selectFrom('iteration')
    .innerJoin('activity', 'activity.id', 'iteration.activity_id')
    .where(inWindow);
  // Nominations counted per iteration first, so that the iteration counts are not multiplied.
  const perIteration = ctx.db
    .selectFrom('nomination')
    .select((eb) => [
      'nomination.iteration_id',
      eb.fn.countAll<number>().as('nominations'),
      eb.fn.sum<number>(sql`case when status in ('ACCEPTED', 'ATTENDED') then 1 else 0 end`).as('accepted'),
      eb.fn.sum<number>(sql`case when status = 'ATTENDED' then 1 else 0 end`).as('attended'),
    ])
    .$if(query.partner !== undefined, (q) => q.where('nomination.partner_id', '=', query.partner as string))
    .groupBy('nomination.iteration_id')
    .as('per');
  const totals = (
    eb: ExpressionBuilder<
      DB & { per: { nominations: number; accepted: number; attended: number } },
      'iteration' | 'activity' | 'per'
    >,
  ) => [
    eb.fn.count<number>('activity.id').distinct().as('activities'),
    eb.fn.countAll<number>().as('iterations'),
    eb.fn.sum<number>(sql`case when iteration.status = 'held' then 1 else 0 end`).as('held'),
    eb.fn.sum<number>(sql`coalesce(per.nominations, 0)`).as('nominations'),
    eb.fn.sum<number>(sql`coalesce(per.accepted, 0)`).as('accepted'),
    eb.fn.sum<number>(sql`coalesce(per.attended, 0)`).as('attended'),
  ];
  const withNominations = iterations.leftJoin(perIteration, 'per.iteration_id', 'iteration.id');
  const [areas, years, partners, areaNames] = await Promise.all([
    withNominations
      .select((eb) => ['activity.area_code as area', ...totals(eb)])
      .groupBy('activity.area_code')
      .execute(),
    withNominations
      .select((eb) => [yearOf.as('year'), ...totals(eb)])
      .groupBy(yearOf)
      .orderBy(yearOf)
      .execute(),
    ctx.db
      .selectFrom('nomination')
      .innerJoin('iteration', 'iteration.id', 'nomination.iteration_id')
      .innerJoin('activity', 'activity.id', 'iteration.activity_id')
      .where(inWindow)
      .$if(query.partner !== undefined, (q) => q.where('nomination.partner_id', '=', query.partner as string))
      .select((eb) => [
        'nomination.partner_id',
        eb.fn.countAll<number>().as('nominations'),
        eb.fn
          .sum<number>(sql`case when nomination.status in ('ACCEPTED', 'ATTENDED') then 1 else 0 end`)
          .as('accepted'),
        eb.fn.sum<number>(sql`case when nomination.status = 'ATTENDED' then 1 else 0 end`).as('attended'),
      ])
      .groupBy('nomination.partner_id')
      .orderBy('nomination.partner_id')
      .execute(),
    ctx.db.selectFrom('area').select(['code', 'names']).execute(),
  ]);
  const names = new Map(areaNames.map((a) => [a.code, JSON.parse(a.names) as Record<string, string>]));
  const count = (r: {
    activities: unknown;
    iterations: unknown;
    held: unknown;
    nominations: unknown;
    accepted: unknown;
    attended: unknown;
  }) => ({
    activities: n(r.activities),
    iterations: n(r.iterations),
    held: n(r.held),
    nominations: n(r.nominations),
    accepted: n(r.accepted),
    attended: n(r.attended),
  });
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    by_area: areas
      .map((r) => ({ area: r.area, names: (r.area && names.get(r.area)) || {}, ...count(r) }))
      .sort((a, b) => b.iterations - a.iterations || String(a.area).localeCompare(String(b.area))),
    by_year: years.map((r) => ({ year: Number(r.year), ...count(r) })),
    by_partner: partners.map((r) => ({
      partner_id: r.partner_id,
      nominations: n(r.nominations),
      accepted: n(r.accepted),
      attended: n(r.attended),
    })),
  };
}
