import type { z } from 'zod';
import { DomainError } from '../../domain/core/errors.js';
import { fieldIssues } from '../../schemas/core/issues.js';
import { activityCreate, iterationCreate } from '../../schemas/menu/menu.schema.js';
import { activityWithKey } from '../../store/menu/menu.repo.js';
import type { Ctx } from '../core/context.js';
import { createActivity } from '../menu/menu.service.js';
import { createIteration } from '../menu/menu-iteration.service.js';
import { inImportTransaction, type RowError } from './import.service.js';
import { readSheetOffThread } from './sheet.pool.js';

/**
 * Imports menu activities or iterations from CSV or XLSX (a header row, one record a row), reporting
 * each bad row by number, field and reason as the registry import does (import.service.ts). Lists
 * (languages, eligible_partners, releasable_to) are written space- or comma-separated, or as JSON.
 */
export const MENU_IMPORT_KINDS = ['activities', 'iterations'] as const;
export type MenuImportKind = (typeof MENU_IMPORT_KINDS)[number];

export interface MenuImportReport {
  kind: MenuImportKind;
  rows: number;
  imported: number;
  failed: number;
  committed: boolean;
  errors: RowError[];
}

async function createRow(ctx: Ctx, kind: MenuImportKind, row: Record<string, unknown>) {
  if (kind === 'activities') return createActivity(ctx, activityCreate.parse(row));
  return createIteration(ctx, iterationCreate.parse(row));
}

/** An iteration row may name its activity by key (activity_key) instead of id. */
async function resolveKeys(ctx: Ctx, row: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (typeof row.activity_key !== 'string') return row;
  const { activity_key: key, ...rest } = row;
  if (rest.activity_id) return rest;
  const a = await activityWithKey(ctx.db, key as string);
  return {
    ...rest,
    activity_id:
      a?.id ??
      `unknown-key-${String(key)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')}`,
  };
}

/** The good rows in one transaction, each bad row reported; with `strict`, any bad row rolls all back. */
/** Work between pauses, and the longest pause (see sharedTurns). */
const SLICE_MS = 8;
const MAX_PAUSE_MS = 40;

/**
 * On SQLite every query runs on this thread, so a long import must leave the server time to answer
 * others. A turn of one loop iteration between rows was not enough: a request needs several
 * iterations (read, route, answer), and each waited a row (tens of ms on a busy machine), so pings
 * took 100-400 ms. Rows now run in slices of about SLICE_MS, each followed by a pause as long as
 * the slice (at most MAX_PAUSE_MS): the loop is idle half the time, any request waits for one slice
 * at most, and the import takes about twice its working time (on SQLite only).
 */
function sharedTurns(dialect: Ctx['dialect']): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    const worked = performance.now() - sliceStart;
    // PostgreSQL does the rows' work in its own process: a turn between rows is enough there.
    if (dialect !== 'sqlite' || worked < SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(worked, MAX_PAUSE_MS)));
    sliceStart = performance.now();
  };
}

export async function importMenuRows(
  ctx: Ctx,
  kind: MenuImportKind,
  rows: Record<string, unknown>[],
  options: { strict?: boolean } = {},
): Promise<MenuImportReport> {
  const schema: z.ZodType = kind === 'activities' ? activityCreate : iterationCreate;
  return inImportTransaction(ctx, kind, rows.length, options.strict, async (tx) => {
    const txCtx: Ctx = { ...ctx, db: tx };
    const errors: RowError[] = [];
    let imported = 0;
    const turns = sharedTurns(ctx.dialect);
    for (const [i, raw] of rows.entries()) {
      await turns();
      const input = kind === 'iterations' ? await resolveKeys(txCtx, raw) : raw;
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        for (const issue of fieldIssues(parsed.error))
          errors.push({ row: i + 1, ...issue, code: 'request.invalid' });
        continue;
      }
      const point = await tx.savepoint('menu_import_row').execute();
      try {
        await createRow(txCtx, kind, input);
        await point.releaseSavepoint('menu_import_row').execute();
        imported++;
      } catch (err) {
        await point.rollbackToSavepoint('menu_import_row').execute();
        if (!(err instanceof DomainError)) throw err;
        const issues = err.issues.length ? err.issues : [{ field: '*', reason: err.message }];
        for (const issue of issues)
          errors.push({ row: i + 1, field: issue.field, reason: issue.reason, code: err.code });
      }
    }
    return { imported, errors };
  });
}

export async function importMenuFile(
  ctx: Ctx,
  kind: MenuImportKind,
  format: 'csv' | 'xlsx',
  content: Buffer,
  options: { strict?: boolean } = {},
): Promise<MenuImportReport> {
  return importMenuRows(ctx, kind, await readSheetOffThread(format, content), options);
}
