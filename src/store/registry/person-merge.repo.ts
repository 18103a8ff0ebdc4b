import type { Kysely } from 'kysely';
import type { DB } from '../core/schema.js';

/** What a merge of two people reads and re-points (the versioned rows go through records.ts). */

/** The holdings of a person, with what the single-holder check needs. */
export async function holdingsForMerge(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('post_holding')
    .select(['id', 'version', 'post_id', 'person_id', 'acting', 'start_date', 'end_date'])
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
}

/** Which of these posts have one holder at a time. */
export async function singleHolderPosts(db: Kysely<DB>, postIds: readonly string[]): Promise<Set<string>> {
  if (postIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('post')
    .select('id')
    .where('id', 'in', postIds)
    .where('single_holder', '=', 1)
    .execute();
  return new Set(rows.map((p) => p.id));
}

export async function nominationVersionsOf(db: Kysely<DB>, personId: string) {
  return db.selectFrom('nomination').select(['id', 'version']).where('person_id', '=', personId).execute();
}

/** The claims made about a person. */
export async function personClaimVersions(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('claim')
    .select(['id', 'version'])
    .where('subject_type', '=', 'person')
    .where('subject_id', '=', personId)
    .execute();
}

/** Moves every meeting participation of a person to another; how many moved. */
export async function moveParticipations(db: Kysely<DB>, from: string, into: string): Promise<number> {
  const r = await db
    .updateTable('meeting_participant')
    .set({ person_id: into })
    .where('person_id', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Points every draft confirmed as one person at another (a new version each); how many moved. */
export async function moveConfirmedDrafts(
  db: Kysely<DB>,
  from: string,
  into: string,
  at: string,
): Promise<number> {
  const r = await db
    .updateTable('person_candidate')
    .set((eb) => ({ person_id: into, version: eb('version', '+', 1), updated_at: at }))
    .where('person_id', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
