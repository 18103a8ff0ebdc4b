import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { openStore } from '../../src/store/core/db.js';
import { migrateToLatest } from '../../src/store/core/migrate.js';
import { REPO } from './cli.js';
import { postgresReachable, TEMPLATE_DB, urlFor, withAdmin } from './postgres.js';

/**
 * The web app is built once, before any test file runs: browser journeys in parallel files would
 * otherwise each find it stale and start vite builds that refuse to run side by side.
 */
function buildWebOnce() {
  const build = spawnSync(process.execPath, [join(REPO, 'scripts', 'build-web-if-stale.mjs')], {
    cwd: REPO,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the web app did not build:\n${build.stdout}\n${build.stderr}`);
}

/** Builds the migrated PostgreSQL template once per run; says loudly when PostgreSQL is absent. */
export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  buildWebOnce();
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
