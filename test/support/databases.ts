import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/store/core/db.js';
import { migrateToLatest } from '../../src/store/core/migrate.js';
import { TEMPLATE_DB, urlFor, withAdmin } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: boolean;
  }
}

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** a fresh, migrated, empty database; `drop` removes it */
  create(): Promise<{ store: Store; drop(): Promise<void> }>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'concord-test-'));
    const store = openStore(`sqlite://${join(dir, 'test.db')}`);
    await migrateToLatest(store);
    return {
      store,
      async drop() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/**
 * Drops a test database once the pool's connections have gone. Forcing it at once races the pool's
 * own goodbye: a connection still closing would receive "terminating connection" as an unhandled
 * error. So it waits for them (a few seconds at most) and forces only as a last resort.
 */
export async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const busy = await withAdmin(async (c) => {
      const res = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      return (res.rows[0] as { n: number }).n > 0;
    });
    if (!busy) {
      await withAdmin((c) => c.query(`drop database if exists ${name}`));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
}

const postgres: TestDatabase = {
  name: 'postgres',
  async create() {
    const name = `concord_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await withAdmin((c) => c.query(`create database ${name} template ${TEMPLATE_DB}`));
    const store = openStore(urlFor(name), { poolSize: 4 });
    return {
      store,
      async drop() {
        await store.close();
        await dropDatabase(name);
      },
    };
  },
};

/**
 * Both databases, each with `skip` set when it cannot run here: use with `describe.skipIf`, so a
 * missing PostgreSQL shows as a skipped suite by name (and the global setup warns loudly).
 */
export function testDatabases(): (TestDatabase & { skip: boolean })[] {
  return [
    { ...sqlite, skip: false },
    { ...postgres, skip: !inject('postgres') },
  ];
}
