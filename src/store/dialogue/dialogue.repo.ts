import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/trust/actor.js';
import type { DB } from '../core/schema.js';
import { visibleWhere } from '../trust/access.js';
import { visibleFollowUpCount } from '../trust/reach-counts.js';
import { MEETING_SCOPE } from './meeting.repo.js';

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

/**
 * The follow-ups of these meetings, for presenting meetings the caller has already checked the actor
 * may read (a follow-up is read through its meeting): without the visibility condition the database
 * looks the meetings up by id, where with it SQLite would walk every meeting of the marking first.
 */
export function followUpsOfMeetings(db: Kysely<DB>, meetingIds: readonly string[]) {
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
    .where('follow_up.meeting_id', 'in', [...meetingIds])
    .orderBy('follow_up.due_date')
    .execute();
}

/**
 * The page in due order. Without a partner or meeting to narrow by, the page walks follow-ups by
 * (due_date, id) (migration 0010) and looks each one's meeting up until the page is full; the cross
 * join fixes that order on SQLite, whose planner would otherwise collect every visible meeting's
 * follow-ups and sort them. Narrowed, the partner's or meeting's index is the better start.
 */
function followUpPage(db: Kysely<DB>, actor: Actor, f: FollowUpFilter) {
  if (f.partner_id || f.meeting_id) return followUpColumns(db, actor, f);
  let q = db
    .selectFrom('follow_up')
    .crossJoin('meeting')
    .whereRef('meeting.id', '=', 'follow_up.meeting_id')
    .where((eb) => visibleWhere(eb, actor, 'follow_up', MEETING_SCOPE))
    .selectAll('follow_up')
    .select([
      'meeting.partner_id',
      'meeting.start_date as meeting_date',
      'meeting.marking',
      'meeting.releasable_to',
    ]);
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

/** Filters the reach tally answers: by partner and status at most. */
function talliedFollowUps(f: FollowUpFilter): boolean {
  return Object.entries(f).every(
    ([k, v]) => k === 'partner_id' || k === 'status' || v === undefined || v === '',
  );
}

export async function listFollowUps(
  db: Kysely<DB>,
  actor: Actor,
  f: FollowUpFilter,
  limit: number,
  offset: number,
) {
  const [rows, total] = await Promise.all([
    followUpPage(db, actor, f)
      .orderBy('follow_up.due_date')
      .orderBy('follow_up.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    // The reach tally (migration 0010) counts by the meeting's scope and the status, for any reader.
    talliedFollowUps(f)
      ? visibleFollowUpCount(db, actor, {
          ...(f.partner_id ? { partner_id: f.partner_id } : {}),
          ...(f.status ? { status: f.status } : {}),
        })
      : followUpQuery(db, actor, f)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n)),
  ]);
  return { rows, total };
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
