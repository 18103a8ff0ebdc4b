import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { contextFor } from '../services/core/context.js';
import { iatiExport } from '../services/exchange/iati-export.service.js';
import { popoloExport } from '../services/exchange/popolo-export.service.js';
import { actorOf } from './acting-user.js';
import { withStore } from './output.js';

async function emit(body: string, out: string | undefined): Promise<void> {
  if (out) await writeFile(out, body);
  else process.stdout.write(body);
}

/**
 * `concord export popolo|iati`: the files other tools read, as the API serves them. With `--as` the
 * export holds what that account may read (a partner's official gets the partner's file), without it
 * what the operator may read: everything.
 */
export function addStandardExports(exp: Command): void {
  exp
    .command('popolo')
    .description(
      'The registry as Popolo JSON: persons, organizations, memberships (office holding too), posts',
    )
    .option('--as <user>', 'export what this account may read')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: { as?: string; out?: string }) =>
      withStore(async (store) => {
        const ctx = contextFor(store, await actorOf(store, o.as));
        await emit(`${JSON.stringify(await popoloExport(ctx), null, 2)}\n`, o.out);
      }),
    );
  exp
    .command('iati')
    .description('The programmes as an IATI activity file (IATI Activity Standard 2.03)')
    .option('--partner <id>', 'only this partner’s programmes: ISO code (TJ) or organization id (tj)')
    .option('--as <user>', 'export what this account may read')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: { partner?: string; as?: string; out?: string }) =>
      withStore(async (store) => {
        const ctx = contextFor(store, await actorOf(store, o.as));
        await emit(await iatiExport(ctx, o.partner ? { partner: o.partner } : {}), o.out);
      }),
    );
}
