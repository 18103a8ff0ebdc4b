import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type Kysely, sql } from 'kysely';
import { DomainError } from '../../domain/core/errors.js';
import type { Store } from '../../store/core/db.js';
import type { DB } from '../../store/core/schema.js';
import { IDENTITY_TABLES, TABLES } from '../../store/core/tables.js';

/**
 * A backup is JSON lines: a header, one line per row ({"t": table, "r": row}), and a trailer with
 * each table's row count and checksum. It is read in one snapshot (consistent while writes go on),
 * and it restores into an empty database of either kind — which is also how SQLite moves to
 * PostgreSQL — verified by the same counts and checksums.
 */
export interface TableSummary {
  rows: number;
  checksum: string;
}
export type Summary = Record<string, TableSummary>;

const PAGE = 2000;
// biome-ignore lint/suspicious/noExplicitAny: tables are walked by name
type Loose = Kysely<any>;

/** Rows are compared as text, so that 1 and "1", or numbers from either driver, hash alike. */
function canonical(row: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(row)
      .sort()
      .map((k) => [k, row[k] === null || row[k] === undefined ? null : String(row[k])]),
  );
}

async function* rowsOf(db: Kysely<DB>, table: string, key: string) {
  let offset = 0;
  for (;;) {
    const rows = await (db as Loose)
      .selectFrom(table)
      .selectAll()
      .orderBy(key)
      .limit(PAGE)
      .offset(offset)
      .execute();
    yield* rows as Record<string, unknown>[];
    if (rows.length < PAGE) return;
    offset += PAGE;
  }
}

async function snapshot<T>(store: Store, fn: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  if (store.dialect === 'postgres') {
    return store.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(fn);
  }
  // In WAL mode a read transaction sees one snapshot, whatever other connections commit meanwhile.
  return store.db.transaction().execute(fn);
}

export async function summarize(store: Store): Promise<Summary> {
  return snapshot(store, async (db) => {
    const out: Summary = {};
    for (const { name, key } of TABLES) {
      const hash = createHash('sha256');
      let rows = 0;
      for await (const row of rowsOf(db, name, key)) {
        hash.update(canonical(row));
        rows++;
      }
      out[name] = { rows, checksum: hash.digest('hex') };
    }
    return out;
  });
}

/**
 * The tables of TABLES that the database has: all of them once migrated, fewer in a database that
 * is about to be migrated (the backup taken before an upgrade is of the schema as it is).
 */
export async function presentTables(store: Store): Promise<typeof TABLES> {
  const rows =
    store.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(store.db)
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
          store.db,
        );
  const present = new Set(rows.rows.map((r) => r.name));
  return TABLES.filter((t) => present.has(t.name));
}

/** Re-reads a written backup and checks every table's row count and checksum against its trailer. */
export async function verifyBackupFile(file: string): Promise<Summary> {
  const hashes = new Map<string, { rows: number; hash: ReturnType<typeof createHash> }>();
  let trailer: Summary | undefined;
  let first = true;
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as {
      format?: string;
      t?: string;
      r?: Record<string, unknown>;
      summary?: Summary;
    };
    if (first) {
      if (entry.format !== 'concord-backup')
        throw new DomainError('import.file', `${file} is not a Concord backup`);
      first = false;
    } else if (entry.summary) {
      trailer = entry.summary;
    } else if (entry.t && entry.r) {
      let table = hashes.get(entry.t);
      if (!table) {
        table = { rows: 0, hash: createHash('sha256') };
        hashes.set(entry.t, table);
      }
      table.hash.update(canonical(entry.r));
      table.rows++;
    }
  }
  if (!trailer) throw new DomainError('import.file', `${file} is incomplete: its summary line is missing`);
  for (const [name, want] of Object.entries(trailer)) {
    const got = hashes.get(name);
    const checksum = got ? got.hash.digest('hex') : createHash('sha256').digest('hex');
    if ((got?.rows ?? 0) !== want.rows || checksum !== want.checksum)
      throw new DomainError('import.file', `${file}: table ${name} does not match its checksum`);
  }
  return trailer;
}

export async function backup(
  store: Store,
  file: string,
  options: { tables?: typeof TABLES; onTable?: (name: string, index: number, of: number) => void } = {},
): Promise<Summary> {
  const tables = options.tables ?? TABLES;
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  const summary = await snapshot(store, async (db) => {
    const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      db,
    );
    await write({
      format: 'concord-backup',
      version: 1,
      created_at: new Date().toISOString(),
      dialect: store.dialect,
      migrations: migrations.rows.map((m) => m.name),
    });
    const result: Summary = {};
    for (const [index, { name, key }] of tables.entries()) {
      options.onTable?.(name, index, tables.length);
      const hash = createHash('sha256');
      let rows = 0;
      for await (const row of rowsOf(db, name, key)) {
        hash.update(canonical(row));
        await write({ t: name, r: row });
        rows++;
      }
      result[name] = { rows, checksum: hash.digest('hex') };
    }
    await write({ summary: result });
    return result;
  });
  out.end();
  await once(out, 'finish');
  return summary;
}

/** Loads a backup into a migrated, empty database, then proves the copy by counts and checksums. */
export async function restore(store: Store, file: string): Promise<Summary> {
  for (const { name } of TABLES) {
    const any = await (store.db as Loose).selectFrom(name).select(sql`1`.as('x')).limit(1).executeTakeFirst();
    if (any) throw new DomainError('import.file', `Restore needs an empty database, and ${name} has rows`);
  }
  let expected: Summary | null = null;
  let header = false;
  await store.db.transaction().execute(async (tx) => {
    let batch: Record<string, unknown>[] = [];
    let batchTable = '';
    const flush = async () => {
      if (batch.length) await (tx as Loose).insertInto(batchTable).values(batch).execute();
      batch = [];
    };
    // Opened only now: readline drops the lines it reads before iteration starts.
    const lines = createInterface({
      input: createReadStream(file, { encoding: 'utf8' }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as {
        format?: string;
        t?: string;
        r?: Record<string, unknown>;
        summary?: Summary;
      };
      if (!header) {
        if (entry.format !== 'concord-backup') {
          throw new DomainError(
            'import.file',
            `${file} is not a Concord backup (it starts: ${line.slice(0, 60)})`,
          );
        }
        header = true;
      } else if (entry.summary) {
        expected = entry.summary;
      } else if (entry.t && entry.r) {
        if (entry.t !== batchTable || batch.length >= 200) {
          await flush();
          batchTable = entry.t;
        }
        batch.push(entry.r);
      }
    }
    await flush();
    if (store.dialect === 'postgres') {
      for (const table of IDENTITY_TABLES) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
          tx,
        );
      }
    }
  });
  if (!expected) throw new DomainError('import.file', `${file} is incomplete: its summary line is missing`);
  const actual = await summarize(store);
  for (const [table, want] of Object.entries(expected as Summary)) {
    const got = actual[table];
    if (!got || got.rows !== want.rows || got.checksum !== want.checksum) {
      throw new DomainError(
        'import.file',
        `Restored ${table} differs from the backup (${got?.rows ?? 0} rows vs ${want.rows})`,
      );
    }
  }
  return actual;
}
