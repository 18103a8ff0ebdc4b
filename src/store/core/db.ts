import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { type ControlledTransaction, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { setting } from '../../config.js';
import type { DB } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

/** A transaction its opener commits or rolls back itself (imports: one savepoint per row). */
export type ControlledTx = ControlledTransaction<DB>;

export interface Store {
  db: Kysely<DB>;
  dialect: Dialect;
  /** where the data lives, with any password removed, for logs and health checks */
  location: string;
  /** the raw driver, for prepared hot paths and benchmarks */
  sqlite?: SQLite.Database;
  pool?: pg.Pool;
  /**
   * Where read-only routes may read: a second pool on DATABASE_READ_URL (a replica) when set, else
   * the main database. Writes, and reads inside a transaction, always use `db`.
   */
  read: Kysely<DB>;
  close(): Promise<void>;
}

/** The connection a read should use: the caller's transaction if any, else the read pool. */
export function readerFor(w: { db: Kysely<DB>; store?: Store }): Kysely<DB> {
  if (w.db.isTransaction || !w.store) return w.db;
  return w.store.read;
}

/** Throws when the database does not answer (the health check). */
export async function ping(store: Store): Promise<void> {
  await sql`select 1`.execute(store.db);
}

export const DEFAULT_SQLITE_PATH = './data/concord.db';

// PostgreSQL returns bigint (count(*), sums) as strings; our counts fit in a double.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export function describeUrl(url: string | undefined): { dialect: Dialect; target: string } {
  if (!url) return { dialect: 'sqlite', target: resolve(DEFAULT_SQLITE_PATH) };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://'))
    return { dialect: 'postgres', target: url };
  if (url.startsWith('sqlite://')) {
    const path = url.slice('sqlite://'.length);
    if (!path.startsWith('/')) throw new Error(`DATABASE_URL ${url}: write sqlite:///absolute/path.db`);
    return { dialect: 'sqlite', target: path };
  }
  throw new Error(
    `DATABASE_URL must start with postgres://, postgresql:// or sqlite:/// (got ${url.split(':')[0]}:)`,
  );
}

/**
 * Kysely's SQLite driver prepares every query anew, which costs as much as running it; statements
 * are reusable, so the driver gets a database whose prepare() remembers the last few hundred.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
    } else {
      statement = sqlite.prepare(source);
      if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    }
    cache.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The database file holds password hashes, sessions and every restricted record: it is created 0600
 * (SQLite gives its -wal and -shm files the same mode), and an older 0644 file is narrowed.
 */
function restrictFile(path: string): void {
  if (path === ':memory:') return;
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      chmodSync(file, 0o600);
    } catch {
      // -wal and -shm exist only while a connection has the file open
    }
  }
}

export function openStore(
  url: string | undefined,
  options: { poolSize?: number; readUrl?: string } = {},
): Store {
  const { dialect, target } = describeUrl(url);
  if (dialect === 'sqlite') {
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    restrictFile(target);
    const sqlite = new SQLite(target);
    sqlite.pragma('journal_mode = WAL');
    // FULL: a committed transaction survives power loss, not just a process crash.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Statistics (ANALYZE) read at most this many rows an index: bounded work whatever the size.
    sqlite.pragma('analysis_limit = 1000');
    // Savepoints (an import's batches, a row tried alone) journal every page they touch; in a temp
    // file that tripled the cost of an import (858 → 289 ms for 2,000 organizations).
    sqlite.pragma('temp_store = MEMORY');
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    // One file, one writer: readers of the same file gain nothing from a second handle here.
    return {
      db,
      dialect,
      sqlite,
      read: db,
      location: target,
      close: () => {
        refreshStatistics(sqlite);
        return db.destroy();
      },
    };
  }
  const pool = newPool(target, options.poolSize ?? 10);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const readUrl = options.readUrl ?? setting('DATABASE_READ_URL');
  const read = readUrl ? openReadPool(readUrl, options.poolSize ?? 10) : db;
  return {
    db,
    dialect,
    pool,
    read,
    location: target.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@'),
    close: async () => {
      if (read !== db) await read.destroy();
      await db.destroy();
    },
  };
}

