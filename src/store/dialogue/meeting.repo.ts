import type { Kysely } from 'kysely';
import { scopeColumns } from '../../domain/core/entities.js';
import { seesAll } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import type { meetingListQuery } from '../../schemas/dialogue/meeting.schema.js';
import type { ListFilter } from '../core/list-filter.js';
import type { DB } from '../core/schema.js';
import { searchContains } from '../core/search.js';
import { meetingCount } from '../insight/dashboard.repo.js';
import { visibleWhere } from '../trust/access.js';

/** A meeting's scope columns: whom it concerns, its marking and whom that releases it to. */
export const MEETING_SCOPE = scopeColumns('meeting');

export type MeetingFilter = ListFilter<typeof meetingListQuery>;

function meetingQuery(db: Kysely<DB>, actor: Actor, f: MeetingFilter) {
  // No condition at all for who sees everything: SQLite then counts from an index alone.
  let q = db
    .selectFrom('meeting')
    .$if(!seesAll(actor, 'meeting'), (qb) =>
      qb.where((eb) => visibleWhere(eb, actor, 'meeting', MEETING_SCOPE)),
    );
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

/** The list asks for all meetings, and the actor sees them all. */
function everyMeeting(actor: Actor, f: MeetingFilter): boolean {
  return seesAll(actor, 'meeting') && Object.values(f).every((v) => v === undefined || v === '');
}

export async function listMeetings(
  db: Kysely<DB>,
  actor: Actor,
  f: MeetingFilter,
  limit: number,
  offset: number,
) {
  const [rows, count] = await Promise.all([
    meetingQuery(db, actor, f)
      .selectAll('meeting')
      .orderBy('meeting.start_lo', 'desc')
      .orderBy('meeting.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    // The dashboards' tally (migration 0009) holds the count of all meetings, kept by triggers:
    // PostgreSQL would otherwise scan every row to count them.
    everyMeeting(actor, f)
      ? meetingCount(db)
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

/** A meeting of this partner, kind and day that already rests on a source. */
export async function meetingOnSource(
  db: Kysely<DB>,
  sourceId: string,
  m: { partner_id: string; kind: string; start_date: string },
) {
  return db
    .selectFrom('meeting')
    .innerJoin('meeting_source', 'meeting_source.meeting_id', 'meeting.id')
    .select('meeting.id')
    .where('meeting_source.source_id', '=', sourceId)
    .where('meeting.partner_id', '=', m.partner_id)
    .where('meeting.kind', '=', m.kind)
    .where('meeting.start_date', '=', m.start_date)
    .executeTakeFirst();
}
