import type { Kysely } from 'kysely';
import type { DB } from '../core/schema.js';

/** Areas of cooperation (the area row is written by records.ts, keyed by its code). */

export async function findArea(db: Kysely<DB>, code: string) {
  return db.selectFrom('area').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function areaExists(db: Kysely<DB>, code: string): Promise<boolean> {
  return Boolean(await db.selectFrom('area').select('code').where('code', '=', code).executeTakeFirst());
}

export async function listAreas(db: Kysely<DB>, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    db.selectFrom('area').selectAll().orderBy('code').limit(limit).offset(offset).execute(),
    db
      .selectFrom('area')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every area's code and names (JSON), for labels. */
export async function areaNames(db: Kysely<DB>) {
  return db.selectFrom('area').select(['code', 'names']).execute();
}
