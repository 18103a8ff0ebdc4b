import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { DomainError } from '../../domain/core/errors.js';
import { fieldIssues } from '../../schemas/core/issues.js';
import { activityCreate, iterationCreate } from '../../schemas/menu/menu.schema.js';
import { activityWithKey } from '../../store/menu/menu.repo.js';
import type { Ctx } from '../core/context.js';
import { createActivity } from '../menu/menu.service.js';
import { createIteration } from '../menu/menu-iteration.service.js';
import { inImportTransaction, type RowError } from './import.service.js';

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

const LISTS = new Set(['languages', 'eligible_partners', 'releasable_to']);
const NUMBERS = new Set(['seats', 'partner_cap']);
const BOOLEANS = new Set(['illustrative']);
const JSONS = new Set(['exercise']);

function coerce(key: string, value: string): unknown {
  if (LISTS.has(key)) {
    if (value.startsWith('[')) {
      try {
        return JSON.parse(value);
      } catch {
        return value;
      }
    }
    return value.split(/[\s,;]+/).filter(Boolean);
  }
  if (NUMBERS.has(key)) return Number.isFinite(Number(value)) ? Number(value) : value;
  if (BOOLEANS.has(key))
    return value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
  if (JSONS.has(key)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

function recordsToRows(records: Record<string, string>[]): Record<string, unknown>[] {
  return records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(record)) {
      const value = String(raw ?? '').trim();
      if (value !== '') row[key] = coerce(key, value);
    }
    return row;
  });
}

export async function readMenuRecords(
  format: 'csv' | 'xlsx',
  content: Buffer,
): Promise<Record<string, unknown>[]> {
  if (format === 'csv') {
    try {
      return recordsToRows(
        parse(content.toString('utf8'), { columns: true, skip_empty_lines: true, bom: true }),
      );
    } catch (err) {
      throw DomainError.field('import.file', 'file', `not valid CSV: ${(err as Error).message}`);
    }
  }
  const book = new (await import('exceljs')).default.Workbook();
  try {
    await book.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    // The parser's own message names its internals (zip entries, JS errors): not the user's concern.
    throw DomainError.field('import.file', 'file', 'not a readable XLSX workbook (save it again as .xlsx)');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw DomainError.field('import.file', 'file', 'the workbook has no sheet');
  const header: string[] = [];
  const records: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    const cells = (row.values as unknown[])
      .slice(1)
      .map((v) => (v === null || v === undefined ? '' : String(v)));
    if (n === 1) header.push(...cells);
    else records.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  });
  return recordsToRows(records);
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
    for (const [i, raw] of rows.entries()) {
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
  return importMenuRows(ctx, kind, await readMenuRecords(format, content), options);
}
