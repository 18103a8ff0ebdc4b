import { setPriority } from 'node:os';
import { DomainError } from '../../domain/core/errors.js';
import { readMenuRecords } from './menu-sheet.js';

// Background work: on Linux a nice value belongs to one thread, and pid 0 is this worker thread, so
// the server's main thread (answering requests) keeps the CPU first when the cores are busy.
try {
  setPriority(10);
} catch {
  // not permitted on this platform: the work still runs, at normal priority
}

/**
 * The worker thread (run by piscina, see sheet.pool.ts) that reads a menu spreadsheet: unzipping
 * and parsing an XLSX takes seconds that the server's event loop must not wait on. A DomainError
 * travels as its parts, since an Error crossing threads keeps only its message.
 */
export type SheetAnswer =
  | { rows: Record<string, unknown>[] }
  | { error: { code: DomainError['code']; message: string; issues: DomainError['issues'] } };

export default async function readSheet(task: {
  format: 'csv' | 'xlsx';
  content: Uint8Array;
}): Promise<SheetAnswer> {
  try {
    return { rows: await readMenuRecords(task.format, Buffer.from(task.content)) };
  } catch (err) {
    if (err instanceof DomainError)
      return { error: { code: err.code, message: err.message, issues: err.issues } };
    throw err;
  }
}
