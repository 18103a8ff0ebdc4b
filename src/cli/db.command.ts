import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { migrateWithBackup } from '../services/exchange/scheduled-backup.service.js';
import { openStore } from '../store/core/db.js';
import { migrationStatus } from '../store/core/migrate.js';
import { copyCommand } from './backup.command.js';

export function dbCommands(): Command {
  const db = new Command('db').description('Database maintenance');
  db.command('migrate')
    .description(
      'Bring the database schema up to date (also done at every start); a database holding data is backed up to BACKUP_DIR first',
    )
    .option('--dry-run', 'list the pending migrations and change nothing')
    .option('--json', 'report as JSON')
    .action(async (options: { dryRun?: boolean; json?: boolean }) => {
      const config = loadConfig();
      const store = openStore(config.DATABASE_URL);
      try {
        const database = { dialect: store.dialect, location: store.location };
        if (options.dryRun) {
          const { applied, pending } = await migrationStatus(store);
          if (options.json) {
            console.log(JSON.stringify({ dryRun: true, database, applied, pending }));
          } else {
            console.log(
              pending.length
                ? `Pending: ${pending.join(', ')}`
                : 'The database is up to date: nothing to migrate.',
            );
            console.log(`Database: ${store.dialect} ${store.location} (${applied.length} applied)`);
          }
          return;
        }
        const outcome = await migrateWithBackup(store, config.BACKUP_DIR);
        if (options.json) {
          console.log(
            JSON.stringify({
              dryRun: false,
              database,
              applied: outcome.applied,
              backup: outcome.backup ?? null,
            }),
          );
          return;
        }
        if (outcome.backup) console.log(`Backed up to ${outcome.backup} (verified) first.`);
        console.log(
          outcome.applied.length ? `Applied: ${outcome.applied.join(', ')}` : 'The database is up to date.',
        );
        console.log(`Database: ${store.dialect} ${store.location}`);
      } finally {
        await store.close();
      }
    });
  db.addCommand(copyCommand());
  return db;
}
