import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { DomainError } from '../../domain/core/errors.js';
import type { SheetAnswer } from './sheet.worker.js';

/**
 * Menu spreadsheets are read on a worker thread (piscina), one at a time, so that a large XLSX does
 * not stop the server answering (issue 12 item 11: one import stalled it about 7 s). The queue is
 * bounded — a flood is refused with 503, not held in memory — and a file that takes longer than the
 * time limit stops its worker.
 */
export const SHEET_QUEUE_LIMIT = 4;
export const SHEET_TIME_LIMIT_MS = 60_000;

// From the TypeScript sources (tsx, vitest) the worker needs tsx's loader; built, it needs nothing.
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(fromSource ? './sheet.worker.ts' : './sheet.worker.js', import.meta.url);
const EXEC_ARGV = fromSource
  ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href]
  : [];

let pool: Piscina | null = null;
/** Files handed to the pool and not yet answered (piscina counts only the queued ones). */
let submitted = 0;

function thePool(): Piscina {
  pool ??= new Piscina({
    filename: WORKER_URL.href,
    execArgv: EXEC_ARGV,
    minThreads: 0,
    maxThreads: 1,
    maxQueue: SHEET_QUEUE_LIMIT,
    // an idle worker goes away, and with it whatever keeps a command-line process alive
    idleTimeout: 5_000,
  });
  return pool;
}

/** The rows of a menu CSV or XLSX file, read off the event loop. */
export async function readSheetOffThread(
  format: 'csv' | 'xlsx',
  content: Buffer,
): Promise<Record<string, unknown>[]> {
  const p = thePool();
  if (p.queueSize >= SHEET_QUEUE_LIMIT)
    throw new DomainError(
      'server.busy',
      `${SHEET_QUEUE_LIMIT} files are waiting to be read; try again shortly`,
    );
  // a copy the worker owns (the caller's buffer may be a slice of a larger pool)
  const bytes = new Uint8Array(content);
  let answer: SheetAnswer;
  submitted++;
  try {
    answer = await p.run(
      { format, content: bytes },
      { transferList: [bytes.buffer], signal: AbortSignal.timeout(SHEET_TIME_LIMIT_MS) },
    );
  } catch (err) {
    if ((err as Error).name === 'AbortError')
      throw new DomainError(
        'server.busy',
        `Reading the file took longer than ${SHEET_TIME_LIMIT_MS / 1000} s and was stopped; split it`,
      );
    throw err;
  } finally {
    submitted--;
  }
  if ('error' in answer) throw new DomainError(answer.error.code, answer.error.message, answer.error.issues);
  return answer.rows;
}

/** Files waiting for the worker and files being read (for /metrics); 0 before the first file. */
export function sheetQueue(): { waiting: number; active: number } {
  const waiting = pool?.queueSize ?? 0;
  return { waiting, active: Math.max(0, submitted - waiting) };
}

/** Stops the worker (tests and shutdown); the next file starts a new pool. */
export async function stopSheetReader(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.destroy();
}
