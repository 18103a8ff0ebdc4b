import type { Kysely } from 'kysely';
import type { Actor } from '../domain/actor.js';
import { visibleWhere } from './access.js';
import { MEETING_SCOPE } from './meeting.repo.js';
import type { DB } from './schema.js';

/** Follow-ups are read through their meeting: they share its partner and marking. */
export interface FollowUpFilter {
  partner_id?: string;
  meeting_id?: string;
  status?: string;
  /** open actions due before this day */
  dueBefore?: string;
  /** open actions due from `dueFrom` to `dueTo` */
  dueFrom?: string;
  dueTo?: string;
}

export function followUpQuery(db: Kysely<DB>, actor: Actor, f: FollowUpFilter) {
  let q = db
    .selectFrom('follow_up')
    .innerJoin('meeting', 'meeting.id', 'follow_up.meeting_id')
    .where((eb) => visibleWhere(eb, actor, 'follow_up', MEETING_SCOPE));
  if (f.partner_id) q = q.where('meeting.partner_id', '=', f.partner_id);
  if (f.meeting_id) q = q.where('follow_up.meeting_id', '=', f.meeting_id);
  if (f.status) q = q.where('follow_up.status', '=', f.status);
  if (f.dueBefore) q = q.where('follow_up.status', '=', 'open').where('follow_up.due_date', '<', f.dueBefore);
  if (f.dueFrom && f.dueTo) {
    q = q
      .where('follow_up.status', '=', 'open')
      .where('follow_up.due_date', '>=', f.dueFrom)
      .where('follow_up.due_date', '<=', f.dueTo);
  }
  return q;
}

export function followUpColumns(db: Kysely<DB>, actor: Actor, f: FollowUpFilter) {
  return followUpQuery(db, actor, f)
    .selectAll('follow_up')
    .select([
      'meeting.partner_id',
      'meeting.start_date as meeting_date',
      'meeting.marking',
      'meeting.releasable_to',
    ]);
}

export async function listFollowUps(
  db: Kysely<DB>,
  actor: Actor,
  f: FollowUpFilter,
  limit: number,
  offset: number,
) {
  const [rows, count] = await Promise.all([
    followUpColumns(db, actor, f)
      .orderBy('follow_up.due_date')
      .orderBy('follow_up.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    followUpQuery(db, actor, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** A follow-up with its meeting's scope, whoever asks (the service checks the policy). */
export async function findFollowUp(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('follow_up')
    .innerJoin('meeting', 'meeting.id', 'follow_up.meeting_id')
    .selectAll('follow_up')
    .select([
      'meeting.partner_id',
      'meeting.start_date as meeting_date',
      'meeting.marking',
      'meeting.releasable_to',
    ])
    .where('follow_up.id', '=', id)
    .executeTakeFirst();
}

export async function candidatesByKey(db: Kysely<DB>, keys: readonly string[]) {
  if (keys.length === 0) return [];
  return db
    .selectFrom('person_candidate')
    .selectAll()
    .where('name_key', 'in', [...new Set(keys)])
    .where('status', '=', 'draft')
    .execute();
}

export async function allDraftCandidates(db: Kysely<DB>) {
  return db.selectFrom('person_candidate').selectAll().where('status', '=', 'draft').orderBy('id').execute();
}

export async function findCandidate(db: Kysely<DB>, id: string) {
  return db.selectFrom('person_candidate').selectAll().where('id', '=', id).executeTakeFirst();
}
