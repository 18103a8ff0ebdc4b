import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../store/core/db.js';
import { migrateToLatest, migrationStatus } from '../../store/core/migrate.js';
import { tableHasRows } from '../../store/exchange/backup.repo.js';
import { backup, presentTables, type Summary, verifyBackupFile } from './backup.service.js';

/** Backups this module writes and manages: concord-<kind>-<UTC time>.jsonl in the backup folder. */
const OURS = /^concord-(scheduled|pre-migrate)-.*\.jsonl$/;

export interface WrittenBackup {
  file: string;
  summary: Summary;
}

/**
 * Writes a backup under a temporary name, re-reads it against its own checksums, and only then
 * gives it its final name: a file named concord-*.jsonl in the folder is always a verified one.
 */
export async function writeVerifiedBackup(
  store: Store,
  dir: string,
  kind: 'scheduled' | 'pre-migrate',
  options: { tables?: Awaited<ReturnType<typeof presentTables>> } = {},
): Promise<WrittenBackup> {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const file = join(dir, `concord-${kind}-${stamp}.jsonl`);
  const partial = `${file}.partial`;
  try {
    const summary = await backup(store, partial, options);
    await verifyBackupFile(partial);
    renameSync(partial, file);
    return { file, summary };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}

/** Keeps the newest `keep` scheduled backups; pre-migration ones are kept until removed by hand. */
export function pruneBackups(dir: string, keep: number): string[] {
  const scheduled = readdirSync(dir)
    .filter((name) => name.startsWith('concord-scheduled-') && name.endsWith('.jsonl'))
    .sort()
    .reverse();
  const removed = scheduled.slice(keep);
  for (const name of removed) rmSync(join(dir, name), { force: true });
  return removed;
}

/** Seconds since the newest verified backup in `dir`, or null when there is none. */
export function lastBackupAge(dir: string, now = Date.now()): number | null {
  let newest = 0;
  try {
    for (const name of readdirSync(dir)) {
      if (OURS.test(name)) newest = Math.max(newest, statSync(join(dir, name)).mtimeMs);
    }
  } catch {
    return null;
  }
  return newest ? Math.round((now - newest) / 1000) : null;
}

/** Whether any table the database has holds a row (an empty database needs no backup first). */
async function hasRows(store: Store, tables: Awaited<ReturnType<typeof presentTables>>): Promise<boolean> {
  for (const { name } of tables) {
    if (await tableHasRows(store.db, name)) return true;
  }
  return false;
}

export interface MigrationOutcome {
  applied: string[];
  /** the verified backup taken first, when the database held data and migrations were pending */
  backup?: string;
}

/**
 * Brings the schema up to date; when there is something to migrate and the database holds data,
 * a verified backup of the schema as it is is written to `backupDir` first, so that an upgrade
 * that goes wrong can be undone (restore it with the previous version of Concord).
 */
export async function migrateWithBackup(store: Store, backupDir: string): Promise<MigrationOutcome> {
  const { applied, pending } = await migrationStatus(store);
  let written: string | undefined;
  if (pending.length && applied.length) {
    const tables = await presentTables(store);
    if (await hasRows(store, tables)) {
      written = (await writeVerifiedBackup(store, backupDir, 'pre-migrate', { tables })).file;
    }
  }
  const done = await migrateToLatest(store);
  return { applied: done, ...(written ? { backup: written } : {}) };
}

/**
 * Writes a verified backup every `intervalMs` and keeps the newest `keep`. A failure is reported and
 * the schedule goes on (the age in /readyz shows that backups stopped succeeding). Returns `stop`.
 */
export function scheduleBackups(
  store: Store,
  options: {
    dir: string;
    intervalMs: number;
    keep: number;
    log: { info(msg: string): void; error(msg: string): void };
  },
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return; // a slow backup is never overtaken by the next one
    running = true;
    try {
      const { file, summary } = await writeVerifiedBackup(store, options.dir, 'scheduled');
      const rows = Object.values(summary).reduce((n, t) => n + t.rows, 0);
      const removed = pruneBackups(options.dir, options.keep);
      options.log.info(`backup: ${rows} rows to ${file}, verified; ${removed.length} old removed`);
    } catch (err) {
      options.log.error(`backup failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
