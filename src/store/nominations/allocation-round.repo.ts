import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/trust/actor.js';
import type { DB } from '../core/schema.js';
import type { AllocationDecisionTable } from '../menu/menu.tables.js';
import { visibleWhere } from '../trust/access.js';

/** Allocation rounds and their decisions (the round row itself is written by insertVersioned). */

/** A round's decisions with the nomination and iteration each was made on, in reading order. */
export async function decisionsOfRound(db: Kysely<DB>, roundId: string) {
  return db
    .selectFrom('allocation_decision as d')
    .innerJoin('nomination as n', 'n.id', 'd.nomination_id')
    .innerJoin('iteration as i', 'i.id', 'n.iteration_id')
    .select([
      'd.nomination_id',
      'd.weight',
      'd.outcome',
      'd.reason',
      'n.iteration_id',
      'n.person_id',
      'n.partner_id',
      'n.priority',
      'n.rank',
      'i.start_date',
    ])
    .where('d.round_id', '=', roundId)
    .orderBy('n.iteration_id')
    .orderBy('d.outcome')
    .orderBy('d.weight', 'desc')
    .orderBy('d.nomination_id')
    .execute();
}

/** The decisions a round applies, in the order it applies them. */
export async function outcomesOfRound(db: Kysely<DB>, roundId: string) {
  return db
    .selectFrom('allocation_decision')
    .select(['nomination_id', 'outcome', 'reason'])
    .where('round_id', '=', roundId)
    .orderBy('outcome')
    .orderBy('nomination_id')
    .execute();
}

export async function insertDecisions(db: Kysely<DB>, rows: AllocationDecisionTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('allocation_decision').values(rows).execute();
}

export async function findRound(db: Kysely<DB>, id: string) {
  return db.selectFrom('allocation_round').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface RoundFilter {
  provider_id?: string;
  status?: string;
}

/** A page of the rounds the actor may read, newest first. */
export async function listRounds(
  db: Kysely<DB>,
  actor: Actor,
  f: RoundFilter,
  limit: number,
  offset: number,
) {
  let q = db
    .selectFrom('allocation_round as r')
    .where((eb) => visibleWhere(eb, actor, 'allocation_round', { provider: 'r.provider_id' }));
  if (f.provider_id) q = q.where('r.provider_id', '=', f.provider_id);
  if (f.status) q = q.where('r.status', '=', f.status);
  const [rows, count] = await Promise.all([
    q.selectAll('r').orderBy('r.created_at', 'desc').orderBy('r.id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/**
 * Marks a proposed round at `expected` applied; false when it is not (applied meanwhile, or another
 * version): of two instances applying at once, one flips it.
 */
export async function markRoundApplied(
  db: Kysely<DB>,
  id: string,
  expected: number,
  appliedBy: string,
  at: string,
): Promise<boolean> {
  const flipped = await db
    .updateTable('allocation_round')
    .set({ status: 'applied', applied_by: appliedBy, applied_at: at, version: expected + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', expected)
    .where('status', '=', 'proposed')
    .executeTakeFirst();
  return Number(flipped.numUpdatedRows) === 1;
}
