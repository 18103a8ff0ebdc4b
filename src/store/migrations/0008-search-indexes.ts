import { sql } from 'kysely';
import type { Dialect } from '../core/db.js';
import type { AnyDb } from './builders.js';

/** The tables whose folded `search` column (domain/search-text.ts) gets a substring index. */
export const SEARCHED_TABLES = ['activity', 'meeting'] as const;

/** SQLite's FTS5 index and its shadow tables: derived from the data, so not part of the schema's shape. */
export function isSearchIndexTable(name: string): boolean {
  return SEARCHED_TABLES.some((t) => name === `${t}_search` || name.startsWith(`${t}_search_`));
}

/**
 * Substring indexes for the menu and dialogue searches, and the dialogue list's order.
 *
 * SQLite: an FTS5 trigram index per searched table, external content over the table's rowid (the
 * text is stored once), kept in step by triggers — so any writer, restore and `db copy` included,
 * keeps it right. It is derived, not data: backups skip it and a restore rebuilds it row by row.
 * The repositories use it only to narrow candidates and keep the LIKE as the exact test.
 * PostgreSQL: pg_trgm's GIN index, which serves the same LIKE directly (trusted since PG 13).
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    for (const table of SEARCHED_TABLES) {
      const fts = `${table}_search`;
      await sql
        .raw(
          `create virtual table ${fts} using fts5(search, content='${table}', content_rowid='rowid', tokenize='trigram')`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${fts}_insert after insert on ${table} begin
             insert into ${fts}(rowid, search) values (new.rowid, new.search); end`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${fts}_delete after delete on ${table} begin
             insert into ${fts}(${fts}, rowid, search) values ('delete', old.rowid, old.search); end`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${fts}_update after update of search on ${table} begin
             insert into ${fts}(${fts}, rowid, search) values ('delete', old.rowid, old.search);
             insert into ${fts}(rowid, search) values (new.rowid, new.search); end`,
        )
        .execute(db);
      await sql.raw(`insert into ${fts}(${fts}) values ('rebuild')`).execute(db);
    }
    // A partner's meetings searched newest first (meeting.repo.ts skips the trigram index then): the
    // folded text in the index answers the LIKE and the count without reading the rows. SQLite only:
    // PostgreSQL's B-tree refuses entries over ~2.7 kB, which a long search text can reach.
    await sql`create index meeting_partner_search on meeting (partner_id, start_lo desc, id, search)`.execute(
      db,
    );
  } else {
    await sql`create extension if not exists pg_trgm`.execute(db);
    for (const table of SEARCHED_TABLES) {
      await sql
        .raw(`create index ${table}_search_trgm on ${table} using gin (search gin_trgm_ops)`)
        .execute(db);
    }
  }
  // The dialogue list is newest first with the id as tie-break: an index in that order serves a page.
  await sql`create index meeting_start_id on meeting (start_lo desc, id)`.execute(db);
  // The menu's date window: an iteration's dates beside its activity answer it from the index alone.
  await db.schema
    .createIndex('iteration_activity_dates')
    .on('iteration')
    .columns(['activity_id', 'start_date', 'end_date'])
    .execute();
  // The menu filtered by area and type, in its page order (key, id): PostgreSQL otherwise walks the
  // whole key index looking for the area's activities.
  await db.schema
    .createIndex('activity_area_key')
    .on('activity')
    .columns(['area_code', 'event_type', 'key', 'id'])
    .execute();
}
