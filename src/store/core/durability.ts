import { sql } from 'kysely';
import type { Store } from './db.js';

/**
 * Settings under which a committed write could be lost on a crash or power cut; checked at start so
 * an operator hears about them before relying on the database.
 */
export async function durabilityWarnings(store: Store): Promise<string[]> {
  if (store.dialect === 'sqlite') {
    const sync = store.sqlite?.pragma('synchronous', { simple: true });
    const journal = store.sqlite?.pragma('journal_mode', { simple: true });
    const warnings: string[] = [];
    if (sync !== 2) warnings.push(`SQLite synchronous is ${sync}, not FULL (2)`);
    if (journal !== 'wal') warnings.push(`SQLite journal_mode is ${journal}, not WAL`);
    return warnings;
  }
  const warnings: string[] = [];
  for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes'] as const) {
    const { rows } = await sql<Record<string, string>>`${sql.raw(`show ${setting}`)}`.execute(store.db);
    const value = rows[0]?.[setting];
    if (value === 'off')
      warnings.push(`PostgreSQL ${setting} is off: committed writes can be lost on a crash`);
  }
  return warnings;
}