/**
 * Keeps SQLite's planner statistics current, as SQLite advises (`PRAGMA optimize` before closing and
 * now and then on a long-lived connection): it analyzes only the tables that changed enough, so it
 * is nearly free when nothing did. Without statistics the planner guesses, and on the large dataset
 * it guessed a walk over 200,000 meetings by marking to find the follow-ups of fifty of them.
 * PostgreSQL's autovacuum does the same on its own.
 */
export function refreshStatistics(sqlite: SQLite.Database | undefined, everyTable = false): void {
  if (!sqlite?.open) return;
  try {
    sqlite.pragma(everyTable ? 'optimize = 0x10002' : 'optimize');
  } catch {
    // a read-only or busy file keeps its old statistics: the answers stay right, only slower
  }
}

/**
 * A pool whose idle connections may be ended by the server (a restart, a failover, a dropped
 * database) without ending the process: pg then discards the connection and the next query opens
 * another, but an 'error' event with no listener would be thrown.
 */
function newPool(target: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: libpqUrl(withUser(target)), max });
  pool.on('error', () => {});
  // The first failure to connect says where and why in words, instead of the driver's bare message.
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => Promise<pg.PoolClient> | undefined;
  pool.connect = ((...args: unknown[]) =>
    args.length
      ? connect(...args)
      : connect()?.catch((err: unknown) => {
          throw connectionError(err, target);
        })) as typeof pool.connect;
  return pool;
}

/** Where libpq looks for the server's socket when a URL names no host (Debian's, then the default). */
export const SOCKET_DIRS = ['/var/run/postgresql', '/tmp'];

/**
 * A URL as libpq (psql) reads it: with no host (postgres:///db) it means the local unix socket, in
 * PGHOST when set, else the first socket folder that exists. node-postgres would try TCP on
 * localhost instead, and fail with a password error that says nothing of the cause.
 */
export function libpqUrl(url: string, socketDirs = SOCKET_DIRS): string {
  // Not WHATWG URL: it refuses postgres://user@/db, which libpq reads as "user, local socket".
  const authority = url.slice(url.indexOf('://') + 3).split(/[/?#]/)[0] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  if (host || /(^|&)host=/.test(query)) return url;
  const dir = setting('PGHOST') || socketDirs.find((d) => existsSync(d));
  if (!dir) return url;
  return `${url}${query ? '&' : '?'}host=${dir}`;
}

/** The reason a connection failed, in words an administrator can act on. */
export function connectionError(err: unknown, target: string): Error {
  const where = target.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
  const e = err as { code?: string; message?: string };
  const message = e?.message ?? String(err);
  let hint: string;
  if (e?.code === 'ECONNREFUSED')
    hint = 'nothing listens there: is PostgreSQL running, on that host and port?';
  else if (e?.code === 'ENOENT') hint = 'no server socket there: is PostgreSQL running on this machine?';
  else if (e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN') hint = 'the host name does not resolve';
  else if (e?.code === '3D000') hint = 'the database does not exist: create it (createdb) or correct the URL';
  else if (e?.code === '28P01' || e?.code === '28000')
    hint = 'the server refused the user or password: check the URL, PGPASSWORD or pg_hba.conf';
  else if (/SASL|password must be a string/.test(message))
    hint =
      'the server asks for a password and the URL has none: add it (postgres://user:password@host/db), set PGPASSWORD, or use the local socket (postgres:///db)';
  else hint = 'see the message above';
  return new Error(`Cannot connect to PostgreSQL at ${where}: ${message} (${hint})`, { cause: err });
}

/** Like psql, connect as the operating-system user when the URL names none (unix-socket setups). */
function withUser(target: string): string {
  const authority = target.slice(target.indexOf('://') + 3).split('/')[0] ?? '';
  const user = setting('PGUSER') || userInfo().username;
  return authority.includes('@') ? target : target.replace('://', `://${encodeURIComponent(user)}@`);
}

/** A second pool for reads (DATABASE_READ_URL, e.g. a streaming replica); PostgreSQL only. */
function openReadPool(url: string, max: number): Kysely<DB> {
  const { dialect, target } = describeUrl(url);
  if (dialect !== 'postgres') throw new Error('DATABASE_READ_URL must be a postgres:// URL (a read replica)');
  const pool = newPool(target, max);
  // A replica refuses writes anyway; saying so up front makes a misrouted write fail loudly on the primary too.
  pool.on('connect', (client) => {
    client.query('set default_transaction_read_only = on').catch(() => {});
  });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
