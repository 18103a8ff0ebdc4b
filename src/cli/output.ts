import { loadConfig, setting } from '../config.js';
import { DomainError } from '../domain/core/errors.js';
import { migrateWithBackup } from '../services/exchange/scheduled-backup.service.js';
import { openStore, type Store } from '../store/core/db.js';

/** CONCORD_DEBUG asks for stack traces; a malformed setting must not hide the error being reported. */
function debugging(): boolean {
  try {
    return setting('CONCORD_DEBUG');
  } catch {
    return false;
  }
}

/** A failed command says what went wrong in one line, never with a stack trace, and exits non-zero. */
export function reportFailure(err: unknown): never {
  const message = err instanceof DomainError || err instanceof Error ? err.message : String(err);
  process.stderr.write(`concord: ${message}\n`);
  if (err instanceof Error && debugging()) process.stderr.write(`${err.stack}\n`);
  process.exit(err instanceof DomainError && err.status < 500 ? 2 : 1);
}

/** Opens the configured database, brought up to date, for the length of `fn`. */
export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = openStore(config.DATABASE_URL);
  try {
    const migrated = await migrateWithBackup(store, config.BACKUP_DIR);
    if (migrated.backup)
      process.stderr.write(`Backed up to ${migrated.backup} (verified) before migrating.\n`);
    return await fn(store);
  } finally {
    await store.close();
  }
}
