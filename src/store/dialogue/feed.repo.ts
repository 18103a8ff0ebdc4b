import type { Kysely } from 'kysely';
import type { DB } from '../core/schema.js';
import type { FeedTable, PressDraftTable } from './dialogue.tables.js';

/** Every feed the press desk watches, by address. */
export async function listFeeds(db: Kysely<DB>) {
  return db.selectFrom('feed').selectAll().orderBy('url').execute();
}

export async function findFeed(db: Kysely<DB>, id: string) {
  return db.selectFrom('feed').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function feedAtUrl(db: Kysely<DB>, url: string) {
  return db.selectFrom('feed').select('id').where('url', '=', url).executeTakeFirst();
}

/** Feeds whose next poll is due at this instant (never polled ones first). */
export async function feedsDue(db: Kysely<DB>, now: string) {
  return db
    .selectFrom('feed')
    .selectAll()
    .where((eb) => eb.or([eb('next_poll_at', 'is', null), eb('next_poll_at', '<=', now)]))
    .orderBy('url')
    .execute();
}

/** What a poll learnt: the validators for the next conditional GET, the outcome, the next turn. */
export async function recordPoll(
  db: Kysely<DB>,
  id: string,
  values: Partial<
    Pick<
      FeedTable,
      | 'title'
      | 'etag'
      | 'last_modified'
      | 'polled_at'
      | 'next_poll_at'
      | 'last_status'
      | 'last_error'
      | 'failures'
      | 'items'
    >
  >,
) {
  await db.updateTable('feed').set(values).where('id', '=', id).execute();
}

/** Whether a feed offered this item before. */
export async function itemSeen(db: Kysely<DB>, feedId: string, guid: string): Promise<boolean> {
  return Boolean(
    await db
      .selectFrom('feed_item')
      .select('id')
      .where('feed_id', '=', feedId)
      .where('guid', '=', guid)
      .executeTakeFirst(),
  );
}

export async function insertItem(
  db: Kysely<DB>,
  row: {
    id: string;
    feed_id: string;
    guid: string;
    url: string | null;
    title: string | null;
    published: string | null;
    draft_id: string | null;
    created_at: string;
  },
) {
  await db.insertInto('feed_item').values(row).execute();
}

/** Open drafts of meetings that start between two days: the ones a new report may join. */
export async function openDraftsBetween(db: Kysely<DB>, from: string, to: string) {
  return db
    .selectFrom('press_draft')
    .selectAll()
    .where('status', '=', 'open')
    .where('start_date', '>=', from)
    .where('start_date', '<=', to)
    .orderBy('start_date')
    .orderBy('id')
    .execute();
}

export async function listDrafts(db: Kysely<DB>, status: string | undefined, limit: number, offset: number) {
  let q = db.selectFrom('press_draft');
  if (status) q = q.where('status', '=', status);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('start_date', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findDraft(db: Kysely<DB>, id: string): Promise<PressDraftTable | undefined> {
  return db.selectFrom('press_draft').selectAll().where('id', '=', id).executeTakeFirst();
}
