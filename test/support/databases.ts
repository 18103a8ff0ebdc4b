import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';
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
        await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
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
