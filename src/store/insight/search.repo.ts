import type { Kysely } from 'kysely';
import type { DB } from '../core/schema.js';

/**
 * The folded search texts of the registry's names (people, organizations, posts): the words a typo
 * is corrected towards. Registry names are reference data; a hidden record's words only ever steer a
 * second search that is itself filtered for the reader.
 */
export async function registrySearchTexts(db: Kysely<DB>): Promise<string[]> {
  const [people, organizations, posts] = await Promise.all([
    db.selectFrom('person').select('search').where('deleted_at', 'is', null).execute(),
    db.selectFrom('organization').select('search').where('deleted_at', 'is', null).execute(),
    db.selectFrom('post').select('search').where('deleted_at', 'is', null).execute(),
  ]);
  return [...people, ...organizations, ...posts].map((r) => r.search);
}
