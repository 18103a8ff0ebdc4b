import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/trust/actor.js';
import type { DB } from '../core/schema.js';
import { visibleWhere } from './access.js';

/** The tallies of migrations 0009 and 0010 that carry every column the policy decides on. */
type ReachTables = {
  meeting_reach_tally: { partner_id: string; marking: string; releasable_to: string; meetings: number };
  nomination_tally: { partner_id: string; provider_id: string; nominations: number };
  follow_up_reach_tally: {
    partner_id: string;
    marking: string;
    releasable_to: string;
    status: string;
    follow_ups: number;
  };
};

const tallies = (db: Kysely<DB>) => db.withTables<ReachTables>();

/**
 * How many meetings the actor may read, of one partner or of all: the reach tally holds the count
 * per (partner, marking, release list), exactly the columns `visibleWhere` looks at, so the policy's
 * own SQL applied to the tally gives the count a scan of the meetings would — from a few hundred
 * rows instead of every meeting.
 */
export async function visibleMeetingCount(db: Kysely<DB>, actor: Actor, partnerId?: string): Promise<number> {
  const row = await tallies(db)
    .selectFrom('meeting_reach_tally as t')
    .select((eb) => eb.fn.sum<number | string | null>('t.meetings').as('n'))
    .where((eb) =>
      visibleWhere(eb, actor, 'meeting', {
        partner: 't.partner_id',
        marking: 't.marking',
        releasableTo: 't.releasable_to',
      }),
    )
    .$if(partnerId !== undefined, (q) => q.where('t.partner_id', '=', partnerId as string))
    .executeTakeFirstOrThrow();
  return Number(row.n ?? 0);
}

/**
 * How many nominations the actor may read, by nominating partner and provider if asked: a nomination's
 * reach is its partner and its activity's provider, which the dashboard tally keys on.
 */
export async function visibleNominationCount(
  db: Kysely<DB>,
  actor: Actor,
  f: { partner_id?: string; provider_id?: string },
): Promise<number> {
  const row = await tallies(db)
    .selectFrom('nomination_tally as t')
    .select((eb) => eb.fn.sum<number | string | null>('t.nominations').as('n'))
    .where((eb) =>
      visibleWhere(eb, actor, 'nomination', { partner: 't.partner_id', provider: 't.provider_id' }),
    )
    .$if(f.partner_id !== undefined, (q) => q.where('t.partner_id', '=', f.partner_id as string))
    .$if(f.provider_id !== undefined, (q) => q.where('t.provider_id', '=', f.provider_id as string))
    .executeTakeFirstOrThrow();
  return Number(row.n ?? 0);
}

/** How many follow-ups the actor may read (they share their meeting's scope), by partner and status. */
export async function visibleFollowUpCount(
  db: Kysely<DB>,
  actor: Actor,
  f: { partner_id?: string; status?: string },
): Promise<number> {
  const row = await tallies(db)
    .selectFrom('follow_up_reach_tally as t')
    .select((eb) => eb.fn.sum<number | string | null>('t.follow_ups').as('n'))
    .where((eb) =>
      visibleWhere(eb, actor, 'follow_up', {
        partner: 't.partner_id',
        marking: 't.marking',
        releasableTo: 't.releasable_to',
      }),
    )
    .$if(f.partner_id !== undefined, (q) => q.where('t.partner_id', '=', f.partner_id as string))
    .$if(f.status !== undefined, (q) => q.where('t.status', '=', f.status as string))
    .executeTakeFirstOrThrow();
  return Number(row.n ?? 0);
}
