import type { Kysely } from 'kysely';
import { scopeColumns } from '../../domain/core/entities.js';
import { seesAll } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import type { meetingListQuery } from '../../schemas/dialogue/meeting.schema.js';
import type { ListFilter } from '../core/list-filter.js';
import type { DB } from '../core/schema.js';
import { searchContains } from '../core/search.js';
import { visibleBranches, visibleWhere } from '../trust/access.js';
import { visibleMeetingCount } from '../trust/reach-counts.js';

/** A meeting's scope columns: whom it concerns, its marking and whom that releases it to. */
export const MEETING_SCOPE = scopeColumns('meeting');

export type MeetingFilter = ListFilter<typeof meetingListQuery>;

function meetingQuery(db: Kysely<DB>, actor: Actor, f: MeetingFilter) {
  // No condition at all for who sees everything: SQLite then counts from an index alone.
  return filteredMeetings(db, f).$if(!seesAll(actor, 'meeting'), (qb) =>
    qb.where((eb) => visibleWhere(eb, actor, 'meeting', MEETING_SCOPE)),
  );
}

function filteredMeetings(db: Kysely<DB>, f: MeetingFilter) {
  let q = db.selectFrom('meeting');
  if (f.partner_id) q = q.where('meeting.partner_id', '=', f.partner_id);
  if (f.channel) q = q.where('meeting.channel', '=', f.channel);
  if (f.from) q = q.where('meeting.start_hi', '>=', f.from);
  if (f.to) q = q.where('meeting.start_lo', '<=', f.to.length === 10 ? f.to : `${f.to}\uffff`);
  const text = f.q;
  // A partner's meetings are a few thousand at most: the LIKE over them beats the index.
  if (text) q = q.where(() => searchContains(db, 'meeting', 'meeting', text, !f.partner_id));
  if (f.person_id) {
    const person = f.person_id;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('meeting_participant as mp')
          .select('mp.id')
          .whereRef('mp.meeting_id', '=', 'meeting.id')
          .where('mp.person_id', '=', person),
      ),
    );
  }
  return q;
}

/** The list filters by nothing but the partner at most: the reach tally then knows the count. */
function byPartnerAtMost(f: MeetingFilter): boolean {
  return Object.entries(f).every(([k, v]) => k === 'partner_id' || v === undefined || v === '');
}

/** Beyond this many rows a page is read the plain way: merging branches would read more than it saves. */
const BRANCH_MERGE_MAX = 2_000;

/**
 * One page, newest first. A reader who sees meetings for more than one reason (public, or released
 * to their country) gets each reason's newest `offset + limit` through the (marking, start_lo, id)
 * index, merged: one OR over both would read and sort the 40,000 meetings either reason admits.
 */
function meetingPage(db: Kysely<DB>, actor: Actor, f: MeetingFilter, limit: number, offset: number) {
  const reach = visibleBranches(actor, 'meeting', MEETING_SCOPE);
  if (reach === 'all' || reach.length < 2 || offset + limit > BRANCH_MERGE_MAX) {
    return meetingQuery(db, actor, f)
      .selectAll('meeting')
      .orderBy('meeting.start_lo', 'desc')
      .orderBy('meeting.id')
      .limit(limit)
      .offset(offset)
      .execute();
  }
  const branch = (condition: (typeof reach)[number]) =>
    db
      .selectFrom(
        filteredMeetings(db, f)
          .where(condition)
          .selectAll('meeting')
          .orderBy('meeting.start_lo', 'desc')
          .orderBy('meeting.id')
          .limit(offset + limit)
          .as('b'),
      )
      .selectAll();
  const [first, ...rest] = reach.map(branch);
  // `union` drops a meeting two reasons admit; the branches are already in page order.
  return rest
    .reduce((u, b) => u.union(b), first as ReturnType<typeof branch>)
    .orderBy('start_lo', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function listMeetings(
  db: Kysely<DB>,
  actor: Actor,
  f: MeetingFilter,
  limit: number,
  offset: number,
) {
  const [rows, count] = await Promise.all([
    meetingPage(db, actor, f, limit, offset),
    // The reach tally (migration 0012) counts by the very columns the policy reads, for every
    // reader: counting the rows would scan 200,000 meetings on the large dataset for each page.
    byPartnerAtMost(f)
      ? visibleMeetingCount(db, actor, f.partner_id || undefined)
      : meetingQuery(db, actor, f)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n)),
  ]);
  return { rows, total: count };
}

