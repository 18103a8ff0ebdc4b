import type pg from 'pg';

/**
 * The PostgreSQL server the tests use: TEST_POSTGRES_URL, else the machine's local cluster over its
 * unix socket (as `.ci/run` starts it). Each test file gets its own database cloned from a migrated
 * template, so files run in parallel without cleaning up after each other.
 */
export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql:///postgres?host=/var/run/postgresql';
// Several checkouts (or helpers) on one server each name their own template.
export const TEMPLATE_DB = process.env.CONCORD_TEST_TEMPLATE ?? 'concord_test_template';

export function urlFor(database: string): string {
  const url = ADMIN_URL.replace(/\/[^/?]*(\?|$)/, `/${database}$1`);
  return url;
}

export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const { openStore } = await import('../../src/store/core/db.js');
  // openStore knows how to name the operating-system user when the URL has none.
  const store = openStore(ADMIN_URL, { poolSize: 1 });
  const client = await (store.pool as pg.Pool).connect();
  try {
    return await fn(client as unknown as pg.Client);
  } finally {
    client.release();
    await store.close();
  }
}

export async function postgresReachable(): Promise<string | null> {
  try {
    await withAdmin((c) => c.query('select 1'));
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}
