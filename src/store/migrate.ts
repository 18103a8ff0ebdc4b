import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Store } from './db.js';
import * as registry from './migrations/0001-registry.js';
import * as accounts from './migrations/0002-accounts-audit-chain.js';

/** Migrations are TypeScript modules taking the dialect, listed here in order. */
const MIGRATIONS = { '0001-registry': registry, '0002-accounts-audit-chain': accounts } as const;

function provider(store: Store): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(MIGRATIONS)) out[name] = { up: (db) => m.up(db, store.dialect) };
      return out;
    },
  };
}

export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrator = new Migrator({ db: store.db, provider: provider(store) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
