import { type Kysely, sql } from 'kysely';
import { containsPattern } from '../../domain/core/search-text.js';
import type { holdingListQuery, postListQuery } from '../../schemas/registry/post.schema.js';
import type { Store } from '../core/db.js';
import type { ListFilter } from '../core/list-filter.js';
import { preparedOnce } from '../core/prepared.js';
import type { DB, PostHoldingTable } from '../core/schema.js';

export type HoldingRow = PostHoldingTable;

export async function findPost(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('post')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function postsByIds(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('post')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export async function listPosts(
  db: Kysely<DB>,
  f: ListFilter<typeof postListQuery>,
  limit: number,
  offset: number,
) {
  let q = db.selectFrom('post').where('deleted_at', 'is', null);
  if (f.q) q = q.where(sql<boolean>`search like ${containsPattern(f.q)} escape '\\'`);
  if (f.organization_id) q = q.where('organization_id', '=', f.organization_id);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('label').orderBy('id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function postIsReferenced(db: Kysely<DB>, id: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('post_holding').select('id').where('post_id', '=', id).limit(1).executeTakeFirst(),
  );
}

export async function findHolding(db: Kysely<DB>, id: string) {
  return db.selectFrom('post_holding').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Holdings of a post that may cover a day; the presenter tells certain from possible. */
export function holdersOn(store: Store, postId: string, day: string) {
  const query = preparedOnce<'post' | 'day', HoldingRow>(store, 'holding.on', (p) =>
    store.db
      .selectFrom('post_holding')
      .selectAll()
      .where('post_id', '=', p('post'))
      .where('start_lo', '<=', p('day'))
      .where((eb) => eb.or([eb('end_hi', 'is', null), eb('end_hi', '>=', p('day'))]))
      .orderBy('start_lo')
      .orderBy('id'),
  );
  return query({ post: postId, day });
}

export async function holdingsWhere(db: Kysely<DB>, column: 'post_id' | 'person_id', id: string) {
  return db
    .selectFrom('post_holding')
    .selectAll()
    .where(column, '=', id)
    .orderBy('start_lo')
    .orderBy('id')
    .execute();
}

export async function listHoldings(
  db: Kysely<DB>,
  f: ListFilter<typeof holdingListQuery>,
  limit: number,
  offset: number,
) {
  let q = db.selectFrom('post_holding');
  if (f.post_id) q = q.where('post_id', '=', f.post_id);
  if (f.person_id) q = q.where('person_id', '=', f.person_id);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('post_id').orderBy('start_lo').orderBy('id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The holdings of a post that may cover a day, earliest first (read with the caller's handle). */
export async function holdingsOfPostOn(db: Kysely<DB>, postId: string, day: string) {
  return db
    .selectFrom('post_holding')
    .selectAll()
    .where('post_id', '=', postId)
    .where('start_lo', '<=', day)
    .where((eb) => eb.or([eb('end_hi', 'is', null), eb('end_hi', '>=', day)]))
    .orderBy('start_lo')
    .execute();
}

/** Every post with its organization, by label. */
export async function allPosts(db: Kysely<DB>) {
  return db.selectFrom('post').select(['id', 'label', 'organization_id']).orderBy('label').execute();
}
