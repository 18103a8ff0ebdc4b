import { type Kysely, sql } from 'kysely';
import { containsPattern } from '../../domain/core/search-text.js';
import type { DB } from '../core/schema.js';

export async function findPerson(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('person')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function listPeople(db: Kysely<DB>, f: { q?: string }, limit: number, offset: number) {
  let q = db.selectFrom('person').where('deleted_at', 'is', null);
  if (f.q) q = q.where(sql<boolean>`search like ${containsPattern(f.q)} escape '\\'`);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('search').orderBy('id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function personIsReferenced(db: Kysely<DB>, id: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('post_holding').select('id').where('person_id', '=', id).limit(1).executeTakeFirst(),
  );
}

/** Whether a person row exists, deleted or not. */
export async function personExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return Boolean(await db.selectFrom('person').select('id').where('id', '=', id).executeTakeFirst());
}
