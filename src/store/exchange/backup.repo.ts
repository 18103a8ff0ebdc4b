import { type Kysely, sql } from 'kysely';
import type { DB } from '../core/schema.js';

/**
 * Backup and restore walk every table by name (store/core/tables.ts lists them), so these queries
 * take the table as a string rather than a typed name.
 */
// biome-ignore lint/suspicious/noExplicitAny: tables are walked by name
type Loose = Kysely<any>;

/** A page of a table's rows in key order. */
export async function pageOfTable(db: Kysely<DB>, table: string, key: string, limit: number, offset: number) {
  const rows = await (db as Loose)
    .selectFrom(table)
    .selectAll()
    .orderBy(key)
    .limit(limit)
    .offset(offset)
    .execute();
  return rows as Record<string, unknown>[];
}

/** The migrations applied, by name (a backup records them). */
export async function appliedMigrations(db: Kysely<DB>): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return result.rows.map((m) => m.name);
}

export async function tableHasRows(db: Kysely<DB>, table: string): Promise<boolean> {
  return Boolean(await (db as Loose).selectFrom(table).select(sql`1`.as('x')).limit(1).executeTakeFirst());
}

export async function insertRawRows(
  db: Kysely<DB>,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length) await (db as Loose).insertInto(table).values(rows).execute();
}

/** PostgreSQL: moves a table's id sequence past the rows restored with their ids. */
export async function resetIdSequence(db: Kysely<DB>, table: string): Promise<void> {
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
    db,
  );
}

/** The names of the tables the database has (fewer than the entity table before a migration). */
export async function existingTableNames(db: Kysely<DB>, dialect: 'sqlite' | 'postgres'): Promise<string[]> {
  const rows =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
          db,
        );
  return rows.rows.map((r) => r.name);
}
