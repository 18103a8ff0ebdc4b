import { type Kysely, sql } from 'kysely';
import { containsPattern } from '../../domain/core/search-text.js';
import { seesAll } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import type { DB } from '../core/schema.js';
import { visiblePeople } from './person-scope.repo.js';

export async function findPerson(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('person')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** The people the actor may read (a partner's registered nominees only to it: person-scope.repo.ts). */
export async function listPeople(
  db: Kysely<DB>,
  actor: Actor,
  f: { q?: string },
  limit: number,
  offset: number,
) {
  let q = db
    .selectFrom('person')
    .where('deleted_at', 'is', null)
    .$if(!seesAll(actor, 'person'), (qb) => qb.where((eb) => visiblePeople(eb, actor)));
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

/** Whose a person is, for the nomination rule: their nationality and the partner that registered them. */
export async function nationalityAndRegistrar(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('person')
    .select(['nationality', 'registered_by'])
    .where('id', '=', id)
    .executeTakeFirst();
}
