import { type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import { scopeColumns, type VersionedTable } from '../../domain/core/entities.js';
import { SEATED } from '../../domain/menu/vocabulary.js';
import type { Actor } from '../../domain/trust/actor.js';
import type { activityListQuery, iterationListQuery } from '../../schemas/menu/menu.schema.js';
import type { ListFilter } from '../core/list-filter.js';
import type { DB } from '../core/schema.js';
import { searchContains } from '../core/search.js';
import { visibleWhere } from '../trust/access.js';
import type { ExerciseNationTable } from './menu.tables.js';

/** The menu's and nominations' versioned tables (from the entity table), for records.ts. */
export type MenuVersioned = VersionedTable<'menu' | 'nominations'>;
export const versioned = (table: MenuVersioned): VersionedTable => table;

/** An activity's scope, with `a` for the activity (iterations and exercises read theirs through it). */
export const ACTIVITY_SCOPE = scopeColumns('activity', { activity: 'a' });
const ITERATION_SCOPE = scopeColumns('iteration', { activity: 'a' });

export type ActivityFilter = ListFilter<typeof activityListQuery>;

type ActivityEb = ExpressionBuilder<DB & { a: DB['activity'] }, 'a'>;

/** Activities with an iteration the partner may be nominated to (see domain/menu/eligibility.ts). */
function eligibleWhere(eb: ActivityEb, partner: string) {
  return eb.or([
    eb('a.eligibility', 'in', ['all_partners', 'as_approved']),
    eb.and([eb('a.eligibility', '=', 'named'), sql<SqlBool>`a.eligible_partners like ${`%"${partner}"%`}`]),
    eb.and([
      eb('a.eligibility', '=', 'framework'),
      sql<SqlBool>`exists (select 1 from iteration i join membership m
        on m.organization_id = a.eligibility_framework_id and m.member_id = ${partner}
        where i.activity_id = a.id and m.start_hi <= i.start_date
        and (m.end_lo is null or m.end_lo >= i.start_date))`,
    ]),
  ]);
}

function activityQuery(db: Kysely<DB>, actor: Actor, f: ActivityFilter) {
  let q = db.selectFrom('activity as a').where((eb) => visibleWhere(eb, actor, 'activity', ACTIVITY_SCOPE));
  const text = f.q;
  if (text) q = q.where(() => searchContains(db, 'a', 'activity', text));
  if (f.area) q = q.where('a.area_code', '=', f.area.toUpperCase());
  if (f.type) q = q.where('a.event_type', '=', f.type);
  if (f.provider) q = q.where('a.provider_id', '=', f.provider);
  if (f.from || f.to) {
    const from = f.from ?? '0000-01-01';
    const to = f.to ?? '9999-12-31';
    // Correlated, so that SQLite probes the covering index iteration_activity_dates per activity
    // (an IN list would first collect every iteration that started before `to`); PostgreSQL plans
    // either form as the same semi-join.
    q = q.where(
      sql<SqlBool>`exists (select 1 from iteration i where i.activity_id = a.id
        and i.start_date <= ${to} and coalesce(i.end_date, i.start_date) >= ${from})`,
    );
  }
  const partner = f.eligible_for;
  if (partner) q = q.where((eb) => eligibleWhere(eb, partner));
  return q;
}

export async function listActivities(
  db: Kysely<DB>,
  actor: Actor,
  f: ActivityFilter,
  limit: number,
  offset: number,
) {
  const q = activityQuery(db, actor, f);
  // One pass over the filtered activities grouped by all three facets; the facets (in the database's
  // order, as separate GROUP BYs gave them) and the total are sums over those groups.
  const groups = q
    .select(['a.area_code', 'a.event_type', 'a.provider_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['a.area_code', 'a.event_type', 'a.provider_id']);
  const [rows, facetRows] = await Promise.all([
    q.selectAll('a').orderBy('a.key').orderBy('a.id').limit(limit).offset(offset).execute(),
    db
      .with('g', () => groups)
      .selectFrom('g')
      .select([sql<Facet>`'area'`.as('facet'), 'g.area_code as value', sql<number>`sum(g.n)`.as('n')])
      .groupBy('g.area_code')
      .unionAll((eb) =>
        eb
          .selectFrom('g')
          .select([sql<Facet>`'type'`.as('facet'), 'g.event_type as value', sql<number>`sum(g.n)`.as('n')])
          .groupBy('g.event_type'),
      )
      .unionAll((eb) =>
        eb
          .selectFrom('g')
          .select([
            sql<Facet>`'provider'`.as('facet'),
            'g.provider_id as value',
            sql<number>`sum(g.n)`.as('n'),
          ])
          .groupBy('g.provider_id'),
      )
      .orderBy('facet')
      .orderBy('value')
      .execute(),
  ]);
  const facets = { area: [] as FacetCount[], type: [] as FacetCount[], provider: [] as FacetCount[] };
  let total = 0;
  for (const r of facetRows) {
    if (r.facet === 'area') total += Number(r.n);
    if (r.value !== null) facets[r.facet].push({ value: String(r.value), count: Number(r.n) });
  }
  return { rows, total, facets };
}

type Facet = 'area' | 'type' | 'provider';

interface FacetCount {
  value: string;
  count: number;
}

export async function findActivity(db: Kysely<DB>, id: string) {
  return db.selectFrom('activity').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function iterationBriefs(db: Kysely<DB>, activityIds: readonly string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('iteration')
    .select(['id', 'activity_id', 'start_date', 'end_date', 'status', 'seats'])
    .where('activity_id', 'in', [...new Set(activityIds)])
    .orderBy('start_date')
    .orderBy('id')
    .execute();
}

export async function activityIsReferenced(db: Kysely<DB>, id: string) {
  return Boolean(
    await db.selectFrom('iteration').select('id').where('activity_id', '=', id).limit(1).executeTakeFirst(),
  );
}

/** An iteration with what its access and rules need from its activity. */
export function iterationWithActivity(db: Kysely<DB>) {
  return db
    .selectFrom('iteration as i')
    .innerJoin('activity as a', 'a.id', 'i.activity_id')
    .selectAll('i')
    .select([
      'a.key as activity_key',
      'a.title as activity_title',
      'a.provider_id',
      'a.event_type',
      'a.eligibility',
      'a.eligibility_framework_id',
      'a.eligible_partners',
      'a.marking',
      'a.releasable_to',
    ]);
}

export type IterationRow = Awaited<ReturnType<typeof findIteration>> & {};

/** The open iterations of a provider and/or a window of start dates, by id. */
export async function openIterations(db: Kysely<DB>, f: { providerId?: string; from?: string; to?: string }) {
  let q = iterationWithActivity(db).where('i.status', '=', 'open');
  if (f.providerId) q = q.where('a.provider_id', '=', f.providerId);
  if (f.from) q = q.where('i.start_date', '>=', f.from);
  if (f.to) q = q.where('i.start_date', '<=', f.to);
  return q.orderBy('i.id').execute();
}

export async function findIteration(db: Kysely<DB>, id: string) {
  return iterationWithActivity(db).where('i.id', '=', id).executeTakeFirst();
}

export type IterationFilter = ListFilter<typeof iterationListQuery>;

export function iterationQuery(db: Kysely<DB>, actor: Actor, f: IterationFilter) {
  let q = iterationWithActivity(db).where((eb) => visibleWhere(eb, actor, 'iteration', ITERATION_SCOPE));
  if (f.activity_id) q = q.where('i.activity_id', '=', f.activity_id);
  if (f.provider) q = q.where('a.provider_id', '=', f.provider);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.from) q = q.where(sql<SqlBool>`coalesce(i.end_date, i.start_date) >= ${f.from}`);
  if (f.to) q = q.where('i.start_date', '<=', f.to);
  return q;
}

export async function listIterations(
  db: Kysely<DB>,
  actor: Actor,
  f: IterationFilter,
  limit: number,
  offset: number,
) {
  const q = iterationQuery(db, actor, f);
  const [rows, count] = await Promise.all([
    q.orderBy('i.start_date').orderBy('i.id').limit(limit).offset(offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Seats held (accepted or attended nominations) per iteration. */
export async function seatsTaken(db: Kysely<DB>, iterationIds: readonly string[]) {
  const out = new Map<string, number>();
  if (iterationIds.length === 0) return out;
  const rows = await db
    .selectFrom('nomination')
    .select(['iteration_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('iteration_id', 'in', [...new Set(iterationIds)])
    .where('status', 'in', [...SEATED])
    .groupBy('iteration_id')
    .execute();
  for (const r of rows) out.set(r.iteration_id, Number(r.n));
  return out;
}

export async function iterationIsReferenced(db: Kysely<DB>, id: string) {
  return Boolean(
    await db.selectFrom('nomination').select('id').where('iteration_id', '=', id).limit(1).executeTakeFirst(),
  );
}

export interface ExerciseRows {
  focus: string;
  scenario: string | null;
  nations: ExerciseNationTable[];
}

export async function exercisesOfIterations(db: Kysely<DB>, iterationIds: readonly string[]) {
  const out = new Map<string, ExerciseRows>();
  if (iterationIds.length === 0) return out;
  const ids = [...new Set(iterationIds)];
  const [exercises, nations] = await Promise.all([
    db.selectFrom('exercise').selectAll().where('iteration_id', 'in', ids).execute(),
    db
      .selectFrom('exercise_nation')
      .selectAll()
      .where('iteration_id', 'in', ids)
      .orderBy('role')
      .orderBy('nation_id')
      .execute(),
  ]);
  for (const e of exercises) out.set(e.iteration_id, { focus: e.focus, scenario: e.scenario, nations: [] });
  for (const n of nations) out.get(n.iteration_id)?.nations.push(n);
  return out;
}

export async function deleteExercise(db: Kysely<DB>, iterationId: string) {
  await db.deleteFrom('exercise_nation').where('iteration_id', '=', iterationId).execute();
  await db.deleteFrom('exercise').where('iteration_id', '=', iterationId).execute();
}

export async function insertExercise(
  db: Kysely<DB>,
  iterationId: string,
  e: { focus: string[]; scenario: string | null },
  nations: Omit<ExerciseNationTable, 'iteration_id'>[],
) {
  await db
    .insertInto('exercise')
    .values({ iteration_id: iterationId, focus: JSON.stringify(e.focus), scenario: e.scenario })
    .execute();
  if (nations.length > 0) {
    await db
      .insertInto('exercise_nation')
      .values(nations.map((n) => ({ ...n, iteration_id: iterationId })))
      .execute();
  }
}

/** Memberships of a partner in a framework, to tell whether it belonged on a day. */
export async function membershipsIn(db: Kysely<DB>, partnerId: string, frameworkId: string) {
  return db
    .selectFrom('membership')
    .select(['start_date', 'end_date'])
    .where('member_id', '=', partnerId)
    .where('organization_id', '=', frameworkId)
    .execute();
}

export async function organizationExists(db: Kysely<DB>, id: string) {
  return Boolean(await db.selectFrom('organization').select('id').where('id', '=', id).executeTakeFirst());
}

/** The activity holding a key (keys are unique), if any. */
export async function activityWithKey(db: Kysely<DB>, key: string) {
  return db.selectFrom('activity').select('id').where('key', '=', key).executeTakeFirst();
}

/** Every iteration the actor may read (of these ids, when given), by start date. */
export async function iterationsByDate(
  db: Kysely<DB>,
  actor: Actor,
  f: IterationFilter,
  ids?: readonly string[],
): Promise<IterationRow[]> {
  if (ids?.length === 0) return [];
  let q = iterationQuery(db, actor, f);
  if (ids) q = q.where('i.id', 'in', ids);
  return q.orderBy('i.start_date').orderBy('i.id').execute();
}

/** The exercises a partner hosted or joined that the actor may read, by date, with its role. */
export async function exercisesOfPartner(db: Kysely<DB>, actor: Actor, partnerId: string) {
  return iterationWithActivity(db)
    .innerJoin('exercise_nation as en', 'en.iteration_id', 'i.id')
    .select('en.role')
    .where('en.nation_id', '=', partnerId)
    .where('a.event_type', '=', 'exercise')
    .where((eb) => visibleWhere(eb, actor, 'exercise', ACTIVITY_SCOPE))
    .orderBy('i.start_date')
    .orderBy('i.id')
    .execute();
}
