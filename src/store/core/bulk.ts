import type SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type pg from 'pg';
import type { Store } from './db.js';
import type { DB } from './schema.js';

export type Cell = string | number | null;

/**
 * Bulk loading through the raw driver: multi-row INSERTs inside one explicit transaction. Kysely
 * compiles every statement anew, which costs more than writing the rows; here one statement per
 * chunk size is prepared once and reused.
 */
export interface BulkSession {
  insert(table: string, columns: readonly string[], rows: readonly Cell[][]): Promise<void>;
  /** a statement with no result, e.g. a lock */
  exec(sqlText: string): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

// SQLite allows 32,766 bound variables, PostgreSQL 65,535; staying well below keeps statements small.
const MAX_PARAMS = 30_000;
const MAX_ROWS = 1_000;

function chunkRows(columns: number): number {
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns)));
}

function insertSql(table: string, columns: readonly string[], rows: number, dollar: boolean): string {
  let n = 0;
  const tuple = () => `(${columns.map(() => (dollar ? `$${++n}` : '?')).join(',')})`;
  const values = Array.from({ length: rows }, tuple).join(',');
  return `insert into ${table} (${columns.map((c) => `"${c}"`).join(',')}) values ${values}`;
}

function sqliteSession(db: SQLite.Database): BulkSession {
  const statements = new Map<string, SQLite.Statement>();
  const statement = (table: string, columns: readonly string[], rows: number) => {
    const key = `${table}|${columns.join(',')}|${rows}`;
    let s = statements.get(key);
    if (!s) {
      s = db.prepare(insertSql(table, columns, rows, false));
      statements.set(key, s);
    }
    return s;
  };
  db.exec('begin immediate');
  return {
    async insert(table, columns, rows) {
      const size = chunkRows(columns.length);
      for (let i = 0; i < rows.length; i += size) {
        const chunk = rows.slice(i, i + size);
        statement(table, columns, chunk.length).run(chunk.flat());
      }
    },
    async exec(sqlText) {
      db.exec(sqlText);
    },
    async commit() {
      db.exec('commit');
    },
    async rollback() {
      if (db.inTransaction) db.exec('rollback');
    },
  };
}

async function postgresSession(pool: pg.Pool): Promise<BulkSession> {
  const client = await pool.connect();
  await client.query('begin');
  let released = false;
  const release = () => {
    if (!released) client.release();
    released = true;
  };
  return {
    async insert(table, columns, rows) {
      const size = chunkRows(columns.length);
      for (let i = 0; i < rows.length; i += size) {
        const chunk = rows.slice(i, i + size);
        // Named statements are parsed once per connection and chunk size.
        const text = insertSql(table, columns, chunk.length, true);
        await client.query({
          name: `bulk_${table}_${columns.length}_${chunk.length}`,
          text,
          values: chunk.flat(),
        });
      }
    },
    async exec(sqlText) {
      await client.query(sqlText);
    },
    async commit() {
      try {
        await client.query('commit');
      } finally {
        release();
      }
    },
    async rollback() {
      try {
        if (!released) await client.query('rollback');
      } finally {
        release();
      }
    },
  };
}

export async function openBulk(store: Store): Promise<BulkSession> {
  if (store.sqlite) return sqliteSession(store.sqlite);
  if (store.pool) return postgresSession(store.pool);
  throw new Error('store has no raw driver');
}

/** Runs `fn` in one bulk transaction: committed when it returns, rolled back when it throws. */
export async function inBulk<T>(store: Store, fn: (bulk: BulkSession) => Promise<T>): Promise<T> {
  const bulk = await openBulk(store);
  try {
    const result = await fn(bulk);
    await bulk.commit();
    return result;
  } catch (err) {
    await bulk.rollback();
    throw err;
  }
}

const sqliteStatements = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/**
 * Multi-row inserts of row objects inside the caller's (Kysely) transaction. On SQLite the
 * transaction lives on the one connection, so the raw driver's cached statements join it and skip
 * Kysely's per-call compiling; on PostgreSQL the transaction owns a pooled client that only Kysely
 * reaches, so the rows go through it, a chunk per statement.
 */
export async function insertRows(
  w: { db: Kysely<DB>; store?: Store },
  table: keyof DB,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object);
  const size = chunkRows(columns.length);
  const sqlite = w.store?.sqlite;
  if (sqlite?.inTransaction) {
    let cache = sqliteStatements.get(sqlite);
    if (!cache) {
      cache = new Map();
      sqliteStatements.set(sqlite, cache);
    }
    // One cached single-row statement run per row: SQLite binds and steps it faster than it parses
    // and binds a thousand-row VALUES list.
    const key = `${table}|${columns.join(',')}|1`;
    let statement = cache.get(key);
    if (!statement) {
      statement = sqlite.prepare(insertSql(table, columns, 1, false));
      cache.set(key, statement);
    }
    const values: Cell[] = new Array(columns.length);
    for (const r of rows) {
      for (let k = 0; k < columns.length; k++) values[k] = r[columns[k] as string] as Cell;
      statement.run(values);
    }
    return;
  }
  for (let i = 0; i < rows.length; i += size) {
    // biome-ignore lint/suspicious/noExplicitAny: the table is named by the caller, the rows built for it
    await (w.db as Kysely<any>)
      .insertInto(table)
      .values(rows.slice(i, i + size))
      .execute();
  }
}

/**
 * Rows of `table` whose `column` is one of `values`, as [id, value] pairs: one statement with one
 * parameter for the whole list (json_each on SQLite, = any(array) on PostgreSQL), where an IN list
 * would cost a parameter, and Kysely a node, per value.
 */
export async function findByValues(
  w: { db: Kysely<DB>; store?: Store },
  table: 'organization' | 'person',
  column: 'id' | 'iso2',
  values: readonly string[],
): Promise<[string, string][]> {
  if (values.length === 0) return [];
  const sqlite = w.store?.sqlite;
  if (sqlite) {
    const rows = sqlite
      .prepare(`select id, ${column} as v from ${table} where ${column} in (select value from json_each(?))`)
      .all(JSON.stringify(values)) as { id: string; v: string }[];
    return rows.map((r) => [r.id, r.v]);
  }
  const result = await sql<{ id: string; v: string }>`select id, ${sql.ref(column)} as v from ${sql.table(
    table,
  )} where ${sql.ref(column)} = any(${[...values]}::text[])`.execute(w.db);
  return result.rows.map((r) => [r.id, r.v]);
}
