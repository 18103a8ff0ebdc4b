import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset } from '../src/demo/generate/index.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { createUser } from '../src/services/trust/account.service.js';
import { openStore, type Store } from '../src/store/core/db.js';
import { migrateToLatest } from '../src/store/core/migrate.js';
import { urlFor, withAdmin } from '../test/support/postgres.js';

/**
 * The benchmark dataset (`concord demo generate`), generated once and cached: SQLite as a file under
 * bench/.data/, PostgreSQL as a database named after the scale. BENCH_QUICK=1 uses the small scale.
 */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '.data');
export const SCALE = process.env.BENCH_QUICK ? 'small' : 'large';
export const BENCH_USER = {
  username: 'bench-staff',
  password: 'bench-password-not-secret',
  role: 'staff' as const,
};

/**
 * One account per kind of reader the bench measures (the anonymous reader needs none): two partner
 * officials of different partners, a provider and staff. The generated data has these ids at every
 * scale (partners are the world's states, providers the organization's schools).
 */
export const BENCH_READERS = {
  staff: BENCH_USER,
  partner: {
    username: 'bench-partner-at',
    password: 'bench-password-not-secret',
    role: 'partner' as const,
    organization_id: 'at',
  },
  partner2: {
    username: 'bench-partner-aw',
    password: 'bench-password-not-secret',
    role: 'partner' as const,
    organization_id: 'aw',
  },
  provider: {
    username: 'bench-provider',
    password: 'bench-password-not-secret',
    role: 'provider' as const,
    organization_id: 'nato-school',
  },
};
export type BenchReader = keyof typeof BENCH_READERS;

/** Creates the readers' accounts a dataset cached before they existed lacks. */
async function ensureReaders(store: Store): Promise<void> {
  const ctx = contextFor(store, SYSTEM_ACTOR);
  for (const user of Object.values(BENCH_READERS)) {
    const exists = await store.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', user.username)
      .executeTakeFirst();
    if (!exists) await createUser(ctx, user);
  }
}

async function prepared(store: Store): Promise<boolean> {
  const row = await store.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', BENCH_USER.username)
    .executeTakeFirst();
  return row !== undefined;
}

async function fill(store: Store): Promise<void> {
  await migrateToLatest(store);
  const started = performance.now();
  const report = await generateDataset(store, { scale: SCALE, seed: 1, actor: SYSTEM_ACTOR });
  console.log(
    `  generated the ${SCALE} dataset on ${store.dialect} in ${((performance.now() - started) / 1000).toFixed(1)} s (${report.counts.nomination} nominations)`,
  );
  await ensureReaders(store);
}

/**
 * A cached dataset gets the migrations added since it was generated, here rather than at the
 * server's start, so that the cold start measures starting, not migrating.
 */
async function upToDate(url: string): Promise<void> {
  const store = openStore(url);
  try {
    await migrateToLatest(store);
    await ensureReaders(store);
  } finally {
    await store.close();
  }
}

export async function sqliteDataset(): Promise<string> {
  const file = join(DATA_DIR, `concord-${SCALE}.db`);
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    const partial = `${file}.partial`;
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
    const store = openStore(`sqlite://${partial}`);
    try {
      await fill(store);
      store.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      await store.close();
    }
    renameSync(partial, file);
  } else {
    await upToDate(`sqlite://${file}`);
  }
  return `sqlite://${file}`;
}

export async function postgresDataset(): Promise<string> {
  const name = `concord_bench_${SCALE}`;
  const url = urlFor(name);
  const exists = await withAdmin(
    async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount,
  );
  if (exists) {
    const store = openStore(url, { poolSize: 1 });
    try {
      if (await prepared(store)) {
        await migrateToLatest(store);
        await ensureReaders(store);
        return url;
      }
    } finally {
      await store.close();
    }
    await withAdmin((c) => c.query(`drop database ${name} with (force)`));
  }
  await withAdmin((c) => c.query(`create database ${name}`));
  const store = openStore(url, { poolSize: 2 });
  try {
    await fill(store);
  } finally {
    await store.close();
  }
  return url;
}
