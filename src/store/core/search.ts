import { type Kysely, type RawBuilder, type SqlBool, SqliteAdapter, sql } from 'kysely';
import { containsPattern, trigramPhrase } from '../../domain/core/search-text.js';
import type { DB } from './schema.js';

/**
 * `<alias>.search` contains the folded query: always the LIKE (the definition of a match); on SQLite
 * also the trigram index of migration 0008, which narrows the rows the LIKE needs to look at.
 * PostgreSQL's trigram index serves the LIKE itself. `narrow: false` when another filter already
 * leaves few rows: collecting every match of a common word from the index then costs more than the
 * LIKE on those rows (SQLite cannot weigh the two).
 */
export function searchContains(
  db: Kysely<DB>,
  alias: string,
  table: 'activity' | 'meeting',
  query: string,
  narrow = true,
): RawBuilder<SqlBool> {
  const like = sql<SqlBool>`${sql.ref(`${alias}.search`)} like ${containsPattern(query)} escape '\\'`;
  const phrase = trigramPhrase(query);
  if (!narrow || !phrase || !(db.getExecutor().adapter instanceof SqliteAdapter)) return like;
  const fts = sql.table(`${table}_search`);
  return sql<SqlBool>`${sql.ref(`${alias}.rowid`)} in (select rowid from ${fts} where ${fts} match ${phrase}) and ${like}`;
}
