import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { verifyBackupFile } from '../src/services/exchange/backup.service.js';
import {
  lastBackupAge,
  migrateWithBackup,
  pruneBackups,
  writeVerifiedBackup,
} from '../src/services/exchange/scheduled-backup.service.js';
import { openStore } from '../src/store/core/db.js';
import { migrateTo, migrateToLatest } from '../src/store/core/migrate.js';
import { concord } from './support/cli.js';
import { urlFor, withAdmin } from './support/postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database as an earlier release left it: migrated up to 0008, without 0009's tallies and after. */
const OLD = '0008-search-indexes';
const NEW = [
  '0009-dashboard-tallies',
  '0010-releasability',
  '0011-clean-text',
  '0012-read-paths',
  '0013-follow-up-tasks',
  '0014-meeting-attachments',
  '0015-duplicates-feeds',
  '0016-known-devices-calendar-tokens',
  '0017-follow-up-reach',
];
const insertArea = sql`insert into area (code, names, description, created_at, updated_at)
  values ('ZZZ', '{"en":"Test area"}', null, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`;

describe('upgrading', () => {
  it.runIf(inject('postgres'))(
    'backs up an older PostgreSQL database holding data before migrating it',
    async () => {
      const name = `concord_upgrade_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
      await withAdmin((c) => c.query(`create database ${name}`));
      const store = openStore(urlFor(name));
      try {
        await migrateTo(store, OLD);
        await insertArea.execute(store.db);
        const outcome = await migrateWithBackup(store, join(dir, 'pre-postgres'));
        expect(outcome.applied).toEqual(NEW);
        expect((await verifyBackupFile(outcome.backup as string)).area?.rows).toBe(1);
      } finally {
        await store.close();
        await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
      }
    },
  );

  it('migrates an older SQLite database after a verified backup, and an empty one without', async () => {
    const full = openStore(`sqlite://${join(dir, 'full.db')}`);
    const empty = openStore(`sqlite://${join(dir, 'empty.db')}`);
    const backups = join(dir, 'pre-migrate');
    try {
      await migrateTo(full, OLD);
      await migrateTo(empty, OLD);
      await insertArea.execute(full.db);

      const outcome = await migrateWithBackup(full, backups);
      expect(outcome.applied).toEqual(NEW);
      expect(outcome.backup).toMatch(/concord-pre-migrate-\d{8}T\d{6}Z\.jsonl$/);
      const file = outcome.backup as string;
      const header = JSON.parse(readFileSync(file, 'utf8').split('\n')[0] as string);
      expect(header.migrations.at(-1)).toBe(OLD);
      const summary = await verifyBackupFile(file);
      expect(summary.area?.rows).toBe(1);

      expect(await migrateWithBackup(empty, backups)).toEqual({ applied: NEW });
      expect(readdirSync(backups)).toHaveLength(1);
      // Up to date: nothing to back up, nothing applied.
      expect(await migrateWithBackup(full, backups)).toEqual({ applied: [] });
    } finally {
      await full.close();
      await empty.close();
    }
  });

  it('lists pending migrations with db migrate --dry-run and changes nothing', async () => {
    const path = join(dir, 'dry.db');
    const old = openStore(`sqlite://${path}`);
    await migrateTo(old, OLD);
    await old.close();
    const env = { DATABASE_URL: `sqlite://${path}`, BACKUP_DIR: join(dir, 'dry-backups') };
    for (let i = 0; i < 2; i++) {
      const res = concord(['db', 'migrate', '--dry-run', '--json'], env);
      expect(res.code, res.stderr).toBe(0);
      const report = JSON.parse(res.stdout);
      expect(report.dryRun).toBe(true);
      expect(report.pending).toEqual(NEW);
      expect(report.applied).toHaveLength(8);
    }
    const text = concord(['db', 'migrate', '--dry-run'], env);
    expect(text.stdout).toContain(`Pending: ${NEW.join(', ')}`);
    const run = concord(['db', 'migrate', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ dryRun: false, applied: NEW, backup: null });
  }, 180_000);

  it('keeps the newest scheduled backups, verified, and /readyz reports the age of the last', async () => {
    const store = openStore(`sqlite://${join(dir, 'scheduled.db')}`);
    const backups = join(dir, 'scheduled');
    try {
      await migrateToLatest(store); // /readyz answers 503 while a migration is pending
      await insertArea.execute(store.db);
      expect(lastBackupAge(backups)).toBeNull();
      const written: string[] = [];
      for (let i = 0; i < 3; i++) {
        written.push((await writeVerifiedBackup(store, backups, 'scheduled')).file);
        await new Promise((r) => setTimeout(r, 1100)); // names carry the second
      }
      expect(pruneBackups(backups, 2)).toEqual([written[0]?.split('/').pop()]);
      expect(readdirSync(backups).sort()).toEqual(written.slice(1).map((f) => f.split('/').pop()));
      const age = lastBackupAge(backups);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThan(30);

      // A file altered after writing fails verification.
      const tampered = join(dir, 'tampered.jsonl');
      writeFileSync(tampered, readFileSync(written[2] as string, 'utf8').replace('Test area', 'Test arena'));
      await expect(verifyBackupFile(tampered)).rejects.toThrow(/area does not match its checksum/);

      const app = await buildServer({ store, lastBackupAge: async () => lastBackupAge(backups) });
      try {
        const res = await app.inject({ method: 'GET', url: '/readyz' });
        expect(res.statusCode).toBe(200);
        expect(res.json().lastBackupAgeSeconds).toBeGreaterThanOrEqual(0);
      } finally {
        await app.close();
      }
    } finally {
      await store.close();
    }
  });
});
