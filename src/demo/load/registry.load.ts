import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verify } from '@node-rs/argon2';
import { DomainError } from '../../domain/core/errors.js';
import { userCreate } from '../../schemas/trust/account.schema.js';
import type { Ctx } from '../../services/core/context.js';
import { IMPORT_KINDS, IMPORTERS, importInto } from '../../services/exchange/import.service.js';
import { readImportFile } from '../../services/exchange/import-file.js';
import { createUser } from '../../services/trust/account.service.js';
import { loadDialogueDemo } from './dialogue.load.js';
import { loadMenuDemo } from './menu.load.js';
import { loadProgrammeDemo } from './programmes.load.js';

export const DEMO_DIR = resolve(fileURLToPath(new URL('../../../data/demo', import.meta.url)));

export async function isEmpty(ctx: Ctx): Promise<boolean> {
  const row = await ctx.db.selectFrom('organization').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** The demo's sign-in password, for every demo account (README: demo only, never in production). */
export const DEMO_PASSWORD = 'concord-demo';

/**
 * Whether the demo is in use: a demo account still signs in with the published password. That is
 * what makes demo data dangerous, so it is what the banner reports.
 */
export async function demoInUse(ctx: Ctx, dir = DEMO_DIR): Promise<boolean> {
  const file = join(dir, 'accounts.json');
  if (!existsSync(file)) return false;
  const names = (JSON.parse(await readFile(file, 'utf8')) as { username: string }[]).map((a) => a.username);
  const users = await ctx.db
    .selectFrom('app_user')
    .select(['username', 'password_hash'])
    .where('username', 'in', names)
    .execute();
  for (const u of users) if (u.password_hash && (await verify(u.password_hash, DEMO_PASSWORD))) return true;
  return false;
}

async function loadDemoAccounts(ctx: Ctx, dir: string): Promise<number> {
  const file = join(dir, 'accounts.json');
  if (!existsSync(file)) return 0;
  const accounts = userCreate.array().parse(JSON.parse(await readFile(file, 'utf8')));
  for (const account of accounts) await createUser(ctx, { ...account, password: DEMO_PASSWORD });
  return accounts.length;
}

/**
 * Loads the sourced demo facts (data/demo/<kind>.json) in one transaction: all of it or, if any row
 * is refused, none of it, with the refusals named.
 */
export async function loadDemo(ctx: Ctx, dir = DEMO_DIR): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tx = await ctx.db.startTransaction().execute();
  try {
    for (const kind of IMPORT_KINDS) {
      const file = join(dir, `${kind}.json`);
      if (!existsSync(file)) continue;
      const rows = await readImportFile(file, IMPORTERS[kind].schema);
      const { imported, errors } = await importInto(ctx, tx, kind, rows);
      if (errors.length > 0) {
        const lines = errors.slice(0, 10).map((e) => `${kind}.json row ${e.row} ${e.field}: ${e.reason}`);
        throw new DomainError('import.file', `The demo data was not loaded: ${lines.join('; ')}`);
      }
      counts[kind] = imported;
    }
    const txCtx = { ...ctx, db: tx };
    counts.accounts = await loadDemoAccounts(txCtx, dir);
    // The menu before the programmes that choose from it, both before the dialogue that cites them.
    for (const load of [loadMenuDemo, loadProgrammeDemo, loadDialogueDemo])
      Object.assign(counts, await load(txCtx));
    await tx.commit().execute();
    return counts;
  } catch (err) {
    await tx.rollback().execute();
    throw err;
  }
}
