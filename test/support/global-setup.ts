import { openStore } from '../../src/store/core/db.js';
import { migrateToLatest } from '../../src/store/core/migrate.js';
import { postgresReachable, TEMPLATE_DB, urlFor, withAdmin } from './postgres.js';

/** Builds the migrated PostgreSQL template once per run; says loudly when PostgreSQL is absent. */
export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  const unreachable = await postgresReachable();
  if (unreachable) {
    if (process.env.CI) throw new Error(`CI needs PostgreSQL, and none answered: ${unreachable}`);
    const line = '='.repeat(78);
    console.warn(
      `\n${line}\nPostgreSQL SKIPPED: no server reachable (${unreachable}).\nOnly the SQLite half of the storage and API tests runs. Start one: pg_ctlcluster 15 main start\n${line}\n`,
    );
    provide('postgres', false);
    return;
  }
  await withAdmin(async (c) => {
    await c.query(`drop database if exists ${TEMPLATE_DB}`);
    await c.query(`create database ${TEMPLATE_DB}`);
  });
  const store = openStore(urlFor(TEMPLATE_DB));
  await migrateToLatest(store);
  await store.close();
  provide('postgres', true);
}
