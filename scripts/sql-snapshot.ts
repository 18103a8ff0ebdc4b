// Writes the SQL snapshots (src/store/queries/*.sql) for SQLite and PostgreSQL: `npm run sql:snapshot`.
// test/sql-snapshot.test.ts runs the same scenario and fails when the checked-in files differ.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/core/db.js';
import { migrateToLatest } from '../src/store/core/migrate.js';
import { urlFor, withAdmin } from '../test/support/postgres.js';
import { render, runScenario, write } from '../test/support/sql-snapshot.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-sql-'));
const sqlite = openStore(`sqlite://${join(dir, 'snapshot.db')}`);
try {
  await migrateToLatest(sqlite);
  write(render(await runScenario(sqlite), 'sqlite'), 'sqlite');
} finally {
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}

const name = `concord_sql_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
await withAdmin((c) => c.query(`create database ${name}`));
const postgres = openStore(urlFor(name), { poolSize: 4 });
try {
  await migrateToLatest(postgres);
  write(render(await runScenario(postgres), 'postgres'), 'postgres');
} finally {
  await postgres.close();
  await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
}
console.log('SQL snapshots written to src/store/queries/');