export async function findMeeting(db: Kysely<DB>, id: string) {
  return db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function participantsOf(db: Kysely<DB>, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_participant')
    .selectAll()
    .where('meeting_id', 'in', [...new Set(meetingIds)])
    .orderBy('meeting_id')
    .orderBy('position')
    .execute();
}

export async function sourcesOf(db: Kysely<DB>, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_source')
    .innerJoin('source', 'source.id', 'meeting_source.source_id')
    .select([
      'meeting_source.meeting_id',
      'meeting_source.source_id',
      'meeting_source.field',
      'meeting_source.excerpt',
      'source.title',
      'source.url',
    ])
    .where('meeting_source.meeting_id', 'in', [...new Set(meetingIds)])
    .orderBy('meeting_source.meeting_id')
    .orderBy('meeting_source.position')
    .execute();
}

export interface ParticipantRow {
  person_id: string | null;
  candidate_id: string | null;
  name: string | null;
  side: string | null;
  post_id: string | null;
  role: string | null;
}

export async function replaceParticipants(
  db: Kysely<DB>,
  meetingId: string,
  rows: readonly ParticipantRow[],
) {
  await db.deleteFrom('meeting_participant').where('meeting_id', '=', meetingId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('meeting_participant')
    .values(rows.map((r, position) => ({ ...r, meeting_id: meetingId, position })))
    .execute();
}

export async function replaceSources(
  db: Kysely<DB>,
  meetingId: string,
  rows: readonly { source_id: string; field: string; excerpt: string | null }[],
) {
  await db.deleteFrom('meeting_source').where('meeting_id', '=', meetingId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('meeting_source')
    .values(rows.map((r, position) => ({ ...r, meeting_id: meetingId, position })))
    .execute();
}

/** The holdings that may cover a day for several people, with their posts. */
/** Every post holding of these people, latest first: a page of meetings resolves its days from it. */
export async function holdingsOfPeople(db: Kysely<DB>, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('post_holding')
    .innerJoin('post', 'post.id', 'post_holding.post_id')
    .select([
      'post_holding.id',
      'post_holding.person_id',
      'post_holding.post_id',
      'post_holding.start_date',
      'post_holding.end_date',
      'post_holding.start_lo',
      'post_holding.end_hi',
      'post_holding.acting',
      'post.label',
      'post.organization_id',
    ])
    .where('post_holding.person_id', 'in', [...new Set(personIds)])
    .orderBy('post_holding.start_lo', 'desc')
    .execute();
}

export async function meetingDatesByChannel(db: Kysely<DB>, actor: Actor, partnerId: string | undefined) {
  let q = db
    .selectFrom('meeting')
    .select(['meeting.channel', 'meeting.partner_id', 'meeting.start_lo'])
    .where((eb) => visibleWhere(eb, actor, 'meeting', MEETING_SCOPE))
    .where('meeting.status', '=', 'held')
    .where('meeting.channel', 'is not', null);
  if (partnerId) q = q.where('meeting.partner_id', '=', partnerId);
  return q.orderBy('meeting.channel').orderBy('meeting.start_lo').execute();
}

export async function meetingIsReferenced(db: Kysely<DB>, id: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('follow_up').select('id').where('meeting_id', '=', id).limit(1).executeTakeFirst(),
  );
}
