import { parse } from 'csv-parse/sync';
import { DomainError } from '../../domain/core/errors.js';

/**
 * The rows of a menu import file (CSV or XLSX, a header row, one record a row) as plain values. Pure
 * and synchronous: it runs on the spreadsheet worker thread (sheet.worker.ts), never on the server's
 * event loop. Lists (languages, eligible_partners, releasable_to) are written space- or
 * comma-separated, or as JSON.
 */
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
      // a date cell (as the export writes them) is the day it shows, YYYY-MM-DD
      .map((v) =>
        v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v),
      );
    if (n === 1) header.push(...cells);
    else records.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  });
  return recordsToRows(records);
}
