import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { DomainError } from '../../domain/core/errors.js';

/**
 * Rows of an import file. JSON: an array of objects (or `{ "items": [...] }`). CSV: a header row;
 * empty cells are absent fields, `true`/`false` are booleans where the schema wants one, and cells
 * of list or object fields (such as `names`) hold JSON. A `name` column is a shortcut for one English name.
 */
export async function readImportFile(path: string, schema: z.ZodType): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw DomainError.field(
      'import.file',
      'file',
      `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`,
    );
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return jsonRows(text);
  if (ext === '.csv') return csvRows(text, schema);
  throw DomainError.field('import.file', 'file', `${path}: the file must end in .json or .csv`);
}

function jsonRows(text: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw DomainError.field('import.file', 'file', `not valid JSON: ${(err as Error).message}`);
  }
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items)) {
    return (data as { items: unknown[] }).items;
  }
  throw DomainError.field(
    'import.file',
    'file',
    'JSON must be an array of records or an object with an "items" array',
  );
}

function fieldKind(schema: z.ZodType, key: string): 'boolean' | 'number' | 'json' | 'text' {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  let field: z.ZodType | undefined = shape[key];
  // Look through optional, nullable and default wrappers to the field's own type.
  while (field && 'unwrap' in field && typeof field.unwrap === 'function' && !(field instanceof z.ZodArray)) {
    field = field.unwrap() as z.ZodType;
  }
  if (field instanceof z.ZodBoolean) return 'boolean';
  if (field instanceof z.ZodNumber) return 'number';
  if (field instanceof z.ZodArray || field instanceof z.ZodObject || field instanceof z.ZodRecord)
    return 'json';
  return 'text';
}

function cell(value: string, kind: ReturnType<typeof fieldKind>): unknown {
  if (kind === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  if (kind === 'number') return Number.isFinite(Number(value)) ? Number(value) : value;
  if (kind === 'json') {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

function csvRows(text: string, schema: z.ZodType): unknown[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true });
  } catch (err) {
    throw DomainError.field('import.file', 'file', `not valid CSV: ${(err as Error).message}`);
  }
  const hasNames = schema instanceof z.ZodObject && 'names' in schema.shape;
  return records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (value === '') continue;
      if (key === 'name' && hasNames) row.names = [{ name: value, lang: 'en' }];
      else row[key] = cell(value, fieldKind(schema, key));
    }
    return row;
  });
}
