import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { contextFor } from '../services/core/context.js';
import { backup, restore, type Summary } from '../services/exchange/backup.service.js';
import { verifyAudit } from '../services/trust/audit.service.js';
import { openStore, type Store } from '../store/core/db.js';
import { migrateToLatest } from '../store/core/migrate.js';
import { withStore } from './output.js';
import { rowCounter, tableBar, watching } from './progress.js';

const total = (s: Summary) => Object.values(s).reduce((n, t) => n + t.rows, 0);

async function restoreInto(store: Store, file: string, show: boolean) {
  await migrateToLatest(store);
  const counter = rowCounter('restore', show);
  const summary = await restore(store, file, loadConfig().BACKUP_KEY, { onRows: counter.onRows }).finally(
    counter.stop,
  );
  const chain = await verifyAudit(contextFor(store, SYSTEM_ACTOR));
  if (chain.broken) throw new Error(`restored audit trail is broken at entry ${chain.broken.id}`);
  return summary;
}

export function backupCommands(): Command[] {
  const backupCmd = new Command('backup')
    .description(
      'Write a consistent copy of the whole database to FILE (JSON lines), even while it is in use',
    )
    .argument('<file>')
    .option('--json', "report as JSON: the file, and each table's rows and checksum")
    .action(async (file: string, options: { json?: boolean }) => {
      const key = loadConfig().BACKUP_KEY;
      const bar = tableBar('backup', watching(options.json));
      const summary = await withStore((store) => backup(store, file, { key, onTable: bar.onTable })).finally(
        bar.stop,
      );
      if (options.json)
        console.log(JSON.stringify({ file, encrypted: Boolean(key), rows: total(summary), tables: summary }));
      else
        console.log(
          `Backed up ${total(summary)} rows of ${Object.keys(summary).length} tables to ${file}${key ? ', encrypted' : ''} (mode 0600).`,
        );
    });
  const restoreCmd = new Command('restore')
    .description(
      'Load a backup into the (empty) database of DATABASE_URL; verifies counts, checksums and the audit chain',
    )
    .argument('<file>')
    .option('--json', "report as JSON: the file, and each table's rows and checksum")
    .action(async (file: string, options: { json?: boolean }) => {
      const summary = await withStore((store) => restoreInto(store, file, watching(options.json)));
      if (options.json)
        console.log(JSON.stringify({ file, rows: total(summary), verified: true, tables: summary }));
      else console.log(`Restored ${total(summary)} rows; counts, checksums and the audit chain verified.`);
    });
  return [backupCmd, restoreCmd];
}

export function copyCommand(): Command {
  return new Command('copy')
    .description(
      'Copy the database of DATABASE_URL into another, empty one (e.g. SQLite → PostgreSQL), verified',
    )
    .requiredOption('--to <url>', 'target database URL (sqlite:///path.db or postgres://…)')
    .option('--json', "report as JSON: source, target, and each table's rows and checksum")
    .action(async (o: { to: string; json?: boolean }) => {
      const dir = mkdtempSync(join(tmpdir(), 'concord-copy-'));
      const file = join(dir, 'copy.jsonl');
      const show = watching(o.json);
      try {
        const bar = tableBar('read', show);
        await withStore((store) => backup(store, file, { onTable: bar.onTable })).finally(bar.stop);
        const target = openStore(o.to);
        try {
          const summary = await restoreInto(target, file, show);
          const from = loadConfig().DATABASE_URL ?? 'the default SQLite file';
          if (o.json)
            console.log(
              JSON.stringify({
                from,
                to: target.location,
                rows: total(summary),
                verified: true,
                tables: summary,
              }),
            );
          else console.log(`Copied ${total(summary)} rows from ${from} to ${target.location}; verified.`);
        } finally {
          await target.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
}
