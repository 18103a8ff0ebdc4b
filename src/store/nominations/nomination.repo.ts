import { type Kysely, sql } from 'kysely';
import { scopeColumns } from '../../domain/core/entities.js';
import { seesAll } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import type { nominationListQuery } from '../../schemas/nominations/nomination.schema.js';
import type { Dialect } from '../core/db.js';
import type { ListFilter } from '../core/list-filter.js';
import type { DB } from '../core/schema.js';
import { visibleWhere } from '../trust/access.js';
import { visibleNominationCount } from '../trust/reach-counts.js';

export const NOMINATION_SCOPE = scopeColumns('nomination', { nomination: 'n', activity: 'a' });

/** A nomination with what access, rules and presentation need from its iteration and activity. */
export function nominationWithContext(db: Kysely<DB>) {
  return db
    .selectFrom('nomination as n')
    .innerJoin('iteration as i', 'i.id', 'n.iteration_id')
    .innerJoin('activity as a', 'a.id', 'i.activity_id')
    .selectAll('n')
    .select([
      'a.id as activity_id',
      'a.title as activity_title',
      'a.provider_id',
      'i.start_date',
      'i.end_date',
      'i.status as iteration_status',
      'i.seats',
      'i.partner_cap',
    ]);
}

export type NominationRow = NonNullable<Awaited<ReturnType<typeof findNomination>>>;

export async function findNomination(db: Kysely<DB>, id: string) {
  return nominationWithContext(db).where('n.id', '=', id).executeTakeFirst();
}

export type NominationFilter = ListFilter<typeof nominationListQuery> & {
  /** not an API filter: an allocation round reads the nominations of its iterations */
  iteration_ids?: readonly string[];
};

export function nominationQuery(db: Kysely<DB>, actor: Actor, f: NominationFilter) {
  let q = nominationWithContext(db).where((eb) => visibleWhere(eb, actor, 'nomination', NOMINATION_SCOPE));
  if (f.iteration_id) q = q.where('n.iteration_id', '=', f.iteration_id);
  if (f.iteration_ids)
    q = q.where('n.iteration_id', 'in', f.iteration_ids.length ? [...f.iteration_ids] : ['']);
  if (f.partner_id) q = q.where('n.partner_id', '=', f.partner_id);
  if (f.provider_id) q = q.where('a.provider_id', '=', f.provider_id);
  if (f.person_id) q = q.where('n.person_id', '=', f.person_id);
  if (f.status) q = q.where('n.status', '=', f.status);
  return q;
}

/**
 * The page is read iteration by iteration in date order (the iteration_start_id index of migration
 * 0010), taking each iteration's nominations the reader may see, until the page is full: a page costs
 * the iterations it spans, not the million nominations a sort would read first. The cross joins fix
 * that order on SQLite, whose planner otherwise starts from the nominations; PostgreSQL reorders
 * joins itself.
 */
function nominationPage(db: Kysely<DB>, actor: Actor, f: NominationFilter) {
  let q = db
    .selectFrom('iteration as i')
    .crossJoin('activity as a')
    .crossJoin('nomination as n')
    .whereRef('a.id', '=', 'i.activity_id')
    .whereRef('n.iteration_id', '=', 'i.id')
    .selectAll('n')
    .select([
      'a.id as activity_id',
      'a.title as activity_title',
      'a.provider_id',
      'i.start_date',
      'i.end_date',
      'i.status as iteration_status',
      'i.seats',
      'i.partner_cap',
    ])
    .$if(!seesAll(actor, 'nomination'), (qb) =>
      qb.where((eb) => visibleWhere(eb, actor, 'nomination', NOMINATION_SCOPE)),
    );
  if (f.iteration_id) q = q.where('i.id', '=', f.iteration_id);
  if (f.iteration_ids) q = q.where('i.id', 'in', f.iteration_ids.length ? [...f.iteration_ids] : ['']);
  if (f.partner_id) q = q.where('n.partner_id', '=', f.partner_id);
  if (f.provider_id) q = q.where('a.provider_id', '=', f.provider_id);
  if (f.person_id) q = q.where('n.person_id', '=', f.person_id);
  if (f.status) q = q.where('n.status', '=', f.status);
  return q;
}

/** The list filters by nothing but partner and provider: the dashboard tally then knows the count. */
function tallied(f: NominationFilter): boolean {
  return Object.entries(f).every(
    ([k, v]) => k === 'partner_id' || k === 'provider_id' || v === undefined || v === '',
  );
}

export async function listNominations(
  db: Kysely<DB>,
  actor: Actor,
  f: NominationFilter,
  limit: number,
  offset: number,
) {
  const [rows, total] = await Promise.all([
    nominationPage(db, actor, f)
      .orderBy('i.start_date')
      .orderBy('i.id')
      .orderBy('n.priority')
      .orderBy('n.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    tallied(f)
      ? visibleNominationCount(db, actor, {
          ...(f.partner_id ? { partner_id: f.partner_id } : {}),
          ...(f.provider_id ? { provider_id: f.provider_id } : {}),
        })
      : nominationQuery(db, actor, f)
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n)),
  ]);
  return { rows, total };
}

/** Every nomination to the iterations, whoever may read them: rules count seats over all of them. */
export async function nominationsOfIterations(db: Kysely<DB>, iterationIds: readonly string[]) {
  if (iterationIds.length === 0) return [];
  return db
    .selectFrom('nomination')
    .selectAll()
    .where('iteration_id', 'in', [...new Set(iterationIds)])
    .orderBy('id')
    .execute();
}

/**
 * Serializes decisions on one iteration: on PostgreSQL two transactions would otherwise both count
 * a free seat. SQLite has a single writer already.
 */
export async function lockIterations(db: Kysely<DB>, dialect: Dialect, ids: readonly string[]) {
  if (dialect !== 'postgres' || ids.length === 0) return;
  const sorted = [...new Set(ids)].sort();
  await sql`select id from iteration where id in (${sql.join(sorted)}) order by id for update`.execute(db);
}

/** The nomination of a person to an iteration, if there is one (one per person per iteration). */
/** A person's nomination to an iteration, with the scope that says who may know of it. */
export async function nominationOfPerson(db: Kysely<DB>, iterationId: string, personId: string) {
  return db
    .selectFrom('nomination')
    .innerJoin('iteration', 'iteration.id', 'nomination.iteration_id')
    .innerJoin('activity', 'activity.id', 'iteration.activity_id')
    .select(['nomination.id', 'nomination.partner_id', 'activity.provider_id'])
    .where('nomination.iteration_id', '=', iterationId)
    .where('nomination.person_id', '=', personId)
    .executeTakeFirst();
}

/**
 * Every nomination the actor may read: in the order of a sheet (by iteration date, iteration,
 * priority) or by id (a calendar's attendees).
 */
export async function allNominations(
  db: Kysely<DB>,
  actor: Actor,
  f: NominationFilter,
  order: 'sheet' | 'id',
) {
  const q = nominationQuery(db, actor, f);
  if (order === 'id') return q.orderBy('n.id').execute();
  return q.orderBy('i.start_date').orderBy('n.iteration_id').orderBy('n.priority').orderBy('n.id').execute();
}
