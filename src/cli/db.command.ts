import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { openStore } from '../store/core/db.js';
import { migrateToLatest } from '../store/core/migrate.js';
import { copyCommand } from './backup.command.js';

export function dbCommands(): Command {
  const db = new Command('db').description('Database maintenance');
  db.command('migrate')
    .description('Bring the database schema up to date (also done at every start)')
    .action(async () => {
      const store = openStore(loadConfig().DATABASE_URL);
      try {
        const applied = await migrateToLatest(store);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
        console.log(`Database: ${store.dialect} ${store.location}`);
      } finally {
        await store.close();
      }
    });
  db.addCommand(copyCommand());
  return db;
}
