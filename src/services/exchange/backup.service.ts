import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { chmodSync, closeSync, createReadStream, createWriteStream, openSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { DomainError } from '../../domain/core/errors.js';
import type { Store } from '../../store/core/db.js';
import { IDENTITY_TABLES, TABLES } from '../../store/core/tables.js';
import { attachmentChecksums } from '../../store/dialogue/attachment.repo.js';
import {
  appliedMigrations,
  existingTableNames,
  insertRawRows,
  pageOfTable,
  resetIdSequence,
  tableHasRows,
} from '../../store/exchange/backup.repo.js';
import { hasContent, readContent, sha256Of, storeContent } from '../dialogue/attachment-files.js';
import { decryptingStream, encryptor, isEncrypted, verifyEncrypted } from './backup-crypto.js';

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
type Db = Store['db'];

/** Rows are compared as text, so that 1 and "1", or numbers from either driver, hash alike. */
function canonical(row: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(row)
      .sort()
      .map((k) => [k, row[k] === null || row[k] === undefined ? null : String(row[k])]),
  );
}

async function* rowsOf(db: Db, table: string, key: string) {
  let offset = 0;
  for (;;) {
    const rows = await pageOfTable(db, table, key, PAGE, offset);
    yield* rows as Record<string, unknown>[];
    if (rows.length < PAGE) return;
    offset += PAGE;
  }
}

async function snapshot<T>(store: Store, fn: (db: Db) => Promise<T>): Promise<T> {
  if (store.dialect === 'postgres') {
    return store.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(fn);
  }
  // In WAL mode a read transaction sees one snapshot, whatever other connections commit meanwhile.
  return store.db.transaction().execute(fn);
}

export async function summarize(store: Store): Promise<Summary> {
  return snapshot(store, summarizeIn);
}

/** Counts and checksums of every table, as `db` (a transaction, maybe) sees them. */
async function summarizeIn(db: Db): Promise<Summary> {
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
}

/**
 * The tables of TABLES that the database has: all of them once migrated, fewer in a database that
 * is about to be migrated (the backup taken before an upgrade is of the schema as it is).
 */
export async function presentTables(store: Store): Promise<typeof TABLES> {
  const present = new Set(await existingTableNames(store.db, store.dialect));
  return TABLES.filter((t) => present.has(t.name));
}

/** Re-reads a written backup and checks every table's row count and checksum against its trailer. */
export async function verifyBackupFile(file: string, key?: string): Promise<Summary> {
  const hashes = new Map<string, { rows: number; hash: ReturnType<typeof createHash> }>();
  let trailer: Summary | undefined;
  let first = true;
  const lines = createInterface({
    input: isEncrypted(file) ? decryptingStream(file, key) : createReadStream(file, { encoding: 'utf8' }),
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

/**
 * Writes the backup to `file`, created 0600 (it holds password hashes, sessions and every restricted
 * record); with `key`, encrypted and authenticated (AES-256-GCM, see backup-crypto.ts). `tables`
 * narrows it to a schema not yet migrated; `onTable` reports progress.
 */
export async function backup(
  store: Store,
  file: string,
  options: {
    key?: string;
    tables?: typeof TABLES;
    onTable?: (name: string, index: number, of: number) => void;
  } = {},
): Promise<Summary> {
  const { key } = options;
  const tables = options.tables ?? TABLES;
  // An existing file keeps its mode when opened: narrow it before any row is written.
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  const out = createWriteStream(file);
  const encryption = key ? encryptor(key) : null;
  if (encryption) {
    out.write(encryption.header);
    encryption.cipher.pipe(out, { end: false });
  }
  const sink = encryption ? encryption.cipher : out;
  const write = async (line: unknown) => {
    if (!sink.write(`${JSON.stringify(line)}\n`)) await once(sink, 'drain');
  };
  const summary = await snapshot(store, async (db) => {
    const migrations = await appliedMigrations(db);
    await write({
      format: 'concord-backup',
      version: 1,
      created_at: new Date().toISOString(),
      dialect: store.dialect,
      migrations,
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
    // The attached files' bytes travel with their rows ({"f": sha256, "b": base64}), so a restored
    // database has its minutes too; each is checked against its checksum on the way out and back in.
    if (tables.some((t) => t.name === 'meeting_attachment')) {
      for (const sha256 of await attachmentChecksums(db)) {
        await write({ f: sha256, b: (await readContent(sha256)).toString('base64') });
      }
    }
    await write({ summary: result });
    return result;
  });
  if (encryption) {
    encryption.cipher.end();
    await once(encryption.cipher, 'end');
    out.write(encryption.cipher.getAuthTag());
  }
  out.end();
  await once(out, 'finish');
  return summary;
}

/**
 * Loads a backup into a migrated, empty database and proves the copy by counts and checksums before
 * it commits: a file that does not verify (wrong key, changed, cut short, checksums off) leaves the
 * database as empty as it was. An encrypted file is checked whole first.
 */
export async function restore(
  store: Store,
  file: string,
  key?: string,
  options: { onRows?: (rows: number) => void } = {},
): Promise<Summary> {
  const encrypted = isEncrypted(file);
  if (encrypted) await verifyEncrypted(file, key);
  const input: Readable = encrypted
    ? decryptingStream(file, key)
    : createReadStream(file, { encoding: 'utf8' });
  for (const { name } of TABLES) {
    if (await tableHasRows(store.db, name))
      throw new DomainError('import.file', `Restore needs an empty database, and ${name} has rows`);
  }
  let expected: Summary | null = null;
  let header = false;
  let rowsRead = 0;
  await store.db.transaction().execute(async (tx) => {
    let batch: Record<string, unknown>[] = [];
    let batchTable = '';
    const flush = async () => {
      await insertRawRows(tx, batchTable, batch);
      batch = [];
    };
    // Opened only now: readline drops the lines it reads before iteration starts.
    const lines = createInterface({
      input,
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as {
        format?: string;
        t?: string;
        r?: Record<string, unknown>;
        summary?: Summary;
        f?: string;
        b?: string;
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
      } else if (entry.f && entry.b !== undefined) {
        const bytes = Buffer.from(entry.b, 'base64');
        if (sha256Of(bytes) !== entry.f)
          throw new DomainError(
            'import.file',
            `The attached file ${entry.f} in ${file} does not match its checksum`,
          );
        await storeContent(bytes);
      } else if (entry.t && entry.r) {
        if (entry.t !== batchTable || batch.length >= 200) {
          await flush();
          batchTable = entry.t;
        }
        batch.push(entry.r);
        options.onRows?.(++rowsRead);
      }
    }
    await flush();
    if (store.dialect === 'postgres') {
      for (const table of IDENTITY_TABLES) {
        await resetIdSequence(tx, table);
      }
    }
    if (!expected) throw new DomainError('import.file', `${file} is incomplete: its summary line is missing`);
    for (const sha256 of await attachmentChecksums(tx)) {
      if (!(await hasContent(sha256)))
        throw new DomainError(
          'import.file',
          `The backup lacks the attached file ${sha256}; nothing was restored`,
        );
    }
    const actual = await summarizeIn(tx);
    for (const [table, want] of Object.entries(expected as Summary)) {
      const got = actual[table];
      if (!got || got.rows !== want.rows || got.checksum !== want.checksum) {
        throw new DomainError(
          'import.file',
          `Restored ${table} differs from the backup (${got?.rows ?? 0} rows vs ${want.rows}); nothing was restored`,
        );
      }
    }
  });
  return summarize(store);
}
