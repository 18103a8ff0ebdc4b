import { type Kysely, sql } from 'kysely';
import { scopeColumns } from '../../domain/core/entities.js';
import type { Actor } from '../../domain/trust/actor.js';
import type { followUpListQuery } from '../../schemas/dialogue/meeting.schema.js';
import type { ListFilter } from '../core/list-filter.js';
import type { DB } from '../core/schema.js';
import { visibleWhere } from '../trust/access.js';

/**
 * Follow-ups are read through their meeting and have a marking of their own: a reader needs both,
 * so a follow-up is never more open than its meeting.
 */
const FOLLOW_UP_SCOPE = scopeColumns('follow_up');
const MEETING_SCOPE = scopeColumns('meeting');

export type FollowUpFilter = Omit<ListFilter<typeof followUpListQuery>, 'due' | 'on'> & DueWindow;

/** The API's `due` and `on`, as the service turns them into days. */
export interface DueWindow {
  /** open actions due before this day */
  dueBefore?: string;
  /** open actions due from `dueFrom` to `dueTo` */
  dueFrom?: string;
  dueTo?: string;
}

export function followUpQuery(db: Kysely<DB>, actor: Actor, f: FollowUpFilter) {
  // A cross join with the key in WHERE: SQLite keeps the join order as written, so the follow-ups a
  // reader may see come first (index follow_up_marking_due, migration 0017) and each meeting is
  // looked up by its key; an inner join let it walk every visible meeting instead. PostgreSQL plans
  // both forms alike.
  let q = db
    .selectFrom('follow_up')
    .crossJoin('meeting')
    .whereRef('meeting.id', '=', 'follow_up.meeting_id')
    .where((eb) => visibleWhere(eb, actor, 'meeting', MEETING_SCOPE))
    .where((eb) => visibleWhere(eb, actor, 'follow_up', FOLLOW_UP_SCOPE));
  if (f.partner_id) q = q.where('meeting.partner_id', '=', f.partner_id);
  if (f.meeting_id) q = q.where('follow_up.meeting_id', '=', f.meeting_id);
  if (f.status) q = q.where('follow_up.status', '=', f.status);
  if (f.assignee_id) q = q.where('follow_up.assignee_id', '=', f.assignee_id);
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['follow_up.action']), 'like', sql<string>`${like} escape '\\'`),
        eb(eb.fn('lower', ['follow_up.note']), 'like', sql<string>`${like} escape '\\'`),
      ]),
    );
  }
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
    .leftJoin('app_user as assignee', 'assignee.id', 'follow_up.assignee_id')
    .selectAll('follow_up')
    .select([
      'assignee.display_name as assignee_name',
      'meeting.partner_id',
      'meeting.start_date as meeting_date',
      'meeting.marking as meeting_marking',
      'meeting.releasable_to as meeting_releasable_to',
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
    .leftJoin('app_user as assignee', 'assignee.id', 'follow_up.assignee_id')
    .selectAll('follow_up')
    .select([
      'assignee.display_name as assignee_name',
      'meeting.partner_id',
      'meeting.start_date as meeting_date',
      'meeting.marking as meeting_marking',
      'meeting.releasable_to as meeting_releasable_to',
    ])
    .where('follow_up.id', '=', id)
    .executeTakeFirst();
}

/**
 * Open follow-ups assigned to someone and due on this day, whoever may read them: the reminder scan
 * (services/dialogue/follow-up-mail.service.ts) checks each against its assignee.
 */
export async function assignedFollowUpsDueOn(db: Kysely<DB>, day: string) {
  return db
    .selectFrom('follow_up')
    .select(['id', 'assignee_id', 'due_date'])
    .where('status', '=', 'open')
    .where('due_date', '=', day)
    .where('assignee_id', 'is not', null)
    .orderBy('id')
    .execute();
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

/** A rejected draft of this exact name key: the name was judged not to be a person worth keeping. */
export async function rejectedByKey(db: Kysely<DB>, key: string) {
  return db
    .selectFrom('person_candidate')
    .select('id')
    .where('name_key', '=', key)
    .where('status', '=', 'rejected')
    .executeTakeFirst();
}

export async function listCandidateRows(
  db: Kysely<DB>,
  filter: { status?: string | undefined },
  page: { limit?: number | undefined; offset: number },
) {
  let q = db.selectFrom('person_candidate');
  if (filter.status) q = q.where('status', '=', filter.status);
  let rows = q.selectAll().orderBy('name').orderBy('id');
  // SQLite takes no OFFSET without a LIMIT: no limit asked reads the whole list.
  if (page.limit !== undefined || page.offset)
    rows = rows.limit(page.limit ?? Number.MAX_SAFE_INTEGER).offset(page.offset);
  const [items, count] = await Promise.all([
    rows.execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: items, total: Number(count.n) };
}

/** How many meetings name each draft among their participants. */
export async function meetingCountsOf(db: Kysely<DB>, candidateIds: readonly string[]) {
  if (candidateIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('meeting_participant')
    .select(['candidate_id', (eb) => eb.fn.count<number>('meeting_id').distinct().as('n')])
    .where('candidate_id', 'in', [...new Set(candidateIds)])
    .groupBy('candidate_id')
    .execute();
  return new Map(rows.map((r) => [r.candidate_id as string, Number(r.n)]));
}

/** The participations of a draft: which meetings the confirmation re-points. */
export async function participationsOf(db: Kysely<DB>, candidateId: string) {
  return db
    .selectFrom('meeting_participant')
    .select(['id', 'meeting_id', 'person_id'])
    .where('candidate_id', '=', candidateId)
    .orderBy('meeting_id')
    .orderBy('position')
    .execute();
}

/**
 * Re-points the participations of a draft: to the person it was confirmed as, or (candidate_id null)
 * away from a rejected draft.
 */
export async function pointParticipants(
  db: Kysely<DB>,
  candidateId: string,
  to: { person_id: string } | { candidate_id: null },
): Promise<void> {
  await db.updateTable('meeting_participant').set(to).where('candidate_id', '=', candidateId).execute();
}

/** The names of drafts, by id. */
export async function candidateNames(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('person_candidate').select(['id', 'name']).where('id', 'in', ids).execute();
}

export type FollowUpRow = Awaited<ReturnType<ReturnType<typeof followUpColumns>['execute']>>[number];

/** The follow-ups of these meetings the actor may read, by due date. */
export async function followUpsOfMeetings(db: Kysely<DB>, actor: Actor, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  // The meeting's id named too: without it SQLite walks the meetings by marking (200,000 on the
  // large dataset) instead of looking these few up by key.
  return followUpColumns(db, actor, {})
    .where('follow_up.meeting_id', 'in', meetingIds)
    .where('meeting.id', 'in', meetingIds)
    .orderBy('follow_up.due_date')
    .execute();
}
