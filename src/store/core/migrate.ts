import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as registry from '../migrations/0001-registry.js';
import * as accounts from '../migrations/0002-accounts-audit-chain.js';
import * as menu from '../migrations/0003-menu.js';
import * as programmes from '../migrations/0004-programmes.js';
import * as dialogue from '../migrations/0005-dialogue.js';
import * as trust from '../migrations/0006-trust.js';
import * as readIndexes from '../migrations/0007-read-indexes.js';
import * as searchIndexes from '../migrations/0008-search-indexes.js';
import * as dashboardTallies from '../migrations/0009-dashboard-tallies.js';
import * as releasability from '../migrations/0010-releasability.js';
import * as cleanText from '../migrations/0011-clean-text.js';
import * as readPaths from '../migrations/0012-read-paths.js';
import * as followUpTasks from '../migrations/0013-follow-up-tasks.js';
import * as meetingAttachments from '../migrations/0014-meeting-attachments.js';
import * as duplicatesFeeds from '../migrations/0015-duplicates-feeds.js';
import * as knownDevices from '../migrations/0016-known-devices-calendar-tokens.js';
import * as followUpReach from '../migrations/0017-follow-up-reach.js';
import { refreshStatistics, type Store } from './db.js';

/** Migrations are TypeScript modules taking the dialect, listed here in order. */
const MIGRATIONS = {
  '0001-registry': registry,
  '0002-accounts-audit-chain': accounts,
  '0003-menu': menu,
  '0004-programmes': programmes,
  '0005-dialogue': dialogue,
  '0006-trust': trust,
  '0007-read-indexes': readIndexes,
  '0008-search-indexes': searchIndexes,
  '0009-dashboard-tallies': dashboardTallies,
  '0010-releasability': releasability,
  '0011-clean-text': cleanText,
  '0012-read-paths': readPaths,
  '0013-follow-up-tasks': followUpTasks,
  '0014-meeting-attachments': meetingAttachments,
  '0015-duplicates-feeds': duplicatesFeeds,
  '0016-known-devices-calendar-tokens': knownDevices,
  '0017-follow-up-reach': followUpReach,
} as const;

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
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  // New tables and indexes get their statistics now rather than at the first slow query.
  if (applied.length > 0) refreshStatistics(store.sqlite, true);
  return applied;
}

/** Which migrations the database has and which it lacks, without changing anything. */
export async function migrationStatus(store: Store): Promise<{ applied: string[]; pending: string[] }> {
  const migrator = new Migrator({ db: store.db, provider: provider(store) });
  const all = await migrator.getMigrations();
  return {
    applied: all.filter((m) => m.executedAt).map((m) => m.name),
    pending: all.filter((m) => !m.executedAt).map((m) => m.name),
  };
}

/** Migrates up to and including `name` only: for tests of an upgrade from an older schema. */
export async function migrateTo(store: Store, name: keyof typeof MIGRATIONS): Promise<void> {
  const migrator = new Migrator({ db: store.db, provider: provider(store) });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
