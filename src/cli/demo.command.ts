import { Command } from 'commander';
import { SYSTEM_ACTOR } from '../domain/actor.js';
import { contextFor } from '../services/context.js';
import { DEMO_DIR, isEmpty, loadDemo } from '../services/demo.service.js';
import { withStore } from './output.js';

export function demoCommands(): Command {
  const demo = new Command('demo').description('Demonstration data: real, sourced facts');
  demo
    .command('load')
    .description(
      'Load the sourced demo data (partners, frameworks, people, posts, claims) in one transaction',
    )
    .option('--dir <dir>', 'folder of <kind>.json files', DEMO_DIR)
    .option('--force', 'load even if the database already holds organizations')
    .action(async (options: { dir: string; force?: boolean }) => {
      await withStore(async (store) => {
        const ctx = contextFor(store, SYSTEM_ACTOR);
        if (!options.force && !(await isEmpty(ctx))) {
          console.log('The database already holds data; nothing loaded (use --force to load anyway).');
          return;
        }
        const counts = await loadDemo(ctx, options.dir);
        console.log(
          `Loaded: ${Object.entries(counts)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')}`,
        );
      });
    });
  return demo;
}
